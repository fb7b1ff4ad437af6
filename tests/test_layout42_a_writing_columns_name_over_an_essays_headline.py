"""The name of a standing column of reporters' or workers' own writing (``一线手记``,
``职工随笔``, ``班组风采``, ``履职札记``, ``驻企日记``, ``采访感悟``), set alone on its line
over an item's headline between two news items, is the page's furniture (``ANNOTATION.md``:
a standing column's name over an item), no kicker of the headline under it. Read only over
a headline: alone over its text such a line is an essay's title, and a part's label
(``记者手记``) and a longer line so ended (``青禾职工风采``) keep their roles. Invented pages
in the shape of workers' papers' pages read in session 42."""

from __future__ import annotations

import pytest

from gonghui_build.layout.column_names import names_a_writing_column
from tests.conftest import layout_heads

FIRST = (
    "市总工会启动职工技能提升行动\n\n"
    "本报讯 3月4日，市总工会启动2024年职工技能提升行动，计划培训职工两万人次。\n\n"
)
LAST = "区总工会慰问环卫职工\n\n本报讯 3月6日，区总工会走访慰问一线环卫职工，送去防寒物资。\n"
ESSAY = (
    "凌晨四点，检修班的灯已经亮了。班长梁建峰带着六名工友钻进变电站，一干就是五个小时。\n\n"
    "我问他累不累，他笑着说，习惯了。\n\n"
)


def _page(column: str, head: str, byline: str = "本报记者 周立新") -> str:
    return FIRST + f"{column}\n\n{head}\n\n{byline}\n\n" + ESSAY + LAST


@pytest.mark.parametrize(
    ("column", "head"),
    [
        ("一线手记", "凌晨四点的检修班"),
        ("职工随笔", "母亲的工装"),
        ("班组风采", "九年坚守一条线"),
        ("履职札记", "把职工的事放在心上"),
        ("驻企日记", "车间里的第一堂课"),
        ("采访感悟", "在矿井深处读懂坚守"),
        ("【一线手记】", "凌晨四点的检修班"),
    ],
)
def test_a_writing_columns_name_is_no_kicker_of_the_headline_under_it(column, head):
    assert layout_heads(_page(column, head)) == [
        [("headline", "市总工会启动职工技能提升行动")],
        [("headline", head)],
        [("headline", "区总工会慰问环卫职工")],
    ]


def test_an_essays_title_so_ended_over_its_byline_stays_its_headline():
    page = FIRST + "秋日随笔\n\n□江城供电公司 林晓雯\n\n" + ESSAY + LAST
    assert layout_heads(page)[1] == [("headline", "秋日随笔")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("一线手记", True),
        ("职工随笔", True),
        ("【班组风采】", True),
        ("记者手记", False),  # a part's label
        ("采访手记", False),  # a part's label
        ("青禾职工风采", False),  # a unit's feature: a kicker's phrase
        ("我的随笔", False),  # a phrase's word before the ending
        ("坚守一线", False),
        ("职工天地", False),  # a column's name read everywhere, not only over a head
    ],
)
def test_what_reads_as_a_writing_columns_name(text, expected):
    assert names_a_writing_column(text) is expected


def test_a_unit_features_line_over_a_headline_stays_its_kicker():
    page = FIRST + "青禾职工风采\n\n九年坚守一条线\n\n本报记者 周立新\n\n" + ESSAY + LAST
    assert ("kicker", "青禾职工风采") in layout_heads(page)[1]
