"""A unit's head printed bare (厂长某某) in a report that names the plant only as the owner
of its union (某市某厂工会召开…): the plant is the one whose union is named, and its 厂长
heads it, as after the plant named alone. Invented plant and people."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_a_plants_head_is_held_at_the_plant_whose_union_the_report_names():
    body = "青川市棉纺织厂工会日前召开表彰会。厂工会主席王红英宣读决定，厂长李晓明讲了话。"
    posts = first_article_positions(news_page(body))
    assert ("李晓明", "厂长", "青川市棉纺织厂") in posts
