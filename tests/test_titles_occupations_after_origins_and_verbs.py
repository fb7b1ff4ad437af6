"""What stands before an occupation printed before a name (tests/fixtures/ANNOTATION.md,
People: the occupation is the person's title). After ``来自<street or town>的`` it has no
organisation: the street or town is the place the person comes from, no body the post is
held at (a place the person comes from gives organisation null); a company printed so
stays the post's body. A verb whose object is the person (提起, 采访, 慰问:
``people.yaml`` verbs_before_a_person) is no part of the title; a trade's verb before
the occupation stays in it (invented names)."""

from __future__ import annotations

from tests.conftest import page_facts


def _posts(text: str) -> set[tuple[str, str, str | None]]:
    facts = page_facts(text)
    return {(q.name, q.title, q.org_written) for a in facts.articles for q in a.positions}


def test_an_occupation_after_a_town_the_person_comes_from_has_no_organisation():
    text = "本报讯 驿站里暖意融融。来自石湾镇的快递员邬东升说，这里冬天有热水。"
    posts = _posts(text)
    assert ("邬东升", "快递员", None) in posts
    assert ("邬东升", "快递员", "石湾镇") not in posts


def test_an_occupation_after_a_street_the_person_comes_from_has_no_organisation():
    text = "本报讯 技能比武昨日落幕，来自西城区石湾街道的电焊工柏青山获得第一名。"
    posts = _posts(text)
    assert ("柏青山", "电焊工", None) in posts
    assert ("柏青山", "电焊工", "西城区石湾街道") not in posts


def test_an_occupation_after_a_company_the_person_comes_from_stays_at_the_company():
    text = "本报讯 技能比武昨日落幕，来自北京青禾建设工程有限公司的焊工柏青山获得第一名。"
    assert ("柏青山", "焊工", "北京青禾建设工程有限公司") in _posts(text)


def test_a_verb_of_mentioning_before_an_occupation_is_no_part_of_the_title():
    text = "本报讯 车间里机器轰鸣。提起焊工邬东升，工友们都竖起大拇指。"
    posts = _posts(text)
    assert ("邬东升", "焊工", None) in posts
    assert ("邬东升", "提起焊工", None) not in posts


def test_an_occupation_after_a_verb_of_meeting_the_person_is_the_title():
    text = "本报讯 驿站里暖意融融。记者采访快递员柏青山时，他正在分拣包裹。"
    assert ("柏青山", "快递员", None) in _posts(text)


def test_a_trades_verb_before_the_occupation_stays_in_the_title():
    text = "本报讯 技能比武昨日落幕，装配钳工柏青山获得第一名。"
    assert ("柏青山", "装配钳工", None) in _posts(text)
