"""A news aggregator's copy prints a one-line summary of the story between its header
rows (``来源：某某网 2022-07-20 14:33``) and the site's dateline (``某某网讯 …``). The
summary says the title again, as a brief's text would, but under header rows it is the
head's subtitle and the dateline goes on the same article: one article, not two (session
35, layout21, a lead of the last readers). Without header rows between them, a brief's
text under its head and a dateline after it still part two items. Invented pages."""

from __future__ import annotations

from tests.conftest import layout_articles

TITLE = "酒泉市总工会为户外劳动者送清凉"
SUMMARY = "酒泉市总工会日前为户外劳动者送去防暑物资，惠及一线职工3000余人。"
TEXT = (
    "中工网讯 7月18日，酒泉市总工会主席马建华带队走访环卫、交警、建筑工地等一线，"
    "为户外劳动者送去防暑降温物资。\n"
    "据悉，今年酒泉市总工会共投入资金60万元开展夏送清凉活动。\n"
)


def test_the_summary_under_header_rows_is_the_heads_subtitle():
    page = f"中工网 > 地方工会 > 甘肃\n{TITLE}\n来源：中工网 2022-07-20 14:33\n{SUMMARY}\n{TEXT}"
    (article,) = layout_articles(page)
    assert ("headline", TITLE) in article
    assert ("subtitle", SUMMARY) in article


def test_a_brief_under_its_head_with_no_header_rows_stays_an_item_of_its_own():
    page = f"第02版：要闻\n{TITLE}\n{SUMMARY}\n{TEXT}"
    assert len(layout_articles(page)) == 2
