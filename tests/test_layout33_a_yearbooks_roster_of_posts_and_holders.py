"""A yearbook's roster of a union's leaders printed one post a line and its holders after
it apart by blanks, no colon (``主　席　某某``, ``副主席　某某　某某某``), with a blank line
between its lines or not, a post or a two-character name padded to the width of three
(``副　主　席``, ``叶　青``): each line is a paragraph of the roster that keeps one space
before each holder, and every holder holds the post. A one-line heading after an entry
over such a roster (``某某总工会领导名录``) heads an article of its own. Invented
names and figures in the shape of city and county yearbooks (session 39, layout33)."""

from __future__ import annotations

from gonghui_build.layout.posted_names import holder_gaps
from tests.conftest import block_roles, page_facts

_SPACED = """安远年鉴·2021
安远县总工会

【概况】 2020年，安远县总工会有基层工会组织436个，会员3.8万人。

【领导成员】

主　　席　　欧阳春

副　主　席　　叶　青　　司马文昌　　兰秀英

经审会主任　　钟小梅

【困难帮扶】 全年县总工会发放帮扶资金86万元，帮扶困难职工310户。
"""

_LISTED = """临川年鉴·2022
临川市总工会
【概况】 2021年，临川市总工会有基层工会组织2150个，会员28.4万人。
临川市总工会领导名录
主　席　郑秋白
副主席　赵明远　孙丽娟
经费审查委员会主任　何青山
【送温暖】 春节期间，市总工会筹集资金320万元，慰问困难职工4200人次。
"""


def _paragraphs(page: str) -> list[tuple[str | None, list[str]]]:
    from gonghui_build.pages import page_from_bytes
    from gonghui_build.parsed import parse_page

    parsed = parse_page(page_from_bytes("p.txt", page.encode()))
    out = []
    for a in parsed.articles:
        paras = parsed.paragraphs_of(a.index)
        head = next((p.text for p in paras if p.role == "headline"), None)
        out.append((head, [p.text for p in paras if p.role == "body"]))
    return out


def _posts(page: str) -> set[tuple[str, str]]:
    return {(p.name, p.title_normalised) for a in page_facts(page).articles for p in a.positions}


def test_each_holder_of_a_padded_roster_holds_the_post() -> None:
    posts = _posts(_SPACED)
    assert {("叶青", "副主席"), ("司马文昌", "副主席"), ("兰秀英", "副主席")} <= posts
    assert {("欧阳春", "主席"), ("钟小梅", "经审会主任")} <= posts


def test_the_rows_keep_a_space_before_each_holder() -> None:
    roster = dict(_paragraphs(_SPACED))["领导成员"]
    assert roster == ["主席 欧阳春", "副主席 叶青 司马文昌 兰秀英", "经审会主任 钟小梅"]


def test_a_row_printed_without_blank_lines_is_no_heading() -> None:
    roles = block_roles(_LISTED)
    assert roles["副主席　赵明远　孙丽娟"] == "body"


def test_the_rosters_heading_heads_an_article_of_its_own() -> None:
    articles = dict(_paragraphs(_LISTED))
    assert articles["临川市总工会领导名录"] == [
        "主席 郑秋白",
        "副主席 赵明远 孙丽娟",
        "经费审查委员会主任 何青山",
    ]
    assert articles["概况"] == ["2021年，临川市总工会有基层工会组织2150个，会员28.4万人。"]


def test_the_rosters_holders_are_no_correspondents() -> None:
    facts = page_facts(_LISTED)
    assert not [a for art in facts.articles for a in art.authors]
    assert ("孙丽娟", "副主席") in _posts(_LISTED)


def test_a_byline_over_two_lines_is_no_roster() -> None:
    assert holder_gaps("■晚报记者　阮小静") == ()
    assert holder_gaps("通讯员　芦大海") == ()
    assert holder_gaps("本报记者　王小明　李华") == ()


def test_lines_that_are_no_post_and_names_are_no_rows() -> None:
    assert holder_gaps("主　任   王德顺   1949.11—1953.4") == ()  # a table's row with its term
    assert holder_gaps("主席　致辞") == ()
    assert holder_gaps("组织建设　民主管理") == ()
    assert holder_gaps("副主席　叶　青　司马文昌") == ((3, 4), (7, 8))


def test_a_heading_inside_a_gazetteers_section_stays_in_it() -> None:
    page = (
        "第一节 组织沿革\n"
        "1962年9月恢复工会组织，改称某县总工会，赵子明任主席。\n"
        "历届县总工会主要负责人名录\n"
        "职 务   姓 名   任职时间\n"
        "主 席   赵子明   1962.9—1966.6\n"
        "主 任   马云山   1973.6—1980.3\n"
    )
    heads = [h for h, _ in _paragraphs(page)]
    assert "历届县总工会主要负责人名录" not in heads


def test_a_post_held_at_a_body_named_before_it_is_no_roster_row() -> None:
    """Leaders' portrait captions in a row (``某区总工会副主席　某某``, one beside each
    photo): the post is held at the body printed before it, no roster's bare post."""
    assert holder_gaps("青禾区总工会副主席　林梓萌") == ()
    assert holder_gaps("南塘大学工会常务副主席　郑秋白") == ()
    assert holder_gaps("经费审查委员会主任　何青山") == ((9, 10),)


def test_portrait_captions_in_a_row_stay_captions() -> None:
    roles = block_roles(
        "本报讯　青禾区总工会举办基层工会主席培训班，学员们交流了体会。\n\n"
        "青禾区总工会副主席　林梓萌\n\n"
        "南塘大学工会常务副主席　郑秋白\n\n"
        "培训为期五天，共有120名基层工会主席参加。\n"
    )
    assert roles["青禾区总工会副主席　林梓萌"] != "body"
    assert roles["南塘大学工会常务副主席　郑秋白"] != "body"
