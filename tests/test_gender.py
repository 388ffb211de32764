"""A person's gender for pronoun agreement: the document's evidence first, the first-name lexicon after,
one table row each; and the turn-taking that keeps an interviewer or a byline from the answers."""

from __future__ import annotations

import json

import pytest

from critmin_tui.corpus import gender, ranker
from critmin_tui.corpus.gender import Gender, Genders, first_name_gender

from .conftest import article

F, M = Gender.FEMALE, Gender.MALE

# (id, the document's text, the name asked about, the gender it must get)
EVIDENCE: list[tuple[str, str, str, Gender | None]] = [
    ("title_mr", "Mr Lane spoke to the board on Monday.", "Kerry Lane", M),
    ("title_ms", "Ms Lane spoke to the board on Monday.", "Kerry Lane", F),
    ("title_in_name", "The board met.", "Dame Kerry Lane", F),
    ("said_she", "Lane said she would stand again.", "Kerry Lane", F),
    ("told_him_he", "Lane told reporters he would stand again.", "Kerry Lane", M),
    ("his_after_name", "Lane thanked his staff.", "Kerry Lane", M),
    ("and_her", "Lane and her deputy left early.", "Kerry Lane", F),
    ("her_as_object_is_no_evidence", "Lane told her the vote was lost.", "Kerry Lane", None),
    ("role_before", "The council's spokeswoman Kerry Lane declined to comment.", "Kerry Lane", F),
    ("role_after", "Kerry Lane, the council's chairman, declined to comment.", "Kerry Lane", M),
    ("document_beats_lexicon", "Mr Rossi, who chairs the board, spoke.", "Andrea Rossi", M),
    ("one_surname_two_people", "Mr Lane and Mrs Lane spoke.", "Kerry Lane", None),
    ("one_surname_two_people_uneven", "Mrs Lane spoke. Mrs Lane went on. Mr Lane agreed.", "Kerry Lane", None),
    ("one_surname_two_people_first_name_tells", "Mrs Lane spoke. Mrs Lane went on. Mr Lane agreed.",
     "Robert Lane", M),
    ("lexicon_female", "The board met.", "Margaret Lane", F),
    ("lexicon_male", "The board met.", "Robert Lane", M),
    ("lexicon_either_chris", "The board met.", "Chris Lane", None),
    ("lexicon_either_jordan", "The board met.", "Jordan Lane", None),
    ("lexicon_either_kim", "The board met.", "Kim Lane", None),
    ("a_surname_alone_is_no_first_name", "The board met.", "Margaret", None),
    ("an_initial_is_no_first_name", "The board met.", "M Lane", None),
]


@pytest.mark.parametrize(("text", "name", "expected"), [c[1:] for c in EVIDENCE], ids=[c[0] for c in EVIDENCE])
def test_gender_from_evidence(text: str, name: str, expected: Gender | None) -> None:
    assert Genders(text).of(name) is expected


def test_lexicon_is_read_once_and_is_a_dict() -> None:
    first_name_gender("Margaret")
    table = gender._lexicon()
    assert isinstance(table, dict) and table is gender._lexicon()
    assert len(table) > 10_000


def test_lexicon_names_its_source() -> None:
    source = json.loads(gender._LEXICON.read_text(encoding="utf-8"))["source"]
    assert "Social Security" in source and "public domain" in source


# (id, text, the quote's first words, its speaker): the one who asks does not take the answers.
TURNS: list[tuple[str, str, str, str | None]] = [
    ("interviewer_gives_way", "Bill Hart, the minister, spoke to radio host Tom Reid.\n\nReid asked him whether "
     "he would resign.\n\nReid said: \"People want an answer.\"\n\n\"I will not,\" he said.", "I will not",
     "Bill Hart"),
    ("byline_is_no_speaker", "Hearing halted\n\n- Tom Reid\n\nAfter a week of submissions in the Environment "
     "Court, Judge Bill Hart halted the hearing.\n\n\"We will sit again in spring,\" he told the parties.",
     "We will sit", "Bill Hart"),
    ("she_skips_a_man_in_view", "Ana Moss chairs the trust.\n\nMr Tom Reid, its treasurer, said the books were "
     "sound.\n\n\"We will appeal,\" she said.", "We will", "Ana Moss"),
    ("he_keeps_a_man_in_view", "Ana Moss chairs the trust.\n\nMr Tom Reid, its treasurer, said the books were "
     "sound.\n\n\"We will appeal,\" he said.", "We will", "Tom Reid"),
    ("unknown_keeps_the_one_in_view", "Ana Moss chairs the trust.\n\nChris Reid, its treasurer, said the books "
     "were sound.\n\n\"We will appeal,\" she said.", "We will", "Chris Reid"),
]


@pytest.mark.parametrize(("text", "start", "speaker"), [c[1:] for c in TURNS], ids=[c[0] for c in TURNS])
def test_pronoun_turns(text: str, start: str, speaker: str | None) -> None:
    with ranker.using(None):
        quotes = [q for q in article(text).quotes if q.text.startswith(start)]
    assert quotes and quotes[0].speaker == speaker
