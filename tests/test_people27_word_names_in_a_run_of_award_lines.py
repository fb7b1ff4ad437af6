"""A name that is also a word (金星, 江河, 白雪) opening a line of an award list, in a run
of lines of name, unit and post under a heading that names the honour, with no column
heads: the lines around it that open with names the test accepts are the signal.
Invented names, bodies and events."""

from __future__ import annotations

from gonghui_build.extract.people.rosters import roster_line
from tests.conftest import page_facts

_LEAD = "长川市总工会表彰劳动模范\n\n本报讯 4月27日，长川市总工会公布五一劳动奖章获得者名单。\n\n"


def _people(lines: list[str]) -> list[str]:
    text = _LEAD + "\n\n".join(lines)
    return [p.name for a in page_facts(text).articles for p in a.people]


def test_word_names_among_roster_lines_under_a_heading_are_read():
    lines = [
        "一、长川市五一劳动奖章",
        "金星 青川化工集团操作工",
        "王海军 长川机床厂钳工",
        "江河 长川市公交集团驾驶员",
        "二、长川市工人先锋号",
        "长川机床厂数控车间",
    ]
    assert sorted(_people(lines)) == sorted(["金星", "王海军", "江河"])


def test_a_numbered_line_of_a_word_name_is_read_with_its_post():
    lines = ["1.周建军 长川机床厂钳工", "2.白雪 长川市第三医院护士", "3.李卫东 长川公交集团驾驶员"]
    text = _LEAD + "\n\n".join(lines)
    posts = {(p.name, p.title_normalised) for a in page_facts(text).articles for p in a.positions}
    assert ("白雪", "护士") in posts


def test_word_names_with_no_line_read_as_a_name_beside_them_are_left():
    assert _people(["金星 青川化工集团操作工", "江河 长川市公交集团驾驶员"]) == []


def test_a_common_noun_or_a_city_opening_such_a_line_is_no_name():
    assert roster_line("高温 青川化工集团操作工", worded=True) is None
    assert roster_line("金昌 青禾镍业有限公司电解工", worded=True) is None
    assert roster_line("代表 青川化工集团操作工", worded=True) is None


def test_without_the_run_a_word_name_still_fails_the_name_test():
    assert roster_line("金星 青川化工集团操作工") is None
    found = roster_line("金星 青川化工集团操作工", worded=True)
    assert found is not None and (found.name, found.post) == ("金星", "操作工")


def _body_people(body: str) -> list[str]:
    text = "市总工会召开全委会\n\n本报讯 " + body
    return sorted(p.name for a in page_facts(text).articles for p in a.people)


def test_the_first_item_of_a_list_opened_by_you_is_read_as_the_others_are():
    assert _body_people("出席会议的有毕胜、亓红梅、王立新等。") == sorted(
        ["毕胜", "亓红梅", "王立新"]
    )
    assert _body_people("出席会议的有高峰、王立新、李卫东等。") == sorted(
        ["高峰", "王立新", "李卫东"]
    )


def test_a_word_opening_a_list_after_you_stays_a_word():
    assert _body_people("参会的有高效、王立新、李卫东等。") == sorted(["王立新", "李卫东"])
