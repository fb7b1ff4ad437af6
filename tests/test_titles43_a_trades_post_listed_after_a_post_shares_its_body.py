"""A post named by its trade (车间主任, 项目经理: jieba reads the trade and the title as one
noun) printed after another post with 、 holds the body the chain named, as 副厂长 after
车间主任 does: 某某先后任某厂班长、车间主任 lost 车间主任 (the list of bare titles after an
election's verb took no trade before its title), and 某厂班长、车间主任某某 gave 车间主任 no
body (the trade was read as an unread body). After a union, a Party committee or another
inner body the post is the works' whose union the chain named, else held at no body.
Invented names and bodies."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def _posts(body: str) -> set[tuple[str, str, str | None]]:
    return first_article_positions(news_page(body))


def test_posts_held_in_turn_after_xianhou_ren():
    assert _posts("韩立先后任鹤城机床厂班长、车间主任。") == {
        ("韩立", "班长", "鹤城机床厂"),
        ("韩立", "车间主任", "鹤城机床厂"),
    }


def test_a_trades_post_before_the_name_shares_the_body():
    assert _posts("鹤城机床厂班长、车间主任郜建国在会上发言。") == {
        ("郜建国", "班长", "鹤城机床厂"),
        ("郜建国", "车间主任", "鹤城机床厂"),
    }


def test_after_a_works_union_the_post_is_the_works():
    assert _posts("韩立任鹤城机床厂工会主席、车间主任。") == {
        ("韩立", "主席", "鹤城机床厂工会"),
        ("韩立", "车间主任", "鹤城机床厂"),
    }


def test_after_a_federation_the_post_has_no_body():
    assert _posts("鹤城县总工会副主席、项目经理郜建国在会上发言。") == {
        ("郜建国", "副主席", "鹤城县总工会"),
        ("郜建国", "项目经理", None),
    }


def test_an_election_of_two_names_reads_as_before():
    assert _posts("选举韩立为鹤城机床厂工会主席、郜建国为副主席。") == {
        ("韩立", "主席", "鹤城机床厂工会"),
        ("郜建国", "副主席", "鹤城机床厂工会"),
    }
