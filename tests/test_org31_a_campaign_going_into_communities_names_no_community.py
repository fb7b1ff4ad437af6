"""A campaign's words 'X goes into the communities' (送福进社区, 送温暖进社区) name no
community: jieba glues the verb 进 to the suffix (进社区), and a misread place before it
(福/ns) let the glued word stand as a body's name. A community named so is cut apart by
jieba (前进|社区) and stays a body. Invented headlines."""

from __future__ import annotations

from gonghui_build.extract.organisations.grammar import find_org_spans


def _names(text: str) -> list[str]:
    return [s.written for s in find_org_spans(text)]


def test_a_campaign_into_the_communities_is_no_body():
    assert _names("沧州：新春送福进社区") == []


def test_a_community_whose_name_holds_the_verb_is_still_a_body():
    assert _names("朝阳区前进社区居委会开展活动") == ["朝阳区前进社区居委会"]
