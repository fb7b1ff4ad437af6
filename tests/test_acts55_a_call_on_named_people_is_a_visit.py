"""Activities (s44 acts55): a call on people named in a list (带队走访慰问某某、某某等全国
劳动模范) is a visit: the list of those called on starts after the verb of calling, as a
list of sites does, so it no longer hides the verb. A list of methods (通过走访、座谈等
方式) stays none. Real pages of s44 (city unions' festival calls on model workers; the
tuning gold of real_dev12). Sentences written for these tests (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


def test_a_call_on_model_workers_named_in_a_list_is_a_visit():
    text = "10月1日，市总工会主席王某带队走访慰问李大川、赵小红、钱多多等全国劳动模范。"
    [call] = find_activities([text])
    assert call.category == Category.visit


def test_a_call_led_by_one_of_two_posts_on_model_workers_is_a_visit():
    text = "10月1日  市总工会党组书记、主席邓某带队走访慰问易某川、曹某君、符某华等全国劳动模范。"
    assert [a.category for a in find_activities([text])] == [Category.visit]


def test_a_call_told_with_le_on_named_veterans():
    text = "1月20日，市总工会主席王某看望了李大川、赵小红等老劳模，送去慰问金。"
    assert [a.category for a in find_activities([text])] == [Category.visit]


def test_a_list_of_methods_is_no_visit():
    assert find_activities(["市总工会通过走访、座谈等方式了解职工需求。"]) == []


def test_a_list_of_topics_is_no_visit():
    assert find_activities(["区总工会围绕慰问、帮扶、救助等方面开展工作。"]) == []
