"""An OCR'd page may lose the break before a headline set in two lines and keep the one
inside it: the head's first line runs on after the item before's credit
(``…参加。（某某）某厂工会办起``) and its second line stands alone over the next
item's dateline (``职工业余学校`` / ``本报讯 …``). The tail cannot stop where it does (a
verb wanting its object), so it is cut off as the next item's headline's first line
(invented text)."""

from __future__ import annotations

from tests.conftest import layout_heads

PAGE = (
    "青禾工人报  第二版\n"
    "东坪区总工会召开\n"
    "劳模座谈会\n"
    "本报讯 5月3日，东坪区总工会召开劳模座谈会，30名劳模参加。 （周平）纺织厂工会办起\n"
    "职工读书小组\n"
    "本报讯 纺织厂工会今年四月办起职工读书小组，已有六十名青工参加。\n"
)


def test_a_heads_first_line_glued_to_the_credit_before_opens_the_next_item() -> None:
    heads = layout_heads(PAGE)
    assert heads[-1] == [("headline", "纺织厂工会办起"), ("headline", "职工读书小组")]
    assert len(heads) == 2


def test_a_tail_that_can_stop_over_a_short_line_is_not_cut_off() -> None:
    page = PAGE.replace("纺织厂工会办起", "纺织厂职工新书屋")
    assert "纺织厂职工新书屋" not in [t for a in layout_heads(page) for _, t in a]
