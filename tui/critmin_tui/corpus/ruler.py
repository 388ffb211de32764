"""Ordered lists of named rules over a shared state.

After markdown-it-py's ``Ruler`` (each stage is a named, ordered list of small functions) and
CoreNLP's quote-attribution sieves (each sieve skips what is decided, and the one that decides
is recorded). A rule takes its stage's state and returns an outcome, or None to pass: the first
outcome decides, and the rule's name travels with it as evidence.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any, Generic, NamedTuple, TypeVar, overload

S = TypeVar("S")
R = TypeVar("R")
T = TypeVar("T")


class lazy(Generic[T]):  # noqa: N801 - named like the decorator it is
    """A property computed on first use and kept: functools.cached_property without its lock
    (Python 3.11's takes a lock on every first read, a fifth of a rule state's cost)."""

    def __init__(self, compute: Callable[[Any], T]) -> None:
        self._compute = compute
        self.__doc__ = compute.__doc__
        self._name = compute.__name__

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    @overload
    def __get__(self, instance: None, owner: type) -> lazy[T]: ...
    @overload
    def __get__(self, instance: object, owner: type) -> T: ...

    def __get__(self, instance: object | None, owner: type) -> lazy[T] | T:
        if instance is None:
            return self
        value = self._compute(instance)
        instance.__dict__[self._name] = value  # later reads find the value first: no call at all
        return value


class Decided(NamedTuple, Generic[R]):
    """A stage's outcome and the qualified name of the rule that decided it ("subject.pronoun")."""

    value: R
    rule: str


_new_tuple = tuple.__new__


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
                return _new_tuple(Decided, (outcome, name))  # a NamedTuple's own __new__ is a Python call
        return None

    @property
    def names(self) -> tuple[str, ...]:
        """The qualified names of the rules, in order."""
        return tuple(name for name, _ in self._rules)

    def __iter__(self) -> Iterator[tuple[str, Callable[[S], R | None]]]:
        return iter(self._rules)
