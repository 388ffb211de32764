"""Names before a verb read whole: the one named at the very end of the words, and the first name with an
appositive after it. Shared by the subject stage's rules (subjects.py, subject_clauses.py)."""

from __future__ import annotations

import re

from .names import NameRef, caps_runs, classify_caps, clean_role, is_role_phrase, trailing_caps
from .roles import role_before
from .subject_state import Subject

_SPLIT_APPOSITIVE_RE = re.compile(r",|\s[-–—]\s|\(|\)")
_WHICH_RE = re.compile(r"\s*,\s+which\b")
_OBJECT_OF_RE = re.compile(r"\b(?:at|on|to|into|about|over)\s+(?:the\s+)?$")


def named_before(pre: str, base: int) -> Subject | None:
    """The person or organisation named at the very end of ``pre``."""
    caps = trailing_caps(pre)
    ref = classify_caps(caps.group(), base + caps.start()) if caps is not None else None
    if ref is None or caps is None or ref.kind not in ("person", "surname", "org"):
        return None
    return Subject(ref, role_before(pre[:caps.start()], ref))


def appositive_subject(pre: str, base: int) -> Subject | None:
    """The first name followed by an appositive (a comma, a dash or a bracket), with its role."""
    for caps in caps_runs(pre):
        follower = pre[caps.end():caps.end() + 3].lstrip()
        if not follower.startswith((",", "-", "–", "—", "(")):
            continue
        if _OBJECT_OF_RE.search(pre, max(0, caps.start() - 12), caps.start()):
            continue  # "In a swipe at the Greens, the premier, ...": a preposition's object is no subject
        ref = classify_caps(caps.group(), base + caps.start())
        if ref is None and _WHICH_RE.match(pre, caps.end()):
            # "Contact Energy, which operates ..., said": "which" marks an organisation.
            ref = NameRef(caps.group(), base + caps.start(), base + caps.end(), "org")
        if ref is None:
            continue
        before = pre[:caps.start()]
        written = clean_role(before.rstrip().rstrip(","))
        if written and is_role_phrase(written) and before.rstrip().endswith(","):
            return Subject(ref, written)
        apposed = clean_role(_SPLIT_APPOSITIVE_RE.split(pre[caps.end():].lstrip(" ,(-–—"), maxsplit=1)[0])
        return Subject(ref, apposed if is_role_phrase(apposed) else role_before(before, ref))
    return None
