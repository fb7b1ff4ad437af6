"""A brand of one character and 和 (嘉和, 天和: 'harmony') opening a phrase, which jieba
cuts into the character and the conjunction (嘉/j|和/c|电力有限公司, 天/q|和/c|化工集团):
the walk stopped at 和, so 嘉和电力有限公司工会 was lost at a clause's head (电力有限公司
names no one body) or held its chair's post as 电力有限公司工会, and 天和化工集团工会 was
read as 化工集团工会. Near misses: 和 joining two words (党和政府, 省和市总工会, a pronoun:
他和公司工会主席) still ends the name. Invented bodies and people."""

from __future__ import annotations

from tests.conftest import first_article_orgs, first_article_positions, news_page


def test_a_companys_union_at_a_clauses_head():
    assert first_article_orgs("嘉和电力有限公司工会开展职工技能比武。") == {"嘉和电力有限公司工会"}


def test_its_chair_is_held_at_the_whole_name():
    text = news_page("会上，嘉和电力有限公司工会主席王立群讲话。")
    assert ("王立群", "主席", "嘉和电力有限公司工会") in first_article_positions(text)


def test_a_groups_union_jieba_cuts_after_a_measure_word():
    assert first_article_orgs("天和化工集团工会举办读书会。") == {"天和化工集团工会"}


def test_a_company_a_union_visits():
    found = first_article_orgs("区总工会慰问了嘉和电力有限公司一线职工。")
    assert "嘉和电力有限公司" in found


def test_the_party_and_the_government_name_no_brand():
    found = first_article_orgs("党和政府关心职工，市总工会开展慰问。")
    assert found == {"市总工会"}


def test_a_province_and_a_citys_federations_name_no_brand():
    assert first_article_orgs("省和市总工会联合开展慰问。") == {"市总工会"}


def test_a_pronoun_and_a_companys_chair_name_no_brand():
    text = news_page("他和公司工会主席王立群一起慰问。")
    assert first_article_orgs("他和公司工会主席王立群一起慰问。") == set()
    assert ("王立群", "主席", None) in first_article_positions(text)
