"""``通讯员 某某 摄影：某某``: a credit whose correspondent is named after a role word and
whose photographer after a key and a colon (a county paper's closing line). The colon
keys the name after it as a slash does (``摄影/某某``); before, the key and the name were
read as one token and the photographer was lost. Invented credits (session 43, dates7)."""

from __future__ import annotations

from gonghui_build.extract.bylines import parse_byline
from tests.conftest import page_authors


def _read(text: str) -> list[tuple[str, str]]:
    return [(a.name, a.role.value) for a in parse_byline(text)]


def test_a_colon_keys_the_photographer() -> None:
    assert _read("通讯员 柳青青 摄影：郭志远") == [
        ("柳青青", "correspondent"),
        ("郭志远", "photographer"),
    ]


def test_a_slash_still_keys_the_photographer() -> None:
    assert _read("通讯员 柳青青 摄影/郭志远") == [
        ("柳青青", "correspondent"),
        ("郭志远", "photographer"),
    ]


def test_a_role_word_and_a_colon_glued_to_the_name_is_read_as_before() -> None:
    assert _read("记者：金顺姬") == [("金顺姬", "reporter")]


def test_the_credit_closing_an_item_credits_both() -> None:
    page = (
        "东岭区职工运动会开幕\n"
        "本报讯 5月10日，东岭区第三届职工运动会在区体育中心开幕，来自全区42家单位的1200余名职工参加。\n"
        "开幕式上，区总工会主席宋文海致辞。\n"
        "通讯员 柳青青 摄影：郭志远\n"
    )
    assert {("柳青青", "correspondent"), ("郭志远", "photographer")} <= page_authors(page)
