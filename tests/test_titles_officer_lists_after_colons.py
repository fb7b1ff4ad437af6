"""A yearbook's officer list: each title chain opens a clause and a colon, then the
names holding it (主席：甲；党组书记、常务副主席：乙；副主席：丙、丁（女）). Each name holds
the chain's titles, at the body the chain names or, when it names none, at the union
named before. Invented names and bodies."""

from __future__ import annotations

from gonghui_build.extract.people.elections import officer_names
from gonghui_build.text.tokenizer import tag_tokens
from tests.conftest import first_article_positions

_ENTRY = (
    "石湾区总工会\n"
    "【概况】 2016年，延庆区总工会有基层工会420个，会员5.2万人。"
    "区总工会主席：韦海川；党组书记、常务副主席：邵春兰；副主席：祁小川、"
    "蔺晓梅（女，回族）。\n"
)


def test_each_name_after_a_title_chain_and_a_colon_holds_its_titles():
    found = first_article_positions(_ENTRY)
    assert ("韦海川", "主席", "延庆区总工会") in found
    assert ("邵春兰", "党组书记", "延庆区总工会") in found
    assert ("邵春兰", "常务副主席", "延庆区总工会") in found
    assert ("祁小川", "副主席", "延庆区总工会") in found
    assert ("蔺晓梅", "副主席", "延庆区总工会") in found


def test_a_label_that_is_no_title_chain_states_no_post():
    text = "联系地址：韦海川家中；咨询电话：12351。"
    assert officer_names(text, tag_tokens(text)) == []


def test_a_committee_named_without_its_body_states_no_post_in_an_officer_list():
    text = "区总工会主席：韦海川；经费审查委员会主任：邵春兰。"
    found = {h.name for h in officer_names(text, tag_tokens(text))}
    assert "韦海川" in found
    assert "邵春兰" not in found
