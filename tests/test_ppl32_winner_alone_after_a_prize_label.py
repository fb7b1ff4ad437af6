"""A line that is a prize's label, a colon and nothing but names (车工组一等奖：上官某某)
names its winners, the label standing before them as a title does; a body, a place or
a word after the label names no one (ppl32)."""

from gonghui_build.extract.people.prize_labels import prize_line_names


def _names(text: str) -> list[str]:
    return [h.name for h in prize_line_names(text, frozenset())]


def test_a_compound_surname_alone_after_the_label_is_a_winner() -> None:
    assert _names("车工组一等奖：上官晓岚") == ["上官晓岚"]


def test_names_joined_after_the_label_are_winners() -> None:
    hits = prize_line_names("一等奖：郑明、李海峰", frozenset())
    assert [(h.name, h.start) for h in hits] == [("郑明", 4), ("李海峰", 7)]


def test_a_body_or_a_place_after_the_label_is_no_winner() -> None:
    assert _names("一等奖：张家口") == []
    assert _names("一等奖：电力公司") == []
    assert _names("二等奖：空缺") == []
