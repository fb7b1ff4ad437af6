"""A town's body printed by the level word alone (镇人力资源分局…) in an item that names
the town before (某镇总工会) is that town's body (ANNOTATION.md: short forms are completed
from context; a town is no division of the gazetteer); a city whose name opens with the
level word (镇江市) is no short form. Invented names."""

from __future__ import annotations

from tests.conftest import first_article_resolved


def test_a_towns_short_form_takes_the_town_named_before():
    found = first_article_resolved(
        "凤栖镇总工会接待了12名装修工人，随即联系镇人力资源分局劳动监察中队。"
    )
    assert "凤栖镇人力资源分局劳动监察中队" in found


def test_a_city_opening_with_the_level_word_is_no_short_form():
    found = first_article_resolved("凤栖镇总工会联合镇江市总工会开展活动。")
    assert "镇江市总工会" in found
