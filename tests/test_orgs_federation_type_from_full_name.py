"""A body whose full name is a federation's (某市总工会) is typed a federation even
where its first mention reads as a plain union (the headline's 某市工会). Invented
bodies, people and events."""

from __future__ import annotations

from gonghui_build.resolve.organisations import OrgCorpus, gather_article
from gonghui_build.vocabulary import OrgType
from tests.conftest import page_facts


def _types(text: str) -> dict[str, OrgType]:
    corpus = OrgCorpus()
    for k, facts in enumerate(page_facts(text).articles):
        gather_article(corpus, facts, f"a{k}")
    return {e["name"]: e["type"] for e in corpus.entries.values()}


def test_a_city_federation_first_read_as_its_union_is_a_federation():
    text = (
        "衢州市工会第六次代表大会闭幕\n\n"
        "本报讯 为期两天的大会于昨日闭幕。经六届一次全会选举，韦立森当选市总工会主席，"
        "孙林、赵东当选副主席。"
    )
    types = _types(text)
    assert types.get("衢州市总工会") == OrgType.union_federation


def test_an_enterprise_union_stays_a_union():
    text = (
        "青禾丰达集团工会召开会员代表大会\n\n"
        "本报讯 近日，青禾丰达集团工会召开第三次会员代表大会，韦立森当选工会主席。"
    )
    assert _types(text).get("青禾丰达集团工会") == OrgType.union
