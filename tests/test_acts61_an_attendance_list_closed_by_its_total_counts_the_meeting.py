"""Activities (s49 acts61): a meeting told, in the sentence after it, by its attendance list
closed by a total (出席会议的有县总工会委员、经审委员及各乡镇工会主席共45人) takes that
total as its count: the list ran past the few words a count of joiners was read after.
Real pages of s49 (county unions' congresses and plenary meetings in gazetteers and
chronicles). Near misses: a part of them counted (其中…共12人) and a list with no total
stay uncounted. Sentences written for these tests (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def _counts(texts: list[str]) -> list[int | None]:
    return [a.participants.count if a.participants else None for a in find_activities(texts)]


def test_a_list_of_posts_closed_by_its_total_counts_the_meeting():
    text = (
        "2023年11月，柳岸县总工会第十六届委员会第四次全体（扩大）会议召开。出席会议的有县总"
        "工会委员、经审委员及各乡镇（街道）工会主席共45人。会议听取了工作报告。"
    )
    assert _counts([text]) == [45]


def test_the_list_in_the_next_paragraph_counts_the_meeting_before():
    texts = [
        "3月5日，柳岸县总工会召开第十六届委员会第四次全体会议。",
        "出席会议的有县总工会委员、经审委员共35人。会议审议通过了工作报告。",
    ]
    assert _counts(texts) == [35]


def test_a_part_of_those_attending_counted_stays_uncounted():
    text = (
        "3月5日，柳岸县总工会召开第十六届委员会第四次全体会议。出席会议的有县总工会委员、"
        "经审委员等，其中女委员共12人。"
    )
    assert _counts([text]) == [None]


def test_a_list_of_names_with_no_total_stays_uncounted():
    text = (
        "3月5日，柳岸县总工会召开第十六届委员会第四次全体会议。出席会议的有县总工会主席王青山、"
        "副主席李秋红等。"
    )
    assert _counts([text]) == [None]
