"""A village's body printed by its level word alone (村工会) after the article printed
the village's body in full (某县某镇某村工会) is that body, as a town's short form takes
the town named before it: the village's name is put before the level word. Invented
village and people; the county is real."""

from __future__ import annotations

from tests.conftest import first_article_resolved


def test_a_village_union_short_form_is_the_union_printed_in_full_before():
    body = "近日，王立强到柳州市融安县石门镇桃源村工会调研。村工会主席韦小兰介绍了情况。"
    assert first_article_resolved(body) == {"柳州市融安县石门镇桃源村工会"}
