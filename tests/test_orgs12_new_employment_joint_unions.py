"""A street's joint union of the new forms of employment (某街道新就业形态联合工会, 某街道
新就业形态劳动者行业工会联合会) is read whole, though jieba reads 就业 as a verb; a joint
union whose last word jieba glues to a post or a verb after it (联合|工会主席, 联合|工会组织)
is read too, where a kind of joint union (各联合工会) stays none. Invented bodies and people."""

from __future__ import annotations

import pytest

from tests.conftest import first_article_resolved

_UNION = "清河街道新就业形态联合工会"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        pytest.param(
            "6月5日，清河街道新就业形态联合工会在街道党群服务中心挂牌成立。", _UNION, id="union"
        ),
        pytest.param(
            "清河街道新就业形态劳动者行业工会联合会成立大会召开，45名代表参加。",
            "清河街道新就业形态劳动者行业工会联合会",
            id="trade_federation",
        ),
        pytest.param(
            "清河街道新就业形态联合工会主席韩立军介绍了骑手入会情况。", _UNION, id="glued_to_chair"
        ),
        pytest.param(
            "清河街道新就业形态联合工会组织骑手参加免费体检。", _UNION, id="glued_to_organise"
        ),
    ],
)
def test_a_street_s_new_employment_joint_union_is_read_whole(text, name):
    assert any(found.endswith(name) for found in first_article_resolved(text))


def test_a_kind_of_joint_union_before_a_verb_stays_none():
    found = first_article_resolved("各联合工会组织职工参加健步走活动。")
    assert not any(name.endswith("联合工会") for name in found)


def test_new_employment_workers_alone_name_no_body():
    found = first_article_resolved("区总工会推动新就业形态劳动者入会。")
    assert not any("新就业形态" in name for name in found)


def test_a_department_word_glued_to_the_word_after_it_stays_a_kind():
    found = first_article_resolved("河西、河东等6个区级总工会宣教部门负责人参加会议。")
    assert not any(name.endswith("宣教部") for name in found)
