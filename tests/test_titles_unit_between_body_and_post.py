"""A unit of a body printed between the body's name and a post (a union's legal-aid
station, a works' branch plant, a project department) is part of the organisation the
post is held at, not of the title (tests/fixtures/ANNOTATION.md: departments are
organisations of their own), whichever shape prints it: a title chain, a described post,
a roster line; a hospital's clinical department likewise. Invented names and
bodies."""

from __future__ import annotations

from gonghui_build.extract.people.described import described_posts
from gonghui_build.extract.people.titles import unit_and_head
from gonghui_build.text.tokenizer import tag_tokens
from tests.conftest import first_article_positions as _positions


def _posts(text: str, name: str) -> list[tuple[str, str | None]]:
    claims = described_posts(text, text.index(name), tag_tokens(text))
    return [(c.title_normalised, c.org_written) for c in claims]


def test_a_branch_plant_before_an_occupation_is_where_it_is_held():
    text = "青禾机械制造有限公司铆焊分厂电焊工祁海川获得第一名。"
    assert _posts(text, "祁海川") == [("电焊工", "青禾机械制造有限公司铆焊分厂")]


def test_a_project_department_before_an_occupation_is_where_it_is_held():
    text = "石湾建工集团滨江大桥项目部钢筋工邵小川说，工地上的活不轻松。"
    assert _posts(text, "邵小川") == [("钢筋工", "石湾建工集团滨江大桥项目部")]


def test_a_units_ending_alone_names_no_unit():
    assert unit_and_head("分厂电焊工") == ("", "分厂电焊工")
    assert unit_and_head("站内调度员") == ("", "站内调度员")


def test_a_service_station_of_a_union_in_a_title_chain_is_where_the_title_is_held():
    text = (
        "延庆区总工会开展法律服务月活动\n"
        "本报讯 3月5日，延庆区总工会开展法律服务月活动。"
        "延庆区总工会法律援助站律师邵小川为职工解答了劳动合同问题。\n"
    )
    found = _positions(text)
    assert ("邵小川", "律师", "延庆区总工会法律援助站") in found


def test_a_roster_lines_post_at_a_unit_is_held_at_the_unit():
    text = (
        "石湾县总工会关于表彰优秀职工的决定\n"
        "授予以下同志石湾县优秀职工称号：\n"
        "韦春兰 青禾钢铁有限公司轧钢作业区甲班班长\n"
        "祁海川 青禾机械制造有限公司铆焊分厂电焊工\n"
    )
    found = _positions(text)
    assert ("祁海川", "电焊工", "青禾机械制造有限公司铆焊分厂") in found


def test_a_hospitals_clinical_department_is_where_the_post_is_held():
    text = "二百余名职工听了石湾县中医医院骨伤科主任医师祁海川的讲课。"
    found = _positions("石湾县总工会举办健康讲座\n" + text + "\n")
    assert ("祁海川", "主任医师", "石湾县中医医院骨伤科") in found


def test_a_branch_plant_printed_alone_is_the_unit_of_the_enterprise_named_before():
    # an enterprise's report names its own branch works without the enterprise
    found = _positions(
        "本报讯 青禾机械制造有限公司日前举办职工技能比武。"
        "铆焊分厂电焊工祁海川、总装分厂数控车工严立秋分获第一名。"
    )
    assert ("祁海川", "电焊工", "青禾机械制造有限公司铆焊分厂") in found
    assert ("严立秋", "数控车工", "青禾机械制造有限公司总装分厂") in found


def test_a_branch_printed_alone_after_the_enterprise_s_own_union_is_the_enterprise_s():
    found = _positions(
        "本报讯 石湾热力集团有限公司工会开展冬季保供劳动竞赛。"
        "城东分公司管网维修工邵明川带领班组抢修管线二十处。"
    )
    assert ("邵明川", "管网维修工", "石湾热力集团有限公司城东分公司") in found


def test_a_unit_printed_alone_with_no_enterprise_before_it_is_kept_as_printed():
    found = _positions("本报讯 职工技能比武日前落幕。铆焊分厂电焊工祁海川获得第一名。")
    assert found == {("祁海川", "电焊工", "铆焊分厂")}


def test_a_unit_inside_a_phrase_is_no_unit_printed_alone():
    # the unit opens no clause: 在铆焊分厂 … is where the contest is, and no post follows
    text = "比武在铆焊分厂举行，电焊工祁海川获得第一名。"
    assert _posts(text, "祁海川") == []


def test_a_branch_named_by_a_place_or_a_body_is_no_unit_printed_alone():
    for text in ("青禾机械集团沧州分公司电工祁海川获奖。", "沧州分公司电工祁海川获奖。"):
        claims = described_posts(text, text.index("祁海川"), tag_tokens(text))
        assert claims and not any(c.unit_alone for c in claims)
