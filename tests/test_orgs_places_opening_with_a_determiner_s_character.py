"""A body whose place opens with a determiner's or an anaphor's character (本溪市, 全椒县:
本 'this', 全 'all') is one body of that place, found and kept as printed; 本单位, 全市,
各县 and 该厂 still open a generic or a referring phrase (issue 10). Companies, schools
and events are invented, in the shapes of real union news and award lists."""

from __future__ import annotations

from gonghui_build.extract.organisations.names import opening_word
from tests.conftest import news_page, page_facts


def _orgs(body: str) -> list[tuple[str, str]]:
    facts = page_facts(news_page(body))
    return [(o.name_as_written, o.resolved.name) for a in facts.articles for o in a.orgs]


def test_a_federation_of_a_place_opening_with_ben_is_found():
    assert _orgs("本溪市总工会将在五月举办职工拔河比赛。") == [("本溪市总工会", "本溪市总工会")]


def test_enterprises_and_their_unions_of_such_a_place_are_found():
    assert _orgs("慰问组首站来到本溪青石啤酒有限公司，参观了产品展厅。") == [
        ("本溪青石啤酒有限公司", "本溪青石啤酒有限公司")
    ]
    assert _orgs("本溪市红山机械厂工会组织青年工人成立技术小组。") == [
        ("本溪市红山机械厂工会", "本溪市红山机械厂工会")
    ]
    assert _orgs("全椒县人民医院工会开展义诊。") == [("全椒县人民医院工会", "全椒县人民医院工会")]


def test_a_determiner_or_an_anaphor_still_opens_no_body_of_its_own():
    for body in ("本单位工会开展活动。", "本局工会开展活动。", "全市总工会系统开展活动。"):
        assert _orgs(body) == [], body
    assert _orgs("桐川机械厂召开职代会，该厂工会主席李某讲话。")[-1] == (
        "该厂工会",
        "桐川机械厂工会",
    )


def test_the_opening_word_is_no_determiner_inside_a_place_s_name():
    assert opening_word("本溪市红山机械厂", "determiners") is None
    assert opening_word("全椒县人民医院", "determiners") is None
    assert opening_word("本单位", "determiners") == "本"
    assert opening_word("各乡镇", "determiners") == "各"
    assert opening_word("该厂", "anaphors") == "该"
