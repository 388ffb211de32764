"""Reading files and folders into a Corpus: never blocking, never stopping at one bad file."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path

from .cache import ParseCache
from .manifest import MANIFEST_NAME, DocumentEntry, Manifest, ManifestError, SpeakerEntry, load_manifest
from .model import Corpus, Document, DocumentKind, Problem
from .parser import parse_text
from .speakers import build_registry
from .text import UndecodableError, decode
from .versions import link_versions

SUFFIXES = (".txt", ".md")
Progress = Callable[[int, int], None]


def bundled_corpus() -> Path:
    """The folder of the bundled corpus: inside the installed package, or the checkout's seeds/."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here / "seeds", here.parent.parent / "seeds"):
        if candidate.is_dir():
            return candidate
    return here / "seeds"


def discover(paths: Iterable[Path]) -> tuple[list[Path], list[Path], list[Problem]]:
    """The document files and manifests the paths name, and the paths that cannot be used."""
    files: list[Path] = []
    manifests: list[Path] = []
    problems: list[Problem] = []
    for path in paths:
        kind = _kind(path)
        if kind == "dir":
            _walk(path, files, manifests, problems)
        elif kind == "file":
            files.append(path)
        else:
            problems.append(Problem(str(path), kind))
    return files, manifests, problems


def _kind(path: Path) -> str:
    """ "dir", "file", or why the path cannot be read (never opening it: a FIFO would block)."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return "dangling symbolic link" if path.is_symlink() else "no such file or folder"
    except OSError as error:
        return f"cannot be read: {error.strerror or error}"
    if stat.S_ISDIR(mode):
        return "dir"
    if stat.S_ISREG(mode):
        return "file"
    return "not a regular file (a FIFO, socket or device): not opened"


def _walk(folder: Path, files: list[Path], manifests: list[Path], problems: list[Problem]) -> None:
    def unreadable(error: OSError) -> None:
        problems.append(Problem(str(error.filename), f"cannot be read: {error.strerror}"))

    for root, dirs, names in os.walk(folder, onerror=unreadable):
        dirs.sort()
        for name in sorted(names + [d for d in dirs if d.endswith(SUFFIXES)]):
            path = Path(root, name)
            if name == MANIFEST_NAME:
                manifests.append(path)
            elif name.endswith(SUFFIXES):
                kind = _kind(path)
                if kind == "file":
                    files.append(path)
                else:
                    problems.append(Problem(str(path), "a folder, not a document" if kind == "dir" else kind))
        dirs[:] = [d for d in dirs if not d.endswith(SUFFIXES) and not Path(root, d).is_symlink()]


def read_document(path: Path, kind: DocumentKind | None = None,
                  cache: ParseCache | None = None) -> tuple[Document | None, Problem | None]:
    """Read and parse one file; a problem instead when it cannot be, a warning beside it when lossy."""
    try:
        data = path.read_bytes()
    except OSError as error:
        return None, Problem(str(path), f"cannot be read: {error.strerror or error}")
    if not data.strip():
        return None, Problem(str(path), "empty file")
    key = cache.key(data, kind.value if kind else None) if cache else ""
    cached = cache.get(key, str(path)) if cache else None
    if cached is not None:
        return cached, _decoding_problem(path, cached)
    try:
        decoded = decode(data)
    except UndecodableError as error:
        return None, Problem(str(path), f"skipped: {error}")
    document = parse_text(str(path), decoded.text, kind)
    if decoded.warning:
        document = replace(document, warnings=(decoded.warning,))
    if cache:
        cache.put(key, document)
    return document, _decoding_problem(path, document)


def _decoding_problem(path: Path, document: Document) -> Problem | None:
    return Problem(str(path), document.warnings[0], fatal=False) if document.warnings else None


def load_corpus(
    paths: Iterable[Path], progress: Progress | None = None, cache: ParseCache | None = None
) -> Corpus:
    """Read every document the paths name; what cannot be read is listed as a problem."""
    files, manifest_paths, problems = discover(paths)
    manifest, manifest_problems = _merged_manifest(manifest_paths)
    problems.extend(manifest_problems)
    documents: list[Document] = []
    for done, path in enumerate(files, start=1):
        entry = manifest.documents.get(path.name)
        kind = _kind_named(entry.kind if entry else None)
        document, problem = read_document(path, kind, cache)
        if problem is not None:
            problems.append(problem)
        if document is not None:
            documents.append(_apply_entry(document, manifest))
        if progress is not None:
            progress(done, len(files))
    problems.extend(_missing_from_manifest(manifest, files))
    if cache is not None:
        problems.extend(Problem("(parse cache)", warning, fatal=False) for warning in cache.warnings)
    return assemble(documents, manifest, problems)


def _kind_named(name: str | None) -> DocumentKind | None:
    return next((kind for kind in DocumentKind if kind.value == name), None)


def assemble(documents: list[Document], manifest: Manifest, problems: list[Problem]) -> Corpus:
    """Link versions and build the speaker registry over parsed documents."""
    links = link_versions(documents)
    linked = []
    for document in documents:
        entry = manifest.documents.get(document.name)
        version_of = _path_named(documents, entry.version_of) if entry and entry.version_of else None
        linked.append(replace(document, version_of=version_of or links.get(document.path)))
    canonical, speakers = build_registry(linked, manifest.speakers)
    return Corpus(tuple(canonical), speakers, tuple(problems))


def _path_named(documents: list[Document], name: str) -> str | None:
    return next((d.path for d in documents if d.name == name), None)


def _apply_entry(document: Document, manifest: Manifest) -> Document:
    entry = manifest.documents.get(document.name)
    if entry is None:
        return document
    return replace(document, title=entry.title or document.title, outlet=entry.outlet,
                   date=entry.date or document.date)


def _merged_manifest(paths: list[Path]) -> tuple[Manifest, list[Problem]]:
    documents: dict[str, DocumentEntry] = {}
    speakers: list[SpeakerEntry] = []
    problems: list[Problem] = []
    for path in paths:
        try:
            manifest = load_manifest(path)
        except ManifestError as error:
            problems.append(Problem(str(path), f"manifest ignored: {error}", fatal=False))
            continue
        documents.update(manifest.documents)
        speakers.extend(manifest.speakers)
    return Manifest(documents, tuple(speakers)), problems


def _missing_from_manifest(manifest: Manifest, files: list[Path]) -> list[Problem]:
    present = {path.name for path in files}
    return [Problem(name, "named in the manifest but not found", fatal=False)
            for name in manifest.documents if name not in present]
