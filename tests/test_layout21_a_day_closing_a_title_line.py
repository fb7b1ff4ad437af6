"""A title's line that closes with a day and no time, after a blank, in brackets or (a
month and a day of two digits each) glued to the title (``标题 2022-03-12``,
``标题[03-12]``, ``标题03-12``), as a union site's item and list pages print it: the
title alone is the headline, the day furniture (session 35, layout21; a month-day stamp
under a headline was left glued to it). Invented pages."""

from __future__ import annotations

import pytest

from gonghui_build.layout.title_meta import title_tail_start
from tests.conftest import layout_articles

TEXT = (
    "3月10日，西城区总工会在金融街开展新就业形态劳动者集中入会活动，"
    "现场为86名快递员、外卖骑手办理入会手续。\n"
    "区总工会党组书记、常务副主席赵丽华参加活动。\n"
)
TITLE = "区总工会开展新就业形态劳动者入会集中行动"

TWO_ITEMS = (
    "工会动态\n"
    f"{TITLE} 03-12\n{TEXT}"
    "区总工会举办工会财务人员培训班 03-08\n"
    "3月7日，区总工会举办基层工会财务人员培训班，全区120余名财务人员参加培训。\n"
)


@pytest.mark.parametrize("day", [" 2022-03-12", " 2022年3月12日", "[03-12]", "（03-12）", "03-12"])
def test_the_day_is_cut_off_the_headline(day):
    (article,) = layout_articles(f"{TITLE}{day}\n{TEXT}")
    assert ("headline", TITLE) in article


def test_each_item_of_a_list_page_keeps_its_title_alone():
    articles = layout_articles(TWO_ITEMS)
    heads = [text for a in articles for role, text in a if role == "headline"]
    assert heads == [TITLE, "区总工会举办工会财务人员培训班"]


@pytest.mark.parametrize(
    "line",
    [
        # a span of seasons, no day
        "全市职工篮球联赛开赛 2021-2022",
        # a month with no day
        "全市职工技能大赛决赛举行 2019年5月",
        # digits before the month-day: a count or a code, no stamp
        "某某厂完成技改项目 203-12",
        # a sentence, no title
        "3月10日，区总工会开展入会活动。03-12",
    ],
)
def test_no_day_to_cut(line):
    assert title_tail_start(line) is None
