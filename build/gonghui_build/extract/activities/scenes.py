"""A scene of an activity, no activity of its own: a photo caption that shows one (图为…,
…比赛现场, 某报告会现场), or a competition's event opening its sentence as the scene of
what follows (铣工比赛中，某某夺得第一名). :mod:`.finding` reads no new activity there."""

from __future__ import annotations

from gonghui_build.extract.activities import specific_names
from gonghui_build.extract.activities.draft import ActivityDraft
from gonghui_build.extract.activities.grammar import words
from gonghui_build.extract.activities.mention import Mention
from gonghui_build.vocabulary import Category


def shows_a_scene(text: str, m: Mention, reported: bool) -> bool:
    """A photo caption that shows a scene (图为…, …比赛现场) of an activity without a
    name of its own; or, in an article whose text reports its activities (``reported``:
    it has paragraphs besides captions), of any name (图为某项目比赛现场, 某报告会现场：
    a glimpse of the event the text reports, or of a part of it, no activity of its own);
    a caption with no text beside it is all the report there is."""
    scene = words("scene_words")
    shows = bool(scene.starting(text.lstrip()) or scene.starting(text, m.end))
    return shows and (reported or not specific_names.has_proper_element(text[m.start : m.end]))


def scene_of_contest(
    found: list[ActivityDraft], text: str, span: tuple[int, int], m: Mention
) -> bool:
    """A competition's event that opens its sentence as the scene of what follows (铣工
    比赛中，某某以…夺得第一名; 搏克比赛现场，…; 图为数控车工组比赛现场), in an article that
    has reported a competition: a glimpse of that competition, no activity of its own.
    ``span`` is the sentence's, in ``text`` (its paragraph)."""
    if m.category != Category.competition or not any(
        d.category == Category.competition for d in found
    ):
        return False
    start, end = span
    opening = text[start : m.start].strip()
    if opening and not words("scene_words").starting(opening):
        return False
    after = text[m.end : end]
    scene = after.startswith("中，") or bool(words("scene_words").starting(after))
    return scene and not specific_names.has_proper_element(text[m.start : m.end])


def shows_one_told(found: list[ActivityDraft], text: str, m: Mention, reported: bool) -> bool:
    """A photo caption, in an article whose text reports a visit, that shows a visit with
    no name of its own (``▲某某慰问县医院一线医护人员`` under a tour of several sites): one
    stop of the tour the text reported, no new visit. Only a visit: a tour has many stops a
    caption may show one of, while a caption naming a meeting (``某区总工会举行联系基层
    座谈会``) may be the only report of that one."""
    if not reported or m.category != Category.visit:
        return False
    if specific_names.has_proper_element(text[m.start : m.end]):
        return False
    return any(d.category == Category.visit for d in found)
