"""A listed company's board secretary (董事会秘书) and a union's full-time cadre (专干)
printed between a body and a name are posts at that body (某集团董事会秘书某某; 某区总工会
专干某某), as 副总经理 or 干事 there are; both are weak, so a bare 秘书 or 专干 before a
name in running text states no post. Invented names."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page, page_facts


def _posts(body: str, name: str) -> set[tuple[str, str | None]]:
    return {(t, o) for n, t, o in first_article_positions(news_page(body)) if n == name}


def test_a_board_secretary_after_a_group():
    body = "湖州港务集团董事会秘书冼国强介绍了情况。"
    assert _posts(body, "冼国强") == {("董事会秘书", "湖州港务集团")}


def test_a_board_secretary_in_a_chain():
    body = "湖州港务集团副总经理、董事会秘书冼国强出席。"
    assert _posts(body, "冼国强") == {("副总经理", "湖州港务集团"), ("董事会秘书", "湖州港务集团")}


def test_a_union_cadre_after_a_federation():
    body = "湖州市吴兴区总工会专干柴玉梅介绍了情况。"
    assert _posts(body, "柴玉梅") == {("专干", "湖州市吴兴区总工会")}


def test_a_bare_secretary_before_a_name_is_no_post():
    article = page_facts(news_page("他的秘书柴玉梅也来了。")).articles[0]
    assert not article.positions
