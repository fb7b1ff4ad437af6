"""干部 (a cadre) printed after the body or level a worker belongs to, before a name
(社区干部某某介绍, 区总工会干部某某), is a noun for the person, as 社工 is: a
Uyghur name of one part after it (阿依古丽, which the model does not read) is a person.
干部 in the running phrases of union reports (工会干部培训班, 机关干部走上街头, 干部职工)
names no one. Invented names and events (s38, people20)."""

from __future__ import annotations

from tests.conftest import page_facts


def _people(body: str) -> list[str]:
    text = "乌鲁木齐市总工会为骑手送温暖\n\n本报讯 " + body
    return [p.name for a in page_facts(text).articles for p in a.people]


def test_a_uyghur_name_after_a_community_cadre_is_a_person():
    body = "社区干部阿依古丽介绍，驿站配备了饮水机、医药箱和工具箱。"
    assert _people(body) == ["阿依古丽"]


def test_a_kazakh_name_after_a_street_cadre_is_a_person():
    body = "街道干部古丽娜尔告诉记者，驿站每天接待骑手50余人次。"
    assert _people(body) == ["古丽娜尔"]


def test_a_han_name_after_a_cadre_is_still_read():
    assert _people("社区干部张丽华介绍，驿站每天开放12小时。") == ["张丽华"]


def test_cadres_in_a_course_and_a_crowd_name_no_one():
    body = (
        "某街道工会干部培训班在市总干校举办。市总工会机关干部走上街头开展普法宣传。"
        "区总工会干部职工100余人参加活动。基层干部群众纷纷点赞。村干部带领村民清理河道。"
    )
    assert _people(body) == []
