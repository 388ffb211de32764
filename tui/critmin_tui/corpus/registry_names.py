"""How the registry spells the names it keeps: the short forms of a person's name, a body's name without
its article or legal suffix, its initials, and the key a surname is looked up by."""

from __future__ import annotations


def surnames(name: str) -> list[str]:
    """The ways a person's full name is shortened: the last word, and for a longer name each
    ending of two words or more ("Ngarewa Packer", "Te Aho", "van de Molen")."""
    words = name.split()
    endings = [" ".join(words[i:]) for i in range(1, len(words) - 1)]
    # "De Lautour said": a surname's particle takes a capital when it opens a sentence.
    return [words[-1], *endings, *(e[0].upper() + e[1:] for e in endings if e[0].islower())]


_LEGAL_SUFFIXES = (" Pty Ltd", " Plc", " PLC", " plc", " Ltd", " Ltd.", " Limited", " Inc", " Inc.", ", Inc.", " LLC",
                   " Corp", " Corp.")  # the longer first: "Pty Ltd" goes whole


def canonical(org: str) -> str:
    """An organisation's name as the registry keeps it: no leading article, no legal suffix ("Afren Plc"
    is Afren)."""
    for article in ("the ", "The "):
        if org.startswith(article):
            org = org[len(article):]
            break
    for suffix in _LEGAL_SUFFIXES:
        if org.endswith(suffix) and " " in org.strip():
            return org[:-len(suffix)].rstrip(",")
    return org


def key(word: str) -> str:
    """A surname or alias as looked up: "O’Kelly" and "O'Kelly" are one name, whichever mark the text used."""
    return word.replace("’", "'") if "’" in word else word


def initials(name: str) -> str:
    """A name's capitalised words' first letters ("Department of Public Safety": "DPS")."""
    return "".join(word[0] for word in name.replace("-", " ").split() if word[:1].isupper())
