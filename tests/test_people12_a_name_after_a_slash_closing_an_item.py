"""A digest item closed by its writer's name after a slash (``…当选联合会主席。/某某``),
as other items of a briefs column close with ``（某某）`` or ``■某某``: the name is the
item's credit, a correspondent as those are, and no person of its text. A slash before a
photo credit (``/ 某某 摄``) is as before, and a slash inside a sentence (``元/吨``) is
no credit. Invented names."""

from __future__ import annotations

from gonghui_build.layout.end_credits import end_credit_start
from tests.conftest import page_authors, page_people

PAGE = (
    "工会简讯\n"
    "●临江县总工会近日为120名环卫工人送去防暑用品。（韩立秋）\n"
    "●临江县白石镇总工会近日组建快递行业工会联合会，首批吸纳86名快递员入会。"
    "镇总工会主席邢福全当选联合会主席。/芮青禾\n"
)


def test_the_slash_opens_the_items_credit() -> None:
    text = "镇总工会主席邢福全当选联合会主席。/芮青禾"
    assert end_credit_start(text) == text.index("/")


def test_the_name_after_the_slash_is_a_correspondent_not_a_person() -> None:
    assert ("芮青禾", "correspondent") in page_authors(PAGE)
    assert "芮青禾" not in page_people(PAGE)


def test_a_slash_inside_a_sentence_is_no_credit() -> None:
    assert end_credit_start("今年收购价提高到每吨3000元/吨") is None
