"""Credits run into the text, read by one vocabulary (role words, role marks, keyed
roles with their slash or colon, an editor's keys) and their separators, session 18:
the names they hold are the authors', never people the text names. Real pages of nine
sources printed them so (图文/某某 编辑/某某, （某某 通讯员 某某）, 消息（某某）,
（某某 某某 文/图）, 本刊记者-某某, 编辑：某某, ……。某某报道). Invented text."""

from __future__ import annotations

from gonghui_build.extract.credits import credit_word_before, in_bracketed_credit
from gonghui_build.extract.people.credits import credit_or_byline
from tests.conftest import page_facts


def _inside(text: str, name: str) -> bool:
    return in_bracketed_credit(text, text.index(name))


def test_names_around_a_role_word_in_brackets_are_a_credit():
    text = "江州在线报道（韦小川 通讯员 苗青禾）：5月3日上午，江州市总工会举行比赛。"
    assert _inside(text, "韦小川")  # the role word follows the first name
    assert _inside("江州在线报道（韦小川通讯员苗青禾）：5月3日", "韦小川")  # spaces repaired away


def test_keyed_roles_and_an_editors_key_with_a_slash_make_a_credit():
    text = "某市总工会网讯（图文/韦小川 汪佳 编辑/苗青禾）5月3日，某区工会驿站揭牌。"
    assert all(_inside(text, n) for n in ("韦小川", "汪佳", "苗青禾"))
    unclosed = "某市总工会网讯（图文/韦小川 编辑/苗青禾5月3日，某区工会驿站揭牌。"
    assert _inside(unclosed, "苗青禾")


def test_a_name_alone_in_brackets_after_a_papers_message_is_its_reporter():
    assert _inside("江州日报消息（苗青禾）5月3日，江州市召开表彰会。", "苗青禾")


def test_names_before_the_marks_closing_an_item_are_a_credit():
    assert _inside("职工书屋当天对外开放。（韦小川 苗青禾 文/图）", "苗青禾")
    assert _inside("职工书屋当天对外开放。（韦小川）", "韦小川")


def test_names_in_brackets_the_text_reads_stay_people():
    assert not _inside("出席的有（韦小川、苗青禾）等同志。", "韦小川")  # mid-sentence
    assert not _inside("职工书屋当天对外开放。（韦小川）随后", "韦小川")  # the text goes on
    assert not _inside("（韦小川）", "韦小川")  # a bracket opening the text: no sentence before
    assert not _inside("市总工会（主席韦小川）到会。", "韦小川")  # a post, no credit word
    assert not _inside("会议由（文化宫主任韦小川）主持。", "韦小川")  # 文 alone is no mark


def test_a_credit_word_and_its_separator_before_a_name_make_a_credit():
    assert credit_word_before("本刊记者-韦小川", 5)
    assert credit_word_before("江州新闻网编辑：韦小川", 8)
    assert not credit_word_before("副总编辑韦小川说", 4)  # a post, no colon after the key
    assert not credit_word_before("文化宫韦小川说", 3)


def test_a_report_mark_closing_a_caption_credits_the_name_before_it():
    text = "图为职工在技能比赛中操作车床。韦小川报道"
    assert credit_or_byline(text, 15, 18)
    assert not credit_or_byline("据韦小川报道的情况，工地已复工。", 1, 4)


def test_a_papers_message_with_its_reporter_in_brackets_gives_an_author_and_no_person():
    page = (
        "江州工会送清凉\n\n"
        "江州日报消息（全媒体记者 苗青禾）7月8日，江州市总工会把清凉物资送到工地，"
        "区总工会主席韦小川一同看望了环卫工人。\n"
    )
    article = page_facts(page).articles[0]
    assert "苗青禾" in {a.name for a in article.authors}
    assert "苗青禾" not in {p.name for p in article.people}
    assert "韦小川" in {p.name for p in article.people}
