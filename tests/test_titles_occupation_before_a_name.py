"""An occupation printed right before a name is the person's title (issue 10 keeps
occupations before the name as the person's title; tests/fixtures/ANNOTATION.md,
People): with no organisation when no body is printed with it (invented names)."""

from __future__ import annotations

from tests.conftest import page_facts


def _posts(text: str) -> set[tuple[str, str, str | None]]:
    facts = page_facts(text)
    return {(q.name, q.title, q.org_written) for a in facts.articles for q in a.positions}


def test_a_bare_occupation_before_a_name_is_the_persons_title_with_no_organisation():
    text = "本报讯 驿站里坐满了歇脚的人。外卖骑手邬东升说，这里冬天有热水，夏天有空调。"
    assert ("邬东升", "外卖骑手", None) in _posts(text)


def test_a_partial_name_after_an_occupation_takes_it_as_title():
    text = "本报讯 驿站每天早上六点开门。环卫工柏师傅说，这里是他们的“家”。"
    assert ("柏师傅", "环卫工", None) in _posts(text)


def test_a_place_before_an_occupation_is_no_part_of_the_title():
    text = "本报讯 技能大赛决赛昨日落幕，遵义市银匠邬东升获得银饰锻制项目第一名。"
    assert ("邬东升", "银匠", None) in _posts(text)


def test_a_trainee_or_a_contestant_is_no_occupation():
    text = "本报讯 培训班昨日结业。学员邬东升说，课程让他学会了维权。参赛选手柏青禾也发了言。"
    assert not {p for p in _posts(text) if p[0] in ("邬东升", "柏青禾")}


def test_an_occupation_after_a_bodys_name_stays_at_that_body():
    text = "本报讯 青禾市石湾化肥厂电焊工邬东升获得第一名。"
    posts = _posts(text)
    assert ("邬东升", "电焊工", "青禾市石湾化肥厂") in posts
    assert ("邬东升", "电焊工", None) not in posts
