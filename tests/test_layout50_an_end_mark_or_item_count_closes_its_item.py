"""A row that only closes an item (a wire copy's ``（完）``, ``——完——``) or counts a digest's
items (``共3条``) is closing furniture (issue 8): it is no kicker of the next item and no
caption of the item it closes. An end mark run into the last sentence stays its text."""

from __future__ import annotations

import pytest

from tests.conftest import layout_articles, layout_furniture, layout_heads

ITEM = (
    "海淀区总工会召开女职工工作会\n"
    "本报讯（记者 周雯）3月6日，海淀区总工会召开女职工工作会，部署今年任务。\n"
    "区总工会副主席马丽娟出席会议并讲话。{run_in}\n"
    "{row}"
    "西城区表彰优秀工会干部\n"
    "本报讯 3月5日，西城区总工会表彰20名优秀工会干部。\n"
)
DIGEST = (
    "一句话新闻\n1.延庆区总工会为护林员送去防寒服300套。\n2.房山区总工会开展职工健康讲座。\n共2条\n"
)


@pytest.mark.parametrize("row", ["（完）", "——完——", "(全文完)"])
def test_an_end_mark_is_no_kicker_of_the_next_item(row):
    page = ITEM.format(run_in="", row=row + "\n")
    assert layout_heads(page) == [
        [("headline", "海淀区总工会召开女职工工作会")],
        [("headline", "西城区表彰优秀工会干部")],
    ]
    assert row in layout_furniture(page)


def test_an_end_mark_run_into_the_last_sentence_stays_text():
    first, _ = layout_articles(ITEM.format(run_in="（完）", row=""))
    assert ("body", "区总工会副主席马丽娟出席会议并讲话。（完）") in first


def test_a_digests_count_of_its_items_is_furniture():
    articles = layout_articles(DIGEST)
    assert len(articles) == 2
    assert "共2条" in layout_furniture(DIGEST)
