"""Contests and their rounds. The rounds a contest is run in, listed (分初赛、复赛、决赛
三个阶段进行), are its format, no activity. A contest told by its final first: an article
on a final (…第六届职工技能比武决赛在公司实训中心举行) that then speaks of the whole contest
(本届比武自7月启动，各分厂先后举行了初赛和复赛) reports two activities: the contest, named
as the final without its round, and the final, a part of it. Held when its final was held,
it ends on the final's day."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import replace

from gonghui_build import reference as lexicon
from gonghui_build.extract.activities.draft import ActivityDraft
from gonghui_build.extract.activities.grammar import FILE, category_of, patterns, words
from gonghui_build.extract.activities.mention import Mention
from gonghui_build.reference.words import Words
from gonghui_build.text.clauses import clause_start
from gonghui_build.text.numbers import COUNT_NUMERALS
from gonghui_build.vocabulary import Category, Status

#: A month by its number (9月, 十月): what dates a round told by the day it was held.
_MONTH = rf"(?:\d{{1,2}}|[{COUNT_NUMERALS}]{{1,3}})月"


@functools.cache
def _round_list() -> re.Pattern[str]:
    rounds = words("listed_rounds").pattern
    return re.compile(rf"(?:{rounds})(?:(?:、|和|及|与)(?:{rounds}))+")


@functools.cache
def _round_counted() -> re.Pattern[str]:
    units = words("contest_round_units").pattern
    return re.compile(rf"(?:\d+|[{COUNT_NUMERALS}]+)(?:{units})")


def counted_contest_rounds(text: str, t_end: int, trigger: str) -> bool:
    """各县区共举办预赛18场, 初赛十二场: a round of a contest (``stage_words``: earlier)
    counted right after its word was held, however plain its name; it is part of the
    contest read before (:func:`.links.parent`). A plain name counted so (各类职工培训
    126场) is no such round."""
    if trigger not in lexicon.table(FILE, "stage_words")["earlier"]:
        return False
    counted = _round_counted().match(text, t_end)
    if counted is not None:
        words("contest_round_units").note_in(counted[0])
    return counted is not None


def in_listed_rounds(text: str, s_start: int, s_end: int, t_start: int) -> bool:
    """分初赛、复赛、决赛, 经过预赛、半决赛和决赛: a trigger in a list of the rounds a contest
    is run in, its format and no activity (a round named alone, 决赛在某地举行, is one)."""
    return any(m.start() <= t_start < m.end() for m in _round_list().finditer(text, s_start, s_end))


def round_held_alone(found: list[ActivityDraft], text: str, m: Mention) -> bool:
    """复赛于9月12日在市技师学院举行，决赛于10月8日在市职工文化中心举行: a round named by
    its word alone (``stage_words``), the subject of its own clause of holding (its date,
    its place, then 举行), after a contest read before, is a round held, a part of that
    contest (:func:`.links.parent`), with its own day and place; so is one told by the
    day it was held (9月举行的复赛中) or as a stage people joined (初赛阶段…名职工参赛); not
    the contest named again. Not when the latest competition read is that same round
    (决赛在某地举行 after …大赛决赛…: the final told again)."""
    if m.specific or m.trigger not in words("stage_words") or text[m.start : m.end] != m.trigger:
        return False
    contests = [a for a in found if a.category == Category.competition]
    if not contests or contests[-1].trigger == m.trigger:
        return False
    if _held_before().search(text, max(0, m.start - 12), m.start):
        return True  # 9月举行的复赛中: a round told by the day it was held
    return (
        _holding_clause().match(text, m.end) is not None
        or _stage_joined().match(text, m.end) is not None
    )


@functools.cache
def _held_before() -> re.Pattern[str]:
    """A clause of holding that describes the round right after it (9月举行的复赛)."""
    holding = words("holding_verbs").pattern
    return re.compile(rf"{_MONTH}[^，。；：]{{0,6}}?(?:{holding})的$")


@functools.cache
def _stage_joined() -> re.Pattern[str]:
    """The round as a stage that people joined (初赛阶段全省共有4.6万名职工参赛)."""
    joining = words("joining_verbs").pattern
    return re.compile(rf"阶段[^，。；：]{{0,20}}?(?:{joining})")


@functools.cache
def _holding_clause() -> re.Pattern[str]:
    """A clause that dates or places what opens it, then holds it (于9月12日在某学院举行,
    在某中心举行, 10月8日举行): no clause mark before the verb."""
    holding = words("holding_verbs").pattern
    adverbs = words("holding_adverbs").pattern
    opens = rf"于|在|{_MONTH}"
    return re.compile(rf"(?:{opens})[^，。；：！？]{{0,30}}?(?:{adverbs})?(?:{holding})")


def whole_contest_name(
    final: ActivityDraft, text: str, m: Mention, texts: Sequence[str]
) -> str | None:
    """The name of the whole contest when the mention ``m`` (本届比武, 本次竞赛; a bare 大赛
    opening its sentence where the rounds before the final are told: :func:`_bare_whole`)
    speaks of the contest whose round ``final`` (read in its paragraph of ``texts``, the
    article's) was read before (its name less its round word), or of the festival whose
    opening or closing ceremony ``final`` is (某艺术节闭幕式 …本届艺术节); None when it
    speaks of that round itself (这场决赛, 本届决赛) or of something else."""
    rounds = words("stage_words")
    festival = _ceremony_whole(final, text, m)
    if festival is not None:
        return festival
    if final.category != Category.competition or final.trigger not in rounds:
        return None
    if m.category != Category.competition or not m.trigger or m.trigger in rounds:
        return None
    said = text[m.start : m.end]
    whole_word = words("whole_contest_words").starting(said) and said.endswith(m.trigger)
    if not whole_word and not _bare_whole(text, m, texts[final.paragraph]):
        return None
    if not final.name.endswith(final.trigger):
        return None
    whole = final.name[: -len(final.trigger)]
    # 第六届职工技能比武 (决赛) and 本届比武: the contest of that round, not another one
    return whole if whole.endswith(m.trigger) and len(whole) > len(m.trigger) + 1 else None


def _ceremony_whole(ceremony: ActivityDraft, text: str, m: Mention) -> str | None:
    """An event told by its closing or opening ceremony first (某市第五届职工文化艺术节闭幕式
    暨职工文艺汇演在某剧场举行) that then speaks of the whole (本届文化艺术节于8月中旬开幕):
    the whole event, named as the ceremony less its ceremony word, is an activity of its
    own, the ceremony a part of it."""
    said = text[m.start : m.end]
    if not m.trigger or not words("whole_contest_words").starting(said):
        return None
    if not said.endswith(m.trigger):
        return None
    at = words("whole_event_ceremonies").regex.search(ceremony.name or "")
    whole = ceremony.name[: at.start()] if at else ""
    return whole if whole.endswith(m.trigger) and len(whole) > len(m.trigger) + 1 else None


def as_whole_contest(contest: ActivityDraft, name: str, final: ActivityDraft) -> ActivityDraft:
    """The contest read from its own mention, under ``name``: held when its final was."""
    contest = replace(contest, name=name, titled=True, parent=None)
    return replace(contest, status=Status.held) if final.status == Status.held else contest


def ended_with_finals(found: list[ActivityDraft]) -> list[ActivityDraft]:
    """A contest whose final, a part of it, was held on a day (…总决赛11月15日至17日举行)
    ends on the final's last day, unless an end of its own was read; told as running
    (10月以来，某区举办…技能比武), it was held when its final was."""
    out = list(found)
    for final in found:
        if final.parent is None or final.trigger not in _finals() or final.status != Status.held:
            continue
        if out[final.parent].status == Status.ongoing and final.date is not None:
            out[final.parent] = replace(out[final.parent], status=Status.held)
        whole, last = out[final.parent], final.date
        if whole.category != Category.competition or whole.date is None or last is None:
            continue
        month = last.end_month or last.month
        day = last.end_day or (last.day if last.end_month is None else None)
        start = whole.date
        if month is None or day is None or start.end_month or start.end_day:
            continue
        if start.month is not None and (start.month, start.day or 0) >= (month, day):
            continue
        ends = {"end_year": last.end_year or last.year, "end_relative_year": last.relative_year}
        out[final.parent] = replace(
            whole, date=replace(start, end_month=month, end_day=day, **ends)
        )
    return out


def _finals() -> Words:
    """The rounds that close a contest (``activities.yaml`` stage_words: finals)."""
    return lexicon.table(FILE, "stage_words")["finals"]


def of_another_contest(final: ActivityDraft, contest: ActivityDraft) -> bool:
    """在山东省职工职业技能大赛数控车工决赛中夺得第二名 after 淄博市第五届…大赛: a round
    whose name holds a contest of its own (a competition's word before its stage word),
    not the one read before, is a round of that other contest."""
    own = final.name[: final.name.rfind(final.trigger)] if final.trigger else ""
    named = [
        m for m in patterns().trigger.finditer(own) if category_of(m[0]) == Category.competition
    ]
    return bool(named) and contest.name not in final.name


def events_set_up(text: str, s_start: int, m: Mention, found: list[ActivityDraft]) -> bool:
    """大赛分…两部分，设个人赛和团体赛; 比赛设置团体赛、个人赛两个项目: a contest mention
    whose clause opens (after the contest's own word) with a verb that sets up events
    (``contest_event_verbs``), a contest read just before: its events, no contest."""
    if m.category != Category.competition or found[-1].category != Category.competition:
        return False
    opened = text[clause_start(text, m.start, s_start) : m.end]
    subject = patterns().trigger.match(opened)
    rest = opened[subject.end() :] if subject and subject.end() < len(opened) - 2 else opened
    return bool(words("contest_event_verbs").starting(rest))


#: How far (characters) after a bare contest word its sentence may tell the rounds run.
_ROUNDS_REACH = 60


def _bare_whole(text: str, m: Mention, final_text: str) -> bool:
    """大赛由…联合主办, 大赛于今年5月启动 after a final read where the rounds before it are
    told (经过…的初赛、复赛): the bare contest word opening its sentence speaks of the whole
    contest run over those rounds (the tuning gold of real_dev7 and real_dev24); with no
    rounds told (real_dev's final, then 大赛由…主办) it is the final told again."""
    opens = m.start == 0 or text[m.start - 1] in "。！？"
    if text[m.start : m.end] != m.trigger or not opens:
        return False
    told = final_text + text[m.start : m.start + _ROUNDS_REACH]
    return any(not r[0].endswith("决赛") for r in _round_list().finditer(told))
