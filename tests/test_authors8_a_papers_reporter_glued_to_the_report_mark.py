"""A paper's or an agency's reporter printed as one run with the mark closing the
name (``城南日报记者林晓秋报道``, ``据《城南日报》记者林晓秋报道``, ``某某社记者林晓秋摄``)
credits the name in the mark's role: the mark glued after the name is cut off before
the name is judged, as it is after a plain role word (``记者林晓秋报道``). Before, the
whole run was read as a signed article's title and a name of its last characters.
Invented names (session 48, authors8)."""

from __future__ import annotations

import pytest

from gonghui_build.extract.bylines import parse_byline
from tests.conftest import page_authors


@pytest.mark.parametrize(
    "byline",
    ["城南日报记者林晓秋报道", "据《城南日报》记者林晓秋报道", "本报讯 据城南日报记者林晓秋报道"],
)
def test_the_papers_reporter_is_credited(byline: str) -> None:
    assert [(a.name, a.role.value) for a in parse_byline(byline)] == [("林晓秋", "reporter")]


def test_a_photo_mark_glued_after_the_papers_reporter() -> None:
    found = parse_byline("城南日报记者林晓秋摄")
    assert [(a.name, a.role.value) for a in found] == [("林晓秋", "photographer")]


def test_the_credit_run_into_the_texts_end() -> None:
    page = (
        "城南区职工文化节开幕\n"
        "本周，城南区总工会组织三十名职工走进社区开展志愿服务，为居民义务理发、维修家电。"
        "城南日报记者林晓秋报道\n"
    )
    assert page_authors(page) == {("林晓秋", "reporter")}
