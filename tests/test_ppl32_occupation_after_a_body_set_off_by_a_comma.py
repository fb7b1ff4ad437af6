"""An occupation printed after a body that a clause's mark sets off from it (在某公司分拣
中心，快递员小韦说) is the person's title with no body, as one with no body before it is:
the body is named elsewhere in the sentence (ANNOTATION.md); right before the occupation
the body is still the post's (ppl32)."""

from gonghui_build.extract.organisations.org_spans import OrgSpan
from gonghui_build.extract.people.occupation_titles import bare_occupation
from gonghui_build.text.tokenizer import tag_tokens
from gonghui_build.vocabulary import OrgType

_BODY = "顺捷物流公司分拣中心"


def _titles(text: str) -> list[tuple[str, str | None]]:
    start = text.index(_BODY)
    known = [OrgSpan(start, start + len(_BODY), _BODY, "中心", OrgType.company)]
    claims = bare_occupation(text, text.index("小韦"), list(tag_tokens(text)), known)
    return [(c.title, c.org_written) for c in claims]


def test_an_occupation_after_a_comma_has_no_body() -> None:
    assert _titles(f"在{_BODY}，快递员小韦告诉记者。") == [("快递员", None)]


def test_an_occupation_right_after_the_body_is_no_bare_one() -> None:
    assert _titles(f"在{_BODY}快递员小韦告诉记者。") == []
