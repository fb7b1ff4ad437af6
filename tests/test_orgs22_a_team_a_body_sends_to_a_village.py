"""A team a body sends to a place (某省总工会驻某村工作队, 全总驻某县定点帮扶工作队) is one
body named from the body that sends it: 驻 'stationed at' and the paired assistance
(定点帮扶), which jieba reads as verbs, are part of the team's name, not a stop that
leaves a nameless 某村工作队. 驻 as the sentence's verb after a body's staff, or a
team named by no body, changes nothing. Invented teams and people."""

from __future__ import annotations

from tests.conftest import first_article_resolved


def test_a_federations_village_team_is_named_from_the_federation():
    found = first_article_resolved("湖南省总工会驻石岭村工作队队长王立新介绍了村里的产业情况。")
    assert "湖南省总工会驻石岭村工作队" in found
    assert "石岭村工作队" not in found


def test_a_paired_assistance_team_of_the_acftu_by_its_short_name():
    found = first_article_resolved("全总驻和顺县定点帮扶工作队队长汪晓颖走访南天池村。")
    assert "全总驻和顺县定点帮扶工作队" in found


def test_stationed_as_the_sentences_verb_after_staff_names_no_team():
    found = first_article_resolved("市总工会工作人员驻石岭村开展帮扶工作队伍建设。")
    assert not any("驻" in name for name in found)
