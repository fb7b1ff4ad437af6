"""The head of a printed front page's first item read in session 13 (invented pages in
real shapes): the masthead's count of the day's pages, a kicker, a headline and a
subtitle of facts over the first dateline of a page whose later items print their own
headlines."""

from __future__ import annotations

from gonghui_build.layout.furniture import furniture_kind
from tests.conftest import layout_roles

FRONT_PAGE = (
    "某某工人报\n"
    "2026年4月28日 星期二\n"
    "第1版\n"
    "本报今日8版\n"
    "喜迎“五一”国际劳动节\n"
    "全市劳动模范表彰大会在青禾召开\n"
    "四十名职工获市劳动模范称号 十五个集体获先进集体\n"
    "本报讯（记者 柏云舟）4月27日，青禾市劳动模范表彰大会在市会堂召开。\n"
    "大会为获奖职工和集体颁发了证书和奖牌。\n"
    "青禾市总工会开办家政服务培训班\n"
    "本报讯（通讯员 祁晓岚）为帮助转岗职工再就业，青禾市总工会日前开办家政服务培训班。\n"
)


def test_the_mastheads_count_of_the_days_pages_is_furniture():
    for line in ("本报今日8版", "今日16版", "本期共4版"):
        assert furniture_kind(line) is not None, line
    assert layout_roles(FRONT_PAGE)["本报今日8版"] == ("furniture", None)


def test_three_long_head_lines_over_the_first_dateline_are_its_head_when_later_items_print_theirs():
    roles = layout_roles(FRONT_PAGE)
    assert roles["喜迎“五一”国际劳动节"] == ("kicker", 0)
    assert roles["全市劳动模范表彰大会在青禾召开"] == ("headline", 0)
    assert roles["青禾市总工会开办家政服务培训班"] == ("headline", 1)


def test_a_last_head_line_of_clauses_apart_by_a_blank_is_the_subtitle_of_facts():
    roles = layout_roles(FRONT_PAGE)
    assert roles["四十名职工获市劳动模范称号 十五个集体获先进集体"] == ("subtitle", 0)
    two_lines = (
        "全市劳动模范表彰大会在青禾召开\n"
        "四十名职工获市劳动模范称号 十五个集体获先进集体\n"
        "本报讯（记者 柏云舟）4月27日，青禾市劳动模范表彰大会在市会堂召开。\n"
        "青禾市总工会开办家政服务培训班\n"
        "本报讯（通讯员 祁晓岚）为帮助转岗职工再就业，青禾市总工会日前开办家政服务培训班。\n"
    )
    roles = layout_roles(two_lines)
    assert roles["全市劳动模范表彰大会在青禾召开"] == ("headline", 0)
    assert roles["四十名职工获市劳动模范称号 十五个集体获先进集体"] == ("subtitle", 0)
