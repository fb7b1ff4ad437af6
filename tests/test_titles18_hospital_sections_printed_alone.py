"""A hospital's section printed without the hospital before its head's title, after the
hospital is named (某县医院副院长某某、护理部主任某某及护理部副主任某某): the head is held
at that section of the hospital, as an enterprise's section printed alone is; after a
body that keeps no such sections, the title stays of no body. Invented names, bodies
and events."""

from __future__ import annotations

import pytest

from tests.conftest import first_article_positions, news_page


@pytest.mark.parametrize(
    ("sentence", "person", "post"),
    [
        pytest.param(
            "5月9日上午，宁海县人民医院副院长沈家明、护理部主任李秀兰登门慰问退休护士。",
            "李秀兰",
            "主任",
            id="after_the_hospital_in_a_chain",
        ),
        pytest.param(
            "5月9日上午，宁海县人民医院副院长沈家明、护理部主任李秀兰及护理部副主任黄冬梅"
            "等一行人登门慰问退休护士。",
            "黄冬梅",
            "副主任",
            id="after_a_list_conjunction",
        ),
        pytest.param(
            "5月9日，宁海县人民医院开展慰问。护理部主任李秀兰说，要关心老护士。",
            "李秀兰",
            "主任",
            id="after_the_hospital_of_the_sentence_before",
        ),
    ],
)
def test_a_section_head_after_the_hospital_is_held_at_its_section(sentence, person, post):
    positions = first_article_positions(news_page(sentence))
    assert (person, post, "宁海县人民医院护理部") in positions


def test_an_office_head_after_a_government_bureau_stays_of_no_body():
    text = news_page("5月9日，宁海县人力资源和社会保障局开展慰问。办公室主任李秀兰说，要关心职工。")
    assert ("李秀兰", "主任", None) in first_article_positions(text)
