"""A union's WeChat post set a phrase a line throughout, no mark at any line's end, its
paragraphs parted by blank lines only. Read on real_dev22: the runs were read as
captions and heads, and the last opened an article of its own. Each run between blank
lines is one body paragraph of the one article. Invented post in that shape."""

from __future__ import annotations

from tests.conftest import layout_articles

PAGE = """冬送温暖 城东区总工会走访一线职工
原创 城东职工之家 2024年01月20日 18:06 江苏

1月18日
城东区总工会
副主席林知夏
带队来到辖区3家企业
走访慰问一线职工

在城东物流园
慰问组为坚守岗位的20名货车司机
送上米、油和“暖心包”

下一步
区总工会还将于1月25日
在区职工服务中心举办
“迎新春·写春联”活动

来源：城东区总工会
"""


def test_each_run_is_one_body_paragraph_of_one_article():
    articles = layout_articles(PAGE)
    assert len(articles) == 1
    body = [text for role, text in articles[0] if role == "body"]
    assert len(body) == 3
    assert body[2].startswith("下一步\n")


def test_each_run_is_one_paragraph_its_phrases_kept_apart():
    from gonghui_build.pages import Page
    from gonghui_build.parsed import parse_page

    parsed = parse_page(Page("p", "p.txt", PAGE, "0"))
    body = [p.cleaned.text for p in parsed.paragraphs if p.role == "body"]
    assert len(body) == 3
    assert body[0].startswith("1月18日 城东区总工会副主席林知夏 带队")


def test_a_body_and_its_post_on_two_lines_stay_one_chain():
    """``城东区总工会`` / ``副主席林知夏``: the body the post is held at, then the post; a
    blank between them would part the person from the body (real_dev22)."""
    from gonghui_build.layout.repair import _chain_at

    text = "1月18日\n城东区总工会\n副主席林知夏\n带队"
    at = text.index("\n副主席")
    assert _chain_at(text, at, at + 1)
    first = text.index("\n城东")
    assert not _chain_at(text, first, first + 1)
