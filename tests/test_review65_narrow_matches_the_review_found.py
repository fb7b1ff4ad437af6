"""Three patterns of stop 65's round matched more than their docstrings said (the
review's findings): 共 anywhere in the gap between two counts stopped them being added
(共青团员, 公共服务 are no totals); a delegation's own 到 took 看到 and 找到 for going;
a union's own 到 took 到场 and a date (区总工会到2025年底) for going to a place. Each is
now read only where it means what the rule says. Invented sentences."""

from __future__ import annotations

from gonghui_build.extract.activities import cues, place_frames
from gonghui_build.extract.activities.participant_counts import count


def _value(sentence: str) -> float | None:
    found = count(sentence, 0, len(sentence))
    return None if found is None else found[1].value


def test_a_word_holding_gong_between_two_counts_does_not_stop_their_sum() -> None:
    assert _value("职工100余人、共青团员50人参加活动。") == 150
    assert _value("职工100余人、公共服务人员50人参加活动。") == 150


def test_gong_right_before_the_second_count_still_totals_the_list() -> None:
    assert _value("乡镇工会主席、村级工会联合会主席等学员共110人参加培训。") == 110
    assert _value("一线职工80人、劳模代表30人，共计110人参加。") != 190


def test_a_verb_ending_in_dao_after_a_leader_is_no_delegation_going() -> None:
    going = cues._own_going()
    assert going.match("带队先后到青禾公司") is not None
    assert going.fullmatch("检查时看到") is None
    assert going.fullmatch("检查时发现问题后找到") is None


def _union_going_spans(text: str) -> list[tuple[int, int]]:
    frame = next(f for f in place_frames.frames() if f.going and "员会" in f.opens.pattern)
    return place_frames.frame_spans(frame, text, 0, len(text))


def test_a_union_going_to_a_site_is_read_but_not_its_arriving_or_a_date() -> None:
    assert _union_going_spans("区总工会到青禾项目工地，为农民工开展义诊。")
    assert not _union_going_spans("区总工会到2025年底建成驿站10个。")
    assert not _union_going_spans("全体委员和动员会到场人员合影。")


def test_every_rule_reading_a_dao_of_going_reads_one_list_of_verbs_ending_in_dao() -> None:
    from gonghui_build.extract.activities import services
    from gonghui_build.extract.activities.grammar import not_going_dao_openers, words

    assert set(not_going_dao_openers()) == {w[0] for w in words("not_going_dao").words}
    assert services._gone_then_served().search("到青禾村为近百名农民工开展体检")
    assert not services._gone_then_served().search("看到青禾村为近百名农民工开展体检")
    assert cues._own_going().fullmatch("检查时听到") is None
