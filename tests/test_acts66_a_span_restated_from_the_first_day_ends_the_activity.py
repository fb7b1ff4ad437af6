"""An activity read on its first day (``10月12日晚，…职工运动会开幕式…举行``) whose name
comes again with a span opening on that day (``本届职工运动会…于10月12日至12月8日举行``)
ends on that span's last day; a span opening on another day is another thing's. Invented
pages."""

from __future__ import annotations

from tests.conftest import page_facts

PAGE = """清远市第四届职工运动会开幕
发布时间：2021-10-18 09:30:12 来源：清远市总工会
10月16日晚，清远市第四届职工运动会开幕式在市体育馆举行。
本届职工运动会由市总工会主办，于10月16日至11月28日举行，设8个大项，1100名职工报名参赛。
"""

OTHER = PAGE.replace("于10月16日至11月28日举行", "于10月20日至11月28日举行")


def _meet(text: str) -> tuple[str | None, str | None]:
    [meet] = [
        a for art in page_facts(text).articles for a in art.activities if "运动会" in (a.name or "")
    ]
    return meet.date.start, meet.date.end


def test_a_span_opening_on_the_day_read_gives_the_activity_its_end():
    assert _meet(PAGE) == ("2021-10-16", "2021-11-28")


def test_a_span_opening_on_another_day_leaves_the_activity_one_day():
    assert _meet(OTHER) == ("2021-10-16", None)
