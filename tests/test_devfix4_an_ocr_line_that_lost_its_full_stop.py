"""A county's short form after an OCR line that lost its full stop, session 39
(devfix4), on pages written for these tests (invented people and bodies): 讲了话县总工会
主席某某 (讲了话。县总工会主席…) named a county 话县 no gazetteer knows; the one
character after the particle is the verb's object, and 县总工会 is the article's county
union (the tuning gold of a 1985 county page, real_dev3). Near misses: a county of one
character that exists (滑县, 歙县) or existed before a renaming (通县) is still read."""

from __future__ import annotations

import pyarrow.parquet as pq
import pytest

from tests.built import built_activities


def _organisations(tmp_path, body: str) -> set[str]:
    pages = tmp_path / "pages"
    pages.mkdir()
    built_activities(pages, tmp_path, "工会动态\n\n" + body + "\n")
    table = pq.read_table(tmp_path / "out" / "organisations.parquet").to_pylist()
    return {o["name"] for o in table}


def test_the_object_of_the_verb_opens_no_county(tmp_path) -> None:
    body = (
        "本报讯 通安县总工会日前召开大会，表彰六十八个先进职工之家。"
        "县委副书记王长顺讲了话县总工会主席李国庆作了工作报告。"
    )
    names = _organisations(tmp_path, body)
    assert "话县总工会" not in names
    assert "通安县总工会" in names


@pytest.mark.parametrize(
    ("body", "county_union"),
    [
        pytest.param("会议表彰了滑县总工会等先进单位。", "滑县总工会", id="hua_xian"),
        pytest.param("会议表彰了歙县总工会等先进单位。", "歙县总工会", id="she_xian"),
        pytest.param("会议表彰了通县总工会等先进单位。", "通州区总工会", id="tong_xian_renamed"),
    ],
)
def test_a_county_of_one_character_is_still_read(tmp_path, body: str, county_union: str) -> None:
    assert county_union in _organisations(tmp_path, body)
