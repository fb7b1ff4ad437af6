"""Whether words name a place: a venue noun ends them (中心, 宾馆, 公园…
``reference/activities.yaml: venues``), or a place or an organisation the entity
recogniser (:mod:`gonghui_build.text.ner`, LAC's LOC and ORG) reads there ends them, and
none of them is a verb, a time or a number of its own, but for the numbers and
localisers that are part of a venue's name (第二工人文化宫, 某大厦三楼会议室, 某楼602会议室,
南某市场).
The frames a place stands in, and which place is an activity's, are
:mod:`gonghui_build.extract.activities.places`'s."""

from __future__ import annotations

import functools
import re

from gonghui_build import reference as lexicon
from gonghui_build.extract.activities.grammar import words
from gonghui_build.text import ner
from gonghui_build.text.clauses import in_spans, quoted_spans

#: LAC tags a place never holds: verbs, times, numerals, pronouns, particles, localisers
#: (职工中), adverbs, conjunctions, people.
_NOT_IN_PLACE = frozenset(
    {"v", "vd", "TIME", "t", "m", "q", "r", "p", "c", "PER", "u", "d", "ad", "f", "xc"}
)
#: LAC's tags of a named place: a place or an organisation.
NAMED = frozenset({"LOC", "ORG"})


def words_over(tagged: tuple[ner.Word, ...], start: int, end: int) -> list[ner.Word]:
    return [w for w in tagged if w.start < end and start < w.end]


def venue_kind(text: str, start: int, end: int, tagged: tuple[ner.Word, ...]) -> bool | None:
    """Whether ``text[start:end]`` is a place: None when it is not; True when it is a
    named one (an entity of place or organisation in it), False for a venue noun alone
    (县城, 矿区)."""
    place = text[start:end]
    not_places = words("not_places")
    if len(place) < 2 or not_places.starting(place) or place in words("not_place_words"):
        return None
    over = words_over(tagged, start, end)
    if over and _frame_word_fused(text, over[0], start):
        # 在市职工服务|中心: the recogniser read 在 and the place as one word; all of the
        # place so (在市职工服务中心): a venue by its noun alone
        if over[0].end == end:
            return False if words("venues").ending(place) else None
        over = over[1:]
    if not over or over[0].start < start or over[-1].end > end:
        return None  # the words of the text do not begin and end where the place does
    quoted = [(a + start, b + start) for a, b in quoted_spans(place)]
    if any(
        w.tag in _NOT_IN_PLACE
        and not in_spans(w.start, quoted)
        and not _indefinite(w)
        and not _floor_number(over, k)
        and not _room_number(over, k)
        and not _split_from_name(over, k)
        and not _name_read_as_localiser(over, k)
        and not _purpose_of_venue(text, w, end)
        and not _in_venue_noun(place, w.start - start)
        and not works_of_project(text, w.start, end)
        and not _side_of_building(over, k)
        and not _numbered_crew(over, k)
        for k, w in enumerate(over)
    ):
        return None
    named = any(w.tag in NAMED for w in over)
    if words("venues").ending(_floor_off(place.rstrip("”"))) or over[-1].tag in NAMED:
        return named
    if _numbered_crew(over, len(over) - 1):
        return True  # 某煤业|综采|一队: a named body's numbered crew
    if words("division_works").ending(place) and divisions_own(place):
        return named  # 县粮食加工厂: a county's works, though no venue noun ends it
    return None


def works_of_project(text: str, at: int, end: int) -> bool:
    """The works a project is named by, right before its head noun (某污水处理厂|改|扩建|
    项目, 某大桥|新建|工程|施工现场: the recogniser reads 改 as a verb): part of the site's
    name, no verb of the clause. From ``at`` the words of building (``project_works``)
    run on to a project's head (``project_heads``) and the rest of the place."""
    rest = text[at:end]
    works = words("project_works")
    while word := works.starting(rest):
        rest = rest[len(word) :]
    return len(rest) < end - at and words("project_heads").starting(rest) is not None


def after_demonstrative(over: list[ner.Word], start: int) -> int | None:
    """Where a place opened by a demonstrative of a division or a body begins (在|该区|
    某花园项目施工现场, 在|该公司|职工之家): the words after it, the place the text names;
    the demonstrative (a pronoun to the recogniser) refers back, naming nothing itself."""
    first = over[0] if over else None
    if first is None or first.start != start or first.tag != "r" or first.text[0] != "该":
        return None
    return first.end if len(over) > 1 else None


def divisions_own(place: str) -> bool:
    """县粮食加工厂, 市第二中学: a place a division's level word opens (县, 市, 区…
    ``org_suffixes.yaml: place_markers``), the one that division owns, however plain its
    words (the recogniser reads 县|粮食|加工厂 as nouns); not a venue noun alone (县城,
    市场). A gazetteer's list of the works a campaign ran in (the tuning gold of
    real_dev4 gives 县砖瓦厂、县粮食加工厂; s40 acts42, real pages of county gazetteers)."""
    level = lexicon.words("org_suffixes.yaml", "place_markers").starting(place)
    return level is not None and len(place) > 2 and place not in words("venues").words


def _frame_word_fused(text: str, first: ner.Word, start: int) -> bool:
    """The frame's 在 or 于 read by the recogniser as one word with the start of the
    place after it (在市职工服务|中心): a preposition's word that starts one character
    before the place and runs into it; or a body's name read as one with the 在 and the
    place after it (某市妇联在市职工服务中心, 区总工会联合区妇联在区职工服务中心: the recogniser
    reads a women's federation, a union's usual partner on real pages of s37, so); or
    that name read as one with the 利用 of premises and the place after it (某厂工会利用厂
    俱乐部: ``premises_openers``)."""
    premises = words("premises_openers").ending(text[max(0, start - 4) : start])
    if text[start - 1 : start] not in ("在", "于") and not premises:
        return False
    if not first.start < start < first.end:
        return False
    return (first.tag == "p" and first.start == start - 1) or first.tag in NAMED


def _floor_number(over: list[ner.Word], k: int) -> bool:
    """The number of a floor the recogniser cut from its 楼 or 层 (综合楼|一|楼多功能厅):
    a number before a word that opens with one, inside the place."""
    w = over[k]
    return (
        w.tag == "m" and k + 1 < len(over) and bool(_FLOOR.fullmatch(w.text + over[k + 1].text[0]))
    )


def _room_number(over: list[ner.Word], k: int) -> bool:
    """The number of a room after the building it is in (管委会|818|会议室, 某楼|602|会议室):
    digits the recogniser reads as a numeral, between the building and a room noun
    (``room_nouns``); part of the venue, no count of the clause."""
    w = over[k]
    return (
        w.tag == "m"
        and 0 < k < len(over) - 1
        and bool(_ROOM.fullmatch(w.text))
        and over[k + 1].text in words("room_nouns")
    )


#: A room's number: two to four digits (818, 1208).
_ROOM = re.compile(r"[0-9０-９]{2,4}")


def _split_from_name(over: list[ner.Word], k: int) -> bool:
    """A one-character verb between a named entity and the noun the place ends with
    (山东某学院长|清|校区: the recogniser cut the name of a campus in the wrong place):
    part of the name, not a verb of the clause."""
    w = over[k]
    return (
        w.tag == "v"
        and len(w.text) == 1
        and 0 < k == len(over) - 2
        and over[k - 1].tag in NAMED
        and over[k + 1].tag == "n"
    )


#: An ordinal that numbers a venue of a kind (第二工人文化宫, 第一人民医院): a number
#: written in characters after 第, nothing after it.
_ORDINAL = re.compile("第[一二三四五六七八九十]+")


#: A floor or a number of a room or a hall inside a place (某大厦三楼会议室, 2号会议室,
#: 五层报告厅), the block of a complex (某中心A座报告厅), the section of a works (某城际铁
#: 路2标段) or its phase (某产业园二期项目工地, 某线三期工程施工现场: real pages, s37, a
#: district's show and a city union's 送清凉 on works sites so numbered): a number written
#: before 楼, 层, 号, 标 or 期, a number or a letter before 座.
_FLOOR = re.compile(r"(?:\d{1,3}|[一二三四五六七八九十]{1,3})[楼层号标期]|(?:\d{1,2}|[A-Z])座")


#: A floor ending a place (门诊楼三层, 综合楼5楼): a number before 层 or 楼, nothing after.
_FLOOR_END = re.compile(r"(?:\d{1,3}|[一二三四五六七八九十]{1,3})[楼层]$")


def _floor_off(place: str) -> str:
    """The place without the floor that ends it (门诊楼三层: 门诊楼), so that the venue
    noun before the floor ends it: a building's floor is a place in that building, as a
    room on it is (某大厦三楼会议室)."""
    return _FLOOR_END.sub("", place)


def _indefinite(w: ner.Word) -> bool:
    """一处, 一个: an indefinite article inside a place (台湖镇一处安置房工地); 之 of
    职工之家; the ordinal of a venue's name (第二工人文化宫); the floor of a room
    (某大厦三楼会议室)."""
    article = w.tag == "m" and len(w.text) == 2 and w.text[0] == "一"
    numbered = w.tag == "m" and bool(_ORDINAL.fullmatch(w.text) or _FLOOR.fullmatch(w.text))
    return article or w.text == "之" or numbered


def _numbered_crew(over: list[ner.Word], k: int) -> bool:
    """A named body's numbered crew ending the place (某煤业|综采|一队, 某矿|掘进|二队):
    the crew's number and the work it is named by (read as a verb) are part of the
    place, not a count or a verb of the clause."""
    last = len(over) - 1
    if last < 1 or not _CREW.fullmatch(over[last].text) or k not in (last, last - 1):
        return False
    named = any(w.tag in NAMED for w in over[: last - 1])
    return over[last - 1].tag in NAMED or (named and over[last - 1].tag in ("v", "vn", "n"))


#: A crew numbered in characters or digits: 一队, 二队, 3队, 三车间, 五工区.
_CREW = re.compile(r"(?:[一二三四五六七八九十]{1,3}|\d{1,2})(?:队|车间|工区)")


def _name_read_as_localiser(over: list[ner.Word], k: int) -> bool:
    """A name the recogniser takes for a localiser because it opens with one (某镇|前某|
    工会|驿站, 某镇|后某工会|驿站): after a named place and before more of the place, or
    longer than any localiser (two characters), or a direction opening the place (南|某
    市场)."""
    w = over[k]
    if w.tag != "f":
        return False
    if k == 0 and len(over) > 1 and w.text in _DIRECTIONS:
        return True  # 南|零工市场|工会驿站: a quarter named by its direction
    return len(w.text) > 2 or (0 < k < len(over) - 1 and over[k - 1].tag in NAMED)


def _side_of_building(over: list[ner.Word], k: int) -> bool:
    """A localiser between a building and the open venue before it that ends the place
    (区政府门|前|广场, 市民中心|前|广场, 某大厦|南侧|广场): which square, part of the
    venue's name, no localiser of the clause."""
    w = over[k]
    return (
        w.tag == "f"
        and 0 < k == len(over) - 2
        and over[k + 1].text in words("open_venues_by_buildings")
    )


def _purpose_of_venue(text: str, w: ner.Word, end: int) -> bool:
    """A verb that is part of what a venue is for, right before the venue noun that ends
    the place (某山劳模疗|休养|基地: the recogniser reads 疗 as a verb): the purpose
    (``venue_purposes``) runs over the word and the venue noun follows it to the end."""
    for m in words("venue_purposes").finditer(text, max(0, w.start - 3), end):
        if m.start() <= w.start and w.end <= m.end() and text[m.end() : end] in _venue_set():
            return True
    return False


def _in_venue_noun(place: str, offset: int) -> bool:
    """A word inside the venue noun that ends the place (新时代文明实践|所: the recogniser
    cuts the noun and reads its 所 as a particle): part of the noun, no particle or verb
    of the clause. Only a noun of two characters or more, a word the list names."""
    noun = words("venues").ending(place)
    return noun is not None and len(noun) > 1 and offset >= len(place) - len(noun)


@functools.cache
def _venue_set() -> frozenset[str]:
    """The venue nouns as a set, made once (asked for each word over each place)."""
    return frozenset(words("venues").words)


#: The directions a name may open with (南门广场, 东湖公园), read as localisers.
_DIRECTIONS = frozenset("东南西北")


def is_venue(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` names a place: a venue noun or an entity of place or
    organisation ends it, and nothing in it is a verb, a time or a number."""
    return venue_kind(text, start, end, ner.words(text)) is not None
