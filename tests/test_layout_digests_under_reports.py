"""Digests printed under a report on an e-paper page: credited items with no title of
their own, and a titled box whose items print a head over their text; pinned with
invented pages of those shapes."""

from __future__ import annotations

from gonghui_build.layout.blocks import split_blocks
from gonghui_build.layout.segment import layout

REPORT = """第05版：综合
柳营区召开职工代表座谈会
本报讯（记者 钱雨桐）4月8日，柳营区总工会召开职工代表座谈会，听取一线职工意见。
座谈会上，十二名职工代表围绕工资待遇、技能培训等话题发言。
"""


def _articles(text: str) -> list[list[tuple[str, str]]]:
    page = layout(split_blocks(text))
    return [
        [(p.role, p.block.plain) for p in page.placed if p.article == a.index]
        for a in page.articles
    ]


def test_a_credited_item_right_under_a_report_is_an_item_of_its_own():
    digest = "▲青禾镇总工会组织三十名劳模体检。（邵青）\n▲东坡街道工会为环卫工送去早餐。（任川）\n"
    articles = _articles(REPORT + digest)
    assert len(articles) == 3
    report, first = articles[0], articles[1]
    assert ("byline", "（邵青）") not in report
    assert first == [("body", "▲青禾镇总工会组织三十名劳模体检。"), ("byline", "（邵青）")]


def test_bullets_without_credits_under_a_report_stay_its_paragraphs():
    bullets = "●青禾镇总工会组织三十名劳模体检。\n●东坡街道工会为环卫工送去早餐。\n"
    assert len(_articles(REPORT + bullets)) == 1


def test_a_lone_credited_bullet_under_a_report_is_its_last_paragraph():
    one = "▲青禾镇总工会组织三十名劳模体检。（邵青）\n"
    assert len(_articles(REPORT + one)) == 1


def test_a_digest_box_whose_items_print_heads_ends_the_report_above_it():
    box = (
        "基层快讯\n"
        "东湖区：职工书屋添新书\n"
        "近日，东湖区总工会为辖区二十家职工书屋配送图书三千册。\n"
        "柳营镇：送法进工地\n"
        "柳营镇总工会组织律师走进三个建筑工地，为农民工讲解劳动合同知识。\n"
    )
    articles = _articles(REPORT + box)
    heads = [text for article in articles for role, text in article if role == "headline"]
    assert heads == [
        "柳营区召开职工代表座谈会",
        "东湖区：职工书屋添新书",
        "柳营镇：送法进工地",
    ]
    assert all(text != "基层快讯" for article in articles for _, text in article)


def test_a_captioned_photo_after_an_uncredited_item_is_photo_news_of_its_own():
    page = (
        "工会动态\n"
        "▲青禾镇总工会组织三十名劳模体检。（邵青）\n"
        "▲东坡街道工会为环卫工送去早餐两百份。\n"
        "4月9日，柳营区职工文化宫举办职工摄影展，展出作品八十幅。 柏川 摄\n"
    )
    articles = _articles(page)
    assert len(articles) == 3
    assert articles[1] == [("body", "▲东坡街道工会为环卫工送去早餐两百份。")]
    assert [role for role, _ in articles[2]] == ["body", "photo_credit"]
