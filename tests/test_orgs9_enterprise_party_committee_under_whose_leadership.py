"""An enterprise's Party committee named as the body under whose leadership its union
works (公司工会在公司党委和某区总工会的领导下…) is an organisation of the article, the
enterprise's full name + 党委; elsewhere (a sentence's subject, a post's body) it stays
the inner body it is. Invented enterprises, places and people."""

from __future__ import annotations

from tests.conftest import first_article_resolved


def test_a_company_s_party_committee_leading_its_union_is_listed_under_the_full_name():
    found = first_article_resolved(
        "青峰电缆有限公司召开职代会。公司工会在公司党委和石湖区总工会的领导下，完成了各项工作。"
    )
    assert "青峰电缆有限公司党委" in found


def test_a_group_s_party_committee_printed_short_is_its_group_s():
    found = first_article_resolved(
        "青峰热力集团有限公司工会作总结。去年，集团工会在集团党委的正确领导下，完成了各项工作。"
    )
    assert "青峰热力集团有限公司党委" in found


def test_a_company_s_party_committee_as_a_sentence_s_subject_stays_unlisted():
    found = first_article_resolved(
        "青峰电缆有限公司召开职代会。公司党委进一步认清形势，部署全年工作。"
    )
    assert not any(name.endswith("党委") for name in found)
