"""An item whose dateline prints the day it was filed (``本报宁波3月2日讯``), on a page
printed a day or two later, tells ``今天`` and ``昨天`` from the dateline's day, not the
page's; a dateline's day far from the page's (a reprint, a slip) is left alone. Invented
pages."""

from __future__ import annotations

from tests.conftest import page_facts

PAGE = """东海职工报
2022年3月3日 星期四
第02版：工会新闻
省总工会举办基层工会财务人员培训班
本报宁波3月2日讯（记者 叶知秋）今天，省总工会举办的基层工会财务人员培训班在宁波开班，60名学员参加培训。
"""

FAR = PAGE.replace("3月2日讯", "1月2日讯")


def _start(text: str) -> str | None:
    [course] = [a for art in page_facts(text).articles for a in art.activities]
    return course.date.start


def test_today_in_an_item_is_the_day_its_dateline_prints():
    assert _start(PAGE) == "2022-03-02"


def test_a_datelines_day_long_before_the_page_leaves_today_the_pages_day():
    assert _start(FAR) == "2022-03-03"
