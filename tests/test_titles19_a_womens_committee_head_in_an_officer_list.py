"""A yearbook entry's officer list labels the head of the union's women workers'
committee as 女职工委员会主任：某某: the post is held at that union's committee (the
union the entry named before), for a name listed under another label too and for one
listed only there. Without a union named before, whose committee it is stays unsaid.
Invented names and bodies."""

from __future__ import annotations

from gonghui_build.extract.people.elections import officer_names
from gonghui_build.text.tokenizer import tag_tokens
from tests.conftest import first_article_positions

_ENTRY = (
    "石湾县总工会\n"
    "【概况】 2022年，石湾县总工会有基层工会186个。\n"
    "【领导成员】\n"
    "党组书记、主席：韦海川\n"
    "副主席：祁小兰 蔺晓东\n"
    "女职工委员会主任：祁小兰\n"
)


def test_a_vice_chair_also_listed_as_the_womens_committee_head_holds_both():
    found = first_article_positions(_ENTRY)
    assert ("祁小兰", "副主席", "石湾县总工会") in found
    assert ("祁小兰", "主任", "石湾县总工会女职工委员会") in found


def test_a_name_listed_only_as_the_womens_committee_head_holds_the_post():
    entry = _ENTRY.replace("女职工委员会主任：祁小兰", "女职工委员会主任：邵春梅")
    assert ("邵春梅", "主任", "石湾县总工会女职工委员会") in first_article_positions(entry)


def test_the_womens_committee_head_of_no_union_named_states_no_post():
    text = "女职工委员会主任：邵春梅。"
    assert officer_names(text, tag_tokens(text)) == []


def test_the_funds_review_committee_head_is_still_read_into_the_title():
    entry = _ENTRY + "经费审查委员会主任：邵春梅\n"
    found = first_article_positions(entry)
    assert ("邵春梅", "经费审查委员会主任", "石湾县总工会") in found
