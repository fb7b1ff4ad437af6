"""A credit closing a company site's report with the writer's body, the name and 文/图
(（集团工会 某某 文/图）) names no person of the text. Invented names and bodies."""

from __future__ import annotations

from gonghui_build.extract.people.credits import credit_or_byline
from tests.conftest import page_facts


def _people(text: str) -> set[str]:
    return {p.name for a in page_facts(text).articles for p in a.people}


def test_a_name_and_wen_before_a_slash_and_tu_is_a_credit_no_person():
    text = "青禾集团召开职代会\n\n本报讯 会上，储晓萍当选集团工会主席。\n（集团工会 付晓琳 文/图）"
    assert _people(text) == {"储晓萍"}


def test_a_name_ending_in_wen_in_running_text_stays_a_name():
    text = "会上，付晓文当选主席。"
    assert not credit_or_byline(text, 3, 6)
