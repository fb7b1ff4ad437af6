"""Activities, act30: a body that opens by speaking of its headline's meeting bare
(大会选举产生了…, a jump page's rest of a congress report under 某市工会第九次代表大会开幕)
goes on telling that meeting: the headline's named meeting is an activity, held, beside
the body's own sessions (随后召开的九届一次全委会议). A body opening otherwise keeps only
its own. Pages written for these tests (invented unions and people)."""

from __future__ import annotations

from gonghui_build.extract.page import extract_page
from gonghui_build.pages import page_from_bytes
from gonghui_build.parsed import parse_page

CONTINUED = """青禾工人报
2023年5月12日 星期五
第02版：要闻
（上接第1版）
青禾市工会第九次代表大会开幕
大会选举产生了青禾市工会第九届委员会委员35名。
在随后召开的九届一次全委会议上，林晓雨当选市总工会主席。
"""

OWN_LEAD = """青禾工人报
2023年5月12日 星期五
第02版：要闻
青禾市工会第九次代表大会开幕
市总工会随后召开九届一次全委会议，选举林晓雨为主席。
"""


def _names(text: str) -> list[str | None]:
    parsed = parse_page(page_from_bytes("p.txt", text.encode("utf-8")))
    return [a.name for art in extract_page(parsed).articles for a in art.activities]


def test_a_body_opening_on_the_bare_congress_holds_the_headlines_congress() -> None:
    names = _names(CONTINUED)
    assert "青禾市工会第九次代表大会" in names
    assert "九届一次全委会议" in names


def test_a_body_opening_on_its_own_meeting_adds_no_headline_row() -> None:
    assert "青禾市工会第九次代表大会" not in _names(OWN_LEAD)


def test_a_body_opening_on_a_word_that_only_begins_like_a_meeting_adds_no_headline_row() -> None:
    """会议室, 大会堂, 会议中心 open with a meeting's characters and tell no meeting."""
    hall = CONTINUED.replace(
        "大会选举产生了青禾市工会第九届委员会委员35名。",
        "大会堂内座无虚席，500名代表出席。",
    )
    assert "青禾市工会第九次代表大会" not in _names(hall)
