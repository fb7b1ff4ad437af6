"""An OCR line that runs one item's credit, the next item's headline and its dateline
together is cut into the credit, the headline and the dateline's text."""

from gonghui_build.layout.blocks import split_blocks
from gonghui_build.layout.glued_heads import run_on_dateline_start
from gonghui_build.layout.segment import layout

LINE = (
    "全厂职工一致拥护这项决定，会后各车间分头传达。（林木森）"
    "青川县工会举办读书会本报讯 青川县工会日前举办职工读书会，八十名职工参加。"
)

PAGE = "青川县机械厂召开职代会\n本报讯 青川县机械厂日前召开第五届职工代表大会。" + LINE + "\n"


def test_the_dateline_after_a_run_on_headline_is_found() -> None:
    start = run_on_dateline_start(LINE)
    assert start is not None and LINE[start:].startswith("本报讯")


def test_a_sentence_naming_the_paper_is_no_run_on() -> None:
    text = "全厂职工一致拥护这项决定，会后各车间分头传达本报讯息。"
    assert run_on_dateline_start(text) is None


def test_the_run_on_headline_opens_an_article() -> None:
    placed = layout(split_blocks(PAGE)).placed
    heads = [p.block.plain for p in placed if p.role == "headline"]
    assert heads == ["青川县机械厂召开职代会", "青川县工会举办读书会"]
