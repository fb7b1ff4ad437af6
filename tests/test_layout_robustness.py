"""Bad shapes never crash the layout, every character still lies in one paragraph, and
no paragraph is left empty (it would be dropped when published):
pages made of the fixture sets' lines shuffled, cut, doubled or reduced to furniture."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from gonghui_build.pages import page_from_bytes
from gonghui_build.pipeline import parse_page
from gonghui_build.records.pages import covered

FIXTURES = Path(__file__).parent / "fixtures"
LINES = sorted(
    {
        line
        for path in sorted(FIXTURES.glob("real_*/pages/*.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()
    }
)


def _pages(seed: int) -> list[str]:
    rng = random.Random(seed)
    lines = rng.sample(LINES, 30)
    return [
        "\n".join(lines),  # lines of many pages, shuffled
        "\n\n".join(rng.sample(LINES, 8)) * 2,  # a run printed twice
        "\r\n".join(line[: rng.randint(1, 12)] for line in lines),  # lines cut short
        "\n".join(line for line in lines if len(line) < 20),  # mostly furniture and heads
        "   ".join(lines[:6]),  # one line holding everything, wide gaps
        "【】\n——\n（）\n■\n▲\n1.\n上接第1版\n",  # marks with nothing after them
    ]


@pytest.mark.parametrize("seed", range(8))
def test_any_shape_of_page_is_laid_out_and_fully_covered(seed):
    assert len(LINES) > 100
    for n, text in enumerate(_pages(seed)):
        page = page_from_bytes(f"shuffled_{seed}_{n}.txt", text.encode("utf-8"))
        parsed = parse_page(page)
        nonblank = sum(not ch.isspace() for ch in page.text)
        assert covered(page.text, parsed.paragraphs) == nonblank, (seed, n)
        assert all(p.text.strip() for p in parsed.paragraphs), (seed, n)  # none dropped
        for a in parsed.articles:
            assert any(p.article == a.index for p in parsed.paragraphs), (seed, n, a)
