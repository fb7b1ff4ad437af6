"""One person's chain of a Party post of no body and the chair of an enterprise's own
union, in either order (党委副书记、公司工会主席某某; 校工会主席、党委副书记某某): the Party post
is the enterprise's, the unit whose union the chain names, as a reader takes one
person's posts at one unit. Near miss: beside a federation's post (区总工会主席) the Party
post is left of no body. Invented names and bodies."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def _posts(body: str) -> set[tuple[str, str | None]]:
    return {(t, o) for n, t, o in first_article_positions(news_page(body)) if n == "柯望川"}


def test_a_party_post_before_the_union_chair_is_the_companys():
    body = "青禾电器有限公司召开职代会。会议由党委副书记、公司工会主席柯望川主持。"
    assert _posts(body) == {("党委副书记", "青禾电器有限公司"), ("主席", "青禾电器有限公司工会")}


def test_a_party_post_before_a_college_union_chair_is_the_colleges():
    body = "青禾学院召开教代会。会议由党委副书记、校工会主席柯望川主持。"
    assert ("党委副书记", "青禾学院") in _posts(body)


def test_a_party_post_after_a_college_union_chair_is_not_the_unions():
    body = "青禾学院召开教代会。会议由校工会主席、党委副书记柯望川主持。"
    assert ("党委副书记", "青禾学院") in _posts(body)
    assert ("党委副书记", "青禾学院工会") not in _posts(body)


def test_a_party_post_beside_a_federations_chair_names_no_enterprise():
    body = "会上，党委副书记、区总工会主席柯望川讲话。"
    assert ("党委副书记", None) in _posts(body)
