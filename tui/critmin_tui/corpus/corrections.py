"""A user's corrections of quote speakers: the record, its YAML file, and where the file lives.

A correction is keyed to the document's text hash and the quote's offsets and words, so it
outlives re-parsing and parser upgrades and is never applied to a quote it was not made on
(correcting.py applies them). The file is ``corrections.yaml`` beside the corpus, readable and
editable by hand; when the corpus folder cannot be written (the bundled corpus, a read-only
share), the user's own copy goes to the data folder, keyed by the corpus folder's path, and is
read over the shared file. Writes are atomic. An entry that cannot be read is reported and
written back unchanged; a file that cannot be read is never overwritten.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .model import Problem

FILE_NAME = "corrections.yaml"
FORMAT = 1
NO_ONE = "no one (scare quote)"  # how a scare-quote correction is shown
_HEADER = """\
# Speaker corrections made in critmin-tui; you may edit or share this file.
# Each correction is keyed to a document's text (hash: its blake2b-160), and to a quote's
# offsets (start, end) and words (text). If the document changes, the correction is listed
# under Problems and not applied. speaker: a name, or null with scare: true ("no one (scare
# quote)"). parser_speaker is what the parser said when the correction was made.
"""

Key = tuple[str, int, int]  # text hash, start, end


class CorrectionsError(Exception):
    """A correction could not be stored (the reason says where and why)."""


@dataclass(frozen=True, slots=True)
class Correction:
    """A user's answer to who said one quote, keyed to the document's text and the quote's span."""

    text_hash: str
    start: int
    end: int
    text: str  # the quote's words, as they were when the correction was made
    speaker: str | None  # None: no one
    scare: bool = False  # with no speaker: the words are a scare quote
    parser_speaker: str | None = None  # the parser's answer when the correction was made
    when: datetime | None = None
    note: str | None = None
    document: str = ""  # the file's name when the correction was made, for people reading the file

    @property
    def key(self) -> Key:
        """What the correction is matched by."""
        return self.text_hash, self.start, self.end

    @property
    def shown_speaker(self) -> str:
        """The new speaker as a reader sees it: the name, or what no one means here."""
        return self.speaker or (NO_ONE if self.scare else "no one")


def now() -> datetime:
    """The time a correction is made: UTC, to the second."""
    return datetime.now(UTC).replace(microsecond=0)


@dataclass
class CorrectionsFile:
    """One corrections file as read: its corrections, entries it could not read, and its problems."""

    path: Path
    corrections: dict[Key, Correction] = field(default_factory=dict)
    unread: list[Any] = field(default_factory=list)  # entries kept as written, never dropped
    problems: list[Problem] = field(default_factory=list)
    readable: bool = True  # False: the file exists but cannot be parsed, so it is never overwritten

    @classmethod
    def read(cls, path: Path) -> CorrectionsFile:
        """Read the file; an absent file is an empty one."""
        found = cls(path)
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return found
        except (OSError, UnicodeDecodeError) as error:
            return found._unreadable(f"cannot be read: {getattr(error, 'strerror', None) or error}")
        import yaml

        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as error:
            return found._unreadable(f"not valid YAML: {' '.join(str(error).split())}")
        entries = data.get("corrections") if isinstance(data, dict) else data
        if data is not None and not (isinstance(data, dict) and isinstance(entries, list | None)):
            return found._unreadable("expected a mapping with a 'corrections' list")
        if isinstance(data, dict) and data.get("format", FORMAT) != FORMAT:
            return found._unreadable(f"format {data.get('format')!r} is not {FORMAT} (a newer critmin-tui's?)")
        for number, entry in enumerate(entries or [], start=1):
            found._take(number, entry)
        return found

    def _unreadable(self, why: str) -> CorrectionsFile:
        self.readable = False
        self.problems.append(Problem(str(self.path), f"corrections not applied: {why}", fatal=False))
        return self

    def _take(self, number: int, entry: Any) -> None:
        try:
            correction = from_entry(entry)
        except ValueError as error:
            self.unread.append(entry)
            self.problems.append(Problem(str(self.path), f"correction {number} ignored: {error}", fatal=False))
            return
        self.corrections[correction.key] = correction  # a later entry for the same quote wins

    def render(self, corpus: Path | None = None) -> str:
        """The file's text: a comment saying what it is, then the corrections in order made."""
        import yaml

        ordered = sorted(self.corrections.values(), key=lambda c: (c.when or datetime.min.replace(tzinfo=UTC)))
        data: dict[str, Any] = {"format": FORMAT}
        if corpus is not None:
            data["corpus"] = str(corpus)
        data["corrections"] = [to_entry(c) for c in ordered] + self.unread
        return _HEADER + yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)


def to_entry(correction: Correction) -> dict[str, Any]:
    """A correction as a YAML mapping, in the order a person reads it."""
    entry: dict[str, Any] = {
        "document": correction.document,
        "hash": correction.text_hash,
        "start": correction.start,
        "end": correction.end,
        "text": correction.text,
        "speaker": correction.speaker,
    }
    if correction.scare:
        entry["scare"] = True
    entry["parser_speaker"] = correction.parser_speaker
    entry["when"] = correction.when.isoformat() if correction.when else None
    if correction.note:
        entry["note"] = correction.note
    return entry


def from_entry(entry: Any) -> Correction:
    """A correction from its YAML mapping; ValueError naming the field that is wrong."""
    if not isinstance(entry, dict):
        raise ValueError("not a mapping")
    start, end = _int(entry, "start"), _int(entry, "end")
    if not 0 <= start < end:
        raise ValueError(f"start {start} and end {end} are not a span")
    speaker = _text(entry, "speaker", optional=True)
    scare = entry.get("scare", False)
    if not isinstance(scare, bool):
        raise ValueError("scare is not true or false")
    if speaker is not None and scare:
        raise ValueError("a scare quote has no speaker")
    return Correction(
        text_hash=_text(entry, "hash") or "", start=start, end=end, text=_text(entry, "text") or "",
        speaker=speaker, scare=scare, parser_speaker=_text(entry, "parser_speaker", optional=True),
        when=_when(entry.get("when")), note=_text(entry, "note", optional=True),
        document=_text(entry, "document", optional=True) or "",
    )


def _int(entry: dict[str, Any], name: str) -> int:
    value = entry.get(name)
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValueError(f"{name} is not a whole number")
    return value


def _text(entry: dict[str, Any], name: str, optional: bool = False) -> str | None:
    value = entry.get(name)
    if value is None and optional:
        return None
    if not isinstance(value, str) or not (value.strip() or optional):
        raise ValueError(f"{name} is missing or not text")
    if optional:
        return value.strip() or None
    return value


def _when(value: Any) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            raise ValueError(f"when is not a date and time: {value!r}") from None
    if not isinstance(value, datetime):
        raise ValueError("when is not a date and time")
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def data_file(folder: Path) -> Path:
    """The user's own corrections for a corpus folder that cannot be written: in the data folder,
    named by a digest of the folder's absolute path."""
    import hashlib

    import platformdirs

    digest = hashlib.blake2b(str(folder.absolute()).encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()
    return Path(platformdirs.user_data_dir("critmin-tui")) / "corrections" / f"{digest}.yaml"


def write_atomic(path: Path, text: str) -> None:
    """Write a whole file or nothing: a temporary file beside it, flushed, then renamed over it."""
    import tempfile  # only a write needs it: not imported to open a corpus

    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".corrections-", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):  # the write's own error is the one to report
            os.unlink(temporary)
        raise


class CorrectionStore:
    """The corrections of one corpus folder: its shared file, with the user's own copy read over it."""

    def __init__(self, folder: Path, folder_writable: bool = True) -> None:
        self.folder = folder
        self.shared_path = folder / FILE_NAME
        self.own_path = data_file(folder)
        self.folder_writable = folder_writable  # False for the bundled corpus: never written into

    def files(self) -> tuple[CorrectionsFile, CorrectionsFile]:
        """The shared file and the user's own, as they are now."""
        return CorrectionsFile.read(self.shared_path), CorrectionsFile.read(self.own_path)

    def load(self) -> tuple[list[Correction], list[Problem]]:
        """Every correction (the user's own copy wins for the same quote), and the problems met."""
        shared, own = self.files()
        merged = {**shared.corrections, **own.corrections}
        return list(merged.values()), shared.problems + own.problems

    def add(self, correction: Correction) -> Path:
        """Store a correction (replacing any of the same quote); the file it went to."""
        shared, own = self.files()
        desired = {**shared.corrections, **own.corrections, correction.key: correction}
        return self._commit(shared, own, desired)

    def remove(self, key: Key) -> Path:
        """Undo a correction; the file it was removed from. KeyError if there is none."""
        shared, own = self.files()
        desired = {**shared.corrections, **own.corrections}
        del desired[key]
        return self._commit(shared, own, desired)

    def _commit(self, shared: CorrectionsFile, own: CorrectionsFile, desired: dict[Key, Correction]) -> Path:
        if not own.readable and not shared.readable:
            raise CorrectionsError(f"neither {self.shared_path} nor {self.own_path} can be read: fix one first")
        if self.folder_writable and shared.readable and own.readable:
            try:
                return self._write_shared(shared, own, desired)
            except OSError:
                pass  # the folder cannot be written (read-only, no permission): the user's own copy is kept
        return self._write_own(shared, own, desired)

    def _write_shared(self, shared: CorrectionsFile, own: CorrectionsFile, desired: dict[Key, Correction]) -> Path:
        merged = CorrectionsFile(self.shared_path, desired, shared.unread + own.unread)
        write_atomic(self.shared_path, merged.render())
        if own.path.exists():  # its corrections are in the shared file now
            own.path.unlink()
        return self.shared_path

    def _write_own(self, shared: CorrectionsFile, own: CorrectionsFile, desired: dict[Key, Correction]) -> Path:
        if not own.readable:
            raise CorrectionsError(f"{self.own_path} cannot be read, and {self.folder} cannot be written: "
                                   f"fix or move {self.own_path.name} first")
        kept = [key for key in shared.corrections if key not in desired]
        if kept:
            raise CorrectionsError(f"this correction is in {self.shared_path}, whose folder cannot be written: "
                                   "remove it from that file by hand")
        mine = {key: c for key, c in desired.items() if shared.corrections.get(key) != c}
        try:
            write_atomic(self.own_path, CorrectionsFile(self.own_path, mine, own.unread).render(self.folder.absolute()))
        except OSError as error:
            raise CorrectionsError(f"{self.own_path} cannot be written: {error.strerror or error}") from error
        return self.own_path


def store_for(path: Path) -> CorrectionStore:
    """The store of a path the corpus was opened with: a folder's own, or a file's folder's."""
    from .discovery import bundled_corpus

    folder = path if path.is_dir() else path.parent
    return CorrectionStore(folder, folder_writable=folder.resolve() != bundled_corpus().resolve())


def stores_for(paths: list[Path]) -> list[CorrectionStore]:
    """The stores of the paths a corpus was opened with, one per folder."""
    seen: dict[Path, CorrectionStore] = {}
    for path in paths:
        store = store_for(path)
        seen.setdefault(store.folder.resolve(), store)
    return list(seen.values())


def has_any(stores: list[CorrectionStore]) -> bool:
    """Whether any of the stores has a file: when none has, opening a corpus reads no YAML."""
    return any(s.shared_path.exists() or s.own_path.exists() for s in stores)
