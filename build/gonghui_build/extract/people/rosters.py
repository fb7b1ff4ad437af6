"""Lines of a roster: ``吴立新 青禾电子有限公司数控车间高级技师`` — a name, then the body the
person works at and the post they hold there, one person a line, as lists of award winners,
delegates and attendees print them (often with the space between the name and the body lost).

The name comes first, so neither the title chains (title before name) nor the
organisation grammar (which would read the name as the start of the body's name) see
the shape: this module finds where the name ends and the body begins, for both.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations.edges import splits_zone_word
from gonghui_build.extract.organisations.grammar import find_org_spans
from gonghui_build.extract.organisations.names import suffix_of, suffix_types
from gonghui_build.extract.organisations.org_spans import OrgSpan
from gonghui_build.extract.organisations.units import unit_after
from gonghui_build.extract.people.composed import composed_name
from gonghui_build.extract.people.name_columns import is_name_cell
from gonghui_build.extract.people.name_notes import BRACKETED_NOTE
from gonghui_build.extract.people.rolls import ROW_NUMBER
from gonghui_build.extract.people.roster_names import roster_name, worded_surname_name
from gonghui_build.extract.people.rules import caption_person
from gonghui_build.extract.people.titles import TitleClaim, is_post, unit_and_head
from gonghui_build.extract.people.transliterated_alone import marked_enough
from gonghui_build.layout.roster import GRADE_TAIL, LISTED_NAME
from gonghui_build.text import ner, places
from gonghui_build.text.chars import is_cjk, is_written_word_char, without_spaces
from gonghui_build.text.names import (
    NAME_DOTS,
    WORD_NAME_TAGS,
    is_plausible_name,
    is_spaced_name,
)
from gonghui_build.text.places import PREFECTURE, PROVINCE
from gonghui_build.text.tokenizer import Token, dictionary_tag, tag_tokens

#: The longest line read as a roster line, and the longest post after the body.
_MAX_LINE, _MAX_POST = 60, 20
#: What a roster line never holds: the punctuation of running text.
_SENTENCE = re.compile(r"[。，；！？：:,;]")
#: A transliterated name (某某某·某某某某): parts of Chinese characters joined by a
#: middle dot, set apart from the body after it by a space or by a bracketed note
#: (某某·某某（维吾尔族） 某公司厨师), as a name of Chinese characters may be.
_TRANSLITERATED = re.compile(
    rf"[\u4e00-\u9fff]{{2,8}}(?:[{NAME_DOTS}][\u4e00-\u9fff]{{1,8}})+(?=\s|[（(])"
)
#: The first part of a transliterated name and its middle dot.
_FIRST_PART = re.compile(rf"[\u4e00-\u9fff]{{2,8}}[{NAME_DOTS}]")
#: What may open a roster line before the name: an item's number (1. 2、 （3） ①) or a
#: short label and a colon (上海：, 一等奖：).
_OPENING = re.compile(
    r"(?:\d{1,3}[.．、]|[（(]\d{1,3}[)）]|[\u2460-\u2473]|[\u4e00-\u9fff]{1,6}[：:])\s*"
)


@dataclass(frozen=True)
class RosterLine:
    name: str
    name_end: int  # the name is text[name_start:name_end]
    body: OrgSpan  # offsets in the line's text
    post: str | None  # None when what follows the body names no post
    name_start: int = 0  # past an item's number or a label (1.某某, 上海：某某)


def _name_sizes(
    text: str,
    tokens: list[Token],
    at: int = 0,
    breaks: frozenset[int] = frozenset(),
    worded: bool = False,
) -> list[int]:
    """The lengths a name opening the line at ``at`` may have: where jieba ends a word,
    longest first (吴立新|青禾…, 苏华|南华大学…); a transliterated name, to the space
    after it. ``worded``: a name that is also a word (金星, 白雪) set apart by a space is
    one too (:func:`.roster_runs.worded_line_names`: the lines around it are the signal)."""
    transliterated = _TRANSLITERATED.match(text, at)
    if transliterated:
        return [transliterated.end() - at]
    first_part = _FIRST_PART.match(text, at)
    if first_part:  # 某某·某某|新疆某公司: the space lost, the body opens with a place
        dot = first_part.end()
        places = [t.start for t in tokens if t.tag == "ns" and dot + 2 <= t.start <= dot + 6]
        return [places[0] - at] if places and all(map(is_cjk, text[dot : places[0]])) else []
    apart = _set_apart_name(text, at, breaks)
    if apart is not None:
        return [apart - at]
    compound = text[at : at + 2] in lexicon.surnames().compound
    sizes = (4, 3) if compound else (3, 2)
    ends = {t.end for t in tokens}
    if worded:
        return [n for n in sizes if _worded_cell(text, at, at + n, breaks)]
    return [n for n in sizes if at + n in ends and roster_name(text, at, at + n, breaks)]


def _worded_cell(text: str, start: int, end: int, breaks: frozenset[int]) -> bool:
    """A name-shaped cell (:func:`.name_columns.is_name_cell`) set apart by a space,
    that jieba's dictionary lacks or knows as a name, a place or a proper noun (金星/nz,
    白雪/nr; not 高温/n), and no division of China (金昌 某镍业公司电解工)."""
    apart = text[end : end + 1].isspace() or end in breaks
    word = text[start:end]
    tag = dictionary_tag(word)
    named = is_name_cell(word) and not places.lookup(word)
    return apart and named and (tag is None or tag in WORD_NAME_TAGS)


#: The longest name of no Han shape read before a roster line's space (额尔德尼巴雅尔).
_APART_REACH = 8


def _set_apart_name(text: str, at: int, breaks: frozenset[int]) -> int | None:
    """边巴　某环卫所环卫工, 努尔兰　某棉业公司机修工: the end of a name of Mongolian or
    Tibetan elements (:mod:`.composed`, one element of two characters too) or of one
    transcribed part written mostly with transcription marks (:func:`.marked_enough`),
    printed with no surname and set apart by a space from the body after it. Honour
    lists of Tibet's, Inner Mongolia's and Xinjiang's unions print such names one a line
    (s39); the Han name sizes cut them or read none. The space may be one the layout took
    out (``breaks``)."""
    reach = range(at + 1, min(len(text), at + _APART_REACH + 1))
    space = next((i for i in reach if text[i].isspace() or i in breaks), None)
    if space is None or not all(map(is_cjk, text[at:space])):
        return None
    return space if _a_name_of_no_han_shape(text[at:space]) else None


def _a_name_of_no_han_shape(name: str) -> bool:
    """``name`` is made of Mongolian or Tibetan elements (one of two characters too) or
    is one transcribed part written mostly with transcription marks."""
    if len(name) < 2:
        return False
    if composed_name(name, 0, alone=False, short=True) == len(name):
        return True
    return len(name) >= 3 and marked_enough(name)


def _body_at(text: str, start: int) -> OrgSpan | None:
    """The body named right at ``start`` (its names printed one after another, 某公司
    某分公司某中心, read as one), with the unit of it printed before the post (某公司
    炼钢厂|炉长: the post is held there, :mod:`..organisations.units`), in the line's
    offsets."""
    rest = text[start:]
    tokens = tag_tokens(rest)
    spans = find_org_spans(rest, tokens)
    if not spans or spans[0].start != 0:
        return _model_body_at(text, start, tokens)
    end = spans[0].end
    for span in spans[1:]:
        if span.start != end:
            break
        end = span.end
    first = spans[0]
    return _with_unit(text, start, OrgSpan(0, end, rest[:end], first.suffix, first.type), tokens)


def _with_unit(text: str, start: int, body: OrgSpan, tokens: list[Token]) -> OrgSpan:
    """``body`` (in the offsets of ``text[start:]``) read on to the end of a unit printed
    right after it, in the line's offsets."""
    rest = text[start:]
    end = unit_after(rest, body, tokens) or body.end
    return OrgSpan(start, start + end, rest[:end], body.suffix, body.type)


def _model_body_at(text: str, start: int, tokens: list[Token]) -> OrgSpan | None:
    """The model's organisation right at ``start``, when it ends with a body's suffix
    (中国某某勘探局|采油二厂…: a name the grammar does not end)."""
    rest = text[start:]
    first = next((w for w in ner.words(rest) if w.tag == "ORG" and w.start == 0), None)
    suffix = suffix_of(rest, first.end) if first is not None else None
    if first is None or suffix is None:
        return None
    kind = suffix_types()[suffix]
    return _with_unit(text, start, OrgSpan(0, first.end, rest[: first.end], suffix, kind), tokens)


def _place_glued_to_body(line: str, start: int, end: int) -> bool:
    """金昌|某某有限公司…, 唐山港|某码头有限公司…: a name-shaped word that a place's
    name opens, printed with no space before the body, is the body's place (the line
    is a unit and a post, the name after them or none), not a person's name."""
    if end >= len(line) or line[end].isspace():
        return False
    return any(m.start == 0 for m in places.find_places(line[start:end]))


#: The last word of a line, set apart by a space from what precedes it: a name of two
#: to four characters, or one of two a list pads to the width of three (某医院 施　某:
#: award lists and prize lists align their names so), the padding kept in its span.
_CLOSING_WORD = re.compile(rf"\s+({LISTED_NAME})$")


def _city(name: str) -> bool:
    """A province or a city of prefecture level, by its full name or short form (金昌)."""
    return any(d.level in (PROVINCE, PREFECTURE) for d in places.lookup(name))


def _closing_name(line: str, after: int, worded: bool = False) -> bool:
    """A name closes the line past ``after``, set apart by a space (某公司电解工 吴某某):
    the line prints the body and the post first, so no name opens it (a place that opens
    the body, 金昌|某镍业公司, read as a name otherwise); ``worded``: a name whose given
    name is a frequent word (某公司电焊工 李长江) is one too (the caller checks a post
    precedes it), and so is a name of elements or of one transcribed part
    (:func:`_a_name_of_no_han_shape`: 某环卫所环卫工 边巴)."""
    closing = _CLOSING_WORD.search(line, after)
    if closing is None:
        return False
    name = without_spaces(closing.group(1))
    if is_plausible_name(name, strong_context=True):
        return True
    if worded and (is_spaced_name(name) or _a_name_of_no_han_shape(name)):
        return True
    return len(name) == 3 and worded_surname_name(line, closing.start(1), name, True)


def _grade_tail(line: str) -> tuple[str, str | None]:
    """The line without a grade closing it after a comma (the layout's
    :data:`~gonghui_build.layout.roster.GRADE_TAIL`), and the grade, a second post held at
    the line's body (the tuning gold writes both, real_dev5), its characters only (研 究员
    is 研究员); the line as it is and None when no post closes it so."""
    tail = GRADE_TAIL.search(line)
    grade = "".join(c for c in tail.group(1) if is_cjk(c)) if tail else ""
    if tail is None or not is_post(grade):
        return line, None
    return line[: tail.start()], grade


def _with_grade(post: str | None, grade: str | None) -> str | None:
    """The posts a roster line states, its grade (:func:`_grade_tail`) the last."""
    held = [p for p in (post, grade) if p]
    return _POSTS_JOINED.join(held) if held else None


def roster_line(
    text: str,
    tokens: list[Token] | None = None,
    breaks: frozenset[int] = frozenset(),
    worded: bool = False,
) -> RosterLine | None:
    """The name, body and post of a roster line, or None when ``text`` is no such line
    (``breaks``: where the page printed the spaces the text lost; ``worded``: a name
    that is also a word may open it, :func:`_name_sizes`)."""
    line, grade = _grade_tail(text.rstrip())
    opening = _OPENING.match(line) or ROW_NUMBER.match(line)
    at = opening.end() if opening else 0
    if opening and opening.re is ROW_NUMBER and not breaks:
        return None  # a row's other breaks kept (none after a digit), not 3名职工…
    if not line or len(line) > _MAX_LINE or _SENTENCE.search(line, at):
        return None
    tokens = tokens if tokens is not None else tag_tokens(line)
    for size in _name_sizes(line, tokens, at, breaks, worded):
        if _place_glued_to_body(line, at, at + size) or splits_zone_word(line, at + size):
            continue  # 吴中经|开区总工会: a zone's name, no person's
        note = BRACKETED_NOTE.match(line, at + size)  # 马某某（回族） 某公司厨师
        past = note.end() if note else at + size
        start = past + len(line[past:]) - len(line[past:].lstrip())
        body = _body_at(line, start)
        if body is None or (start == at + size and _city(line[at:start])):
            continue  # 金昌|某镍业公司: a city opens the body's name
        if _closing_name(line, body.end):
            return None  # 金昌|某镍业公司电解工 吴某某: the post first, the name last
        post = BRACKETED_NOTE.sub("", line[body.end :]).strip()
        if (not post and grade is None) or len(post) > _MAX_POST:
            continue
        if start == at + size and grade is None and posts_held(post) is None:
            continue  # 冀中新|材料…公司|某某创新工作室: glued, and what follows states no post
        post = _with_grade(posts_held(post), grade)  # 某公司技术主管、高级技师
        return RosterLine(line[at : at + size], at + size, body, post, at)
    return None


def post_first_line(text: str) -> RosterLine | None:
    """A roster line that prints the body and the post first and the name last, set
    apart by a space (某有色冶炼有限公司电解车间主任 某某, 某厂刺绣工 某某某): lists of
    award winners and the heads of a report's profiles print it so. A line of the body
    alone and the name (某市第三医院 施　某: prize lists of a trade print no post) is
    one too, its post None; a phrase after the body that is no post is none."""
    line = text.rstrip()
    closing = _CLOSING_WORD.search(line)
    opening = _OPENING.match(line)
    at = opening.end() if opening else 0
    if closing is None or len(line) > _MAX_LINE or _SENTENCE.search(line, at):
        return None
    if not _closing_name(line, at, worded=True):
        return None
    head = line[: closing.start()]
    body = _body_at(head, at)
    post = head[body.end :].strip() if body is not None else ""
    held = posts_held(post) if body is not None else None
    if body is None or (held is None and post):
        return None
    if held is None and not _closing_name(line, at):
        return None  # a name that is a word closes a line only after a post
    name = without_spaces(closing.group(1))
    return RosterLine(name, closing.end(), body, held, closing.start(1))


def post_first_line_of_elements(text: str, breaks: frozenset[int]) -> RosterLine | None:
    """某环卫所环卫工 边巴 where the layout took the space out (``breaks``: where it
    stood): the line read with its last space put back, when the name closing it is
    one of elements or of one transcribed part (:func:`_a_name_of_no_han_shape`); a Han
    name there the caption's title rule reads already."""
    line = text.rstrip()
    last = max((b for b in breaks if b < len(line)), default=None)
    if last is None or not _a_name_of_no_han_shape(line[last:]):
        return None
    found = post_first_line(f"{line[:last]} {line[last:]}")
    if found is None:
        return None
    return replace(found, name_end=found.name_end - 1, name_start=found.name_start - 1)


#: What joins the posts of one person a roster line prints (工人、高级技师).
_POSTS_JOINED = "、"
#: What parts them as printed: 、, or a slash (某医院某科博士生导师/教授).
_POSTS_APART = re.compile(r"[、/／]")


def posts_held(phrase: str) -> str | None:
    """The posts a roster line's phrase after its body states, joined by 、 as printed
    (某公司技术主管、高级技师 某某: two posts at the body; 某公司工人、高级技师: a noun of
    no post, 工人, and a post), each of its characters only (0六一基地电焊工); None when
    the last is no post, or another part is neither a post nor such a noun."""
    parts = ["".join(filter(is_written_word_char, p)) for p in _POSTS_APART.split(phrase)]
    not_posts = lexicon.words("titles.yaml", "not_posts")
    if not parts or not is_post(parts[-1]):
        return None
    if not all(is_post(part) or part in not_posts for part in parts):
        return None
    return _POSTS_JOINED.join(part for part in parts if is_post(part))


def roster_claims(found: RosterLine, line_end: int) -> tuple[TitleClaim, ...]:
    """The post a roster line states, held at its body, or at the unit of it the post
    names (某医院急诊科护士长: :func:`.titles.unit_and_head`); the claim covers the line
    up to ``line_end``."""
    if found.post is None:
        return ()
    body = found.body
    claims = []
    for post in found.post.split(_POSTS_JOINED):
        unit, title = unit_and_head(post)
        org = body.written + unit
        # the body as printed, as a caption's, when the article says no more of it (某局
        # 某中心游泳队, 某公司某所某班: units no suffix ends, which no reading resolves)
        claim = TitleClaim(title, title, org, body.start, body.start, line_end, from_caption=True)
        claims.append(claim)
    return tuple(claims)


def without_roster_name(
    text: str, spans: list[OrgSpan], tokens: list[Token], breaks: frozenset[int] = frozenset()
) -> list[OrgSpan]:
    """The line's organisation names, a roster line's body cut where its name ends; a name
    no surname test accepts (a Yi or Tibetan one) ends at ``breaks``, the page's spaces."""
    found = roster_line(text, tokens, breaks)
    if found is None:
        return spans
    kept = [s for s in spans if s.end <= found.name_end or s.start >= found.body.end]
    return sorted([*kept, found.body], key=lambda s: s.start)


def caption_loses_body(text: str) -> bool:
    """A caption whose titles the caption reader holds at no body, where a roster line
    reads one (某公司技术主管、高级技师 某某: a post no title before the 、)."""
    hit = caption_person(text)
    return hit is not None and not any(c.org_written for c in hit.claims)


def body_and_post(text: str, start: int, stop: int) -> tuple[TitleClaim, ...]:
    """The post the phrase ``text[start:stop]`` states when it is a body's name and a post
    right after it (某重工集团有限公司焊工, 某县公路管理段养路工人), as a roster line's
    body and post are read (a unit of the body before the post held there); () when it
    is anything else."""
    clause = text[:stop]
    body = _body_at(clause, start)
    if body is None or body.start != start:
        return ()
    post = _past_particle(clause[body.end :].strip())
    held = posts_held(post) if post and len(post) <= _MAX_POST else None
    if held is None:
        return ()
    return roster_claims(RosterLine("", start, body, held, start), stop)


#: What a profile may print between an employer's name and the trade (某公司的一名焊工):
#: the particle, then one and a measure word of people.
_PARTICLE, _ONE, _PEOPLE_MEASURES = "的", "一", ("名", "位")


def _past_particle(post: str) -> str:
    """某某是某公司|的一名|模具钳工, 某某，某公司|的|焊工: the post after the particle that
    joins it to its employer's name, and after 一名 (one of the body's workers), as
    profiles print it; ``post`` as it is when it opens with neither."""
    if not post.startswith(_PARTICLE):
        return post
    post = post[len(_PARTICLE) :]
    if post.startswith(_ONE) and post[len(_ONE) : len(_ONE) + 1] in _PEOPLE_MEASURES:
        post = post[len(_ONE) + 1 :]
    return post
