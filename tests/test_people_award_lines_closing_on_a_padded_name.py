"""Prize lists of a trade print each winner on a line of their own, the body (and perhaps
the post held there) first, a blank, then the name last, a name of two characters padded
with a blank to the width of three (``某市第十人民医院 施　某``), as real award and prize
lists do. A run of such lines is a list: each line is a body paragraph (no photo
caption, no heading), the blank before the name kept; the name is read whole, its span
covering the printed characters and the padding. A line whose phrase after the body is
no post, or that holds a sentence, is no such line. Invented people and bodies."""

from __future__ import annotations

from pathlib import Path

from gonghui_build.extract.people.rosters import post_first_line, posts_held
from gonghui_build.layout.roster import closing_name_gap
from tests.conftest import layout_roles, page_facts

_PAGE = Path(__file__).parent / "pages" / "shapes" / "roster_unit_then_padded_name.txt"


def test_every_name_closing_a_line_of_a_prize_list_is_read():
    people = {p.name for a in page_facts(_PAGE.read_text("utf-8")).articles for p in a.people}
    assert {"韩晓梅", "季宁", "邵琳", "宣晓燕", "施岚", "顾奕", "欧阳丽"} <= people
    assert not any("医院" in name for name in people)


def test_lines_of_a_prize_list_are_body_paragraphs_not_captions():
    roles = layout_roles(_PAGE.read_text("utf-8"))
    assert roles["青溪市第十人民医院 施\u3000岚"][0] == "body"
    assert roles["北辰区社区卫生服务中心 宣晓燕"][0] == "body"


def test_a_padded_name_closing_a_line_of_the_body_alone_is_read_with_its_padding():
    line = "青禾大学附属中山医院 顾\u3000奕"
    found = post_first_line(line)
    assert found is not None
    assert found.name == "顾奕"
    assert line[found.name_start : found.name_end] == "顾\u3000奕"
    assert found.body.written == "青禾大学附属中山医院"
    assert found.post is None


def test_a_phrase_after_the_body_that_is_no_post_leaves_the_line_unread():
    assert post_first_line("青溪市中医医院荣获表彰 季宁") is None
    assert post_first_line("青溪市中医医院组织开展义诊 王\u3000五") is None


def test_the_blank_before_a_closing_name_is_kept_only_on_a_list_line():
    assert closing_name_gap("青溪市中医医院 季\u3000宁") == (7, 8)
    assert closing_name_gap("青溪市中医医院组织义诊，王\u3000五") is None


def test_posts_printed_apart_by_a_slash_are_two_posts():
    assert posts_held("博士生导师/教授") == "博士生导师、教授"
    assert posts_held("心内科主任/欢迎") is None
