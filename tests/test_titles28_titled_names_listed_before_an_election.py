"""Names listed with their titles before 当选 (某集团工会主席甲、某厂党委书记乙当选为某市总
工会兼职副主席) are each elected, as an untitled list is (甲、乙当选为…): the list's mark
before an item stands before the item's title, so the reader stepped over the last
name's title and found no earlier name, and only the last was elected. Invented names."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def _posts(body: str, name: str) -> set[tuple[str, str | None]]:
    return {(t, o) for n, t, o in first_article_positions(news_page(body)) if n == name}


_VICE = ("兼职副主席", "湖州市总工会")


def test_two_titled_names_are_both_elected():
    body = "湖州港务集团工会主席冼国强、湖州丝绸厂党委书记柴玉梅当选为湖州市总工会兼职副主席。"
    assert _posts(body, "冼国强") == {("主席", "湖州港务集团工会"), _VICE}
    assert _posts(body, "柴玉梅") == {("党委书记", "湖州丝绸厂"), _VICE}


def test_three_titled_names_each_with_a_chain():
    body = (
        "全会上，湖州港务集团董事长冼国强、湖州丝绸厂厂长、党委书记柴玉梅、"
        "湖州市第一医院院长宋立新当选为湖州市总工会兼职副主席。"
    )
    assert _VICE in _posts(body, "冼国强")
    assert _posts(body, "柴玉梅") == {("厂长", "湖州丝绸厂"), ("党委书记", "湖州丝绸厂"), _VICE}
    assert _VICE in _posts(body, "宋立新")


def test_untitled_names_are_still_all_elected():
    body = "冼国强、柴玉梅当选为湖州市总工会兼职副主席。"
    assert _posts(body, "冼国强") == {_VICE}
    assert _posts(body, "柴玉梅") == {_VICE}


def test_a_name_before_a_list_in_another_clause_is_not_elected():
    body = "会议由冼国强主持，湖州丝绸厂党委书记柴玉梅当选为湖州市总工会兼职副主席。"
    assert _VICE not in _posts(body, "冼国强")
    assert _posts(body, "柴玉梅") == {("党委书记", "湖州丝绸厂"), _VICE}


def test_titled_names_an_election_adds_before_wei():
    body = "会议增补湖州港务集团董事长冼国强、湖州丝绸厂厂长柴玉梅为湖州市总工会兼职副主席。"
    assert _posts(body, "冼国强") == {("董事长", "湖州港务集团"), _VICE}
    assert _posts(body, "柴玉梅") == {("厂长", "湖州丝绸厂"), _VICE}


def test_a_titled_name_with_no_wei_after_it_is_not_elected():
    body = "会议选举产生了新一届委员会，湖州丝绸厂厂长柴玉梅出席。"
    assert _posts(body, "柴玉梅") == {("厂长", "湖州丝绸厂")}


def test_titled_names_parted_by_a_comma_when_a_chain_holds_its_own_mark():
    body = (
        "湖州港务集团党委副书记、工会主席冼国强，湖州丝绸厂党委书记柴玉梅"
        "当选为湖州市总工会兼职副主席。"
    )
    assert _VICE in _posts(body, "冼国强")
    assert _VICE in _posts(body, "柴玉梅")


def test_a_titled_clause_saying_something_else_before_the_comma_is_no_item():
    body = "湖州市总工会副主席冼国强主持，湖州丝绸厂党委书记柴玉梅当选为湖州市总工会兼职副主席。"
    assert _VICE not in _posts(body, "冼国强")
    assert _VICE in _posts(body, "柴玉梅")


def test_an_untitled_name_before_the_comma_is_no_item():
    body = "经全会选举，冼国强，湖州丝绸厂党委书记柴玉梅当选为湖州市总工会兼职副主席。"
    assert _VICE not in _posts(body, "冼国强")
