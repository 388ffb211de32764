"""How far the parser stands from its floor, measured stage by stage in one run.

    python tests/benchmarks/floor.py --docs 300 --repeats 7

For each shared pass every article needs (blocks, quotation pairing, masking, sentences, the
speech-verb scan) it times the project's own pass and a minimal ``re.finditer`` version over the
same synthetic articles, and prints ms per article (median of repeats, process time) and their
ratio; then the attribution rules on top of the passes, and the whole parse in docs/s per core.
It prints figures only: it passes or fails nothing.
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "tui"), str(ROOT)]

from critmin_tui.corpus.attribution import find_attributions  # noqa: E402
from critmin_tui.corpus.marks import find_marked, masked, sentences  # noqa: E402
from critmin_tui.corpus.model import BlockKind  # noqa: E402
from critmin_tui.corpus.parser import parse_text  # noqa: E402
from critmin_tui.corpus.speech_verbs import SPEECH_VERB_RE  # noqa: E402
from critmin_tui.corpus.structure import article_blocks  # noqa: E402
from tests.benchmarks.synth import article  # noqa: E402

# The minimal passes: one finditer each, no rules.
_MIN_PARAGRAPH_RE = re.compile(r"[^\n]+(?:\n[^\n]+)*")
_MIN_MARK_RE = re.compile('["“”]')
_MIN_BOUNDARY_RE = re.compile(r"[.!?]+[\"”’']{0,2}\s+(?=[A-Z0-9\"“])")
_MIN_VERB_RE = re.compile(r"\b(?:said|says|told|tells|added|according to|asked|explained|wrote|warned|claimed)\b")

Spans = list[tuple[int, int]]


def _min_blocks(text: str) -> Spans:
    return [m.span() for m in _MIN_PARAGRAPH_RE.finditer(text)]


def _min_pairs(text: str, spans: Spans) -> list[Spans]:
    """Each paragraph's quotations: marks paired in turn, an unclosed one running to the end."""
    found: list[Spans] = []
    for start, end in spans:
        marks = [m.start() for m in _MIN_MARK_RE.finditer(text, start, end)]
        if len(marks) % 2:
            marks.append(end)
        found.append(list(zip(marks[::2], marks[1::2], strict=True)))
    return found


def _min_mask(text: str, spans: Spans, pairs: list[Spans]) -> list[str]:
    frames = []
    for (start, end), quoted in zip(spans, pairs, strict=True):
        pieces, at = [], start
        for open_at, close_at in quoted:
            pieces += [text[at:open_at + 1], "_" * max(0, close_at - open_at - 1)]
            at = close_at
        pieces.append(text[at:end])
        frames.append("".join(pieces))
    return frames


def _min_sentences(frames: list[str]) -> list[Spans]:
    result = []
    for frame in frames:
        begin, spans = 0, []
        for match in _MIN_BOUNDARY_RE.finditer(frame):
            spans.append((begin, match.end()))
            begin = match.end()
        spans.append((begin, len(frame)))
        result.append(spans)
    return result


def _min_verbs(frames: list[str]) -> int:
    return sum(1 for frame in frames for _ in _MIN_VERB_RE.finditer(frame))


def _project_paragraphs(text: str) -> Spans:
    return [(b.start, b.end) for b in article_blocks(text) if b.kind is BlockKind.PARAGRAPH]


def _ms_per_article(run: Callable[[], object], count: int, repeats: int) -> float:
    """The median over ``repeats`` of one run's process time, in ms per article."""
    times = []
    for _ in range(repeats):
        began = time.process_time()
        run()
        times.append(time.process_time() - began)
    return statistics.median(times) * 1000 / count


def main() -> None:
    """Print each stage's ms per article, project against floor, and the whole parse's docs/s."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=300)
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(2026)
    texts = [article(rng) for _ in range(args.docs)]
    n, reps = len(texts), args.repeats
    spans = [_project_paragraphs(t) for t in texts]
    marks = [[find_marked(t, s, e) for s, e in sp] for t, sp in zip(texts, spans, strict=True)]
    frames = [[masked(t, s, e, m) for (s, e), m in zip(sp, ms, strict=True)]
              for t, sp, ms in zip(texts, spans, marks, strict=True)]
    sents = [[sentences(f) for f in fs] for fs in frames]
    m_spans = [_min_blocks(t) for t in texts]
    m_pairs = [_min_pairs(t, sp) for t, sp in zip(texts, m_spans, strict=True)]
    m_frames = [_min_mask(t, sp, p) for t, sp, p in zip(texts, m_spans, m_pairs, strict=True)]
    stages: list[tuple[str, Callable[[], object], Callable[[], object]]] = [
        ("blocks", lambda: [article_blocks(t) for t in texts], lambda: [_min_blocks(t) for t in texts]),
        ("quotation pairing",
         lambda: [[find_marked(t, s, e) for s, e in sp] for t, sp in zip(texts, spans, strict=True)],
         lambda: [_min_pairs(t, sp) for t, sp in zip(texts, m_spans, strict=True)]),
        ("masking", lambda: [[masked(t, s, e, m) for (s, e), m in zip(sp, ms, strict=True)]
                             for t, sp, ms in zip(texts, spans, marks, strict=True)],
         lambda: [_min_mask(t, sp, p) for t, sp, p in zip(texts, m_spans, m_pairs, strict=True)]),
        ("sentences", lambda: [[sentences(f) for f in fs] for fs in frames],
         lambda: [_min_sentences(fs) for fs in m_frames]),
        ("speech-verb scan", lambda: [[list(SPEECH_VERB_RE.finditer(f)) for f in fs] for fs in frames],
         lambda: [_min_verbs(fs) for fs in m_frames]),
    ]
    print(f"{n} synthetic articles, median of {reps} repeats, ms per article (process time)")
    print(f"{'stage':<22}{'project':>10}{'floor':>10}{'ratio':>8}")
    total_project = total_floor = 0.0
    for name, project, floor in stages:
        ours, least = _ms_per_article(project, n, reps), _ms_per_article(floor, n, reps)
        total_project, total_floor = total_project + ours, total_floor + least
        print(f"{name:<22}{ours:>10.3f}{least:>10.3f}{ours / least:>8.1f}")
    print(f"{'five passes':<22}{total_project:>10.3f}{total_floor:>10.3f}{total_project / total_floor:>8.1f}")
    cue = _ms_per_article(lambda: [[find_attributions(f, s, ss) for f, (s, _), ss in zip(fs, sp, sss, strict=True)]
                                   for fs, sp, sss in zip(frames, spans, sents, strict=True)], n, reps)
    print(f"{'cue rules (on top)':<22}{cue:>10.3f}")
    whole = _ms_per_article(lambda: [parse_text(f"doc{i}", t) for i, t in enumerate(texts)], n, reps)
    print(f"{'whole parse':<22}{whole:>10.3f}   {1000 / whole:.0f} docs/s per core (target 1000)")


if __name__ == "__main__":
    main()
