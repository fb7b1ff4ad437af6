"""A page may set a photo's caption in brackets under the text of the item it illustrates
(``（图为职工在书屋阅读）``): it is that item's caption, not the head of the headless item
(``本报讯 日前，…``) that follows it. A bracketed line that is no caption still heads the
item under it. Invented text in the shape read in session 37 (city workers' papers)."""

from __future__ import annotations

import pytest

from tests.conftest import block_roles, layout_articles

TITLE = "孝感职工书屋开进物流园\n"
ITEM = "本报讯（通讯员 黄蕾）9月6日，孝感市总工会在物流园新建的职工书屋揭牌，首批配送图书一千五百册。\n"
NEXT = "本报讯 日前，咸宁市咸安区总工会举办入会集中行动，八十六名快递员加入工会。（周敏）\n"


@pytest.mark.parametrize("caption", ["（图为职工在书屋阅读）", "(上图为揭牌仪式现场)"])
def test_a_bracketed_caption_is_the_items_caption(caption: str) -> None:
    text = TITLE + ITEM + caption + "\n" + NEXT
    articles = layout_articles(text)
    assert len(articles) == 2
    assert ("photo_caption", caption) in articles[0]
    assert all(role != "headline" for role, _ in articles[1])
    assert block_roles(text)[caption] == "photo_caption"


def test_a_bracketed_caption_between_title_and_dateline_stays_in_the_article() -> None:
    """The photo printed between the title and the dateline (layout22), its caption in
    brackets: one article, as before."""
    articles = layout_articles(TITLE + "（图为职工在书屋阅读）\n" + ITEM)
    assert len(articles) == 1
    assert ("headline", "孝感职工书屋开进物流园") in articles[0]
