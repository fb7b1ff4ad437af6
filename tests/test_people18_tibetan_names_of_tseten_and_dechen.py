"""Tibetan given names made of elements ``people.yaml`` name_elements did not hold
(次旦 Tseten, 德庆 Dechen, 欧珠 Ngodrup, 旺久 Wangchuk) are one name: 巴桑次旦 was read
as 桑次旦 in a caption (巴桑 an element, 次旦 not). Tibet's craftsmen and honour pages
read in s37; invented names. A place sharing an element (德庆县) names no one."""

from __future__ import annotations

import pytest

from tests.conftest import news_page, page_facts


def _people(body: str) -> list[str]:
    return sorted(p.name for a in page_facts(news_page(body)).articles for p in a.people)


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("市总工会开展慰问活动。\n图为巴桑次旦（左一）在车间查看设备运行。", "巴桑次旦"),
        ("电工次旦多吉说，很好。", "次旦多吉"),
        ("劳动模范德庆卓嘎作了发言。", "德庆卓嘎"),
        ("藏医欧珠旺久在诊室为患者看病。", "欧珠旺久"),
    ],
)
def test_a_name_of_the_new_elements_is_read_whole(body, name):
    assert _people(body) == [name]


@pytest.mark.parametrize(
    ("body", "people"),
    [
        ("市总工会组织职工到德庆县参观。", []),
        ("市总工会开展慰问活动。\n图为扎西尼玛在检查电力设备。", ["扎西尼玛"]),
        ("劳动模范次仁拉姆作了发言。", ["次仁拉姆"]),
    ],
)
def test_places_and_names_of_known_elements_are_unchanged(body, people):
    assert _people(body) == people
