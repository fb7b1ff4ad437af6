"""A central group's short name whose 中 jieba cuts off the bureau it reads as one word
(中|铁一局, 中|铁十八局) still opens the bureau's name; a sentence's locative 中 before a
common word (竞赛中|铁路职工) opens none. Invented units and people."""

from __future__ import annotations

import pytest

from tests.conftest import first_article_resolved


def test_a_bureau_whose_zhong_jieba_cuts_off_keeps_it_at_a_sentence_start():
    found = first_article_resolved("中铁十八局二公司工会启动桥梁建设劳动竞赛。")
    assert "中铁十八局二公司工会" in found
    assert "铁十八局二公司工会" not in found


def test_a_bureau_whose_zhong_jieba_cuts_off_keeps_it_after_a_dateline():
    found = first_article_resolved("近日，中铁一局项目部为一线员工组织健康体检。")
    assert "中铁一局项目部" in found


@pytest.mark.parametrize(
    ("text", "openings"),
    [
        pytest.param(
            "在技能竞赛中铁路职工表现出色，市总工会给予表彰。", ("中铁", "铁路"), id="common_word"
        ),
        pytest.param("在技能比赛中建工集团工会获得团体第一名。", ("中建",), id="no_bureau"),
    ],
)
def test_a_locative_zhong_before_a_word_that_is_no_bureau_opens_no_name(text, openings):
    assert not any(name.startswith(openings) for name in first_article_resolved(text))
