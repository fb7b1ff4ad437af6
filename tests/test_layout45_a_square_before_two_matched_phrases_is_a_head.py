"""A briefs column sets each item's head on its own line after a square, the head two
matched phrases (``■送清凉 暖人心`` over ``7月15日，…（某某）``). Read as a square's credit
of two names, the head closed the item before it as its byline and the item under it had
no headline. Two phrases of one length, three characters or more and neither shaped
like a name, are a head; two names of one length (``■王晓峰 李明华``) still credit.
Invented text in the shape of provincial workers' papers' briefs columns read in
session 45."""

from __future__ import annotations

from gonghui_build.layout.square_credits import square_names
from tests.conftest import layout_articles

PAGE = (
    "第06版：职工天地\n基层传真\n"
    "■学技能 促就业\n"
    "近日，岭南区上塘街道总工会举办外卖骑手技能培训班，50余名骑手参加。（侯一鸣）\n"
    "■送清凉 暖人心\n"
    "7月15日，北湖区卢桥街道总工会为环卫工人送去防暑物品。（邱晓薇）\n"
)


def test_each_square_head_heads_the_brief_under_it() -> None:
    articles = layout_articles(PAGE)
    assert len(articles) == 2
    heads = [t.lstrip("■") for a in articles for role, t in a if role == "headline"]
    assert heads == ["学技能 促就业", "送清凉 暖人心"]
    assert articles[0][-1] == ("byline", "（侯一鸣）")


def test_two_names_of_one_length_after_a_square_still_credit() -> None:
    assert square_names("王晓峰 李明华")
    assert square_names("赵一鸣")
    assert not square_names("送清凉 暖人心")
