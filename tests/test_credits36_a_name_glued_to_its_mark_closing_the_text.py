"""A photo item or a brief signed at its text's end with the name glued to its mark, after
the last sentence and a blank (``…提供早餐。 某某某报道``, ``…慰问品。某某摄``): the
credit closes the text, its name an author and no person the text names. Text that ends
otherwise (a phrase that is no name before 报道, a name in a sentence) is left alone.
Invented names (session 39, credits36)."""

from __future__ import annotations

from gonghui_build.extract.credits import role_credit_start
from tests.conftest import page_facts

HEAD = "环卫工人吃上暖心早餐\n"
TEXT = (
    "11月5日清晨，在营口市站前区一处爱心驿站，环卫工人正在享用工会提供的免费早餐。"
    "当天，站前区总工会启动“爱心早餐”活动，为500余名环卫工人提供早餐。"
)


def _facts(text: str) -> tuple[set[tuple[str, str]], set[str]]:
    facts = page_facts(HEAD + text + "\n")
    authors = {(a.name, a.role.value) for art in facts.articles for a in art.authors}
    return authors, {p.name for art in facts.articles for p in art.people}


def test_a_name_glued_to_baodao_after_the_text_is_its_reporter() -> None:
    authors, people = _facts(TEXT + " 柴文博报道")
    assert authors == {("柴文博", "reporter")}
    assert "柴文博" not in people


def test_a_name_glued_to_she_after_the_text_is_its_photographer() -> None:
    authors, _ = _facts(TEXT + "柴文博摄")
    assert authors == {("柴文博", "photographer")}


def test_a_phrase_before_baodao_is_no_credit() -> None:
    assert role_credit_start(TEXT + " 详见后续报道") is None
    assert role_credit_start(TEXT + "本报将持续关注报道") is None
