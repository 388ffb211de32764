"""The entity layer: what the document shows a name to be, decided once from all its mentions; and the
attributions that depend on it. Every voting rule has a row, and each row could fail."""

from __future__ import annotations

import pytest

from critmin_tui.corpus.entities import VOTES, Entities, EntityKind
from critmin_tui.corpus.names import classify_caps
from critmin_tui.corpus.speaker_candidates import lower_words

from .conftest import article

# (the rule that must vote, a text, the name asked about, the kind the document shows)
KINDS: list[tuple[str, str, str, EntityKind | None]] = [
    ("honorific_before", "Harbour Tolls runs the bridge. Ms Tolls said the fee would rise.", "Harbour Tolls",
     EntityKind.PERSON),
    ("possessive_belonging", "Kestrel Freight said talks had stalled. Kestrel Freight's chief executive was away.",
     "Kestrel Freight", EntityKind.BODY),
    ("people_after", "Harbour Post workers walked out on Monday.", "Harbour Post", EntityKind.BODY),
    ("relative_pronoun", "The fee was set by Kestrel Freight, which runs the port.", "Kestrel Freight",
     EntityKind.BODY),
    ("relative_pronoun", "The fee was set by Tane Rewiti, who runs the port.", "Tane Rewiti", EntityKind.PERSON),
    ("next_pronoun", "Kestrel Freight said its ships would sail.", "Kestrel Freight", EntityKind.BODY),
    ("next_pronoun", "Tane Rewiti said he would sail.", "Tane Rewiti", EntityKind.PERSON),
    ("place_preposition", "The farm near Kawhia Rewiti closed. Staff in Kawhia Rewiti helped.", "Kawhia Rewiti",
     EntityKind.PLACE),
]

# Texts where the document says nothing either way, or where a person's evidence must win.
UNDECIDED: list[tuple[str, str, str, EntityKind | None]] = [
    ("given-name", "Mary Kestrel said its ships would sail.", "Mary Kestrel", EntityKind.PERSON),
    ("it-is-anyone's", "Tane Rewiti agreed that it seemed unfair.", "Tane Rewiti", None),
    ("name-between", "Kestrel Freight met Tane Rewiti and its board.", "Kestrel Freight", None),
    ("sentence-ends", "Kestrel Freight spoke. Its board met later.", "Kestrel Freight", None),
    ("a-place's-head-word", "Tane Rewiti walked to Rimutaka Park.", "Rimutaka Park", EntityKind.PLACE),
    ("a-given-name-before-a-head-word", "Grace Park said she would run.", "Grace Park", EntityKind.PERSON),
    ("an-aside's-pronoun", "Chris Rewiti, its treasurer, said the books were sound.", "Chris Rewiti", None),
    ("no-evidence", "Kestrel Freight spoke on Monday.", "Kestrel Freight", None),
    ("a-body's-head-word-met-at", "An audit at Harbour City Council found fraud.", "Harbour City Council", None),
]


@pytest.mark.parametrize(("rule", "text", "name", "kind"), [pytest.param(*case, id=f"{case[0]}-{i}")
                                                           for i, case in enumerate(KINDS)])
def test_a_rule_votes_and_the_document_decides(rule: str, text: str, name: str, kind: EntityKind) -> None:
    """The named rule votes for the kind on some mention, and the document's answer is that kind."""
    entities = Entities([text])
    voted = {rule_name for mention in entities.mentions(name)
             for rule_name, vote_of in VOTES if (vote := vote_of(mention)) is not None and vote.kind is kind}
    assert rule in voted
    assert entities.kind(name) is kind


@pytest.mark.parametrize(("case", "text", "name", "kind"), [pytest.param(*case, id=case[0]) for case in UNDECIDED])
def test_what_the_document_does_not_show(case: str, text: str, name: str, kind: EntityKind | None) -> None:
    """A known given name is a person whatever follows; a stray "it" or a far pronoun decides nothing."""
    assert Entities([text]).kind(name) is kind


def test_every_voting_rule_has_a_row() -> None:
    """A new rule comes with its table row."""
    assert {name for name, _ in VOTES} <= {case[0] for case in KINDS}


@pytest.mark.parametrize(("run", "kind", "text"), [
    pytest.param("Harbour Union of Dock Workers", "org", "Harbour Union of Dock Workers", id="body-goes-on"),
    pytest.param("Tane Rewiti of Ngāti Kahu", "person", "Tane Rewiti", id="person-of-somewhere"),
    pytest.param("Mary Court of Hillside", "person", "Mary Court", id="given-name-before-a-head-word"),
    pytest.param("Harbour Party of Aotearoa", "org", "Harbour Party of Aotearoa", id="a-party-of-a-country"),
])
def test_a_head_word_before_of(run: str, kind: str, text: str) -> None:
    """A body's head word before "of", with no given name to open it, is the body's name going on."""
    ref = classify_caps(run, 0)
    assert ref is not None and (ref.kind, ref.text) == (kind, text)


@pytest.mark.parametrize(("text", "noun", "name"), [
    pytest.param("Members of the Kaha union walked out. The Kaha union met.", "union", "Kaha", id="a-name-as-modifier"),
    pytest.param("Staff of the E tū union met.", "union", "E tū", id="a-word-beyond-ascii"),
    pytest.param("The union met in the Town Hall.", "union", None, id="no-name-before-it"),
    pytest.param("Union members met.", "union", None, id="no-article"),
    pytest.param("The Ministers’ letter came.", "letter", None, id="a-possessive-is-whose"),
])
def test_what_a_description_names(text: str, noun: str, name: str | None) -> None:
    """"the Kaha union" tells which body "the union" means; a bare "the union" tells nothing."""
    found = Entities([text]).described(noun)
    assert (found.text if found else None) == name


# (id, article, the quote's first words, the speaker it must get)
ATTRIBUTIONS: list[tuple[str, str, str, str]] = [
    ("described-as-its-kind", "Dock staff strike\n\nThe Harbour Union of Dock Workers said talks had failed.\n\n"
     "The union said the offer was \u201cinsulting\u201d.", "insulting", "Harbour Union of Dock Workers"),
    ("the-business-not-the-union", "Strike called\n\nHarbour Union of Dock Workers called a strike on Monday.\n\n"
     "Kestrel Freight workers were told to stay home, and Kestrel Freight's chief executive was away.\n\n"
     "The company called the demands \u201cexorbitant\u201d.", "exorbitant", "Kestrel Freight"),
    ("a-name-before-its-kind", "Drivers walk out\n\nMembers of the Kaha union are set to strike on Monday.\n\n"
     "The union said the offer was \u201can insult\u201d.", "an insult", "Kaha"),
    ("an-acronym-rank", "River search\n\nPCSO Mere Tamati found the car.\n\n\u201cI saw the lights,\u201d she said.",
     "I saw", "Mere Tamati"),
    ("a-lower-case-word", "Harbour boss happy\n\nBoss Derek Moana praised his side.\n\n"
     "\u201cI loved it,\u201d he said.", "I loved", "Derek Moana"),
    ("a-family-named-by-whose", "Sentence welcomed\n\nThe family of Mere Tamati said the sentence was fair.\n\n"
     "In a statement, the family said: \u201cWe are relieved.\u201d", "We are relieved", "family of Mere Tamati"),
    ("the-organization-is-the-body-named", "Clinic to close\n\nKauri Coast Health Trust said the clinic would "
     "close.\n\n"
     "\u201cWe have no nurses,\u201d the organization said.", "We have no", "Kauri Coast Health Trust"),
    ("the-union-is-the-labour-body", "Nurses to strike\n\nThe Harbour Nurses Association called a strike.\n\n"
     "Kauri Health said the notice was late.\n\nThe union said the notice was \u201cproper\u201d.", "proper",
     "Harbour Nurses Association"),
]


@pytest.mark.parametrize(("case", "text", "start", "speaker"), [pytest.param(*c, id=c[0]) for c in ATTRIBUTIONS])
def test_attribution_uses_what_the_document_shows(case: str, text: str, start: str, speaker: str) -> None:
    """A description ("the union", "the company") is the body of that kind; a rank or a common word
    before a given name is no part of the speaker's name."""
    document = article(text)
    quote = next(q for q in document.quotes if q.text.startswith(start))
    assert quote.speaker == speaker


@pytest.mark.parametrize("text", [
    pytest.param("Flats approved\n\nThe plan for 12 Kauri Drive was approved.\n\nWhen the Kauri Drive plan was "
                 "approved, a resident spoke up. \u201cThink again,\u201d they said.", id="they-after-a-place"),
    pytest.param("Flats approved\n\nKauri Drive residents met.\n\nThe Kauri Drive flats were approved.\n\n"
                 "\u201cThink again,\u201d Kauri Drive said.", id="a-place-as-a-cue's-subject"),
])
def test_a_place_never_speaks(text: str) -> None:
    """A name the document shows to be a place's is no speaker and no one in view ("resolve.place")."""
    quote = next(q for q in article(text).quotes if q.text.startswith("Think again"))
    assert quote.speaker != "Kauri Drive"


def test_a_place_is_never_he() -> None:
    """"he states" after "beside the old rink in Rimutaka Park, says Hugh Rewiti": the park is no one."""
    document = article("Rink plan\n\nTwo new curling lanes will be built beside the old rink in Rimutaka Park, says "
                       "Hugh Rewiti of Skate Otago.\n\n\u201cUse of the old rink is falling,\u201d he states.")
    quote = next(q for q in document.quotes if q.text.startswith("Use of the old rink"))
    assert quote.speaker != "Rimutaka Park"


@pytest.mark.parametrize(("text", "word", "common"), [
    pytest.param("Lowering the rate, it said.", "Lowering", True, id="a-participle-opening-a-sentence"),
    pytest.param("Previously, it said so.", "Previously", True, id="an-adverb-opening-a-sentence"),
    pytest.param("On Monday, Kestreling said so. Kestreling spoke.", "Kestreling", False, id="a-name-after-a-comma"),
    pytest.param("Staff and Kestreling met.", "Kestreling", False, id="a-name-after-a-lower-case-word"),
    pytest.param("Rates are lower. Lower rates help.", "Lower", True, id="a-word-also-in-lower-case"),
])
def test_a_word_that_looks_common(text: str, word: str, common: bool) -> None:
    """An -ly or -ing word is common unless the text writes it capitalised mid-sentence, as a name is."""
    assert lower_words(text).looks_common(word) is common
