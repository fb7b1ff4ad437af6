"""The layout scorer on a made-up build and gold: what it counts and what it leaves out."""

from __future__ import annotations

import math

from gonghui_dev.layout_scoring import score_layout
from gonghui_dev.scoring import PRF, Rate

GOLD = """
page: p.txt
furniture:
  - 第04版：工会
  - 延庆区总工会慰问护林员
articles:
  - {headline: 延庆区总工会慰问护林员, body_paragraphs: 2}
  - {headline: null, body_paragraphs: 1}
"""


def _tables(headlines: list[str | None], bodies: int, coverage: float = 1.0) -> dict:
    return {
        "pages": [{"page_id": "p", "source_file": "p.txt", "coverage": coverage}],
        "articles": [
            {"page_id": "p", "source_file": "p.txt", "page_order": n + 1, "headline": h}
            for n, h in enumerate(headlines)
        ],
        "paragraphs": [{"page_id": "p", "role": "body"}] * bodies
        + [{"page_id": "p", "role": "headline"}],
    }


def test_a_right_layout_scores_full_marks(tmp_path):
    (tmp_path / "p.people.yaml").write_text(GOLD, encoding="utf-8")
    s = score_layout(_tables(["延庆区总工会 慰问护林员", None], 3), [tmp_path / "p.people.yaml"])
    assert (s.right_count_rate, s.headlines_rate, s.body_error) == (1.0, 1.0, 0.0)
    assert s.furniture_headlines == [] and s.min_coverage == 1.0


def test_furniture_headlines_missed_headlines_and_body_errors_are_counted(tmp_path):
    (tmp_path / "p.people.yaml").write_text(GOLD, encoding="utf-8")
    s = score_layout(
        _tables(["第04版：工会", "2019年9月17日 星期二", "延庆"], 1, 0.9),
        [tmp_path / "p.people.yaml"],
    )
    assert s.right_count_rate == 0.0 and s.headlines_rate == 0.0
    assert len(s.furniture_headlines) == 2  # a gold furniture line, a date
    assert s.body_error == 2 / 3 and s.min_coverage == 0.9


def test_nothing_to_count_is_reported_as_not_applicable():
    assert math.isnan(PRF().f1) and math.isnan(PRF().precision) and math.isnan(Rate().value)
    assert PRF(tp=0, fp=2).f1 == 0.0
    empty = score_layout(_tables([], 0), [])
    assert empty.right_count_rate is None and empty.body_error is None
    assert "n/a" in empty.report()
