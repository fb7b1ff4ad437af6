"""Activities: the events and programmes an article reports.

A trigger noun names an activity (``培训班``, ``座谈会``, ``讲座``, ``竞赛``, ``参观``,
``专项行动``… ``reference/activities.yaml``). Reading one sentence at a time:

* **the name** runs back from the trigger to the verb that organises it, the last
  ``的`` or the start of the clause (``召开了“安康杯”专项活动助力副中心项目座谈会``); a
  trigger inside a longer name belongs to it (专项活动 in that name);
* **lists**: items followed by ``等`` are one activity each (``“A培训”“B讲座”等活动``,
  ``支部生活会、读书会…等形式``); a list without ``等`` is one name
  (``大排查、大清理、大整治40天专项行动``);
* **later mentions** (``此次培训``, ``这场业务知识培训``, ``培训期间``) and generic words
  (``活动`` alone, ``调研工作``) add to the latest activity of that kind instead of
  making a new row;
* **background** is not an activity: meetings cited for their spirit (``…会议精神``),
  national events (``十九大``, ``中央…会议``);
* **status**: planned when the sentence speaks of a plan (``要``, ``将``, ``下一步``) and
  no completion marker (``了``, ``已``) governs the activity; ongoing for programmes
  that run (``连续多年``, ``每年``, ``正在``); held otherwise;
* **parents**: a lecture, visit or meeting held within a course (``培训期间``,
  ``此次培训还组织…参观``) or right after a meeting (``会后…参观``) is part of it.

From the sentence come the date, participant count, duration, place and the text of
the organiser; :mod:`gonghui_build.extract` resolves dates and organisations.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field, fields, replace
from typing import Any

from gonghui_build import reference as lexicon
from gonghui_build.extract.dates import DateText, events_in, find_dates, is_planned
from gonghui_build.text import tokenizer
from gonghui_build.text.numbers import NUMBER_RE, POST_QUALIFIERS, chinese_to_int, parse_number

_SENTENCE_END = "。！？"  # ；separates clauses of one sentence (…大研讨；开展…大调研)
_CLAUSE_PUNCT = "，。！？；："
_LIST_PUNCT = "、"


@dataclass(frozen=True)
class ActivityGrammar:
    trigger_re: re.Pattern[str]
    category: dict[str, str]
    verbs: tuple[str, ...]
    needs_name: frozenset[str]
    generic_modifiers: tuple[str, ...]
    planned: tuple[str, ...]
    done: tuple[str, ...]
    ongoing: tuple[str, ...]
    within_course: tuple[str, ...]
    opening_words: tuple[str, ...]
    joining_words: tuple[str, ...]
    after_meeting: tuple[str, ...]
    volunteering: tuple[str, ...]
    content_attributes: tuple[str, ...]
    directive_opening: tuple[str, ...]
    copulas: tuple[str, ...]
    speaker_titles: tuple[str, ...]
    stage_words: frozenset[str]
    ceremony_words: frozenset[str]
    formal_words: tuple[str, ...]
    still_running: tuple[str, ...]
    programme_re: re.Pattern[str]
    verb_adverbs: tuple[str, ...]
    reporters: tuple[str, ...]
    site_re: re.Pattern[str]
    movement_re: re.Pattern[str]
    directive_closing: tuple[str, ...]
    method_verbs: tuple[str, ...]
    prepositions: tuple[str, ...]
    work_heads: tuple[str, ...]
    list_modifiers: tuple[str, ...]
    form_heads: tuple[str, ...]
    modified_nouns: tuple[str, ...]
    generic_heads: frozenset[str]
    leading_words: tuple[str, ...]
    unit_of: dict[str, str]
    count_re: re.Pattern[str]


def _programme_regex(heads: list[str]) -> re.Pattern[str]:
    """启动开展“…”…工作, 实施“职工学历提升计划”, “亦麒麟”高技能人才培育工程正稳步推进:
    a quoted name with a programme head, after a verb of launching or before a word of
    its running."""
    head = f"(?:{lexicon.alternation(heads)})"
    name = rf"(?:“[^”]{{2,16}}”[^，。；：“”]{{0,20}}?{head}|“[^”]{{0,16}}{head}”)"
    return re.compile(
        rf"(?:(?<=开展|启动|实施|推进)(?P<launched>{name})(?=[，。；、]|$|以来)"
        rf"|(?P<running>{name})(?=正|已|目前|稳步|持续))"
    )


def _longest_first(words: list[str]) -> tuple[str, ...]:
    """Word lists are tried longest first, so that 将继续 wins over 将."""
    return tuple(sorted(words, key=len, reverse=True))


@functools.cache
def grammar() -> ActivityGrammar:
    """``reference/activities.yaml``: each word list is the field of the same name."""
    data = lexicon.load("activities.yaml")
    data.update({f"directive_{k}": v for k, v in data["directive_frames"].items()})
    category = {t: c for c, items in data["categories"].items() for t in items}
    unit_of = {u: kind for kind, items in data["units"].items() for u in items}
    words: dict[str, Any] = {
        f.name: frozenset(data[f.name])
        if f.type == "frozenset[str]"
        else _longest_first(data[f.name])
        for f in fields(ActivityGrammar)
        if f.type in ("tuple[str, ...]", "frozenset[str]")
    }
    return ActivityGrammar(
        **words,
        trigger_re=re.compile(lexicon.alternation(category)),
        category=category,
        programme_re=_programme_regex(data["programme_heads"]),
        site_re=re.compile(f"(?:{lexicon.alternation(data['sites'])})$"),
        movement_re=re.compile(
            f"(?:{lexicon.alternation(data['movement_verbs'])})"
            r"(?P<site>[^，。；、“”各]{3,20}?)(?=[，。；]|进行|开展|$)"
        ),
        unit_of=unit_of,
        count_re=re.compile(f"(?:{NUMBER_RE.pattern})(?P<unit>{lexicon.alternation(unit_of)})"),
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
    date_from_parent: str | None = None  # "first_day" | "within"
    participants: int | None = None
    participants_unit: str | None = None
    participants_qualifier: str | None = None
    participants_text: str | None = None
    duration_days: float | None = None
    duration_text: str | None = None
    place: str | None = None
    organiser_text: str | None = None
    organiser_offset: int | None = None
    parent: int | None = None  # index of the parent in the article's activity list
    mentions: list[tuple[int, int, int]] = field(default_factory=list)


@dataclass(frozen=True)
class _Mention:
    start: int  # name start, in the paragraph
    end: int  # trigger end
    trigger: str
    category: str
    specific: bool  # has a name of its own (not 此次培训, 活动)
    title: str | None = None  # the title a talk is given under (以“…”为题作专题辅导)


#: A quotation longer than this is taken to be unbalanced OCR, not a quotation.
MAX_QUOTE = 200


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentences of ``text``; a sentence end inside a quotation does not end one
    (作“……。”的专题辅导)."""
    out, start, opened = [], 0, None
    for i, ch in enumerate(text):
        if ch == "“":
            opened = i
        elif ch == "”":
            opened = None
        elif ch in _SENTENCE_END and (opened is None or i - opened > MAX_QUOTE):
            out.append((start, i + 1))
            start, opened = i + 1, None
    if start < len(text):
        out.append((start, len(text)))
    return out


def _clause_start(text: str, lo: int, pos: int, stops: str = _CLAUSE_PUNCT) -> int:
    """Start of the clause containing ``pos`` (not before ``lo``), quotes respected."""
    depth = 0
    for k in range(pos - 1, lo - 1, -1):
        ch = text[k]
        if ch == "”":
            depth += 1
        elif ch == "“":
            depth = max(0, depth - 1)
        elif depth == 0 and ch in stops:
            return k + 1
    return lo


def _name_start(text: str, lo: int, trigger_start: int) -> int:
    """Where an activity's name begins: after the organising verb or the clause start,
    and after a relative clause about who organised or attended it
    (``由市总工会承办的``, ``100多人参加的``); quotations are never cut."""
    g = grammar()
    start = _clause_start(text, lo, trigger_start)
    region = text[start:trigger_start]
    quoted = _quoted_spans(region)
    bounds = _word_bounds(region)
    cut = 0
    for verb in (*g.verbs, *g.prepositions, *g.method_verbs, *g.copulas):
        for m in re.finditer(re.escape(verb), region):
            # a verb ends a word (深入开展); a one-character one is a word (作, not 工作)
            whole = m.end() in bounds and (len(verb) > 1 or m.start() in bounds)
            if verb == "为" and "以" in region[: m.start()]:
                continue  # 以…为主要内容的知识竞赛: the frame states the content
            if whole and not any(a <= m.start() < b for a, b in quoted):
                cut = max(cut, m.end())
    for a, b in quoted:
        # 作“…”的专题辅导 names a talk by its title; “白纸黑字，维权才有依据。”讲座
        # quotes a sentence said at it
        titled = region.startswith("的", b) or (
            b == len(region) and not re.search("[。！？]", region[a:b])
        )
        if re.search("[。！？]", region[a:b]) and not titled:
            cut = max(cut, b)  # “决赛的题目…。”本届竞赛: a quotation, not a title
    for m in re.finditer("[与和及]", region):
        # 理论培训与交流研讨: the activity after a conjunction has a name of its own
        before = region[cut : m.start()]
        if (
            m.start() > cut
            and not any(a <= m.start() < b for a, b in quoted)
            and (g.trigger_re.search(before) or before.endswith(g.work_heads))
        ):
            cut = m.end()
    for m in re.finditer("的", region):
        if any(a <= m.start() < b for a, b in quoted):
            continue
        title = next((a for a, b in quoted if b == m.start()), None)
        tail = region[m.end() :]
        if title is not None and title >= cut and len(tail) <= 4 and not re.search("[、，]", tail):
            cut = title  # 作“…”的专题辅导, 关于“…”的课程: the quoted title is the name's
            continue
        if m.start() < cut:
            continue
        if region[max(0, m.start() - 1) : m.start()] == "党":
            continue  # 党的十九大精神培训班
        attribute = region[cut : m.start()].lstrip("了着过")
        if not attribute.startswith(g.content_attributes):
            cut = m.end()  # 由市总工会承办的, 为期一周的: not part of the name
    while cut < len(region) and region[cut] in "了着过的":
        cut += 1
    rest = region[cut:]
    for lead in g.leading_words:
        if rest.startswith(lead) and len(rest) > len(lead):
            cut += len(lead)
            break
    return start + cut


def _word_bounds(text: str) -> set[int]:
    bounds, pos = {0}, 0
    for word in tokenizer.cut(text):
        pos += len(word)
        bounds.add(pos)
    return bounds


def _trigger_matches(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """Trigger words, each extended to a longer trigger starting inside it
    (专题培训 + 培训班 → 专题培训班, category of 培训班)."""
    g = grammar()
    out = []
    for m in g.trigger_re.finditer(text, lo, hi):
        start, end, word = m.start(), m.end(), m.group(0)
        for k in range(start + 1, end):
            longer = g.trigger_re.match(text, k, hi)
            if longer and longer.end() > end:
                end, word = longer.end(), longer.group(0)
        if out and start < out[-1][1]:
            continue
        out.append((start, end, word))
    return out


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"“[^”]*”|《[^》]*》", text)]


def _is_specific(name: str, trigger: str, quote_closes: bool = False) -> bool:
    """A name of its own: more than the trigger and generic modifiers (此次, 专题, 相关).
    ``quote_closes``: a quotation mark closes right after the trigger."""
    g = grammar()
    rest = name[: len(name) - len(trigger)] if name.endswith(trigger) else name
    if re.search(r"“[^”]+”|《", rest) or (quote_closes and re.search(r"“[^”]", rest)):
        # a quoted title (“安康杯”竞赛, “…知识培训”), not a quotation that opens a
        # sentence (“竞赛不是…, “晁书记一路给我们讲解…)
        return True
    changed = True
    while changed and rest:
        changed = False
        for mod in g.generic_modifiers:
            if rest.startswith(mod):
                rest, changed = rest[len(mod) :], True
            if rest.endswith(mod):
                rest, changed = rest[: -len(mod)], True
    rest = rest.strip("的、")
    if trigger in g.needs_name:
        # 活动, 培训… alone name a kind: a name needs a proper element (a year, a place,
        # an organisation, an event): 校园文化活动 is generic, 2023年密云区…培训 is not
        # (a long description names one too: 新就业形态劳动者集中入会活动)
        long = len(rest) >= 6 and "、" not in rest and trigger in ("活动", "行动")
        # …or a programme the unions run under that name: 送温暖活动 (not 竞赛活动)
        kind = any(
            g.category[t.group(0)] == "campaign" and t.group(0) not in g.generic_heads
            for t in g.trigger_re.finditer(rest)
        )
        return (len(rest) >= 2 and _has_proper_element(rest)) or long or kind
    return len(rest) >= 2


def _has_proper_element(text: str) -> bool:
    if re.search(r"\d{4}年|“[^”]+”|《", text):
        return True
    if any(w in text for w in grammar().formal_words):
        return True  # 全委（扩大）会议, 职代会
    if lexicon.places().district_regex.search(text) or re.search("北京|首都|全国|全市", text):
        return True
    if events_in(text):
        return True
    places = lexicon.places()
    return any(
        t.tag in ("nt", "nz", "j")
        or (  # jieba tags some common nouns as places (福利): a place must look like one
            t.tag == "ns"
            and (t.word in places.by_any_name or len(t.word) >= 3 or t.word.endswith(_PLACE_ENDS))
        )
        for t in tokenizer.tag_tokens(text)
    )


_PLACE_ENDS = ("省", "市", "区", "县", "镇", "乡", "街道", "村")


def _clauses(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    out, start, depth = [], lo, 0
    for k in range(lo, hi):
        ch = text[k]
        if ch == "“":
            depth += 1
        elif ch == "”":
            depth = max(0, depth - 1)
        elif depth == 0 and ch in _CLAUSE_PUNCT:
            out.append((start, k))
            start = k + 1
    if start < hi:
        out.append((start, hi))
    return out


def _rightmost_trigger(text: str, start: int, end: int) -> re.Match[str] | None:
    last = None
    for m in grammar().trigger_re.finditer(text, start, end):
        last = m
    return last


def _list_mentions(text: str, lo: int, hi: int) -> tuple[list[_Mention], list[tuple[int, int]]]:
    """Items of lists closed by 等 (``“A”“B”等活动``, ``A、B、C等形式``), each one an
    activity, and the spans the lists cover."""
    g = grammar()
    mentions, covered = [], []
    for c_start, c_end in _clauses(text, lo, hi):
        for m in re.finditer("等", text[c_start:c_end]):
            k = c_start + m.start()
            after = text[k + 1 : c_end]
            for modifier in g.list_modifiers:
                if after.startswith(modifier):
                    after = after[len(modifier) :]
                    break
            head = g.trigger_re.match(after)
            # the list starts after the verb before its first item (召开报告会、座谈会…)
            first_sep = min(
                (i for i in (text.find(sep, c_start, k) for sep in "、“") if i >= 0), default=k
            )
            start = _name_start(text, c_start, first_sep if first_sep > c_start else k)
            if not (head or not after or after.startswith(g.form_heads)):
                # 等方面, 等主题, 等学习方式: topics or methods, not activities
                if _LIST_PUNCT in text[start:k] or "“" in text[start:k]:
                    covered.append((start, k + 1))
                    mentions.extend(_programmes_in(text, start, k))
                continue
            region = text[start:k]
            quoted = list(re.finditer(r"“[^”]+”", region))
            if len(quoted) >= 2:  # “A”“B”等
                parts = [(start + q.start(), start + q.end()) for q in quoted]
            else:  # A、B、C等, A、B和C等
                parts, pos = [], 0
                for piece in re.split(r"[、和与及]", region):
                    parts.append((start + pos, start + pos + len(piece)))
                    pos += len(piece) + 1
            items = []
            for a, b in parts:
                trig = _rightmost_trigger(text, a, b)
                if trig is None and not (text[a : a + 1] == "“" and head is not None):
                    continue  # a quoted slogan is an activity only in a list of activities
                if trig is not None and text[a] != "“":
                    a = _name_start(text, a, trig.start())  # 开展集中宣讲活动 → 集中宣讲活动
                for lead in g.leading_words:
                    if text.startswith(lead, a) and b - a > len(lead) + 1:
                        a += len(lead)
                        break
                items.append(
                    _Mention(
                        a,
                        b,
                        trig.group(0) if trig else "",
                        _category(text, a, b) if trig else "other",
                        True,
                    )
                )
            if len(items) >= 2:
                mentions.extend(items)
            if len(parts) >= 2:
                covered.append((start, k + 1 + (head.end() if head else 0)))
    return mentions, covered


def _category(text: str, start: int, end: int) -> str:
    """The category of a name: its last trigger, or the last but a generic head (活动):
    集中宣讲活动 is a lecture, “安康杯”竞赛活动 a competition."""
    g = grammar()
    triggers = [m.group(0) for m in g.trigger_re.finditer(text, start, end)]
    specific = [t for t in triggers if t not in g.generic_heads]
    return g.category[(specific or triggers)[-1]] if triggers else "other"


def _listed_sites(text: str, end: int, hi: int) -> list[tuple[int, int]]:
    """The places of 参观了长辛店二七纪念馆、中国人民抗日战争纪念馆, one span each."""
    match = re.match(r"了?([^，。；“”]{4,60}?)(?=，|。|；|$)", text[end:hi])
    if not match or "、" not in match.group(1):
        return []
    sites, pos = [], end + match.start(1)
    for piece in match.group(1).split("、"):
        if grammar().site_re.search(piece):
            sites.append((pos, pos + len(piece)))
        pos += len(piece) + 1
    return sites if len(sites) >= 2 else []


def _programmes_in(text: str, lo: int, hi: int) -> list[_Mention]:
    """Named programmes in a list of topics: “区级工会加强年”专项工作."""
    out = []
    for m in re.finditer(r"“[^”]{2,16}[年月周]”", text[lo:hi]):
        trig = grammar().trigger_re.match(text, lo + m.end())
        if trig:
            out.append(
                _Mention(
                    lo + m.start(),
                    trig.end(),
                    trig.group(0),
                    _category(text, lo + m.start(), trig.end()),
                    True,
                )
            )
    return out


def _periods(text: str, lo: int, hi: int) -> list[_Mention]:
    """A campaign named for its period and carried by other activities: 以“安全生产月”
    为载体, 开展“安全宣传周”…"""
    out = []
    for m in re.finditer(
        r"(?:以|开展|举办|启动)(“[^”\d]{2,12}[月周]”)(?=为载体|，|。)", text[lo:hi]
    ):
        out.append(_Mention(lo + m.start(1), lo + m.end(1), "", "campaign", True))
    return out


def _quoted_programmes(text: str, lo: int, hi: int) -> list[_Mention]:
    """A programme launched under a quoted name and headed 工作, 计划 or 工程: 启动开展
    “转作风、促发展”机关科级以上干部联系工会服务站工作, 实施“职工学历提升计划”.
    (工作 alone names no activity.) Its category is its last trigger's, else campaign."""
    out = []
    for m in grammar().programme_re.finditer(text, lo, hi):
        group = "launched" if m.group("launched") else "running"
        category = _category(text, m.start(group), m.end(group))
        kind = category if category != "other" else "campaign"
        out.append(_Mention(m.start(group), m.end(group), "", kind, True))
    return out


_TAUGHT_RE = re.compile(r"(?:讲授|讲解|解读)(?P<what>[^，。；、“”]{0,8}《[^》]{2,30}》)")


def _taught_documents(text: str, lo: int, hi: int) -> list[_Mention]:
    """A session on a document: 为学员讲授新修改的《工会法》 is a lecture."""
    return [
        _Mention(m.start(), m.end(), "", "lecture", True) for m in _TAUGHT_RE.finditer(text, lo, hi)
    ]


def _site_visits(text: str, lo: int, hi: int) -> list[_Mention]:
    """A group going to a site: 学员们走进平北抗日战争纪念馆, 雍建民来到…养护工地.
    The mention runs from the verb to the site."""
    out = []
    quoted = _quoted_spans(text[lo:hi])
    for m in grammar().movement_re.finditer(text, lo, hi):
        if any(a <= m.start() - lo < b for a, b in quoted):
            continue  # 开展“深入基层、走进企业”大调研: a slogan
        if text[max(lo, m.start() - 4) : m.start()].endswith(grammar().reporters):
            continue  # 记者走进部分企业: the reporting itself
        if grammar().site_re.search(m.group("site")):
            out.append(_Mention(m.start(), m.end("site"), "", "visit", True))
    return out


def _visit_object(text: str, end: int, hi: int) -> int:
    """A visit's name runs on to what is visited: 参观企业文化车间."""
    match = re.match(
        r"了?([^，。；、“”]{2,25}?)(?=学习|相结合|进行|开展|了解|，|。|、|；|$)", text[end:hi]
    )
    return end + match.end() if match else end


def _mentions(text: str, s_start: int, s_end: int) -> list[_Mention]:
    """Activity mentions of one sentence: list items first, then triggers, each folded
    into the longest name it stands in."""
    g = grammar()
    found, covered = _list_mentions(text, s_start, s_end)
    found += _periods(text, s_start, s_end)
    programmes = _quoted_programmes(text, s_start, s_end) + _taught_documents(text, s_start, s_end)
    found += programmes
    covered = covered + [(m.start, m.end) for m in programmes]
    raw: list[_Mention] = []
    for t_start, t_end, word in _trigger_matches(text, s_start, s_end):
        if any(a <= t_start < b for a, b in covered):
            continue
        if text.startswith(g.modified_nouns, t_end):
            continue  # 培训计划, 调研报告, 培训工作: the trigger modifies another noun
        if text.startswith("”", t_end) and text.startswith(g.modified_nouns, t_end + 1):
            continue  # “送清凉”专项资金: a quoted programme naming a fund, not the activity
        if text[max(s_start, t_start - 2) : t_start].endswith(g.verb_adverbs):
            continue  # 各企业工会迅速行动: a trigger right after such an adverb is a verb
        start = _name_start(text, s_start, t_start)
        end = t_end
        quote_closes = text.startswith("”", t_end) and "“" in text[start:t_end]
        # 以“新时代企业工会工作怎么干”为题，为学员讲授专题党课: named by its title
        titled = _TITLED_RE.search(text[s_start:start])
        title = titled.group("title") if titled else None
        specific = bool(title) or _is_specific(text[start:t_end], word, quote_closes)
        if not specific and text.startswith("的", t_end):
            continue  # 新纳入竞赛的项目: the activity qualifies a noun
        if quote_closes and specific:
            end += 1  # “暖冬行动”: the name with its closing mark
        if g.category[word] == "visit":
            if text[max(s_start, t_start - 4) : t_start].endswith(g.reporters):
                continue  # 记者走访了部分企业: the reporting itself
            end = _visit_object(text, end, s_end)
            # 参观了…调节池建设工地: a visit to a named site is an activity of its own
            specific = specific or bool(g.site_re.search(text[t_end:end]) and end - t_end >= 4)
            sites = _listed_sites(text, t_end, s_end)
            if len(sites) >= 2:  # 参观了A、B: one visit each
                raw.extend(_Mention(a, b, word, "visit", True) for a, b in sites)
                continue
        raw.append(_Mention(start, end, word, _category(text, start, t_end), specific, title))
    # a group going to a site: one visit, with the visit trigger that follows it (来到
    # …服务站进行参观, 来到…工地，慰问一线职工), or only the place of another activity
    # named after it (走进…康复中心，开展…主题活动)
    for v in _site_visits(text, s_start, s_end):
        later = [m for m in raw if m.start >= v.end]
        if any(m.category != "visit" for m in later):
            continue
        raw = [m for m in raw if m not in later and not (v.start <= m.start < v.end)]
        raw.append(v)
    raw.sort(key=lambda m: m.start)
    # a trigger inside a later name is part of it: 专项活动 in …专项活动助力…座谈会
    kept: list[_Mention] = []
    for m in raw:
        inside = [k for k in kept if m.start <= k.start and k.end <= m.end]
        kept = [k for k in kept if k not in inside]
        named = [k for k in inside if k.specific]
        if named and not m.specific:
            # 参观并考察了工地: the named mention carries the activity
            m = _Mention(named[0].start, m.end, named[0].trigger, named[0].category, True)
        kept.append(m)
    return sorted(found + kept, key=lambda m: m.start)


_DURATION_RE = re.compile(
    r"为期(?P<num>\d+|[一二三四五六七八九十百两半]+)(?P<unit>天|日|周|个月|月|年|小时)"
)
_DAYS = {"天": 1, "日": 1, "周": 7, "个月": 30, "月": 30, "年": 365, "小时": 1 / 24}
_PLACE_RE = re.compile(
    r"在(?P<place>[^，。；、“”]{2,20}?)(?:正式|隆重|共同|成功)?(?:举办|举行|召开|开班|开幕|开展)"
)
_VISIT_PLACE_RE = re.compile(
    r"(?:来到|走进|前往|深入)(?P<place>[^，。；、]{2,24}?)(?:，|。|、|开展|举办|进行|参观)"
)
_ORGANISER_RE = re.compile(r"由(?P<org>[^，。；的]{2,24}?)(?:承办|主办|组织|举办|牵头)")
#: How alike a photo caption and the sentence of an activity must be to be the same.
CAPTION_SIMILARITY = 0.15
_ANAPHORA = (
    "此次",
    "本次",
    "这次",
    "这场",
    "这项",
    "该项",
    "此类",
    "这些",
    "该",
    "这一",
    "上述",
    "本届",
    "此届",
)


def _duration(sentence: str) -> tuple[float, str] | None:
    match = _DURATION_RE.search(sentence)
    if not match:
        return None
    raw = match.group("num")
    value = 0.5 if raw == "半" else (int(raw) if raw.isdigit() else chinese_to_int(raw))
    if value is None:
        return None
    return value * _DAYS[match.group("unit")], match.group(0)


def _count(sentence: str, lo: int, hi: int, category: str = "other"):
    """The participant count of an activity in its stretch of the sentence (from its
    name to the next activity): the count nearest before a verb of taking part (二十余家
    企业参加招聘, 1100余名职工参赛), else the first. Competitions and campaigns are
    counted in the units that enter them when the clause gives both (400余家企事业单位
    超过4.2万名职工参与)."""
    counts = list(_counts(sentence, lo, hi))
    if not counts:
        return None
    prefer = "organisations" if category in ("competition", "campaign") else "people"
    joins = [m.start() for m in re.finditer("参加|参与|参赛|聆听|出席|到场", sentence[lo:hi])]
    for j in joins:
        clause_start = max(sentence.rfind(p, 0, lo + j) for p in "，；：")
        before = [c for c in counts if c[0] < lo + j]
        same_clause = [c for c in before if c[0] > clause_start]
        preferred = [
            c for c in same_clause if c[2] == prefer and not _modifies_next(sentence, c, counts)
        ]
        if preferred:
            return preferred[-1]
        if before:
            return before[-1]
    preferred = [c for c in counts if c[2] == prefer]
    return (preferred or counts)[0]


def _modifies_next(sentence: str, count, counts) -> bool:
    """31家企业的1100余名职工: a count of units that qualifies the next count."""
    later = [c for c in counts if c[0] > count[0]]
    return bool(later) and "的" in sentence[count[1].end : later[0][0]]


def _counts(sentence: str, lo: int, hi: int):
    g = grammar()
    for match in g.count_re.finditer(sentence, lo, hi):
        q = parse_number(match)
        if q is None or q.value <= 0 or match.group("num") == "一":
            continue  # 一家三甲医院, 一家快递分拨中心: an indefinite article, not a count
        unit = g.unit_of[match.group("unit")]
        tail = sentence[match.end() : match.end() + 12]
        if unit == "people" and re.match(r"[^，。]{0,6}?(元|万元|份|次|天|岁|\d年)", tail):
            continue
        if sentence[max(0, match.start() - 2) : match.start()].endswith(("新增", "累计")):
            continue  # 新增22名: a count of people hired, not of participants
        post = sentence[match.end() : match.end() + 2]
        if post in POST_QUALIFIERS:
            q = replace(q, qualifier=POST_QUALIFIERS[post])
        yield match.start(), q, unit, match.group(0)


#: A total reported for a campaign (共发放…20万份, 受教育人数50万人): it has been held.
_TOTAL_RE = re.compile(f"(?:{NUMBER_RE.pattern})(?:人次|人|名|份|家|次|元|个|场|项|户)")


def _status(text: str, sentence: tuple[int, int], mention: _Mention) -> str:
    """held, planned or ongoing, from the sentence around the mention."""
    g = grammar()
    s_start, s_end = sentence
    c_end = next((c for c in _clauses(text, mention.end, s_end)), (s_end, s_end))[1]
    governing = text[max(s_start, mention.start - 8) : mention.start]
    after = text[mention.end : mention.end + 2]
    if any(w in governing for w in g.ongoing):
        return "ongoing"  # 以正在开展的…教育实践活动为契机
    done = any(w in governing for w in g.done) or after.startswith(("了", "已"))
    # a plan governs what it announces, even a yearly one (从明年起每年举办…)
    if not done and _has_word(text, s_start, mention.start, g.planned):
        return "planned"
    if _has_word(text, s_start, c_end, g.ongoing):
        return "ongoing"
    if done:
        return "held"
    if mention.category == "campaign" and not _TOTAL_RE.search(text, s_start, s_end):
        # a campaign reported in the present runs (深入开展…教育实践活动); one reported
        # with its totals (共发放…20万份, 受教育人数50万人) has been held
        return "ongoing"
    return "unmarked"


_UNTIL_RE = re.compile(
    r"^[^，。；]{0,6}?(?:持续到|持续至|延续到|到|至)(?=[今明去本]年|\d|[一二三四五六七八九十])"
)


def _extend_to(draft: ActivityDraft, after: str) -> None:
    """走访活动将持续到12月底, “暖冬行动”将持续到明年2月底: the end of an activity
    whose start was read before."""
    until = _UNTIL_RE.match(after)
    if not until or draft.date is None or draft.date.end_month or draft.date.end_day:
        return
    ends = find_dates(after[until.end() :])
    if not ends or ends[0].start != 0 or ends[0].month is None:
        return
    end = ends[0]
    draft.date = replace(
        draft.date,
        end_year=end.year,
        end_relative_year=end.relative_year,
        end_month=end.month,
        end_day=end.day,
    )


def _still_running(text: str, m: _Mention, s_end: int) -> bool:
    """这项关爱行动仍在持续开展, 走访活动将持续到12月底: a later mention that says the
    activity is still running, in its own clause."""
    clause_end = next((c for c in _clauses(text, m.end, s_end)), (s_end, s_end))[1]
    return _has_word(text, m.end, clause_end, grammar().still_running)


def _has_word(text: str, lo: int, hi: int, words: tuple[str, ...]) -> bool:
    """Whether one of ``words`` stands in ``text[lo:hi]`` as a word of its own, outside
    quotations: 要 in 要积极开展, not in 要求 or 重要."""
    region = text[lo:hi]
    quoted = _quoted_spans(region)
    bounds = _word_bounds(region)
    for w in words:
        for m in re.finditer(re.escape(w), region):
            if any(a <= m.start() < b for a, b in quoted):
                continue
            if m.start() in bounds and (len(w) > 1 or m.end() in bounds):
                return True
    return False


def in_directive_clause(text: str, start: int, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` stands in a clause citing a directive being carried
    out: 落实密云区委深入开展“…”活动和…工作要求, 认真落实密云区委和北京市总工会决策部署."""
    g = grammar()
    clause_start = max(text.rfind(p, 0, start) for p in "，。；：") + 1
    before = text[clause_start:start]
    after = re.match(r"[^，。；：]*", text[end if end is not None else start :]).group(0)
    return any(w in before for w in g.directive_opening) and after.endswith(g.directive_closing)


def _is_background(text: str, mention: _Mention) -> bool:
    """A meeting cited for its spirit, a national event or a programme cited as the
    directive being carried out: background, not news."""
    name = text[mention.start : mention.end]
    if text[mention.end : mention.end + 2] == "精神":
        return True
    if in_directive_clause(text, mention.start, mention.end):
        return True
    if mention.category != "meeting" or "精神" in name:
        # 学习贯彻党的十九大精神培训班 is a course and 学习贯彻党的十九大精神座谈会 a
        # meeting of their own, not the congress
        return False
    if name.lstrip("“").startswith(("中央", "全国", "中共", "党的十", "十八", "十九", "二十")):
        return True
    return bool(events_in(name))


def _mentioned_again(
    draft: ActivityDraft,
    paragraph: int,
    text: str,
    sentence: tuple[int, int],
    m: _Mention,
    stretch: tuple[int, int],
) -> None:
    """A later mention of an activity already read: it may say that the activity still
    runs (目前，这项关爱行动仍在持续开展) and until when (将持续到明年2月底), and adds
    counts and durations, not its sentence's date (这场培训 in a quote dated by
    something else)."""
    draft.mentions.append((paragraph, m.start, m.end))
    if draft.status == "held" and _still_running(text, m, sentence[1]):
        draft.status = "ongoing"
    _extend_to(draft, text[m.end : sentence[1]])
    _enrich(draft, text, sentence, m.start, stretch, dates=False)


def find_activities(
    texts: list[str], captions: frozenset[int] = frozenset()
) -> list[ActivityDraft]:
    """Activities of an article, from the text of its body paragraphs (and photo
    captions, indices in ``captions``) in reading order. A caption that tells of an
    activity already read is one more mention of it."""
    g = grammar()
    found: list[ActivityDraft] = []
    for p, text in enumerate(texts):
        previous_planned = False
        for s_start, s_end in sentences(text):
            sentence_text = text[s_start:s_end]
            sentence_planned = any(w in sentence_text for w in g.planned)
            if found and any(w in sentence_text for w in g.joining_words):
                # 每年，有400余家…参与其中: the count of the activity just read
                _enrich(found[-1], text, (s_start, s_end), s_start, (s_start, s_end), dates=False)
            opens_with_course = any(w in sentence_text[:14] for w in g.within_course)
            after_meeting = sentence_text.startswith(g.after_meeting)
            umbrella: int | None = None  # an earlier campaign this sentence details
            mentions = _mentions(text, s_start, s_end)
            sentence_campaigns: list[int] = []  # campaigns this sentence reported
            for i, m in enumerate(mentions):
                if _is_background(text, m):
                    continue
                stretch = (
                    s_start if i == 0 else m.start,
                    mentions[i + 1].start if i + 1 < len(mentions) else s_end,
                )
                name = text[m.start : m.end]
                bare = name.lstrip("“")
                anaphoric = (
                    bare.startswith(_ANAPHORA)
                    or text[max(0, m.start - 2) : m.start] in _ANAPHORA
                    or _team_of(sentence_text) == m.category
                )
                same = _same_name(found, bare.strip("，、 "))
                if same is None and p in captions:
                    same = next(
                        (
                            i
                            for i, d in enumerate(found)
                            if d.category == m.category
                            and similarity(texts[d.paragraph][slice(*d.sentence)], text)
                            >= CAPTION_SIMILARITY
                        ),
                        None,
                    )
                # a later mention (组织了20支代表队进行比赛) takes the counts said
                # before it too, back to the mention before
                back = (mentions[i - 1].end if i else s_start, stretch[1])
                if same is not None:
                    _mentioned_again(found[same], p, text, (s_start, s_end), m, back)
                    continue
                if _is_method(text, s_start, m, found):
                    continue  # 培训采取集中授课、交流研讨: how a course was run
                host = _campaign_hosting(found, sentence_campaigns, sentence_text, m)
                if host is not None:
                    # 开展“两节”送温暖活动，…走访慰问困难职工; 行动期间，…逐户走访: the
                    # visits a campaign is made of
                    _mentioned_again(found[host], p, text, (s_start, s_end), m, back)
                    continue
                nearby = _antecedent(found, m.category)
                # an unnamed activity already reported in this paragraph, or one that
                # someone took part in (自己参加比赛就是…) anywhere before
                if nearby is not None and found[nearby].paragraph != p and not _attended(text, m):
                    nearby = None
                governed = (
                    not m.specific
                    and m.trigger not in g.needs_name
                    and _governed(text, m, s_start)
                    and nearby is None
                )
                if anaphoric or (not m.specific and not governed):
                    earlier = _antecedent(found, _anaphor_category(text, m) or m.category)
                    if earlier is None and anaphoric:
                        earlier = len(found) - 1 if found else None
                    if earlier is not None:
                        _mentioned_again(found[earlier], p, text, (s_start, s_end), m, back)
                        if found[earlier].category == "campaign":
                            umbrella = earlier
                        continue
                    if not m.specific and (
                        m.trigger in g.needs_name or not _governed(text, m, s_start)
                    ):
                        continue
                category = m.category
                if category == "campaign" and any(w in sentence_text for w in g.volunteering):
                    category = "volunteering"
                in_course = opens_with_course or any(w in sentence_text for w in g.within_course)
                if (
                    category == "training"
                    and not m.specific
                    and in_course
                    and _antecedent(found, "training") is not None
                ):
                    category = "lecture"  # 进行业务培训 inside a course: one of its sessions
                draft = ActivityDraft(
                    paragraph=p,
                    trigger=m.trigger,
                    category=category,
                    # 以“新时代基层工会工作实务”为题作专题辅导: the talk is named by its title
                    name=m.title or name.strip("，、 "),
                    name_start=m.start,
                    trigger_end=m.end,
                    sentence=(s_start, s_end),
                    status=_status(text, (s_start, s_end), m),
                )
                if draft.status == "unmarked":
                    # a sentence with no marker of its own continues a plan before it
                    # (学习形式要多样化。通过支部生活会、读书会…等形式，…), unless it
                    # dates what it reports (今年1月，…走访慰问困难职工)
                    dated = any(d.month or d.day for d in find_dates(sentence_text))
                    draft.status = "planned" if previous_planned and not dated else "held"
                _enrich(draft, text, (s_start, s_end), m.start, stretch)
                draft.parent = _parent(
                    found, draft, umbrella, opens_with_course, after_meeting, sentence_text
                )
                if draft.parent is not None and draft.date is None:
                    first_day = any(
                        w in sentence_text for w in ("首日", "第一天", "当天")
                    ) or draft.name.endswith(g.opening_words)
                    draft.date_from_parent = "first_day" if first_day else "within"
                if draft.date is None and draft.parent is None and draft.status == "held":
                    draft.date = _inherited_date(found, text, s_start, sentence_text)
                found.append(draft)
                if draft.category == "campaign":
                    sentence_campaigns.append(len(found) - 1)
                if not m.trigger and "为载体" in text[m.end : m.end + 4]:
                    umbrella = len(found) - 1  # 以“安全生产月”为载体，开展…: its parts follow
            previous_planned = sentence_planned
    for draft in found:
        if draft.date and draft.date.month is None and draft.date.day is not None:
            draft.date = _with_month_before(texts, draft.paragraph, draft.date)
    return found


def _with_month_before(texts: list[str], paragraph: int, day: DateText) -> DateText:
    """A bare day (16日下午) is in the month last named before it (7月14日至18日),
    which is nearer than the article's own month."""
    # the last date before it that names a day (11月8日至9日), else a month that is
    # not a span of months (6月至11月 leaves the month open)
    for needs_day in (True, False):
        for p in range(paragraph, -1, -1):
            dated = [
                d
                for d in find_dates(texts[p])
                if d.month is not None
                and (d.day is not None or not needs_day)
                and (d.day is not None or d.end_month is None)
                and (p < paragraph or d.end <= day.start)
            ]
            if not dated:
                continue
            last = dated[-1]
            month = last.month
            # a range across months (6月27日至7月3日): 1日 is in its last month
            if last.end_month and last.day and day.day < last.day:
                month = last.end_month
            return replace(
                day,
                year=last.year,
                relative_year=last.relative_year,
                month=month,
                month_from_context=True,
            )
    return day


def _inherited_date(
    found: list[ActivityDraft], text: str, s_start: int, sentence: str
) -> DateText | None:
    """A held activity whose sentence gives no date: the previous activity's, after
    结束后/会后 (the same day); else the last date of the previous sentence
    (今年4月，…新增22名社工。“…我们举办了…培训班。”)."""
    if found and re.match(r".{0,8}(结束后|会后|随后|之后)", sentence):
        return found[-1].date
    previous = [s for s in sentences(text) if s[1] <= s_start]
    if not previous:
        return None
    p_start, p_end = previous[-1]
    dates = [
        d
        for d in find_dates(text[p_start:p_end])
        if d.month or d.year or d.relative_year is not None
    ]
    if not dates:
        return None
    d = dates[-1]
    return DateText(
        d.start + p_start,
        d.end + p_start,
        d.text,
        d.year,
        d.relative_year,
        d.month,
        d.day,
        d.end_month,
        d.end_day,
        d.end_year,
        d.relative,
    )


def _same_name(found: list[ActivityDraft], name: str) -> int | None:
    """An activity of the article printed again under the same name, or nearly
    (“发展年、作风年”干部教育实践教育活动 and “发展年、作风年”教育实践教育活动)."""
    for i, draft in enumerate(found):
        if not draft.name:
            continue
        quoted = "“" in draft.name or "”" in name
        if quoted and draft.name.strip("“”") == name.strip("“”"):
            return i  # “暖冬行动” again (a bare 座谈会 may be another one)
        if len(name) < 6:
            continue
        if draft.name.endswith(name):
            return i
        # the series an edition belongs to, printed without its year or round
        # (开发区职工职业技能竞赛 after 2019年北京经济技术开发区职工职业技能竞赛决赛)
        if name in draft.name and draft.category == _category(name, 0, len(name)):
            return i
        if similarity(draft.name, name) >= 0.7 and draft.category == _category(name, 0, len(name)):
            return i
    return None


def similarity(a: str, b: str) -> float:
    """Overlap of character bigrams (Jaccard)."""
    x = {a[i : i + 2] for i in range(len(a) - 1)}
    y = {b[i : i + 2] for i in range(len(b) - 1)}
    return len(x & y) / len(x | y) if x and y else 0.0


def _is_method(text: str, s_start: int, m: _Mention, found: list[ActivityDraft]) -> bool:
    """A mention after 采取/采用 in a sentence about an activity already read."""
    before = text[s_start : m.start]
    if not found or not any(v in before for v in grammar().method_verbs):
        return False
    return any(t in before for t in ("培训", "活动", "课程", "此次", "本次"))


def _campaign_hosting(
    found: list[ActivityDraft], in_sentence: list[int], sentence: str, m: _Mention
) -> int | None:
    """The campaign a visit is part of: one reported earlier in the same sentence, or
    the one a sentence opening 行动期间 / 活动中 speaks from inside."""
    if m.category != "visit":
        return None
    if in_sentence:
        return in_sentence[-1]
    opening = re.match(r"(行动|活动)(期间|中)", sentence)
    if opening:
        return _antecedent(found, "campaign")
    return None


def _attended(text: str, m: _Mention) -> bool:
    """参加比赛, 参与培训, 带队参观: an unnamed activity taken part in or led, not
    organised."""
    return text[max(0, m.start - 3) : m.start].endswith(
        ("参加", "参与", "参加了", "参与了", "带队", "陪同", "出席")
    )


#: A talk given under a title: 以《深刻把握四中全会精神实质》为题作专题辅导, 以“…”为题，
#: 为学员讲授专题党课.
_TITLED_RE = re.compile(
    r"以(?P<title>“[^”]{2,30}”|《[^》]{2,30}》)为题[，,]?(?:为[^，。；]{1,8}?)?"
    r"(?:作|做|进行|开展|讲授|讲)?了?$"
)


def _team_of(sentence: str) -> str | None:
    """调研组先后走访了…: a sentence whose subject is the team of an activity (调研组,
    慰问团, 考察组) tells what that activity did; the category of the team's trigger."""
    match = grammar().trigger_re.match(sentence)
    if match and sentence[match.end() : match.end() + 1] in ("组", "团"):
        return grammar().category[match.group(0)]
    return None


def _governed(text: str, m: _Mention, s_start: int = 0) -> bool:
    """An unnamed activity is real when a verb of its sentence acts on it: 进行了分组
    研讨, 召开座谈会."""
    before = text[max(s_start, m.start - 6) : m.start]
    if "为了" in before or before.endswith("除了"):
        return False  # 为了准备比赛: a purpose, not an activity held
    return any(v in before for v in grammar().verbs) or before.endswith(("了", "开"))


def _anaphor_category(text: str, m: _Mention) -> str | None:
    """此次培训…课程 refers to a course: the category of the word after 此次."""
    bare = text[m.start : m.end].lstrip("“")
    for marker in _ANAPHORA:
        if bare.startswith(marker):
            trig = grammar().trigger_re.match(bare, len(marker))
            return grammar().category[trig.group(0)] if trig else None
    return None


def _antecedent(found: list[ActivityDraft], category: str) -> int | None:
    """The latest activity of ``category`` (a course for a training mention)."""
    for i in range(len(found) - 1, -1, -1):
        if found[i].category == category:
            return i
    return None


_SUB_CATEGORIES = frozenset({"lecture", "visit", "meeting", "other"})


def _parent(
    found: list[ActivityDraft],
    draft: ActivityDraft,
    umbrella: int | None,
    opens_with_course: bool,
    after_meeting: bool,
    sentence: str,
) -> int | None:
    """The activity this one is part of, when the text says so."""
    for i in range(len(found) - 1, -1, -1):  # 2023年…培训班开班仪式 is part of 2023年…培训班
        named = found[i].name
        if named and len(named) >= 6 and named in draft.name and named != draft.name:
            return i
    if umbrella is not None and draft.category in (
        "campaign",
        "meeting",
        "visit",
        "lecture",
        "other",
    ):
        return umbrella
    if after_meeting and draft.category in ("visit", "other"):
        return _antecedent(found, "meeting")
    g = grammar()
    if draft.trigger in g.stage_words or draft.trigger in g.ceremony_words:
        # 中式烹调师决赛, 竞赛颁奖仪式: a round or the prize-giving of the competition
        # reported before
        for i in range(len(found) - 1, -1, -1):
            if found[i].category == "competition" and found[i].trigger not in g.stage_words:
                return i
    if draft.category in _SUB_CATEGORIES:
        course = _antecedent(found, "training")
        if course is None or found[course].status != "held":
            return None
        if opens_with_course or any(w in sentence for w in grammar().within_course):
            return course
    return None


def _enrich(
    draft: ActivityDraft,
    text: str,
    sentence: tuple[int, int],
    trig_start: int,
    stretch: tuple[int, int],
    dates: bool = True,
) -> None:
    """Fill what the sentence says about the activity and was not known yet; counts
    are read from the activity's own stretch of the sentence."""
    s_start, s_end = sentence
    sentence_text = text[s_start:s_end]
    pos = trig_start - s_start
    if draft.date is None and dates:
        dates = [
            d
            for d in find_dates(sentence_text)
            if (d.month or d.year or d.relative or d.relative_year is not None or d.day)
            and (draft.status == "planned" or not is_planned(sentence_text, d.start))
            # 比去年下降了一半: a comparison, not when the activity was
            and not sentence_text[max(0, d.start - 2) : d.start].endswith(
                ("比", "较", "同比", "相比")
            )
        ]
        # not a year that is part of the name (2018年…培训班); the most precise date
        # before the activity, else the first after it
        name_span = (draft.name_start - s_start, draft.trigger_end - s_start)
        dates = [d for d in dates if not name_span[0] <= d.start < name_span[1]]
        before = [d for d in dates if d.start <= pos]
        precise = [d for d in before if d.month or d.day or d.relative]
        pick = (precise or before)[-1] if before else (dates[0] if dates else None)
        if pick is not None:
            draft.date = replace(pick, start=pick.start + s_start, end=pick.end + s_start)
    if draft.participants is None:
        count = _count(sentence_text, stretch[0] - s_start, stretch[1] - s_start, draft.category)
        if count:
            _, q, unit, written = count
            draft.participants = int(q.value)
            draft.participants_unit = unit
            draft.participants_qualifier = q.qualifier
            draft.participants_text = written
    if draft.duration_days is None:
        in_name = re.search(
            r"(\d+|[一二三四五六七八九十两]+)(天|日|周|个月)$",
            text[draft.name_start : draft.trigger_end - len(draft.trigger)],
        )
        duration = (
            _duration("为期" + in_name.group(0))
            if in_name  # 40天专项行动
            else _duration(sentence_text)
        )
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
