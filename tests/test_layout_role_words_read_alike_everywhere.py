"""The role words of bylines and credits are defined once (``layout/role_words.py``) and
read alike at an article's head, in a credit opening its text and in the credit closing
it: a grade or an own-paper word one reader knew (``首席记者``, ``本台记者``,
``全媒体记者``, traditional print's ``本報記者``) is known to all. Invented text here."""

from __future__ import annotations

from gonghui_build.layout.cues import DATELINE_RE, is_head_byline


def test_a_graded_or_own_papers_reporter_opens_the_text_as_a_dateline():
    day = "3月5日，青州市总工会召开全委会。"
    assert DATELINE_RE.match(f"（本台记者 林晓秋）{day}")
    assert DATELINE_RE.match(f"（首席记者 林晓秋）{day}")
    assert DATELINE_RE.match(f"全媒体记者 林晓秋 {day}")


def test_a_traditional_own_papers_reporter_is_a_byline():
    assert is_head_byline("本報記者 林曉秋")


def test_a_sentence_about_reporters_opens_no_dateline():
    assert not DATELINE_RE.match("记者从青州市总工会获悉，3月5日全委会召开。")
    assert not DATELINE_RE.match("首席记者们走进车间，3月5日起蹲点采访。")
