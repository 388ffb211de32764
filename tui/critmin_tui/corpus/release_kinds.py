"""The kind of a text known to be a release, told from its whole opening pages, not its head alone.

doc_kinds.py looks only at a document's head and needs two signs there, so that an article quoting
a letter stays an article. A text that withholds something (a redaction, a mask, a stamp) or lists
released documents is a release whatever its head says; often it is a page from the middle of a
file, whose head is prose. So its kind is read from its first pages: an email's header run
anywhere, else a letter's salutation, sign-off or request words, else a briefing's fields, else a
released document of no kind named.
"""

from __future__ import annotations

import re

from .doc_kinds import BODY_CHARS, KindState, briefing, is_thread
from .model import DocumentKind
from .ruler import Decided, Ruler
from .text import lowered

# A header field, at a line's start or run together as PDF text leaves it ("From:To: Ana Subject: ...").
_HEADER_FIELD_RE = re.compile(r"\b(From|Sent|To|Cc|Subject|Date)(?: time| date)?[ \t]*:", re.I)  # "Sent time:"
_SEPARATOR_RE = re.compile(r"\b(?:Original Message|Forwarded message)\b|^On .{5,80} wrote:$", re.I | re.M)
_HEADER_REACH = 400  # three fields of one header stand within this many characters
# A request answered, in a letter's own words: no article quoting a letter says these to its reader.
_ANSWER_RE = re.compile(
    r"\b(?:your (?:information |FOI |OIA |LGOIMA |EIR )?request|I refer to your|I have (?:today |now )?decided|"
    r"my decision|Refusal Notice|I note (?:that )?you (?:seek|have (?:asked|requested))|"
    r"the decision maker|your [^.\n]{0,40}?(?:Information Act|FOIA|FOI|OIA)(?: \((?:FOIA|FOI|OIA)\))? request|"
    r"right to (?:seek|ask|request|make) (?:an? )?(?:review|investigation|complaint))\b", re.I)
_LETTER_RE = re.compile(
    r"(?:^|[\]:>])[ \t]*(?:Dear|Tēnā koe|Tena koe|Kia ora|Hi|Hello)\b[^\n]{0,40}$|"  # after an address too
    r"\b(?:Yours (?:sincerely|faithfully)|Ngā mihi|Kind regards|Thank you for your (?:request|email|letter))\b",
    re.I | re.M)
_HEADER_RUN = 3  # different header fields near each other: From, Sent, To, Subject
# A release's own note or key of grounds, or a regulator's decision in its own form: no article says these.
_RELEASE_NOTE_RE = re.compile(
    r"\b(?:withheld (?:under|pursuant to) the following (?:sections?|grounds|provisions)|"
    r"would be withheld under|(?:the following|list of) withholding grounds|key to (?:the )?(?:redaction )?codes|"
    r"Decision Notice\b[\s\S]{0,400}\bPublic Authority:)", re.I)

# What each case-insensitive scan below needs, lower-cased: a substring test of the lowered text is far
# cheaper than the scan, and most texts hold none. "ı", "İ" and "ſ" match "i" and "s" under re.I yet
# lower otherwise: a text holding one is scanned whatever its words.
_SEPARATOR_WORDS = ("original message", "forwarded message", "wrote:")
_ANSWER_WORDS = ("request", "i refer to your", "decided", "my decision", "the decision maker", "right to ",
                 "refusal notice", "i note ")
_RELEASE_NOTE_WORDS = ("withheld under", "withheld pursuant", "withholding grounds", "key to ", "decision notice")


def _may_hold(text: str, words: tuple[str, ...]) -> bool:
    """Whether a case-insensitive scan for phrases holding one of ``words`` may match (never False when it would)."""
    lower = lowered(text)
    return any(word in lower for word in words) or "ı" in text or "İ" in text or "ſ" in text


def email_anywhere(text: str) -> DocumentKind | None:
    """A run of an email's header fields ("From:", "Sent:", "To:", "Subject:") or a quoted reply's
    separator anywhere in the first pages: a released email chain."""
    if _may_hold(text, _SEPARATOR_WORDS) and _SEPARATOR_RE.search(text):
        return DocumentKind.EMAIL
    fields = [(match.start(), match.group(1).lower()) for match in _HEADER_FIELD_RE.finditer(text)]
    for index, (at, _) in enumerate(fields):
        names = {name for start, name in fields[index:index + 6] if start - at <= _HEADER_REACH}
        if len(names) >= _HEADER_RUN:
            return DocumentKind.EMAIL
    return None


def correspondence_thread(text: str) -> DocumentKind | None:
    """Two or more letters, each with its salutation and sign-off, one after another: a request's
    correspondence as a request site or an email chain keeps it (request, acknowledgement, reply)."""
    return DocumentKind.EMAIL if is_thread(text) else None


def letter_anywhere(text: str) -> DocumentKind | None:
    """A salutation on a line of its own, a sign-off, or a request answered ("your request", "I have
    decided", a right to a review): a response letter."""
    return DocumentKind.LETTER if _LETTER_RE.search(text) or _answers(text) else None


def _answers(text: str) -> bool:
    """Whether the text answers a request in a letter's own words (_ANSWER_RE)."""
    return _may_hold(text, _ANSWER_WORDS) and _ANSWER_RE.search(text) is not None


def briefing_anywhere(text: str) -> DocumentKind | None:
    """A briefing's title and fields, as doc_kinds' briefing rule finds them in a head."""
    return briefing(KindState(text))


def other_release(text: str) -> DocumentKind | None:
    """Anything else withheld from is still a release: a schedule, a page of a file."""
    return DocumentKind.RELEASE


RELEASE_KIND: Ruler[str, DocumentKind] = Ruler("release_kind", [
    ("email_anywhere", email_anywhere),
    ("correspondence_thread", correspondence_thread),
    ("letter_anywhere", letter_anywhere),
    ("briefing_anywhere", briefing_anywhere),
    ("other_release", other_release),
])


def answers_request(text: str) -> DocumentKind | None:
    """A letter's or email's kind for a text that withholds nothing but answers a request in its own
    words ("your request", "I have decided") or is an email chain; a release's own note or a regulator's
    decision notice is a release; None for anything else (an article quoting a letter's "Dear ..." stays
    an article)."""
    head = text[:BODY_CHARS]
    if email_anywhere(head):
        return DocumentKind.EMAIL
    if _answers(head):
        return DocumentKind.LETTER
    noted = _may_hold(head, _RELEASE_NOTE_WORDS) and _RELEASE_NOTE_RE.search(head)
    return DocumentKind.RELEASE if noted else None


def release_kind(text: str) -> Decided[DocumentKind]:
    """The kind of a text known to be a release, and the rule that decided it."""
    decided = RELEASE_KIND.decide(text[:BODY_CHARS])
    assert decided is not None  # the last rule always decides
    return decided
