"""A company's brand right after 代表 'on behalf of' (某某代表北辰电力集团工会发言) is the
name's, though jieba reads the brand as a person's name and 代表 is also a title: the
walk took 代表|北辰 for a title and its holder and cut the brand off (路桥集团工会, or no
name). 代表 is a word that ends names (left_stops): the sentence's verb. Seen on real
pages of enterprise unions' reports to a city union (a road and bridge group's union
reporting its contest) (session 36, orgs15). Text and events are invented."""

from __future__ import annotations

from gonghui_build.extract.organisations.grammar import find_org_spans
from tests.conftest import first_article_orgs


def _names(text: str) -> list[str]:
    return [s.written for s in find_org_spans(text)]


def test_a_groups_union_on_whose_behalf_one_speaks():
    assert _names("张华代表北辰电力集团工会作交流发言。") == ["北辰电力集团工会"]


def test_a_registered_company_on_whose_behalf_one_speaks():
    assert _names("李明代表金沙建设集团有限公司讲话。") == ["金沙建设集团有限公司"]


def test_the_brand_stays_in_the_article():
    found = first_article_orgs("会上，郭倩代表东岳路桥集团工会汇报劳动竞赛开展情况。")
    assert "东岳路桥集团工会" in found
    assert "路桥集团工会" not in found


def test_the_verb_itself_stays_out_of_the_name():
    found = first_article_orgs("副主席孙立代表平江县总工会致辞。")
    assert found == {"平江县总工会"}
