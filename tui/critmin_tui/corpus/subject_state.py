"""The state the subject stage's rules share: the words before a verb, and the outcome they decide."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from .cue_context import last_word
from .names import NameRef, classify_caps, trailing_caps
from .ruler import lazy


class Subject(NamedTuple):
    """A stage's outcome: the reference to who spoke (None: decided that no one is named) and a role."""

    ref: NameRef | None
    role: str | None = None


NO_ONE = Subject(None, None)


@dataclass
class Before:
    """The words before a verb (auxiliaries dropped) at absolute offset ``base``."""

    pre: str
    base: int

    @lazy
    def last(self) -> str:
        """The word right before the verb."""
        return last_word(self.pre)

    @lazy
    def stripped(self) -> str:
        """``pre`` without trailing white space."""
        return self.pre.rstrip()

    @lazy
    def tail_at(self) -> int:
        """Where the last 80 characters begin: group and role look-ups search no further back."""
        return max(0, len(self.pre) - 80)

    @lazy
    def trailing(self) -> tuple[re.Match[str], NameRef] | None:
        """The capitalised run ending the words before the verb, read as a name (None if none)."""
        caps = trailing_caps(self.pre)
        ref = classify_caps(caps.group(), self.base + caps.start()) if caps is not None else None
        return (caps, ref) if caps is not None and ref is not None else None

    def ref(self, found: NameRef | None) -> Subject | None:
        """A found reference as an outcome, or a pass."""
        return Subject(found) if found is not None else None
