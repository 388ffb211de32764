"""Article structure, one case per convention: titles, headings, captions, date lines, paragraphs."""

from __future__ import annotations

import pytest

from critmin_tui.corpus.model import BlockKind
from critmin_tui.corpus.structure import article_blocks

T, H, C, P, M = BlockKind.TITLE, BlockKind.HEADING, BlockKind.CAPTION, BlockKind.PARAGRAPH, BlockKind.META

CASES = [
    ("short-headline", "Iwi want a say\n\nThe iwi said so.\n", [T, P]),
    ("long-headline-with-a-possessive",
     "Hapū spokesperson calls the minister's comments about resistance to seabed mining in the south "
     "Taranaki bight arrogant and unbecoming\n\nThe iwi said so.\n", [T, P]),
    ("headline-opening-with-a-quotation",
     "‘Whether they want us or not’: mine boss calls iwi to work for him\n\nThe company said so.\n", [T, P]),
    ("first-paragraph-is-no-headline", "The iwi said so on Tuesday, and again on Wednesday.\n\nMore.\n", [P, P]),
    ("subheading-ending-in-a-quoted-phrase",
     "Title\n\nThe minister spoke.\n\nNew Zealand can't afford to not 'use nature's bounty'\n\nHe went on.\n",
     [T, P, H, P]),
    ("a-short-quoted-line-is-a-paragraph", "Title\n\nThe minister spoke.\n\nLocals are \"furious\"\n", [T, P, P]),
    ("a-quoted-sentence-is-a-paragraph",
     "Title\n\n\"We want to be at the table,\" she said.\n\n\"It is our land.\"\n", [T, P, P]),
    ("caption-with-a-photo-credit",
     "Title\n\nPictured: Minister Dana Kerr and spokesperson Hemi Walker. Photo credit: RNZ / Jo Banks\n\n"
     "Text.\n", [T, C, P]),
    ("caption-with-a-slash-credit", "Title\n\nThe mine site near Waihi. Photo / Supplied\n\nText.\n", [T, C, P]),
    ("date-line", "Title\n\ndate 2026-02-02 The iwi said so.\n", [T, M, P]),
    ("caption-with-a-credit-in-capitals",
     "Title\n\nContractors drilling near the old battery. PHOTO: JO BANKS\n\nText.\n", [T, C, P]),
]


@pytest.mark.parametrize(("text", "kinds"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_block_kinds(text: str, kinds: list[BlockKind]) -> None:
    assert [block.kind for block in article_blocks(text)] == kinds
