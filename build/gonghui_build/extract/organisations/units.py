"""A body's unit printed right after the body's whole name: 某医院急诊科, 某法院民一庭,
某公司热轧作业区甲班, 某局劳动关系科.

The unit is what the text names (a post held there, an award given to it), and the
annotation guidelines make a department an organisation of its own; jieba glues the
unit to the post after it (科科长) or reads it as one word (炼钢厂, 民一庭), so the
grammar of names stops at the body. The unit is read after a name the grammar found,
only where it ends like a unit (``org_suffixes.yaml`` inner_unit_endings) and a post,
an occupation, a union, a list's separator or the end of the text follows it.
"""

from __future__ import annotations

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations.grammar import find_org_spans
from gonghui_build.extract.organisations.model import with_model
from gonghui_build.extract.organisations.names import part_start, suffix_of, suffix_types, words
from gonghui_build.extract.organisations.org_spans import OrgSpan
from gonghui_build.extract.organisations.stops import dictionary_verb
from gonghui_build.extract.organisations.walk import COMMON_FREQUENCY
from gonghui_build.text.chars import is_cjk
from gonghui_build.text.tokenizer import Token, tag_tokens, token_at
from gonghui_build.vocabulary import OrgType

#: The longest unit read after a name, in characters.
_MAX_UNIT = 8
#: jieba's tags of words that are no part of a unit's name: persons, times, function
#: words, pronouns, adjectives and adverbs (某厂|特困家庭: the people visited, no unit),
#: punctuation.
_NOT_IN_UNITS = frozenset(
    {"nr", "nrfg", "nrt", "t", "p", "c", "u", "uj", "ul", "d", "a", "ad", "r", "x"}
)
#: jieba's tags of a last word that ends a sentence's predicate, not a unit (开班, 成立).
_PREDICATE_TAGS = ("v", "vd", "a", "ad")


def _ends_unit(text: str, unit: str, end: int, tokens: list[Token]) -> bool:
    """What follows a ``unit`` ending at ``end``: the end of the text or a character
    that is no Chinese, the unit's union, a list's word, a post, an occupation, or the
    verb of an award it receives (not a contest's team's)."""
    if end >= len(text) or not is_cjk(text[end]):
        return True
    if words("union_suffix").starting(text, end) or words("unit_followers").starting(text, end):
        return True
    if words("award_verbs").starting(text, end) and not words("contest_teams").ending(unit):
        return True
    return post_after(text, end, tokens)


def post_after(text: str, end: int, tokens: list[Token]) -> bool:
    """A post (科长, 护士长) or an occupation (电焊工, 法官) printed at ``end``."""
    if lexicon.titles().regex.match(text, end):
        return True
    after = token_at(tokens, end)
    if after is None:
        return False
    if 2 <= len(after.word) <= 4 and after.word[-1] in words("occupation_last_characters"):
        return True
    return _trade_and_occupation(after, tokens) or _trade_and_post(after, tokens)


def _trade_and_post(first: Token, tokens: list[Token]) -> bool:
    """A post of ``titles.yaml`` post_endings (司机, 医生) after the words of its trade,
    five characters at most in all (桥|吊|司机, 门机|司机): jieba cuts the trade into a
    noun and a verb, and the post's last character ends no occupation's word (机)."""
    posts = lexicon.words("titles.yaml", "post_endings")
    token: Token | None = first
    while token is not None and token.end - first.start <= _MAX_OCCUPATION:
        if token.tag in _NOT_IN_UNITS or not is_cjk(token.word[0]):
            return False
        if token.word in posts:
            return token is not first  # 某科|医生: the post alone is read as its title's
        token = token_at(tokens, token.end)
    return False


#: The longest occupation jieba cuts in two after a unit (数控|维修工, 数控铣|工).
_MAX_OCCUPATION = 5


def _trade_and_occupation(first: Token, tokens: list[Token]) -> bool:
    """An occupation jieba reads as two words, a trade and the worker (数控|维修工, 数控铣|
    工): a noun or an abbreviation followed right away by a word ending like an
    occupation (whatever jieba tags it: it reads 维修工 as a name), five characters at
    most in all."""
    second = token_at(tokens, first.end)
    if second is None or not first.tag.startswith(("n", "j")) or first.tag in _NOT_IN_UNITS:
        return False
    size = second.end - first.start
    last = second.word[-1] in words("occupation_last_characters")
    if lexicon.titles().regex.search(second.word):
        return False  # 试验线|班长: a post the title chains read, with its own unit
    return last and 2 <= size <= _MAX_OCCUPATION


def unit_after(text: str, span: OrgSpan, tokens: list[Token]) -> int | None:
    """The end of the shortest unit printed right after ``span``, if any; a branch works
    whatever follows it (:func:`_branch_works`) only where no unit ends so (某公司热轧作业区
    甲班|班长: the team inside the area is read on to)."""
    found = _unit_end(text, span, tokens, False)
    return found if found is not None else _unit_end(text, span, tokens, True)


def _unit_end(text: str, span: OrgSpan, tokens: list[Token], works: bool) -> int | None:
    """The end of the shortest unit after ``span`` that something ending a unit follows
    (``works``: or a branch works' ending ends)."""
    inside: list[Token] = []
    for end in range(span.end + 2, min(len(text), span.end + _MAX_UNIT) + 1):
        if not (is_cjk(text[end - 1]) or _code_digit(text, end - 1, span.end)):
            return None
        inside = [t for t in tokens if span.end <= t.start and t.end <= end]
        if any(t.tag in _NOT_IN_UNITS or t.word in words("left_stops") for t in inside):
            return None
        if any(_whole_of_a_body(t.word) for t in inside):
            return None  # 厂工会|组织全厂|挡车工: the whole works, the union's verb's object
        unit = text[span.end : end]
        if words("inner_unit_endings").ending(unit) is None or suffix_of(unit) == unit:
            continue
        if not _names_a_unit(unit, inside) or _sentence_or_union(unit, inside):
            continue
        ends = _ends_unit(text, unit, end, tokens) or (works and _branch_works(span, unit))
        if ends and not _splits_a_word(end, tokens, text):
            return None if _ends_with_a_verb(end, tokens) else end
    return None


def _whole_of_a_body(word: str) -> bool:
    """全厂, 全公司, 本厂: a word of a determiner and an organisation's suffix
    (``determiners``, ``suffixes``; not a unit's ending: 各车间 is not one) names the
    body's people as a whole, no one unit: a unit read after a name never holds one."""
    determiner = words("determiners").starting(word)
    return bool(determiner) and suffix_of(word[len(determiner) :]) is not None


def _branch_works(span: OrgSpan, unit: str) -> bool:
    """某重机集团|特钢分厂召开…: a company's branch works, production area or project
        department (``org_suffixes.yaml`` units_printed_alone) printed right after the
        company's whole name is one body with it, whatever follows: its ending names a body
        of the enterprise on its own (a branch works holds its 厂长 and its union), so the
        name is read whole as 某集团某分厂 and not as the group (a unit named only by a
        department's or a team's ending, 科 or 班, still needs a post or a list after it). A
    verb of visiting after the company (某集团|调研分厂生产情况: ``activities.yaml`` categories,
    visit) is what someone did at the works, no part of its name."""
    ending = words("units_printed_alone").ending(unit)
    if span.type != OrgType.company or ending is None or len(unit) <= len(ending):
        return False
    return lexicon.table("activities.yaml", "categories")["visit"].starting(unit, 0) is None


def _code_digit(text: str, k: int, unit_start: int) -> bool:
    """A digit of a unit's code number (某集团五院|529厂, 某油田作业区|48队): enterprises
    of the defence and oil industries name their plants, institutes and teams by a
    number printed right before the unit's ending, after a word of the unit (五院); a
    number opening the unit (…公司2023年) is a date or a count, no code."""
    return text[k].isdigit() and k > unit_start and is_cjk(text[unit_start])


def _names_a_unit(unit: str, inside: list[Token]) -> bool:
    """Not a determiner's phrase (全部, 各部), a body inside an organisation (党委),
    its head office (总部: where something is held), people (干部, 职工) or a post
    ending like a unit (领队)."""
    people = lexicon.words("titles.yaml", "not_posts")
    last = inside[-1].word if inside else unit
    return not (
        words("determiners").starting(unit)
        or unit in lexicon.titles().inner_bodies
        or unit in words("head_offices")
        or last in people
        or people.ending(unit)
        or lexicon.titles().regex.fullmatch(last)  # 某分队|领队: a post, not a unit
    )


def _sentence_or_union(unit: str, inside: list[Token]) -> bool:
    """某县总工会|派出|工作组: a unit opening with a common verb of the language (a word
    of two characters in jieba's dictionary, as frequent as 成立 or 派出; a team's trade,
    装配 or 扎制, is rarer) is what the body did; 某厂某车间|工会小组: a union's group
    inside a unit is the union's, read with the union (the workshop before it is left
    to the post: ``org_suffixes.yaml`` units_printed_alone)."""
    if words("union_suffix").regex.search(unit):
        return True
    first = inside[0] if inside else None
    if first is None or len(first.word) < 2:
        return False  # 提|钒车间转炉班: one character opens a trade's word jieba cut
    return dictionary_verb(first.word, COMMON_FREQUENCY)


def _ends_with_a_verb(end: int, tokens: list[Token]) -> bool:
    """某党校|大学堂正式开班: the word that ends the unit is a verb or an adjective."""
    last = next((t for t in tokens if t.start < end <= t.end), None)
    return last is not None and last.end == end and last.tag in _PREDICATE_TAGS


def _splits_a_word(end: int, tokens: list[Token], text: str) -> bool:
    """A unit that ends inside a word of jieba's (部|分, 全|部) is no unit, unless the
    rest of the word is a post (科|科长: the post repeats the unit's ending) and the
    whole word is none (车间|班组长 is the team leader's post, not 车间班|组长)."""
    word = next((t for t in tokens if t.start < end < t.end), None)
    if word is None:
        return False
    titles = lexicon.titles().regex
    return bool(titles.fullmatch(word.word)) or not titles.match(text, end)


def with_units(text: str, spans: list[OrgSpan], tokens: list[Token]) -> list[OrgSpan]:
    """``spans`` with each name followed by a unit of its body read to the unit's end;
    a unit with no suffix of its own (科, 庭, 班) keeps its body's suffix and type (it
    resolves as its body's full name + the unit)."""
    out: list[OrgSpan] = []
    starts = {s.start for s in spans}
    for span in spans:
        end = unit_after(text, span, tokens)
        if end is None or any(span.end <= s < end for s in starts):
            out.append(span)
            continue
        out.append(read_on_to(text, span, end))
    return out


def read_on_to(text: str, span: OrgSpan, end: int) -> OrgSpan:
    """``span`` read on to ``end`` of ``text`` (a unit of its body after it): a unit with
    no suffix of its own keeps its body's suffix and type."""
    written = text[span.start : end]
    suffix = suffix_of(written) or span.suffix
    return OrgSpan(span.start, end, written, suffix, suffix_types()[suffix])


def inner_unit_start(name: str) -> int | None:
    """Where a unit read by :func:`with_units` opens in ``name`` (某医院|急诊科): after
    a part the grammar or the model reads as one whole name (not 会议由区人社局|劳动关系科,
    a sentence's words before a name), or as a whole name and a unit of its own (某公司
    铸造分厂|行车班: a team of a branch works, as award lists of 工人先锋号 print it)."""
    start = part_start(name, words("inner_unit_endings").ending(name))
    if start is None:
        return None
    body = name[:start]
    tokens = tag_tokens(body)
    found = with_model(body, find_org_spans(body, tokens), tokens, [])
    found = with_units(body, found, tokens)
    return start if any(s.start == 0 and s.end == len(body) for s in found) else None


def is_village(written: str) -> bool:
    """``河湾村``, ``某省某村``: a village's name as a title chain reads it before its
    Party branch's post (``org_suffixes.yaml`` village_endings; 村 is no suffix the
    grammar reads, so only a chain hands such a name over), more than the ending alone."""
    ending = words("village_endings").ending(written)
    return ending is not None and len(written) > len(ending)
