"""Posts described between a body's name and a person's: lists of posts, kinds of
workers (invented names and bodies). A post after a former body (原某厂挡车工) is in
test_devfix5_a_post_after_a_former_body_is_a_position.py."""

from __future__ import annotations

from gonghui_build.extract.organisations.grammar import find_org_spans
from gonghui_build.extract.organisations.model import with_model
from gonghui_build.extract.people.described import described_post
from gonghui_build.text.tokenizer import tag_tokens


def test_the_last_of_listed_posts_after_a_body_is_the_post_next_to_the_name():
    text = "青禾纺织集团有限公司工人、高级技师韦海川，"
    claim = described_post(text, text.index("韦海川"), tag_tokens(text))
    assert claim is not None
    assert (claim.title, claim.org_written) == ("高级技师", "青禾纺织集团有限公司")


def _post_read(text: str, name: str):
    """The post described before ``name``, the bodies read in the text found first."""
    tokens = tag_tokens(text)
    known = with_model(text, find_org_spans(text, tokens), tokens, [])
    assert known, "the body is read"
    return described_post(text, text.index(name), tokens, known)


def test_a_kind_of_worker_before_a_name_is_no_post():
    assert _post_read("在座谈会上，青禾机械厂的老职工韦海川先后发言。", "韦海川") is None


def test_the_committee_of_a_bodys_term_is_the_body():
    from gonghui_build.extract.people.elections import elected_names
    from gonghui_build.extract.people.rules import titled_names

    def held(text):
        tokens = tag_tokens(text)
        hits = titled_names(text, tokens) + elected_names(text, tokens, [])
        return {(h.name, c.title, c.org_written) for h in hits for c in h.claims}

    assert ("吴立新", "主席", "县总工会") in held("吴立新当选县总工会第十届委员会主席。")
    # a chain longer than a short clause after the election verb is read whole
    assert ("韦海川", "主席", "青禾区总工会") in held("选举韦海川为青禾区总工会第九届委员会主席")
    # a department of the term stays the body's department
    assert ("丁晓梅", "主任", "市总工会经费审查委员会") in held(
        "丁晓梅当选为市总工会第十五届经费审查委员会主任。"
    )


def test_concurrently_held_titles_are_each_held_at_the_body_named_first():
    from gonghui_build.extract.people.titles import parse_chain

    text = "石湾县总工会党组书记兼常务副主席韦海川出席"
    claims = parse_chain(text, text.index("韦海川"))
    assert [(c.title, c.org_written) for c in claims] == [
        ("党组书记", "石湾县总工会"),
        ("常务副主席", "石湾县总工会"),
    ]
    # 兼职 is a modifier of the title after it, no separator
    text = "青禾区总工会兼职副主席宁国栋出席"
    claims = parse_chain(text, text.index("宁国栋"))
    assert [(c.title, c.org_written) for c in claims] == [("兼职副主席", "青禾区总工会")]
