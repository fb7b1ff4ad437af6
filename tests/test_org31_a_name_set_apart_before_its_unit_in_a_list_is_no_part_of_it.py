"""An award notice prints one person a line, the name, a space, the unit and the post
(``某某某某 某州某县某乡卫生院院长``). A name no surname test accepts (a Yi or a Tibetan
name of four characters) must still end where the page set it apart: the unit's name
starts after the space, not with the person glued to it. Invented names and units."""

from __future__ import annotations

from tests.conftest import page_facts, titled_page

_LIST = (
    "关于拟表彰对象的公示\n"
    "经推荐审核，现将拟表彰对象予以公示。\n"
    "二、五一劳动奖章（3名）\n"
    "宋立明 宜宾翠屏区宏岷建筑劳务公司钢筋工\n"
    "阿苏木呷 凉山州昭觉县阿洛乡卫生院院长\n"
    "扎西次旦 甘孜州理塘县雪原客运公司驾驶员\n"
)


def _orgs(text: str) -> set[str]:
    return {o.resolved.name for a in page_facts(text).articles for o in a.orgs if o.resolved}


def test_a_four_character_name_set_apart_is_not_glued_to_its_unit():
    orgs = _orgs(titled_page(_LIST))
    assert "凉山州昭觉县阿洛乡卫生院" in orgs
    assert "甘孜州理塘县雪原客运公司" in orgs
    assert not any(o.startswith(("阿苏木呷", "扎西次旦")) for o in orgs)


_TABLE = (
    "关于表彰县劳动模范的决定\n"
    "经研究，决定授予以下同志县劳动模范称号。\n"
    "序号\t姓名\t性别\t民族\t工作单位及职务\n"
    "1\t罗正华\t男\t汉族\t石屏县宝秀镇中心小学教师\n"
    "2\t普文清\t男\t彝族\t石屏县牛街镇中心卫生院院长\n"
)


def test_a_numbered_table_rows_sex_and_nation_cells_are_no_part_of_its_unit():
    orgs = _orgs(titled_page(_TABLE))
    assert not any(o.startswith(("男", "女")) for o in orgs), orgs
    assert "石屏县牛街镇中心卫生院" in orgs, orgs
