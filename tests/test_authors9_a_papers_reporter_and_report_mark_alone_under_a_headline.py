"""A paper's reporter printed as one run with the report mark, alone on the line under
the headline (``江南工人日报记者林晓秋报道``, ``江南工人日报记者林晓秋 通讯员孟可欣报道``),
is the article's byline: the mark 报道 glued to the last name is cut off before the
names are judged, as it is after a plain role word (``本报记者林晓秋报道``). Before, the
line was read as the headline, the real headline as its kicker, and no author was
credited. A title whose words before 报道 are no name (``某某日报记者蹲点报道``) stays a
title. Invented names in the shape of provincial workers' dailies' e-paper items
(session 49, authors9)."""

from __future__ import annotations

import pytest

from gonghui_build.layout.cues import is_head_byline
from tests.conftest import page_authors

HEAD = "江南区总工会开展送清凉活动\n"
TEXT = (
    "7月15日，江南区总工会组织慰问组走进建筑工地，为一线职工送去防暑用品200份。\n"
    "区总工会负责人表示，将持续关心户外劳动者的工作生活。\n"
)


def test_the_papers_reporter_alone_under_the_headline_is_credited() -> None:
    assert page_authors(HEAD + "江南工人日报记者林晓秋报道\n" + TEXT) == {("林晓秋", "reporter")}


def test_a_correspondent_before_the_report_mark_keeps_the_role() -> None:
    assert page_authors(HEAD + "江南工人日报记者林晓秋 通讯员孟可欣报道\n" + TEXT) == {
        ("林晓秋", "reporter"),
        ("孟可欣", "correspondent"),
    }


@pytest.mark.parametrize("title", ["江南日报记者蹲点报道", "江南工人日报记者见闻报道"])
def test_words_before_the_report_mark_that_are_no_name_stay_a_title(title: str) -> None:
    assert not is_head_byline(title)
