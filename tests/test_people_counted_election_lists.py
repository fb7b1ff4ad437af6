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
