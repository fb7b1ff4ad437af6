"""Session 21 (bounds2): how a page's lines run into paragraphs.

* A web copy's menu printed as a bulleted list (``  • 首页``), each entry indented, is
  no sign that the page indents its paragraphs: under it the body's lines, unindented,
  are its paragraphs, not one paragraph running on (real_dev8's forum repost and
  real_dev10's county site had their body read as one paragraph).
* A line that leaves a work's title open (``…解读《中华人民共和国``) goes on in the line
  that closes it (``道路交通安全法》和…``): no paragraph ends inside a title.

All text is invented."""

from __future__ import annotations

from gonghui_build.layout.blocks import split_blocks

MENU = "  • 首页\n  • 工会要闻\n  • 基层动态\n"
BODY = (
    "柳川县总工会为货车司机开展法律服务\n"
    "发布时间：2024-04-18\n"
    "4月16日，柳川县总工会在县物流园司机之家开展法律服务活动，60余名货车司机参加。\n"
    "活动现场，县总工会还为司机们发放了防暑药品和法律知识手册。\n"
    "县总工会有关负责人表示，今后将把服务送到更多司机身边。\n"
)
INDENTED = (
    "柳川县总工会为货车司机开展法律服务\n"
    "  4月16日，柳川县总工会在县物流园司机之家开展法律服务活动，60余名货车司机参\n"
    "加。活动现场，县总工会还为司机们发放了防暑药品和法律知识手册。\n"
    "  县总工会有关负责人表示，今后将把服务送到更多司机身边。\n"
)


def _blocks(text: str) -> list[str]:
    """The page's blocks, each with its line breaks and indents removed."""
    return ["".join(b.plain.split()) for b in split_blocks(text)]


def test_bulleted_menu_indent_leaves_body_lines_as_paragraphs():
    blocks = _blocks(MENU + BODY)
    assert "活动现场，县总工会还为司机们发放了防暑药品和法律知识手册。" in blocks
    assert "县总工会有关负责人表示，今后将把服务送到更多司机身边。" in blocks


def test_indented_paragraphs_still_run_on_unindented_lines():
    blocks = _blocks(MENU + INDENTED)
    assert any(
        b.endswith("参加。活动现场，县总工会还为司机们发放了防暑药品和法律知识手册。")
        for b in blocks
    )


def test_line_leaving_a_title_open_goes_on_in_the_line_closing_it():
    text = (
        "律师为司机解读《中华人民共和国\n"
        "道路交通安全法》和劳动争议调解的有关规定。\n"
        "活动现场，县总工会还发放了法律知识手册。\n"
    )
    blocks = _blocks(text)
    assert blocks[0].endswith("《中华人民共和国道路交通安全法》和劳动争议调解的有关规定。")
    assert blocks[1] == "活动现场，县总工会还发放了法律知识手册。"


def test_closed_title_at_a_line_end_does_not_join_the_next_line():
    text = "县总工会组织学习《工会法》\n道路交通安全知识讲座同日举行。\n"
    assert len(_blocks(text)) == 2
