"""A brief dated ``本周三`` or ``上周五`` on a page printed on a known day is of that day
of the week of publication or of the week before it (weeks start on Monday), as a
national daily's briefs column and city unions' weekly digests date their items; with no
day of publication only the year is certain. Invented pages."""

from __future__ import annotations

import datetime as dt

from gonghui_build.extract.dates.resolve import _day_of_week
from tests.conftest import page_facts

BRIEFS = """职工生活报
2021年6月11日 星期五
第03版：工会动态
▲本周三，江苏省苏州市吴中区总工会走进12家快递网点，为快递员送去防暑降温用品。（方晓禾）
▲上周五，浙江省湖州市南浔区总工会在区职工服务中心举办首期网约车司机安全驾驶培训班。（韩立秋）
"""


def test_a_day_of_the_week_is_counted_from_the_monday_of_publications_week():
    friday = dt.date(2021, 6, 11)
    assert _day_of_week(friday, "三", 0) == dt.date(2021, 6, 9)
    assert _day_of_week(friday, "五", 1) == dt.date(2021, 6, 4)
    assert _day_of_week(friday, "日", 0) == dt.date(2021, 6, 13)


def test_briefs_dated_this_wednesday_and_last_friday_take_those_days():
    starts = sorted(a.date.start for art in page_facts(BRIEFS).articles for a in art.activities)
    assert starts == ["2021-06-04", "2021-06-09"]
