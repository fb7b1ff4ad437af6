"""Where an activity was held: a venue or a named place, never a verb phrase or a date.

A place is read from the frames news puts it in (:mod:`.place_frames`): ``在区委党校举办``,
``在某文化宫为职工宣讲``, ``…比赛在昌平区体育馆落幕``, ``于9月在武汉举办``, ``一行到昌吉回族
自治州调研``, ``来到…服务中心``, ``赴江苏苏州疗休养``, ``参观了…施工现场``, ``…开幕，
比赛地点在市体育中心``. What a
frame holds is a place only when it looks like one
(:mod:`gonghui_build.extract.activities.venue_words`): it ends with a venue noun (中心,
宾馆, 公园, 工地, 纪念馆… ``reference/activities.yaml: venues``), or it is a place or an
organisation the entity recogniser (:mod:`gonghui_build.text.ner`, LAC's LOC and ORG)
reads there, and it holds no verb, time or number of its own. Of the places of a
sentence, the one nearest the activity's words is its place; none when none is near: no
place rather than a wrong one.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from gonghui_build import reference as lexicon
from gonghui_build.extract.activities.grammar import words
from gonghui_build.extract.activities.here_places import referred_back, venue_before_localiser
from gonghui_build.extract.activities.listed_sites import first_of_sites, round_of_listed_sites
from gonghui_build.extract.activities.place_frames import LONGEST, frame_spans, frames
from gonghui_build.extract.activities.venue_words import (
    NAMED,
    after_demonstrative,
    divisions_own,
    is_venue,
    venue_kind,
    words_over,
)
from gonghui_build.extract.dates.expressions import find_dates
from gonghui_build.text import ner
from gonghui_build.text.clauses import clause_end, clause_start, clauses

#: How far (in characters) a place may stand from the activity's mention.
NEAREST = 30
#: The organisations' word lists, where the count of places is defined once.
ORG_FILE = "org_suffixes.yaml"


@dataclass(frozen=True)
class Place:
    start: int
    end: int
    text: str
    named: bool  # holds a place or an organisation the recogniser reads
    going: bool = False  # gone to (来到…): also the place of the next clause
    labelled: bool = False  # set out after the event (…开幕，比赛地点在…)
    site: bool = False  # a site gone round (参观了A, 走访了A): perhaps one of a list


def _pieces(text: str, start: int, end: int, tagged) -> list[tuple[int, int]]:
    """What of a frame's words may be the place: all of them; the place after 的, or
    before it (位于花乡的…公司, 前湾港区的12个作业点); the named places before a count or
    an indefinite article (张家湾、宋庄两个乡镇, 桑珠孜区一家藏毯厂), the place before a
    verb (某村施工路段, 企业某车间学习…);
    the first of two joined by 和 (…服务中心和…公司); the places a list closed by 等
    gives (望京、三里屯等地)."""
    out = [(start, end)]
    if "的" in text[start:end]:
        cut = text.index("的", start, end)
        out += [(cut + 1, end), (start, cut)]
    over = words_over(tagged, start, end)
    count = next((w.start for w in over if w.tag == "m"), None)
    # a named place before a count, not a venue noun alone (县城十二个单位: no place)
    named = count is not None and any(w.tag in NAMED for w in over if w.end <= count)
    if count is not None and count > start and named:
        out.append((start, count))  # 桑珠孜区一家藏毯厂: the named place it is in
    k = next((i for i, w in enumerate(over) if w.tag in ("v", "vn")), None)
    verb = over[k].start if k is not None else None
    if (
        verb is not None
        and verb > start
        and not _verb_in_venue_name(text, verb, end)
        and not _builder_before(text, over, k)
    ):
        out.append((start, verb))  # 某乡某村施工路段: the named place the works are in
    if (after := after_demonstrative(over, start)) is not None:
        out.append((after, end))  # 在该区某项目施工现场: the place after the pronoun
    joined = re.search("[和及与]", text[start:end])
    if joined:
        out.append((start, start + joined.start()))
    listed = text.find("等", start, end)
    if listed > start:
        out.append((start, listed))  # 望京、三里屯等地: the places listed
    return out


def _verb_in_venue_name(text: str, verb: int, end: int) -> bool:
    """The verb stands inside a venue's name: the item of a list it is in runs on to a
    venue noun (县消防|救援|大队、交警执勤点…: a fire brigade, not 县消防 and a deed of
    rescue), so the words before it are no place of their own. A visit's list of sites
    (s39 acts38, real pages of a Guangdong county union's 送清凉 rounds: 先后赶赴县某大队、
    某执勤点、县文化广场等地) was cut to the words before the first verb."""
    comma = text.find("、", verb, end)
    item_end = comma if comma >= 0 else end
    return words("venues").ending(text[verb:item_end]) is not None


def _builder_before(text: str, over: list[ner.Word], k: int) -> bool:
    """走进某街道总工会|建设|的“暖新驿站”: an organisation right before a verb that opens a
    relative clause (the verb, then 的) is the one that built or runs what follows, not a
    place (the tuning gold of real_dev4 gives that visit no place); a place so (在某街道
    某大街|建成|的…) is where it stands, and stays."""
    w = over[k]
    return (
        k > 0
        and over[k - 1].tag == "ORG"
        and re.match("了?的", text[w.end : w.end + 2]) is not None
    )


def _candidates(text: str, lo: int, hi: int, tagged: tuple[ner.Word, ...]) -> list[Place]:
    """The places the frames of ``text[lo:hi]`` hold, a named one before a venue noun
    alone; a list (上海、无锡) is a place when each item is one."""
    out = []
    for frame in frames():
        held: set[int] = set()  # the openings whose shortest span held a place
        for span in frame_spans(frame, text, lo, hi):
            if span[0] in held or _under_patron(text[span[0] : span[1]]):
                continue
            found = []
            for a, b in _pieces(text, *span, tagged):
                # the sites after 参观 are visits of their own, one place each
                if frame.building and not words("building_venues").ending(text[a:b]):
                    continue
                items = [(a, b)] if frame.sites else _items(text, a, b)
                kinds = [venue_kind(text, x, y, tagged) for x, y in items]
                if None in kinds and not frame.sites:
                    kinds = _joined_kinds(text, a, b, tagged) or kinds
                if kinds and None not in kinds and not _kinds_of_places(kinds, text, items):
                    found.append(
                        Place(a, b, text[a:b], any(kinds), frame.going, frame.labelled, frame.sites)
                    )
            found.sort(key=lambda p: not p.named)
            if found:
                # the shortest span of an opening that holds a place; a later opening of
                # the same frame holds its own (来到A开展现场教学，并走进B参观学习: A and B)
                out.append(found[0])
                held.add(span[0])
    return out


def _under_patron(framed: str) -> bool:
    """The words a frame's 在 opens end 的…下 with a word of patronage (在区总工会的指导下,
    在上级工会的领导和支持下): the body before 的 guides or backs the activity; no place."""
    return _patron_re().search(framed) is not None


@functools.cache
def _patron_re() -> re.Pattern[str]:
    patronage = words("patronage_words").pattern
    return re.compile(f"的[^的，。；]{{0,6}}?(?:{patronage})下$")


def _kinds_of_places(kinds: list[bool | None], text: str, items: list[tuple[int, int]]) -> bool:
    """A list of venue nouns none of which is named (深入企业车间、建筑工地宣讲): the kinds
    of place an activity went round, no place of its own; not a list of a county's or a
    city's own works (在县砖瓦厂、县粮食加工厂开展…竞赛: :func:`.venue_words.divisions_own`)."""
    if len(kinds) < 2 or any(kinds):
        return False
    return not all(divisions_own(text[a:b]) for a, b in items)


def _joined_kinds(
    text: str, start: int, end: int, tagged: tuple[ner.Word, ...]
) -> list[bool | None] | None:
    """Two or more places joined by 和, 及 or 与 (到某镇工会驿站和某茶业有限公司开展现场
    教学, 在某社区和某社区开展…): the kinds of each, when each is a named place, so that
    the activity is at all of them, as the tuning gold reads them (real_dev2, real_dev4,
    real_dev5) and real pages write a course's study tour or a drive held at two sites;
    None when one of them is no named place (某环卫中心和两家物业公司: the first alone)."""
    if not re.search("[和及与]", text[start:end]):
        return None
    kinds, pos = [], start
    for piece in re.split("[、和及与]", text[start:end]):
        kinds.append(venue_kind(text, pos, pos + len(piece), tagged) if piece else None)
        pos += len(piece) + 1
    return kinds if len(kinds) > 1 and all(kinds) else None


def _items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The items of a list of places (上海、无锡), or the place itself."""
    out, pos = [], start
    for piece in text[start:end].split("、"):
        out.append((pos, pos + len(piece)))
        pos += len(piece) + 1
    return out


def _part(text: str, sentence: tuple[int, int], mention: tuple[int, int]) -> tuple[int, int]:
    """The part of the sentence, between semicolons, that holds the mention."""
    lo, hi = sentence
    before = text.rfind("；", lo, mention[0])
    after = text.find("；", mention[1], hi)
    return (before + 1 if before >= 0 else lo), (after if after >= 0 else hi)


#: The mention as the subject of the next clause, whose frame opens it (…公益活动，在某
#: 社区进行; …技术比赛，元月十日至十二日在某棉纺织厂举行; …作品展览，于本月8日在某文化宫
#: 开幕): a comma between them, and the date of the clause, if any, perhaps after 于.
_SUBJECT_THEN_FRAME = re.compile(
    r"”?(?:于(?P<when>[^，。；：在]{1,12}))?，于?(?P<date>[^，。；：]{0,16}?)(?:在|于)$"
)


def _subject_then_frame(between: str) -> bool:
    """``between`` (from the mention to a place after it) is a comma, then a date or
    nothing, then the frame's 在 or 于; the mention may be dated before the comma
    (首场报告会于5月6日，在市技师学院举行)."""
    shape = _SUBJECT_THEN_FRAME.fullmatch(between)
    if shape is None:
        return False
    return all(not part or _whole_date(part) for part in (shape["when"], shape["date"]))


def _whole_date(text: str) -> bool:
    """``text`` is one date, all of it."""
    return any(d.start == 0 and d.end == len(text) for d in find_dates(text))


def _near(text: str, place: Place, mention: tuple[int, int]) -> bool:
    """A place stands in the mention's clause, or gone to in the clause before it (来到
    …康复中心，开展…活动), or opens the next clause when the mention ends its own (由
    市总工会组织的“送法律进社区”活动，在某街道某社区进行)."""
    here = clause_start(text, mention[0])
    end = clause_end(text, mention[1])
    if place.start >= here:
        if place.start < end or place.labelled:
            return True  # 地点在…: set out after the event, in a clause of its own
        return _subject_then_frame(text[mention[1] : place.start])
    return place.going and place.start >= clause_start(text, max(0, here - 1))


def _setting(text: str, sentence: tuple[int, int], mention: tuple[int, int]) -> str | None:
    """在某镇某工会驿站，区总工会开展…活动: the venue a clause of its own sets, right
    before the clause of the activity."""
    here = clause_start(text, mention[0], sentence[0])
    if here <= sentence[0]:
        return None
    lo = clause_start(text, here - 1, sentence[0])
    at = re.fullmatch(
        f"在(.{{2,{LONGEST}}}?)(?:{words('localisers').pattern})?", text[lo : here - 1]
    )
    if at and is_venue(text, lo + 1, lo + 1 + len(at[1])):
        return at[1]
    # 医院工会于8月16日在某体育馆游泳池，成功地举办了…: the clause ends with the venue after
    # 在, and the activity's clause opens with the verb of holding it
    if not _held_here().match(text, here):
        return None
    at = re.search(f"在(.{{2,{LONGEST}}}?)(?:{words('localisers').pattern})?$", text[lo : here - 1])
    if at and is_venue(text, lo + at.start(1), lo + at.end(1)):
        return at[1]
    return None


@functools.cache
def _held_here() -> re.Pattern[str]:
    """A clause opening with the verb of holding an activity, after its adverb (成功地举办了,
    隆重举行): held at the venue the clause before ends with (real pages, s38: two hospital
    unions' reports of a swimming contest and a health talk, 在某体育馆游泳池，成功地举办了…,
    在七楼会议中心，成功举办了…)."""
    adverbs = words("holding_adverbs").pattern
    return re.compile(f"(?:{adverbs})?地?(?:{words('holding_verbs').pattern})")


def _opening_scene(text: str, sentence: tuple[int, int], mention: tuple[int, int]) -> str | None:
    """12月6日，某市体育馆内座无虚席，…隆重召开了…大会: the venue the sentence opens its
    scene in (a venue before a localiser, after the clause of its date, if any), for an
    activity its later clause reports."""
    here = clause_start(text, mention[0], sentence[0])
    for lo, hi in clauses(text, sentence[0], here):
        if any(d.end == hi - lo for d in find_dates(text[lo:hi])):
            continue  # the date the sentence opens with (本报讯 12月6日)
        return venue_before_localiser(text, lo, hi)
    return None


def place_of(
    text: str, sentence: tuple[int, int], mention: tuple[int, int], visit: bool = False
) -> str | None:
    """The place of the activity mentioned at ``mention`` in ``text[sentence]``: the
    venue nearest its words in its clause, or None. A visit mentioned by its site
    (参观了A、B) is at that site."""
    lo, hi = _part(text, sentence, mention)
    tagged = ner.words(text)
    if visit and is_venue(text, *mention):
        return text[mention[0] : mention[1]]
    best: tuple[int, Place] | None = None
    words("place_verbs").note_in(text[lo:hi])
    for place in _candidates(text, lo, hi, tagged):
        if not _near(text, place, mention):
            continue
        # gone to in the clause before (来到某市，就…进行调研指导): as near as that clause
        here = clause_start(text, mention[0])
        front = here if place.going and place.end <= here else mention[0]
        gap = max(place.start - mention[1], front - place.end, 0)
        if gap <= NEAREST and (best is None or gap < best[0]):
            best = (gap, place)
    if best:
        end = _list_end(text, best[1].end, hi, tagged)
        if "、" in text[best[1].start : end]:
            end = _counted_places_end(text, end)
        if _units_visited(text, end) or first_of_sites(text, best[1], end):
            return None
        if round_of_listed_sites(text, best[1], end):
            return None
        return text[best[1].start : end]
    return (
        _setting(text, sentence, mention)
        or _opening_scene(text, sentence, mention)
        or referred_back(text, sentence, mention)
    )


def _units_visited(text: str, end: int) -> bool:
    """走访了A厂、B厂等企业的困难职工家庭, 走进A、B等12家企业, 走访了A公司、B公司三家企业
    困难职工: the named sites are counted as units (``unit_closers``), bodies whose
    workers were seen; they name no place (ANNOTATION.md: a venue or a named place), as
    the tuning gold reads them (real_dev6, real_dev11)."""
    return _units_closing().match(text, end) is not None


@functools.cache
def _units_closing() -> re.Pattern[str]:
    """What closes a list of sites as units: 等企业, 等12家企业, 三家企业."""
    units = words("unit_closers").pattern
    counted = rf"[\d一二三四五六七八九十两几百多余]+家(?:{units})"
    closed = rf"等(?:{units}|[^，。；：、“”的]{{0,4}}?{counted})"
    return re.compile(rf"{closed}|{counted}")


def _list_end(text: str, end: int, hi: int, tagged: tuple[ner.Word, ...]) -> int:
    """Where the list of places a place ending at ``end`` opens ends (走访A区、B区、C区的困
    难职工, 走访A街道、B街道8户困难职工家庭, 走进A、B等园区): each item a place, the list
    closed by 的, 等 or a count, so that they are the places of one activity; ``end``
    when the place opens no such list (参观了A、B: each a visit of its own)."""
    last, pos = end, end
    while pos < hi and text[pos] == "、":
        after = [w for w in tagged if w.start > pos and w.start < hi]
        item = next(
            (w.start for w in after if w.text in ("、", "的", "等") or w.tag in ("m", "w")), None
        )
        if item is None or venue_kind(text, pos + 1, item, tagged) is None:
            return end
        last, pos = item, item
    closed = words("list_closers").starting(text, last) or any(
        w.start == last and w.tag == "m" for w in tagged
    )
    return last if last > end and closed else end


def _counted_places_end(text: str, last: int) -> int:
    """Where a list of places closed at ``last`` ends when a count of its places closes
    it (喜德、越西|两县, 抚顺、本溪|两市, 秦渡、余下|两个镇, 平谷、密云|两区县): after the
    count and its noun, which are part of the place as written; else ``last``."""
    counted = counted_places().match(text, last)
    return counted.end() if counted else last


@functools.cache
def counted_places() -> re.Pattern[str]:
    """两县, 三市, 两个乡镇 (``org_suffixes.yaml``: place_count_numerals and
    counted_place_nouns, the organisations' definition too): not the start of a body of
    those places (两区委党校, 两市政府)."""
    numerals = "".join(lexicon.words(ORG_FILE, "place_count_numerals").words)
    nouns = lexicon.words(ORG_FILE, "counted_place_nouns").pattern
    return re.compile(rf"[{numerals}]个?(?:{nouns})(?!委|级|长|政府)")
