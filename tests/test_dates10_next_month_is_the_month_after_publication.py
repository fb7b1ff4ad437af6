"""下个月 (next month) dates what a page announces by the month after the one it was
printed in, as 上个月 dates what was held by the month before: a profile's closing
words on a demonstration its subject will give (下个月，市总工会将举办…现场会).
Invented sentences."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.extract.dates import resolve
from tests.conftest import printed


def starts(paragraph: str, published: str) -> list[str | None]:
    return [
        resolve(a.date, printed(published), ahead=True).start if a.date else None
        for a in find_activities([paragraph])
    ]


def test_next_month_is_the_month_after_the_paper():
    got = starts("下个月，青禾县总工会将在某机械厂举办技能传承现场会。", "2011-05-06")
    assert got == ["2011-06"]


def test_next_month_in_a_december_paper_is_next_january():
    got = starts("下个月，厂工会将举办职工迎春联欢会。", "2011-12-20")
    assert got == ["2012-01"]
