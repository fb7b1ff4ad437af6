"""A photo spread and a Q&A column (session 12, read from real_dev5's shapes), pinned
with invented text: the spread's photos after its lead are captions of one article; a
Q&A's askers signed in brackets between question and answer close no article, and an
answer opens a paragraph of its own; an e-paper's pager row with arrows is furniture;
a dash line under a headline naming a hotline is its subtitle."""

from __future__ import annotations

from gonghui_build.layout.blocks import split_blocks
from gonghui_build.layout.segment import layout
from gonghui_build.pages import page_from_bytes
from gonghui_build.parsed import parse_page

SPREAD = """青禾工人报
2021年5月3日 星期一
第08版：图片
节日里的劳动者
节日期间，全市各级工会组织开展多种活动，与一线职工共度佳节。
5月1日，市总工会在滨河公园举办职工健步走活动，一千余名职工参加。图为职工出发。
本报记者 岑向东 摄
5月2日，东区总工会为环卫工人送上慰问品。图为区总工会副主席祁念安（左一）递上慰问品。
通讯员 窦静怡 摄
5月3日，西区总工会组织职工志愿者到敬老院开展志愿服务。
本报记者 岑向东 摄
"""

QA = """第05版：法律服务
◀上一篇  下一篇▶  2021年6月2日  放大 缩小 默认
工会律师答疑
——青禾市总工会职工服务热线12351来电选登
本报记者 白晓川 整理
问：公司一直没给我缴社保，我辞职能要求经济补偿吗？
（东区 柏女士）
答：青禾正和律师事务所律师蓝望舒：用人单位未依法缴纳社会保险费的，劳动者可以解除合同并要求经济补偿。
问：公司让我签了放弃加班费的声明，这份声明有效吗？（西区 小郁）
答：青禾中正律师事务所律师祁念安：支付加班费是用人单位的法定义务，这样的声明无效。
问：我在工地摔伤了腿，没签合同就不算工伤吗？
（南区 岑师傅）
答：市总工会法律服务中心律师窦静怡：没有签订书面劳动合同不影响工伤认定。
"""


def test_a_spreads_photos_after_its_lead_are_captions_of_one_article():
    page = layout(split_blocks(SPREAD))
    assert len(page.articles) == 1
    roles = {p.block.plain.strip(): p.role for p in page.placed}
    assert roles["节日期间，全市各级工会组织开展多种活动，与一线职工共度佳节。"] == "body"
    captions = [p for p in page.placed if p.role == "photo_caption"]
    credits = [p for p in page.placed if p.role == "photo_credit"]
    assert len(captions) == 3 and len(credits) == 3


def test_photos_under_no_lead_are_still_items_of_their_own():
    text = "\n".join(SPREAD.splitlines()[:4] + SPREAD.splitlines()[5:]) + "\n"
    page = layout(split_blocks(text))
    assert len(page.articles) == 3


def _parsed(text: str):
    return parse_page(page_from_bytes("qa.txt", text.encode()))


def test_a_qa_columns_askers_close_no_article():
    parsed = _parsed(QA)
    assert len(parsed.articles) == 1
    assert parsed.articles[0].kind != "interview_roundup"
    roles = {p.text.replace(" ", ""): p.role for p in parsed.paragraphs}
    assert roles["（东区柏女士）"] == "speaker_line"
    assert roles["（南区岑师傅）"] == "speaker_line"


def test_an_answer_opens_a_paragraph_of_its_own():
    parsed = _parsed(QA)
    body = [p.text for p in parsed.paragraphs if p.role == "body"]
    assert len(body) == 6
    assert all(t.startswith(("问：", "答：")) for t in body)


def test_a_pager_row_with_arrows_is_furniture_and_a_dash_line_a_subtitle():
    roles = {p.block.plain.strip(): p.role for p in layout(split_blocks(QA)).placed}
    assert roles["◀上一篇  下一篇▶  2021年6月2日  放大 缩小 默认"] == "furniture"
    assert roles["——青禾市总工会职工服务热线12351来电选登"] == "subtitle"
