"""Dates (s40 acts43): shortly before a holiday that falls on the 1st of its month (“五一”
前夕, “七一”前夕, 元旦前夕, 五一劳动节来临之际) is the month before it, as the tuning gold dates
it (real_dev6: “五一”前夕 → April; real_dev7: 国庆前夕 → September); it had been the
holiday's own month. 元旦前夕 in a paper of early January is last December. Near misses: the
eve of a holiday later in its month (“三八”节前夕) stays in it; the holiday's day (五一当天)
and its days around (五一期间) are its own. Sentences written for these tests (invented)."""

from __future__ import annotations

import pytest

from gonghui_build.extract.dates import ArticleDate, find_dates, resolve


def _printed(iso: str) -> ArticleDate:
    year, month, day = (int(x) for x in iso.split("-"))
    return ArticleDate(iso, "day", "printed_date", iso, year, month, day)


def _start(text: str, published: str) -> str | None:
    [d] = find_dates(text)
    return resolve(d, _printed(published)).start


@pytest.mark.parametrize(
    ("text", "published", "start"),
    [
        ("“五一”前夕，宁川市总工会走访慰问一线职工。", "2011-05-03", "2011-04"),
        ("五一劳动节来临之际，宁川市总工会表彰劳模。", "2019-04-28", "2019-04"),
        ("“七一”前夕，公司工会组织党员职工重温入党誓词。", "2021-07-02", "2021-06"),
        ("元旦前夕，区总工会走访慰问困难职工。", "2021-01-05", "2020-12"),
    ],
)
def test_the_eve_of_a_holiday_on_the_first_is_the_month_before(text, published, start):
    assert _start(text, published) == start


@pytest.mark.parametrize(
    ("text", "published", "start"),
    [
        ("“三八”节前夕，县总工会为女职工送去慰问品。", "2012-03-10", "2012-03"),
        ("五一当天，区总工会举办职工长跑。", "2019-05-03", "2019-05-01"),
        ("五一期间，区总工会举办职工长跑。", "2019-05-03", "2019-05"),
    ],
)
def test_other_holiday_dates_stay_in_the_holidays_month(text, published, start):
    assert _start(text, published) == start
