"""A narrow column may break a byline or a closing credit right after a role word, the
names it keys alone on the next line (``本报记者 某某 通讯员`` / ``某某 某某``): the two
lines are one byline, and the names after the break are the role word's (the
correspondents), not a byline of their own in the reporter's role nor a section
heading. A line of names under a whole byline, and a text's line ending in a role word,
are not joined. Invented names (session 46, authors4)."""

from __future__ import annotations

from gonghui_build.layout.head_breaks import broken_after_role_word
from tests.conftest import page_authors

HEAD = "临江市总工会举办女职工维权培训班\n"
TEXT = "3月5日，临江市总工会举办女职工权益保护培训班，全市80名女职工委员参加培训。\n"
AUTHORS = {("韩雨晴", "reporter"), ("周婷", "correspondent"), ("孙哲", "correspondent")}


def test_the_names_under_the_break_are_the_correspondents() -> None:
    assert page_authors(HEAD + "本报记者 韩雨晴 通讯员\n周婷 孙哲\n" + TEXT) == AUTHORS


def test_a_closing_credit_broken_so_credits_the_same() -> None:
    assert page_authors(HEAD + TEXT + "本报记者 韩雨晴 本报通讯员\n周婷 孙哲\n") == AUTHORS


def test_only_a_role_word_ending_a_byline_joins_the_names_under_it() -> None:
    assert broken_after_role_word("本报记者 韩雨晴 通讯员", "周婷 孙哲")
    assert not broken_after_role_word("本报记者 韩雨晴", "周婷 孙哲")
    assert not broken_after_role_word("全市各区总工会派出了记者", "周婷")
    assert not broken_after_role_word("本报记者 韩雨晴 通讯员", "3月5日，临江市总工会举办培训班。")
