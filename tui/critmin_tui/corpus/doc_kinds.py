"""A document's kind (article, Cabinet minute, Cabinet paper, briefing, response letter, email
chain), by an ordered list of named rules (see ruler.py).

Released documents announce what they are in their opening: a letterhead and "Dear ...", an
email's header run, a briefing's title and fields, a Cabinet paper's "Office of the Minister".
A news article that quotes one of them opens with prose. So every rule but the minute's looks
only at the document's *head*: its first non-blank lines, up to the first line of prose (a
sentence: eight words or more ending in a full stop or a closing quote mark, or a line of many
words). A letter's "Dear ..." and an email's headers come before any such line; the "Dear ..."
of a letter an article quotes comes after its lede. A rule needs two signs, never one; when no
rule is sure the document is an article: one taken for a release is worse than a release taken
for an article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .minute import is_minute
from .model import DocumentKind
from .ruler import Decided, Ruler, lazy

HEAD_LINES = 40  # a letterhead, address, date, reference and salutation fit well within this
HEAD_CHARS = 4000
PROSE_WORDS = 26  # a line this long is body prose: the head ends before it
SENTENCE_WORDS = 8  # a line this long ending as a sentence does ("... in Wellington.") is prose too
_SENTENCE_ENDS = (".", "!", "?", '"', "”", "’")
STAMP_LINES = 3  # a release stamp stands in a document's first lines
_STAMP_RE = re.compile(r"proactively released|released under|Official Information Act", re.I)
BODY_CHARS = 6000  # how far into the text a letter's request sign is looked for

# Words one of which every released kind's head holds: a head without them is an article's.
_CUES = ("dear", "tēnā", "tena koe", "kia ora", "from:", "original message", "forwarded message",
         "briefing", "aide", "report", "memorandum", "office of the", "cabinet", "purpose", "tracking")

_SALUTATION_RE = re.compile(r"(?:Dear|Tēnā koe|Tena koe|Tēnā koutou|Kia ora)\b[^!?]{0,60}", re.I)  # "Dear Mr. Li:"
_HEADER_RE = re.compile(r"(From|Sent|To|Cc|Bcc|Subject|Date|Importance|Attachments)(?: time)?\s*:(.*)",
                        re.I)  # "Sent time:" as some mail systems print it
_SEPARATOR_RE = re.compile(r"-{2,}\s*(?:Original Message|Forwarded message)\s*-{2,}", re.I)
_TIME_RE = re.compile(r"\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s*(?:am|pm)\b", re.I)
_ADDRESS_RE = re.compile(r"@|\[\s*email", re.I)
# What makes a letter a response to an information request, anywhere in its first pages.
_REQUEST_RE = re.compile(
    r"Official Information Act|Local Government Official Information|Freedom of Information|\bFOIA?\b|"
    r"\bOIA\b|your (?:information )?request|request (?:for information|under)|Ombudsman|"
    r"\b(?:OIA|FOI|FOIA|LGOIMA|DOIA)[- ]?(?:\d{2,4}[-/])?\d{2,6}\b",
)
_BRIEFING_TITLE_RE = re.compile(
    r"Report to (?:the )?(?:Prime |Associate )?Minister\b.*|"
    r"(?:[A-Z][\w-]* )?(?:Briefing|Aide[- ]?m[eé]moire|Memorandum|Memo|Report)\b"
    r"(?:\s+(?:note|paper|for|to|on))?\s*(?:[:–—-].*)?", re.I)
# A briefing's fields, as lines of its head: "Purpose", "Tracking number: 2425-1520", "To: Minister".
# "Summary", "Background", "Contact" and a date are left out: a news page's menu has them too.
_BRIEFING_FIELD_RE = re.compile(
    r"(?:Purpose|Recommendations?|Recommended (?:action|actions|next steps)|Action sought|Key points|"
    r"(?:Tracking|Report|Briefing|Reference) (?:number|no\.?)|Security (?:level|classification)|Priority|Deadline|"
    r"(?:To|From)(?=\s*:))\b[^\n]*", re.I)
_MINISTERS_OFFICE_RE = re.compile(r"Office of the (?:Prime Minister|(?:Associate |Deputy )?Minister (?:of|for)\b.*)",
                                  re.I)
_CHAIR_RE = re.compile(r"(?:The )?Chair(?:person)?,? (?:of the )?Cabinet\b.*", re.I)
_PAPER_FIELD_RE = re.compile(r"(?:Proposal|Recommendations|Executive summary|Background|Financial implications|"
                             r"Consultation|Proactive release)\b\s*", re.I)


_THREAD_SALUTATION_RE = re.compile(r"^[ \t]*Dear\b[^\n]{0,60}$", re.M)
_SIGN_OFF_RE = re.compile(r"\bYours (?:sincerely|faithfully)\b|^[ \t]*(?:Kind regards|Regards|Ngā mihi),?[ \t]*$",
                          re.I | re.M)
FIELD_CHARS = 2000  # a response's field lines stand in its first lines
# A published response's field lines, each on a line of its own; the last word names the field.
_RESPONSE_FIELD_RE = re.compile(
    r"^[ \t]*((?:FOI|FOIA|OIA|EIR|ATIP?|Our|Your|Request|Case)[ \t]+(?:reference|ref\.?)(?:[ \t]+(?:number|no\.?))?"
    r"(?=[ \t]*:)|Date[ \t]+(?:received|responded|of request|of response)(?=[ \t]*:)|"
    r"(?:Information[ \t]+requested|Details[ \t]+of[ \t]+(?:the[ \t]+)?request|(?:FOI|FOIA|OIA)[ \t]+Request|"
    r"(?:Our|OPCC|FOI)[ \t]+[Rr]esponse)(?=[ \t]*:?[ \t]*$)|"
    # "Request 101002833837", "Response 28-07-2021": a heading with the request's number or the reply's date.
    r"(?:Request|Response)(?=[ \t]+\d[\d/.-]{5,}[ \t]*$))", re.M)
# A regulator's decision in its own fields ("Date of decision:", "Applicant:", "Agency:", "Case number:").
_DECISION_FIELD_RE = re.compile(
    r"^[ \t]*(Date of decision|Decision date|Applicant|Respondent|Agency|Public Authority|Case number|Citation|"
    r"Complainant|Reference No\.?|Decision (?:No\.?|number))[ \t]*:"
    # "Decision 018/2015": a commissioner's decision is numbered in its title.
    r"|^[ \t]*(Decision [0-9]{1,4}/[0-9]{4})\b", re.M | re.I)


@dataclass
class KindState:
    """A document's text, and its head (worked out on first use)."""

    text: str

    @lazy
    def head(self) -> tuple[str, ...]:
        """The non-blank lines (white space collapsed) before the first line of prose (bounded)."""
        head: list[str] = []
        seen = 0
        for line in self.text[:HEAD_CHARS].splitlines():
            words = line.split()
            if not words:
                continue
            seen += 1
            prose = len(words) >= PROSE_WORDS or (len(words) >= SENTENCE_WORDS and words[-1].endswith(_SENTENCE_ENDS))
            if prose and seen <= STAMP_LINES and _STAMP_RE.search(line):
                continue  # "This document has been proactively released ...": a stamp over the release, not prose
            if prose or len(head) >= HEAD_LINES:
                break
            head.append(" ".join(words))
        return tuple(head)

    @lazy
    def salutation(self) -> int | None:
        """The index of the head's "Dear ..." line, or None."""
        return next((i for i, line in enumerate(self.head) if _SALUTATION_RE.fullmatch(line.rstrip(",:"))), None)

    @lazy
    def header_run(self) -> int | None:
        """Where the head's first email header run starts (From: with a Sent: or a dated Date:,
        and a To: or Subject:), or a "----- Original Message -----" line; else None."""
        for index, line in enumerate(self.head):
            if _SEPARATOR_RE.search(line):
                return index
            if _HEADER_RE.match(line) and line.lower().startswith("from") and _is_email_header(self.head[index:]):
                return index
        return None


def _is_email_header(lines: tuple[str, ...]) -> bool:
    """The header lines from a From: line on: an email's, not a memo's "To:/From:"."""
    fields: dict[str, str] = {}
    last: str | None = None
    for line in lines[:12]:
        match = _HEADER_RE.match(line)
        if match is not None:
            last = match.group(1).lower()
            fields.setdefault(last, match.group(2).strip())
        elif last is not None and not fields[last]:
            fields[last] = line  # a PDF's extraction puts a field's value on the line after its name
        else:
            break
    addressed = "to" in fields or "subject" in fields
    # A memo has "Date: 3 March 2026"; an email's date has a time, or some field an address.
    sent = "sent" in fields or bool(_TIME_RE.search(fields.get("date", "")))
    return addressed and (sent or any(_ADDRESS_RE.search(value) for value in fields.values()))


def response_fields(state: KindState) -> DocumentKind | None:
    """Two of a request response's own field lines near the top ("FOI reference: FOI/18/00416",
    "Date received: ...", "Information requested", "OPCC Response"): a response, as agencies that
    publish their answers lay them out, whatever their title line says."""
    top = state.text[:FIELD_CHARS]
    lower = top.lower()
    if not any(word in lower for word in ("reference", "ref", "request", "response", "date")):
        return None
    fields = {match.group(1).lower().split()[-1] for match in _RESPONSE_FIELD_RE.finditer(top)}
    return DocumentKind.LETTER if len(fields) >= 2 else None


def decision_fields(state: KindState) -> DocumentKind | None:
    """Three of a regulator's decision fields near the top ("Date of decision:", "Applicant:",
    "Agency:"): a decision on a request, released as it stands (a release of no kind named)."""
    top = state.text[:FIELD_CHARS]
    if ":" not in top or not any(word in top for word in ("Applicant", "Agency", "Case number", "Complainant",
                                                          "Decision", "Reference")):
        return None
    fields = {(match.group(1) or "decision title").lower() for match in _DECISION_FIELD_RE.finditer(top)}
    return DocumentKind.RELEASE if len(fields) >= 3 else None


def article_head(state: KindState) -> DocumentKind | None:
    """A head without any released kind's cue words is an article's (the cheap early exit)."""
    lowered = " ".join(state.head).lower()
    return None if any(cue in lowered for cue in _CUES) else DocumentKind.ARTICLE


def email_chain(state: KindState) -> DocumentKind | None:
    """An email's header run (From:, Sent: or a Date: with a time or an address, To: or Subject:)
    or a "-----Original Message-----" line in the head, before any salutation: a released email
    chain (a letter that lists an email it releases has its "Dear ..." first)."""
    run, salutation = state.header_run, state.salutation
    return DocumentKind.EMAIL if run is not None and (salutation is None or run < salutation) else None


def request_thread(state: KindState) -> DocumentKind | None:
    """A request's correspondence kept whole (the request, an acknowledgement, the reply: each with its
    "Dear ..." and "Yours ..."), with a sign of an information request: a thread, as an email chain is."""
    text = state.text[:BODY_CHARS]
    return DocumentKind.EMAIL if is_thread(text) and _REQUEST_RE.search(text) else None


def is_thread(text: str) -> bool:
    """Whether the text holds two or more letters, each with its salutation line and sign-off."""
    if "Dear" not in text:
        return False
    return len(_THREAD_SALUTATION_RE.findall(text)) >= 2 and len(_SIGN_OFF_RE.findall(text)) >= 2


def response_letter(state: KindState) -> DocumentKind | None:
    """A "Dear ..." (or "Tēnā koe ...") line in the head, and a sign of an information request in
    the first pages (the OIA or an FOI Act named, "your request", the Ombudsman, a reference such as
    OIA-2023-1234 or FOI 24/123): a response letter. "Dear" alone may be any letter."""
    if state.salutation is None:
        return None
    return DocumentKind.LETTER if _REQUEST_RE.search(state.text[:BODY_CHARS]) else None


def cabinet_paper(state: KindState) -> DocumentKind | None:
    """"Office of the Minister of ..." with "Chair, Cabinet ... Committee" in the head, or either
    with a paper's heading ("Proposal", "Recommendations"): a Cabinet paper."""
    office = any(_MINISTERS_OFFICE_RE.fullmatch(line) for line in state.head)
    chair = any(_CHAIR_RE.fullmatch(line) for line in state.head)
    headed = any(_PAPER_FIELD_RE.fullmatch(line) for line in state.head)
    return DocumentKind.CABINET_PAPER if (office and chair) or ((office or chair) and headed) else None


def briefing(state: KindState) -> DocumentKind | None:
    """A briefing's title line ("Briefing", "Aide-memoire", "Treasury Report: ...", "Report to the
    Minister ...") with one of its fields as a line below it ("Purpose", "Tracking number: ...",
    "To: ..."), or three fields other than To and From: a briefing. A menu's "Morning Briefing"
    and "Contact us" are not a title and a field."""
    head = state.head
    title = next((i for i, line in enumerate(head)
                  if len(line.split()) <= 14 and _BRIEFING_TITLE_RE.fullmatch(line)), None)
    fields = {i: line.split()[0].rstrip(":").lower() for i, line in enumerate(head)
              if _BRIEFING_FIELD_RE.fullmatch(line) and (":" in line or len(line.split()) <= 3)}
    titled = title is not None and any(i > title for i in fields)
    return DocumentKind.BRIEFING if titled or len(set(fields.values()) - {"to", "from"}) >= 3 else None


def article(state: KindState) -> DocumentKind | None:
    """Anything else is an article (the precise answer when unsure)."""
    return DocumentKind.ARTICLE


def minute(state: KindState) -> DocumentKind | None:
    """What the minute parser reads as a Cabinet minute or proactive-release coversheet is one
    (minute.py's ``is_minute``, unchanged)."""
    return DocumentKind.MINUTE if is_minute(state.text) else None


DOCUMENT_KIND: Ruler[KindState, DocumentKind] = Ruler("doc_kind", [
    ("minute", minute),
    ("response_fields", response_fields),
    ("decision_fields", decision_fields),
    ("article_head", article_head),
    ("email_chain", email_chain),
    ("request_thread", request_thread),
    ("response_letter", response_letter),
    ("cabinet_paper", cabinet_paper),
    ("briefing", briefing),
    ("article", article),
])


def classify(text: str) -> Decided[DocumentKind]:
    """The document's kind and the rule that decided it."""
    decided = DOCUMENT_KIND.decide(KindState(text))
    assert decided is not None  # the last rule always decides
    return decided


def document_kind(text: str) -> DocumentKind:
    """The document's kind."""
    return classify(text).value
