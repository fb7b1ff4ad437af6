"""An interview's answer opens with its speaker's name and a colon (某某：…): the label
names who speaks, not a person a clause of no subject in the answer could take up, so a
career told after a name in the answer (…中心主任某某曾是律师，后任市总工会法律顾问) is
that name's, as it is where no label opens the paragraph. Invented people."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_a_later_post_in_an_answer_goes_to_the_name_it_follows():
    body = (
        "记者：职工遇到纠纷怎么办？\n"
        "龚立新：市总工会职工法律服务中心开通了维权专线。中心主任窦雨晴曾是律师，"
        "后任市总工会法律顾问，对劳动合同很熟悉。"
    )
    posts = first_article_positions(news_page(body))
    assert any(p[0] == "窦雨晴" and p[1] == "法律顾问" for p in posts)
