"""A city's commissions printed by the short names their governments use, the two fields
of the full name run together and 委 alone (市住房城乡建设委, 市城市管理委, 市规划自然资源委,
市交通运输委, 市城乡建委): jieba cuts 委 off as a lone character, so no rule read them and
a co-organiser of a city union's contest was lost. They are now government suffixes,
completed to their full names (``org_suffixes.yaml`` government, suffix_forms). Seen as
co-organisers beside city unions on Beijing, Tianjin and Chongqing pages (session 37,
orgs17). Text and events are invented."""

from __future__ import annotations

from gonghui_build.extract.organisations.grammar import find_org_spans
from tests.conftest import first_article_resolved, news_page, page_facts


def _names(text: str) -> list[str]:
    return [s.written for s in find_org_spans(text)]


def test_three_commissions_listed_as_co_organisers():
    text = "市城市管理委、市住房城乡建设委、市规划自然资源委联合发文。"
    assert _names(text) == ["市城市管理委", "市住房城乡建设委", "市规划自然资源委"]


def test_a_transport_commission_beside_a_city_union():
    found = first_article_resolved("市直工会联合市城乡交通运输委举办驾驶员技能大赛。")
    assert "市城乡交通运输委员会" in found


def test_the_deputy_head_of_a_construction_commission_holds_his_post_there():
    article = page_facts(news_page("重庆市城乡建委副主任李明出席。")).articles[0]
    posts = {(p.name, p.title_normalised, p.org.name if p.org else None) for p in article.positions}
    assert ("李明", "副主任", "重庆市城乡建设委员会") in posts


def test_the_party_committee_of_a_city_is_no_commission():
    assert _names("市委、市政府召开会议。") == ["市委", "市政府"]


def test_a_commission_named_in_full_is_read_as_before():
    assert _names("市住房和城乡建设委员会组织检查。") == ["市住房和城乡建设委员会"]
