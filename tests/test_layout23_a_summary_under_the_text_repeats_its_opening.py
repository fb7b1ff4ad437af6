"""A city site prints the item's summary under its text and credits: its opening
paragraph again, without the dateline the text opens with (``某某网讯 近日，…`` above,
``近日，…`` below). The summary is a repeat of that paragraph, not an article of its own.
Invented text in the shape of a city news site's original-news pages."""

from __future__ import annotations

from tests.conftest import layout_articles

OPENING = "近日，拱墅区总工会为辖区女职工举办了一场“时装秀”，来自医护、环卫、社工等行业的女职工代表走上T台。"
PAGE = f"""\
当前位置: 钱塘网 - > - 钱网原创 - > - 原创新闻
庆祝“三八”妇女节 拱墅区女职工走起“时装秀”
发布时间:2022-03-08 17:25:00 Tue  来源:钱塘网

钱塘网讯 {OPENING}

来自8个街道、50家企业工会的代表共70余人参加了活动。

作者:记者 郑晓薇   编辑:徐敏
{{summary}}
"""


def test_the_summary_without_the_dateline_is_a_repeat() -> None:
    articles = layout_articles(PAGE.format(summary=OPENING))
    assert len(articles) == 1
    assert ("repeat", OPENING) in articles[0]
    assert articles[0][0] == ("headline", "庆祝“三八”妇女节 拱墅区女职工走起“时装秀”")


def test_the_summary_printed_with_the_dateline_is_a_repeat_as_before() -> None:
    articles = layout_articles(PAGE.format(summary=f"钱塘网讯 {OPENING}"))
    assert len(articles) == 1
    assert articles[0][-1][0] == "repeat"


def test_another_paragraph_under_the_credits_is_no_repeat() -> None:
    other = "据悉，区总工会还将举办女职工健康讲座，邀请市妇幼保健院专家为女职工答疑解惑。"
    articles = layout_articles(PAGE.format(summary=other))
    assert all(role != "repeat" for article in articles for role, _ in article)
