"""A transliterated name whose middle dot web copies and OCR print as a full stop or a
hyphen (艾力.买买提, 艾力－买买提) is read whole, as written, where both parts read as
transliterated ones (known elements or transliteration characters); a range of places
(乌鲁木齐－喀什) or a numbered item is no name. Invented names, bodies and events
(s42, people28)."""

from __future__ import annotations

from gonghui_build.extract.people.stray_dots import part_after_stray_dot, stray_dotted
from tests.conftest import page_facts


def _people(body: str) -> list[str]:
    text = "自治区职工表彰大会举行\n\n本报讯 " + body
    return sorted({p.name for a in page_facts(text).articles for p in a.people})


def test_a_name_dotted_with_a_full_stop_is_read_whole():
    assert _people("村民艾力.买买提今年承包了土地。") == ["艾力.买买提"]


def test_a_name_dotted_with_a_full_width_hyphen_is_read_whole():
    assert _people("职工艾力－买买提被评为先进个人。") == ["艾力－买买提"]


def test_a_titled_name_dotted_with_a_hyphen_is_read_whole():
    assert _people("工会主席吐尔逊－依明出席活动。") == ["吐尔逊－依明"]


def test_a_range_of_places_names_no_one():
    assert _people("乌鲁木齐－喀什航线开通后，职工出行更方便。") == []
    assert _people("北京－上海高铁职工技能竞赛举行。") == []


def test_a_name_printed_with_its_middle_dot_is_unchanged():
    assert _people("职工艾力·买买提被评为先进个人。") == ["艾力·买买提"]


def test_the_part_after_a_stray_dot_needs_transliterated_parts_on_both_sides():
    assert part_after_stray_dot("职工艾力.买买提今年", 2, 4) == 8
    assert part_after_stray_dot("职工张力.买买提今年", 2, 4) is None  # 张力: no element
    assert part_after_stray_dot("职工艾力.今年", 2, 4) is None  # no element after
    assert stray_dotted("艾力－买买提被评为", 0, 6) == (0, 6)
    assert stray_dotted("艾力买买提被评为", 0, 5) is None
