"""The optional corpus.yaml manifest: titles, outlets, dates, kinds, versions and speakers."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


class ManifestError(ValueError):
    """A manifest that cannot be used, with where the fault is."""


@dataclass(frozen=True, slots=True)
class DocumentEntry:
    """What the manifest says of one file."""

    title: str | None = None
    outlet: str | None = None
    date: str | None = None
    kind: str | None = None
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
    """A parsed manifest."""

    documents: dict[str, DocumentEntry] = field(default_factory=dict)
    speakers: tuple[SpeakerEntry, ...] = ()


def load_manifest(path: Path) -> Manifest:
    """Read a manifest; raise ManifestError with line and column when it is malformed."""
    import yaml  # imported when a manifest is read: a warm start never needs it

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8-sig"))
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        where = f"{path.name}:{mark.line + 1}:{mark.column + 1}" if mark else path.name
        raise ManifestError(f"{where}: {error.problem or error.context}") from error
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise ManifestError(f"{path.name}: {error}") from error
    if data is None:
        return Manifest()
    if not isinstance(data, dict):
        raise ManifestError(f"{path.name}:1:1: expected a mapping with 'documents' and 'speakers'")
    return Manifest(_documents(path, data.get("documents") or {}), _speakers(path, data.get("speakers") or []))


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def _documents(path: Path, raw: Any) -> dict[str, DocumentEntry]:
    if not isinstance(raw, dict):
        raise ManifestError(f"{path.name}: 'documents' must map file names to their details")
    entries = {}
    for name, raw_details in raw.items():
        details = raw_details if isinstance(raw_details, dict) else {}
        entries[str(name)] = DocumentEntry(
            _text(details.get("title")), _text(details.get("outlet") or details.get("source")),
            _text(details.get("date")), _text(details.get("kind")), _text(details.get("version_of")),
        )
    return entries


def _speakers(path: Path, raw: Any) -> tuple[SpeakerEntry, ...]:
    if not isinstance(raw, list):
        raise ManifestError(f"{path.name}: 'speakers' must be a list")
    entries = []
    for item in raw:
        if not isinstance(item, dict) or not item.get("name"):
            raise ManifestError(f"{path.name}: every speaker needs a 'name'")
        aliases = item.get("aliases") or []
        entries.append(SpeakerEntry(str(item["name"]), _text(item.get("role")),
                                    _text(item.get("org") or item.get("party")),
                                    tuple(str(a) for a in aliases) if isinstance(aliases, list) else ()))
    return tuple(entries)
