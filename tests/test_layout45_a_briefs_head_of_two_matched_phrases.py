"""A briefs column heads each item with two matched phrases set apart by a blank and runs
the item's text on after it (``●学技能 促就业 近日，…（某某）``). Shorter than the eight
characters a title run on into its text must have, the head was left in the item's
text and the item had no headline; under a square (``■送清凉 暖人心``) it was taken for a
credit of two names and closed the item before it. Two phrases of one length are a head;
a square before a run-in head opens an item, as ``▲`` does, and credits no one. Invented
text in the shape of provincial workers' papers' briefs columns read in session 45."""

from __future__ import annotations

import pytest

from gonghui_build.layout.title_meta import title_dateline_start
from tests.conftest import layout_articles

PAGE = "第06版：职工天地\n工会简讯\n"
BRIEFS = (
    "{mark}学技能 促就业 近日，岭南区上塘街道总工会举办外卖骑手技能培训班，50余名骑手参加。（侯一鸣）\n"
    "{mark}夏日送清凉 关爱暖人心 7月15日，北湖区卢桥街道总工会为环卫工人送去防暑物品。（邱晓薇）\n"
)


def _heads(text: str) -> list[str]:
    return [
        body.lstrip("●■ ")
        for article in layout_articles(text)
        for role, body in article
        if role == "headline"
    ]


@pytest.mark.parametrize("mark", ["●", "■"])
def test_each_brief_is_headed_by_its_two_phrases(mark: str) -> None:
    articles = layout_articles(PAGE + BRIEFS.format(mark=mark))
    assert len(articles) == 2
    assert _heads(PAGE + BRIEFS.format(mark=mark)) == ["学技能 促就业", "夏日送清凉 关爱暖人心"]
    assert ("byline", "（侯一鸣）") in articles[0]
    assert ("byline", "（邱晓薇）") in articles[1]


def test_phrases_of_unequal_length_or_one_phrase_stay_text() -> None:
    assert title_dateline_start("●送清凉 进工地了 近日，某街道总工会举办培训班。") is None
    assert title_dateline_start("●市总工会 近日，市总工会举办培训班。") is None


def test_a_square_credit_closing_a_brief_still_credits() -> None:
    page = PAGE + "●近日，岭南区总工会举办职工书法展，展出作品80幅。■邱晓薇\n"
    articles = layout_articles(page)
    assert len(articles) == 1
    assert all(role != "headline" for role, _ in articles[0])
