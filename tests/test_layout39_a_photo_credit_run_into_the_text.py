"""A web copy that flattens its page (a mirror of a city site's item) prints a photo's
caption and its credit inside a paragraph of the text (``…慰问品。 慰问现场。某某 摄
主办方希望…``): the name before the photo mark is the article's photographer, no person
its text names. A name the text reads before a word that opens with 摄 (摄制, 摄像) or
with no blank before the mark is left to the text. Invented page in the shape of a
mirrored city-site item read in session 41."""

from __future__ import annotations

from tests.conftest import page_facts

TITLE = "市总工会：心系职工 情满中秋\n"
TAIL = "据了解，本次慰问活动共为全市520名环卫工人发放了1040份中秋慰问品。\n"


def _read(body: str):
    article = page_facts(TITLE + body + TAIL).articles[0]
    return [(a.name, a.role.value) for a in article.authors], {p.name for p in article.people}


def test_a_credit_run_into_a_paragraph_names_the_photographer():
    body = "市领导张红梅率队向环卫工人送上中秋月饼。 慰问现场。余翠玲 摄 主办方希望环卫工人继续发扬不怕苦的精神。\n"
    authors, people = _read(body)
    assert authors == [("余翠玲", "photographer")]
    assert "余翠玲" not in people and "张红梅" in people


def test_the_credits_span_slices_the_name():
    body = "市领导张红梅率队向环卫工人送上中秋月饼。 慰问现场。余翠玲 摄 主办方希望环卫工人继续努力。\n"
    page = TITLE + body + TAIL
    author = page_facts(page).articles[0].authors[0]
    assert page[author.span.page_start : author.span.page_end] == "余翠玲"


def test_two_photographers_run_in_are_both_read():
    body = "职工在驿站休息。 驿站一角。蒋立新 方丽 摄 据悉，全市已建成驿站80个。\n"
    assert _read(body)[0] == [("蒋立新", "photographer"), ("方丽", "photographer")]


def test_a_word_opening_with_the_mark_is_no_credit():
    body = "活动现场，工会邀请了专业团队。张红梅 摄制的短片在大厅播放。\n"
    assert _read(body)[0] == []
