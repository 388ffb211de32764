"""A saved news page's article: its paragraphs, title, date, outlet and byline.

Python's own HTMLParser, not trafilatura: trafilatura brings lxml, htmldate, dateparser, courlan,
justext, urllib3 and more (tens of megabytes, compiled parts) for what a saved article needs:
the text inside <article> or <main>, without navigation, adverts and "read more" blocks, and the
metadata news sites print for sharing (Open Graph, JSON-LD). Nothing in the page is run: scripts,
styles and frames are skipped as text.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from html.parser import HTMLParser

from .text import decode

MAX_BYTES = 20_000_000  # a saved article is well under this; more is read only this far
_SKIPPED = frozenset({"script", "style", "noscript", "template", "svg", "iframe", "nav", "header", "footer", "aside",
                      "form", "button", "select", "object", "embed", "canvas", "audio", "video", "head"})
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
                   "wbr"})
_BLOCKS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "tr", "figcaption", "dd",
                     "dt", "div", "section", "article", "main", "td", "th", "table", "ul", "ol"})
_MAIN = frozenset({"article", "main"})
_JUNK_CLASS_RE = re.compile(
    r"(?:^|[-_\s])(?:nav|navbar|menu|share|sharing|social|related|advert|advertisement|ad|ads|promo|newsletter|"
    r"comments?|cookie|subscribe|subscription|recommended|sidebar|breadcrumbs?|read-?more|more-stories|"
    r"trending|popular|paywall|banner)(?:$|[-_\s])", re.I)
_JUNK_TEXT_RE = re.compile(
    r"^(?:read more|related|related stories|advertisement|advertise with us|share this|share|subscribe|sign up|"
    r"more from|recommended|you might also like|sponsored)\b.{0,80}$", re.I)
_CHARSET_RE = re.compile(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_-]+)", re.I)


@dataclass(frozen=True, slots=True)
class Article:
    """A web page's article as text, with the metadata the page gives."""

    text: str
    title: str | None = None
    date: str | None = None
    outlet: str | None = None
    byline: str | None = None
    warnings: tuple[str, ...] = ()


def read_html(data: bytes) -> Article:
    """The article in a saved web page."""
    warnings = []
    if len(data) > MAX_BYTES:
        data = data[:MAX_BYTES]
        warnings.append(f"web page longer than {MAX_BYTES:,} bytes: read only that far")
    parser = _ArticleParser()
    parser.feed(_decoded(data))
    parser.close()
    blocks = parser.article_blocks()
    meta = parser.meta
    title = meta.get("og:title") or meta.get("headline") or parser.title or None
    date = _iso_date(meta.get("article:published_time") or meta.get("datepublished") or meta.get("date") or "")
    byline = meta.get("author") or None
    if title and blocks and blocks[0] == title:
        blocks = blocks[1:]  # the headline is put first below, with the date and byline under it
    head = [title] if title else []
    if date:
        head.append(f"Published: {date}")
    if byline and not any(byline in block for block in blocks[:3]):
        head.append(f"By {byline}")
    text = "\n\n".join(head + blocks) + "\n"
    return Article(text, title, date, meta.get("og:site_name") or meta.get("publisher") or None, byline,
                   tuple(warnings))


def _decoded(data: bytes) -> str:
    declared = _CHARSET_RE.search(data[:4096])
    if declared:
        try:
            return data.decode(declared.group(1).decode("ascii"), errors="replace")
        except LookupError:
            pass  # an unknown charset name: guessed as for text files
    return decode(data.replace(b"\x00", b"")).text


def _iso_date(value: str) -> str | None:
    found = re.match(r"\s*(\d{4}-\d{2}-\d{2})", value)
    return found.group(1) if found else None


class _ArticleParser(HTMLParser):
    """Collects block texts (marked when inside <article>/<main>), the title and metadata."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.title = ""
        self._stack: list[tuple[str, bool]] = []  # open tags, and whether each starts skipped content
        self._open: dict[str, int] = {}  # how many of each tag are open
        self._skipping = 0
        self._main = 0
        self._in_title = False
        self._json = ""
        self._in_json = False
        self._current: list[str] = []
        self._blocks: list[tuple[str, bool]] = []  # text, inside the article

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag == "meta":
            self._meta(values)
            return
        if tag == "title":
            self._in_title = True
        if tag == "script" and values.get("type", "").lower() == "application/ld+json":
            self._in_json, self._json = True, ""
        if tag in _VOID:
            if tag == "br":
                self._current.append("\n")
            return
        if tag in _BLOCKS:
            self._flush()
        skipped = tag in _SKIPPED or bool(_JUNK_CLASS_RE.search(f"{values.get('class', '')} {values.get('id', '')}"))
        skipped = skipped and not (tag in _MAIN or values.get("itemprop") == "articleBody")
        self._stack.append((tag, skipped))
        self._open[tag] = self._open.get(tag, 0) + 1
        self._skipping += skipped
        self._main += tag in _MAIN or values.get("itemprop") == "articleBody"

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag == "script" and self._in_json:
            self._in_json = False
            self._read_json(self._json)
        if not self._open.get(tag):
            return  # a stray end tag closes nothing (counted, so a hostile page's thousands stay cheap)
        if tag in _BLOCKS:
            self._flush()
        while self._stack:
            open_tag, skipped = self._stack.pop()
            self._open[open_tag] -= 1
            self._skipping -= skipped
            self._main -= open_tag in _MAIN
            if open_tag == tag:
                break
        self._main = max(self._main, 0)

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        elif self._in_json:
            self._json += data
        elif not self._skipping:
            self._current.append(data.replace("\n", " "))  # a source's line breaks are not the page's: <br> is

    def _flush(self) -> None:
        text = "".join(self._current)
        self._current = []
        lines = [" ".join(line.split()) for line in text.split("\n")]
        text = "\n".join(line for line in lines if line)
        if text and not _JUNK_TEXT_RE.match(text):
            self._blocks.append((text, self._main > 0))

    def _meta(self, values: dict[str, str]) -> None:
        key = (values.get("property") or values.get("name") or values.get("itemprop") or "").lower()
        if key and values.get("content") and key not in self.meta:
            self.meta[key] = " ".join(values["content"].split())

    def _read_json(self, raw: str) -> None:
        try:
            found = json.loads(raw)
        except ValueError:
            return  # a page's broken metadata is not an error of the reader's
        for item in found if isinstance(found, list) else [found]:
            if not isinstance(item, dict):
                continue
            for key, meta_key in (("headline", "headline"), ("datePublished", "datepublished")):
                if isinstance(item.get(key), str):
                    self.meta.setdefault(meta_key, item[key])
            for key in ("author", "publisher"):
                who = item.get(key)
                who = who[0] if isinstance(who, list) and who else who
                if isinstance(who, dict) and isinstance(who.get("name"), str):
                    self.meta.setdefault(key, who["name"])

    def article_blocks(self) -> list[str]:
        """The article's blocks: those inside <article>/<main> when there are any, else all kept."""
        self._flush()
        inside = [text for text, main in self._blocks if main]
        return inside or [text for text, _ in self._blocks]
