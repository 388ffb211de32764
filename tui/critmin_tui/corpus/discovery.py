"""Finding the document files and manifests that paths name, in reading order.

Light on purpose (no model, no parser): the reader's first frame uses it to find the document
to show while everything else is still being imported.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import overload

MANIFEST_NAME = "corpus.yaml"
SUFFIXES = (".txt", ".md", ".pdf", ".html", ".htm")  # as formats.SUFFIXES: this module imports nothing
OnProblem = Callable[[str, str], None]


def bundled_corpus() -> Path:
    """The folder of the bundled corpus: inside the installed package, or the checkout's seeds/."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here / "seeds", here.parent.parent / "seeds"):
        if candidate.is_dir():
            return candidate
    return here / "seeds"


def path_kind(path: Path) -> str:
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


class FoundFiles(Sequence[Path]):
    """Files found, held by name: each Path is made when it is asked for (making ten thousand
    takes tens of milliseconds, and reopening a saved corpus needs only the names)."""

    __slots__ = ("names",)

    def __init__(self, names: list[str]) -> None:
        self.names = names  # each as str() of its Path

    def __len__(self) -> int:
        return len(self.names)

    @overload
    def __getitem__(self, index: int) -> Path: ...

    @overload
    def __getitem__(self, index: slice) -> list[Path]: ...

    def __getitem__(self, index: int | slice) -> Path | list[Path]:
        if isinstance(index, slice):
            return [Path(name) for name in self.names[index]]
        return Path(self.names[index])


def names_of(files: Sequence[Path]) -> list[str]:
    """Each file's str(), without making a Path of those held by name."""
    return files.names if isinstance(files, FoundFiles) else [str(path) for path in files]


def walk(paths: Iterable[Path], on_problem: OnProblem) -> Iterator[tuple[bool, Path]]:
    """(is_manifest, path) for each manifest and document file, in reading order (sorted, depth
    first); a path that cannot be used goes to ``on_problem`` with the reason."""
    return ((is_manifest, Path(name)) for is_manifest, name in walk_names(paths, on_problem))


def walk_names(paths: Iterable[Path], on_problem: OnProblem) -> Iterator[tuple[bool, str]]:
    """As walk(), each path as its str() (no Path made for each file)."""
    for path in paths:
        kind = path_kind(path)
        if kind == "dir":
            yield from _walk_folder(path, on_problem)
        elif kind == "file":
            yield False, str(path)
        else:
            on_problem(str(path), kind)


def first_document(paths: Iterable[Path]) -> Path | None:
    """The first document file the paths name (the one the reader opens on), or None."""
    return next((path for is_manifest, path in walk(paths, lambda _path, _why: None) if not is_manifest), None)


def _walk_folder(folder: Path, on_problem: OnProblem) -> Iterator[tuple[bool, str]]:
    def unreadable(error: OSError) -> None:
        on_problem(str(error.filename), f"cannot be read: {error.strerror}")

    for root, dirs, names, regular in _tree(str(folder), unreadable):
        dirs.sort()
        base = str(Path(root))  # as a Path writes it ("." is left out of its children's)
        prefix = "" if base == "." else os.path.join(base, "")  # joined once: not once a file
        wanted = [name for name in names if name.endswith(SUFFIXES) or name == MANIFEST_NAME]
        wanted.extend(d for d in dirs if d.endswith(SUFFIXES))
        wanted.sort()
        for name in wanted:
            path = prefix + name
            # A manifest gets the same checks: a FIFO or /dev/zero would hang. A regular file
            # (not a link) is known to be one from its folder's listing: no look at it each.
            kind = "file" if name in regular else path_kind(Path(path))
            if kind == "file":
                yield name == MANIFEST_NAME, path
            else:
                on_problem(path, "a folder, not a document" if kind == "dir" else kind)
        dirs[:] = [d for d in dirs if not d.endswith(SUFFIXES)]


def _tree(top: str, onerror: Callable[[OSError], None]) -> Iterator[tuple[str, list[str], list[str], set[str]]]:
    """As os.walk(top, onerror=onerror) (top down, never into a linked folder; the caller may
    prune ``dirs``), with the names that are regular files, not links, as the listing tells."""
    try:
        with os.scandir(top) as listing:
            entries = list(listing)
    except OSError as error:
        onerror(error)
        return
    dirs: list[str] = []
    names: list[str] = []
    regular: set[str] = set()
    for entry in entries:
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        (dirs if is_dir else names).append(entry.name)
        try:
            if not is_dir and entry.is_file(follow_symlinks=False):
                regular.add(entry.name)
        except OSError:
            pass
    yield top, dirs, names, regular
    for name in dirs:
        path = os.path.join(top, name)
        if not os.path.islink(path):
            yield from _tree(path, onerror)
