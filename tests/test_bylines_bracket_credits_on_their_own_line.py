"""Credits in brackets on a line of their own after a printed paper's item, read in
session 14 (invented text in the shapes of real archive and e-paper pages): two names the
copy ran together, a body's committee (``宣委会``) and a bureau's photo credit close their
item as its byline; none is read as a caption, a section heading or a headline, so the
next title heads an article of its own."""

from __future__ import annotations

from gonghui_build.layout.end_credits import is_credit_line
from tests.conftest import layout_roles

# An old paper's page of briefs, each under its own title, each signed in brackets on a
# line of its own; the copy ran the two names of the third credit together.
BRIEFS = (
    "简讯\n"
    "江州机床厂开办职工夜校\n"
    "江州机床厂工会开办职工夜校，首期八十名青年职工报名学习机械制图。\n"
    "（周文海）\n"
    "纺织厂女工读书会开讲\n"
    "青禾纺织厂工会日前举办女工读书会，六十名女工交流了读书心得。\n"
    "（何秀英）\n"
    "两厂工会组织劳模疗养\n"
    "青禾钢厂工会和江州电机厂工会最近组织二十名厂级劳模到青山疗养院休养一周。\n"
    "（孟立翔方小禾）\n"
    "市供电局举行安全知识竞赛\n"
    "青禾市供电局工会日前举行安全知识竞赛，十二个班组的代表队参赛。\n"
    "（林建民）\n"
)


def test_two_names_run_together_in_brackets_are_a_credit():
    assert is_credit_line("（孟立翔方小禾）")
    assert is_credit_line("（郭秀兰何川）")
    assert not is_credit_line("（文中人物均为化名）")
    assert not is_credit_line("（掌声雷动）")


def test_a_credit_of_names_run_together_closes_its_brief_and_the_next_title_heads_a_new_one():
    roles = layout_roles(BRIEFS)
    assert roles["（孟立翔方小禾）"] == ("byline", 2)
    assert roles["市供电局举行安全知识竞赛"] == ("headline", 3)


def test_a_bracketed_credit_of_a_bureau_after_the_text_is_no_headline():
    page = (
        "7月20日，青禾区总工会把绿豆汤和防暑药品送到三个建筑工地，"
        "一千多名农民工领到了清凉包。图为工地食堂前排队领取清凉包的农民工。\n"
        "（本报青禾记者站 林晓秋周明远 摄影报道）\n"
    )
    role, article = layout_roles(page)["（本报青禾记者站 林晓秋周明远 摄影报道）"]
    assert role != "headline"
    assert article == 0


def test_a_committees_signature_in_brackets_closes_the_letter():
    page = (
        "厂工会为班组订阅技术刊物\n"
        "今年我厂工会为四十个班组订阅了机械技术刊物，职工学技术的劲头更足了。\n"
        "各班组还利用班前会交流刊物上介绍的先进操作法。\n"
        "（青禾机械厂工会宣委会）\n"
    )
    assert layout_roles(page)["（青禾机械厂工会宣委会）"] == ("byline", 0)
