"""A deterministic synthetic corpus from varied names, quotes and redactions: news articles, and
released documents as an agency publishes them (Cabinet minutes, OIA response letters citing
bare codes such as 9(2)(a), email chains with withheld addresses). All the wording is invented."""

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
CODES = ("9(2)(a)", "9(2)(b)(ii)", "9(2)(f)(iv)", "9(2)(g)(i)", "9(2)(h)", "9(2)(j)", "6(a)", "6(b)(i)", "18(d)")
DECISIONS = ("Released in full", "Released with redactions", "Withheld in full", "Refused under section 18(d)")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


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


def _date(rng: random.Random) -> str:
    return f"{rng.randint(1, 28)} {rng.choice(MONTHS)} 2026"


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def oia_letter(rng: random.Random, target: int = 5_000) -> str:
    """An agency's answer to an OIA request: the grounds as bare codes, a schedule of the
    documents released, and paragraphs with withheld passages."""
    requester = _person(rng)
    codes = rng.sample(CODES, 3)
    head = [f"Ministry of Resources\nLevel 4, 12 Harbour Quay, Wellington\n\n{_date(rng)}\n\n{requester}\n"
            "By email: [9(2)(a)]",
            f"Tēnā koe {requester.split()[0]}",
            f"Your request for official information, reference OIA-2026-{rng.randint(100, 999)}",
            f"Thank you for your request of {_date(rng)}, asking for: \"{_sentence(rng, 12)[:-1]}\"",
            "I have decided to release the documents listed below, with some information withheld under "
            "these sections of the Official Information Act 1982:",
            *(f"- {code}, {_sentence(rng, 6)[:-1].lower()};" for code in codes),
            "Item | Date | Document | Decision"]
    rows = [f"{n} | {_date(rng)} | {_sentence(rng, 4)[:-1]} | {rng.choice(DECISIONS)} {rng.choice(codes)}"
            for n in range(1, rng.randint(3, 8))]
    body: list[str] = []
    while sum(map(len, head + rows + body)) < target:
        withheld = f" {rng.choice(codes)}" if rng.random() < 0.5 else ""
        body.append(f"{_sentence(rng, 22)}{withheld} {_sentence(rng, 10)}")
    close = ["You have the right to ask the Ombudsman to investigate and review my decision.",
             f"Nāku noa, nā\n\n{_person(rng)}\nManager, Ministerial Services"]
    return "\n\n".join([*head, "\n".join(rows), *body, *close]) + "\n"


def email_chain(rng: random.Random, target: int = 5_000) -> str:
    """A released chain of emails, newest first, the officials' addresses withheld."""
    people = [_person(rng) for _ in range(3)]
    subject = f"{_sentence(rng, 5)[:-1]}"
    messages: list[str] = []
    while sum(map(len, messages)) < target:
        sender, receiver = rng.sample(people, 2)
        reply = "RE: " if messages else ""
        lines = [f"From: {sender} [9(2)(a)]", f"Sent: {_date(rng)} {rng.randint(8, 17)}:{rng.randint(0, 59):02d}",
                 f"To: {receiver} [9(2)(a)]", f"Subject: {reply}{subject}", "",
                 f"Kia ora {receiver.split()[0]},", "",
                 f"{_sentence(rng, 16)} {rng.choice(CODES) if rng.random() < 0.4 else ''}".rstrip(), "",
                 _sentence(rng, 12), "", f"Ngā mihi,\n{sender.split()[0]}"]
        messages.append("\n".join(lines))
    return "\n\n-----Original Message-----\n".join(messages) + "\n"


def document(rng: random.Random, index: int) -> str:
    """The ``index``-th document: one in five a minute, one in twenty a letter, one in twenty an
    email chain, the rest articles."""
    if index % 5 == 4:
        return minute(rng)
    if index % 20 == 1:
        return oia_letter(rng)
    if index % 20 == 11:
        return email_chain(rng)
    return article(rng)


def write_corpus(folder: Path, documents: int, seed: int = 2026) -> int:
    """Write ``documents`` files (about 5 KB each; see document()); return the bytes written."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    written = 0
    for index in range(documents):
        text = document(rng, index)
        data = text.encode("utf-8")
        (folder / f"doc{index:05d}.txt").write_bytes(data)
        written += len(data)
    return written
