"""Session 34 (layout20): a post closes its text with credits justified to one width,
blanks inside the key (``编    辑：某某``, ``审　　核：某某``), and a wire service's or a
paper's photo story or video with its production credits one a line (``策划：``,
``统筹：``, ``监制：``, ``海报设计：``, ``编导：``, ``配音：``, ``总策划：``). Both were read
as the article's body (their names as people of the text) or as a photo's caption.
They are furniture; a sentence that opens with one of the words stays text. All names
and sentences are invented."""

from __future__ import annotations

import pytest

from tests.conftest import layout_roles

TEXT = (
    "梅岭区总工会为环卫工人送去清凉\n"
    "8月3日上午，梅岭区总工会来到区环卫中心，为42名环卫工人送去凉茶、毛巾等防暑用品。\n"
    "区总工会表示，将持续关注户外劳动者的工作和生活，做好夏季劳动保护。\n"
)

JUSTIFIED = [
    "编    辑：石晓帆",
    "校　　对：林一舟",
    "审 \u00a0 核：贺立伟",
    "来    源：梅岭区总工会",
]

PRODUCTION = [
    "策划：卢明、许一然",
    "总策划：范  涛",
    "统筹：杨小帆、黎东",
    "监制：蓝一鸣",
    "编导：郑佳",
    "配音：伍启明",
    "文案：秦小雨",
    "脚本：宁一",
    "海报设计：孟晓静",
]


@pytest.mark.parametrize(
    ("stack", "credit"),
    [(JUSTIFIED, credit) for credit in JUSTIFIED] + [(PRODUCTION, credit) for credit in PRODUCTION],
)
def test_credits_under_a_post_are_furniture(stack, credit):
    """Credits justified with blanks inside the key, and production credits, one a line."""
    roles = layout_roles(TEXT + "\n".join(stack) + "\n")
    assert roles[credit] == ("furniture", None)
    assert sum(1 for role, _ in roles.values() if role == "body") == 2


@pytest.mark.parametrize(
    "line",
    [
        "统筹推进职工服务阵地建设，全年新建工会驿站12个，覆盖全区各镇街。",
        "脚本由职工自编自演，讲述了一名快递员在工会驿站歇脚的故事。",
        "编辑部的同志们走进车间，与一线职工面对面交流。",
    ],
)
def test_a_sentence_opening_with_a_credit_word_stays_text(line):
    roles = layout_roles(TEXT + line + "\n")
    assert roles[line] == ("body", 0)


def test_a_joint_production_credit_naming_two_desks_is_furniture():
    page = (
        "三千名选手同台竞技\n"
        "9月12日至15日\n"
        "3000余名选手在技能大赛舞台上秀技能、亮绝活\n"
        "记者：乔一林、白小佳\n"
        "设计：方一金\n"
        "某某社国内部、某某社江城分社联合出品\n"
    )
    roles = layout_roles(page)
    assert roles["某某社国内部、某某社江城分社联合出品"] == ("furniture", None)


@pytest.mark.parametrize("line", ["工会干部学习月饼制作", "劳模、工匠联合攻关"])
def test_a_short_title_naming_several_things_is_no_production_credit(line):
    from gonghui_build.layout.furniture import furniture_kind

    assert furniture_kind(line) is None
