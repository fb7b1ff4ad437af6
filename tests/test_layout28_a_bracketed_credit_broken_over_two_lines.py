"""A web copy may break the credit closing its text inside its brackets, a blank line
between the two parts (``（通讯员 卜晓燕`` / blank / ``于海）``): no paragraph ends inside an
open bracket, so the two lines are one credit, the article's byline, not a portrait
caption and a line of furniture; published, the line break parts the two names as a
blank would (``卜晓燕 于海``), not glued into one. Two lines that each close their
brackets, or a bracket opened by a sentence, are not joined. Invented text in the shape
of a city union site's copy (session 38)."""

from __future__ import annotations

import pytest

from tests.conftest import layout_articles

HEAD = (
    "梧桐街道工会驿站正式启用\n"
    "2023-11-02 09:12:40　来源：某城工会网\n"
    "本报讯　10月30日，梧桐街道工会驿站在梧桐广场正式启用，可供外卖员、快递员等户外劳动者休息。\n"
    "街道总工会主席聂文涛介绍，驿站将实行全天开放。\n"
)
FOOT = "责任编辑：霍丽\n"


@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_the_two_lines_are_one_byline(gap: str) -> None:
    articles = layout_articles(HEAD + f"（通讯员 卜晓燕{gap}于海）\n" + FOOT)
    assert len(articles) == 1
    bylines = [text for role, text in articles[0] if role == "byline"]
    assert len(bylines) == 1
    assert "卜晓燕" in bylines[0] and "于海" in bylines[0]


def test_only_a_credit_broken_in_its_brackets_is_joined() -> None:
    from gonghui_build.layout.head_breaks import broken_bracketed_credit

    assert broken_bracketed_credit("（通讯员 卜晓燕", "于海）")
    assert not broken_bracketed_credit("（卜晓燕）", "（于海）")
    assert not broken_bracketed_credit("（图为职工在驿站休息", "驿站配有饮水机）")


def test_the_published_byline_keeps_the_names_apart() -> None:
    from gonghui_build.pages import page_from_bytes
    from gonghui_build.parsed import parse_page

    text = HEAD + "（通讯员 卜晓燕\n\n于海）\n" + FOOT
    page = page_from_bytes("site.txt", text.encode("utf-8"))
    bylines = [p.text for p in parse_page(page).paragraphs if p.role == "byline"]
    assert bylines == ["（通讯员 卜晓燕 于海）"]
