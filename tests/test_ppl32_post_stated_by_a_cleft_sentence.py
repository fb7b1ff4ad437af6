"""A post stated by a cleft sentence (当选经费审查委员会主任的是 某某, 担任主席的是某某) is
held by the name after 的是, at the union the paragraphs before named, as 某某当选为主任
is (ppl32)."""

from gonghui_build.extract.organisations.org_spans import OrgSpan
from gonghui_build.extract.people.elections import elected_names
from gonghui_build.text.tokenizer import tag_tokens
from gonghui_build.vocabulary import OrgType

_UNION = OrgSpan(-20, -12, "某盟总工会", "总工会", OrgType.union_federation)


def _read(text: str) -> list[tuple[str, list[tuple[str, str | None]]]]:
    hits = elected_names(text, list(tag_tokens(text)), [], _UNION)
    return [(h.name, [(c.title, c.org_written) for c in h.claims]) for h in hits]


def test_the_name_after_de_shi_holds_the_post() -> None:
    assert _read("当选经费审查委员会主任的是 孟和。") == [
        ("孟和", [("经费审查委员会主任", "某盟总工会")])
    ]
    assert _read("担任主席的是郑远山。") == [("郑远山", [("主席", "某盟总工会")])]


def test_no_name_after_de_shi_states_no_post() -> None:
    assert _read("当选为主席的是什么人？") == []
