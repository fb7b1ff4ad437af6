"""An election's list of names (选举甲、乙、丙同志为副主席; 选举甲为主席，乙、丙为副主席)
where one item is a name no name rule reads (满立新, 沙立新: a surname far more often a
word and a given name jieba reads as an adverb, 立新) lost the whole clause and every
later 为 clause with it. Such an item is a name where the election vouches for it: a
word of address closes it (满立新同志为主席), other items of the list are read names, or
it is a surname and a given name of two characters (选举沙海燕为主任). Words and titles in the item's place (选举办法为…, 选举方式为…) stay no names. Invented
names and events (s39, people22)."""

from __future__ import annotations

from tests.conftest import news_page, page_facts


def _posts(body: str) -> set[tuple[str, str, str | None]]:
    article = page_facts(news_page(body)).articles[0]
    return {(p.name, p.title_normalised, p.org.name if p.org else None) for p in article.positions}


def test_an_unread_item_amid_read_names_shares_the_post():
    posts = _posts("会议选举陈立平、满立新、赵海燕同志为县总工会副主席。")
    assert posts == {
        ("陈立平", "副主席", "县总工会"),
        ("满立新", "副主席", "县总工会"),
        ("赵海燕", "副主席", "县总工会"),
    }


def test_a_later_clause_with_an_unread_first_item_keeps_its_posts():
    posts = _posts("大会选举刘建国为县总工会主席，沙立新、王丽为副主席。")
    assert ("沙立新", "副主席", "县总工会") in posts
    assert ("王丽", "副主席", "县总工会") in posts


def test_an_unread_name_alone_before_tongzhi_is_elected():
    posts = _posts("全委会选举满立新同志为县总工会主席，孙桂兰同志为副主席。")
    assert ("满立新", "主席", "县总工会") in posts
    assert ("孙桂兰", "副主席", "县总工会") in posts


def test_an_unread_name_of_three_characters_alone_is_elected():
    posts = _posts("县总工会经费审查委员会选举沙海燕为主任。")
    # the committee that elects keeps its name in the post (titles30: 经费审查委员会主任)
    assert [(p[0], p[1].endswith("主任")) for p in posts] == [("沙海燕", True)]


def test_an_unread_item_of_two_characters_alone_states_no_post():
    assert _posts("会议选举满意为县总工会主席。") == set()


def test_a_word_after_the_election_verb_is_no_name():
    assert _posts("县总工会本次选举办法为差额选举，选举方式为无记名投票。") == set()
