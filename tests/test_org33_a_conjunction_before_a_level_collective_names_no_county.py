"""``乡镇总工会主席和县直单位工会主席``: jieba reads 和县 (a county of Anhui) where 和 joins
the towns' chairs to the chairs of the county's directly run units (县直单位). The county
the short forms take is the article's own, not 和县 (shape of a city union's work
bulletin; text and people invented, the county real)."""

from __future__ import annotations

from tests.conftest import first_article_positions, first_article_resolved, news_page

_BODY = (
    "7月16日，平山县总工会召开基层工会建设推进会，各乡镇总工会主席和县直单位工会主席"
    "共60余人参加。县总工会主席邵振声对下半年工作作了安排。"
)


def test_the_short_form_takes_the_articles_own_county():
    found = first_article_resolved(_BODY)
    assert "平山县总工会" in found
    assert not any(name.startswith("和县") for name in found)


def test_the_chair_is_at_the_articles_county_federation():
    assert ("邵振声", "主席", "平山县总工会") in first_article_positions(news_page(_BODY))


def test_a_county_opening_its_clause_keeps_its_name():
    assert "和县总工会" in first_article_resolved(
        "7月16日，和县总工会召开推进会，县直单位工会主席参加。"
    )
