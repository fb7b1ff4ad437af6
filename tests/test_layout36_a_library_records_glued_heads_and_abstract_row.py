"""A digital library's record of a county gazetteer's part (read in session 40, layout36)
prints the record's catalogue rows with an abstract among them (``摘要: 主要内容包括:…``)
and then runs the chapter's and the section's heads onto the text's first line
(``第一章工人组织第一节县总工会一、组织沿革…``). The abstract was read as the text's first
paragraph and the heads as text, so the section had no headline. Invented page in that
shape."""

from __future__ import annotations

from gonghui_build.layout.blocks import split_blocks
from gonghui_build.layout.book_heads import glued_head_cut
from gonghui_build.layout.segment import layout

RECORD = """第八篇 群众团体

知识类型: 析出资源
查看原文
内容出处: 《青川县志》 图书
唯一号: 140220020210009912
颗粒名称: 第八篇 群众团体
分类号: C912.2
页数: 16
摘要: 主要内容包括:第一章工人组织,第二章青年组织,第三章妇女组织。
关键词: 青川县 地方史志 群众团体

内容

第一章工人组织第一节县总工会一、组织沿革青川县工会筹备委员会成立于1950年6月,会址设在城关镇。
  1958年后,全县各厂矿相继建立基层工会,会员由600余人增至2100人。
二、主要活动1956年起,县工会在全县厂矿开展劳动竞赛,评选先进生产者86名。
"""


def _page(text: str):
    page = layout(split_blocks(text))
    furniture = [p.block.plain.strip() for p in page.placed if p.article is None]
    articles = [
        [(p.role, p.block.plain.strip()) for p in page.placed if p.article == a.index]
        for a in page.articles
    ]
    return furniture, articles


def test_the_section_head_glued_to_the_text_is_the_headline():
    furniture, articles = _page(RECORD)
    assert len(articles) == 1
    assert articles[0][0] == ("headline", "第一节县总工会")
    assert "第一章工人组织" in furniture


def test_the_records_abstract_row_is_furniture():
    furniture, articles = _page(RECORD)
    assert any(line.startswith("摘要") for line in furniture)
    assert all(not text.startswith("摘要") for _, text in articles[0])


def test_the_glued_heads_end_where_the_next_head_opens():
    text = "第一章工人组织第一节县总工会一、组织沿革青川县工会筹备委员会成立于1950年6月。"
    assert glued_head_cut(text) == len("第一章工人组织")
    rest = text[len("第一章工人组织") :]
    assert glued_head_cut(rest) == len("第一节县总工会")
    assert glued_head_cut("第二节职工团体一、组织沿革") == len("第二节职工团体")
    assert glued_head_cut("第二节职工团体成立于1950年。") is None


def test_a_sentence_naming_a_section_is_no_glued_head():
    """Near miss: a text that names a section in running text, no numbered part after."""
    assert glued_head_cut("第三节所述的县总工会，于1953年成立。") is None
    assert glued_head_cut("第一章工人组织") is None


def test_an_articles_abstract_under_its_headline_is_no_record_row():
    """Near miss: an abstract under a headline (text of the page's own before it) stays."""
    text = """县总工会开展职工读书活动
来源：某县总工会
摘要：县总工会在全县开展职工读书活动，500名职工参加。
关键词：读书
本报讯 4月23日，县总工会在全县开展职工读书活动，500名职工参加。
"""
    _, articles = _page(text)
    assert any(text.startswith("摘要") for article in articles for _, text in article)
