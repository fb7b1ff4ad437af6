"""Two photos set one after the other under an e-paper's news item (caption, credit,
caption, credit), each of a county the item never names: two photo items, each an
article of its own with its caption as its text and its credit as its photographer, as
one such photo already was (the annotation's rule: a photo item with a subject of its
own is an article). Under a post with no dateline they are its gallery and stay its
captions; a photo of the item's own event keeps the item's. Invented pages in the shape
of provincial workers' papers' e-pages and agencies' photo pages (layout48)."""

from __future__ import annotations

from tests.conftest import layout_articles, page_facts
from tests.epaper_items import NEXT, REPORT, TOP

FIRST = "5月5日，德清县总工会组织劳模走进社区，为居民义务维修家电。"
SECOND = "5月6日，嘉善县职工在县工人文化宫参加插花培训。"
PHOTOS = f"{FIRST}\n本报通讯员 邹国梁 摄\n{SECOND}\n本报记者 邬小禾 摄\n"


def test_two_photos_of_other_counties_are_two_items() -> None:
    articles = layout_articles(TOP + REPORT + PHOTOS + NEXT)
    assert len(articles) == 4
    assert articles[1] == [("body", FIRST), ("photo_credit", "本报通讯员 邹国梁 摄")]
    assert articles[2] == [("body", SECOND), ("photo_credit", "本报记者 邬小禾 摄")]


def test_each_photo_item_keeps_its_own_photographer() -> None:
    authors = [
        [(a.name, a.role.value) for a in art.authors]
        for art in page_facts(TOP + REPORT + PHOTOS + NEXT).articles
    ]
    assert authors[:3] == [
        [("苏明远", "reporter")],
        [("邹国梁", "photographer")],
        [("邬小禾", "photographer")],
    ]


def test_a_posts_two_photos_without_a_dateline_stay_its_gallery() -> None:
    post = "职工风采\n近日，各地职工坚守岗位，用汗水书写奋斗。\n"
    articles = layout_articles(post + PHOTOS)
    assert len(articles) == 1
    assert ("photo_caption", SECOND) in articles[0]


def test_a_photo_of_the_items_own_district_keeps_both_photos_the_items() -> None:
    own = "5月6日，南湖区职工在比赛现场挥毫泼墨。\n本报记者 邬小禾 摄\n"
    articles = layout_articles(TOP + REPORT + f"{FIRST}\n本报通讯员 邹国梁 摄\n" + own + NEXT)
    assert len(articles) == 2
