"""County media centres and local sites open their copies with a dateline whose source
ends in no 社, 网 or 报 (``某某融媒2月6日讯（全媒体记者 …）``, ``某某新闻在线讯（通讯员 …）``,
``某某体育讯``), or with a site's name and a colon before the writers in brackets
(``某某新闻网：（某某、某某）``, ``某某网讯：（…）``). Each is the article's dateline, and the
names in its brackets are its authors. Invented text in the shapes read in session 36."""

from __future__ import annotations

import pytest

from gonghui_build.extract.bylines import parse_byline
from gonghui_build.layout.cues import DATELINE_RE
from tests.conftest import layout_roles


@pytest.mark.parametrize(
    ("line", "dateline"),
    [
        (
            "清河融媒2月6日讯（全媒体记者 罗一帆 韩二虎）今天上午，园区工会来到企业。",
            "清河融媒2月6日讯（全媒体记者 罗一帆 韩二虎）",
        ),
        (
            "桐江新闻在线讯（通讯员 钱立本 方志远）为了让困难职工过好年，市总工会走访慰问。",
            "桐江新闻在线讯（通讯员 钱立本 方志远）",
        ),
        (
            "浙东在线讯（记者 柯小笛）近日，市总工会举办职工书法展。",
            "浙东在线讯（记者 柯小笛）",
        ),
        (
            "江城体育讯（记者 马骏驰）近日，江城市第五届职工篮球赛落幕。",
            "江城体育讯（记者 马骏驰）",
        ),
        (
            "江城融媒体中心讯（记者 罗一帆）近日，区总工会举办培训。",
            "江城融媒体中心讯（记者 罗一帆）",
        ),
        (
            "滨海新闻网：（杜明清、何晓燕）近日，滨海区总工会举办知识竞赛。",
            "滨海新闻网：（杜明清、何晓燕）",
        ),
        (
            "滨海网讯：（杜明清、何晓燕）近日，滨海区总工会举办知识竞赛。",
            "滨海网讯：（杜明清、何晓燕）",
        ),
    ],
)
def test_a_media_centres_or_sites_dateline_is_read(line: str, dateline: str) -> None:
    match = DATELINE_RE.match(line)
    assert match is not None and match.group(0) == dateline


@pytest.mark.parametrize(
    "line",
    [
        "全民体育讯息发布平台上线",  # 讯息: a word, no dateline
        "工人日报：（一）坚持职工主体地位",  # a colon and an ordinal in brackets: a title
        "区融媒体中心举办通讯员培训班",  # a media centre's news, no 讯
        "职工学习在线通讯员队伍扩容",  # 在线 before 通讯员: no dateline
    ],
)
def test_near_misses_are_no_dateline(line: str) -> None:
    assert DATELINE_RE.match(line) is None


def test_names_listed_in_a_datelines_brackets_are_its_authors() -> None:
    names = [a.name for a in parse_byline("滨海新闻网：（杜明清、何晓燕）")]
    assert names == ["杜明清", "何晓燕"]
    assert [a.name for a in parse_byline("本报讯（王立平、何晓燕）")] == ["王立平", "何晓燕"]


def test_bodies_listed_in_brackets_are_no_authors() -> None:
    assert parse_byline("本报讯（区总工会、区妇联）") == []


def test_the_media_centres_dateline_opens_the_articles_text() -> None:
    page = (
        "园区工会为留岗职工送年货\n"
        "清河融媒2月6日讯（全媒体记者 罗一帆 韩二虎）今天上午，清河经开区工会联合会来到"
        "辖区内十余家企业，开展“迎新春送温暖”活动。\n"
        "据悉，春节期间，园区工会联合会还将组织留岗职工参加游园活动。\n"
    )
    roles = layout_roles(page)
    dated = [role for text, (role, _) in roles.items() if text.startswith("清河融媒")]
    assert dated == ["dateline"]
