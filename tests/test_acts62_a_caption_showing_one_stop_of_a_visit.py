"""A photo caption showing one stop of a visit the text reported, session 49 (acts62): a
county union's post tells of leaders visiting several sites in one sentence, then prints a
caption under each photo (``▲某某慰问县医院一线医护人员``). Each caption is a glimpse of that
tour, no visit of its own; a caption naming a meeting of its own stays an activity, and so
does a caption of a visit when the text reported none. Invented sentences (invented
bodies and people)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category

TOUR = (
    "1月20日至21日，青禾县总工会主席韩秋生、副主席林青分别带队，先后深入县医院、"
    "城南建设工地和柳河镇，走访慰问困难职工和一线职工共计120人。"
)


def _categories(paragraphs: list[str], captions: frozenset[int]) -> list[Category]:
    return [d.category for d in find_activities(paragraphs, captions)]


def test_a_caption_of_one_stop_is_no_visit_of_its_own() -> None:
    paragraphs = [TOUR, "▲韩秋生慰问县医院一线医护人员", "▲林青走访困难职工家庭"]
    assert _categories(paragraphs, frozenset({1, 2})) == [Category.visit]


def test_a_caption_naming_a_meeting_of_its_own_stays() -> None:
    paragraphs = [TOUR, "青禾县总工会举行联系基层工会座谈会"]
    assert Category.meeting in _categories(paragraphs, frozenset({1}))


def test_a_caption_of_a_visit_with_no_visit_in_the_text_stays() -> None:
    paragraphs = ["青禾县总工会召开职工代表座谈会。", "▲韩秋生慰问县医院一线医护人员"]
    assert Category.visit in _categories(paragraphs, frozenset({1}))
