"""Social organisations whose names end in 联谊会 (a friendship association: 台胞联谊会,
劳模联谊会) or 理事会 (the council that runs a forum or an alliance), and the rural credit
cooperatives' unions (农村信用合作联社, 信用联社) were no organisations: no suffix of the
reference ended them. They are now ``other`` suffixes (``org_suffixes.yaml``); a board
of one body (第三届理事会, 新一届理事会) still names none. Seen on a city women's
federation's liaison list, a workers' forum, two county finance contests and a credit
union's union page (session 37, orgs17). Text and events are invented."""

from __future__ import annotations

from gonghui_build.extract.organisations.grammar import find_org_spans
from tests.conftest import first_article_orgs, first_article_positions, news_page


def _names(text: str) -> list[str]:
    return [s.written for s in find_org_spans(text)]


def test_a_friendship_association_among_co_organisers():
    assert "市台胞联谊会" in first_article_orgs("市总工会、市台胞联谊会共同主办交流活动。")


def test_the_head_of_a_model_workers_association_holds_his_post_there():
    found = first_article_positions(news_page("市劳模联谊会会长王明出席。"))
    assert ("王明", "会长", "市劳模联谊会") in found


def test_a_forums_council_named_after_the_national_union():
    assert _names("中国工会论坛理事会主办交流活动。") == ["中国工会论坛理事会"]


def test_a_county_rural_credit_union_hosting_a_contest():
    text = "比赛在宁远县农村信用合作联社举行。"
    assert _names(text) == ["宁远县农村信用合作联社"]


def test_a_board_of_one_body_names_none():
    assert first_article_orgs("协会召开第三届理事会第二次会议，选举产生新一届理事会。") == set()


def test_boards_named_by_their_kind_name_none():
    assert first_article_orgs("会议由董事会和理事会共同审议。") == set()
