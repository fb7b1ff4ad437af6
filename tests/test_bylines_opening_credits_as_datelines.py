"""Reporters' credits opening a web copy's text, read in session 14 (invented pages in the
shapes of county media centres', city sites' and provincial papers' web copies): the
credit is the article's dateline (its byline), the text after it a body paragraph, so the
reporter is an author and never a person the article is about."""

from __future__ import annotations

from gonghui_build.layout.cues import dateline_prefix
from tests.conftest import layout_roles

MEDIA_CENTRE_CREDIT = (
    "市总工会调研县职工服务中心建设\n"
    "\n"
    "04-12 17:17\n"
    "\n"
    "（县融媒体中心记者 柏云舟 报道）4月10日，市总工会副主席祁晓岚来我县调研职工服务中心建设。\n"
    "\n"
    "县总工会主席钱多多陪同调研。\n"
)


def test_a_media_centres_credit_in_brackets_is_the_dateline_of_the_text():
    opening = (
        "（县融媒体中心记者 柏云舟 报道）4月10日，市总工会副主席祁晓岚来我县调研职工服务中心建设。"
    )
    assert layout_roles(MEDIA_CENTRE_CREDIT)[opening] == ("dateline", 0)
    assert dateline_prefix(opening) == "（县融媒体中心记者 柏云舟 报道）"  # the rest is text


BARE_CREDIT_OPENING = (
    "通讯员 柏云舟 3月18日，青禾市总工会为一家企业的职工书屋授牌。\n"
    "该企业工会主席钱多多表示，将把书屋办成职工的精神家园。\n"
)


def test_a_role_word_and_a_name_before_the_day_open_the_text_as_its_dateline():
    opening = "通讯员 柏云舟 3月18日，青禾市总工会为一家企业的职工书屋授牌。"
    assert layout_roles(BARE_CREDIT_OPENING)[opening] == ("dateline", 0)
    assert dateline_prefix(opening) == "通讯员 柏云舟 "
    # a sentence about the reporter, a cited report, a credit alone: no such opening
    assert dateline_prefix("记者 在现场 3月5日看到，工地上一片繁忙。") is None
    assert dateline_prefix("本报讯 据新华社报道 近日，某地工会…") == "本报讯 "
    assert dateline_prefix("通讯员 柏云舟") is None  # a byline line of its own


def test_two_reporters_before_a_word_for_lately_are_one_credit():
    assert dateline_prefix("记者 柏云舟 通讯员 祁晓岚 近日，某某工会开展送清凉活动。") == (
        "记者 柏云舟 通讯员 祁晓岚 "
    )


NAME_AND_REPORTED_AFTER_DATELINE = (
    "青禾工会慰问困难职工\n"
    "\n"
    "  本报讯 柏云舟报道  近日，青禾市总工会分两组走访慰问困难职工八十余户。\n"
)


def test_a_name_and_reported_after_the_dateline_are_part_of_it_not_of_the_text():
    opening = "本报讯 柏云舟报道  近日，青禾市总工会分两组走访慰问困难职工八十余户。"
    assert layout_roles(NAME_AND_REPORTED_AFTER_DATELINE)[opening] == ("dateline", 0)
    assert dateline_prefix(opening) == "本报讯 柏云舟报道"
