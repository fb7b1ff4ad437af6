"""Award lists of the defence and oil industries name a plant, an institute or a team by
a code number before the unit's ending, after a word of the unit (某集团五院529厂副主任
某某, 某集团九院7107厂数控铣工某某): the post is held at that unit, not at a bare 厂.
The number stopped the unit, so the post was read at 厂 or not at all; an occupation
jieba cuts in two (数控|维修工) now ends the unit as a whole one does. Invented names
and bodies."""

from __future__ import annotations

from tests.conftest import first_article_positions


def test_a_post_at_a_plant_named_by_its_code_is_held_at_the_plant():
    text = "本报讯 4月28日，全国五一劳动奖章名单公布。红星航天集团五院529厂副主任张立强名列其中。\n"
    found = first_article_positions(text)
    assert ("张立强", "副主任", "红星航天集团五院529厂") in found


def test_an_occupation_in_two_words_after_a_coded_plant_is_held_at_the_plant():
    text = (
        "本报讯 4月28日，全国五一劳动奖章名单公布。"
        "红星航天集团二院283厂数控维修工胡立盛名列其中。\n"
    )
    found = first_article_positions(text)
    assert ("胡立盛", "数控维修工", "红星航天集团二院283厂") in found


def test_a_team_leader_at_a_coded_plant_of_a_company_is_held_at_the_plant():
    text = (
        "本报讯 年度人物分别是：红星集团有限公司四院7416厂班组长徐立新，"
        "青禾机械有限公司焊工卢小峰。\n"
    )
    found = first_article_positions(text)
    assert ("徐立新", "班组长", "红星集团有限公司四院7416厂") in found
