"""A surname and a title after an occupation (电工班班长: 班 and 班长) addresses someone and
is no person's name; a name of a rarer surname that jieba and the model both read stays a
person in an honours list whose units repeat (原某厂甲、原某厂乙、原某厂丙), which the
garbled-text detector flags for its repeats. Shapes read on real pages of session 31;
invented names and units."""

from __future__ import annotations

from tests.conftest import news_page, page_facts


def _people(body: str) -> list[str]:
    return sorted(p.name for p in page_facts(news_page(body)).articles[0].people)


def test_a_teams_post_after_an_occupation_is_no_person():
    assert _people("他是车工班班长，也是厂里的技协骨干。") == []
    assert _people("入选的还有某某照明公司电工班班长。") == []


def test_a_name_after_a_teams_post_is_still_read():
    assert _people("某某供电公司供电抢修班班长马庆山像往常一样在岗值班。") == ["马庆山"]


def test_a_rare_surnames_name_in_a_list_repeating_its_units_is_a_person():
    body = (
        "集团工会为8名“金牌工人”颁奖，他们分别为原二发厂邓锦成、铸造事业部韦健、"
        "原装备厂莫增辉、原装备厂吕钧明、原装备厂丘德正、某某润滑油蒙坤林。"
    )
    assert "丘德正" in _people(body)


def test_a_word_in_a_list_repeating_its_units_stays_no_person():
    body = "原装备厂加工车间、原装备厂装配车间、原装备厂维修车间都获评先进班组。"
    assert _people(body) == []
