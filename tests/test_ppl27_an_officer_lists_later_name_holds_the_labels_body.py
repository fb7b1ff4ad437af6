"""副主席：甲（某公司工会主席）、乙（某医院护士长）: the label's post of no body is held at
the union the entry named before it for every name of the list; a body inside the note
after an earlier name is that name's other post, not the body a later name's post is held
at. Invented bodies and people."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_a_second_part_time_vice_chair_is_the_districts_not_the_first_ones_company():
    body = (
        "青川区总工会召开全委会议，选举产生新一届领导班子。名单如下：\n"
        "主席：龚立新\n"
        "兼职副主席：窦雨晴（青川长嘉汽车有限公司工会主席）、柏青松（青川区人民医院急诊科护士长）"
    )
    posts = first_article_positions(news_page(body))
    assert ("柏青松", "兼职副主席", "青川区总工会") in posts
    assert ("柏青松", "兼职副主席", "青川长嘉汽车有限公司工会") not in posts
