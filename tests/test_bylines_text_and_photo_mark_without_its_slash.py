"""``（某某 某某 文摄）``: 文/摄 printed without its slash, after a blank, credits the
names with the text and the photos (real_dev9's city-site copy of a county union's news);
glued to a name (``某文摄``) the 文 stays the name's and the mark is 摄. Invented names."""

from __future__ import annotations

from gonghui_build.extract.photo_bylines import parse_credit


def _roles(credit: str) -> set[tuple[str, str]]:
    return {(a.name, a.role.value) for a in parse_credit(credit)}


def test_names_closed_by_wen_she_after_a_blank_wrote_and_photographed() -> None:
    assert _roles("（宁德全 甘秋露 文摄）") == {
        ("宁德全", "reporter"),
        ("宁德全", "photographer"),
        ("甘秋露", "reporter"),
        ("甘秋露", "photographer"),
    }


def test_a_name_ending_in_wen_glued_to_she_is_a_photographer_only() -> None:
    assert _roles("张立文摄") == {("张立文", "photographer")}
