"""A deterministic synthetic corpus: articles and minutes from varied names, quotes and redactions."""

from __future__ import annotations

import random
from pathlib import Path

FIRST = ("Aroha", "Moana", "Hemi", "Priya", "Dana", "Tom", "Sue", "Ian", "Nicola", "Rawiri", "Mere", "Chen",
         "Lucy", "Wiremu", "Sione", "Grace", "Anahera", "Ben", "Kiri", "Oliver", "Chlöe", "Māui")
LAST = ("Tane", "Reid", "Walker", "Patel", "Kerr", "Ellis", "Hart", "Doyle", "Toki", "Ngata", "Parata",
        "Wong", "Banks", "Te Rangi", "Fifita", "Morgan", "Hēnare", "Lund", "Whaanga", "Brown", "Smith", "Ō'Brien")
ROLES = ("energy spokesperson", "chief executive", "co-leader", "Minister for Resources", "regional councillor",
         "mining analyst", "iwi chair", "economist")
ORGS = ("Labour", "the Green Party", "Federated Farmers", "the Minerals Council", "Ngāti Ora Trust", "ACT")
WORDS = ("mining", "critical", "minerals", "framework", "Cabinet", "consent", "royalties", "exports", "supply",
         "chain", "Taranaki", "vanadium", "lithium", "rare", "earths", "strategy", "investment", "jobs", "water",
         "environment", "Pāti", "Māori", "negotiations", "partners", "United", "States", "transparency", "iwi")
GROUNDS = ("Negotiations", "[9(2)(h)]", "s9(2)(g)(i)", "Withheld under section 6(a)", "[Withheld - 9(2)(j)]")


def _sentence(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def article(rng: random.Random, target: int = 5_000) -> str:
    """An article of about ``target`` characters with attributed quotes of every kind."""
    parts: list[str] = [f"date 2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {_sentence(rng, 8)[:-1]}."
                        f" Photo: RNZ"]
    while sum(map(len, parts)) < target:
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        role = f"{rng.choice(ORGS)}'s {rng.choice(ROLES)}"
        parts.append(f"{_sentence(rng, 14)} {role.capitalize()} {name} said the plan was "
                     f"\"{_sentence(rng, 4)[:-1]}\".")
        parts.append(f"\"{_sentence(rng, 18)}")
        parts.append(f"\"{_sentence(rng, 12)}\"")
        surname = name.rsplit(maxsplit=1)[-1]
        parts.append(f"Asked if it was \"{rng.choice(WORDS)}\", {surname} said it was {_sentence(rng, 6)}")
        if rng.random() < 0.3:
            parts.append(rng.choice(WORDS).capitalize() + " " + rng.choice(WORDS))
    return "\n\n".join(parts) + "\n"


def minute(rng: random.Random, target: int = 5_000) -> str:
    """A Cabinet minute with a coversheet, decisions and labelled redactions."""
    head = (f"COVERSHEET\n\nMinister\tHon {rng.choice(FIRST)} {rng.choice(LAST)}\tPortfolio\tResources\n"
            "Information redacted\n\nYES\n\nSome information has been withheld for the reasons of "
            "international relations, negotiations, and free and frank opinions.\n\nCabinet\n\nMinute of Decision\n\n"
            f"{_sentence(rng, 8)[:-1]}\n\nPortfolios **Resources**\n\nOn 2 February 2026, Cabinet:\n\n")
    decisions: list[str] = []
    number = 1
    while len(head) + sum(map(len, decisions)) < target:
        verb = rng.choice(("noted", "agreed", "invited", "directed"))
        redaction = f" {rng.choice(GROUNDS)} [REDACTED]" if rng.random() < 0.4 else ""
        decisions.append(f"- {number} **{verb}** that {_sentence(rng, 20)}{redaction}\n")
        number += 1
    return head + "\n".join(decisions) + f"\n{rng.choice(FIRST)} {rng.choice(LAST)}\nSecretary of the Cabinet\n"


def write_corpus(folder: Path, documents: int, seed: int = 2026) -> int:
    """Write ``documents`` files (about 5 KB each, one in five a minute); return the bytes written."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    written = 0
    for index in range(documents):
        text = minute(rng) if index % 5 == 4 else article(rng)
        data = text.encode("utf-8")
        (folder / f"doc{index:05d}.txt").write_bytes(data)
        written += len(data)
    return written
