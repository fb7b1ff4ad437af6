"""Counts and places of activities, session 38 (acts34), on sentences written for these
tests (invented bodies, events and sites) in shapes read on real pages:

- a count opened by 超 alone (吸引了超400名职工群众现场观看, 超千名职工参加; a Sichuan
  workers' paper, a Beijing district's roundup) is more than so many, as 超过 is; it was
  read exact;
- a show or a talk taken to a site and held there (慰问演出来到…工程现场举行, 把法律讲座送到
  工地举行; a Shandong builder's news of a city union's show on its bridge works): the
  site is the place, as it is before 开展 or 举办; the place was lost.

Near misses: 超 inside a word before the count (赶超先进, 超额完成) leaves the count exact;
a verb of holding after a site gone to in another clause gives it no place."""

from __future__ import annotations

import pytest

from gonghui_build.extract.activities.participant_counts import count
from gonghui_build.vocabulary import Qualifier
from tests.conftest import place_of_mention as _place


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        pytest.param(
            "启动仪式在城南镇举行，吸引了超400名职工群众现场观看。", 400, id="over_in_digits"
        ),
        pytest.param("读书节活动吸引超千名职工参加。", 1000, id="over_a_thousand_in_words"),
    ],
)
def test_a_count_opened_by_chao_is_more_than(sentence, value):
    found = count(sentence, 0, len(sentence))
    assert found is not None
    assert found[1].value == value
    assert found[1].qualifier == Qualifier.more_than


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("赶超先进，300名职工参赛。", id="ganchao_a_verb_before_the_count"),
        pytest.param("超额完成任务后，120名职工参加培训。", id="chao_e_a_word_of_its_own"),
    ],
)
def test_chao_inside_a_word_leaves_the_count_exact(sentence):
    found = count(sentence, 0, len(sentence))
    assert found is not None
    assert found[1].qualifier == Qualifier.exact


@pytest.mark.parametrize(
    ("sentence", "mention", "place"),
    [
        pytest.param(
            "8月6日晚，海港市总工会慰问演出来到公司承建的滨海东路大桥工程现场举行，"
            "200多名作业人员观看了演出。",
            "慰问演出",
            "滨海东路大桥工程现场",
            id="a_show_taken_to_a_bridge_works",
        ),
        pytest.param(
            "6月12日，区总工会把法律讲座送到工地举行。",
            "法律讲座",
            "工地",
            id="a_talk_taken_to_a_building_site",
        ),
    ],
)
def test_a_show_held_where_it_went_is_held_there(sentence, mention, place):
    assert _place(sentence, mention) == place


def test_a_site_gone_to_in_another_clause_is_not_where_a_later_event_is_held():
    sentence = "上午，慰问组来到城东污水厂，下午职工座谈会在区总工会举行。"
    assert _place(sentence, "职工座谈会") != "城东污水厂"
