"""A Mongolian name of one element of three characters (其木格) set apart by 、 in a list
of names before an election's verb is an item of the list, as the Han names around it
are; alone before the verb, with no mark before it, it is not read (ppl32)."""

from gonghui_build.extract.people.elected_lists import listed_before, name_ending_at


def test_the_last_item_of_a_list_may_be_one_element() -> None:
    text = "大会上，乌日娜、张宏亮、其木格当选为副主席。"
    stop = text.index("当选")
    found = name_ending_at(text, stop)
    assert found == ("其木格", text.index("其木格"))
    assert [n for n, _ in listed_before(text, found[1])] == ["张宏亮", "乌日娜"]


def test_one_element_opening_a_clause_is_no_item() -> None:
    text = "大会上，其木格当选为副主席。"
    assert name_ending_at(text, text.index("当选")) is None
