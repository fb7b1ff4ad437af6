"""Posts printed after the name they belong to, opened by a word of tenure:
``某某现任某合作社理事长``, ``某某是全国劳动模范，现任某公司工会主席``,
``某某，男，53岁，现为某厂车间主任``, or by the copula alone when the post fills the
clause (``29岁的某某是某公司焊接车间主任。``: a feature's profile of a worker).

Profiles of model workers and reports of visits to them name the person first, then
what the person is (an honour, the profile's notes) and then the post the person holds
now, opened by ``现任``/``现为`` (``reference/titles.yaml`` posts_after_name_marks). The
post is read only when the clauses between the name and the mark are the person's own
(a ``是…`` clause right after the name, a profile's notes), so a ``现任`` after someone
else's name or a later subject is not given to the first name.
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations.org_spans import OrgSpan, org_ending_at
from gonghui_build.extract.people.appointed_subjects import posts_of_no_union
from gonghui_build.extract.people.hits import NameHit
from gonghui_build.extract.people.profiles import past_profile_notes
from gonghui_build.extract.people.rosters import body_and_post
from gonghui_build.extract.people.rules import SENTENCE_OPENING
from gonghui_build.extract.people.titles import TitleClaim, chain_filling_clause
from gonghui_build.text.chars import CJK, is_cjk
from gonghui_build.text.clauses import clause_end
from gonghui_build.text.names import is_plausible_name
from gonghui_build.text.numbers import CN_NUMERAL
from gonghui_build.text.tokenizer import Token
from gonghui_build.vocabulary import MentionSource

#: Words of time a profile puts before its subject, or after it before the verb (如今，
#: 某某是…; 他如今是: 《现代汉语词典》 (7th ed.), 如今, 现在, 目前).
NOW = "(?:如今|现在|目前)"
#: The marks of tenure (``titles.yaml`` posts_after_name_marks: 现任, 现为) as a pattern.
_MARKS = "|".join(lexicon.words("titles.yaml", "posts_after_name_marks").words)
#: A word of time between the subject and the copula or a mark of tenure (某某如今是…,
#: 某某目前现任…): read past. Not 已 'already' (某某如今已是…): the organisations'
#: grammar reads the subject into the body's name there (a lead, s44).
_NOW_BEFORE = re.compile(rf"{NOW}(?=是|{_MARKS})")
#: A name opening a sentence (or the paragraph), as appositions open (rules.py), or an
#: item after a colon (拟任人选：某某), or right after a label describing the person
#: (``titles.yaml`` described_person_labels: 主席候选人某某，现任…), after a word of time
#: and its comma (如今，某某是…) or the person's age where a profile gives it first
#: (29岁的某某是…, 今年52岁的某某是…), before a comma, the copula or a mark of tenure
#: (``titles.yaml`` posts_after_name_marks: 现任, 退休前是); the address word 同志 may
#: follow the name (某某同志现任…: notices of appointments print it so).
#: 今年, 现年 before the age (今年52岁的某某是…): the same age, dated by the profile.
_THIS_YEAR = "今年|现年"
#: The person's age told in a clause of its own between the name and the copula or a
#: mark of tenure (某某今年52岁，是某公司工段长: a profile gives the age, then the post):
#: read past, as the word of time is; the clause after it goes on with the same subject.
_AGE_BEFORE = rf"(?:{_THIS_YEAR})?[0-9{CN_NUMERAL}]{{1,3}}岁，(?=是|{_MARKS})"
_AFTER_LABEL = "|".join(
    f"(?<={re.escape(w)})" for w in lexicon.words("titles.yaml", "described_person_labels").words
)
_AGE = re.compile(_AGE_BEFORE)
_NAME_OPENING = re.compile(
    rf"(?:{SENTENCE_OPENING}|(?<=[：:])|{_AFTER_LABEL})"
    rf"(?:{NOW}，)?(?:(?:{_THIS_YEAR})?[0-9{CN_NUMERAL}]{{1,3}}岁的)?({CJK}{{2,4}}?)(?:同志)?"
    rf"(?=[，是为]|{_MARKS}|{NOW}(?:是|{_MARKS})|{_AGE_BEFORE})"
)
#: The longest ``是…`` clause read as what the person is (是全国劳动模范, 是省级劳模).
_MAX_IS_CLAUSE = 16


#: The copula a profile states a person's post with (某某是某公司焊接车间主任。), or its
#: written form 为 (工作室领衔人某某为该公司某分厂厂长: 《现代汉语词典》 为 (动) 'to be'):
#: the post is read only when its title chain fills the clause after it.
_IS = ("是", "为")
#: The particle that joins a describing phrase (主席的得力助手): what it joins is no post.
_PARTICLE = "的"


def _after_own_clauses(text: str, pos: int) -> int:
    """Where the mark may stand after the name ending at ``pos``: right there, past a
    ``是…`` clause of the person's own (是全国劳动模范，), or past a profile's notes."""
    if text.startswith("是", pos):
        stop = clause_end(text, pos)
        if stop - pos <= _MAX_IS_CLAUSE and text.startswith("，", stop):
            return stop + 1
        return pos
    if text.startswith("，", pos):
        return past_profile_notes(text, pos + 1)
    return pos


def _post_after_mark(text: str, pos: int, tokens: list[Token]) -> tuple[TitleClaim, ...]:
    """The title chain a mark of tenure at ``pos`` opens, filling its clause, else ()."""
    mark = lexicon.words("titles.yaml", "posts_after_name_marks").starting(text, pos)
    if not mark:
        return ()
    return _post_filling_clause(text, pos + len(mark), tokens)


def _post_filling_clause(text: str, start: int, tokens: list[Token]) -> tuple[TitleClaim, ...]:
    """The post the clause opening at ``start`` states: a title chain filling it, else a
    body's name and an occupation right after it (某某现为某有限公司技术员, 某某是某有限
    公司焊工: profiles of workers name the employer and the trade so, as a profile's
    notes do: :func:`.rosters.body_and_post`); () when the clause says anything else."""
    claims = chain_filling_clause(text, start, tokens)
    if claims:
        return claims
    claims = body_and_post(text, start, clause_end(text, start))
    # 是某公司工会主席的得力助手: a phrase the particle 的 joins describes the person, no post
    return () if any(_PARTICLE in c.title for c in claims) else claims


def post_stated_at(text: str, pos: int, tokens: list[Token]) -> tuple[TitleClaim, ...]:
    """The post a subject's clause states from ``pos`` on: after a mark of tenure (现任
    某厂厂长) or after the copula when the post fills the clause (是某公司焊接车间主任);
    () when the clause says anything else."""
    claims = _post_after_mark(text, pos, tokens)
    if not claims and text.startswith(_IS, pos):
        claims = _post_filling_clause(text, pos + 1, tokens)
    return claims


#: A year told relative to the article's, not after it (``dates.yaml`` relative_years:
#: 去年, 前年, 同年, 当年, 今年): a feature tells the latest step of a career so
#: (…，去年又当选为某集团工会副主席).
_RELATIVE_YEAR = lexicon.alternation(
    w for w, offset in lexicon.load("dates.yaml").relative_years.items() if offset <= 0
)
#: A year, and its month, opening a clause of a career (1992年，她担任…; ，2010年调任…;
#: ，去年又当选为…), or the year a post is held from (，2019年起任…: 起 'from … on',
#: 《现代汉语词典》, 起).
YEAR = rf"(?:[0-9０-９{CN_NUMERAL}]{{4}}年(?:[0-9{CN_NUMERAL}]{{1,2}}月)?|{_RELATIVE_YEAR})起?，?"


@functools.cache
def career_verb() -> re.Pattern[str]:
    """A verb of taking a post after a word of when (``titles.yaml`` career_post_adverbs,
    career_post_verbs: 后调任, 后又任, 曾任, 担任), a year before them or not; built on
    first use, not when the module is imported."""
    adverbs = lexicon.words("titles.yaml", "career_post_adverbs").pattern
    verbs = lexicon.words("titles.yaml", "career_post_verbs").pattern
    return re.compile(rf"(?:{YEAR})?(?:{adverbs})?(?:{verbs})")


def career_post_at(text: str, pos: int, tokens: list[Token]) -> tuple[TitleClaim, ...]:
    """The post a clause of a career states from ``pos`` on, after a verb of taking a post
    (:func:`career_verb`: 后调任某市总工会副主席, 1992年担任某站站长), filling the clause;
    () when the clause opens otherwise or says anything else. A clause that goes on with
    the person named before (a pronoun's, or one of no subject) tells the later posts of
    a career so; a post of no body after a move to a body (某某调到某县总工会，任副主席:
    :func:`_body_moved_to`) is held at that body, and a union's office of no body at
    none (:func:`.appointed_subjects.posts_of_no_union`)."""
    verb = career_verb().match(text, pos)
    if verb is None:
        return ()
    claims = _post_filling_clause(text, verb.end(), tokens) or _past_section_alone(
        text, verb.end(), tokens
    )
    if any(c.org_written for c in claims):
        return claims
    moved_to = _body_moved_to(text, pos, tokens)
    if moved_to is None:
        return posts_of_no_union(list(claims))  # 2015年任副主席: whose chair, unknown
    return tuple(
        replace(c, org_written=moved_to.written, org_offset=moved_to.start) for c in claims
    )


#: The longest post read after a section printed alone (统计员, 班组长, 操作工).
_SECTION_POST = 4


def _past_section_alone(text: str, start: int, tokens: list[Token]) -> tuple[TitleClaim, ...]:
    """曾任总装车间班组长、公司行政部副经理; 先后任装配车间统计员、集团人力资源部副部长: a
    career's list opened by a post at a section printed without its body (a short word and
    a unit's ending, ``org_suffixes.yaml`` unit_endings: 车间, 装置) goes on with the posts
    its later items state with their bodies, read as the clause's chain from the item
    after the first 、. The first item's post is left: whose section it is, the tuning
    sets disagree (a workshop is left out of units_printed_alone, ANNOTATION.md)."""
    mark = text.find("、", start, clause_end(text, start))
    item = text[start:mark]
    if mark < 0 or not all(is_cjk(c) for c in item):
        return ()
    units = lexicon.words("org_suffixes.yaml", "unit_endings").words
    for unit in units:
        at = item.find(unit)
        if at >= 1 and 1 <= len(item) - at - len(unit) <= _SECTION_POST:
            return _post_filling_clause(text, mark + 1, tokens)
    return ()


def _body_moved_to(text: str, pos: int, tokens: list[Token]) -> OrgSpan | None:
    """The body the clause before ``pos`` moves its person to (某某调到|某县总工会，任副主席:
    ``titles.yaml`` move_verbs right before the body's name, which ends at the comma),
    else None."""
    if pos < 2 or text[pos - 1] != "，":
        return None
    span = org_ending_at(text, pos - 1, tokens)
    if span is None:
        return None
    moved = lexicon.words("titles.yaml", "move_verbs").ending(text[: span.start])
    return span if moved else None


#: A comma, then a mark of tenure (``titles.yaml`` posts_after_name_marks: 现任, 现为).
_COMMA_THEN_MARK = re.compile(
    rf"，(?={lexicon.words('titles.yaml', 'posts_after_name_marks').pattern})"
)
#: The longest text before a name searched for the title that ends right before it.
_TITLE_WINDOW = 12


def titled_names_then_tenure(text: str, tokens: list[Token]) -> list[NameHit]:
    """``某市总工会原主席某某，现任市人大常委会副主任``: a name printed right after a title
    (a past post, often), then a comma and a mark of tenure opening a post that fills its
    clause: the post held now is that name's too, as the profile's ``某某，现任…`` is. The
    title before the name is what ties the clause to it (a name opening the sentence is
    read by :func:`tenure_names`); a mark after a name of no title is left alone."""
    hits = []
    at_end = lexicon.titles().at_end
    for match in _COMMA_THEN_MARK.finditer(text):
        comma = match.start()
        claims = _post_after_mark(text, comma + 1, tokens)
        if not claims:
            continue
        for size in (3, 2, 4):  # 原主席|刘德顺，: the name a title ends right before
            start = comma - size
            name = text[start:comma]
            if start < 1 or not is_plausible_name(name, strong_context=True):
                continue
            if at_end.search(text[max(0, start - _TITLE_WINDOW) : start]):
                source = MentionSource.name_before_title
                hits.append(NameHit(name, start, comma, source, 0.85, claims))
                break
    return hits


@functools.cache
def _career_opening() -> re.Pattern[str]:
    """A name opening a sentence (as :data:`_NAME_OPENING` reads it) right before a verb
    of taking a post after a word of when (某某曾任…, 某某后任…, 某某先后任…: a profile's
    master and apprentices, each told by one clause); the word of when is asked for, so
    a bare 任 after two characters is not read as a name's verb."""
    adverbs = lexicon.words("titles.yaml", "career_post_adverbs").pattern
    verbs = lexicon.words("titles.yaml", "career_post_verbs").pattern
    return re.compile(
        rf"(?:{SENTENCE_OPENING}|(?<=[：:])|{_AFTER_LABEL})({CJK}{{2,4}}?)"
        rf"(?=(?:{YEAR})?(?:{adverbs})(?:{verbs}))"
    )


#: 其中 'among them' (《现代汉语词典》 (7th ed.), 其中): a profile names one of the people it
#: counted (徒弟有40多人，其中某某后任…), the name opening that clause.
_AMONG = "其中，?"


@functools.cache
def _inner_opening() -> re.Pattern[str]:
    """A name opening a clause inside a sentence right before a mark of tenure or a verb
    of a career after a word of when (:func:`_career_opening`): after a comma before a
    mark of tenure only (…，某某现为公司某部副部长; ，某某又当选为… may be anyone's),
    after 其中 (…，其中某某后任…) or after a noun for people (``titles.yaml``
    person_nouns: 他的师傅某某曾任…). A profile of a master and his
    apprentices tells each one's post so, one clause each (s53, pos65); the copula is not
    read here (``，某某是…`` may describe anyone)."""
    adverbs = lexicon.words("titles.yaml", "career_post_adverbs").pattern
    verbs = lexicon.words("titles.yaml", "career_post_verbs").pattern
    nouns = lexicon.titles().person_nouns.words
    after_noun = "|".join(f"(?<={re.escape(w)})" for w in sorted(nouns, key=len, reverse=True))
    return re.compile(
        rf"(?:(?:(?:(?<=，)|(?<=[。！？；\n])){_AMONG}|{after_noun})"
        rf"({CJK}{{2,4}}?)(?=(?:{YEAR})?(?:(?:{adverbs})(?:{verbs})|{_MARKS}))"
        rf"|(?<=，)({CJK}{{2,4}}?)(?={_MARKS}))"
    )


def _inner_names(text: str, tokens: list[Token], taken: set[int]) -> list[NameHit]:
    """Names opening a clause inside a sentence (:func:`_inner_opening`) whose post
    follows after a mark of tenure or a verb of a career, but for those read already
    (``taken``: where they start)."""
    hits = []
    for match in _inner_opening().finditer(text):
        group = 1 if match.group(1) else 2  # a bare comma: a mark of tenure only
        name = match.group(group)
        if match.start(group) in taken or not is_plausible_name(name, strong_context=True):
            continue
        claims = _post_after_mark(text, match.end(), tokens) or career_post_at(
            text, match.end(), tokens
        )
        if claims:
            source = MentionSource.name_before_title
            hits.append(NameHit(name, match.start(group), match.end(group), source, 0.85, claims))
    return hits


def _career_names(text: str, tokens: list[Token], taken: set[int]) -> list[NameHit]:
    """Names opening a sentence whose clause tells a post of their career right after
    them (某某曾任某公司生产部经理, 某某后任公司某班班长: :func:`career_post_at`), but
    for those read already (``taken``: where they start)."""
    hits = []
    for match in _career_opening().finditer(text):
        name = match.group(1)
        if match.start(1) in taken or not is_plausible_name(name, strong_context=True):
            continue
        claims = career_post_at(text, match.end(), tokens)
        if claims:
            source = MentionSource.name_before_title
            hits.append(NameHit(name, match.start(1), match.end(1), source, 0.85, claims))
    return hits


def tenure_names(text: str, tokens: list[Token]) -> list[NameHit]:
    """Names opening a sentence whose post follows them after a word of tenure, or after
    a verb of a career (:func:`_career_names`)."""
    hits = []
    for match in _NAME_OPENING.finditer(text):
        name = match.group(1)
        if not is_plausible_name(name, strong_context=True):
            continue
        end = match.end()
        now = _NOW_BEFORE.match(text, end)  # 某某如今是…: the word of time read past
        end = now.end() if now else end
        age = _AGE.match(text, end)  # 某某今年52岁，是…: the age read past
        end = age.end() if age else end
        claims = _post_after_mark(text, _after_own_clauses(text, end), tokens)
        claims = claims or post_stated_at(text, end, tokens)
        if claims:
            source = MentionSource.name_before_title
            hits.append(NameHit(name, match.start(1), match.end(1), source, 0.85, claims))
    hits += _career_names(text, tokens, {h.start for h in hits})
    return hits + _inner_names(text, tokens, {h.start for h in hits})
