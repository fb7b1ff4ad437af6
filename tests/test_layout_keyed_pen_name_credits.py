"""Session 27 (layout): a credit in brackets that keys a pen name with a role word
(``（文/心语）``, ``（通讯员 晓风）``, ``（文/图 一苇）``) closes its item. Union sites and
WeChat posts sign short items so; the name is no surname's, so the credit used to be
no credit: it became the kicker of the next item's headline. A bracket of two words with
no role word, and a note or a place after a role word, stay no credit. All names and
units are invented."""

from __future__ import annotations

from gonghui_build.layout.end_credits import end_credit_start, is_credit_line
from tests.conftest import layout_roles

ITEM = (
    "南湖区总工会慰问一线环卫工人\n"
    "3月7日，南湖区总工会副主席邝立新带队走访区环卫中心，为80名环卫工人送去慰问品。\n"
    "邝立新感谢环卫工人的辛勤付出，叮嘱大家注意安全。\n"
    "{credit}\n"
    "河湾区工会开展职工读书分享会\n"
    "3月9日，河湾区总工会在区图书馆举办职工读书分享会，60余名职工参加。\n"
)


def test_a_pen_name_keyed_by_a_role_word_closes_its_item():
    for credit in ("（文/心语）", "（通讯员 心语）", "（文/图 心语）", "（文/心语 图/晓岚）"):
        roles = layout_roles(ITEM.format(credit=credit))
        assert roles[credit] == ("byline", 0), credit
        assert roles["河湾区工会开展职工读书分享会"] == ("headline", 1), credit


def test_a_keyed_pen_name_after_the_last_sentence_is_a_credit():
    text = "职工们纷纷表示收获很大。（通讯员 晓风）"
    assert end_credit_start(text) == text.index("（")
    assert is_credit_line("（文/一苇）")


def test_notes_and_places_after_a_role_word_are_no_credit():
    for line in ("（图/现场）", "（文/转载）", "（记者 朝阳）", "（图/北京）"):
        assert not is_credit_line(line), line


def test_two_words_in_brackets_without_a_role_word_are_no_credit():
    assert not is_credit_line("（心语 晓风）")
