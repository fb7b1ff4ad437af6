"""One character right after a verb of going to a place (来到, 走进), that jieba reads
as a function word or a verb of its own, opens the name of the town or the street the
verb goes to (来到与儿街镇总工会: 与儿街镇, not 儿街镇), when the town's or the street's
level word follows within a short name. Invented towns, streets and visits; real
counties so that the town's county is read."""

from __future__ import annotations

from tests.conftest import first_article_resolved


def test_a_towns_name_opening_with_a_conjunction_after_the_verb_is_whole():
    body = "灵川县总工会举办培训班。次日，学员们来到与桥镇总工会，观摩了镇职工服务站。"
    assert "灵川县与桥镇总工会" in first_article_resolved(body)


def test_a_streets_name_opening_with_a_verb_after_the_verb_is_whole():
    body = "灵川县总工会考察组到外地学习。考察组走进来凤街道总工会，观摩了街道职工书屋。"
    assert "来凤街道总工会" in {n[-7:] for n in first_article_resolved(body)}


def test_a_conjunction_between_two_bodies_still_ends_the_name():
    body = "灵川县总工会与桥镇总工会联合举办培训班。"
    names = first_article_resolved(body)
    assert "灵川县总工会" in names
    assert not any(n.endswith("总工会与桥镇总工会") for n in names)


def test_the_verbs_complement_of_direction_is_no_part_of_the_name():
    # a town named by a word (胜利乡), so that nothing but the complement's rule keeps 到
    # out: 与桥镇 after 到 is cut at 与 whatever the rule says
    body = "灵川县总工会调研组深入到胜利乡工会，了解职工需求。"
    names = first_article_resolved(body)
    assert "灵川县胜利乡工会" in names
    assert not any("到胜利乡" in name for name in names)
