"""Those who took part in an event counted in the sentence after it, told back by what
they joined before 的 (s40 acts42): 出席会议的会员代表80名, 参加培训的学员共62人, 参加会议
的有…等60余人, 参加比赛的职工共120人, as county chronicles and gazetteers tell a
congress's or a course's attendance (real pages read in s40). Before, only a count right
after the verb (参加会员共120余人) was read so. Near misses: a sentence of that shape with
no count, a part of them (其中参加决赛的…), and 参加 opening a clause of another deed.
Sentences written for this test (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def _counts(*paragraphs: str) -> list[tuple[int, str, str] | None]:
    out = []
    for a in find_activities(list(paragraphs)):
        p = a.participants
        out.append((p.count, p.qualifier.value, p.unit.value) if p else None)
    return out


def test_delegates_at_a_congress_counted_after_it():
    text = "9月，县工会第四次代表大会召开，历时4天。出席会议的会员代表86名。"
    assert _counts(text) == [(86, "exact", "people")]


def test_those_at_a_meeting_listed_then_counted():
    text = "3月5日，县总工会召开全县工会工作会议。参加会议的有各乡镇工会主席等70余人。"
    assert _counts(text) == [(70, "more_than", "people")]


def test_players_of_a_match_counted_after_it():
    text = "5月，区总工会举办职工象棋赛。参加比赛的职工共96人。"
    assert _counts(text) == [(96, "exact", "people")]


def test_a_sentence_of_that_shape_with_no_count_counts_none():
    text = "5月，区总工会举办职工象棋赛。参加比赛的职工将获得纪念品。"
    assert _counts(text) == [None]


def test_a_part_of_them_counts_none():
    text = "5月，区总工会举办职工象棋赛。其中参加决赛的职工共16人。"
    assert _counts(text) == [None]
