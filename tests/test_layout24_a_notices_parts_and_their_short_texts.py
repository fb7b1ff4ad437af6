"""A union's notice of a contest or an outing sets its parts as ordinal headings, each
over a line or two of text too short to end a sentence (``一、比赛时间`` / ``3月8日上午
10:00`` / ``二、比赛地点`` / ``校图书馆四楼阅览室``). Each heading is a section heading and
each short line its part's text, not a photo's caption. Invented text in the shape of
campus and company unions' notices read in session 36."""

from __future__ import annotations

from tests.conftest import block_roles

HEAD = (
    "关于开展庆“三八”女职工文体活动的通知\n"
    "为庆祝“三八”国际妇女节，丰富女职工文化生活，校工会决定开展文体活动，"
    "现将有关事项通知如下：\n\n"
)
PARTS = (
    "一、活动项目\n\n跳棋、象棋比赛\n\n"
    "二、比赛时间\n\n3月8日上午10:00\n\n"
    "三、比赛地点\n\n校图书馆四楼阅览室\n\n"
    "四、报名时间\n\n各分工会请于3月6日前，将参赛人员名单报校工会。\n\n"
)
TAIL = "特此通知。\n\n校工会\n\n2023年3月1日\n"


def test_a_notices_parts_are_headings_over_their_text() -> None:
    roles = block_roles(HEAD + PARTS + TAIL)
    for head in ("一、活动项目", "二、比赛时间", "三、比赛地点", "四、报名时间"):
        assert roles[head] == "section_heading"
    for text in ("跳棋、象棋比赛", "3月8日上午10:00", "校图书馆四楼阅览室"):
        assert roles[text] == "body"
    assert "photo_caption" not in roles.values()


def test_a_part_of_two_keyed_lines_is_text() -> None:
    page = (
        "关于举办职工拔河比赛的通知\n各工会小组：\n"
        "为丰富员工业余文化生活，后勤工会特举办职工拔河比赛。具体通知如下：\n"
        "一、比赛时间和地点\n时间：2023年11月21日 14:00\n地点：东区篮球场\n"
        "二、参加人员\n后勤全体员工\n"
        "三、相关要求\n1.每个工会小组最多可组织两支队伍参赛。\n"
        "后勤工会\n2023年11月13日\n"
    )
    roles = block_roles(page)
    assert roles["地点：东区篮球场"] == "body"
    assert roles["后勤全体员工"] == "body"
    assert roles["二、参加人员"] == "section_heading"


def test_a_lone_ordinal_line_between_captions_is_unchanged() -> None:
    """One ordinal line alone (no heading numbered next to it) settles nothing: the
    short lines around it keep the roles they had."""
    page = "职工运动会掠影\n\n拔河比赛现场\n\n一、二等奖获奖队伍合影\n\n趣味跳绳比赛\n\n"
    roles = block_roles(page)
    assert roles["拔河比赛现场"] != "body"
    assert roles["趣味跳绳比赛"] != "body"
