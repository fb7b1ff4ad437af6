"""A list of elected names closed by a count (甲、乙等3位同志当选为…): every name listed
takes the post (all names here are invented)."""

from gonghui_build.extract.organisations.grammar import find_org_spans
from gonghui_build.extract.people.elections import elected_names
from gonghui_build.text.tokenizer import tag_tokens


def _elected(text: str) -> dict[str, list[str]]:
    tokens = tag_tokens(text)
    hits = elected_names(text, tokens, find_org_spans(text, tokens))
    return {h.name: [c.title_normalised for c in h.claims] for h in hits}


def test_names_before_a_count_and_address_share_the_post():
    found = _elected(
        "大会选举产生县总工会第九届委员会，钟立群、葛文涛、潘秀英等3位同志当选为副主席。"
    )
    assert {n: found.get(n) for n in ("钟立群", "葛文涛", "潘秀英")} == {
        "钟立群": ["副主席"],
        "葛文涛": ["副主席"],
        "潘秀英": ["副主席"],
    }


def test_names_before_a_count_without_deng_share_the_post():
    found = _elected("会上，钟立群、葛文涛五位同志当选为县总工会委员。")
    assert found.get("钟立群") == ["委员"] and found.get("葛文涛") == ["委员"]


def test_one_name_before_deng_and_a_count_takes_the_post():
    found = _elected("县总工会召开全委会，钟立群等21位同志当选为常委。")
    assert found.get("钟立群") == ["常委"]


def test_a_count_of_no_names_elects_no_one():
    assert _elected("县总工会召开全委会，21位同志当选为常委。") == {}


def test_a_whole_list_closed_by_its_count_reads_names_that_are_words():
    # 方舟 and 甘露 are words as well as names: the count (五位) says every item of the
    # list is a name, so the names before them take the post as the others do
    found = _elected("会上，邱明哲、方舟、甘露、庞立人、岳小川五位同志当选为县总工会委员。")
    assert {n: found.get(n) for n in ("邱明哲", "方舟", "甘露", "庞立人", "岳小川")} == {
        n: ["委员"] for n in ("邱明哲", "方舟", "甘露", "庞立人", "岳小川")
    }


def test_a_count_that_is_not_the_lists_length_reads_no_word_as_a_name():
    # four items and a count of five: the list is not read whole, a word stays a word
    found = _elected("会上，邱明哲、方舟、庞立人、岳小川五位同志当选为县总工会委员。")
    assert "方舟" not in found and found.get("岳小川") == ["委员"]
