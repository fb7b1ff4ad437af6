"""A word of tenure ending in 任 (新任, 现任, 原任) printed before the first title of a
chain (某集团新任党委书记、董事长某某; 新任董事长、党委书记某某), as reports of a company's
new chairman visiting its units print it: the word says when the post was taken up, it is
no verb giving a post to a name before it (由甲任团长), so the chain reads on past it and
its first title stays the person's, held at the body before the word. Invented names and
companies."""

from __future__ import annotations

from gonghui_build.extract.people.titles import parse_chain
from tests.conftest import first_article_positions, news_page


def _chain(text: str, name: str) -> list[tuple[str, str | None]]:
    return [(c.title_normalised, c.org_written) for c in parse_chain(text, text.index(name))]


def test_a_new_chairs_first_title_after_a_group_stays():
    text = "江城集团新任党委书记、董事长罗振宇"
    assert _chain(text, "罗振宇") == [("党委书记", "江城集团"), ("董事长", "江城集团")]


def test_a_new_chairs_first_title_with_no_body_stays():
    text = "新任董事长、党委书记罗振宇"
    assert [t for t, _ in _chain(text, "罗振宇")] == ["董事长", "党委书记"]


def test_a_federations_new_party_secretary_keeps_the_word_out_of_the_title():
    found = first_article_positions(
        news_page("市总工会新任党组书记、常务副主席罗振宇深入企业调研。")
    )
    assert ("罗振宇", "党组书记", "市总工会") in found
    assert ("罗振宇", "常务副主席", "市总工会") in found


def test_a_new_chairman_of_a_group_company_in_a_visit():
    found = first_article_positions(
        news_page("7月9日，集团公司新任董事长、党委书记罗振宇与郑一鸣副董事长深入企业调研。")
    )
    assert {t for n, t, _ in found if n == "罗振宇"} == {"董事长", "党委书记"}


def test_a_post_given_after_a_name_still_ends_the_chain():
    text = "由王刚任团长、李明任副团长的考察团"
    assert _chain(text, "的考察团") == [("副团长", None)]


def test_a_name_ending_in_the_verb_is_no_tenure_word():
    # 甲任 (a name, then the verb) is no word of tenure: the chain still ends there
    text = "由李新任团长、王刚任副团长的考察团"
    assert _chain(text, "的考察团") == [("副团长", None)]
