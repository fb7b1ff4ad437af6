"""Names of one transcribed part placed by an age, a home or a village and 的 (某村62岁的
阿某古丽, 某镇的吐某逊: visit reports on Xinjiang's union pages name the model workers
and herders they call on so, with no post), and a foreign name jieba's dictionary tags a
transcribed name (nrt) after a post and before a verb of speech (外方经理约翰逊表示:
reports on Chinese firms' projects abroad). Invented names and events (s40, people23).
A place after 的, a one-part name after a city's 的, and a transcribed word after no post
stay no one."""

from __future__ import annotations

import pytest

from tests.conftest import news_page, page_facts


def _people(body: str) -> list[str]:
    return sorted(p.name for a in page_facts(news_page(body)).articles for p in a.people)


def test_one_part_names_after_an_age_and_a_village_are_people():
    body = (
        "此次慰问的劳模中，有喀拉也木勒乡62岁的阿依古丽和玉什喀拉苏镇的吐尔逊，"
        "慰问组分别为他们送上慰问金。"
    )
    assert _people(body) == sorted(["阿依古丽", "吐尔逊"])


def test_a_one_part_name_after_a_home_is_a_person():
    assert _people("家住团结村的米尔扎提说，今年收成很好。") == ["米尔扎提"]


@pytest.mark.parametrize(
    ("body", "names"),
    [
        ("项目外方经理约翰逊表示，中方工会组织的技能培训让当地员工受益。", ["约翰逊"]),
        ("来自乌干达的焊工赫尔曼说，在这里学到了技术。", ["赫尔曼"]),
    ],
)
def test_a_foreign_name_after_a_post_is_a_person(body, names):
    assert _people(body) == names


@pytest.mark.parametrize(
    "body",
    [
        "他来到了阿克苏市的阿克苏河畔。",
        "村里的乡亲们说，今年收成很好。",
        "伊拉克表示，将加强合作。",
    ],
)
def test_places_and_words_after_de_name_no_one(body):
    assert _people(body) == []
