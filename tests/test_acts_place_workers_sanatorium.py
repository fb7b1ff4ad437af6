"""Places of activities held at a workers' sanatorium, session 18 (issue 11): a rest cure
for model workers held at 某省工人疗养院 is there, though the entity
recogniser splits the name so that no entity ends it. On sentences written for these tests
(invented places and bodies)."""

from __future__ import annotations

from gonghui_build.extract.activities.places import place_of
from gonghui_build.extract.activities.venue_words import is_venue
from tests.conftest import place_of_mention as _place


def test_a_rest_cure_launched_at_a_provincial_workers_sanatorium_is_held_there():
    sentence = "4月9日，全省一线职工疗休养活动在南岭省工人疗养院启动。"
    assert _place(sentence, "全省一线职工疗休养活动") == "南岭省工人疗养院"


def test_model_workers_sent_to_a_sanatorium_for_a_rest_cure_take_it_there():
    sentence = "6月2日，市总工会组织二十名劳模赴南岭省总工会青岩工人疗养院开展疗休养活动。"
    assert _place(sentence, "疗休养活动") == "南岭省总工会青岩工人疗养院"


def test_a_sanatorium_named_only_by_its_kind_in_a_topic_is_no_place_of_a_meeting():
    sentence = "市总工会召开座谈会，讨论工人疗养院的改建。"
    assert _place(sentence, "座谈会") is None


def test_a_rest_cure_base_named_for_its_purpose_is_where_model_workers_rest():
    sentence = "镇总工会将于秋季安排获奖职工到青岩湖职工疗休养基地疗休养。"
    at = sentence.rindex("疗休养")
    assert place_of(sentence, (0, len(sentence)), (at, at + 3)) == "青岩湖职工疗休养基地"


def test_a_purpose_word_with_no_venue_noun_after_it_names_no_place():
    sentence = "获奖职工到青岩湖职工疗休养。"
    assert not is_venue(sentence, sentence.index("青岩湖"), sentence.index("。"))
