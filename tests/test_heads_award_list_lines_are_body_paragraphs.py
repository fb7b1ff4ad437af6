"""Award lists printed one winner a line, read in session 13 (invented pages in real
shapes): numbered with the unit and post before the name, or labelled with the item
and the unit and post in brackets after the name. Each line is a body paragraph."""

from __future__ import annotations

from gonghui_build.layout.roster import winner_name
from tests.conftest import layout_roles

NUMBERED_LIST = (
    "青禾市五一劳动奖表彰大会召开\n"
    "发布时间：2026-04-29 10:12　来源：宣传教育部\n"
    "4月28日，青禾市五一劳动奖表彰大会在市会堂召开，四十名职工受到表彰。\n"
    "附：部分受表彰个人名单\n"
    "1.青禾船舶重工有限公司焊接车间班长 严望舒\n"
    "2.青禾市第一人民医院护士 柏云舟\n"
    "3.青禾港务集团装卸公司桥吊司机 祁晓岚\n"
    "4.青禾市城区环卫站清扫工 次仁多吉\n"
    "责任编辑：覃若溪\n"
)

LABELLED_LIST = (
    "青禾市职工技能大赛落幕\n"
    "2026-11-18 09:12:06  来源：某某工人报\n"
    "11月17日，青禾市职工技能大赛在市职业技术学院落幕。各项目一等奖获得者如下：\n"
    "电工：严望舒（青禾电气有限公司维修电工）\n"
    "焊工：次仁多吉（青禾重工有限公司电焊工）\n"
    "车工：柏云舟（青禾精密机械有限公司数控车工）\n"
    "护理员：祁晓岚（青禾颐养服务中心护理员）\n"
    "市总工会表示，各项目一等奖获得者将按程序申报市五一劳动奖章。\n"
)


def test_a_numbered_award_lists_lines_are_each_a_body_paragraph():
    roles = layout_roles(NUMBERED_LIST)
    for line in NUMBERED_LIST.splitlines()[4:8]:
        assert roles[line] == ("body", 0), line
    assert roles["附：部分受表彰个人名单"][0] != "body"


def test_a_labelled_award_lists_lines_are_each_a_body_paragraph():
    roles = layout_roles(LABELLED_LIST)
    for line in LABELLED_LIST.splitlines()[3:7]:
        assert roles[line] == ("body", 0), line


def test_a_sentence_is_no_award_lists_line():
    assert winner_name("1.青禾船舶重工有限公司焊接车间班长 严望舒") == "严望舒"
    assert winner_name("1.会议要求，各级工会要落实 严望舒") is None
    assert winner_name("电工：严望舒（青禾电气有限公司维修电工）") == "严望舒"


OFFICERS = (
    "青禾市总工会新一届领导班子选举产生\n"
    "本报讯（记者 柏云舟）5月8日，青禾市工会第九次代表大会选举产生新一届领导班子。\n"
    "主　席：严望舒（兼）\n"
    "常务副主席：欧阳晓岚\n"
    "副主席：柏云舟　祁晓岚（兼职）　覃若溪（兼职）\n"
    "经费审查委员会主任：邬晴川\n"
    "大会于当日中午闭幕。\n"
)


def test_an_elections_officers_one_post_a_line_are_each_a_body_paragraph():
    roles = layout_roles(OFFICERS)
    for line in OFFICERS.splitlines()[2:6]:
        assert roles[line] == ("body", 0), line
