"""An old page runs a correspondent's name into the text's last line after a blank,
a name of two spaced to the width of three with two half-width blanks (``…的报告。 单
越``): the cut takes it off as the text's credit, and it is the item's correspondent.
Before, the two characters spaced apart were read as a book's running head spaced out
(``工　会``), page furniture, and the item had no author. Invented names (auth32, the
1980s OCR page of real_dev32)."""

from __future__ import annotations

from tests.conftest import page_authors

PAGE = (
    "某某职工报  一九八五年五月七日  第二版\n"
    "青河机械厂工会召开职代会\n"
    "本报讯 青河机械厂第三届职工代表大会第一次会议于五月三日召开，到会代表二百一十人。"
    "厂长柯文远作工作报告。\n"
    "云岭纺织厂开办女工夜校\n"
    "云岭纺织厂第二届职工代表大会于四月二十日召开，到会代表一百人。"
    "厂长郑立川作工作报告，工会主席贝青作提案报告。 {credit}\n"
)


def test_a_padded_name_run_into_the_last_line_is_the_correspondent() -> None:
    assert ("单越", "correspondent") in page_authors(PAGE.format(credit="单  越"))


def test_a_name_padded_by_one_blank_as_before() -> None:
    assert ("单越", "correspondent") in page_authors(PAGE.format(credit="单 越"))
