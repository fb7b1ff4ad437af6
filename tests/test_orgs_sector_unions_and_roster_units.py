"""Bodies the grammar reads whole (issue 10): a named place's union of one sector (an
industry union printed as 某市某系统工会), and a roster line's body with the unit of it
printed before the post. Names, places and people are invented, in the shapes of real
digests of union news and award lists."""

from __future__ import annotations

from gonghui_build.extract.organisations.grammar import find_org_spans
from gonghui_build.extract.organisations.model import with_model
from gonghui_build.extract.organisations.units import with_units
from gonghui_build.extract.people.rosters import roster_line, without_roster_name
from gonghui_build.text.tokenizer import tag_tokens


def _names(text: str) -> list[str]:
    tokens = tag_tokens(text)
    spans = with_units(text, with_model(text, find_org_spans(text, tokens), tokens, []), tokens)
    return [s.written for s in without_roster_name(text, spans, tokens)]


def test_a_named_place_s_union_of_a_sector_is_one_body_the_unions_of_a_sector_none():
    assert _names("△桐川市纺织系统工会举办第二届职工歌咏会。") == ["桐川市纺织系统工会"]
    assert _names("西城区教育系统工会举办青年教师培训。") == ["西城区教育系统工会"]
    for text in (
        "全省纺织系统工会干部培训班在柳河举办。",
        "文博系统工会积极开展读书活动。",
        "各区教育系统工会举办培训。",
    ):
        assert _names(text) == [], text


def test_a_roster_line_s_unit_before_the_post_is_the_body_named():
    line = "郑立帆 桐川精密钢带有限公司炼钢厂炉长"
    assert _names(line) == ["桐川精密钢带有限公司炼钢厂"]
    found = roster_line(line)
    assert found is not None and found.post == "炉长"


def test_a_line_of_one_unit_opened_by_its_place_is_no_roster_line():
    line = "林海港宏远码头有限公司装卸二队"  # 林海港 is name-shaped; the line has no post
    assert roster_line(line) is None
    assert _names(line) == [line]


def test_a_project_department_is_named_for_its_place_and_project():
    text = "工会把流动书屋开进桐川市青禾区滨河公路改造工程项目部，为筑路工人送去图书。"
    assert _names(text) == ["桐川市青禾区滨河公路改造工程项目部"]
    assert _names("工会干部来到项目部，慰问一线职工。") == []


def test_a_team_that_receives_an_award_is_the_body_named():
    assert _names("桐川市德顺化工有限公司机修班荣获全国工人先锋号。") == [
        "桐川市德顺化工有限公司机修班"
    ]
    assert _names("北京桐盛电气有限公司代表队获得冠军。") == ["北京桐盛电气有限公司"]


def test_an_economic_commission_by_its_short_name_is_a_body():
    assert _names("1983年起，县总工会每年与县经委联合组织增产节约竞赛。") == ["县总工会", "县经委"]


def test_a_women_workers_committee_of_a_federation_by_its_level_word_is_a_body():
    assert _names("县总工会女工委员会举办女工干部培训班。") == ["县总工会女工委员会"]
    assert _names("县工会女职工委员会组织学习。") == ["县工会女职工委员会"]


def test_a_town_s_home_for_the_elderly_is_a_body():
    text = "区总工会组织职工志愿者到黄岭镇敬老院开展志愿服务。"
    assert _names(text) == ["区总工会", "黄岭镇敬老院"]
