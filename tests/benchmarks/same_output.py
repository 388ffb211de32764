"""Whether two trees parse every document alike: a hash of repr(parse_text(...)) per document.

    python -m tests.benchmarks.same_output OLD_TREE NEW_TREE [--docs 2000] [--blind /work/blind]

Each tree (a folder holding ``tui/critmin_tui``) parses, in a child process of its own, the
fixtures and seeds, a synthetic corpus of ``--docs`` documents and the ``.txt`` files under
``--blind`` (read only); the documents whose hashes differ are listed, and the exit status is 1
if any do. Speed is not measured here.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT)]

from tests.benchmarks.synth import write_corpus  # noqa: E402

_HASHES = """
import hashlib, json, sys
from pathlib import Path
from critmin_tui.corpus import parse_text
from critmin_tui.corpus.text import decode
hashes = {}
for name in sys.stdin.read().split("\\n"):
    if name:
        try:
            text = decode(Path(name).read_bytes()).text
        except (OSError, ValueError):  # gone since listed, or no text: not compared
            continue
        hashes[name] = hashlib.sha256(repr(parse_text(name, text)).encode("utf-8")).hexdigest()
print(json.dumps(hashes))
"""


def _files(folders: list[Path]) -> list[str]:
    return sorted(str(p) for folder in folders if folder.is_dir() for p in folder.rglob("*.txt"))


def _hashes(tree: Path, files: list[str]) -> dict[str, str]:
    environment = {**os.environ, "PYTHONPATH": str(tree / "tui")}
    done = subprocess.run([sys.executable, "-c", _HASHES], input="\n".join(files), env=environment,
                          capture_output=True, text=True, check=False)
    if done.returncode:
        sys.exit(f"{tree} failed:\n{done.stderr}")
    hashes: dict[str, str] = json.loads(done.stdout)
    return hashes


def main() -> None:
    """Hash both trees' parses and print the documents that differ."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path)
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--blind", type=Path, default=Path("/work/blind"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        synthetic = Path(scratch, "synth")
        write_corpus(synthetic, args.docs)
        files = _files([ROOT / "tests" / "fixtures", ROOT / "seeds", synthetic, args.blind])
        old, new = _hashes(args.old, files), _hashes(args.new, files)
    both = [name for name in files if name in old and name in new]
    differing = [name for name in both if old[name] != new[name]]
    for name in differing:
        print(f"differs: {name}")
    print(f"{len(both)} documents, {len(differing)} differ ({len(files) - len(both)} unreadable in one tree or both)")
    sys.exit(1 if differing else 0)


if __name__ == "__main__":
    main()
