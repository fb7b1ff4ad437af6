"""A two-character name padded to the width of three in a row of names (``某厂 孙 涛
李红梅``): the layout takes the blanks out and the model reads the row as one name
(孙涛李红梅); the one-character pieces side by side are one padded name, so the row's
names are read apart. Shape of award lists by unit read on real honour pages (s46);
invented names."""

from __future__ import annotations

from gonghui_build.extract.people.rolls import padded_joined
from tests.conftest import page_facts

_PAGE = "表彰先进\n本报讯 近日，市总工会表彰2024年度技术能手。获奖人员如下：\n{rows}\n"


def _people(rows: str) -> list[str]:
    return sorted(p.name for p in page_facts(_PAGE.format(rows=rows)).articles[0].people)


def test_a_padded_name_before_a_name_in_a_units_row_is_read_apart():
    rows = "北京第一机床厂 孙 涛 李红梅\n首钢机电公司 张建国 刘晓燕"
    assert _people(rows) == ["刘晓燕", "孙涛", "张建国", "李红梅"]


def test_a_padded_name_opening_a_roll_is_read():
    assert _people("孙 涛 李红梅 张建国 刘晓燕") == ["刘晓燕", "孙涛", "张建国", "李红梅"]


def test_single_pieces_side_by_side_join_and_a_long_run_stays_apart():
    assert padded_joined([(0, 1), (1, 2), (2, 5)]) == [(0, 2), (2, 5)]
    assert padded_joined([(0, 1), (1, 3)]) == [(0, 1), (1, 3)]  # 庄 振国: one piece alone
    four = [(0, 1), (1, 2), (2, 3), (3, 4)]
    assert padded_joined(four) == four
