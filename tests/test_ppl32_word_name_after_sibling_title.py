"""A name that is also an ordinary word (甘露) right after a title of no body, in a list
of officers whose first holds a title at a named body, is a name: the body it inherits
from the sibling makes the title particular (ppl32)."""

from gonghui_build.extract.people.rules import titled_names
from gonghui_build.text.tokenizer import tag_tokens


def _read(text: str) -> dict[str, list[tuple[str, str | None]]]:
    hits = titled_names(text, list(tag_tokens(text)))
    return {h.name: [(c.title, c.org_written) for c in h.claims] for h in hits}


def test_a_word_name_after_a_sibling_title_is_a_name() -> None:
    read = _read("区总工会主席周明远、副主席甘露出席。")
    assert read["甘露"] == [("副主席", "区总工会")]


def test_names_listed_after_it_share_the_inherited_body() -> None:
    read = _read("市总工会党组书记、主席周明远，党组成员、副主席甘露、岑启航。")
    assert read["甘露"] == [("党组成员", "市总工会"), ("副主席", "市总工会")]
    assert read["岑启航"] == read["甘露"]


def test_a_word_after_a_title_of_no_body_stays_no_name() -> None:
    assert "甘露" not in _read("听副主席甘露般的话语。")
