"""Session 27 (layout): an award list printed in a report's text. Its units stand side by
side on a line, two or more blanks apart (``某某区建设工会    某某区教育工会``), and its
winners' names on a line under ``先进个人：``. The blanks between the cells used to be
removed as OCR spaces, so two units ran into one organisation; and the names under the
colon were read as the credit closing the item, so the winners became its authors. The
wide blank is kept as one space, and the names are the list's people. A blank inside a
word and a line of running text lose their blanks as before. All names and units are
invented."""

from __future__ import annotations

from tests.conftest import layout_roles, page_facts

REPORT = (
    "河湾区总工会表彰一批先进集体和个人\n"
    "本报讯 近日，河湾区总工会对2023年度工会工作先进集体和先进个人进行表彰。名单如下：\n"
    "先进集体：\n"
    "河湾区建设工会    河湾区教育工会\n"
    "河湾区卫健系统工会    河湾区交通运输工会\n"
    "先进个人：\n"
    "聂文静  邝立新  葛小川  褚一凡\n"
)


def _texts(page: str) -> list[str]:
    from gonghui_build.pages import page_from_bytes
    from gonghui_build.parsed import parse_page

    return [p.text for p in parse_page(page_from_bytes("p.txt", page.encode())).paragraphs]


def test_units_side_by_side_keep_one_space_between_them():
    texts = _texts(REPORT)
    assert "河湾区建设工会 河湾区教育工会" in texts
    assert "河湾区卫健系统工会 河湾区交通运输工会" in texts


def test_each_unit_of_a_row_is_an_organisation_of_its_own():
    orgs = {o.written for o in page_facts(REPORT).articles[0].orgs}
    assert {"河湾区建设工会", "河湾区教育工会", "河湾区交通运输工会"} <= orgs


def test_names_under_a_colon_are_the_lists_people_not_its_authors():
    assert layout_roles(REPORT)["聂文静  邝立新  葛小川  褚一凡"] == ("body", 0)
    article = page_facts(REPORT).articles[0]
    assert {p.name for p in article.people} >= {"聂文静", "邝立新", "葛小川", "褚一凡"}
    assert not article.authors


def test_names_closing_the_text_after_a_sentence_stay_its_credit():
    page = (
        "河湾区总工会开展职工读书分享会\n"
        "3月9日，河湾区总工会在区图书馆举办职工读书分享会，60余名职工参加。\n"
        "聂文静  邝立新\n"
    )
    assert layout_roles(page)["聂文静  邝立新"] == ("byline", 0)


def test_a_blank_in_running_text_is_still_removed():
    page = "河湾区总工会举办培训\n3月9日，河湾区总工会在区图书馆举办工会  干部培训班，60余名干部参加。\n"
    assert any("工会干部培训班" in t for t in _texts(page))


COUNTED = (
    "北塘这些集体和个人\n"
    "获省总工会表彰！\n"
    "日前，省总工会作出表彰决定，北塘市12家基层工会和8名工会干部受到表彰。\n"
    "省模范职工之家\n"
    "--12家--\n"
    "北塘市河西区建设工会    北塘市城南街道总工会\n"
    "省优秀工会工作者\n"
    "--8名--\n"
    "樊丽萍  车国栋  葛小川  褚一凡\n"
)


def test_names_under_a_lists_size_are_its_people_not_an_articles_byline():
    facts = page_facts(COUNTED)
    assert len(facts.articles) == 1
    assert {p.name for p in facts.articles[0].people} >= {"樊丽萍", "车国栋", "葛小川", "褚一凡"}
    assert not facts.articles[0].authors


def test_a_row_of_units_is_a_paragraph_of_its_own():
    texts = _texts(COUNTED)
    assert "北塘市河西区建设工会 北塘市城南街道总工会" in texts
    assert "樊丽萍 车国栋 葛小川 褚一凡" in texts
