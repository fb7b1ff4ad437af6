"""Bodies the grammar missed on real pages (issue 10): a union's song-and-dance troupe
(文工团, printed by the federation's short name before its posts), and the union of the
workers of one new form of employment (某区网约送餐员联合工会), whose occupation jieba
cuts with a verb inside. Names, places and people are invented, in the shapes of real
union news."""

from __future__ import annotations

from gonghui_build.extract.organisations.abbreviations import abbreviations
from gonghui_build.extract.organisations.context import ArticleContext, resolve
from gonghui_build.extract.organisations.grammar import find_org_spans
from gonghui_build.extract.organisations.model import with_model
from gonghui_build.extract.organisations.shortforms import short_names
from gonghui_build.extract.organisations.units import with_units
from gonghui_build.extract.people.rosters import without_roster_name
from gonghui_build.text.tokenizer import tag_tokens
from gonghui_build.vocabulary import OrgType


def _names(text: str) -> list[str]:
    tokens = tag_tokens(text)
    spans = with_units(text, with_model(text, find_org_spans(text, tokens), tokens, []), tokens)
    spans = without_roster_name(text, spans, tokens)
    return [s.written for s in spans + short_names(text, spans, tokens)]


def test_a_federation_s_troupe_is_a_body_by_its_full_and_its_short_name():
    assert _names("桐川市总工会文工团走进企业慰问演出。") == ["桐川市总工会文工团"]
    assert _names("中华全国总工会文工团为筑路工人演出。") == ["中华全国总工会文工团"]
    found = resolve("全总文工团", 0, ArticleContext((), (), (), None))
    assert found is not None and found.type == OrgType.other


def test_a_troupe_named_by_no_body_before_it_is_none():
    assert _names("文工团演职人员一行抵达工地。") == []


def test_a_union_of_platform_workers_is_named_from_its_place():
    assert _names("桐川市青禾区外卖送餐员联合工会召开成立大会。") == [
        "桐川市青禾区外卖送餐员联合工会"
    ]
    assert _names("青禾区网约配送员联合工会正式成立。") == ["青禾区网约配送员联合工会"]
    assert _names("桐川市青禾区快递员联合工会召开成立大会。") == ["桐川市青禾区快递员联合工会"]


def test_generic_unions_stay_no_body():
    for text in (
        "各级工会组织要关心新就业形态劳动者。",
        "基层工会要做好服务。",
        "快递员联合工会成立以来，为会员办了不少实事。",
    ):
        assert _names(text) == [], text


def test_a_headline_s_union_without_its_place_is_the_article_s_full_name():
    full = "桐川市青禾县网约送餐员联合工会"
    assert abbreviations({full, "网约送餐员联合工会"}, {}, weigh_every_name=False) == {
        "网约送餐员联合工会": full
    }
    two = {full, "白沙县网约送餐员联合工会", "网约送餐员联合工会"}
    assert abbreviations(two, {}, weigh_every_name=True) == {}
