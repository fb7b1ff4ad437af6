"""厂长某某 after the article named its plant and then a body of another kind (an oil field
the plant worked for): the head of a plant is held at the plant the article named
earlier, not left with no body. Invented names, bodies and events (s52, titles53)."""

from __future__ import annotations

from tests.conftest import first_article_positions

_HEAD = "他把青春献给了机床\n\n本报讯 在青河第二机床厂，提起王玉坤，老工人们都竖大拇指。\n"


def test_the_plants_head_is_held_at_the_plant_named_earlier() -> None:
    body = "去年，车间为大庆油田加工一批钻杆。\n厂长乔德林也说，全厂的革新成果很多。\n"
    assert ("乔德林", "厂长", "青河第二机床厂") in first_article_positions(_HEAD + body)


def test_a_head_of_a_kind_the_article_never_named_keeps_no_body() -> None:
    body = "去年，车间为大庆油田加工一批钻杆。\n站长乔德林也说，全厂的革新成果很多。\n"
    assert ("乔德林", "站长", None) in first_article_positions(_HEAD + body)
