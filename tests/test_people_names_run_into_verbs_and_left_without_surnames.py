"""Where a name's edges slip on real pages of meetings, awards and visits: a name of two
characters the model runs into the verb after it (某某获全国…奖章, 某某担任/出任/兼任…),
a surname the model leaves out where jieba reads the whole name (区领导符|某某), rare
surnames (仵, 翦), a surname that is often a word right after a title of a named body
(主席易|发展|出席), and a list's last item whose given name is a frequent word (某某、
某某、吴|建设颁奖). Invented names, bodies and events."""

from __future__ import annotations

from gonghui_build.extract.people.name_length import (
    jieba_shorter_name,
    jieba_surname_start,
    word_name_after,
)
from tests.conftest import news_page, page_facts

_OPENING = "6月3日，松岭区总工会召开会议。"


def _people(body: str) -> set[str]:
    return {p.name for a in page_facts(news_page(_OPENING + body)).articles for p in a.people}


def test_a_two_character_name_before_huo_is_not_run_into_the_verb():
    body = "去年，松岭一家物流公司董事长孙振获全国先进工作者称号。"
    found = _people(body)
    assert "孙振" in found
    assert "孙振获" not in found


def test_the_model_span_ends_before_a_verb_jieba_reads_apart():
    text = "去年，松岭一家物流公司董事长孙振获全国先进工作者称号。"
    start = text.index("孙振")
    assert jieba_shorter_name(text, start, start + 3) == start + 2


def test_a_third_character_jieba_reads_with_no_verb_stays_the_names():
    text = "东坝县工会主席刘海芳获“全省先进工作者”称号。"
    start = text.index("刘海")
    assert jieba_shorter_name(text, start, start + 3) == start + 3


def test_a_surname_the_model_left_out_is_put_back_where_jieba_reads_the_name():
    found = _people("区领导符金胜、顾北、董晓川参加本次大会。")
    assert "符金胜" in found
    assert "金胜" not in found


def test_a_surname_jieba_reads_with_no_name_is_not_added():
    text = "她向前辈学习金胜的经验。"
    start = text.index("金胜")
    assert jieba_surname_start(text, start, start + 2) == start


def test_names_before_verbs_of_taking_a_post_end_before_them():
    body = "会上，王峰出任主任，李娜兼任秘书长，周立新担任副主任。"
    found = _people(body)
    assert {"王峰", "李娜", "周立新"} <= found
    assert not found & {"王峰出", "李娜兼"}


def test_rare_surnames_open_names():
    found = _people("会议选举仵建国担任副主席。翦红梅等代表发言。")
    assert {"仵建国", "翦红梅"} <= found


def test_a_surname_often_a_word_after_a_named_bodys_title_opens_a_name():
    found = _people("松岭区政协副主席、区总工会主席易发展出席会议。")
    assert "易发展" in found


def test_a_function_word_after_a_title_opens_no_name():
    text = "区总工会主席和职工代表出席。"
    assert word_name_after(text, text.index("和")) is None
    text = "区总工会主席来我区调研。"
    assert word_name_after(text, text.index("来")) is None


def test_the_last_item_of_a_list_whose_given_name_is_a_word_is_read():
    found = _people("区领导为孙海燕、周长江、吴建设颁奖。")
    assert {"孙海燕", "周长江", "吴建设"} <= found


def test_a_list_of_words_holds_no_name():
    found = _people("会议强调加强团结、推动发展、保障民生。")
    assert not found
