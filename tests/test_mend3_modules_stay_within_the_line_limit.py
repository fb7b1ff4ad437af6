"""Every module of the build and of the package stays within the project's line limit.

The style asks for modules under about 400 lines, each one job; rounds of splitting
(s36 mend2, mend3) brought every module under it. This pins it, so that a module that
grows past the limit is split along its seams when it does, not rounds later.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: The most lines a module may have (the style's ~400).
MODULE_LINES_MAX = 400


def _modules() -> list[Path]:
    return sorted((ROOT / "build").rglob("*.py")) + sorted((ROOT / "src").rglob("*.py"))


def test_the_modules_are_found() -> None:
    names = {p.name for p in _modules()}
    assert {"pipeline.py", "furniture.py", "participant_counts.py"} <= names


def test_no_module_is_longer_than_the_limit() -> None:
    long = {
        str(p.relative_to(ROOT)): n
        for p in _modules()
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > MODULE_LINES_MAX
    }
    assert long == {}, f"split these along a seam: {long}"
