"""A production line, an enterprise's region, a cooperative or a school printed between a
body's name and a post is where the post is held (tests/fixtures/ANNOTATION.md: the
sections and teams of a body printed with it before a post are organisations of their
own), also when a department stands before the line (award lists print the department,
then the line, then the post). Invented names and bodies."""

from __future__ import annotations

from gonghui_build.extract.people.described import described_posts
from gonghui_build.extract.people.titles import unit_and_head
from gonghui_build.text.tokenizer import tag_tokens


def _posts(text: str, name: str) -> list[tuple[str, str | None]]:
    claims = described_posts(text, text.index(name), tag_tokens(text))
    return [(c.title_normalised, c.org_written) for c in claims]


def test_a_production_line_before_an_occupation_is_where_it_is_held():
    text = "青禾重工有限公司焊装产线电焊工吕向东荣膺全国五一劳动奖章。"
    assert _posts(text, "吕向东") == [("电焊工", "青禾重工有限公司焊装产线")]


def test_a_line_inside_a_department_is_where_the_post_is_held():
    text = "青禾重工有限公司机加事业部齿轮产线磨工吕向东荣膺全国五一劳动奖章。"
    assert _posts(text, "吕向东") == [("磨工", "青禾重工有限公司机加事业部齿轮产线")]


def test_a_region_before_the_first_post_of_a_list_is_where_that_post_is_held():
    # the later post stays at the body, as tests/test_titles_listed_long_posts.py has it
    text = "东湖建工有限公司华北大区综合工长、助理工程师祁海川获评最美职工。"
    assert _posts(text, "祁海川") == [
        ("综合工长", "东湖建工有限公司华北大区"),
        ("助理工程师", "东湖建工有限公司"),
    ]


def test_a_later_post_after_a_post_with_no_unit_is_held_at_the_body():
    text = "东湖电力试验中心技术主管、高级技师祁海川获评最美职工。"
    assert _posts(text, "祁海川") == [
        ("技术主管", "东湖电力试验中心"),
        ("高级技师", "东湖电力试验中心"),
    ]


def test_a_cooperative_after_a_town_is_where_its_chair_is_held():
    text = "石湾县柳溪镇农机合作社理事长祁海川介绍了今年的收成。"
    assert _posts(text, "祁海川") == [("理事长", "石湾县柳溪镇农机合作社")]


def test_a_school_inside_a_central_school_is_where_the_teacher_teaches():
    text = "石湾县柳溪镇中心学校青石小学教师严立秋获评最美职工。"
    assert _posts(text, "严立秋") == [("教师", "石湾县柳溪镇中心学校青石小学")]


def test_the_endings_alone_name_no_unit():
    assert unit_and_head("合作社理事长") == ("", "合作社理事长")
    assert unit_and_head("产线班长") == ("", "产线班长")


def test_a_party_branch_after_a_department_stays_in_the_title():
    text = "东湖建工有限公司生产部党支部书记祁海川带领党员参加义务劳动。"
    assert _posts(text, "祁海川") == [("党支部书记", "东湖建工有限公司生产部")]
