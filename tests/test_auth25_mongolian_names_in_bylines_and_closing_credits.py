"""Inner Mongolian papers credit reporters and correspondents by Mongolian given names
printed without a surname, often of four characters or more (苏和巴雅尔, 乌云其木格).
A closing credit holding one (``（通讯员 苏和巴雅尔）``) was no credit to the layout, whose
names had to have a surname's shape, and a byline's reader dropped a name that jieba
knows as a word (乌云其木格). A name made of the well-known name elements
(``people.yaml`` name_elements) is a name in both. Invented names and items."""

from __future__ import annotations

from gonghui_build.extract.bylines import parse_byline
from gonghui_build.layout.end_credits import end_credit_start
from tests.conftest import page_authors

TEXT = "近日，某旗牧民专业合作社联合工会成立，来自9家合作社的73名会员参加。"


def test_a_closing_bracket_of_mongolian_names_is_a_credit() -> None:
    assert end_credit_start(TEXT + "（通讯员 苏和巴雅尔）") == len(TEXT)
    assert end_credit_start(TEXT + "（苏和巴雅尔）") == len(TEXT)
    page = "牧民合作社成立联合工会\n" + TEXT + "（通讯员 苏和巴雅尔）\n"
    assert page_authors(page) == {("苏和巴雅尔", "correspondent")}


def test_a_byline_names_each_mongolian_name_in_its_role() -> None:
    found = parse_byline("本报讯（记者 乌云其木格 通讯员 巴图孟和）")
    assert [(a.name, a.role.value) for a in found] == [
        ("乌云其木格", "reporter"),
        ("巴图孟和", "correspondent"),
    ]
