"""The organiser of an activity held at a list of venues, session 35 (acts22), on pages
written for these tests (invented bodies and places): a later item of a list a word of a
venue or a guest opens (在县水泥厂、县农机厂开展…竞赛, 与市妇联、市人社局联合举办…) is no
organiser, as the first item never was; the union that is the subject is (the tuning gold
of two county gazetteers' contests held at two works, real_dev4 and real_dev7). Near
miss: with one venue the subject was already the organiser."""

from __future__ import annotations

import pytest

from tests.built import built_organisers


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "5月10日，青川县总工会在县水泥厂、县农机厂开展“比学赶帮超”劳动竞赛。",
            id="a_contest_held_at_two_works",
        ),
        pytest.param(
            "5月10日，青川县总工会在县水泥厂开展“比学赶帮超”劳动竞赛。",
            id="a_contest_held_at_one_works",
        ),
    ],
)
def test_the_subject_union_organises_it(tmp_path, body: str) -> None:
    assert built_organisers(tmp_path, body) == ["青川县总工会"]


def test_the_union_joined_by_two_bodies_organises_it(tmp_path) -> None:
    body = "3月8日，南江市总工会与市妇联、市人社局联合举办女职工技能大赛。"
    assert built_organisers(tmp_path, body) == ["南江市总工会"]
