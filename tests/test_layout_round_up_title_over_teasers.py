"""A round-up's title naming its items after a bar (``一周速览 | 标题；标题``) is the page's
title, as ANNOTATION.md says: over a teaser row and a photo carousel's titles (no
sentence among them) it heads no article of its own, and those lines are the page's.
Text under it that ends a sentence stays an article's text. Invented text in the shape of
a union news site's weekly round-up."""

from __future__ import annotations

from tests.conftest import block_roles, layout_articles

TOP = """\
一周速览 | 河湾工会举办职工运动会；清溪工会开设职工夜校
2024-09-02 编辑部
核心提示：●河湾工会举办职工运动会●清溪工会开设职工夜校
"""

ITEMS = """\
工作动态
河湾市总工会举办第九届职工运动会
8月28日，河湾市第九届职工运动会在市体育中心开幕，四十支代表队参赛。
清溪区总工会开设职工夜校
8月30日，清溪区总工会职工夜校开课，首期开设书法、摄影等六门课程。
"""


def test_a_round_up_title_over_teasers_heads_no_article() -> None:
    articles = layout_articles(TOP + ITEMS)
    assert [a[0] for a in articles] == [
        ("headline", "河湾市总工会举办第九届职工运动会"),
        ("headline", "清溪区总工会开设职工夜校"),
    ]
    roles = block_roles(TOP + ITEMS)
    assert roles["一周速览 | 河湾工会举办职工运动会；清溪工会开设职工夜校"] == "banner"
    assert roles["核心提示：●河湾工会举办职工运动会●清溪工会开设职工夜校"] == "furniture"


def test_a_sentence_under_a_round_up_title_stays_an_articles_text() -> None:
    top = TOP.replace(
        "核心提示：●河湾工会举办职工运动会●清溪工会开设职工夜校", "本周，全市工会活动丰富。"
    )
    articles = layout_articles(top + ITEMS)
    assert len(articles) == 3
    assert ("body", "本周，全市工会活动丰富。") in articles[0]
