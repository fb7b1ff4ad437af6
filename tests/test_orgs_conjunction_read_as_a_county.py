"""A conjunction between two bodies that jieba reads as the first character of a place
(issue 10): 某县总工会和县妇联 is jieba's 和县|妇联 (和县 being a county), yet names the
federation and the county's women's federation. Sentences and events are invented, in
the shapes of real digests of local union news."""

from __future__ import annotations

from tests.test_org_real_shapes import article_orgs


def test_a_level_word_after_a_bodys_name_and_a_conjunction_opens_the_next_body():
    found = article_orgs("●柳河县总工会和县妇联联合举办女职工健康知识讲座，百余人参加。")
    assert found == [("柳河县总工会", "柳河县总工会"), ("县妇联", "柳河县妇联")]
    # a place whose name opens with the conjunction's character, and no level word
    # after it, stays a place
    found = dict(article_orgs("河西区总工会和平区总工会共同举办职工书画展。"))
    assert "和平区总工会" in found
