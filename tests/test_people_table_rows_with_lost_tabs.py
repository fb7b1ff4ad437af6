"""Rows of a table of people whose cells' tabs the page lost (序号 姓名 性别 民族
工作单位及职务): the sex and the nationality after the name close it, whatever its
shape, and the last cell's post is held at its body. Invented names, bodies and
events."""

from __future__ import annotations

from gonghui_build.extract.people.table_rows import table_row_person
from tests.conftest import page_facts

_NOTICE = (
    "青禾县人民政府门户网站\n"
    "青禾县人民政府关于表彰2019年度青禾县劳动模范的决定\n"
    "各乡镇人民政府，县直各单位：\n"
    "县人民政府决定授予以下同志青禾县劳动模范称号。\n"
    "附件：2019年度青禾县劳动模范名单\n"
    "序号\t姓名\t性别\t民族\t工作单位及职务\n"
    "1\t韦立森\t男\t汉族\t青禾县东湖镇茶叶专业合作社理事长\n"
    "2\t普文学\t男\t彝族\t青禾县人民医院外科主任\n"
    "3\t邬春燕\t女\t哈尼族\t青禾县第二中学教师\n"
)


def test_the_people_of_a_table_of_honours_are_read_row_by_row():
    people = [p.name for a in page_facts(_NOTICE).articles for p in a.people]
    assert {"韦立森", "普文学", "邬春燕"} <= set(people)


def test_a_row_whose_tabs_were_lost_names_its_person_and_post():
    row = "3邬春燕女哈尼族青禾县第二中学教师"
    hit = table_row_person(row)
    assert hit is not None and (hit.name, hit.start) == ("邬春燕", 1)
    assert [(c.title, c.org_written) for c in hit.claims] == [("教师", "青禾县第二中学")]
    assert row[hit.claims[0].org_offset :].startswith("青禾县第二中学")


def test_a_labelled_item_of_a_list_of_winners_names_its_person_and_post():
    from gonghui_build.extract.people.table_rows import labelled_item_person

    line = "养老护理员：甘秀英（青禾颐和养老服务中心护理员）"
    hit = labelled_item_person(line)
    assert hit is not None and hit.name == "甘秀英"
    assert [(c.title, c.org_written) for c in hit.claims] == [("护理员", "青禾颐和养老服务中心")]
    assert labelled_item_person("地址：青禾路（东湖大厦）") is None
