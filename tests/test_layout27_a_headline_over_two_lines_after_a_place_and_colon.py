"""A head broken after a place, its colon and the subject (``某区：职工书屋`` /
``开进建筑工地``) is one headline, not a kicker over a headline; the article's headline
joins its lines with no blank (``某区：职工书屋开进建筑工地``: Chinese text runs on, OCR
blanks removed), a blank staying only between two Latin words. A kicker that ends on its
colon, or a unit's name over a head (the tuning gold's kicker), keeps its role. Invented
text in the shape of 1980s workers' papers read in session 37 (layout27)."""

from __future__ import annotations

from gonghui_build.records import pages
from tests.conftest import layout_articles

BODY = (
    "　　西河区总工会日前在三个建筑工地建起职工书屋，每处配书五百册。"
    "区总工会主席马建国参加了揭牌仪式。（王 立）\n"
)


def _roles(text: str) -> list[tuple[str, str]]:
    return [(r, t) for r, t in layout_articles(text)[0] if r in ("kicker", "headline")]


def test_a_place_and_colon_opening_a_head_starts_its_headline() -> None:
    assert _roles("西河区：职工书屋\n开进建筑工地\n" + BODY) == [
        ("headline", "西河区：职工书屋"),
        ("headline", "开进建筑工地"),
    ]


def test_a_real_citys_name_before_the_colon_does_the_same() -> None:
    roles = _roles("成都：职工书屋\n开进建筑工地\n" + BODY)
    assert [r for r, _ in roles] == ["headline", "headline"]


def test_a_units_name_over_a_head_stays_its_kicker() -> None:
    roles = _roles("西河区总工会\n为建筑工地送去职工书屋\n" + BODY)
    assert roles[0] == ("kicker", "西河区总工会")


def test_a_line_with_no_place_before_its_colon_stays_a_kicker() -> None:
    roles = _roles("聚焦职工书屋：书香\n开进建筑工地\n" + BODY)
    assert ("headline", "聚焦职工书屋：书香") not in roles


def test_a_headlines_lines_join_with_no_blank_between_chinese() -> None:
    assert (
        pages.joined_lines(["西河区：职工书屋", "开进建筑工地"]) == "西河区：职工书屋开进建筑工地"
    )
    assert pages.joined_lines(["“职工书屋”", "开进工地"]) == "“职工书屋”开进工地"


def test_a_blank_stays_between_two_latin_words() -> None:
    assert pages.joined_lines(["Smart", "Union上线"]) == "Smart Union上线"
    assert pages.joined_lines(["2021年", "职工运动会"]) == "2021年职工运动会"
