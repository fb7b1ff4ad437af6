"""Session 19 (layoutB): an e-paper's text whose paragraphs are indented and whose
headlines are not (a provincial workers' paper's 数字报纸 pages, a city workers' daily's
版面导航 view, read in the pages corpus; the tuning set real_dev11 made in their shapes).

* A short unindented line that ends no sentence, between a paragraph that ended its
  sentence and an indented line, is the next item's headline: it used to be glued to
  the paragraph above as its last words, so two items became one.
* A 讯 with its reporters after it set off by blanks, no brackets, before the text's day
  (``本报讯 记者 某某 通讯员 某某  3月12日，…``) is a dateline naming its authors: the
  names are not text, and 通讯员 is their role, not a person's post.

All text is invented."""

from __future__ import annotations

from gonghui_build.layout.cues import dateline_prefix
from tests.conftest import layout_roles, page_facts

TWO_ITEMS = (
    "青禾职工报 数字报纸\n"
    "00002版:工会\n"
    "青禾市总工会召开职工书屋建设推进会\n"
    "  本报讯（记者 罗新桐）5月8日，青禾市总工会召开职工书屋建设推进会，各区总工会分管"
    "负责人参加会议。\n"
    "  会议要求，年内每个街道至少建成一家职工书屋。\n"
    "东坪区为外卖骑手送上防暑礼包\n"
    "  本报讯（通讯员 葛一川）近日，东坪区总工会为辖区300余名外卖骑手送上防暑礼包。\n"
)

RUN_ON = (
    "  本报讯（记者 罗新桐）5月8日，青禾市总工会召开职工书屋建设推进会，各区总工会分管"
    "负责人参加会议。\n"
    "会议要求年内每个街道至少建成一家职工书屋\n"
    "也要配好图书管理员。\n"
    "  会上，东坪区总工会作了交流发言。\n"
)

SPACED = (
    "青禾职工报 数字报纸\n"
    "00001版:要闻\n"
    "青禾市总工会召开全委会议\n"
    "  本报讯 记者 罗新桐 通讯员 葛一川  3月12日，青禾市总工会全委（扩大）会议召开，"
    "市总工会主席柏文澜作工作报告。\n"
    "  会议部署了今年的重点任务。\n"
)


def test_an_unindented_short_line_between_indented_paragraphs_heads_the_next_item():
    roles = layout_roles(TWO_ITEMS)
    assert roles["东坪区为外卖骑手送上防暑礼包"][0] == "headline"
    first = roles["会议要求，年内每个街道至少建成一家职工书屋。"][1]
    second = roles["东坪区为外卖骑手送上防暑礼包"][1]
    assert first is not None and second is not None and second != first


def test_an_unindented_line_under_an_unfinished_or_before_an_unindented_line_runs_on():
    roles = layout_roles(RUN_ON)
    assert "会议要求年内每个街道至少建成一家职工书屋" not in roles
    assert not any(role == "headline" for role, _ in roles.values())


def test_a_xun_with_its_reporters_set_off_by_blanks_is_one_dateline():
    text = "本报讯 记者 罗新桐 通讯员 葛一川  3月12日，青禾市总工会召开会议。"
    assert dateline_prefix(text) == "本报讯 记者 罗新桐 通讯员 葛一川  "
    assert dateline_prefix("本报讯 通讯员 葛一川  近日，东坪区总工会启动体检季。") == (
        "本报讯 通讯员 葛一川  "
    )


def test_a_xun_before_a_reporters_clause_keeps_the_clause_as_text():
    assert dateline_prefix("本报讯 记者从市总工会获悉，今年将新建驿站20家。") == "本报讯 "
    assert dateline_prefix("本报讯 近日，东坪区总工会启动体检季。") == "本报讯 "


def test_the_spaced_reporters_are_the_items_authors_not_people_with_a_post():
    article = page_facts(SPACED).articles[0]
    authors = {(a.name, a.role.value) for a in article.authors}
    assert authors == {("罗新桐", "reporter"), ("葛一川", "correspondent")}
    assert "葛一川" not in {p.name for p in article.people}
    assert all(p.title_normalised != "通讯员" for p in article.positions)
