"""Dates (s40 acts43): a range of months whose first month is printed without 月 (今年7至11月,
5—6月, 2022年1至3月: the way plans and round-ups print a season of work) runs from the
first month to the last; it had been read as its last month alone. Real pages of s40 (a
national union's programme of rest trips for model workers, a Shanghai district's May Day
programme). Near misses: a number's tail (177至11月) opens no range; a range of years
(2017至2019年) and a month printed whole (9月至10月) read as before.
Sentences written for these tests (invented)."""

from __future__ import annotations

import pytest

from gonghui_build.extract.dates import ArticleDate, find_dates, resolve


def _printed(iso: str) -> ArticleDate:
    year, month, day = (int(x) for x in iso.split("-"))
    return ArticleDate(iso, "day", "printed_date", iso, year, month, day)


def _spans(text: str, published: str = "2024-04-21") -> list[tuple[str, str | None, str | None]]:
    out = []
    for d in find_dates(text):
        got = resolve(d, _printed(published), ahead=True)
        out.append((d.text, got.start, got.end))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("今年7至11月，宁川市总工会将分批组织劳模疗休养。", ("今年7至11月", "2024-07", "2024-11")),
        ("5—6月，市总工会将为百名劳模拍摄全家福。", ("5—6月", "2024-05", "2024-06")),
        ("2022年1至3月，区总工会开展了“暖冬行动”。", ("2022年1至3月", "2022-01", "2022-03")),
    ],
)
def test_a_range_of_months_runs_from_its_first_month(text, expected):
    assert _spans(text)[0] == expected


def test_a_numbers_tail_opens_no_range_of_months():
    assert [t for t, _, _ in _spans("驿站累计服务177至11月底。")] == ["11月底"]
    assert [t for t, _, _ in _spans("单价从3.5至6月末回落。")] == ["6月末"]


def test_a_range_of_years_and_whole_months_read_as_before():
    assert _spans("9月至10月，区总工会开展了“金秋助学”活动。")[0] == (
        "9月至10月",
        "2024-09",
        "2024-10",
    )
    assert _spans("2017至2019年，区总工会连续举办职工运动会。")[0][:2] == ("2017至2019年", "2017")
