"""A roll of names printed apart by blanks (a headline's ``王海洋 李建国 周密获评…``)
reads a name of a common surname and a given name that is a word (海洋, the sea), the
three characters no word of jieba's: the roll is its second signal, and with it the
roll holds two whole names and its last name, closed by 获评, is read too. A piece that
is a word whole (张家口) stays no name. Invented names (s41, people26)."""

from __future__ import annotations

from tests.conftest import page_facts

_BODY = "\n\n本报讯 日前，青禾市总工会公布了2024年“青禾工匠”名单，三名职工入选。\n"


def _people(headline: str) -> list[str]:
    return sorted({p.name for a in page_facts(headline + _BODY).articles for p in a.people})


def test_a_worded_given_name_opening_a_spaced_roll_is_a_name():
    assert _people("王海洋 李建国 周密获评“青禾工匠”") == ["周密", "李建国", "王海洋"]


def test_a_roll_of_plain_names_reads_as_before():
    assert _people("张德顺 赵志华 孙琛尧获评“青禾工匠”") == ["孙琛尧", "张德顺", "赵志华"]


def test_a_place_that_is_a_word_opens_no_roll():
    assert _people("张家口 承德 两地职工获评“青禾工匠”") == []
