"""The parsed-corpus model: immutable records that carry offsets into their source text.

Every element carries ``start`` and ``end``: character offsets into ``Document.text``, the
decoded source exactly as decoded (a byte-order mark is dropped; line breaks of every style,
CRLF, lone CR and LF, are kept as they are). So ``document.text[e.start:e.end]`` is always the
element's text as written.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from .held import HeldText


class DocumentKind(StrEnum):
    """What a document is."""

    ARTICLE = "article"
    MINUTE = "minute"  # a Cabinet minute or proactive-release coversheet and minute
    CABINET_PAPER = "cabinet_paper"
    BRIEFING = "briefing"  # a briefing, aide-memoire or report to a minister
    LETTER = "letter"  # an OIA/FOI response letter
    EMAIL = "email"  # a released email chain
    RELEASE = "release"  # a released document of no kind above (a schedule, a page of a file)

    @property
    def label(self) -> str:
        """How a reader names the kind ("Cabinet minute")."""
        return _KIND_LABELS[self]


_KIND_LABELS = {
    DocumentKind.ARTICLE: "Article", DocumentKind.MINUTE: "Cabinet minute",
    DocumentKind.CABINET_PAPER: "Cabinet paper", DocumentKind.BRIEFING: "Briefing",
    DocumentKind.LETTER: "Response letter", DocumentKind.EMAIL: "Email chain",
    DocumentKind.RELEASE: "Released document",
}


class Regime(StrEnum):
    """The freedom-of-information law a release was made under (its grounds: corpus/laws)."""

    NZ_OIA = "nz_oia"
    NZ_LGOIMA = "nz_lgoima"
    AU_FOI = "au_foi"
    UK_FOIA = "uk_foia"
    UK_EIR = "uk_eir"
    US_FOIA = "us_foia"
    SCOT_FOISA = "scot_foisa"
    IE_FOI = "ie_foi"
    CA_ATIA = "ca_atia"

    @property
    def label(self) -> str:
        """The law's short name as a reader cites it ("OIA (NZ)")."""
        return _REGIME_LABELS[self]


_REGIME_LABELS = {
    Regime.NZ_OIA: "OIA (NZ)", Regime.NZ_LGOIMA: "LGOIMA (NZ)", Regime.AU_FOI: "FOI Act (Cth)",
    Regime.UK_FOIA: "FOIA (UK)", Regime.UK_EIR: "EIR (UK)", Regime.US_FOIA: "FOIA (US)",
    Regime.SCOT_FOISA: "FOISA (Scotland)", Regime.IE_FOI: "FOI Act 2014 (Ireland)", Regime.CA_ATIA: "ATIA (Canada)",
}


class BlockKind(StrEnum):
    """The structural role of one block of a document."""

    TITLE = "title"
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    CAPTION = "caption"
    META = "meta"
    TABLE_ROW = "table_row"
    DECISION = "decision"
    SIGNATURE = "signature"


class QuoteKind(StrEnum):
    """How a quoted segment stands in its paragraph (see the gold file for definitions)."""

    DIRECT = "direct"
    CONTINUATION = "continuation"
    PARTIAL = "partial"
    SCARE = "scare"
    QUESTION = "question"


class Confidence(StrEnum):
    """How far an attribution can be trusted, from its rules' accuracy on unseen text (calibration.py)."""

    SURE = "sure"
    LIKELY = "likely"
    UNSURE = "unsure"


class RedactionKind(StrEnum):
    """A withheld span by an agency, text marked out of scope, or a site's own mask."""

    REDACTION = "redaction"
    OUT_OF_SCOPE = "out_of_scope"
    MASK = "mask"


class Record:
    """Base of the model's records: pickled as a call to the constructor with the field values.

    A frozen dataclass otherwise unpickles by setting each field through object.__setattr__,
    four times slower: it matters when the cache gives back a document of a thousand records,
    or a snapshot ten thousand summaries.
    """

    __slots__ = ()

    def __reduce__(self) -> tuple[type[Record], tuple[object, ...]]:
        fields: tuple[str, ...] = self.__slots__
        return type(self), tuple(getattr(self, name) for name in fields)


@dataclass(frozen=True, slots=True)
class Block(Record):
    """A paragraph, heading, caption or other block, by offsets."""

    kind: BlockKind
    start: int
    end: int
    page: int | None = None  # the page it starts on (1-based), for a paged source such as a PDF


@dataclass(frozen=True, slots=True)
class Evidence(Record):
    """Why a quote went to its speaker: the rules that decided, the cue words and the resolving mention.

    ``decided_by`` is the speaker stage's rule ("speaker.partial_cue"); ``cue_rule`` the cue and
    subject rules of the attribution used ("cue.before > subject.pronoun"); ``resolved_by`` how its
    reference became a name ("resolve.pronoun"). ``cue`` spans the words "she said"; ``mention``
    is where the text named the speaker, in block ``mention_block``; ``kind_by`` the rule that
    decided the segment's kind; ``probability`` the ranker's, when it chose (ranker.py).
    """

    decided_by: str
    cue_rule: str | None = None
    resolved_by: str | None = None
    cue: tuple[int, int] | None = None
    mention: tuple[int, int] | None = None
    mention_block: int | None = None
    kind_by: str | None = None  # the kind stage's rule ("kind.partial")
    probability: float | None = None  # the ranker's probability for its pick ("speaker.ranker")


@dataclass(frozen=True, slots=True)
class CorrectionMark(Record):
    """A quote's speaker set by a user's correction: the parser's own answer, kept beside it."""

    parser_speaker: str | None
    parser_kind: QuoteKind
    parser_confidence: Confidence | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Quote(Record):
    """One paragraph segment of a quotation: the quoted words, marks excluded."""

    start: int
    end: int
    text: str
    block: int
    kind: QuoteKind
    quotation: int
    speaker: str | None
    closes: bool
    evidence: Evidence | None = None
    confidence: Confidence | None = None
    corrected: CorrectionMark | None = None  # set by a user's correction (corpus/corrections.py)


@dataclass(frozen=True, slots=True)
class Mention(Record):
    """A place where the text names or refers to a speaker."""

    start: int
    end: int
    speaker: str
    via: str


@dataclass(frozen=True, slots=True)
class ReportedSpeech(Record):
    """A paragraph that reports what a speaker said without quoting it whole."""

    block: int
    start: int
    end: int
    speaker: str


@dataclass(frozen=True, slots=True)
class Redaction(Record):
    """A withheld span, with its label as written and the OIA ground it cites."""

    start: int
    end: int
    marker: str
    label: str | None
    sections: tuple[str, ...]
    ground: str | None
    kind: RedactionKind = RedactionKind.REDACTION
    block: int = -1
    page: int | None = None  # the page of a paged source (1-based)
    recoverable: bool = False  # a box drawn over text the file still holds: a failed redaction
    hidden: str = ""  # that text: shown only on an explicit key, never copied by default
    regime: Regime | None = None  # the law its sections are read under

    @property
    def section(self) -> str | None:
        """The sections cited, joined ("s9(2)(a), s9(2)(j)"), or None."""
        return ", ".join(self.sections) or None

    @property
    def heading(self) -> str:
        """The label and sections as a reader sees them: "Negotiations — s9(2)(j)"."""
        return " — ".join(p for p in (self.label, self.section) if p) or "unlabelled"

    @property
    def reason(self) -> str:
        """The ground in plain words, or why there is none."""
        if self.ground:
            return self.ground
        if self.kind is RedactionKind.REDACTION:
            return "ground not given"
        return f"{self.kind.value.replace('_', ' ')}: no ground under any law"  # a mask or stamp cites none


@dataclass(frozen=True, slots=True)
class Field(Record):
    """A named value from a table (a coversheet row), with the value's offsets."""

    name: str
    value: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class ReleasedDocument(Record):
    """A row of a proactive release's list of documents."""

    date: str
    title: str
    author: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class ScheduleEntry(Record):
    """A document a release's schedule lists: what was done to it, and on which grounds."""

    number: str
    date: str | None
    title: str
    decision: str | None  # as written: "Released in full", "Parts withheld"
    sections: tuple[str, ...]  # canonical: "s9(2)(a)"
    out_of_scope: bool
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class GroundCited(Record):
    """A withholding ground named in a release's policy text, with its section."""

    label: str
    section: str | None
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Coversheet(Record):
    """The coversheet of a proactive release."""

    fields: tuple[Field, ...] = ()
    released_documents: tuple[ReleasedDocument, ...] = ()
    information_redacted: bool | None = None
    withholding_grounds: tuple[GroundCited, ...] = ()

    def get(self, name: str) -> str | None:
        """The value of the field whose name starts with ``name`` (case-insensitive)."""
        wanted = name.lower()
        for item in self.fields:
            if item.name.lower().startswith(wanted):
                return item.value
        return None


@dataclass(frozen=True, slots=True)
class Decision(Record):
    """A numbered decision of a Cabinet minute."""

    number: int
    verb: str
    text: str
    start: int
    end: int
    verb_start: int
    verb_end: int


@dataclass(frozen=True, slots=True)
class Signatory(Record):
    """Who signed a minute, and their title."""

    name: str
    title: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Minute(Record):
    """The minute of decision of a Cabinet minute document."""

    reference: str | None = None
    title: str | None = None
    portfolios: tuple[str, ...] = ()
    decision_date: str | None = None
    decisions: tuple[Decision, ...] = ()
    signatory: Signatory | None = None


@dataclass(frozen=True, slots=True)
class SpeakerInfo(Record):
    """What one document says about a speaker: name, aliases, role and organisation."""

    name: str
    aliases: tuple[str, ...] = ()
    role: str | None = None
    org: str | None = None
    is_person: bool = True
    unnamed: bool = False  # no name, only what they are ("a council spokesman", "prosecutors")


@dataclass(frozen=True, slots=True)
class Document(Record):
    """One parsed document."""

    path: str
    text: str
    kind: DocumentKind
    title: str
    date: str | None = None
    blocks: tuple[Block, ...] = ()
    quotes: tuple[Quote, ...] = ()
    mentions: tuple[Mention, ...] = ()
    reported: tuple[ReportedSpeech, ...] = ()
    redactions: tuple[Redaction, ...] = ()
    speakers: tuple[SpeakerInfo, ...] = ()
    coversheet: Coversheet | None = None
    minute: Minute | None = None
    schedule: tuple[ScheduleEntry, ...] = ()  # documents a release lists (their grounds are not this text's)
    outlet: str | None = None
    version_of: str | None = None
    warnings: tuple[str, ...] = ()
    regime: Regime | None = None  # the FOI law a release was made under, told from its text
    agency: str | None = None  # the agency that released it

    @property
    def name(self) -> str:
        """The file name."""
        return self.path.replace("\\", "/").rsplit("/", 1)[-1]

    def text_of(self, element: Block | Quote | Mention | Redaction | Decision) -> str:
        """The source text an element spans."""
        return self.text[element.start:element.end]

    def speaker_info(self, name: str | None) -> SpeakerInfo | None:
        """What this document says about a speaker, or None."""
        return next((info for info in self.speakers if info.name == name), None)


@dataclass(frozen=True, slots=True)
class Speaker(Record):
    """A speaker across the corpus: who they are and how much they said."""

    name: str
    aliases: tuple[str, ...] = ()
    role: str | None = None
    org: str | None = None
    is_person: bool = True
    quote_count: int = 0
    reported_count: int = 0
    documents: tuple[str, ...] = ()
    unnamed: bool = False  # known only by what they are, in every document ("a council spokesman")


@dataclass(frozen=True, slots=True)
class Problem(Record):
    """A file that could not be read, or was read with a caveat."""

    path: str
    message: str
    fatal: bool = True


QuoteSpan = tuple[int, int, "str | None"]  # a quote's start, end and speaker


@dataclass(frozen=True, slots=True)
class DocumentSummary(Record):
    """What the corpus holds of every document without holding the document: enough to list it,
    count and filter its quotes, show its redactions, link its captures and load it again."""

    path: str
    key: str  # the content hash: the document's parse-cache entry
    kind: DocumentKind
    title: str
    date: str | None = None
    outlet: str | None = None
    version_of: str | None = None
    forced_kind: DocumentKind | None = None  # the manifest's kind, which the parse followed
    quotes: tuple[QuoteSpan, ...] = ()
    reported: tuple[str, ...] = ()
    redactions: tuple[tuple[int, int], ...] = ()
    speakers: tuple[SpeakerInfo, ...] = ()
    paragraphs: tuple[int, ...] = ()  # checksums of the body paragraphs, for linking captures
    renames: tuple[tuple[str, str], ...] = ()  # speakers renamed corpus-wide (a surname to the full name)
    warnings: tuple[str, ...] = ()
    text_hash: str = ""  # the hash of the text: what a user's correction is keyed to
    unsure: tuple[tuple[int, int], ...] = ()  # the spans of the quotes whose speaker is unsure
    regime: Regime | None = None
    agency: str | None = None
    grounds: tuple[tuple[str, int], ...] = ()  # each cited section (or "unlabelled") and its count

    @property
    def name(self) -> str:
        """The file name."""
        return self.path.replace("\\", "/").rsplit("/", 1)[-1]


@dataclass(frozen=True, slots=True)
class Corpus:
    """The parsed corpus: documents (loaded when asked for), their summaries, the speaker
    registry, any problems met, and the folded text search scans."""

    documents: Sequence[Document] = ()
    speakers: tuple[Speaker, ...] = ()
    problems: tuple[Problem, ...] = field(default=())
    summaries: tuple[DocumentSummary, ...] = ()
    folds: HeldText | None = None  # every document's search text, held once (see held.py)

    def document(self, name: str) -> Document | None:
        """The document with this file name or path, or None."""
        index = next((i for i, s in enumerate(self.summaries) if name in (s.name, s.path)), None)
        return None if index is None else self.documents[index]

    def speaker(self, name: str) -> Speaker | None:
        """The speaker with this canonical name or alias, accents and case ignored ("chloe" finds
        "Chlöe"); else the one speaker whose name holds these words; or None."""
        from .search import fold

        def folded(text: str) -> str:
            return " ".join(fold(text).text.split())

        wanted = folded(name)
        for speaker in self.speakers:
            if wanted in (folded(n) for n in (speaker.name, *speaker.aliases)):
                return speaker
        words = f" {wanted} "
        holding = [s for s in self.speakers if wanted and words in f" {folded(s.name)} "]
        return holding[0] if len(holding) == 1 else None
