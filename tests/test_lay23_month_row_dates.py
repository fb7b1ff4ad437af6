"""A month's row over a digest dates the items under it to that month, as a chronicle's
title does: the items that print only a day (▲6月2日) get the row's year."""

from gonghui_build.layout.printed_dates import dates_in


def test_a_month_row_gives_its_month() -> None:
    (found,) = dates_in("2023年6月", 0, 1, None)
    assert (found.date, found.precision, found.kind) == ("2023-06", "month", "chronicle_title")


def test_a_month_row_in_words_gives_its_month() -> None:
    (found,) = dates_in("二〇二三年六月", 0, 1, None)
    assert found.date == "2023-06"


def test_a_title_naming_a_month_dates_nothing() -> None:
    assert dates_in("2023年6月读书月启动", 0, 1, None) == []
