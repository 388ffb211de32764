"""The words before a name that are no part of it but say who the person is: an occupation or a
relation ("Hairdresser Ceri Lock"), or the body they belong to ("leader of Fianna Fáil Micheál Martin")."""

from __future__ import annotations

from .gender import first_name_gender
from .lexicon import AMBIGUOUS_HEADS, KNOWN_ORGS, NAME_PARTICLES, ORG_WORDS


def move_descriptors(tokens: list[tuple[str, int]], lead: list[str]) -> None:
    """"Hairdresser Ceri Lock", "Sister Alexandra Griffiths": a word that is no given name, before one
    that is, describes the person (an occupation, a relation); the name starts at the given name."""
    # With no title before it, the word must read as an occupation or relation: "Kelembu Ole Nkuren" is
    # a name; after one, it is the portfolio's ("Minister for Pacific Peoples Barbara Edmonds").
    while len(tokens) > 2 and ((_describes(tokens[0][0], tokens[1][0]) and (
            bool(lead) or _describing_word(tokens[0][0].lower()) or _brand(tokens[0][0])))
            or tokens[0][0].lower() in _RELATIONS):  # "Dad Stafford Whiston": a relation, whatever follows
        lead.append(tokens.pop(0)[0])
    # "Dad Stafford added": a relation before a given name alone ("Son Heung-min" is a name).
    if len(tokens) == 2 and tokens[0][0].lower() in _RELATIONS and tokens[0][0] != "Son":
        lead.append(tokens.pop(0)[0])


def _brand(word: str) -> bool:
    """"InterCity Malcolm Johns", "PwC Ana Moss": a word with a capital inside, not a surname's ("McDonald",
    "MacLeod", "DeLuca", "O'Brien"), is a company's name before the person's."""
    inner = word[1:]
    return any(c.isupper() for c in inner) and not word.startswith(_INNER_CAPITAL_SURNAMES) and "'" not in word \
        and "’" not in word and "-" not in word


_INNER_CAPITAL_SURNAMES = ("Mc", "Mac", "De", "Di", "Da", "La", "Le", "Van", "Von", "Fitz")


def move_body_before_name(tokens: list[tuple[str, int]], lead: list[str]) -> None:
    """"leader of Fianna Fáil Micheál Martin", "the MP Congress Committee KK Mishra": a body's name
    (a known one, or one ending in a body's head word) before two or more name words is whose the
    person is, not their name; the name starts after it."""
    words = [word for word, _ in tokens]
    for cut in range(len(words) - 2, 0, -1):
        head = words[cut - 1]
        known = " ".join(words[:cut]) in KNOWN_ORGS
        # "Health Board Dyfed Edwards": an ambiguous head ("Board", "Court") is a body's after a word of its name.
        qualified = head in AMBIGUOUS_HEADS and cut == 1 and bool(lead) and lead[-1][:1].isupper() \
            and first_name_gender(lead[-1]) is None
        plain = head in ORG_WORDS and head not in AMBIGUOUS_HEADS and first_name_gender(head) is None
        if known or qualified or plain:
            lead.extend(words[:cut])
            del tokens[:cut]
            return


def _describes(word: str, following: str) -> bool:
    """Whether ``word`` before ``following`` describes a person rather than names them: it is no given
    name nor a surname's particle, and the word after it is a given name."""
    return (word.lower() not in NAME_PARTICLES and not word.isupper() and first_name_gender(word) is None
            and first_name_gender(following) is not None)


# What a word that describes a person ends in: an occupation's suffix ("Hairdresser", "Councillor",
# "Pharmacist", "Chairman") or a relation; "Kelembu Ole Nkuren" opens with a given name, unknown here.
_DESCRIBING_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "man", "woman", "ess", "ee", "ive", "ar")
_RELATIONS = frozenset(("sister", "brother", "aunt", "aunty", "auntie", "uncle", "cousin", "nephew", "niece", "son",
                        "daughter", "wife", "husband", "mum", "dad", "nan", "nana", "koro", "kuia", "whaea", "matua"))


def _describing_word(lowered: str) -> bool:
    """Whether a lower-cased word reads as an occupation or a relation."""
    return lowered.endswith(_DESCRIBING_ENDINGS) or lowered in _RELATIONS
