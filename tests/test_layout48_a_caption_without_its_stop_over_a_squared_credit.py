"""A photo set after an e-paper item whose caption the page prints without its final stop
(``5月5日，某县职工在社区…维修家电``), over its credit, perhaps after a byline's square
(``□某某 摄``): the line is the photo's caption and the credit its photographer's, not a
body paragraph and the next item's kicker. A photo of another county is then an item of
its own, as a stopped caption already was. A paragraph that ends its sentence stays
text. Invented pages in the shape of provincial workers' papers' e-pages (layout48)."""

from __future__ import annotations

from tests.conftest import layout_articles, page_facts
from tests.epaper_items import NEXT, REPORT, TOP

CAPTION = "5月5日，德清县总工会组织劳模走进社区为居民义务维修家电"


def test_a_squared_photo_credit_is_no_kicker_of_the_next_item() -> None:
    articles = layout_articles(
        TOP + REPORT + "图为南湖区职工在比赛现场挥毫泼墨\n□邹国梁 摄\n" + NEXT
    )
    assert articles[0][-1] == ("photo_credit", "□邹国梁 摄")
    assert [role for role, _ in articles[1]] == ["headline", "dateline"]


def test_an_unstopped_caption_of_the_items_event_is_its_caption() -> None:
    own = "5月6日，南湖区职工在比赛现场挥毫泼墨"
    articles = layout_articles(TOP + REPORT + own + "\n邹国梁 摄\n" + NEXT)
    assert len(articles) == 2
    assert articles[0][-2:] == [("photo_caption", own), ("photo_credit", "邹国梁 摄")]


def test_an_unstopped_caption_of_another_county_is_a_photo_item() -> None:
    text = TOP + REPORT + CAPTION + "\n□邹国梁 摄\n" + NEXT
    assert len(layout_articles(text)) == 3
    authors = [[(a.name, a.role.value) for a in art.authors] for art in page_facts(text).articles]
    assert authors[1] == [("邹国梁", "photographer")]


def test_a_stopped_paragraph_over_a_writers_credit_stays_text() -> None:
    tail = "比赛将于明年继续举办。\n（韩立秋）\n"
    articles = layout_articles(TOP + REPORT + tail + NEXT)
    assert len(articles) == 2
    assert ("body", "比赛将于明年继续举办。") in articles[0]
