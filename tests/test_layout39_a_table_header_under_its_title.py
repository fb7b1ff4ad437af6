"""A spaced table printed under its title with no sentence before it (a list of winners
a union's site posts as a table: ``2024年度全市优秀工会工作者名单`` over ``序号  姓名
工作单位及职务`` and its rows): the header names the table's columns, no headline, so the
title stays the headline (no kicker), the header a heading of its text and the rows its
text, as under an award list's title (``award_sections.title_over_list``). Invented
pages in the shape of award lists on union sites read in session 41."""

from __future__ import annotations

from tests.conftest import block_roles, layout_articles, page_facts

TITLE = "2024年度全市优秀工会工作者名单"
HEADER = "序号  姓名  工作单位及职务"
ROWS = (
    "1  王春梅  市第一人民医院工会主席\n"
    "2  李建华  市供电公司工会副主席\n"
    "3  赵晓光  市建工集团工会主席\n"
    "4  孙丽娜  市实验中学工会主席\n"
)
PAGE = f"{TITLE}\n\n{HEADER}\n{ROWS}"


def test_the_title_over_the_header_is_the_headline():
    roles = block_roles(PAGE)
    assert roles[TITLE] == "headline"
    assert roles[HEADER] not in ("headline", "kicker", "body")


def test_the_rows_are_the_titles_text():
    articles = layout_articles(PAGE)
    assert len(articles) == 1
    assert [t for r, t in articles[0] if r == "body"] == ROWS.splitlines()


def test_the_names_in_the_rows_are_read():
    people = {p.name for p in page_facts(PAGE).articles[0].people}
    assert {"王春梅", "李建华", "赵晓光", "孙丽娜"} <= people


def test_a_spaced_header_with_no_name_column_is_no_headline_either():
    header = "单    位          职    务            获奖者"
    rows = (
        "市交通集团工会    副主席              周文斌\n"
        "市水务集团工会    女职工委员会主任    钱丽华\n"
        "市商贸集团工会    经审会主任          吴国强\n"
    )
    page = (
        f"关于表彰基层工会先进个人的通报\n\n经研究，决定对以下同志予以通报表彰。\n{header}\n{rows}"
    )
    roles = block_roles(page)
    assert roles["关于表彰基层工会先进个人的通报"] == "headline"
    assert roles[header] not in ("headline", "body")
    assert len(layout_articles(page)) == 1


def test_a_title_over_a_text_is_still_a_headline_with_its_kicker():
    # no table under it: a kicker and a headline over the text, as before
    page = "喜迎五一\n全市优秀工会工作者受表彰\n4月28日，市总工会召开表彰大会，表彰优秀工会工作者50名。\n"
    roles = block_roles(page)
    assert (roles["喜迎五一"], roles["全市优秀工会工作者受表彰"]) == ("kicker", "headline")


def test_a_header_opening_the_page_heads_no_article():
    # a table continued from the page before, its header printed again at the top
    page = f"{HEADER}\n{ROWS}"
    roles = block_roles(page)
    assert "headline" not in roles.values()
    assert roles[HEADER] not in ("body", "furniture")
    assert [t for r, t in layout_articles(page)[0] if r == "body"] == ROWS.splitlines()


def test_a_header_after_a_texts_lead_stays_in_that_article():
    page = (
        f"市总工会表彰优秀工会工作者\n4月28日，市总工会召开表彰大会，名单如下。\n{HEADER}\n{ROWS}"
    )
    articles = layout_articles(page)
    assert len(articles) == 1
    assert articles[0][0] == ("headline", "市总工会表彰优秀工会工作者")
