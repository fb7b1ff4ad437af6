"""Members a plenary session adds to its committee, each named with the posts held and
parted by commas, share the seat the election's 为 states
(补选某局党组书记、局长甲，某医院工会主席乙为县总工会委员: :mod:`.titled_items`).
Invented names."""

from __future__ import annotations

from gonghui_build.extract.people.titled_items import titled_items_before_wei
from gonghui_build.text.tokenizer import tag_tokens
from tests.conftest import first_article_positions, news_page

_ELECTION = (
    "临江县总工会召开十五届三次全委会议。会议补选县交通运输局党组书记、局长刘国强，"
    "县中医院党委副书记、工会主席王丽为县总工会十五届委员会委员。"
)


def _posts(body: str, name: str) -> set[tuple[str, str | None]]:
    return {(t, o) for n, t, o in first_article_positions(news_page(body)) if n == name}


def test_each_titled_item_holds_the_seat():
    assert ("委员", "临江县总工会") in _posts(_ELECTION, "刘国强")
    assert ("委员", "临江县总工会") in _posts(_ELECTION, "王丽")


def test_a_clause_that_is_no_titled_item_lists_no_one():
    text = "选举临江公司经理刘国强，召开了会议为大家服务。"
    assert titled_items_before_wei(text, 2, tag_tokens(text)) == []
