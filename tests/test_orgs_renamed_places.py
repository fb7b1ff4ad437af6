"""Renamed places (issue 10): a body printed under its place's former name (a prefecture
地区 become a city, a county become a district) is named by the
current name, read from ``reference/renamings.yaml``; the printed form stays the name as
written. An enterprise keeps the name it is registered under. Sentences, enterprises and
events are invented, in the shapes of real provincial union news."""

from __future__ import annotations

import pytest

from tests.test_org_real_shapes import article_orgs


@pytest.mark.parametrize(
    ("text", "written", "current"),
    [
        ("海东地区总工会日前为环卫工人送去米面油。", "海东地区总工会", "海东市总工会"),
        ("绥化地区总工会举办基层工会主席培训班。", "绥化地区总工会", "绥化市总工会"),
        ("宝鸡县总工会召开全委会议。", "宝鸡县总工会", "宝鸡市陈仓区总工会"),
    ],
)
def test_a_federation_under_its_places_former_name_takes_the_current_name(text, written, current):
    assert (written, current) in article_orgs(text)


def test_a_unit_of_a_renamed_places_federation_is_renamed_its_enterprises_are_not():
    found = dict(
        article_orgs("湟中县总工会职工服务中心开展法律咨询，湟中县青禾机械厂工会派员参加。")
    )
    assert found["湟中县总工会职工服务中心"] == "西宁市湟中区总工会职工服务中心"
    assert found["湟中县青禾机械厂工会"] == "湟中县青禾机械厂工会"


@pytest.mark.parametrize(
    "entry",
    [
        {"former": "青川地区", "name": "青川地区", "renamed": "2001", "source": "a source of ten"},
        {"former": "青川地区", "name": "青川市", "renamed": "01-2001", "source": "a source of ten"},
        {"former": "青川地区", "name": "青川市", "renamed": "2001"},
    ],
)
def test_a_renaming_without_a_new_name_a_year_or_a_source_is_an_error(entry):
    from gonghui_build.reference.models import RenamingsFile

    with pytest.raises(ValueError):
        RenamingsFile.model_validate({"source": "a test of the model", "renamings": [entry]})


def test_a_place_renamed_twice_in_the_table_is_an_error():
    from gonghui_build.reference.models import RenamingsFile

    entry = {"former": "青川地区", "name": "青川市", "renamed": "2001", "source": "a source of ten"}
    with pytest.raises(ValueError):
        RenamingsFile.model_validate({"source": "a test of the model", "renamings": [entry, entry]})


def test_two_places_merged_into_one_are_no_renaming_of_the_table():
    from gonghui_build.reference.models import RenamingsFile

    merged = [
        {"former": f"{place}区", "name": "青川新区", "renamed": "2009", "source": "a source of ten"}
        for place in ("青川", "柳河")
    ]
    with pytest.raises(ValueError):
        RenamingsFile.model_validate({"source": "a test of the model", "renamings": merged})
