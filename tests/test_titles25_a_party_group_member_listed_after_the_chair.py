"""A member's title of an inner body (党组成员, 党委委员) printed before a name with no
body of its own, in a list of a federation's leaders after its chair (县总工会主席甲，副主席
乙，党组成员丙出席): a seat on the body's Party group, a post, held at the union named before
as the vice-chair's is; no weak title like 委员 or 代表 alone, which stays a description.
Invented names."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_a_party_group_member_after_the_chair_and_vice_chairs():
    found = first_article_positions(
        news_page("会上，县总工会主席林国栋作报告，副主席周建新、王小红，党组成员宋立强出席。")
    )
    assert ("宋立强", "党组成员", "县总工会") in found
    assert ("王小红", "副主席", "县总工会") in found


def test_a_party_group_member_right_after_the_chair():
    found = first_article_positions(news_page("县总工会主席林国栋，党组成员宋立强出席。"))
    assert ("宋立强", "党组成员", "县总工会") in found


def test_a_model_workers_representative_stays_no_post():
    found = first_article_positions(news_page("县总工会主席林国栋讲话，劳模代表宋立强发言。"))
    assert not any(name == "宋立强" for name, _, _ in found)


def test_a_bare_member_stays_no_post():
    found = first_article_positions(news_page("县总工会主席林国栋讲话，委员宋立强发言。"))
    assert not any(name == "宋立强" for name, _, _ in found)
