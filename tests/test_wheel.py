"""The wheel ships the package and the bundled corpus, and names the console script."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).parent.parent


def test_wheel_installs_a_working_reader_with_the_bundled_corpus(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(tmp_path),
         str(ROOT)],
        check=True,
        capture_output=True,
    )
    [wheel] = tmp_path.glob("critmin_tui-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        entry_points = next(n for n in names if n.endswith("entry_points.txt"))
        assert "critmin-tui = critmin_tui.cli:main" in archive.read(entry_points).decode()
    assert {f"critmin_tui/seeds/{p.name}" for p in (ROOT / "seeds").iterdir()} <= set(names)
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
                   check=True, capture_output=True)
    # Run from outside the checkout with the installed copy first on the path.
    code = (
        f"import sys; sys.path.insert(0, {str(target)!r});"
        "import critmin_tui.corpus as c; from critmin_tui.cli import main;"
        f"assert c.bundled_corpus().is_relative_to({str(target)!r}), c.bundled_corpus();"
        "sys.exit(main(['quotes', '--format', 'csv']))"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("\n") == 32  # a header and 31 quote segments (first captures only)
