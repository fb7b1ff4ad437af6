"""A printed page's text layer may lose the line break between one item's last line and
the next item's headline (``…副主席。（某某）某某工会举办读书会`` over ``本报讯 3月7日，…``):
the tail is the next item's headline, cut off from the line it was glued to, and the
credit before it stays the first item's byline. A tail that is a credit, furniture, or
the rest of a sentence, or a tail over no dateline, stays where it is. Invented text in
the shape read in session 36 (e-paper text layers of provincial workers' papers)."""

from __future__ import annotations

import pytest

from gonghui_build.layout.glued_heads import glued_head_start
from tests.conftest import layout_articles

PAGE = "第02版：工会工作\n2024年3月12日 星期二\n"
FIRST = "江城市总工会召开全委会\n本报讯 3月8日，江城市总工会召开十届三次全委会，会议补选柯小岚为市总工会副主席。"
NEXT_HEAD = "江城铁路工会举办女职工读书分享会"
NEXT_TEXT = "本报讯 3月7日，江城铁路工会举办女职工读书分享会，来自8个站段的40名女职工参加。\n"


@pytest.mark.parametrize("credit", ["（贾文清）", ""])
def test_the_glued_tail_heads_the_next_item(credit: str) -> None:
    articles = layout_articles(PAGE + FIRST + credit + NEXT_HEAD + "\n" + NEXT_TEXT)
    assert len(articles) == 2
    assert ("headline", NEXT_HEAD) in articles[1]
    assert all(NEXT_HEAD not in text for _, text in articles[0])
    if credit:
        assert ("byline", credit) in articles[0]


def test_a_glued_tail_inside_a_blank_separated_page() -> None:
    page = (
        PAGE + "\n" + FIRST.replace("\n", "\n\n") + NEXT_HEAD + "\n" + NEXT_TEXT + "\n"
        "江城机车工会开展职工健康体检\n\n本报讯 7月3日起，江城机车工会组织1200名一线职工分批体检。\n"
    )
    articles = layout_articles(page)
    assert len(articles) == 3
    assert ("headline", NEXT_HEAD) in articles[1]


@pytest.mark.parametrize(
    "line",
    [
        # the item's own photo credit after its last sentence
        "本报讯 7月5日，江城市总工会为建筑工地一线职工送去清凉物资。本报记者 郝一鸣 摄",
        "本报讯 7月5日，江城市总工会为建筑工地一线职工送去清凉物资。 江城日报记者 郝一鸣 摄",
        # a line broken inside a sentence: no sentence ends before the tail
        "本报讯 7月6日，江城市总工会召开职工代表座谈会，会上职工代表提出的建议包括",
        # a continuation marker after the text
        "本报讯 7月6日，江城市总工会召开职工代表座谈会，20名职工代表参加。下转第3版",
        # a tail with a sentence of its own is text, no headline
        "本报讯 7月6日，江城市总工会召开座谈会。会上，职工代表提出建议十二条。",
    ],
)
def test_no_headline_is_cut_from_an_items_own_end(line: str) -> None:
    assert glued_head_start(line) is None


def test_a_title_tail_over_no_dateline_stays() -> None:
    page = PAGE + FIRST + NEXT_HEAD + "\n3月7日，江城铁路工会举办女职工读书分享会。\n"
    articles = layout_articles(page)
    assert all(("headline", NEXT_HEAD) not in article for article in articles)


def test_a_headline_glued_after_a_photo_credit_heads_the_next_item() -> None:
    page = (
        PAGE
        + FIRST
        + "（贾文清）\n图为获奖职工代表合影。本报记者 冯一鸣 摄"
        + NEXT_HEAD
        + "\n"
        + NEXT_TEXT
    )
    articles = layout_articles(page)
    assert len(articles) == 2
    assert ("photo_credit", "本报记者 冯一鸣 摄") in articles[0]
    assert ("headline", NEXT_HEAD) in articles[1]


def test_a_name_before_a_photography_show_is_no_photo_credit() -> None:
    line = "本报讯 江城市总工会举办摄影比赛，评出获奖作品30幅。赵一鸣摄影作品展在江城开幕"
    assert glued_head_start(line) == line.index("赵")
