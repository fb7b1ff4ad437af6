"""People of award lists and reports the rules once missed or invented: a city that
opens a body's name on a list line is no name, a Tibetan name of Amdo elements (才让,
东珠) after a title, and a name whose given name ends in 和 before 讲授. Invented names,
bodies and events."""

from __future__ import annotations

from gonghui_build.extract.people.rosters import roster_line
from tests.conftest import page_facts


def _people(body: str) -> list[str]:
    text = "青禾省总工会表彰先进职工\n\n" + body
    return [p.name for a in page_facts(text).articles for p in a.people]


def test_a_city_opening_the_body_of_a_list_line_is_no_name():
    assert roster_line("2.金昌青禾镍业有限公司冶炼厂电解工吴晓岚") is None
    assert roster_line("兰州东湖石化有限公司炼油厂班长 韦立森") is None
    found = roster_line("韦立森 青禾电子有限公司高级技师")
    assert found is not None and found.name == "韦立森"  # the name first: read


def test_tibetan_names_of_amdo_elements_after_a_title_are_read_whole():
    first = "本报讯 在东湖，省总工会副主席扎西才让一行走访了县总工会职工服务中心。"
    second = "本报讯 州总工会主席才让东珠说，春节前将完成困难职工的慰问。"
    assert _people(first) == ["扎西才让"]
    assert _people(second) == ["才让东珠"]


def test_a_given_name_ending_in_and_is_read_whole_before_a_verb_of_teaching():
    body = "本报讯 青禾大学讲师甘立和讲授了《工会的性质和任务》。"
    assert _people(body) == ["甘立和"]
