"""A WeChat post lists its winners one a line after their prizes' colons (``焊工组一等奖：
某某``) and closes with its credit block (``撰稿：某某``, ``摄影：某某``, ``编辑：某某``): the
block's lines are credits, not more rows of the list, so the photographer is the post's.
Before, the keyed credit lines were read as an officers' list's rows (a post, a colon,
its holders), text of the post, and the photographer was lost. Invented names (auth32,
real_dev32's WeChat post)."""

from __future__ import annotations

from gonghui_build.layout.roster import winner_name
from tests.conftest import page_authors

PAGE = (
    "青禾职工之声\n"
    "2025年9月18日 19:05 新疆\n"
    "“技能兵”比武场上见真章\n"
    "9月16日，青禾市总工会举办职工技能大赛，120名选手参赛。\n"
    "经过两天角逐\n"
    "焊工组一等奖：郑立川\n"
    "电工组一等奖：柯文远\n"
    "数控车工组一等奖：贝青\n"
    "撰稿：罗晓帆\n"
    "摄影：单越\n"
    "编辑：钱立\n"
    "审核：赵伟东\n"
)


def test_a_credit_key_opens_no_officers_line() -> None:
    assert winner_name("摄影：单越") is None
    assert winner_name("副主席：单越") == "单越"


def test_the_blocks_photographer_credits_the_post() -> None:
    assert ("单越", "photographer") in page_authors(PAGE)
