"""The kind of a text known to be a release, read from its first pages (release_kinds), each rule with
its own cases; and the parser's use of it (an article quoting a letter stays an article)."""

from __future__ import annotations

import pytest

from critmin_tui.corpus.model import DocumentKind
from critmin_tui.corpus.parser import parse_text
from critmin_tui.corpus.release_kinds import answers_request, release_kind

# (id, text, kind, deciding rule)
CASES = [
    ("header-fields-run-together", "notes\nFrom:To: Ana Reid Subject: quarry Date: 2 May 2026 9:30 am\nHi all,\n",
     DocumentKind.EMAIL, "release_kind.email_anywhere"),
    ("header-fields-a-line-each", "page 3\nFrom: Ben\nSent: Monday\nTo: Cara\nSubject: permits\n",
     DocumentKind.EMAIL, "release_kind.email_anywhere"),
    ("quoted-reply-separator", "thanks\nOriginal Message\nit went well\n", DocumentKind.EMAIL,
     "release_kind.email_anywhere"),
    ("salutation-mid-page", "the second page\nDear Ms Tan\nWe enclose the papers.\n", DocumentKind.LETTER,
     "release_kind.letter_anywhere"),
    ("salutation-after-an-address", "By email\n: [FYI request #12 email] Dear Jo\nRe: permits\n", DocumentKind.LETTER,
     "release_kind.letter_anywhere"),
    ("fields-with-time", "Mailbox\nFrom: Ana\nSent time: 3 May\nSubject: permits\n", DocumentKind.EMAIL,
     "release_kind.email_anywhere"),
    ("refusal-notice", "I note you seek access to the papers. I have today decided to disclose some of them.",
     DocumentKind.LETTER, "release_kind.letter_anywhere"),
    ("decision-words", "After searching our files I have decided to release two papers.", DocumentKind.LETTER,
     "release_kind.letter_anywhere"),
    ("briefing-fields", "Briefing: rail freight\nPurpose\nTo note the options.\n", DocumentKind.BRIEFING,
     "release_kind.briefing_anywhere"),
    ("a-request-thread", "Dear Harbour Council,\nPlease send the minutes.\nYours faithfully,\nAna Reid\n"
     "Dear Ms Reid\nWe have your request.\nYours sincerely,\nRecords Team\n", DocumentKind.EMAIL,
     "release_kind.correspondence_thread"),
    ("one-letter-is-no-thread", "Dear Ms Reid\nWe enclose the minutes.\nYours sincerely,\nRecords Team\n",
     DocumentKind.LETTER, "release_kind.letter_anywhere"),
    ("nothing-named", "Table 2. Costs by region, 2025\nNorth 4\nSouth 9\n", DocumentKind.RELEASE,
     "release_kind.other_release"),
]


@pytest.mark.parametrize(("text", "kind", "rule"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_release_kind(text: str, kind: DocumentKind, rule: str) -> None:
    decided = release_kind(text)
    assert (decided.value, decided.rule) == (kind, rule)


# (id, text, kind or None)
ANSWERS = [
    ("your-request", "Thank you for your OIA request of 3 May.", DocumentKind.LETTER),
    ("your-dated-foia-request", "This is the response to your August 23, 2017, Freedom of Information Act (FOIA) "
     "request to the Department.", DocumentKind.LETTER),
    ("refer-to-your", "I refer to your email of 1 March asking for the papers.", DocumentKind.LETTER),
    ("review-right", "You have the right to seek an investigation by the Ombudsman.", DocumentKind.LETTER),
    ("quoted-salutation-is-no-answer", "The letter reads:\nDear Minister,\nYours sincerely,\nThe Mayor\n", None),
    ("release-note-lists-sections", "Some text has been withheld pursuant to the following sections of the Act:",
     DocumentKind.RELEASE),
    ("key-to-codes", "Key to redaction codes\n9(2)(a) privacy", DocumentKind.RELEASE),
    ("decision-notice-form", "Decision Notice\nDate 1 May 2009\nPublic Authority: A Ministry", DocumentKind.RELEASE),
    ("news-on-a-withholding-is-none", "Details were withheld under the Act, the ministry said.", None),
]


@pytest.mark.parametrize(("text", "kind"), [c[1:] for c in ANSWERS], ids=[c[0] for c in ANSWERS])
def test_answers_request(text: str, kind: DocumentKind | None) -> None:
    assert answers_request(text) is kind


# (id, text, kind the parser gives)
PARSED = [
    ("withholds-so-released", "Notes from the site visit\n\nThe lead was 9(2)(a) and she agreed.\n",
     DocumentKind.RELEASE),
    ("names-the-law-and-answers", "Reference 2026-14\n\nUnder the Official Information Act 1982 you asked for "
     "the papers. I have decided to release them in full.\n", DocumentKind.LETTER),
    ("article-about-a-release", "Council papers show cost blowout\n\nPapers released under the Official "
     "Information Act show the budget grew, the mayor said.\n", DocumentKind.ARTICLE),
    ("foia-office-forwarding-names-no-act", "FOIA Officer\n---------- Forwarded message ---------\nFrom: FOIA desk\n"
     "Subject: Re: records\nPlease see below.\n", DocumentKind.EMAIL),
    ("names-the-law-quotes-no-one", "Decision on review\n\nThe applicant sought records under the Freedom of "
     "Information Act 2000. The authority relied on section 40(2) and the review upholds that reliance.\n",
     DocumentKind.RELEASE),
    ("blog-on-the-law-reports-speech", "Why the Act fails\n\nThe Freedom of Information Act 2000 is slow, "
     "campaigners told MPs this week.\n", DocumentKind.ARTICLE),
    ("article-on-the-fbi-stays", "Agents raid office\n\nThe FBI searched the Department of Justice building, "
     "a spokesman said.\n", DocumentKind.ARTICLE),
]


@pytest.mark.parametrize(("text", "kind"), [c[1:] for c in PARSED], ids=[c[0] for c in PARSED])
def test_parser_kind(text: str, kind: DocumentKind) -> None:
    assert parse_text("t.txt", text).kind is kind
