"""A year and a month alone on a row (a monthly digest's head) is page furniture."""

from gonghui_build.layout.blocks import split_blocks
from gonghui_build.layout.furniture import furniture_kind
from gonghui_build.layout.segment import layout

PAGE = """职工动态
2023年6月
▲6月2日，青川县总工会在县职工之家举办读书会，50名职工参加。（记者 甘小禾）
▲近日，青川县木鱼镇工会为30名环卫工人送去清凉用品。通讯员 易朗
"""


def test_a_year_and_month_alone_is_furniture() -> None:
    assert furniture_kind("2023年6月") is not None
    assert furniture_kind("二〇二三年六月") is not None


def test_a_month_row_heads_no_digest_item() -> None:
    placed = layout(split_blocks(PAGE)).placed
    month = next(p for p in placed if p.block.plain == "2023年6月")
    assert month.role != "headline"


def test_a_title_naming_a_month_is_no_row() -> None:
    assert furniture_kind("2023年6月职工读书月启动") is None
