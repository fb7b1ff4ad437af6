"""An editor's note printed over a page's items with no head above it (``编者按`` alone on
its line, then its text, then the items): the label is the note's heading, never an
article's headline (issue 8). Invented page."""

from __future__ import annotations

from tests.conftest import layout_articles

NOTE = (
    "第02版：工会新闻\n"
    "编者按\n"
    "今年是工会驿站建设的第五年。本报今起推出系列报道，展示各地工会服务户外劳动者的新做法。\n"
)
ITEM = (
    "江北区工会驿站新增医疗箱\n"
    "本报讯（通讯员 韩立秋）近日，江北区总工会为辖区40个工会驿站配备了医疗箱，"
    "方便户外劳动者就近取用。\n"
    "驿站负责人表示，医疗箱每月补充一次。\n"
)


def test_an_editors_note_opening_the_page_is_headed_by_no_headline():
    articles = layout_articles(NOTE + ITEM)
    headlines = [t for a in articles for role, t in a if role == "headline"]
    assert headlines == ["江北区工会驿站新增医疗箱"]
    assert ("section_heading", "编者按") in articles[0]


def test_an_editors_note_under_a_headline_stays_that_articles_heading():
    page = "南湖区总工会开展送清凉活动\n" + NOTE.split("\n", 1)[1] + ITEM.split("\n", 1)[1]
    (article,) = layout_articles(page)
    assert article[0] == ("headline", "南湖区总工会开展送清凉活动")
    assert ("section_heading", "编者按") in article
