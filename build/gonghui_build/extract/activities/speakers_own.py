"""A talk given by a speaker of its own clause, after another talk of the same sentence
(律师某某讲解了劳动合同法，市人社局专家围绕集体协商作了专题辅导): another session of the
course, each speaker their own, not the talk just read told again. Real pages of s43
(course reports of county and city unions listing the teachers of a day in one
sentence); the tuning gold keeps a course's talks a row each (ANNOTATION.md: a course's
lectures by named teachers are parts of the course)."""

from __future__ import annotations

from gonghui_build.extract.activities.draft import ActivityDraft
from gonghui_build.extract.activities.grammar import words
from gonghui_build.extract.activities.mention import Mention
from gonghui_build.text.clauses import clause_start
from gonghui_build.vocabulary import Category


def talk_of_its_own_speaker(
    found: list[ActivityDraft],
    paragraph: int,
    text: str,
    span: tuple[int, int],
    m: Mention,
) -> bool:
    """Whether the lecture mentioned at ``m`` is given by a speaker (``speaker_titles``)
    its own clause names, after a talk of the same sentence read just before."""
    if m.category != Category.lecture or not found:
        return False
    last = found[-1]
    if last.category != Category.lecture or (last.paragraph, last.sentence) != (
        paragraph,
        span,
    ):
        return False
    here = clause_start(text, m.start, span[0])
    if here <= last.trigger_end:
        return False  # the same clause: the talk just read told again
    return words("speaker_titles").in_text(text[here : m.start]) is not None
