"""Activities, act27: a lesson streamed online (直播课) is a lecture of its own, not the
start of the contest named after it. Sentences written for these tests (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.mentions import mentions
from gonghui_build.vocabulary import Category


def test_a_streamed_lesson_is_a_lecture_before_a_contest() -> None:
    text = "普法月期间还将推出6场直播课和2次线上知识竞赛。"
    found = [(text[m.start : m.end], m.category) for m in mentions(text, 0, len(text))]
    assert found[0] == ("6场直播课", Category.lecture)
    assert found[1][0] == "线上知识竞赛"
