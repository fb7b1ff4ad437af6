"""A photo's credit marked ``图`` after a blank (``某某 图``, pictures by) or naming only
the agency that sent the photo (``新华社发``), on its own line under the caption or run on
to its last sentence (``…施工。新华社发``): the photo's credit, not the next item's
kicker nor text of the caption. ``图`` credits the names before it as photographers; an
agency alone credits no one. ``图`` glued to a word (``示意图``) stays a word, and after
``文/`` (``某某 文/图``) the writer's byline's mark. Invented pages in the shape of copies
of agencies' and city papers' photo pages (layout48)."""

from __future__ import annotations

from gonghui_build.layout.photo_credits import credit_names
from tests.conftest import layout_articles, page_facts
from tests.epaper_items import NEXT, REPORT, TOP

CAPTION = "5月5日，工人在德清县一处桥梁工地施工。"


def _authors(text: str) -> list[list[tuple[str, str]]]:
    return [[(a.name, a.role.value) for a in art.authors] for art in page_facts(text).articles]


def test_a_pictures_mark_after_a_blank_closes_a_credit() -> None:
    assert credit_names("邹国梁 图") == ["邹国梁"]
    assert credit_names("示意图") is None


def test_a_writers_text_and_pictures_mark_stays_a_byline() -> None:
    assert credit_names("邹国梁 文/图") is None  # 文/图: the byline's, no name 邹国梁文


def test_a_pictures_credit_on_its_own_line_is_the_photos() -> None:
    text = TOP + REPORT + CAPTION + "\n邹国梁 图\n" + NEXT
    articles = layout_articles(text)
    assert ("photo_credit", "邹国梁 图") in articles[1]
    assert [role for role, _ in articles[2]] == ["headline", "dateline"]
    assert _authors(text)[1] == [("邹国梁", "photographer")]


def test_an_agency_alone_under_a_caption_is_its_credit_naming_no_one() -> None:
    text = TOP + REPORT + CAPTION + "\n新华社发\n" + NEXT
    articles = layout_articles(text)
    assert articles[1] == [("body", CAPTION), ("photo_credit", "新华社发")]
    assert [role for role, _ in articles[2]] == ["headline", "dateline"]
    assert _authors(text)[1] == []


def test_credits_run_on_to_the_captions_last_sentence_are_cut_off() -> None:
    for credit in ("新华社发", "邹国梁 图"):
        articles = layout_articles(TOP + REPORT + CAPTION + credit + "\n" + NEXT)
        assert articles[1] == [("body", CAPTION), ("photo_credit", credit)]
