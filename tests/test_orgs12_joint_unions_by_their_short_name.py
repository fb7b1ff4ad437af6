"""A joint union printed by its usual short name, 工联会 (工会联合会), is a body of its
own, of a street or of a trade; 工联会 alone, without a name before it, names none, and
a word that only holds the characters (职工联会议室) is no body. Invented bodies and people."""

from __future__ import annotations

import pytest

from tests.conftest import first_article_resolved


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "延庆区快递行业工联会为骑手送去防暑用品和应急药箱。", "延庆区快递行业工联会", id="trade"
        ),
        pytest.param(
            "望京街道工联会主席林海涛介绍了服务站点的建设情况。",
            "望京街道工联会",
            id="street_chair",
        ),
    ],
)
def test_a_joint_union_by_its_short_name_is_a_body(text, name):
    assert name in first_article_resolved(text)


def test_the_short_name_alone_names_no_body():
    found = first_article_resolved("区总工会为工联会授牌，并送去慰问品。")
    assert not any(name.endswith("工联会") for name in found)


def test_a_word_holding_the_characters_is_no_body():
    found = first_article_resolved("职工联会议室里坐满了前来咨询的骑手。")
    assert not any("工联会" in name for name in found)
