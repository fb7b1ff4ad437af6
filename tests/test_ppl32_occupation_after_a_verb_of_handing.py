"""A verb of handing something to someone (递到, 送到, 交给) before an occupation and a
name is no part of the occupation (把包裹递到快递员小陈手中): the occupation after it is
the person's title (ppl32)."""

from gonghui_build.extract.people.occupation_titles import bare_occupation
from gonghui_build.text.tokenizer import tag_tokens


def _titles(text: str, name: str) -> list[tuple[str, str | None]]:
    claims = bare_occupation(text, text.index(name), list(tag_tokens(text)), [])
    return [(c.title, c.org_written) for c in claims]


def test_an_occupation_after_a_verb_of_handing_is_the_title() -> None:
    assert _titles("主席把包裹递到快递员小陈手中。", "小陈") == [("快递员", None)]
    assert _titles("工会把慰问品送到环卫工刘师傅手中。", "刘师傅") == [("环卫工", None)]
