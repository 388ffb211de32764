"""The corpus's search text, held once: every document's case-kept fold (accents stripped),
joined, and the little that rebuilds from it the no-case fold and the text as written.

A corpus held two full folds (no case, case kept), and a regex search loaded each document
for its text. Lowering the case-kept fold gives the no-case fold for almost every document:
the few it does not (a German ß, Greek, a Turkish dotted I) keep their own no-case fold. The
text as written differs from the case-kept fold only where a letter beyond ASCII was folded
(an accent, a curly quote, a dash): those positions and letters are kept, and the text is
rebuilt from them when a regex search needs it, without loading or parsing the document.
"""

from __future__ import annotations

import gc
import re
import threading
from array import array
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any, TypeAlias

from .search import SEPARATOR, Folded, FoldedCorpus, FoldedCorpusBuilder, fold

if TYPE_CHECKING:
    from .trigrams import TrigramIndex
    from .typed import Typed

# How a document's text as written differs from its case-kept fold: the whole text (when the
# fold changed its length), or the positions where it differs and the letters written there.
Written: TypeAlias = "str | tuple[array[int], str]"
Packed: TypeAlias = "str | tuple[bytes, str]"  # the same, its positions as bytes (as a snapshot keeps them)

_BEYOND_ASCII = re.compile(r"[^\x00-\x7f]")
_DENSE = 4  # a text with a difference every this many characters or fewer keeps its whole text


@dataclass(frozen=True, slots=True)
class DocText:
    """One document's search text: its case-kept fold, its no-case fold where that is not the
    kept fold lowered, and how its text as written differs from the kept fold (None: it does not)."""

    kept: Folded
    lower: Folded | None = None
    written: Written | None = None

    @classmethod
    def of(cls, text: str) -> DocText:
        """Split a document's text into what the corpus holds."""
        if text.isascii():  # nothing folds but case: the text is its own kept fold
            return cls(Folded(text))
        quick = _quick(text)
        return quick if quick is not None else cls._of_any(text)

    @classmethod
    def _of_any(cls, text: str) -> DocText:
        """Any text's split: two full folds compared, and its differences found letter by letter."""
        kept = fold(text, keep_case=True)
        lowered = fold(text)
        same = lowered.text == kept.text.lower() and lowered.origins == kept.origins
        return cls(kept, None if same else lowered, difference(text, kept))

    def lowered(self) -> Folded:
        """The no-case fold."""
        return self.lower or Folded(self.kept.text.lower(), self.kept.origins)

    def text(self) -> str:
        """The text as written."""
        return rebuilt(self.kept.text, self.written)


def _quick(text: str) -> DocText | None:
    """The split of a text whose letters beyond ASCII each fold to one letter, the same whether
    or not case is kept (then lowered): one fold, and the no-case fold is the kept one lowered,
    at C speed for a text of any length; None for any other text (the slow path takes it)."""
    table: dict[str, str] = {}
    for letter in set(beyond_ascii(text)):
        if not _simple(letter):
            return None
        table[letter] = fold(letter, keep_case=True).text
    kept = text
    found: list[tuple[int, str]] = []
    for letter, folded in table.items():
        if folded == letter:
            continue
        kept = kept.replace(letter, folded)
        at = text.find(letter)
        while at >= 0:  # a C-speed find a letter: far fewer steps than a regex over every character
            found.append((at, letter))
            at = text.find(letter, at + 1)
    if not found:
        return DocText(Folded(kept))
    if len(found) * _DENSE > len(text):
        return DocText(Folded(kept), None, text)
    found.sort()
    return DocText(Folded(kept), None, (array("I", [at for at, _ in found]), "".join(letter for _, letter in found)))


_ASCII_BYTES = bytes(range(128))


def beyond_ascii(text: str) -> str:
    """The text's letters beyond ASCII, in order (deleting ASCII from its UTF-8 at C speed, which
    leaves whole letters behind: a regex over every character takes several times as long)."""
    return text.encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")


@lru_cache(maxsize=4096)
def _simple(letter: str) -> bool:
    """True if ``letter`` lowers to one letter with no regard to its neighbours (a capital sigma
    lowers by its place in the word), folds to one letter, and folding it with no case gives its
    case-kept fold lowered."""
    if letter == "\u03a3" or len(letter.lower()) != 1:
        return False
    kept = fold(letter, keep_case=True).text
    return len(kept) == 1 and len(kept.lower()) == 1 and kept != "\u03a3" and fold(letter.lower()).text == kept.lower()


def difference(text: str, kept: Folded) -> Written | None:
    """How ``text`` differs from its case-kept fold; None if it does not."""
    if kept.text == text:
        return None
    if kept.origins is not None or len(kept.text) != len(text):
        return text
    # Same length: only letters beyond ASCII fold, so only they can differ.
    positions = array("I")
    letters = []
    for match in _BEYOND_ASCII.finditer(text):
        at = match.start()
        if kept.text[at] != match.group():
            positions.append(at)
            letters.append(match.group())
    if len(positions) * _DENSE > len(text):
        return text
    return positions, "".join(letters)


def rebuilt(kept: str, written: Written | None) -> str:
    """The text as written, from its case-kept fold and how it differs."""
    if written is None:
        return kept
    if isinstance(written, str):
        return written
    positions, letters = written
    pieces = []
    last = 0
    for at, letter in zip(positions, letters, strict=True):
        pieces.append(kept[last:at])
        pieces.append(letter)
        last = at + 1
    pieces.append(kept[last:])
    return "".join(pieces)


def unpacked(how: Packed) -> Written:
    """How a text differs, from its positions as bytes (as a snapshot or a regex search sends them)."""
    if isinstance(how, str):
        return how
    positions = array("I")
    positions.frombytes(how[0])
    return positions, how[1]


class Unpacking(Mapping[int, Written]):
    """How the texts as written differ, by document, kept packed as a snapshot saves them and
    unpacked when asked for: a warm open of 50,000 documents made 50,000 arrays (70 ms) that
    only a regex search reads, a chunk at a time."""

    __slots__ = ("packed",)

    def __init__(self, packed: dict[int, Packed]) -> None:
        self.packed = packed

    def __getitem__(self, doc: int) -> Written:
        return unpacked(self.packed[doc])

    def __iter__(self) -> Iterator[int]:
        return iter(self.packed)

    def __len__(self) -> int:
        return len(self.packed)


class Quiet:
    """Whether a search runs: work in the background (the index's building) waits for none to."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._running = 0
        self._quiet = threading.Event()
        self._quiet.set()

    @contextmanager
    def searching(self) -> Iterator[None]:
        """Mark a search as running while the block runs."""
        with self._lock:
            self._running += 1
            self._quiet.clear()
        try:
            yield
        finally:
            with self._lock:
                self._running -= 1
                if not self._running:
                    self._quiet.set()

    def wait(self) -> None:
        """Return once no search runs."""
        self._quiet.wait()

    def paced(self, rows: Iterable[tuple[int, str]]) -> Iterator[tuple[int, str]]:
        """The rows, each given only while no search runs."""
        for row in rows:
            self._quiet.wait()
            yield row


class HeldText:
    """Every document's search text, held once (see the module's docstring)."""

    __slots__ = ("_differing", "_listed", "_odd_chunks", "_trigrams", "_trigrams_lock", "kept", "lower", "quiet",
                 "typed", "written")

    def __init__(self, kept: FoldedCorpus, lower: dict[int, Folded], written: Mapping[int, Written]) -> None:
        self.kept = kept
        self.lower = lower  # documents whose no-case fold is not their kept fold lowered
        self.written = written  # documents whose text as written is not their kept fold
        self._odd_chunks = {bisect_right(kept.first, doc) - 1 for doc in lower}
        self._trigrams: TrigramIndex | None = None
        self._trigrams_lock = threading.Lock()
        self.typed: Typed | None = None  # the last plain search, which the next may narrow
        self._listed: tuple[list[int], dict[int, int]] = ([], {})
        self.quiet = Quiet()  # a search marks itself running here: the index's building waits meanwhile
        self._differing: dict[int, Written | None] = {}

    def positions(self, listed: Sequence[int]) -> dict[int, int]:
        """Each listed document's position among the listed (kept for the next search of the same list)."""
        known, positions = self._listed
        if known != (listed if isinstance(listed, list) else list(listed)):
            known = list(listed)
            positions = {doc: position for position, doc in enumerate(known)}
            self._listed = (known, positions)
        return positions

    def odd_chunk(self, chunk: int) -> bool:
        """True if a document in the chunk has a no-case fold other than its kept fold lowered."""
        return chunk in self._odd_chunks

    @classmethod
    def of(cls, texts: Iterable[str]) -> HeldText:
        """The held text of texts in memory."""
        builder = HeldTextBuilder()
        for text in texts:
            builder.add(DocText.of(text))
        return builder.build()

    @classmethod
    def from_fields(cls, fields: tuple[Any, ...]) -> HeldText:
        """Made again from fields(), as a snapshot keeps them."""
        kept, lower, written = fields
        return cls(FoldedCorpus(*kept), {doc: Folded(*pair) for doc, pair in lower.items()},
                   Unpacking(written))

    def fields(self) -> tuple[Any, ...]:
        """What a snapshot keeps: plain strings, tuples, dicts and bytes (its unpickler takes no
        other class), no index, no lock."""
        kept, written = self.kept, self.written
        packed = written.packed if isinstance(written, Unpacking) else \
            {doc: how if isinstance(how, str) else (how[0].tobytes(), how[1]) for doc, how in written.items()}
        return ((kept.chunks, kept.first, kept.starts, kept.origins),
                {doc: (folded.text, folded.origins) for doc, folded in self.lower.items()}, packed)

    def __len__(self) -> int:
        return len(self.kept)

    def part(self, doc: int) -> DocText:
        """Document ``doc``'s search text."""
        return DocText(self.kept.fold_of(doc), self.lower.get(doc), self.written.get(doc))

    def differing(self, chunk: int) -> Written | None:
        """How the texts as written of a chunk's documents differ from their folds, taken
        together: a whole text if one keeps one, else every letter that differs, once (at no
        place); None if none differs. Kept: a regex search judges a chunk's letters at once."""
        if chunk not in self._differing:
            first = self.kept.first[chunk]
            writtens = [self.written.get(doc) for doc in range(first, first + len(self.kept.starts[chunk]))]
            whole = next((written for written in writtens if isinstance(written, str)), None)
            letters = "".join({letter: None for written in writtens if isinstance(written, tuple)
                               for letter in written[1]})
            self._differing[chunk] = whole if whole is not None else (array("I"), letters) if letters else None
        return self._differing[chunk]

    def lower_origins(self, doc: int) -> tuple[int, ...] | None:
        """Where each character of document ``doc``'s no-case fold came from (None: same place)."""
        own = self.lower.get(doc)
        return own.origins if own is not None else self.kept.origins.get(doc)

    def lowered_chunk(self, chunk: int) -> tuple[str, tuple[int, ...]]:
        """Chunk ``chunk`` of the no-case fold, joined as the kept fold's chunk is, and where each
        of its documents starts."""
        text, starts = self.kept.chunks[chunk], self.kept.starts[chunk]
        if text.isascii() and chunk not in self._odd_chunks:  # lowering ASCII is per letter: one C call
            return text.lower(), starts
        first = self.kept.first[chunk]
        texts = [self.part(doc).lowered().text for doc in range(first, first + len(starts))]
        if chunk in self._odd_chunks:  # a no-case fold of another length moves the documents after it
            places, at = [], 0
            for one in texts:
                places.append(at)
                at += len(one) + len(SEPARATOR)
            starts = tuple(places)
        return SEPARATOR.join(texts), starts

    def lowered_texts(self) -> Iterator[str]:
        """Each document's no-case fold, in order (a chunk at a time)."""
        for chunk in range(len(self.kept.chunks)):
            yield from self.lowered_chunk(chunk)[0].split(SEPARATOR)

    def kept_texts(self) -> Iterator[str]:
        """Each document's case-kept fold, in order (a chunk at a time)."""
        for chunk in self.kept.chunks:
            yield from chunk.split(SEPARATOR)

    def start_index(self) -> TrigramIndex:
        """The trigram index over the no-case fold, its building started in a thread if it was
        not; the first time, what the process holds (the corpus) is frozen out of the collector."""
        with self._trigrams_lock:
            if self._trigrams is None:
                from .trigrams import TrigramIndex

                # A search makes tens of thousands of matches: the cyclic collector then walks
                # every object held, the corpus's millions, for tens of milliseconds a keystroke.
                # The corpus lives as long as the reader: frozen, it is not walked again.
                gc.freeze()
                self._trigrams = TrigramIndex(self)
            return self._trigrams

    def ready_index(self) -> TrigramIndex | None:
        """The trigram index if it is built; None while it is being built (or was never started)."""
        index = self._trigrams
        return index if index is not None and index.ready else None


class HeldTextBuilder:
    """Builds a HeldText one document at a time."""

    def __init__(self) -> None:
        self._kept = FoldedCorpusBuilder()
        self._lower: dict[int, Folded] = {}
        self._written: dict[int, Written] = {}
        self._count = 0

    def add(self, part: DocText) -> None:
        """Add the next document's search text."""
        self._kept.add(part.kept)
        if part.lower is not None:
            self._lower[self._count] = part.lower
        if part.written is not None:
            self._written[self._count] = part.written
        self._count += 1

    def build(self) -> HeldText:
        """The corpus's held text."""
        return HeldText(self._kept.build(), self._lower, self._written)
