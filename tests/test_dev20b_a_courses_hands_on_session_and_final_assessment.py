"""Activities, s53 dev20b: a course's hands-on session (进行实操训练) and its final
assessment held (举行结业考核) are parts of the course, dated by their own days; an
assessment only passed or mentioned (全部通过结业考核, 结业考核合格者) is no event.
Sentences written for these tests (invented unions)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def _rows(texts: list[str]) -> list[tuple[str, int | None, int | None]]:
    return [(d.name, d.parent, d.date.day if d.date else None) for d in find_activities(texts)]


def test_a_hands_on_session_and_a_final_assessment_are_parts_of_the_course():
    rows = _rows(
        [
            "6月3日至6日，青禾县总工会在县职工服务中心举办快递员技能培训班，40名快递员参加。",
            "5日，学员分组到青禾物流园进行实操训练。",
            "6日下午举行结业考核，38名学员取得合格证书。",
        ]
    )
    assert ("实操训练", 0, 5) in rows
    assert ("结业考核", 0, 6) in rows


def test_an_assessment_only_passed_is_no_event():
    text = "青禾县五十名绣娘经过为期三十天的集中培训，全部通过结业考核。"
    assert all(name != "结业考核" for name, _, _ in _rows([text]))


def test_an_assessment_named_as_a_condition_is_no_event():
    text = "培训采取线上线下结合的方式，结业考核合格者可获得相应等级证书。"
    assert all(name != "结业考核" for name, _, _ in _rows([text]))
