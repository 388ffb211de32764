"""Reading files and folders into a Corpus: never blocking, never stopping at one bad file."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from .applying import apply_entry, cache_problems, kind_named, merged_manifest, missing_from_manifest
from .cache import ParseCache, content_key
from .correcting import with_corrections  # a user's corrections apply over the parse (and its snapshot)
from .discovery import FoundFiles, walk_names
from .files import max_file_bytes, read_regular, reason
from .held import DocText, HeldText, HeldTextBuilder
from .model import Corpus, Document, DocumentKind, DocumentSummary, Problem, Speaker
from .snapshot import Reading, Snapshot, Stamp, stamp_of
from .store import KEEP, DocumentStore
from .summary import restore, shared_spans
from .version import PARSER_VERSION, collector_paused

if TYPE_CHECKING:
    from .manifest import Manifest
    from .parallel import Result

Progress = Callable[[int, int], None]
Observer = Callable[[int, int, list[Reading]], None]  # files done, files in all, the readings so far
Discovered = tuple[Sequence[Path], list[Path], list[Problem]]  # files, manifests, paths that cannot be used


def discover(paths: Iterable[Path]) -> Discovered:
    """The document files (held by name) and manifests the paths name, and the paths that cannot be used."""
    files: list[str] = []
    manifests: list[Path] = []
    problems: list[Problem] = []
    for is_manifest, name in walk_names(paths, lambda where, why: problems.append(Problem(where, why))):
        if is_manifest:
            manifests.append(Path(name))
        else:
            files.append(name)
    return FoundFiles(files), manifests, problems


@dataclass(frozen=True, slots=True)
class Entry:
    """One file read: its document or the problem met, and its content key ("" if unread)."""

    document: Document | None
    problem: Problem | None
    key: str = ""


def read_entry(path: Path, kind: DocumentKind | None = None, cache: ParseCache | None = None,
               write: bool = True) -> Entry:
    """Read and parse one file (or take it from the cache, and unless ``write`` is false, put it
    there); a problem instead when it cannot be."""
    from .formats import SourceError, cache_version, finish, read_source  # not needed by a saved corpus
    from .text import UndecodableError

    try:  # the type is checked again at every read: a file can be replaced by a FIFO at any time
        data = read_regular(path, max_file_bytes())
    except OSError as error:
        return Entry(None, Problem(str(path), reason(error)))
    if not data.strip():
        return Entry(None, Problem(str(path), "empty file"))
    version = cache_version(path, cache.version if cache else PARSER_VERSION)
    key = content_key(data, version, kind.value if kind else None)
    cached = cache.get(key, str(path)) if cache else None
    if cached is not None:
        return Entry(cached, _decoding_problem(path, cached), key)
    try:
        source = read_source(path, data)
    except (UndecodableError, SourceError) as error:
        return Entry(None, Problem(str(path), f"skipped: {error}"), key)
    from .parser import parse_text  # the parser's patterns compile on first use, not at start-up

    document = finish(parse_text(str(path), source.text, kind), source)
    if cache and write:
        cache.put(key, document)
    return Entry(document, _decoding_problem(path, document), key)


def read_document(path: Path, kind: DocumentKind | None = None,
                  cache: ParseCache | None = None) -> tuple[Document | None, Problem | None]:
    """Read and parse one file; a problem instead when it cannot be, a warning beside it when lossy."""
    entry = read_entry(path, kind, cache)
    return entry.document, entry.problem


def _decoding_problem(path: Path, document: Document) -> Problem | None:
    return Problem(str(path), "; ".join(document.warnings), fatal=False) if document.warnings else None


class LoadCancelledError(Exception):
    """Reading the corpus was given up (the reader quit while it was loading)."""


def load_corpus(
    paths: Iterable[Path], progress: Progress | None = None, cache: ParseCache | None = None,
    cancelled: Callable[[], bool] | None = None, observe: Observer | None = None, folds: HeldText | None = None,
) -> Corpus:
    """Read every document the paths name; what cannot be read is listed as a problem.

    With a cache, a second opening of an unchanged corpus reads one snapshot of its summaries
    and search text instead of its documents; documents load when a view asks for them.
    ``observe`` is told of each file read, with the readings so far (what a staged opening
    shows while the rest is parsed). ``folds`` is the search text of its snapshot, when the
    caller has it already (load_listed()'s): it is not read again.
    """
    # Ten thousand summaries (hundreds of thousands of tuples) would make every cyclic
    # collection rescan a growing heap: the collector waits until the corpus is read.
    paths = list(paths)
    with collector_paused(freeze=True):
        return with_corrections(_load(paths, progress, cache, cancelled, observe, folds), paths)



def load_saved(paths: Iterable[Path], cache: ParseCache, discovered: Discovered | None = None) -> Corpus | None:
    """The corpus from its snapshot, if it is saved and its files are unchanged; else None.

    Nothing is parsed: this is what a start-up can afford before its first frame. ``discovered``
    is what discover() found for the paths, when the caller has it already (a walk of ten
    thousand files is not done twice).
    """
    paths = list(paths)
    with collector_paused(freeze=True):
        saved = _saved(Snapshot(cache, paths, *(discovered or discover(paths))), cache)
        return None if saved is None else with_corrections(saved, paths)


def load_listed(paths: Iterable[Path], cache: ParseCache, discovered: Discovered | None = None) -> Corpus | None:
    """The corpus from its snapshot as its list shows it (no quotes, no speakers; its search
    text), if it is saved and its files are unchanged; else None. The rest is load_corpus()'s,
    given these folds."""
    paths = list(paths)
    with collector_paused(freeze=True):
        snapshot = Snapshot(cache, paths, *(discovered or discover(paths)))
        listed = snapshot.load_listed()
        cache.sweep()
        if listed is None:
            return None
        listed = replace(listed, documents=DocumentStore(listed.summaries, cache),
                         problems=listed.problems + cache_problems(cache))
        return with_corrections(listed, paths)


def _saved(snapshot: Snapshot, cache: ParseCache, folds: HeldText | None = None) -> Corpus | None:
    stored = snapshot.load(folds)
    cache.sweep()
    if stored is None:
        return None
    return replace(stored, documents=DocumentStore(stored.summaries, cache),
                   problems=stored.problems + cache_problems(cache))


def _load(paths: list[Path], progress: Progress | None, cache: ParseCache | None,
          cancelled: Callable[[], bool] | None, observe: Observer | None = None,
          folds: HeldText | None = None) -> Corpus:
    files, manifest_paths, problems = discover(paths)
    snapshot = Snapshot(cache, paths, files, manifest_paths, problems) if cache else None
    stored = _saved(snapshot, cache, folds) if snapshot and cache else None
    if stored is not None:
        if progress is not None:
            progress(len(files), len(files))
        return stored
    previous, last_folds = snapshot.readings() if snapshot is not None else ({}, None)
    corpus, readings = _read_all(files, manifest_paths, problems, progress, cache, Reuse(previous, last_folds),
                                 cancelled or (lambda: False), observe)
    if snapshot is not None and cache is not None:
        snapshot.save(corpus, readings)
        cache.sweep()
    return replace(corpus, problems=corpus.problems + cache_problems(cache))


@dataclass(frozen=True, slots=True)
class Reuse:
    """What the last read of this corpus left: each file's reading, and the search text they index."""

    readings: dict[str, tuple[Reading, int]]
    folds: HeldText | None

    def unchanged(self, path: Path, stamp: Stamp | None) -> tuple[Reading, int] | None:
        """The file's last reading and its index in the last search text, if the file is as it was then."""
        found = self.readings.get(str(path))
        if found is None or stamp is None or found[0].stamp != stamp or self.folds is None:
            return None
        if stamp[0] > max_file_bytes():  # read under a higher limit: now it is skipped, with the reason
            return None
        return found

    def taken(self, found: tuple[Reading, int]) -> tuple[Reading, DocText]:
        """A reused reading with its search text (sliced only now: never all of it at once)."""
        reading, index = found
        assert self.folds is not None  # unchanged() found it, so there is search text
        return reading, self.folds.part(index)


def _read_all(files: Sequence[Path], manifest_paths: list[Path], problems: list[Problem], progress: Progress | None,
              cache: ParseCache | None, reuse: Reuse, cancelled: Callable[[], bool],
              observe: Observer | None = None) -> tuple[Corpus, list[Reading]]:
    from .parallel import Job, read_all  # the workers' machinery: not imported to reopen a saved corpus

    manifest, manifest_problems = merged_manifest(manifest_paths)
    problems = [*problems, *manifest_problems]
    plan = []
    for path in files:
        entry = manifest.documents.get(path.name)
        kind = kind_named(entry.kind if entry else None)
        stamp = stamp_of(path, kind.value if kind else None)
        plan.append((path, kind, stamp, reuse.unchanged(path, stamp)))
    jobs = [Job(str(path), kind, stamp, str(cache.folder) if cache and cache.enabled else None,
                cache.version if cache else PARSER_VERSION) for path, kind, stamp, found in plan if found is None]
    fresh = read_all(jobs, cache, keep=lambda number: number < KEEP)
    readings: list[Reading] = []
    loaded: dict[int, Document] = {}
    held = HeldTextBuilder()  # joined as it fills: never two copies
    try:
        for done, (path, _, _, reused) in enumerate(plan, start=1):
            if cancelled():
                raise LoadCancelledError
            if reused is not None and reused[0].summary.warnings:
                problems.append(Problem(str(path), "; ".join(reused[0].summary.warnings), fatal=False))
            found = reuse.taken(reused) if reused else _taken(next(fresh), problems, cache, loaded, len(readings))
            if found is not None:
                readings.append(found[0])
                held.add(found[1])
            if progress is not None:
                progress(done, len(files))
            if observe is not None:
                observe(done, len(files), readings)
    finally:
        fresh.close()  # a load given up early stops its worker processes
    problems.extend(missing_from_manifest(manifest, files))
    summaries, speakers = assemble([apply_entry(r.summary, manifest) for r in readings], manifest)
    # What only assembling needed (each document's speaker notes, paragraph checksums) is let go:
    # a large corpus keeps ten thousand summaries in memory and in its snapshot.
    summaries = [replace(s, speakers=(), paragraphs=()) for s in summaries]
    store = DocumentStore(summaries, cache, {i: restore(d, summaries[i]) for i, d in loaded.items()})
    return Corpus(store, speakers, tuple(problems), tuple(summaries), held.build()), readings


def _taken(result: Result, problems: list[Problem], cache: ParseCache | None, loaded: dict[int, Document],
           index: int) -> tuple[Reading, DocText] | None:
    """A fresh read's reading and search text; its problem and cache warnings noted, its document kept."""
    if result.problem is not None:
        problems.append(result.problem)
    if cache is not None:
        cache.warnings.extend(w for w in result.cache_warnings if w not in cache.warnings)
    if result.document is not None:
        loaded[index] = result.document
    if result.reading is None or result.part is None:
        return None
    stamp, summary = result.reading
    # Its unsure quotes' spans, of the quotes' own numbers: held for every document until the end.
    summary = replace(summary, unsure=shared_spans(summary.quotes, summary.unsure)) if summary.unsure else summary
    return Reading(stamp, summary), result.part


def assemble(summaries: list[DocumentSummary], manifest: Manifest,
             ) -> tuple[list[DocumentSummary], tuple[Speaker, ...]]:
    """Link captures as versions and build the speaker registry over the documents' summaries."""
    from .speakers import build_registry
    from .versions import link_versions

    detected = link_versions(summaries)
    given: dict[str, str] = {}
    for summary in summaries:
        entry = manifest.documents.get(summary.name)
        named = _path_named(summaries, entry.version_of) if entry and entry.version_of else None
        if named is not None:
            given[summary.path] = named
    roots = _version_roots([*given.items(), *((p, q) for p, q in detected.items() if p not in given)])
    linked = [summary if roots.get(summary.path) == summary.version_of
              else replace(summary, version_of=roots.get(summary.path)) for summary in summaries]
    return build_registry(linked, manifest.speakers)


def _version_roots(links: list[tuple[str, str]]) -> dict[str, str]:
    """Each linked document's first capture, at the end of its chain of links. The list shows
    only documents that are no other's version, so a link to itself or one closing a loop would
    hide every document in it: such a link is dropped (the manifest's links come first and win)."""
    kept: dict[str, str] = {}
    for path, target in links:
        at: str | None = target
        while at is not None and at != path:
            at = kept.get(at)
        if at is None:
            kept[path] = target
    roots = {}
    for path in kept:
        at = path
        while at in kept:
            at = kept[at]
        roots[path] = at
    return roots


def _path_named(summaries: list[DocumentSummary], name: str) -> str | None:
    return next((s.path for s in summaries if s.name == name), None)
