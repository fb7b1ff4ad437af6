"""A profile's paragraph names its person first (人物简介：某某，女，1979年生。) and goes on
with sentences of no subject opening with a year (2001年进入某公司，曾任某部副经理，后任
某镇总工会兼职副主席): their career's clauses are that person's. Near miss: a paragraph
that opens with no name. Invented names and firms."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def _posts(body: str, name: str) -> set[tuple[str, str | None]]:
    return {(t, o) for n, t, o in first_article_positions(news_page(body)) if n == name}


def test_a_sentence_of_a_year_after_a_profiles_name_goes_on_with_its_career():
    body = (
        "人物简介：王秀兰，女，1979年生。2001年进入青禾电器有限公司，"
        "曾任青禾电器有限公司行政部副经理，后任青禾区北滘镇总工会兼职副主席。"
    )
    assert _posts(body, "王秀兰") == {
        ("副经理", "青禾电器有限公司行政部"),
        ("兼职副主席", "青禾区北滘镇总工会"),
    }


def test_a_paragraph_not_opened_by_the_name_tells_no_career():
    body = (
        "青禾电器有限公司召开大会，王秀兰出席。2001年进入青禾电器有限公司，"
        "曾任青禾电器有限公司行政部副经理。"
    )
    assert ("副经理", "青禾电器有限公司行政部") not in _posts(body, "王秀兰")
