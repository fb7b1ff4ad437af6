"""Two cuts of names in reports of joint actions and contest rolls (s39, orgs21): a
county whose short form opens with a function word (和布克赛尔县 of 和布克赛尔蒙古自治县,
after 与) lost its first character to the walk and to the model; and the union of a Party
committee's or a government's office (县委办工会, 县政府办工会: jieba cuts 县委|办) was cut
to the office. Text and events are invented; the places are real."""

from __future__ import annotations

from gonghui_build.extract.organisations.grammar import find_org_spans
from tests.conftest import first_article_orgs


def _names(text: str) -> list[str]:
    return [s.written for s in find_org_spans(text)]


def test_a_county_short_form_opened_by_he_after_yu_is_whole():
    found = first_article_orgs("沙湾市总工会与和布克赛尔县总工会开展结对交流。")
    assert found == {"沙湾市总工会", "和布克赛尔县总工会"}


def test_a_county_short_form_opened_by_he_at_the_start_is_whole():
    assert first_article_orgs("和布克赛尔县总工会开展交流。") == {"和布克赛尔县总工会"}


def test_he_before_a_level_word_or_a_common_word_stays_the_conjunction():
    assert _names("市总工会和县总工会联合开展活动。") == ["市总工会", "县总工会"]
    assert _names("市总工会和平安保险公司工会签订协议。") == ["市总工会", "平安保险公司工会"]


def test_the_union_of_a_committees_office_is_whole():
    assert _names("县委办工会组织职工开展读书活动。") == ["县委办工会"]
    assert _names("县政府办工会组织职工开展读书活动。") == ["县政府办工会"]
    found = first_article_orgs("来自县委办工会、县交通运输局工会等14家基层工会的选手参加比赛。")
    assert found == {"县委办工会", "县交通运输局工会"}


def test_the_office_alone_is_unchanged():
    assert _names("县委办主任王明出席。") == ["县委办"]
