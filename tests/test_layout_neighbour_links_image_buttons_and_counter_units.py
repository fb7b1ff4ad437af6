"""Session 31 (layout11): a site's furniture under and around a web copy's title.

* A link to the neighbouring text under an article, its key opening the line after a dash
  or a blank with no colon (``- 上一条 标题2016-09-24``): site templates print the key in
  an element of its own, so the colon is often lost. It stayed in the article as a
  caption; it is furniture. A sentence opening with the word (``上一篇报道中，…。``) and a
  series' part (``——上篇　…``) stay text.
* An image button (``放大图片``) under a title was read as the title's subtitle.
* A counter whose number a script fills in loses it when copied (``点击:`` / ``次``):
  the unit alone on the next line was read as a subtitle.
* The heading of a site's box of attachments (``附件下载``) after the text was read as a
  photo caption inside the article.

All text is invented."""

from __future__ import annotations

from tests.conftest import layout_roles

TITLE = "柳岸区总工会举办职工乒乓球联赛\n"
TEXT = (
    "9月3日，柳岸区总工会在区文体中心举办职工乒乓球联赛，全区31家单位的140余名职工参赛。\n"
    "联赛分团体和单打两个组别，历时两天。\n"
)
FIRST = TEXT.splitlines()[0]


def test_a_dashed_neighbour_link_without_a_colon_is_furniture():
    roles = layout_roles(
        TITLE + TEXT + "- 上一条 柳岸区总工会召开七届二次全委会2016-09-24\n"
        "- 下一条 柳岸区职工书屋揭牌2016-09-28\n"
    )
    assert roles["- 上一条 柳岸区总工会召开七届二次全委会2016-09-24"] == ("furniture", None)
    assert roles["- 下一条 柳岸区职工书屋揭牌2016-09-28"] == ("furniture", None)
    assert roles[FIRST] == ("body", 0)


def test_a_neighbour_link_glued_to_its_title_is_furniture():
    roles = layout_roles(TITLE + TEXT + "上一篇柳岸区总工会慰问环卫职工\n")
    assert roles["上一篇柳岸区总工会慰问环卫职工"] == ("furniture", None)


def test_a_sentence_opening_with_the_links_word_stays_text():
    line = "上一篇报道中，记者走访了柳岸区的三家职工之家，职工们反映良好。"
    roles = layout_roles(TITLE + TEXT + line + "\n")
    assert roles[line] == ("body", 0)


def test_a_series_part_under_a_title_stays_its_subtitle():
    roles = layout_roles(TITLE + "——上篇　走进柳岸区职工服务中心\n" + TEXT)
    assert roles["——上篇　走进柳岸区职工服务中心"] == ("subtitle", 0)


def test_an_image_button_under_a_title_is_no_subtitle():
    roles = layout_roles(TITLE + "来源：柳岸区总工会 发布时间：2023-09-05\n放大图片\n" + TEXT)
    assert roles["柳岸区总工会举办职工乒乓球联赛"] == ("headline", 0)
    assert roles["放大图片"] == ("furniture", None)
    assert roles[FIRST] == ("body", 0)


def test_a_counters_unit_left_alone_by_its_lost_number_is_furniture():
    roles = layout_roles(TITLE + "发布时间：2023-09-05 点击:\n次\n" + TEXT)
    assert roles["柳岸区总工会举办职工乒乓球联赛"] == ("headline", 0)
    assert roles["次"] == ("furniture", None)
    assert roles[FIRST] == ("body", 0)


def test_an_attachments_box_heading_after_the_text_is_no_caption():
    roles = layout_roles(TITLE + TEXT + "附件下载\n")
    assert roles["附件下载"] == ("furniture", None)
    assert roles[FIRST] == ("body", 0)


def test_a_count_with_its_number_is_no_lost_counter_unit():
    from gonghui_build.layout.furniture import furniture_kind

    assert furniture_kind("次") is not None
    assert furniture_kind("（次）") is not None
    assert furniture_kind("12次") is None
    assert furniture_kind("3000人次") is None
