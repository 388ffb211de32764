"""The optional corpus.yaml manifest: titles, outlets, dates, kinds, versions and speakers.

The YAML is composed into nodes, never constructed into Python values: a field is read only
as the text written for it, so no value can be out of a constructor's range (a 30 February, a
5,000-digit number) and no alias can expand (a "billion laughs" is a few shared nodes). A bad
value is a problem with its line and column, and the rest of the manifest still applies.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .files import read_regular
from .model import DocumentKind

if TYPE_CHECKING:
    from yaml import Node

MAX_MANIFEST_BYTES = 1_000_000  # a manifest for ten thousand files is well under this
MAX_DEPTH = 50  # nesting a manifest never needs; composing deeper would exhaust the stack
MAX_FIELD_CHARS = 10_000
_DATE_RE = re.compile(r"\d{4}-\d\d?-\d\d?")
_NULLS = ("", "~", "null", "Null", "NULL")
_KINDS = tuple(kind.value for kind in DocumentKind)


class ManifestError(ValueError):
    """A manifest that cannot be used, with where the fault is."""


@dataclass(frozen=True, slots=True)
class DocumentEntry:
    """What the manifest says of one file."""

    title: str | None = None
    outlet: str | None = None
    date: str | None = None
    kind: str | None = None  # a DocumentKind's value: "article", "minute", "letter", "email", ...
    version_of: str | None = None


@dataclass(frozen=True, slots=True)
class SpeakerEntry:
    """What the manifest says of one speaker."""

    name: str
    role: str | None = None
    org: str | None = None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Manifest:
    """A parsed manifest, and the values in it that were left out, each with where it is."""

    documents: dict[str, DocumentEntry] = field(default_factory=dict)
    speakers: tuple[SpeakerEntry, ...] = ()
    problems: tuple[str, ...] = ()


def load_manifest(path: Path) -> Manifest:
    """Read a manifest; raise ManifestError with line and column when it cannot be used at all."""
    import yaml  # imported when a manifest is read: a warm start never needs it

    try:
        text = read_regular(path, MAX_MANIFEST_BYTES).decode("utf-8-sig")
        _check_depth(path, text)
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        raise ManifestError(f"{_where(path, mark)}: {error.problem or error.context}") from error
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise ManifestError(f"{path.name}: {error}") from error
    if root is None:
        return Manifest()
    if not isinstance(root, yaml.MappingNode):
        raise ManifestError(f"{_where(path, root.start_mark)}: expected a mapping with 'documents' and 'speakers'")
    reader = _Reader(path)
    top = reader.mapping(root)
    documents = reader.documents(top.get("documents"))
    speakers = reader.speakers(top.get("speakers"))
    return Manifest(documents, speakers, tuple(reader.problems))


def _check_depth(path: Path, text: str) -> None:
    """Refuse nesting deeper than any manifest needs, before composing recurses into it."""
    import yaml

    depth = 0
    for event in yaml.parse(text, Loader=yaml.SafeLoader):
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                raise ManifestError(f"{_where(path, event.start_mark)}: nested more than {MAX_DEPTH} deep")
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1


def _where(path: Path, mark: Any) -> str:
    return f"{path.name}:{mark.line + 1}:{mark.column + 1}" if mark else path.name


class _Reader:
    """Reads the composed nodes, noting each value it has to leave out."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problems: list[str] = []

    def skip(self, node: Node, why: str) -> None:
        """Note a value left out, with its line and column."""
        self.problems.append(f"{_where(self.path, node.start_mark)}: {why}: ignored")

    def mapping(self, node: Node | None) -> dict[str, Node]:
        """A mapping's entries by their keys' text (a key that is not text is left out)."""
        import yaml

        entries: dict[str, Node] = {}
        if not isinstance(node, yaml.MappingNode):
            return entries
        for key, value in node.value:
            name = self.text(key)
            if name is not None:
                entries[name] = value
        return entries

    def text(self, node: Node | None) -> str | None:
        """A field's text as written; None (noted) when it is a list, a mapping or too long."""
        import yaml

        if node is None:
            return None
        if not isinstance(node, yaml.ScalarNode):
            self.skip(node, "expected text, found a list or mapping")
            return None
        value = str(node.value)
        if node.style is None and node.value in _NULLS:
            return None
        if len(value) > MAX_FIELD_CHARS:
            self.skip(node, f"longer than {MAX_FIELD_CHARS:,} characters")
            return None
        return value

    def date(self, node: Node | None) -> str | None:
        """A date's text; None (noted) when it looks like a date that does not exist."""
        value = self.text(node)
        if value is None or node is None or not _DATE_RE.fullmatch(value):
            return value
        year, month, day = (int(part) for part in value.split("-"))
        try:
            datetime.date(year, month, day)
        except ValueError as error:
            self.skip(node, f"date {value} is not a real date ({error})")
            return None
        return value

    def kind(self, node: Node | None) -> str | None:
        """A document kind's value ("letter"); None (noted) when it names no kind."""
        value = self.text(node)
        if value is None or node is None or value in _KINDS:
            return value
        self.skip(node, f"kind {value!r} is not one of {', '.join(_KINDS)}")
        return None

    def documents(self, node: Node | None) -> dict[str, DocumentEntry]:
        """The 'documents' mapping, with version_of links that loop left out."""
        import yaml

        if node is None or (isinstance(node, yaml.ScalarNode) and node.value in _NULLS):
            return {}
        if not isinstance(node, yaml.MappingNode):
            self.skip(node, "'documents' must map file names to their details")
            return {}
        entries: dict[str, DocumentEntry] = {}
        links: dict[str, Node] = {}
        for name, raw in self.mapping(node).items():
            details = self.mapping(raw)
            version = details.get("version_of")
            entries[name] = DocumentEntry(
                self.text(details.get("title")), self.text(details.get("outlet") or details.get("source")),
                self.date(details.get("date")), self.kind(details.get("kind")), self.text(version))
            if version is not None and entries[name].version_of is not None:
                links[name] = version
        for name in self._looping(entries):
            self.skip(links[name], f"{name}: version_of {entries[name].version_of} leads back to {name}")
            entries[name] = replace(entries[name], version_of=None)
        return entries

    @staticmethod
    def _looping(entries: dict[str, DocumentEntry]) -> list[str]:
        """Documents whose version_of chain comes back to themselves (a self-reference included)."""
        looping = []
        for start, entry in entries.items():
            seen, at = {start}, entry.version_of
            while at is not None and at in entries and at not in seen:
                seen.add(at)
                at = entries[at].version_of
            if at == start:
                looping.append(start)
        return looping

    def speakers(self, node: Node | None) -> tuple[SpeakerEntry, ...]:
        """The 'speakers' list; an item without a name is left out."""
        import yaml

        if node is None or (isinstance(node, yaml.ScalarNode) and node.value in _NULLS):
            return ()
        if not isinstance(node, yaml.SequenceNode):
            self.skip(node, "'speakers' must be a list")
            return ()
        entries = []
        for item in node.value:
            details = self.mapping(item)
            name = self.text(details.get("name"))
            if not name:
                self.skip(item, "a speaker needs a 'name'")
                continue
            aliases = details.get("aliases")
            names: list[str] = []
            if isinstance(aliases, yaml.SequenceNode):
                names = [a for a in (self.text(alias) for alias in aliases.value) if a]
            elif aliases is not None:
                names = [a for a in (self.text(aliases),) if a]
            entries.append(SpeakerEntry(name, self.text(details.get("role")),
                                        self.text(details.get("org") or details.get("party")), tuple(names)))
        return tuple(entries)
