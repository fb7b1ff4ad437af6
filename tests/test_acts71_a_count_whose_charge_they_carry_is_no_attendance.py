"""The people whose trust or wishes the participants carry (216名代表肩负全区5.6万名职工的
重托出席大会) are no count of those present: a count of people whose noun goes on with 的
before the verb of taking part is a possessor, and the count before it in the clause is the
attendance (real_dev14's gold: a district congress, its delegates). Shape read on real
pages of union congresses; invented sentences (s53, acts71)."""

from __future__ import annotations

from tests.conftest import participant_counts as _counts


def test_delegates_carrying_the_members_trust_are_the_count():
    sentence = (
        "5月8日，禾城区总工会第三次代表大会召开。全区128名代表肩负全区3.2万名职工的重托出席大会。"
    )
    assert (128, "people") in _counts(sentence)


def test_a_lone_count_before_de_is_still_the_count():
    sentence = "5月8日，禾城区总工会举办法律讲座，80名来自各企业的职工参加。"
    assert _counts(sentence) == [(80, "people")]


def test_two_counts_without_de_take_the_nearest():
    sentence = "5月8日，禾城区总工会举办法律讲座，各企业的工会干部30人、职工80人参加。"
    assert _counts(sentence) == [(110, "people")]


def test_a_count_in_a_clause_of_taking_part_is_no_possessor():
    """80名党员带领300名职工参加的义务劳动: the 的 closes a clause of taking part, so the
    last count attends (review of s54)."""
    from gonghui_build.extract.activities.count_roles import nearest_attending

    sentence = "80名党员带领300名职工参加的义务劳动今天举行"
    counts = [(0, 80, "people", "80名"), (6, 300, "people", "300名")]
    assert nearest_attending(sentence, counts) == counts[1]
