"""A document's kind: each named rule's table of cases (where it decides, and where it must not),
the stage in order on the fixtures' gold kinds, and the minute rule exactly as ``is_minute``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from critmin_tui.corpus.doc_kinds import (
    DOCUMENT_KIND,
    KindState,
    article_head,
    briefing,
    cabinet_paper,
    classify,
    decision_fields,
    email_chain,
    request_thread,
    response_fields,
    response_letter,
)
from critmin_tui.corpus.minute import is_minute
from critmin_tui.corpus.model import DocumentKind

from .conftest import FIXTURES, SEEDS

RELEASED = FIXTURES / "released"
LEDE = "The Government has been warned that a minerals deal could strain relations with its trading partners.\n\n"
Rule = Callable[[KindState], DocumentKind | None]

# (rule, text, what it must decide: a kind, or None to pass)
RULE_CASES: list[tuple[Rule, str, DocumentKind | None]] = [
    (article_head, "Minerals deal signed\n\nBy Ana Reid\n\n" + LEDE, DocumentKind.ARTICLE),
    (article_head, "Ministry of Justice\n\nDear Sam\n\nThanks.", None),
    (article_head, LEDE + "Dear Minister,\n\nYours sincerely", DocumentKind.ARTICLE),
    (email_chain, "From: Ana Reid\nSent: Monday, 3 March 2025 4:52 PM\nTo: Tom\nSubject: Talks\n\nHi",
     DocumentKind.EMAIL),
    (email_chain, "From: Ana <ana@example.govt.nz>\nDate: 3 March 2025\nSubject: Talks\n\nHi", DocumentKind.EMAIL),
    (email_chain, "Released\n\n-----Original Message-----\nFrom: Ana\n\nHi", DocumentKind.EMAIL),
    (email_chain, "From:\nAna Reid\nSent:\nMonday, 3 March 2025 4:52 PM\nTo:\nTom\n\nHi",
     DocumentKind.EMAIL),
    (email_chain, "From:\nInbox - Requests <a@b.nz>\nSent time:\n11/03/2025 06:22 PM\nTo:\nTom\n\nKia ora",
     DocumentKind.EMAIL),
    (email_chain, "To: Minister\nFrom: Policy team\nDate: 3 March 2025\nSubject: Talks\n\nPurpose", None),
    (email_chain, "Ministry\n\nDear Sam\n\nDocument 1\nFrom: Ana\nSent: 3 March 2025 9:00\nTo: Tom\n", None),
    (email_chain, LEDE + "From: Ana\nSent: Monday, 3 March 2025 4:52 PM\nTo: Tom\nSubject: Talks\n", None),
    (response_letter, "Ministry of X\n\nDear Sam\n\nThank you for your request of 3 May.", DocumentKind.LETTER),
    (response_letter, "Tēnā koe Sam\n\nWe have decided your OIA request.", DocumentKind.LETTER),
    (response_letter, "Dear Requester:\n\nThis responds to your FOIA request.", DocumentKind.LETTER),
    (response_letter, "Case F-2024-1\n\nDear Mr. Li:\n\nThis responds to your FOIA request.", DocumentKind.LETTER),
    (response_letter, "Ref FOI 24/123\n\nDear Applicant,\n\nI have made a decision.", DocumentKind.LETTER),
    (response_letter, "Dear Sam\n\nThanks for coming to the meeting. Yours sincerely", None),
    (response_letter, LEDE + "Dear Minister,\n\nUnder the Official Information Act, I ask", None),
    (cabinet_paper, "Office of the Minister for Resources\nChair, Cabinet Economic Policy Committee\n",
     DocumentKind.CABINET_PAPER),
    (cabinet_paper, "Office of the Prime Minister\n\nProposal\n1 This paper seeks agreement.",
     DocumentKind.CABINET_PAPER),
    (cabinet_paper, "Office of the Minister of Finance\n\nMedia release\n", None),
    (cabinet_paper, "This document has been proactively released by the Minister for Resources on the MBIE "
     "website.\nOffice of the Minister for Resources\nChair, Cabinet Economic Policy Committee\n",
     DocumentKind.CABINET_PAPER),
    (cabinet_paper, LEDE + "Office of the Minister for Resources\nChair, Cabinet Committee\n", None),
    (briefing, "Aide-memoire\n\nTo: Minister for Trade\n\nText", DocumentKind.BRIEFING),
    (briefing, "BRIEFING\nCritical minerals\nPurpose\n1. This briefing updates you on the talks.",
     DocumentKind.BRIEFING),
    (briefing, "Report to the Minister for Resources\nTracking number: 2425-1520\n", DocumentKind.BRIEFING),
    (briefing, "Treasury Report: Minerals royalties\nDate: 3 March 2025\nReport No: T2025/101\n",
     DocumentKind.BRIEFING),
    (briefing, "Minerals note\nDate: 3 March\nSecurity level: In Confidence\nTracking number: 1\nPurpose\n",
     DocumentKind.BRIEFING),
    (briefing, "Briefing: what the deal means\n\nDate: 2 February 2026\n\n" + LEDE, None),
    (briefing, "Briefing warns of minerals risk\n\nPurpose\n", None),
    (briefing, "Home\nPolitics\nMorning Briefing\nContact us\nSummary\nMinerals deal signed\n" + LEDE, None),
    (briefing, "Purpose\nAide-memoire\nMinerals\n", None),
    (response_fields, "Rail files: FOI release\nFOI reference: FOI/25/00112\nDate received: 2 May 2025\n"
     "Information requested\nAll emails about the rail line.\n", DocumentKind.LETTER),
    (response_fields, "FOI Request\nAll emails between the two chiefs in May.\nOur Response\nWe enclose 12.\n",
     DocumentKind.LETTER),
    (response_fields, "FOI request reveals rail costs\n\n" + LEDE + "Our reference: 12 was quoted.", None),
    (response_fields, "Rail emails\nRequest 101002833837\nAll emails.\nResponse 28-07-2021\nSee attached.\n",
     DocumentKind.LETTER),
    (request_thread, "Rail minutes\nDear Harbour Council,\nPlease send the minutes under the OIA.\nYours faithfully,\n"
     "Ana Reid\nDear Ms Reid\nWe have your request.\nYours sincerely,\nRecords Team\n", DocumentKind.EMAIL),
    (request_thread, "Dear Ms Reid\nWe have your OIA request.\nYours sincerely,\nRecords Team\n", None),
    (decision_fields, "'AB1' and Harbour Council [2024] 12\nDate of decision: 3 May 2024\nApplicant: 'AB1'\n"
     "Agency: Harbour Council\nCitation: [2024] 12\n", DocumentKind.RELEASE),
    (decision_fields, "Court news\n\nApplicant: Ana Reid said the ruling was fair.\n" + LEDE, None),
    (decision_fields, "Decision 018/2026\n\nDecision 018/2026: Ms A and Harbour Council\n\nReference No: 2025001\n"
     "Decision Date: 10 February 2026\n", DocumentKind.RELEASE),
]
RULE_IDS = [f"{rule.__name__}:{name}" for (rule, _, _), name in zip(RULE_CASES, [
    "no-cue-words", "letterhead-and-dear", "dear-after-lede",
    "outlook-headers", "address-and-date", "original-message", "pdf-split-headers", "sent-time-field", "memo-is-not",
    "letter-listing-an-email", "email-after-lede",
    "thank-you-for-your-request", "tena-koe-oia", "us-foia", "us-title-with-stop", "au-foi-reference",
    "dear-without-request", "dear-after-lede",
    "office-and-chair", "office-and-proposal", "office-alone", "after-release-stamp", "after-lede",
    "aide-memoire-to", "briefing-purpose", "report-to-minister", "treasury-report", "three-fields",
    "headline-with-date", "menu-of-a-news-page", "field-before-title",
    "headline-sentence", "reference-and-dates", "request-and-response-headings", "one-field-in-an-article",
    "request-number-and-reply-date", "request-and-reply-letters", "one-letter-is-no-thread", "decision-fields",
    "one-field-in-a-story", "a-numbered-decision"],
    strict=True)]


@pytest.mark.parametrize(("rule", "text", "want"), RULE_CASES, ids=RULE_IDS)
def test_rule(rule: Rule, text: str, want: DocumentKind | None) -> None:
    assert rule(KindState(text)) is want


def test_every_rule_has_a_case() -> None:
    named = {rule.__name__ for rule, _, _ in RULE_CASES} | {"minute", "article"}
    assert {name.split(".", 1)[1] for name in DOCUMENT_KIND.names} <= named


def _fixture_kinds() -> list[tuple[str, str]]:
    """Each released fixture's gold kind: the k* files' own gold, the r* files' as read here."""
    table = {"r01_cabinet_paper": "cabinet_paper", "r02_oia_response": "letter", "r03_schedule": "article",
             "r04_pdf_extract": "briefing", "r05_briefing": "briefing", "r06_mfat_response": "letter",
             "r07_cabinet_paper_extract": "cabinet_paper", "r08_briefing_scope": "briefing"}
    for gold in sorted(RELEASED.glob("k*.gold.yaml")):
        document = yaml.safe_load(gold.read_text(encoding="utf-8"))["document"]
        table[gold.name.removesuffix(".gold.yaml")] = document["kind"]
    return sorted(table.items())


@pytest.mark.parametrize(("name", "kind"), _fixture_kinds(), ids=[n for n, _ in _fixture_kinds()])
def test_fixture_kind(name: str, kind: str) -> None:
    decided = classify((RELEASED / f"{name}.txt").read_text(encoding="utf-8"))
    assert decided.value == kind, decided.rule


def _every_fixture() -> list[Path]:
    return sorted(FIXTURES.rglob("*.txt")) + sorted(SEEDS.glob("*.txt"))


@pytest.mark.parametrize("path", _every_fixture(), ids=lambda p: p.name)
def test_minute_exactly_as_before(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert (classify(text).value is DocumentKind.MINUTE) == is_minute(text)


@pytest.mark.parametrize("path", sorted((FIXTURES / "articles").glob("*.txt")) + sorted((FIXTURES / "holdout").glob(
    "*.txt")), ids=lambda p: p.name)
def test_articles_stay_articles(path: Path) -> None:
    assert classify(path.read_text(encoding="utf-8")).value is DocumentKind.ARTICLE
