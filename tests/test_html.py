"""Saved web pages: the article's text and metadata, without navigation, adverts or scripts."""

from __future__ import annotations

from pathlib import Path

from critmin_tui.corpus import load_corpus, read_document
from critmin_tui.corpus.citation import citation
from critmin_tui.corpus.html import read_html
from critmin_tui.corpus.model import Block, BlockKind, Document, DocumentKind, Quote, QuoteKind

PAGE = """<!doctype html><html><head><meta charset="utf-8">
<title>Lithium plan | The Example Herald</title>
<meta property="og:title" content="Lithium plan draws fire">
<meta property="og:site_name" content="The Example Herald">
<meta property="article:published_time" content="2026-02-02T09:30:00+13:00">
<script>document.write("<p>never shown</p>"); fetch("https://example.invalid/track")</script>
<script type="application/ld+json">{"@type": "NewsArticle", "author": {"name": "Aroha Smith"}}</script>
<style>p { color: red }</style></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<header class="site-header">The Example Herald — all the news</header>
<article><h1>Lithium plan draws fire</h1>
<p>The Minister said on Monday that the plan was &ldquo;sound&rdquo;.</p>
<div class="ad-slot">Advertisement: buy a car</div>
<p>Critics were not convinced, and said so
   at length.</p>
<p>Read more: Other stories about mining</p>
<iframe src="https://example.invalid/embed">An embedded player</iframe>
</article>
<aside class="related">Related stories you might like</aside>
<footer>© The Example Herald</footer></body></html>"""


def test_the_article_text_is_kept_and_the_page_around_it_dropped() -> None:
    article = read_html(PAGE.encode("utf-8"))
    assert "The Minister said on Monday that the plan was “sound”." in article.text
    assert "Critics were not convinced, and said so at length." in article.text  # white space folded
    for junk in ("Home", "never shown", "Advertisement", "Read more", "Related stories", "©", "color: red",
                 "embedded player", "all the news"):
        assert junk not in article.text, junk


def test_title_date_outlet_and_byline_come_from_the_metadata() -> None:
    article = read_html(PAGE.encode("utf-8"))
    assert (article.title, article.date, article.outlet, article.byline) == (
        "Lithium plan draws fire", "2026-02-02", "The Example Herald", "Aroha Smith")


def test_a_saved_page_opens_as_an_article_and_the_manifest_still_overrides(tmp_path: Path) -> None:
    (tmp_path / "story.html").write_text(PAGE, encoding="utf-8")
    document, problem = read_document(tmp_path / "story.html")
    assert problem is None and document is not None
    assert (document.title, document.date, document.outlet) == (
        "Lithium plan draws fire", "2026-02-02", "The Example Herald")
    (tmp_path / "corpus.yaml").write_text("documents:\n  story.html:\n    title: Our own title\n", encoding="utf-8")
    corpus = load_corpus([tmp_path])
    assert corpus.summaries[0].title == "Our own title"


def test_a_page_without_an_article_element_keeps_its_paragraphs() -> None:
    article = read_html(b"<html><body><div class='menu'>Menu</div><p>Just a paragraph.</p></body></html>")
    assert article.text.strip() == "Just a paragraph."


def test_a_page_with_no_text_is_a_problem(tmp_path: Path) -> None:
    (tmp_path / "empty.htm").write_text("<html><script>alert(1)</script><iframe></iframe></html>", encoding="utf-8")
    corpus = load_corpus([tmp_path])
    assert not corpus.summaries and "no article text" in corpus.problems[0].message


def test_broken_markup_and_metadata_do_not_stop_the_reading() -> None:
    data = b"<html><p>One <b>bold</p> two</i><script type='application/ld+json'>{not json</script><p>Three"
    article = read_html(data)
    assert "One bold" in article.text and "Three" in article.text


def test_a_citation_gives_the_page_of_a_paged_source() -> None:
    text = "The plan is sound, she said."
    block = Block(BlockKind.PARAGRAPH, 0, len(text), page=3)
    quote = Quote(0, 17, "The plan is sound", 0, QuoteKind.DIRECT, 0, "Jane Citizen", True)
    document = Document("r.pdf", text, DocumentKind.ARTICLE, "OIA response", outlet="MBIE", blocks=(block,),
                        quotes=(quote,))
    assert citation(document, quote, None).endswith("(MBIE, p. 3)")
    unpaged = Document("r.txt", text, DocumentKind.ARTICLE, "Note", outlet="RNZ",
                       blocks=(Block(BlockKind.PARAGRAPH, 0, len(text)),), quotes=(quote,))
    assert citation(unpaged, quote, None).endswith("(RNZ)")


def test_the_declared_charset_is_used() -> None:
    data = "<html><head><meta charset='windows-1252'></head><body><p>Café déjà vu</p></body></html>".encode("cp1252")
    assert "Café déjà vu" in read_html(data).text


def test_a_deep_nest_of_tags_is_read_without_recursion() -> None:
    data = ("<div>" * 50_000 + "<p>Deep inside.</p>" + "</div>" * 50_000).encode()
    assert read_html(data).text.strip() == "Deep inside."


def test_thousands_of_stray_end_tags_stay_cheap() -> None:
    import time

    data = ("<span>" * 20_000 + "<p>Still read.</p>" + "</b>" * 20_000).encode()
    started = time.perf_counter()
    assert "Still read." in read_html(data).text
    assert time.perf_counter() - started < 5  # quadratic scanning would take minutes
