"""A bare union's post (工会主席某某) right after the paragraph names a street's, a
town's or a township's federation (…来到某街道总工会，工会主席某某…) is held at that
federation, whose chair the place calls its 工会主席. A company named last keeps its own
union's post. Invented names, bodies and events."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_a_street_federations_chair():
    positions = first_article_positions(
        news_page("调研组来到安澜区桃源街道总工会，工会主席孟秀英介绍了职工驿站的运行情况。")
    )
    assert ("孟秀英", "主席", "安澜区桃源街道总工会") in positions


def test_a_towns_federations_chair():
    positions = first_article_positions(
        news_page("慰问组来到青禾县城关镇总工会，工会主席韩立平汇报了工作。")
    )
    assert ("韩立平", "主席", "青禾县城关镇总工会") in positions


def test_a_companys_union_chair_stays_the_companys():
    positions = first_article_positions(
        news_page("调研组来到东岭机床有限公司，工会主席邹海波介绍了情况。")
    )
    assert ("邹海波", "主席", "东岭机床有限公司工会") in positions


def test_a_countys_federation_is_not_taken():
    positions = first_article_positions(
        news_page("调研组来到青禾县总工会，工会主席邹海波介绍了情况。")
    )
    assert ("邹海波", "主席", "青禾县总工会") not in positions
