"""An activity's name and category: where the name starts before its trigger word, the
category its triggers give, and whether it reads as a title rather than a clause.
Whether it names one activity (2023年密云区…培训班) or a kind (此次培训, 活动) is
:mod:`specific_names`'s; whether two names are one activity, :mod:`same_names`'s."""

from __future__ import annotations

import re

from gonghui_build.extract.activities.enumeration import enumeration_cut
from gonghui_build.extract.activities.grammar import categories, category_of, patterns, words
from gonghui_build.extract.activities.item_headings import ITEM_ORDINAL
from gonghui_build.extract.activities.next_rounds import is_next_round
from gonghui_build.extract.activities.specific_names import has_proper_element
from gonghui_build.extract.activities.trigger_guards import not_a_trigger
from gonghui_build.extract.dates.expressions import find_dates
from gonghui_build.extract.dates.year_parts import ends_with_school_holidays
from gonghui_build.layout.chronicles import DATE_DASHES
from gonghui_build.text import ner
from gonghui_build.text.clauses import clause_end, clause_start, in_spans, quoted_spans
from gonghui_build.text.numbers import COUNT_NUMERALS
from gonghui_build.text.tokenizer import occurrences, word_bounds
from gonghui_build.vocabulary import Category

#: A digest's numbering (2.), or a count of rounds (一场, 两期, 八场, 一届) before a name;
#: not a congress's term and session (三届二次职工代表大会).
_COUNTED = re.compile(
    rf"\d{{1,2}}[.．、](?!\d)|[\d{COUNT_NUMERALS}]+(?:场|期|次|项|批|轮|届(?![\d{COUNT_NUMERALS}]))(?!\d)"
)
_ITEM_ORDINAL = re.compile(ITEM_ORDINAL)
#: Two or more rounds counted right before a name (两期, 三十场, 四次).
_ROUNDS = re.compile(rf"(?<![第\d{COUNT_NUMERALS}])(\d+|[{COUNT_NUMERALS}]+)(?:场|期|次|轮)$")
_ROUNDS_AFTER = re.compile(rf"(\d+|[{COUNT_NUMERALS}]+)(?:场|期|次|轮)")
#: The same, about (50余场, 三十多场): read only for a plan's rounds (:func:`rounds_after`).
_ABOUT_ROUNDS_AFTER = re.compile(rf"(\d+|[{COUNT_NUMERALS}]+)(?:余|多)?(?:场|期|次|轮)")
#: How far after a trigger the words of an occasion (为契机) may stand in its name.
OCCASION_REACH = 8
#: Particles an activity's name never starts with: 举办了…, 由…承办的.
_PARTICLES = "了着过的"
#: A verb's complement of result (组织好, 办好, 开展好): a plan's wording of how well the
#: work is to be done, right after the verb that opens a name (s36 acts25, real pages: a
#: city plenary's tasks for the year).
_COMPLEMENTS = "好"
#: The dash a chronicle sets its entry's date off with (``3月7日——全市…表彰大会``): no
#: part of the name after the date (s51 acts66: a city union gazette's chronicle of 1986).
_DATE_DASH = re.compile(rf"\s*(?:{DATE_DASHES})\s*")
#: A count of years after a verb (成立100周年, 开放40周年): the verb names the anniversary a
#: printed name celebrates (庆祝某总工会成立100周年暨…竞赛), not the clause's own action.
_ANNIVERSARY_AFTER = re.compile(rf"[\d{COUNT_NUMERALS}]+周年")


def _verb_cut(region: str, quoted: list[tuple[int, int]]) -> int:
    """After the last verb, preposition or copula of the region (召开了|…座谈会, 出席开幕式
    并宣布|运动会开幕)."""
    bounds = word_bounds(region)
    cut = 0
    for section in ("verbs", "announcing_verbs", "prepositions", "method_verbs", "copulas"):
        for verb in words(section):
            for start in occurrences(region, verb):
                end = start + len(verb)
                # a verb ends a word (深入开展); a one-character one is a word (作, not 工作)
                whole = end in bounds and (len(verb) > 1 or start in bounds)
                if verb == "为" and "以" in region[:start]:
                    continue  # 以…为主要内容的知识竞赛: the frame states the content
                if _ANNIVERSARY_AFTER.match(region, end):
                    continue  # 庆祝…成立76周年职工诵读活动: the anniversary is in the name
                if whole and not in_spans(start, quoted):
                    words(section).found(verb)
                    cut = max(cut, end)
    return max(cut, _means_cut(region, quoted, bounds))


def _means_cut(region: str, quoted: list[tuple[int, int]], bounds: frozenset[int]) -> int:
    """After a preposition of means (一是以|竞赛凝聚…): a word of its own with no 为 after
    it (以…为主题的知识竞赛 states the content, and stays)."""
    cut = 0
    for word in words("means_prepositions"):
        for start in occurrences(region, word):
            end = start + len(word)
            whole = start in bounds and end in bounds
            if whole and not in_spans(start, quoted) and "为" not in region[end:]:
                words("means_prepositions").found(word)
                cut = max(cut, end)
    return cut


def _quotation_cut(region: str, quoted: list[tuple[int, int]], cut: int) -> int:
    """After a quoted sentence (“决赛的题目…。”本届竞赛); a quoted title (作“…”的专题辅导,
    “…知识培训”) stays in the name."""
    for a, b in quoted:
        titled = region.startswith("的", b) or (
            b == len(region) and not re.search("[。！？]", region[a:b])
        )
        if re.search("[。！？]", region[a:b]) and not titled:
            cut = max(cut, b)
    return cut


def _conjunction_cut(region: str, quoted: list[tuple[int, int]], cut: int) -> int:
    """理论培训与交流研讨: the activity after a conjunction has a name of its own; so has
    the one after a 、 closing a whole event's name (某某招聘会、某某论坛: enumeration)."""
    for m in re.finditer("[与和及]", region):
        before = region[cut : m.start()]
        if (
            m.start() > cut
            and not in_spans(m.start(), quoted)
            and (patterns().trigger.search(before) or words("work_heads").ending(before))
        ):
            cut = m.end()
    return enumeration_cut(region, quoted, cut)


def _attribute_cut(region: str, quoted: list[tuple[int, int]], cut: int) -> int:
    """A clause before 的 is no part of the name (由市总工会承办的, 为期一周的), unless
    it states the content (以劳动保护为主要内容的) or is the talk's quoted title."""
    for m in re.finditer("的", region):
        if in_spans(m.start(), quoted):
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
        if not words("content_attributes").starting(attribute):
            cut = m.end()
    return cut


def _list_cut(region: str, quoted: list[tuple[int, int]], cut: int) -> int:
    """健康讲座、技能比武、云课堂等“三八”系列活动: a list closed by 等 before the
    head is the series' content; its name starts after 等 (and 一系列, 多种…)."""
    for m in re.finditer("等", region):
        if m.start() < cut or in_spans(m.start(), quoted) or "、" not in region[cut : m.start()]:
            continue
        modifier = words("list_modifiers").starting(region, m.end())
        cut = m.end() + (len(modifier) if modifier else 0)
    return cut


def _clause_cut(text: str, start: int, region: str, quoted, cut: int, trigger: str) -> int:
    """After the last 了 (进一步提升了大赛的…) and after the verbs of a person (某某副
    主席宣布大赛启动, 某某到赛场观摩比赛): a clause with an aspect particle or a
    person acting as its subject is no part of a name, which starts after it (a person
    named in a name, 某某事迹报告会, does nothing there). A session or visit told
    by its verb (某某应邀授课) keeps its clause: it is told, not named."""
    for m in re.finditer("了", region):
        if m.start() >= cut and not in_spans(m.start(), quoted):
            cut = m.end()
    told = categories().get(trigger) in (Category.lecture, Category.visit)
    if told:
        return cut
    end = start + len(region)
    tagged = [w for w in ner.words(text) if start + cut <= w.start and w.end <= end]
    person = next((k for k, w in enumerate(tagged) if w.tag == "PER"), None)
    if person is None or any(in_spans(w.start - start, quoted) for w in tagged[person:]):
        return cut
    acts = [w for w in tagged[person + 1 :] if w.tag.startswith("v")]
    return acts[-1].end - start if acts else cut


def _occasion_cut(text: str, trigger_start: int, region: str, quoted, cut: int) -> int:
    """以…志愿服务活动为契机: the name of an occasion (or a carrier) starts after 以."""
    trigger = patterns().trigger.match(text, trigger_start)
    after = trigger.end() if trigger else trigger_start
    # …志愿服务活动为契机, …志愿服务易门行活动为契机: a few words of the name may follow
    occasion = next(words("occasion_words").finditer(text, after, clause_end(text, after)), None)
    if occasion is None or occasion.start() - after > OCCASION_REACH:
        return cut
    opening = [m.end() for m in re.finditer("以", region) if not in_spans(m.start(), quoted)]
    return max([cut, *opening])


def rounds_after(text: str, end: int, about: bool = False) -> bool:
    """A count of two or more rounds right after a name (举办洽谈会六次, 全年共开展各类职工
    培训126场): the rounds are held, whatever their name, as a count before it says. A
    count about (``about``: 还将组织送福活动50余场) only for a plan's rounds: a year's
    tally of 260余场次 stays a tally (test_acts21)."""
    rounds = (_ABOUT_ROUNDS_AFTER if about else _ROUNDS_AFTER).match(text, end)
    return rounds is not None and rounds[1] not in ("1", "一")


def counted_rounds(before: str) -> bool:
    """The words before a name end with a count of two or more rounds (再办两期, 组织
    三十场): the rounds are held, whatever their name."""
    rounds = _ROUNDS.search(before)
    return rounds is not None and rounds[1] not in ("1", "一")


def name_start(text: str, lo: int, trigger_start: int, own_name: bool = True) -> int:
    """Where an activity's name begins: after the organising verb or the clause start,
    and after a relative clause about who organised or attended it
    (``由市总工会承办的``, ``100多人参加的``); quotations are never cut. The start of
    a list (``own_name`` False) keeps a clause a name would not (:func:`_clause_cut`)."""
    if words("verb_object_triggers").starting(text, trigger_start):
        return trigger_start  # 在某影剧院观看电影: the trigger is its own verb and object
    start = clause_start(text, trigger_start, lo)
    region = text[start:trigger_start]
    quoted = quoted_spans(region)
    cut = _verb_cut(region, quoted)
    cut = _quotation_cut(region, quoted, cut)
    cut = _conjunction_cut(region, quoted, cut)
    cut = _attribute_cut(region, quoted, cut)
    cut = _list_cut(region, quoted, cut)
    cut = _occasion_cut(text, trigger_start, region, quoted, cut)
    if own_name:
        trigger = patterns().trigger.match(text, trigger_start)
        cut = _clause_cut(text, start, region, quoted, cut, trigger[0] if trigger else "")
    while cut < len(region) and region[cut] in _PARTICLES:
        cut += 1
    if 0 < cut < len(region) and region[cut] in _COMPLEMENTS and region[cut - 1] not in "“":
        cut += 1  # 组织好第四届…技能大赛: the verb's complement, no word of the name
    rest = region[cut:]
    lead = words("leading_words").starting(rest)
    if lead and len(rest) > len(lead):
        cut += len(lead)
    # 2.东城区总工会…: a digest's numbering; 一场“骑手年夜饭”, 两期培训班: how many
    counted = _COUNTED.match(region, cut)
    if counted and counted.end() < len(region):
        cut = counted.end()
    elif ordinal := _ITEM_ORDINAL.match(region, cut):
        cut = ordinal.end()  # 一是劳动竞赛热火朝天: a round-up item's ordinal, no word of it
    return start + cut + _leading_date(region[cut:])


def _leading_date(rest: str) -> int:
    """The length of a month or day written first in a name (…和1987年10月第五次会员代表
    大会): the activity's date, no part of its name. A year alone (2023年…培训班) is, and
    so are the schools' holidays (2024年暑期托管班, 暑期研学活动: the kind of the class)."""
    first = next(iter(find_dates(rest)), None)
    if first is None or first.start != 0 or first.month is None or first.end >= len(rest):
        return 0
    if ends_with_school_holidays(first.text):
        return 0
    dash = _DATE_DASH.match(rest, first.end)
    return dash.end() if dash and dash.end() < len(rest) else first.end


def trigger_matches(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """Trigger words, each extended to a longer trigger starting inside it
    (专题培训 + 培训班 → 专题培训班, category of 培训班). A trigger whose last character
    begins a verb (图片展 + 展示 in 以图片展示了…) is part of that verb, no trigger."""
    trigger = patterns().trigger
    out = []
    for m in trigger.finditer(text, lo, hi):
        start, end, word = m.start(), m.end(), m.group(0)
        for k in range(start + 1, end):
            longer = trigger.match(text, k, hi)
            if longer and longer.end() > end:
                end, word = longer.end(), longer.group(0)
        if (out and start < out[-1][1]) or not_a_trigger(text, start, end, word):
            continue
        out.append((start, end, word))
    return out


def category(text: str, start: int, end: int) -> Category:
    """The category of a name: its last trigger, or the last but a generic head (活动):
    集中宣讲活动 is a lecture, “安康杯”竞赛活动 a competition; a series (系列活动) is a
    campaign whatever its quoted words name."""
    triggers = [m.group(0) for m in patterns().trigger.finditer(text, start, end)]
    specific = [t for t in triggers if t not in words("generic_heads")]
    if triggers and triggers[-1] in words("series_heads"):
        return Category.campaign  # “职工健步走”系列活动: a series, whatever its rounds are
    if triggers and triggers[-1] in words("generic_heads"):
        # 送温暖慰问活动: a programme the head gathers is the campaign
        programmes = [t for t in specific if categories()[t] == Category.campaign]
        if programmes:
            return Category.campaign
    return category_of((specific or triggers)[-1]) if triggers else Category.other


#: One round counted first in a name (一场文艺演出, 一期培训班): how many, told by the verb's
#: object (为职工献上一场文艺演出), no word of the name.
_ONE_ROUND = re.compile(r"(?:一|1)(?:场|期|次|台)")
# 共举办20场文艺演出, 组织三十余场演出: the count of shows held opens the name, no word of it
# (s38 acts35, real pages: a Leshan city union's 20 caravan shows, a Dalian union's 13
# shows, a Wuhan rail bureau's 12 shows told so); 场 only, a course's 期 left as it was.
_ROUNDS_HELD = re.compile(r"[0-9零一二两三四五六七八九十百]+(?:余|多)?场")


def one_round_length(name: str, trigger: str) -> int:
    """The length of a count of one round, or of shows held (20场文艺演出 → 3), that opens
    a name whose rest is at least its trigger (一场文艺演出 → 2; 一场“骑手年夜饭” → 2),
    else 0. The count still makes the mention one event (is_specific reads it); the name
    a reader would give is without it."""
    counted = _ONE_ROUND.match(name) or _ROUNDS_HELD.match(name)
    if counted is None or len(name) - counted.end() < len(trigger):
        return 0
    return counted.end()


def without_demonstrative(name: str) -> str:
    """这个研讨会 → 研讨会: the demonstrative is no part of the name."""
    marker = words("demonstratives").starting(name)
    return name[len(marker) :] if marker and len(name) > len(marker) else name


def printed_name(name: str, trigger: str) -> str:
    """The name an activity is printed under: without a demonstrative (这个研讨会) and,
    for a service given (no trigger of its own), without its verb of giving (开展义诊 →
    义诊, 开展了免费测血压、测血糖服务, 提供免费体检): the service is what is given, as
    the gold names one (首场体检 of 为80余名职工开展首场体检, real_dev11). A name that
    is all verb stays."""
    name = without_demonstrative(name)
    verb = None if trigger else words("service_verbs").starting(name)
    if not verb:
        return name
    length = len(verb) + (1 if name.startswith("了", len(verb)) else 0)
    return name[length:] if len(name) - length >= 2 else name


def is_title(text: str, start: int, end: int, trigger: str, kind: Category) -> bool:
    """``text[start:end]`` is a name a reader would use as a title, not a clause: no
    visit told by its verb (一行到…调研, 走访慰问了…), no person in it (…杭雪梅主持
    讲座), no demonstrative (这个研讨会), no adverbial (面对面地向职工宣讲), and its
    trigger no verb taking an object after it (宣讲十九大精神). A demonstrative before it
    (这个研讨会) is left out of the name (:func:`without_demonstrative`)."""
    name = text[start:end]
    if is_next_round(name):
        return False  # 第二期将于9月…举办: the round by its ordinal alone
    if name in words("staged_programme_heads"):
        return False  # 为码头工人送上…节目: a troupe's show, the programmes no name of it
    quoted = [(a + start, b + start) for a, b in quoted_spans(name)]
    if words("teaching_verbs").starting(name) or words("leading_words").starting(name):
        return False  # 讲授《工会法》, 与…负责同志座谈: a session told by its verb
    if patterns().trip.match(name):
        return False  # 赴黄山开展疗休养, 赴武当山、神农架等地疗休养: a trip told by its verb
    if (
        kind == Category.visit
        and not re.search("[”》]$", name)
        and (not trigger or name.endswith(trigger) or not words("generic_heads").ending(name))
        # “暖心到岗”系列慰问走访活动: a named round of visits before a generic head (s23)
        and not has_proper_element(name[: -len(words("generic_heads").ending(name) or name)])
    ):
        return False
    if words("clause_marks").in_text(_unquoted(name, quoted, start)):
        return False
    tagged = ner.words(text)
    inside = [w for w in tagged if start <= w.start and w.end <= end]
    if any(w.tag == "PER" and not in_spans(w.start, quoted) for w in inside):
        return False
    after = next((w for w in tagged if w.start >= end), None)
    last = inside[-1] if inside else None
    return not (
        last is not None
        and last.tag == "v"
        and after is not None
        and after.start == end
        and after.tag in ("n", "nz", "vn", "LOC", "ORG", "m")
    )


def _unquoted(name: str, quoted: list[tuple[int, int]], offset: int) -> str:
    """The name with its quotations and titles blanked out."""
    return "".join(" " if in_spans(i + offset, quoted) else ch for i, ch in enumerate(name))
