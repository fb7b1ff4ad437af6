"""Stop 66's review: 家 after a name's last character makes a word of its own in 各家,
每家, 厂家, 人家 … (firms or households counted or each, one's own or others'), so the
character before it is no part of a household head's name. Invented sentences."""

from __future__ import annotations

from gonghui_build.extract.people.households import at_household, household_head_end


def test_a_household_after_its_heads_name_is_read() -> None:
    text = "慰问了困难职工田秀芝家、"
    assert household_head_end(text, 7, 9) == 10


def test_each_or_counted_households_are_no_household_of_a_name() -> None:
    for text in (
        "区总工会走访了王小各家、",
        "区总工会走访了王小每家。",
        "区总工会联系了王小厂家，",
    ):
        assert not at_household(text, 10)
        assert household_head_end(text, 7, 9) == 9
