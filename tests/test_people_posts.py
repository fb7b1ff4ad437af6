"""Posts described between a body's name and a person's: lists of posts, former bodies
(invented names and bodies)."""

from __future__ import annotations

from gonghui_build.extract.organisations.grammar import find_org_spans
from gonghui_build.extract.organisations.model import with_model
from gonghui_build.extract.people.titles import described_post
from gonghui_build.text.tokenizer import tag_tokens


def test_the_last_of_listed_posts_after_a_body_is_the_post_next_to_the_name():
    text = "青禾纺织集团有限公司工人、高级技师韦海川，"
    claim = described_post(text, text.index("韦海川"), tag_tokens(text))
    assert claim is not None
    assert (claim.title, claim.org_written) == ("高级技师", "青禾纺织集团有限公司")


def test_a_post_after_a_former_body_is_no_post_held():
    text = "原石湾县青禾纺织厂挡车工韦海川被录用为客房服务员。"
    tokens = tag_tokens(text)
    known = with_model(text, find_org_spans(text, tokens), tokens, [])
    assert known, "the body is read"
    assert described_post(text, text.index("韦海川"), tokens, known) is None
    held, held_tokens = text[1:], tag_tokens(text[1:])
    held_known = with_model(held, find_org_spans(held, held_tokens), held_tokens, [])
    assert described_post(held, held.index("韦海川"), held_tokens, held_known) is not None


def test_a_kind_of_worker_before_a_name_is_no_post():
    text = "在座谈会上，青禾机械厂的老职工韦海川先后发言。"
    tokens = tag_tokens(text)
    known = with_model(text, find_org_spans(text, tokens), tokens, [])
    assert known, "the body is read"
    assert described_post(text, text.index("韦海川"), tokens, known) is None
