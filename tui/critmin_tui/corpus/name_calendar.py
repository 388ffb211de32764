"""Calendar words in capitalised runs: a day on the calendar is no one ("Anzac Day", "New Year's Eve"), but a
month may be a given name ("April Palmer") or a surname ("Theresa May"). Asked by names.py."""

from __future__ import annotations

from .gender import first_name_gender
from .lexicon import CALENDAR_WORDS, NOT_NAMES, ORG_WORDS

_OWNER_ENDINGS = ("'s", "’s", "s'", "s’")  # "Father's", "Mothers’": a word that owns what follows
_GIVEN_MONTHS = frozenset(("April", "May", "June", "August"))
_MONTH_SURNAMES = frozenset(("May", "March", "June", "August"))


def month_surname(word: str, before: str) -> bool:
    """"Theresa May", "Brian May": a month after a known given name is a surname."""
    return word in _MONTH_SURNAMES and first_name_gender(before) is not None


def given_month(tokens: list[tuple[str, int]]) -> bool:
    """"aunt April Palmer", "June Hayter": a month that is also a given name, before a surname, opens a
    person's name ("May Day", "April Fools" and "June 12" are no one's)."""
    if len(tokens) != 2 or tokens[0][0] not in _GIVEN_MONTHS:
        return False
    surname = tokens[1][0]
    return surname[:1].isupper() and surname[1:].islower() and surname not in NOT_NAMES and \
        surname not in CALENDAR_WORDS and surname not in ORG_WORDS


def is_calendar_day(tokens: list[tuple[str, int]]) -> bool:
    """"Father’s Day", "Anzac Day", "New Year's Eve": a day on the calendar, not a person or a body."""
    if len(tokens) < 2 or tokens[-1][0] not in CALENDAR_WORDS:
        return False
    before = tokens[-2][0]  # "Jason Day": a given name before it makes a person
    return before.endswith(_OWNER_ENDINGS) or first_name_gender(before) is None
