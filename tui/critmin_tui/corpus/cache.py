"""The parse cache: parsed documents under the user's cache folder, keyed by content and parser.

Written atomically (a temporary file, then a rename). An entry that cannot be read back is
moved aside with a warning and parsed again; a cache folder that cannot be written turns the
cache off with a warning. Entries are unpickled with only this model's classes allowed, so a
foreign file in the folder cannot run code.
"""

from __future__ import annotations

import os
import pickle
from dataclasses import replace
from pathlib import Path
from typing import Any, BinaryIO

from . import model
from .files import NotRegularFileError, open_regular
from .model import Document

_MAGIC = b"critmin-tui-cache\n"
_ALLOWED = {("builtins", name) for name in ("tuple", "list", "dict", "frozenset", "set", "str", "int", "bool")}


def default_folder() -> Path:
    """The per-user cache folder (XDG_CACHE_HOME on Linux)."""
    import platformdirs

    return Path(platformdirs.user_cache_dir("critmin-tui")) / "parsed"


def content_key(data: bytes, parser_version: str, kind: str | None) -> str:
    """A document's identity: the hash of its bytes, the parser's version and the kind it was parsed as."""
    import hashlib  # imported when first used: start-up only pays for what the first frame needs

    digest = hashlib.blake2b(data, digest_size=20)
    digest.update(f"\0{parser_version}\0{kind or ''}".encode())
    return digest.hexdigest()


class _ModelUnpickler(pickle.Unpickler):
    """Unpickles only the model's own dataclasses and enums, and plain containers."""

    def find_class(self, module: str, name: str) -> Any:
        if module == model.__name__ and isinstance(getattr(model, name, None), type):
            return getattr(model, name)
        if (module, name) in _ALLOWED or (module, name) == ("copyreg", "_reconstructor"):
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name} is not part of the model")


class ParseCache:
    """Get and put parsed documents by the hash of their bytes and the parser version."""

    def __init__(self, folder: Path, parser_version: str) -> None:
        self.folder = folder
        self.version = parser_version
        self.warnings: list[str] = []
        self.enabled = True

    def key(self, data: bytes, kind: str | None) -> str:
        """The entry name for these bytes, parsed as ``kind`` (or detected)."""
        return content_key(data, self.version, kind)

    def get(self, key: str, path: str) -> Document | None:
        """The cached document for ``key``, re-pathed to ``path``; None if absent or unusable."""
        document = self._read(self.folder / f"{key}.pickle")
        if document is None:
            return None
        if not isinstance(document, Document):
            self._move_aside(self.folder / f"{key}.pickle")
            return None
        return replace(document, path=path)

    def put(self, key: str, document: Document) -> None:
        """Store a document atomically; a folder that cannot be written turns the cache off."""
        self._write(self.folder / f"{key}.pickle", document)

    def get_snapshot(self, name: str) -> dict[str, Any] | None:
        """A corpus snapshot saved under ``name``; None if absent or unusable."""
        payload = self._read(self.folder / "corpora" / f"{name}.pickle")
        return payload if isinstance(payload, dict) else None

    def put_snapshot(self, name: str, payload: dict[str, Any]) -> None:
        """Save a corpus snapshot atomically (replacing that corpus's earlier one)."""
        self._write(self.folder / "corpora" / f"{name}.pickle", payload, memo=False)

    def _read(self, entry: Path) -> object | None:
        if not self.enabled:
            return None
        try:
            with open_regular(entry) as stream:  # a FIFO put in its place would block the read
                found = self._decode(stream)
        except FileNotFoundError:
            return None
        except NotRegularFileError:
            found = None
        except OSError as error:
            self._off(f"cache folder {self.folder} cannot be read ({error.strerror}); running without a cache")
            return None
        if found is None:
            self._move_aside(entry)
        return found

    @staticmethod
    def _decode(stream: BinaryIO) -> object | None:
        """Unpickle straight from the file: a 100 MB snapshot is not copied first."""
        if stream.read(len(_MAGIC)) != _MAGIC:
            return None
        try:
            found: object = _ModelUnpickler(stream).load()
        except Exception:  # any fault in a damaged entry means: parse again
            return None
        return found

    def _write(self, entry: Path, payload: object, memo: bool = True) -> None:
        if not self.enabled:
            return
        import tempfile

        try:
            entry.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=entry.parent, prefix=".tmp-", suffix=".pickle")
            with os.fdopen(handle, "wb") as stream:
                stream.write(_MAGIC)
                pickler = pickle.Pickler(stream, protocol=pickle.HIGHEST_PROTOCOL)
                # A snapshot goes without a memo: the model holds no cycles, and a memo of its
                # million objects would cost as much memory as the snapshot itself. A document
                # keeps one: it names each class and enum member once, not once per record.
                pickler.fast = not memo
                pickler.dump(payload)
            os.replace(temporary, entry)
        except OSError as error:
            self._off(f"cache folder {self.folder} cannot be written ({error.strerror}); running without a cache")

    def _move_aside(self, entry: Path) -> None:
        aside = entry.with_suffix(".corrupt")
        try:
            os.replace(entry, aside)
            self.warnings.append(f"cache entry {entry.name} was unreadable: moved aside to {aside.name}")
        except OSError as error:
            self._off(f"cache entry {entry.name} is unreadable and cannot be moved ({error.strerror})")

    def _off(self, warning: str) -> None:
        if self.enabled:
            self.warnings.append(warning)
        self.enabled = False
