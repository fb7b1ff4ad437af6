"""A bare head's post printed after the chair of an enterprise's or an institution's own
union (医院工会主席、副院长某某; 公司工会主席、副总经理某某) is held at the body the union
is of, not at the union: a union has no 院长 or 总经理. Near miss: after a federation
(某市总工会主席、…) the post is left as the chain gives it. Invented bodies and people."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def _posts(body: str) -> set[tuple[str, str, str | None]]:
    return first_article_positions(news_page(body))


def test_a_vice_presidents_post_after_the_hospitals_union_is_the_hospitals():
    body = "日前，张红来到青川市第三人民医院。她叮嘱医院工会主席、副院长王红英，把工作做细。"
    posts = _posts(body)
    assert ("王红英", "主席", "青川市第三人民医院工会") in posts
    assert ("王红英", "副院长", "青川市第三人民医院") in posts


def test_a_managers_post_after_the_companys_union_is_the_companys():
    body = "日前，张红来到青川市化工有限公司。她叮嘱公司工会主席、副总经理王红英，把工作做细。"
    assert ("王红英", "副总经理", "青川市化工有限公司") in _posts(body)
