"""Series and their parts: an activity said to be one of a series (本次大赛是某工会“技能强
市”系列活动之一, 这是…活动的一部分, 健步走是…系列文体活动的第一场), what a sentence opening
inside a series reports (其间, 其中), and the activities an article opening with a series
reports after it. A unit because each links an activity to a campaign read before or
after it by the words around the campaign's name, not by the sentence of the part."""

from __future__ import annotations

import re
from dataclasses import replace

from gonghui_build.extract.activities.cues import counted_round, round_of_series
from gonghui_build.extract.activities.draft import ActivityDraft
from gonghui_build.extract.activities.grammar import words
from gonghui_build.text.clauses import clause_start
from gonghui_build.vocabulary import Category


def running_programme(found: list[ActivityDraft]) -> int | None:
    """The latest campaign, or the latest activity said to run to a month (“安康杯”知识
    竞赛月活动，活动将持续至11月): what a sentence opening inside it (其间) is part of."""
    for i in range(len(found) - 1, -1, -1):
        date = found[i].date
        if found[i].category == Category.campaign or (date is not None and date.end_month):
            return i
    return None


def spoken_from_inside(campaign: ActivityDraft, draft: ActivityDraft, sentence: str) -> bool:
    """关爱季活动将持续至6月底。其间，…将…提供免费筛查; …系列活动共安排12项主题活动。其中，
    …将举办…作品展: a sentence opening inside the campaign its paragraph (or the one
    before) names reports one of its parts; so does a clause opening so after the
    campaign's name in its sentence (…将持续至9月底，其间将陆续举办…)."""
    if words("series_inside").starting(sentence.lstrip()):
        named_in = {p for p, _, _ in _all_mentions(campaign)}
        return bool(named_in & {draft.paragraph, draft.paragraph - 1})
    # 阅读季将持续至9月底，其间将陆续举办…: a clause opening inside the campaign named
    # before it in the sentence
    at = draft.name_start - draft.sentence[0]
    if not words("series_inside").starting(sentence[clause_start(sentence, at) : at].lstrip()):
        return False
    return any(
        p == draft.paragraph and draft.sentence[0] <= start < draft.name_start
        for p, start, _ in _all_mentions(campaign)
    )


def _part_of_series(text: str, series: ActivityDraft) -> int | None:
    """Where 是 stands before a series named as what the clause's subject is part of
    (…是某工会“技能强市”系列活动之一, 这是…活动的一部分, …是…系列文体活动的第一场); None
    when the mention is not so framed."""
    part = rf"的?(?:{words('series_part_words').pattern}|{counted_round()})"
    closing = re.match(part, text[series.trigger_end :].lstrip("”"))
    if closing is None:
        return None
    words("series_part_words").note_in(closing[0])
    lo = clause_start(text, series.name_start, series.sentence[0])
    verb = text.rfind("是", lo, series.name_start)
    return verb if verb >= 0 else None


def _subject_of(
    found: list[ActivityDraft], series: int, text: str, lo: int, verb: int
) -> int | None:
    """The activity the subject of ``text[lo:verb]`` names: one mentioned there (本次大赛
    named again), one whose name holds the subject (健步走 of …职工健步走活动); for a
    demonstrative (这是…) the first activity of the paragraph read last before."""
    s = found[series]
    here = [
        i
        for i, d in enumerate(found)
        if i != series
        and any(p == s.paragraph and lo <= start < verb for p, start, _ in _all_mentions(d))
    ]
    if here:
        return here[-1]
    subject = text[lo:verb].strip()
    earlier = [i for i in range(series) if found[i].parent != series]
    if len(subject) >= 2 and (named := [i for i in earlier if subject in found[i].name]):
        return named[-1]
    if earlier and (
        words("anaphora").starting(subject) or words("pronoun_subjects").starting(subject)
    ):
        last = found[earlier[-1]].paragraph
        return next(i for i in earlier if found[i].paragraph == last)
    return None


def _all_mentions(d: ActivityDraft) -> list[tuple[int, int, int]]:
    return [(d.paragraph, d.name_start, d.trigger_end), *d.mentions]


def parts_of_series(texts: list[str], found: list[ActivityDraft]) -> list[ActivityDraft]:
    """本次大赛是某工会“技能强市”系列活动之一, 这是2024年某活动的一部分, 健步走是某系列文
    体活动的第一场: the activity the sentence's subject names is part of the series named
    after 是, which is read after it; one already part of another keeps that parent."""
    out = list(found)
    for y, series in enumerate(found):
        text = texts[series.paragraph]
        verb = _part_of_series(text, series)
        if verb is None:
            continue
        lo = clause_start(text, verb, series.sentence[0])
        if not text[lo:verb].strip() and lo > series.sentence[0]:
            lo = clause_start(text, lo - 1, series.sentence[0])  # 某活动，是…之一: its subject
        child = _subject_of(out, y, text, lo, verb)
        if child is None or out[child].parent is not None or out[y].parent == child:
            continue
        out[child] = replace(out[child], parent=y)
    return out


def rounds_of_series(texts: list[str], found: list[ActivityDraft]) -> list[ActivityDraft]:
    """…“健康职工”系列活动启动，首场活动为职工健步走: the event a round of a series is said
    to be is part of the series read last before it, in its paragraph or the one before;
    one already part of another keeps that parent."""
    out = list(found)
    for i, draft in enumerate(found):
        text = texts[draft.paragraph]
        if draft.parent is not None or not round_of_series(
            text, draft.sentence[0], draft.name_start
        ):
            continue
        before = [
            k
            for k in range(i)
            if found[k].paragraph >= draft.paragraph - 1
            and words("series_heads").ending(found[k].name.rstrip("”"))
        ]
        if before:
            out[i] = replace(draft, parent=before[-1])
    return out


def first_rounds(texts: list[str], found: list[ActivityDraft]) -> list[ActivityDraft]:
    """启动“职工健康体检季”。…走进某公司，为80余名职工开展首场体检: an event whose words
    tell the first round (``first_round_words``) is part of the programme read last before
    it, in its paragraph or the two before: a campaign, or a name ending with a programme's
    head (培训计划). A campaign itself (“夏送清凉”活动首站…) and one already part of
    another keep theirs."""
    out = list(found)
    for i, draft in enumerate(found):
        if draft.parent is not None or draft.category == Category.campaign:
            continue
        text = texts[draft.paragraph]
        told = text[max(draft.sentence[0], draft.name_start - 2) : draft.sentence[1]]
        if not words("first_round_words").in_text(told):
            continue
        before = [k for k in range(i) if found[k].paragraph >= draft.paragraph - 2]
        programmes = [k for k in before if _a_programme(found[k])]
        if programmes:
            out[i] = replace(draft, parent=programmes[-1])
    return out


def _a_programme(draft: ActivityDraft) -> bool:
    """A campaign, or a name ending with a programme's head (“技能暖冬”职工培训计划)."""
    name = draft.name.rstrip("”")
    return draft.category == Category.campaign or bool(words("programme_heads").ending(name))


def _lead_series(found: list[ActivityDraft]) -> int | None:
    """The series an article opens with: a campaign read in its first two paragraphs
    whose name says it is a series (“三八”系列活动, 农民工讨薪维权专项行动)."""
    for i, draft in enumerate(found):
        if draft.paragraph > 1:
            return None
        if draft.category == Category.campaign and words("series_heads").ending(draft.name):
            return i
    return None


def parts_of_lead_series(found: list[ActivityDraft]) -> list[ActivityDraft]:
    """通州区总工会…开展健康讲座、技能比武、云课堂等“三八”系列活动。 3月4日，…举办女职工
    健康讲座。 3月7日，…技能比武…: an article that opens with a series reports its
    parts in the paragraphs after: each activity there that is part of nothing else
    and no series itself is part of it."""
    series = _lead_series(found)
    if series is None:
        return found
    out = list(found)
    home = found[series].paragraph
    for i, draft in enumerate(found):
        if i == series or draft.paragraph <= home or draft.parent is not None:
            continue
        if words("series_heads").ending(draft.name):
            continue
        out[i] = replace(draft, parent=series)
    return out
