"""A short paper's name ending on 报 that opens the page over a dated row is the masthead."""

from gonghui_build.layout.blocks import split_blocks
from gonghui_build.layout.segment import layout

PAGE = """青川职工报
2021年5月6日 星期四
第3版：基层
5月4日，青川县总工会在县体育馆举办青年职工篮球赛。
"""

TITLE_PAGE = """青川县总工会举办青年职工篮球赛
5月4日，青川县总工会在县体育馆举办青年职工篮球赛，12支队伍参赛。
"""


def _roles(text: str) -> dict[str, str]:
    return {p.block.plain: p.role for p in layout(split_blocks(text)).placed}


def test_a_paper_name_over_the_date_is_furniture() -> None:
    assert _roles(PAGE)["青川职工报"] == "furniture"


def test_a_headline_over_text_stays_a_headline() -> None:
    assert _roles(TITLE_PAGE)["青川县总工会举办青年职工篮球赛"] == "headline"
