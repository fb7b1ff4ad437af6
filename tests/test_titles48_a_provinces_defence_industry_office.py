"""A province's office of national defence science, technology and industry printed by
its short name (省国防科工办党组书记、主任某某) is the body its head's posts are held at
(``org_suffixes.yaml`` government: 国防科工办), completed with the province the article
names, as 省总工会 is. Invented names."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_the_short_name_of_the_defence_industry_office_holds_its_heads_posts():
    body = "四川省国防工会召开大会。省国防科工办党组书记、主任阙立新出席开幕会并讲话。"
    assert first_article_positions(news_page(body)) == {
        ("阙立新", "党组书记", "四川省国防科工办"),
        ("阙立新", "主任", "四川省国防科工办"),
    }
