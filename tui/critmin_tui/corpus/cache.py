"""The parse cache: parsed documents under the user's cache folder, keyed by content and parser.

Written atomically (a temporary file, then a rename). An entry that cannot be read back is
moved aside with a warning and parsed again; a cache folder that cannot be written turns the
cache off with a warning.

A foreign file in the folder is never unpickled: each entry carries a keyed hash (HMAC-SHA-256, with
a random key kept in the cache folder, readable by its owner only), checked before anything is
read from it. Even pickle opcodes alone can be a bomb (hashing nested shared tuples in a
frozenset takes time exponential in their depth), so a check of what unpickling may call is
not enough. And what it may call is only the model's own classes, as a second wall.

A snapshot's search text (tens of megabytes, most of its size) is kept beside it as plain
UTF-8, never unpickled: hashing it took longer than reading it. Nothing in it can run, so a
random token names the write, and the snapshot's own (hashed) entry holds that token and each
text's length: a text file from another save, cut short or damaged, is not used.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import io
import os
import pickle
import zlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, BinaryIO

from . import model
from .files import NotRegularFileError, open_regular, read_regular
from .model import Document
from .summary import shared_spans

MAGIC = b"critmin-tui-cache 2\n"  # the first format (no keyed hash) began b"critmin-tui-cache\n"
_OLD_MAGIC = b"critmin-tui-cache\n"
_MAC_BYTES = 32
_KEY_NAME = "key"
_BLOCK = 1 << 20
TEXT_MAGIC = b"critmin-tui-text 1\n"
_TOKEN_BYTES = 16
TEXT_SUFFIX = ".text"


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
    """Unpickles only the model's own dataclasses and enums: no other callable (``str`` or
    ``set`` applied to nested shared references would expand them without bound). Plain
    containers need no class: pickle has opcodes for them."""

    def __init__(self, file: BinaryIO) -> None:
        super().__init__(file)
        self._names: dict[str, str] = {}

    def find_class(self, module: str, name: str) -> Any:
        # Called for each record of a snapshot (written without a memo): one dict look-up.
        found = _model_classes().get(name) if module == model.__name__ else None
        if found is None:
            raise pickle.UnpicklingError(f"{module}.{name} is not part of the model")
        return self._summary if found is model.DocumentSummary else found

    def _summary(self, *fields: Any) -> model.DocumentSummary:
        """A summary whose speakers' names are each held once: a snapshot is written without a
        memo, so each quote's name would come back a string of its own (a tenth of the memory
        of a large corpus reopened)."""
        shared = self._names.setdefault
        values = list(fields)
        values[_QUOTES] = tuple([(start, end, who if who is None else shared(who, who))
                                 for start, end, who in values[_QUOTES]])
        values[_REPORTED] = tuple([shared(who, who) for who in values[_REPORTED]])
        values[_UNSURE] = shared_spans(values[_QUOTES], values[_UNSURE])
        return model.DocumentSummary(*values)


_FIELDS = [field.name for field in dataclasses.fields(model.DocumentSummary)]  # in the order Record pickles them
_QUOTES, _REPORTED, _UNSURE = _FIELDS.index("quotes"), _FIELDS.index("reported"), _FIELDS.index("unsure")


@functools.cache
def _model_classes() -> dict[str, type]:
    """The model's own classes by name (not those it imports)."""
    return {name: found for name, found in vars(model).items()
            if isinstance(found, type) and found.__module__ == model.__name__}


def _mac(key: bytes, stream: BinaryIO) -> bytes:
    """The keyed hash (HMAC-SHA-256: twice BLAKE2b's speed here, with the CPU's SHA instructions)
    of the rest of the stream."""
    import hmac

    digest = hmac.new(key, digestmod="sha256")
    while block := stream.read(_BLOCK):
        digest.update(block)
    return digest.digest()


class ParseCache:
    """Get and put parsed documents by the hash of their bytes and the parser version."""

    def __init__(self, folder: Path, parser_version: str) -> None:
        self.folder = folder
        self.version = parser_version
        self.warnings: list[str] = []
        self.enabled = True
        self._key: bytes | None = None

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

    def get_record(self, name: str) -> str | None:
        """An exported record put_record() saved under ``name``; None if absent or unusable."""
        payload = self._read(self.folder / f"{name}.pickle")
        if not isinstance(payload, bytes):
            return None
        try:
            return zlib.decompress(payload).decode("utf-8", "surrogatepass")
        except (zlib.error, UnicodeDecodeError):
            return None

    def put_record(self, name: str, text: str) -> None:
        """Keep an exported record, compressed (a record's JSON is several times its size so)."""
        self._write(self.folder / f"{name}.pickle", zlib.compress(text.encode("utf-8", "surrogatepass"), 1))

    def get_snapshot(self, name: str) -> dict[str, Any] | None:
        """A corpus snapshot saved under ``name``; None if absent or unusable."""
        payload = self._read(self.folder / "corpora" / f"{name}.pickle")
        return payload if isinstance(payload, dict) else None

    def put_snapshot(self, name: str, payload: dict[str, Any]) -> None:
        """Save a corpus snapshot atomically (replacing that corpus's earlier one)."""
        self._write(self.folder / "corpora" / f"{name}.pickle", payload, memo=False)

    def put_text(self, name: str, texts: Iterable[str]) -> tuple[bytes, tuple[int, ...]] | None:
        """Save a snapshot's search text under ``name`` atomically, as plain UTF-8: the token
        naming this write and each text's length in bytes, which the snapshot keeps (None if
        it could not be written)."""
        token = os.urandom(_TOKEN_BYTES)
        lengths: list[int] = []

        def write(stream: BinaryIO) -> None:
            stream.write(TEXT_MAGIC + token)
            for text in texts:  # a text at a time: the corpus's text is never held twice
                data = text.encode("utf-8", "surrogatepass")
                stream.write(data)
                lengths.append(len(data))

        written = self._write_with(self.folder / "corpora" / f"{name}{TEXT_SUFFIX}", write)
        return (token, tuple(lengths)) if written else None

    def get_text(self, name: str, token: bytes, lengths: Sequence[int]) -> tuple[str, ...] | None:
        """The search text put_text() saved with this token and these lengths; None if absent,
        of another save, or damaged."""
        if not self.enabled:
            return None
        entry = self.folder / "corpora" / f"{name}{TEXT_SUFFIX}"
        try:
            with open_regular(entry) as stream:
                if os.fstat(stream.fileno()).st_size != len(TEXT_MAGIC) + _TOKEN_BYTES + sum(lengths) or \
                        stream.read(len(TEXT_MAGIC) + _TOKEN_BYTES) != TEXT_MAGIC + token:
                    return None
                texts = _read_texts(stream, lengths)
        except (OSError, UnicodeDecodeError):
            return None
        _touch(entry)
        return texts

    def sweep(self) -> None:
        """Remove stale temporaries and old or least recently used entries (at most once an hour)."""
        if self.enabled:
            from .sweep import sweep

            self.warnings.extend(w for w in sweep(self.folder) if w not in self.warnings)

    def _read(self, entry: Path) -> object | None:
        if not self.enabled:
            return None
        try:
            with open_regular(entry) as stream:  # a FIFO put in its place would block the read
                head = stream.read(len(MAGIC))
                if head.startswith(_OLD_MAGIC):
                    _remove(entry)  # an entry of the first format: not damaged, only old
                    return None
                key = self._cache_key()
                if key is None:
                    return None
                found = self._load(stream, key) if head == MAGIC else None
        except FileNotFoundError:
            return None
        except NotRegularFileError:
            found = None
        except OSError as error:
            self._off(f"cache folder {self.folder} cannot be read ({error.strerror}); running without a cache")
            return None
        if found is None:
            self._move_aside(entry)
        else:
            _touch(entry)  # the sweep removes the entries least recently used
        return found

    @staticmethod
    def _load(stream: BinaryIO, key: bytes) -> object | None:
        """Unpickle, once its keyed hash holds: nothing of a foreign file is unpickled. A
        document's entry is read once, into memory; a snapshot is unpickled straight from the
        file (100 MB are not copied first)."""
        import hmac

        written = stream.read(_MAC_BYTES)
        start = stream.tell()
        source: BinaryIO = stream
        if os.fstat(stream.fileno()).st_size - start <= _BLOCK:
            data = stream.read()
            if not hmac.compare_digest(written, hmac.new(key, data, "sha256").digest()):
                return None
            source = io.BytesIO(data)
        elif hmac.compare_digest(written, _mac(key, stream)):
            stream.seek(start)
        else:
            return None
        try:
            found: object = _ModelUnpickler(source).load()
        except Exception:  # any fault in a damaged entry means: parse again
            return None
        return found

    def _write(self, entry: Path, payload: object, memo: bool = True) -> None:
        key = self._cache_key() if self.enabled else None
        if key is None:
            return
        if memo:
            self._write_with(entry, lambda stream: _write_small(stream, key, payload))
        else:
            self._write_with(entry, lambda stream: _write_large(stream, key, payload))

    def _write_with(self, entry: Path, write: Callable[[BinaryIO], None]) -> bool:
        """Write an entry atomically with ``write``; False (the cache off) if it cannot be."""
        if not self.enabled:
            return False
        import tempfile

        try:
            entry.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=entry.parent, prefix=".tmp-", suffix=entry.suffix)
            try:
                with os.fdopen(handle, "w+b") as stream:
                    write(stream)
                os.replace(temporary, entry)
            except BaseException:
                _remove(Path(temporary))  # a full disk or ctrl+c leaves no temporary behind
                raise
        except OSError as error:
            self._off(f"cache folder {self.folder} cannot be written ({error.strerror}); running without a cache")
            return False
        return True

    def _cache_key(self) -> bytes | None:
        """The key of the entries' hashes, made on first use; None (the cache off) if it cannot be."""
        if self._key is None:
            try:
                self._key = _load_key(self.folder / _KEY_NAME)
            except OSError as error:
                self._off(f"cache key in {self.folder} cannot be read or made ({error.strerror or error}); "
                          "running without a cache")
        return self._key

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


def _write_small(stream: BinaryIO, key: bytes, payload: object) -> None:
    """A document's entry: pickled in memory (tens of kilobytes), hashed, written at once: half
    the time of writing it through the file and reading it back to hash it. Its pickle keeps a
    memo: it names each class and enum member once, not once per record."""
    import hmac

    data = pickle.dumps(payload, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(MAGIC + hmac.new(key, data, "sha256").digest() + data)


def _write_large(stream: BinaryIO, key: bytes, payload: object) -> None:
    """A snapshot's entry: pickled straight to the file, then read back to hash it (a 100 MB
    snapshot is never held twice in memory)."""
    stream.write(MAGIC + bytes(_MAC_BYTES))
    pickler = pickle.Pickler(stream, protocol=pickle.HIGHEST_PROTOCOL)
    # Without a memo: the model holds no cycles, and a memo of a snapshot's million objects
    # would cost as much memory as the snapshot itself.
    pickler.fast = True
    pickler.dump(payload)
    stream.seek(len(MAGIC) + _MAC_BYTES)
    mac = _mac(key, stream)
    stream.seek(len(MAGIC))
    stream.write(mac)


def _read_texts(stream: BinaryIO, lengths: Sequence[int]) -> tuple[str, ...]:
    """Each text of the given length in bytes, read in turn (the whole text is never held as
    bytes beside its strings); OSError if the file ends early."""
    texts = []
    for length in lengths:
        data = stream.read(length)
        if len(data) != length:
            raise OSError("search text cut short")
        texts.append(data.decode("utf-8", "surrogatepass"))
    return tuple(texts)


def _load_key(path: Path) -> bytes:
    """The cache's key: read, or made (atomically: a link to a complete file) if there is none."""
    for _ in range(2):
        try:
            key = read_regular(path, _MAC_BYTES)
        except FileNotFoundError:
            pass
        else:
            if len(key) == _MAC_BYTES:
                return key
            raise OSError(f"{path.name} is not a key")
        path.parent.mkdir(parents=True, exist_ok=True)
        import tempfile

        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".key")  # mode 0600
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(os.urandom(_MAC_BYTES))
            with contextlib.suppress(FileExistsError):  # another process made it first: use that one
                os.link(temporary, path)
        finally:
            _remove(Path(temporary))
    raise OSError(f"{path.name} could not be made")


def _remove(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


def _touch(path: Path) -> None:
    with contextlib.suppress(OSError):  # a read-only cache still serves; it is only not swept by use
        os.utime(path)
