"""Honours lists in sections: each award's name over one or two winners (session 19).

Real shape (a city yearbook's honours list, real_dev12; award lists under award names
on provincial portals): award names as headings, each over a unit or a person's line,
too few lines under each for a list of its own. They were read as photo and portrait
captions, and the first award name as the headline. All names below are invented."""

from __future__ import annotations

from tests.conftest import block_roles

YEARBOOK = """青禾年鉴（2020）
工    会
2019年度全国和省级先进集体和个人
全国五一劳动奖状
青禾澄河纺织有限公司
全国五一劳动奖章
青禾南苑医院护士长  祁念安
青禾钢联机械有限公司焊工  郁晴川
省五一劳动奖状
青禾长渠公交有限公司8路车队
省工人先锋号
青禾天池供电有限公司运维班
·208·
"""

PHOTOS = """青禾市职工运动会开幕
  本报讯（记者 柏知远）5月8日，青禾市第五届职工运动会在市体育中心开幕，1200名职工参赛。
开幕式现场
运动员入场
拔河比赛
"""


def test_each_winner_under_an_award_name_is_a_body_paragraph():
    roles = block_roles(YEARBOOK)
    lines = YEARBOOK.splitlines()
    for line in (lines[4], lines[6], lines[7], lines[9], lines[11]):
        assert roles[line] == "body", line


def test_the_list_title_stays_the_headline_and_award_names_stay_headings():
    roles = block_roles(YEARBOOK)
    assert roles["2019年度全国和省级先进集体和个人"] == "headline"
    for award in ("全国五一劳动奖状", "全国五一劳动奖章", "省五一劳动奖状", "省工人先锋号"):
        assert roles[award] == "section_heading", award


def test_short_caption_lines_with_no_award_name_over_them_stay_captions():
    roles = block_roles(PHOTOS)
    for caption in ("开幕式现场", "运动员入场", "拔河比赛"):
        assert roles[caption] != "body", caption
