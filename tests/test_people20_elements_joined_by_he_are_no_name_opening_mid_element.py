"""普布和格桑 is two Tibetan names joined by 和, but 布和 is a Mongolian name element:
the reading of names of elements opened inside 普布 and read 布和格桑, a person no one
is. A run whose first element ends in a word parting names (和) and opens inside an
element begun before it is no name; the same run where nothing precedes it (牧民布和格桑)
and the Mongolian 苏和巴雅尔 after a title are still read. Invented names and events
(s38, people20)."""

from __future__ import annotations

from gonghui_build.extract.people.composed import composed_span
from tests.conftest import page_facts


def _people(body: str) -> list[str]:
    text = "拉萨市总工会开展送温暖活动\n\n本报讯 " + body
    return [p.name for a in page_facts(text).articles for p in a.people]


def test_two_tibetan_names_joined_by_he_make_no_name_of_the_middle():
    assert "布和格桑" not in _people("慰问团还看望了劳动模范普布和格桑。")


def test_composed_span_does_not_open_inside_pubu():
    text = "劳动模范普布和格桑分别发言。"
    assert composed_span(text, 5, 9) is None


def test_buhe_gesang_after_an_occupation_is_still_one_name():
    assert _people("牧民布和格桑说，合作社今年收入增加了。") == ["布和格桑"]


def test_a_mongolian_name_opening_with_suhe_is_still_read_whole():
    assert _people("副主席苏和巴雅尔出席。") == ["苏和巴雅尔"]
