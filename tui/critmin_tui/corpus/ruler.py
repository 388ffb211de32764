"""Ordered lists of named rules over a shared state.

After markdown-it-py's ``Ruler`` (each stage is a named, ordered list of small functions) and
CoreNLP's quote-attribution sieves (each sieve skips what is decided, and the one that decides
is recorded). A rule takes its stage's state and returns an outcome, or None to pass: the first
outcome decides, and the rule's name travels with it as evidence.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Generic, NamedTuple, TypeVar

S = TypeVar("S")
R = TypeVar("R")


class Decided(NamedTuple, Generic[R]):
    """A stage's outcome and the qualified name of the rule that decided it ("subject.pronoun")."""

    value: R
    rule: str


class Ruler(Generic[S, R]):
    """One stage: its rules in order, each a function of the stage's state."""

    def __init__(self, stage: str, rules: Sequence[tuple[str, Callable[[S], R | None]]]) -> None:
        self.stage = stage
        self._rules = tuple((f"{stage}.{name}", rule) for name, rule in rules)
        names = [name for name, _ in self._rules]
        if len(set(names)) != len(names):
            raise ValueError(f"duplicate rule names in stage {stage!r}")

    def decide(self, state: S) -> Decided[R] | None:
        """The first rule's outcome, with its name; None when no rule decides."""
        for name, rule in self._rules:
            outcome = rule(state)
            if outcome is not None:
                return Decided(outcome, name)
        return None

    @property
    def names(self) -> tuple[str, ...]:
        """The qualified names of the rules, in order."""
        return tuple(name for name, _ in self._rules)

    def __iter__(self) -> Iterator[tuple[str, Callable[[S], R | None]]]:
        return iter(self._rules)
