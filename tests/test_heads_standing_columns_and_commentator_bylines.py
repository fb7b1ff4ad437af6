"""Items of a printed page under a standing column read in session 13 (invented pages in
real shapes): the column's name over a profile or an opinion piece, an editorial signed
by the paper's commentator, a profile's credit under its text."""

from __future__ import annotations

from tests.conftest import layout_roles

PAGE = (
    "某某工人报\n"
    "2026年4月28日 星期二\n"
    "第3版\n"
    "青禾市总工会开办家政服务培训班\n"
    "本报讯（通讯员 祁晓岚）为帮助转岗职工再就业，青禾市总工会日前开办家政服务培训班。\n"
    "劳模风采\n"
    "“老焊枪”的新徒弟\n"
    "在青禾船厂的焊接车间，提起焊工严望舒，工友们都竖起大拇指。\n"
    "他说：“手艺要传下去，才算没白学。”\n"
    "本报记者 柏云舟 文/摄\n"
    "让每一份劳动都被看见\n"
    "本报评论员\n"
    "又到“五一”，我们更要把一线职工的冷暖放在心上。\n"
    "尊重劳动，不只在节日里，更在平日里。\n"
)


def test_a_standing_columns_name_is_furniture_and_its_item_an_article_of_its_own():
    roles = layout_roles(PAGE)
    assert roles["劳模风采"] == ("furniture", None)
    assert roles["“老焊枪”的新徒弟"] == ("headline", 1)
    assert roles["在青禾船厂的焊接车间，提起焊工严望舒，工友们都竖起大拇指。"] == ("body", 1)


def test_a_credit_under_a_text_signed_nowhere_else_closes_that_text():
    roles = layout_roles(PAGE)
    assert roles["本报记者 柏云舟 文/摄"] == ("byline", 1)
    assert roles["让每一份劳动都被看见"] == ("headline", 2)


def test_the_papers_commentator_under_a_title_is_the_editorials_byline():
    roles = layout_roles(PAGE)
    assert roles["本报评论员"] == ("byline", 2)
    assert roles["又到“五一”，我们更要把一线职工的冷暖放在心上。"] == ("body", 2)
