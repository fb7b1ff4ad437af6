"""Activities: the events and programmes an article reports.

A trigger noun (``培训班``, ``座谈会``, ``讲座``, ``竞赛``… ``reference/activities.yaml``)
names an activity. Its name runs back from the trigger to the verb that organises it
(``召开了“安康杯”专项活动助力副中心项目座谈会``), to the start of the clause, or to the
last ``的`` (``由市总工会承办的2018年北京市工会工作专题培训班``). From the same sentence
come its date, participant count, duration, place, organiser and status. A later
mention of the same activity (``此次培训班``, ``培训期间``) adds to it rather than making a
new row.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from gonghui_build import lexicon
from gonghui_build.dates import DateText, find_dates
from gonghui_build.numbers import NUMBER_RE, chinese_to_int, parse_number

_SENTENCE_END = "。！？；"
_CLAUSE_PUNCT = "，。！？；：、"


@dataclass(frozen=True)
class ActivityGrammar:
    trigger_re: re.Pattern[str]
    category: dict[str, str]
    verbs: tuple[str, ...]
    needs_name: frozenset[str]
    planned: tuple[str, ...]
    ongoing: tuple[str, ...]
    unit_of: dict[str, str]
    count_re: re.Pattern[str]


@functools.cache
def grammar() -> ActivityGrammar:
    data = lexicon.load("activities.yaml")
    category = {t: c for c, items in data["categories"].items() for t in items}
    triggers = sorted(category, key=len, reverse=True)
    unit_of = {u: kind for kind, items in data["units"].items() for u in items}
    units = "|".join(sorted(map(re.escape, unit_of), key=len, reverse=True))
    return ActivityGrammar(
        trigger_re=re.compile("|".join(map(re.escape, triggers))),
        category=category,
        verbs=tuple(sorted(data["verbs"], key=len, reverse=True)),
        needs_name=frozenset(data["needs_name"]),
        planned=tuple(data["planned"]),
        ongoing=tuple(data["ongoing"]),
        unit_of=unit_of,
        count_re=re.compile(f"(?:{NUMBER_RE.pattern})(?P<unit>{units})"),
    )


@dataclass
class ActivityDraft:
    """An activity as read from one article; offsets are in its paragraph's text."""

    paragraph: int  # index of the paragraph in the article's reading order
    trigger: str
    category: str
    name: str | None
    name_start: int
    trigger_end: int
    sentence: tuple[int, int]
    status: str
    date: DateText | None = None
    participants: int | None = None
    participants_unit: str | None = None
    participants_qualifier: str | None = None
    participants_text: str | None = None
    duration_days: float | None = None
    duration_text: str | None = None
    place: str | None = None
    organiser_text: str | None = None
    organiser_offset: int | None = None
    parent: int | None = None
    mentions: list[tuple[int, int, int]] = field(default_factory=list)  # paragraph, start, end


def sentences(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for i, ch in enumerate(text):
        if ch in _SENTENCE_END:
            out.append((start, i + 1))
            start = i + 1
    if start < len(text):
        out.append((start, len(text)))
    return out


def _name_start(text: str, sent_start: int, trigger_start: int) -> int:
    """Where the activity's name begins: after the organising verb, the last 的 or the
    clause start, whichever is nearest the trigger."""
    g = grammar()
    start = sent_start
    for k in range(trigger_start - 1, sent_start - 1, -1):
        if text[k] in _CLAUSE_PUNCT:
            start = k + 1
            break
    region = text[start:trigger_start]
    cut = 0
    for verb in g.verbs:
        k = region.rfind(verb)
        if k >= 0:
            cut = max(cut, k + len(verb))
    k = region.rfind("的")
    if k >= 0 and region[max(0, k - 1) : k] != "党":
        cut = max(cut, k + 1)
    while cut < len(region) and region[cut] in "了着过":
        cut += 1
    return start + cut


_DURATION_RE = re.compile(
    r"为期(?P<num>\d+|[一二三四五六七八九十两半]+)(?P<unit>天|日|周|个月|月|年|小时)"
)
_DAYS = {"天": 1, "日": 1, "周": 7, "个月": 30, "月": 30, "年": 365, "小时": 1 / 24}
_PLACE_RE = re.compile(
    r"在(?P<place>[^，。；、“”]{2,20}?)(?:正式|隆重|共同|成功)?(?:举办|举行|召开|开班|开幕|开展)"
)
_VISIT_PLACE_RE = re.compile(
    r"(?:来到|走进|前往|深入)(?P<place>[^，。；、]{2,24}?)(?:，|。|、|开展|举办|进行|参观)"
)
_ORGANISER_RE = re.compile(r"由(?P<org>[^，。；的]{2,24}?)(?:承办|主办|组织|举办|牵头)")


def _duration(sentence: str) -> tuple[float, str] | None:
    match = _DURATION_RE.search(sentence)
    if not match:
        return None
    raw = match.group("num")
    value = 0.5 if raw == "半" else (int(raw) if raw.isdigit() else chinese_to_int(raw))
    if value is None:
        return None
    return value * _DAYS[match.group("unit")], match.group(0)


def _count(sentence: str, trigger_pos: int):
    """The participant count of a sentence: the count nearest before the trigger that
    counts people, organisations or teams (or the first after it)."""
    g = grammar()
    best = None
    for match in g.count_re.finditer(sentence):
        q = parse_number(match)
        if q is None or q.value <= 0:
            continue
        unit = g.unit_of[match.group("unit")]
        tail = sentence[match.end() : match.end() + 12]
        if unit == "people" and re.match(r"[^，。]{0,6}?(元|万元|份|次|天|年|岁)", tail):
            continue
        entry = (match.start(), q, unit, match.group(0))
        if match.start() <= trigger_pos:
            best = entry
        elif best is None:
            best = entry
            break
    return best


def _status(sentence: str, trigger_pos: int) -> str:
    g = grammar()
    before = sentence[:trigger_pos]
    clause = before[max(before.rfind(p) for p in "，。；") + 1 :]
    if any(w in clause or w in before[-12:] for w in g.planned):
        return "planned"
    if any(w in sentence for w in g.ongoing):
        return "ongoing"
    return "held"


_ANAPHORA = ("此次", "本次", "这次", "该", "这一")


def find_activities(texts: list[str]) -> list[ActivityDraft]:
    """Activities of an article, from the text of its body paragraphs in reading order."""
    g = grammar()
    found: list[ActivityDraft] = []
    for p, text in enumerate(texts):
        for s_start, s_end in sentences(text):
            sentence = text[s_start:s_end]
            taken: list[tuple[int, int]] = []
            for match in g.trigger_re.finditer(sentence):
                trig_start, trig_end = s_start + match.start(), s_start + match.end()
                if any(a < trig_end and trig_start < b for a, b in taken):
                    continue
                trigger = match.group(0)
                category = g.category[trigger]
                name_start = _name_start(text, s_start, trig_start)
                name = text[name_start:trig_end]
                before = text[max(0, trig_start - 2) : trig_start]
                anaphoric = name.startswith(_ANAPHORA) or before in _ANAPHORA
                unnamed = (
                    trigger in g.needs_name and len(name) < len(trigger) + 3 and "“" not in name
                )
                if anaphoric or unnamed:
                    # a later mention of an activity already read, or a generic word
                    earlier = next((a for a in reversed(found) if a.category == category), None)
                    if earlier is not None:
                        earlier.mentions.append((p, trig_start, trig_end))
                        _enrich(earlier, text, (s_start, s_end), trig_start)
                    continue
                status = _status(sentence, match.start())
                draft = ActivityDraft(
                    paragraph=p,
                    trigger=trigger,
                    category=category,
                    name=name,
                    name_start=name_start,
                    trigger_end=trig_end,
                    sentence=(s_start, s_end),
                    status=status,
                )
                _enrich(draft, text, (s_start, s_end), trig_start)
                found.append(draft)
                taken.append((name_start, trig_end))
    return found


def _enrich(draft: ActivityDraft, text: str, sentence: tuple[int, int], trig_start: int) -> None:
    """Fill what the sentence says about the activity and was not known yet."""
    s_start, s_end = sentence
    sentence_text = text[s_start:s_end]
    pos = trig_start - s_start
    if draft.date is None:
        dates = [
            d
            for d in find_dates(sentence_text)
            if d.month or d.year or d.relative or d.relative_year is not None or d.day
        ]
        before = [d for d in dates if d.start <= pos]
        pick = before[-1] if before else (dates[0] if dates else None)
        if pick is not None:
            draft.date = DateText(
                pick.start + s_start,
                pick.end + s_start,
                pick.text,
                pick.year,
                pick.relative_year,
                pick.month,
                pick.day,
                pick.end_month,
                pick.end_day,
                pick.end_year,
                pick.relative,
            )
    if draft.participants is None:
        count = _count(sentence_text, pos)
        if count:
            _, q, unit, written = count
            draft.participants = int(q.value)
            draft.participants_unit = unit
            draft.participants_qualifier = q.qualifier
            draft.participants_text = written
    if draft.duration_days is None:
        duration = _duration(sentence_text)
        if duration:
            draft.duration_days, draft.duration_text = duration
    if draft.place is None:
        match = _PLACE_RE.search(sentence_text) or _VISIT_PLACE_RE.search(sentence_text)
        if match:
            draft.place = match.group("place")
    if draft.organiser_text is None:
        match = _ORGANISER_RE.search(sentence_text)
        if match:
            draft.organiser_text = match.group("org")
            draft.organiser_offset = s_start + match.start("org")
