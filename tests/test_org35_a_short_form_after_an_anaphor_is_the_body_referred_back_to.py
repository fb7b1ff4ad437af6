"""A body's short form printed after a word referring back (该院, 该厂) before a title,
in a clause joining two officers (甲与该院党委委员、工会主席乙), is the body the article
named before: the segment's words before the anaphor (the other officer's title and
name) are no unit of it. Invented bodies, names and posts."""

from __future__ import annotations

from tests.conftest import first_article_positions, first_article_resolved, news_page

_BODY = (
    "近日，青禾机械有限公司工会与柳州市第五人民医院工会结对共建，青禾机械有限公司"
    "党委副书记、工会主席韦海川与该院党委委员、工会主席覃秀梅签订共建协议。"
)


def test_the_anaphors_body_is_the_hospital_named_before():
    posts = first_article_positions(news_page(_BODY))
    assert ("覃秀梅", "主席", "柳州市第五人民医院工会") in posts
    assert ("覃秀梅", "党委委员", "柳州市第五人民医院") in posts


def test_no_body_is_made_of_the_other_officers_title_and_name():
    assert not any("韦海川" in name for name in first_article_resolved(_BODY))
