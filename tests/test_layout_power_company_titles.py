"""A power company's name opening a line (``国网某县供电公司…``, ``南方电网某供电局…``) is
no agency's dateline: the 电 of 供电, 变电, 发电 is the trade's word, not the ``…北京电``
of a wire (``新华社某地电``). Read in session 28 on a power trade paper's site, a city
union's site and a provincial portal's power channel, each printing a title that opens
with a State Grid county company: the build took ``国网某县供电`` for a dateline and ran
the rest of the title into the text, so the page lost its headline (and a page of two
such items both). A community's name before a word with 电 (``某某社区开展电动车…``, two
street sites' titles) is no agency either. Invented text here."""

from __future__ import annotations

from gonghui_build.layout.cues import DATELINE_RE
from tests.conftest import block_roles

TITLE = "国网青川县供电公司工会举办2024年职工乒乓球比赛"
TEXT = (
    "    为丰富职工文体生活，6月12日至13日，国网青川县供电公司工会举办职工乒乓球比赛，"
    "来自机关和各供电所的9支队伍参赛。\n"
)
SECOND = "国网北岭县供电公司举办青工技能比武"
SECOND_TEXT = (
    "    7月16日，国网北岭县供电公司举办青工技能比武，来自各供电所的40名青年职工"
    "参加了配电抢修、装表接电等项目比拼。（廖远）\n"
)


def test_a_power_companys_name_opens_no_dateline():
    assert not DATELINE_RE.match(TITLE)
    assert not DATELINE_RE.match("国网松河县供电公司：举办职工读书分享会")
    assert not DATELINE_RE.match("南方电网清溪供电局工会开展送清凉活动")
    assert not DATELINE_RE.match("国网河湾市变电运维中心举办技能比武")
    assert not DATELINE_RE.match("南方电网清溪电网公司举办职工技能竞赛")
    assert not DATELINE_RE.match("青山农网公司开展农电工技能培训")


def test_a_communitys_name_opens_no_dateline():
    assert not DATELINE_RE.match("和平社区开展电动车充电安全宣传")
    assert not DATELINE_RE.match("南湖街道青石社区举办家电维修志愿服务")
    roles = block_roles("城南社区工会举办职工电竞比赛\n\n" + TEXT)
    assert roles["城南社区工会举办职工电竞比赛"] == "headline"


def test_an_agencys_or_a_sites_dateline_still_opens_an_item():
    assert DATELINE_RE.match("新华社北京3月5日电 近日，全国总工会召开会议。")
    assert DATELINE_RE.match("中新网兰州电（记者 侯俊）近日，省总工会举办培训班。")
    assert DATELINE_RE.match("京工网讯 近日，区总工会举办职工书画展。")
    assert DATELINE_RE.match("中新社北京电（记者 侯俊）近日，全总召开会议。")
    assert DATELINE_RE.match("工人日报社讯 近日，市总工会举办培训班。")


def test_a_title_opening_with_a_power_company_is_the_headline():
    roles = block_roles(TITLE + "\n\n" + TEXT)
    assert roles[TITLE] == "headline"
    assert roles[TEXT.strip()] == "body"


def test_two_power_company_items_keep_both_headlines():
    page = "电力工会动态\n\n" + TITLE + "\n\n" + TEXT + "\n" + SECOND + "\n\n" + SECOND_TEXT
    roles = block_roles(page)
    assert roles[TITLE] == "headline"
    assert roles[SECOND] == "headline"
