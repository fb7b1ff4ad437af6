"""The house keeps functions under 60 lines and modules under 400, each split by job:
the ones split at stop 55 (head_roles, place frames, an organisation's resolution, the
checks against the people model, the model's span setting) stay so."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "build" / "gonghui_build"
FUNCTION_MAX, MODULE_MAX = 60, 400


def _length(module: str, function: str) -> int:
    tree = ast.parse((PACKAGE / module).read_text(encoding="utf-8"))
    (node,) = [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef) and n.name == function]
    return node.end_lineno - node.lineno + 1


@pytest.mark.parametrize(
    ("module", "function"),
    [
        ("layout/headroles.py", "head_roles"),
        ("extract/activities/place_frames.py", "frames"),
        ("extract/organisations/context.py", "resolve"),
        ("extract/people/model.py", "_contradicted"),
    ],
)
def test_a_split_function_stays_under_sixty_lines(module: str, function: str) -> None:
    assert _length(module, function) <= FUNCTION_MAX


@pytest.mark.parametrize(
    "module", ["extract/people/model_bounds.py", "extract/people/model.py", "layout/headroles.py"]
)
def test_a_split_module_stays_under_four_hundred_lines(module: str) -> None:
    lines = (PACKAGE / module).read_text(encoding="utf-8").count("\n")
    assert lines < MODULE_MAX
