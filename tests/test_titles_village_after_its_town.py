"""A village printed after its town or alone before a post (某县某镇某村党支部书记某某,
某村党委书记某某) holds the post: the village is the organisation, the Party branch
stays in the title, as ANNOTATION.md keeps inner bodies (invented names and places)."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_a_village_after_its_town_holds_its_party_branch_secretary():
    found = first_article_positions(news_page("石湾县柳湾镇三元村党支部书记王乐平获得表彰。"))
    assert ("王乐平", "党支部书记", "石湾县柳湾镇三元村") in found


def test_a_town_before_its_party_committee_names_the_committee():
    found = first_article_positions(news_page("石湾县柳湾镇党委书记张赛龙作了讲话。"))
    assert ("张赛龙", "书记", "石湾县柳湾镇党委") in found  # a town's 党委: org35


def test_a_village_printed_alone_before_its_party_post_holds_it():
    found = first_article_positions(
        news_page("获奖的还有河湾村党委书记田雄飞、山前村党支部书记张文斌。")
    )
    assert ("田雄飞", "党委书记", "河湾村") in found
    assert ("张文斌", "党支部书记", "山前村") in found


def test_a_province_printed_before_the_village_is_part_of_its_name():
    found = first_article_positions(news_page("浙江省花园村党委书记邵钦平发言。"))
    assert ("邵钦平", "党委书记", "浙江省花园村") in found


def test_a_word_ending_in_the_village_character_names_no_village():
    found = first_article_positions(news_page("记者来到农村党支部书记王大伟家中。"))
    assert ("王大伟", "党支部书记", None) in found
