"""What a corpus's manifests and its parse cache add to the documents read: shared by the full
load (loading.py) and the staged opening (staged.py)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from .cache import ParseCache
from .manifest import DocumentEntry, Manifest, ManifestError, SpeakerEntry, load_manifest
from .model import Corpus, DocumentKind, DocumentSummary, Problem

_KINDS = {kind.value: kind for kind in DocumentKind}


@dataclass(frozen=True, slots=True)
class Readable:
    """The first stage's corpus, with the manifest the partial corpora apply; ``saved`` when it
    is a snapshot's list and search text (the second stage reads the rest of the snapshot)."""

    corpus: Corpus
    manifest: Manifest
    saved: bool = False


def kind_named(name: str | None) -> DocumentKind | None:
    """The document kind a manifest names (None: none, or a name that is no kind)."""
    return None if name is None else _KINDS.get(name)


def apply_entry(summary: DocumentSummary, manifest: Manifest) -> DocumentSummary:
    """The summary with the title, outlet and date its manifest entry gives, if any."""
    entry = manifest.documents.get(summary.name)
    if entry is None:
        return summary
    return replace(summary, title=entry.title or summary.title, outlet=entry.outlet, date=entry.date or summary.date)


def merged_manifest(paths: list[Path]) -> tuple[Manifest, list[Problem]]:
    """Every manifest's entries as one (a later one's entry for a file wins), and the manifests
    that cannot be used, or only in part."""
    documents: dict[str, DocumentEntry] = {}
    speakers: list[SpeakerEntry] = []
    problems: list[Problem] = []
    for path in paths:
        try:
            manifest = load_manifest(path)
        except ManifestError as error:
            problems.append(Problem(str(path), f"manifest ignored: {error}", fatal=False))
            continue
        problems.extend(Problem(str(path), f"manifest value {why}", fatal=False) for why in manifest.problems)
        documents.update(manifest.documents)
        speakers.extend(manifest.speakers)
    return Manifest(documents, tuple(speakers)), problems


def missing_from_manifest(manifest: Manifest, files: Sequence[Path]) -> list[Problem]:
    """A warning for each file a manifest names that is not there."""
    if not manifest.documents:
        return []
    present = {path.name for path in files}
    return [Problem(name, "named in the manifest but not found", fatal=False)
            for name in manifest.documents if name not in present]


def cache_problems(cache: ParseCache | None) -> tuple[Problem, ...]:
    """The parse cache's warnings, as problems the reader lists."""
    return tuple(Problem("(parse cache)", warning, fatal=False) for warning in cache.warnings) if cache else ()
