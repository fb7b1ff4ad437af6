"""A text layer that breaks the text's last line inside its credit (``…致辞。（通讯员
某某`` / ``某某）``) left the credit's second half as a caption and no one credited: a
broken bracketed credit was read only when its bracket opened a line. The bracket may
open after the last sentence of the line above. Invented text in the shape of printed
workers' papers' text layers read in session 39."""

from __future__ import annotations

from gonghui_build.layout.head_breaks import broken_bracketed_credit
from tests.conftest import page_facts

TEXT = "5月9日，兰溪市总工会举办职工趣味运动会，全市26支代表队参加。副主席戚文博宣布开幕。"


def test_a_credit_opening_after_the_last_sentence_joins_the_line_below() -> None:
    assert broken_bracketed_credit(TEXT + "（通讯员 祁远航", "褚晓岚）")
    assert broken_bracketed_credit("（通讯员 祁远航", "褚晓岚）")


def test_a_bracket_inside_a_sentence_that_runs_on_is_no_credit() -> None:
    assert not broken_bracketed_credit("兰溪市总工会举办第三届职工运动会（简称", "职工运动会）")
    assert not broken_bracketed_credit(TEXT + "本次运动会（共设12个", "项目）")


def test_both_names_are_the_items_correspondents() -> None:
    page = f"兰溪市总工会举办职工趣味运动会\n{TEXT}（通讯员 祁远航\n褚晓岚）\n"
    authors = {(a.name, a.role.value) for art in page_facts(page).articles for a in art.authors}
    assert authors == {("祁远航", "correspondent"), ("褚晓岚", "correspondent")}
