"""Throughput of PDF and web-page reading, and peak memory on a long PDF.

    python tests/benchmarks/formats_bench.py [--samples ../shared/pdf-samples] [--pages 300]

PDF pages per second over the sample PDFs (read and laid out, parse excluded, then with the
parse); web pages per second over synthetic saved articles; and the peak RSS of reading one
PDF of ``--pages`` pages (the samples' pages repeated, or made pages when there are none), in a
fresh process so nothing else counts. The last line is one JSON object.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "tui"), str(ROOT)]

from critmin_tui.corpus.formats import read_source  # noqa: E402
from critmin_tui.corpus.parser import parse_text  # noqa: E402


def pdf_throughput(folder: Path) -> dict[str, float]:
    """Pages per second over the folder's PDFs: extraction with layout, and with the parse too."""
    import pypdfium2 as pdfium

    files = sorted(folder.glob("*.pdf"))
    pages = sum(len(pdfium.PdfDocument(f)) for f in files)
    started = time.perf_counter()
    sources = [read_source(f, f.read_bytes()) for f in files]
    extracted = time.perf_counter() - started
    for f, source in zip(files, sources, strict=True):
        parse_text(str(f), source.text)
    total = time.perf_counter() - started
    return {"pdf_files": len(files), "pdf_pages": pages, "pdf_pages_per_s": round(pages / extracted, 1),
            "pdf_pages_per_s_with_parse": round(pages / total, 1)}


def html_throughput(count: int = 200) -> dict[str, float]:
    """Saved articles per second (read and parsed), on synthetic pages of about 30 KB."""
    body = "".join(f"<p>Paragraph {i}: the Minister said the plan was “sound”, and critics disagreed.</p>"
                   for i in range(120))
    page = (f"<html><head><title>T</title><meta property='og:title' content='Story'></head><body><nav>Home</nav>"
            f"<article>{body}</article><aside class='related'>More</aside></body></html>").encode()
    started = time.perf_counter()
    for number in range(count):
        source = read_source(Path(f"{number}.html"), page)
        parse_text(f"{number}.html", source.text)
    return {"html_docs_per_s": round(count / (time.perf_counter() - started), 1)}


def long_pdf(folder: Path, pages: int, out: Path) -> Path:
    """A PDF of ``pages`` pages: the samples' born-digital pages over and over."""
    import pypdfium2 as pdfium

    target = pdfium.PdfDocument.new()
    sources = [pdfium.PdfDocument(f) for f in sorted(folder.glob("*.pdf")) if "scan" not in f.name]
    while len(target) < pages:
        for source in sources:
            if len(target) >= pages:
                break
            target.import_pages(source, list(range(min(len(source), pages - len(target)))))
    path = out / f"long-{pages}.pdf"
    target.save(path)
    return path


def peak_memory(path: Path) -> dict[str, float]:
    """Peak RSS (MB) and seconds of reading one PDF, in a fresh process."""
    code = (f"import sys, time, resource; sys.path[:0] = {[str(ROOT / 'tui')]!r}\n"
            "from pathlib import Path\nfrom critmin_tui.corpus import read_document\n"
            "t = time.perf_counter(); d, p = read_document(Path(sys.argv[1]))\n"
            "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,"
            " len(d.blocks) if d else 0)")
    baseline = ("import sys, resource; sys.path[:0] = " + repr([str(ROOT / "tui")]) +
                "\nfrom critmin_tui.corpus import read_document\n"
                "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)")
    seconds, peak, blocks = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True,
                                           check=True).stdout.split()
    base = subprocess.run([sys.executable, "-c", baseline], capture_output=True, text=True, check=True).stdout
    return {"long_pdf_s": round(float(seconds), 2), "long_pdf_peak_rss_mb": round(float(peak), 1),
            "import_rss_mb": round(float(base), 1), "long_pdf_blocks": int(blocks)}


def main() -> None:
    """Run every measure and print them."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--samples", type=Path, default=ROOT.parent / "shared" / "pdf-samples")
    parser.add_argument("--pages", type=int, default=300)
    args = parser.parse_args()
    results: dict[str, float] = {}
    results.update(html_throughput())
    if args.samples.is_dir():
        results.update(pdf_throughput(args.samples))
        with tempfile.TemporaryDirectory() as folder:
            path = long_pdf(args.samples, args.pages, Path(folder))
            results.update({"long_pdf_pages": args.pages, **peak_memory(path)})
    else:
        print(f"no samples at {args.samples}: PDF measures skipped", file=sys.stderr)
    results["bench_peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    print(json.dumps(results))


if __name__ == "__main__":
    main()
