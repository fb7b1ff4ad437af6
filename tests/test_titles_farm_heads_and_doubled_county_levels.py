"""Titles of farms, mines and the NPC, and a county whose name ends with its level
(invented names, places and bodies): 场长 and 矿长 head a farm and a mine as 厂长 heads a
plant; 某县县委 names the county 某县 once, so the federation after it in a chain is
某县总工会."""

from __future__ import annotations

from gonghui_build.extract.people.chain_places import place_of
from gonghui_build.extract.people.titles import parse_chain


def _chain(text: str, name: str) -> list[tuple[str, str | None]]:
    return [(c.title_normalised, c.org_written) for c in parse_chain(text, text.index(name))]


def test_a_farms_and_a_mines_heads_are_titles():
    assert _chain("会议由工会主席林木森主持，场长韩青山作报告", "韩青山") == [("场长", None)]
    assert _chain("副场长葛有田作了说明", "葛有田") == [("副场长", None)]
    assert _chain("青石岭煤矿副矿长钟立强通报情况", "钟立强")[0][0] == "副矿长"


def test_the_npc_chair_opens_a_chain_before_a_federations_post():
    text = "全国人大常委会委员长、全国总工会名誉主席秦立国致信"
    assert _chain(text, "秦立国") == [
        ("委员长", "全国人大常委会"),
        ("名誉主席", "全国总工会"),
    ]


def test_a_county_named_with_its_level_prints_the_level_once_in_its_federation():
    text = "汶江县县委副书记、总工会主席白如松带队"
    assert _chain(text, "白如松") == [("副书记", "汶江县县委"), ("主席", "汶江县总工会")]


def test_a_county_and_its_short_forms_keep_their_names():
    assert place_of("茂县县人大常委会") == "茂县"
    assert place_of("汶江县委") == "汶江县"
    assert place_of("县委") == "县"


def test_a_federations_committee_of_a_term_is_the_federation():
    # 全国总工会 and 县总工会 name no particular place, yet a term's committee is theirs
    text = "会上，新当选的全国总工会第十七届执行委员会委员、青禾区总工会主席韦海川作了报告。"
    assert _chain(text, "韦海川") == [("委员", "全国总工会"), ("主席", "青禾区总工会")]
    assert _chain("县总工会第十届委员会委员丁晓梅发言", "丁晓梅") == [("委员", "县总工会")]
