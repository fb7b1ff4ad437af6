"""A design institute (某交通规划设计院, 某给排水设计院) is a body: the posts printed after
its name, before a name or after a name and a comma, are held there; a bare 设计院
alone names no body. Invented bodies and people."""

from __future__ import annotations

import pytest

from tests.conftest import first_article_orgs, first_article_positions, news_page


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param(
            "日前，青禾交通规划设计院高级工程师陈刚强被评为劳动模范。", id="before_the_name"
        ),
        pytest.param("陈刚强，青禾交通规划设计院高级工程师，被评为劳动模范。", id="after_a_comma"),
    ],
)
def test_an_engineers_post_is_held_at_the_design_institute(sentence):
    text = news_page(sentence)
    assert ("陈刚强", "高级工程师", "青禾交通规划设计院") in first_article_positions(text)


def test_a_bare_design_institute_names_no_body():
    assert first_article_orgs("他说，设计院的同事们都很支持这项工作。") == set()
