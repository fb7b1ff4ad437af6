"""A round-up's speaker head with its colon (某区总工会主席 某某：) over what they said is a
speaker line, not a paragraph of the text."""

from gonghui_build.layout.blocks import split_blocks
from gonghui_build.layout.segment import layout
from gonghui_build.layout.shapes import speaker_head
from tests.conftest import page_people

PAGE = """基层工会主席谈“实事”
本报记者 林木 整理
青川县总工会主席 甘小禾：
我们今年为职工办了10件实事，建了5个职工驿站。
广元市利州区总工会副主席 王文朗：
下一步要把职工书屋建到每个社区。
"""


def test_the_colon_is_left_off_a_speaker_head() -> None:
    assert speaker_head("青川县总工会主席 甘小禾：") == "青川县总工会主席 甘小禾"
    assert speaker_head("我们今年办了10件实事。") == "我们今年办了10件实事。"


def test_speaker_heads_with_colons_are_speaker_lines() -> None:
    pl = layout(split_blocks(PAGE))
    roles = {p.block.plain: p.role for p in pl.placed}
    assert roles["青川县总工会主席 甘小禾："] == "speaker_line"
    assert roles["广元市利州区总工会副主席 王文朗："] == "speaker_line"
    assert pl.articles[0].kind == "interview_roundup"


def test_a_speaker_named_before_a_colon_is_a_person() -> None:
    assert {"甘小禾", "王文朗"} <= set(page_people(PAGE))
