"""Names listed before an adverb and an election's or appointment's verb after them
(甲、乙、丙先后任某县总工会主席; 甲、乙相继当选为副主席; 甲曾任某厂工会主席) each hold
the post, as without the adverb (``people.yaml`` election_adverbs): gazetteers and
yearbooks list a union's past chairs so. 分别 still gives the posts in turn. Invented
names."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def _positions(body: str) -> set[tuple[str, str, str | None]]:
    return first_article_positions(news_page(body))


def test_chairs_in_turn_with_xianhou():
    body = "建国以来，郜振邦、卢庆田、滕秀峰先后任鹤城县总工会主席。"
    assert _positions(body) == {
        ("郜振邦", "主席", "鹤城县总工会"),
        ("卢庆田", "主席", "鹤城县总工会"),
        ("滕秀峰", "主席", "鹤城县总工会"),
    }


def test_vice_chairs_elected_with_xiangji():
    body = "会上，卢庆田、滕秀峰相继当选为鹤城县总工会副主席。"
    assert _positions(body) == {
        ("卢庆田", "副主席", "鹤城县总工会"),
        ("滕秀峰", "副主席", "鹤城县总工会"),
    }


def test_one_name_with_ceng():
    assert _positions("卢庆田曾任鹤城县总工会主席。") == {("卢庆田", "主席", "鹤城县总工会")}


def test_fenbie_still_gives_posts_in_turn():
    body = "卢庆田、滕秀峰分别当选为鹤城县总工会主席、副主席。"
    assert _positions(body) == {
        ("卢庆田", "主席", "鹤城县总工会"),
        ("滕秀峰", "副主席", "鹤城县总工会"),
    }
