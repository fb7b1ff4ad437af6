"""Departments listed after one printed with its body (session 35, orgs13): 市总工会组织部、
宣教部、法律部负责同志 names three departments of the city federation, 区委组织部、宣传部
two of the district committee. Seen on real pages of a city union's site, a district
union's and a county committee's reports. Text, people and bodies are invented."""

from __future__ import annotations

from tests.conftest import news_page
from tests.test_orgs_numbered_units_offices_and_left_edges import resolved


def test_departments_after_a_unions_department_are_the_unions():
    found = resolved(
        news_page("荆门市总工会召开会议。市总工会组织部、宣教部、法律部负责同志到企业调研。")
    )
    assert ("宣教部", "荆门市总工会宣教部") in found
    assert ("法律部", "荆门市总工会法律部") in found


def test_departments_after_a_committees_department_are_the_committees():
    found = resolved(news_page("雁塔区委组织部、宣传部、统战部联合开展主题活动。"))
    assert ("宣传部", "雁塔区委宣传部") in found
    assert ("统战部", "雁塔区委统战部") in found


def test_a_body_listed_after_a_department_is_no_department_of_it():
    found = resolved(news_page("雁塔区委组织部、雁塔区总工会联合开展主题活动。"))
    assert not any(name == "雁塔区委雁塔区总工会" for _, name in found)
    assert ("雁塔区总工会", "雁塔区总工会") in found


def test_a_department_alone_after_a_comma_is_not_listed():
    found = resolved(news_page("雁塔区委组织部，宣传部门负责同志参加。"))
    assert not any(name.endswith("宣传部") for _, name in found)
