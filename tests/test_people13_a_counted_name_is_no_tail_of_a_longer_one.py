"""The name before 等 and a count of people (甲等3名职工) is read back from 等; where a
word jieba tags a name ends right before the two or three characters read (努尔|兰别克等,
a Kazakh name printed without a dot), they are the tail of a longer name, no person of
their own. A name after a title, an occupation or a list's mark is read as before.
Invented names and events."""

from __future__ import annotations

import pytest

from tests.conftest import page_facts


def _people(body: str) -> list[str]:
    text = "市总工会召开座谈会\n\n本报讯 " + body
    return [p.name for a in page_facts(text).articles for p in a.people]


def test_the_tail_of_an_undotted_name_before_a_count_is_no_person():
    body = "卡德尔别克、努尔兰别克等3名职工荣获自治区五一劳动奖章。"
    assert "兰别克" not in _people(body)
    assert "别克" not in _people(body)


@pytest.mark.parametrize(
    ("body", "names"),
    [
        ("大会授予焊工王伟等3名职工自治区五一劳动奖章。", ["王伟"]),
        ("李明、王强等10名职工荣获自治区五一劳动奖章。", ["李明", "王强"]),
        ("宋玉梅、付晓迪等5名职工受到表彰。", ["宋玉梅", "付晓迪"]),
    ],
)
def test_names_before_a_count_still_read(body, names):
    assert sorted(_people(body)) == sorted(names)
