"""A verb conferring an award on a worker, opening its clause (…奖状，授予焊工某某等10人
“五一劳动奖章”: ``people.yaml`` verbs_before_a_person), is no part of the occupation
after it: the worker's title is 焊工, not 授予焊工; the award given to a body in the
clause before (授予某公司等5家单位…奖状) gives the body no post. Invented bodies and
people."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_the_verb_conferring_an_award_is_left_out_of_the_occupation():
    body = (
        "同日，县总工会授予青禾电力设备有限公司等5家单位“县五一劳动奖状”，"
        "授予焊工韩立明等10人“县五一劳动奖章”。"
    )
    assert first_article_positions(news_page(body)) == {("韩立明", "焊工", None)}
