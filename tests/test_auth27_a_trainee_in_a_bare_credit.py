"""A paper's bare credit may name a trainee after its reporter, glued or padded
(``本报讯 记者某甲 实习生某乙 9月13日，…``), as its bracketed dateline does (``本报讯（记者
某甲 实习生某乙）``): both are the item's reporters (real_dev27's side: a trainee in a
dateline is a reporter). Before, a trainee glued to the name left the credit in the text
and the item had no author. Invented names (auth27)."""

from __future__ import annotations

import pytest

from tests.conftest import page_authors

HEAD = "青禾县职工技能比武落幕\n"
TEXT = (
    "9月12日，青禾县第二届职工技能比武在县职教中心落幕，来自全县9支代表队的72名职工参赛。\n"
    "县总工会负责人表示，比武优胜者将推荐参加市级比赛。\n"
)


@pytest.mark.parametrize(
    "credit", ["本报讯 记者罗晓帆 实习生钱立 ", "本报讯 记者 罗晓帆 实习生 钱立 "]
)
def test_the_reporter_and_the_trainee_are_the_items_reporters(credit: str) -> None:
    assert page_authors(HEAD + credit + TEXT) == {("罗晓帆", "reporter"), ("钱立", "reporter")}
