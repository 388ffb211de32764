"""A capitalised run read as a body by how it opens: a body's initials before an outlet's word ("BBC News
Online"), or the kind of business before the business's name ("Steelmaker ArcelorMittal")."""

from __future__ import annotations

from .lexicon import ORG_WORDS, ROLE_NOUNS, TITLES

# Kinds of business a story may put before one's name ("Miner Rio Tinto"); "Bank", "Brand" and "Chain"
# open names of their own ("Bank Holiday", "Brand Finance").
_BUSINESS_KINDS = frozenset(("Retailer", "Airline", "Miner", "Carrier", "Supermarket", "Insurer", "Lender", "Telco",
                             "Broadcaster", "Publisher", "Grocer", "Conglomerate", "Developer", "Manufacturer",
                             "Supplier"))


def business_kind(word: str) -> bool:
    """A word naming what kind of business the name after it is ("Steelmaker", "Retailer")."""
    return word in _BUSINESS_KINDS or (word.endswith("maker") and word[:1].isupper() and len(word) > 6)


def acronym_led(words: list[str]) -> bool:
    """A run opened by a body's initials (three letters or more) and ended by a body's or an outlet's head
    word: the body's name goes on ("BBC News Online", "CNN International"); "PCSO Mere Tamati" and "ACT MP
    Brooke van Velden" name a person."""
    first = words[0]
    return len(words) > 1 and len(first) >= 3 and first.isupper() and first.isalpha() and first not in TITLES \
        and first not in ROLE_NOUNS and (words[-1] in ORG_WORDS or words[-1] in _OUTLET_HEADS)


_OUTLET_HEADS = frozenset(("News", "Online", "Radio", "Television", "TV", "International", "Digital", "Media",
                           "Sport", "Sports", "Network", "Channel", "World", "Live"))
