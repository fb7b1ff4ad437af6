"""An e-paper page may print a headless item (``本报讯（通讯员 某某）…``) right under the
credit of the photo closing the item before it, and that item's text may be one
paragraph opened by its dateline (``本报讯（通讯员 某某）9月6日，…`` / ``某某 摄``). The
photo then stands after the text, not between the title and the text: the dateline after
its credit opens an item of its own, as it does after an item of several paragraphs.
A photo printed between a title and its dateline (no text yet) stays in that article
(layout22). Invented text in the shape read in session 37 (city workers' papers' pages)."""

from __future__ import annotations

import pytest

from tests.conftest import layout_articles

TITLE = "孝感职工书屋开进物流园\n"
ITEM = "本报讯（通讯员 黄蕾）9月6日，孝感市总工会在临空经济区物流园新建的职工书屋揭牌，首批配送图书一千五百册。\n"
NEXT = "本报讯（通讯员 周敏）日前，咸宁市咸安区总工会举办新就业形态劳动者入会集中行动，八十六名快递员加入工会。\n"


@pytest.mark.parametrize(
    "photo",
    ["严丽华 摄\n", "图为职工在书屋阅读。 严丽华 摄\n", "图为职工在书屋阅读。\n严丽华 摄\n"],
)
def test_a_dateline_after_a_one_paragraph_items_photo_opens_a_headless_item(photo: str) -> None:
    articles = layout_articles(TITLE + ITEM + photo + NEXT)
    assert len(articles) == 2
    assert ("headline", "孝感职工书屋开进物流园") in articles[0]
    assert all(role != "headline" for role, _ in articles[1])
    assert any(role == "dateline" and "周敏" in text for role, text in articles[1])


def test_a_photo_between_a_title_and_its_dateline_stays_in_the_article() -> None:
    articles = layout_articles(TITLE + "图为职工在书屋阅读。 严丽华 摄\n" + ITEM)
    assert len(articles) == 1
