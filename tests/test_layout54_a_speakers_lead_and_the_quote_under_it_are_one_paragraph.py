"""A post's line ending with its speaker and a colon (``…拉着部长的手说：``) and the
quote set alone on the next line (``“年年都惦记着我们。”``): one sentence broken where
the quote opens, one paragraph. Read in session 51 (layout54) on WeChat posts of county
and district unions, a workers' paper's web copies and a provincial union's site: the
lead and its quote were counted as two paragraphs. A colon after no verb of saying opens
a list, and a lead over several quotes keeps each apart. Invented pages in those shapes."""

from __future__ import annotations

from gonghui_build.layout.quoted_leads import is_speakers_lead, is_whole_quote
from gonghui_build.pages import page_from_bytes
from gonghui_build.parsed import parse_page

POST = (
    "送温暖到家门 松河区总工会走访慰问困难职工\n"
    "松河工会 2024-02-01 17:40 发表于河北\n"
    "1月30日，松河区总工会副主席蒲海燕一行走访慰问困难职工12户，送去慰问金和米、面、油。\n"
    "在东关社区，\n"
    "患病多年的老职工邬长顺拉着蒲海燕的手说：\n"
    "“工会年年都惦记着我们，心里热乎。”\n"
    "▲蒲海燕走访困难职工家庭\n"
    "据了解，区总工会春节前还将开展送春联活动。\n"
)


def _bodies(text: str) -> list[str]:
    parsed = parse_page(page_from_bytes("p.txt", text.encode()))
    return [p.text for p in parsed.paragraphs if p.role == "body"]


def test_a_speakers_lead_and_the_quote_on_the_next_line_are_one_paragraph():
    bodies = _bodies(POST)
    assert len(bodies) == 3
    assert bodies[1].endswith("拉着蒲海燕的手说：“工会年年都惦记着我们，心里热乎。”")


def test_a_lead_in_lines_set_as_paragraphs_takes_its_quote():
    page = (
        "区总工会举办劳模工匠进校园活动\n"
        "本报讯（记者 苗雨田）11月20日，区总工会在松河中学举办劳模工匠进校园活动，300余名师生参加。\n"
        "全国劳动模范、松河机械厂高级技师葛立军在讲座中说：\n"
        "“技术没有捷径，只有一遍一遍地练，才能把活干精干细。”\n"
        "区总工会副主席卜文静表示，将把这项活动办成常态化品牌。\n"
    )
    assert len(_bodies(page)) == 3


def test_a_lead_over_several_quotes_keeps_each_quote_a_paragraph():
    page = (
        "区总工会举办劳模工匠进校园活动\n"
        "本报讯（记者 苗雨田）11月20日，区总工会在松河中学举办劳模工匠进校园活动，300余名师生参加。\n"
        "听完讲座，同学们纷纷说：\n"
        "“原来技术工人这么了不起。”\n"
        "“长大了我也要当一名工匠。”\n"
        "区总工会副主席卜文静表示，将把这项活动办成常态化品牌。\n"
    )
    assert len(_bodies(page)) == 5


def test_a_colon_after_no_verb_of_saying_opens_no_quote():
    assert not is_speakers_lead("会议决定，授予以下单位和个人荣誉称号：")
    assert is_speakers_lead("老劳模邬长顺激动地说：")
    assert is_speakers_lead("区总工会主席霍春兰表示:")


def test_a_quote_with_words_after_it_is_no_whole_quote():
    assert is_whole_quote("“工会年年都惦记着我们。”")
    assert is_whole_quote("“工会年年都惦记着我们”。")
    assert not is_whole_quote("“工会年年都惦记着我们。”他笑着说。")
    assert not is_whole_quote("工会年年都惦记着我们。")
