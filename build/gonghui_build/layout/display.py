"""Display text: the shape of a headline, a heading or a caption, and of a news lead.

Shared by the block grouping (:mod:`blocks`) and the shapes (:mod:`shapes`).
"""

from __future__ import annotations

import re

from gonghui_build import reference as lexicon
from gonghui_build.layout import cues
from gonghui_build.layout.paired import matched_phrases
from gonghui_build.text import tokenizer
from gonghui_build.text.chars import ends_sentence, ends_with_colon, is_cjk, without_spaces
from gonghui_build.text.names import is_plausible_name
from gonghui_build.text.numbers import TEN_NUMERALS

#: A block never displayed as a heading ends with one of these: it continues.
_CONTINUING_END = frozenset("的地得和与及或、，,：:")
#: Longest display line (characters without spaces); a Markdown heading may be longer.
DISPLAY_MAX = 36
MARKED_DISPLAY_MAX = 60
#: A first clause this short before a comma is a connective (同时，据了解，): running text.
_CONNECTIVE_MAX = 4
#: Longest headline that may end with an exclamation or a question mark.
EXCLAIMED_MAX = 24


def is_display_text(text: str, limit: int = DISPLAY_MAX) -> bool:
    """Short text that does not run on like a sentence: a headline, heading or caption.

    At most two phrases (one comma), no sentence end (an exclamation or a question may
    end a short headline), no connective opening it, and not ending on a word that needs
    a continuation (的, 和, 、…).
    """
    compact = without_spaces(text)
    if not compact or len(compact) > limit:
        return False
    commas = sum(compact.count(c) for c in "，,")
    if commas > 2 or (commas == 2 and not _slogan_pair_then_phrase(compact)):
        return False
    if (ends_sentence(compact) and compact.rstrip("”’」』）)")[-1:] not in "！？!?") or (
        ends_with_colon(compact)
    ):
        return False
    if compact[-1] in _CONTINUING_END and not ends_in_word(compact):
        return False
    if any(ch in "。；;" for ch in compact):
        return False
    if commas == 2:
        return True
    clauses = re.split(r"[，,]", compact, maxsplit=1)
    if any(ch in "！？!?" for ch in compact):  # an exclaimed headline is short: 工匠好样的！
        if len(compact) > EXCLAIMED_MAX:
            return _cry_over_headline(compact)
        return len(clauses) == 1 or _two_phrases(clauses)
    return (
        len(clauses) == 1
        or len(clauses[0]) > _CONNECTIVE_MAX
        or _two_phrases(clauses)
        or _noun_then_phrase(clauses)
        or _even_slogans(*clauses)
    )


def _noun_then_phrase(clauses: list[str]) -> bool:
    """A short noun set before the comma, a phrase about it after (``劳模，是他们共同的
    名字``; ``匠心，在车间里传承``): a headline. A connective (同时，), a time word (近日，)
    or a pronoun (他们，) opening a clause is running text."""
    first, second = clauses
    tokens = tokenizer.tag_tokens(first)
    return len(second) >= PHRASE_MIN and all(t.tag.startswith("n") for t in tokens)


#: Shortest and longest cry a headline opens with (``浓浓关怀暖人心！``; ``好！`` opens
#: a sentence), and the shortest headline after it.
CRY_MIN = 4
CRY_MAX = 12
CRIED_HEADLINE_MIN = 8


def _cry_over_headline(compact: str) -> bool:
    """A short cry, then a headline of its own on the same line (``送温暖，听心声！某区
    总工会走访慰问环卫工人``): display text longer than an exclaimed headline, since what
    follows the cry ends with no exclamation and holds no clause of its own."""
    parts = re.split(r"[！？!?]", compact)
    if len(parts) != 2:
        return False
    cry, headline = parts
    return (
        CRY_MIN <= len(cry) <= CRY_MAX
        and not any(ch in "：:" for ch in cry)
        and len(headline) >= CRIED_HEADLINE_MIN
        and not any(ch in "，," for ch in headline)
    )


#: Particles that end a word as well (基地, 工地, 目的, 心得, 各地).
_PARTICLES_IN_WORDS = frozenset("的地得")


def ends_in_word(text: str) -> bool:
    """``text`` ends on 的, 地 or 得 as the last character of a word that is no verb
    (``…实训基地``, ``…建筑工地``, ``…学习心得``), not on the particle, which would need
    the text to go on (``认真地``, ``工会的``)."""
    if not text or text[-1] not in _PARTICLES_IN_WORDS:
        return False
    last = tokenizer.tag_tokens(text[-6:])[-1]
    return len(last.word) > 1 and not last.tag.startswith("v")


def is_tagged_headline(rest: str) -> bool:
    """What a line alone prints after its 【tag】, when it is a headline with a place's tag
    (``【某区】情系职工，金秋送福——某区总工会走访慰问活动``): short, no sentence in it; a
    yearbook entry's text runs on in sentences (``【…】5月，区总工会举办…。``)."""
    compact = without_spaces(rest)
    return (
        0 < len(compact) <= DISPLAY_MAX
        and not ends_sentence(compact)
        and not any(p in compact for p in "。；;")
    )


#: Least length (characters) of each of two phrases a comma parts in a heading.
PHRASE_MIN = 4
#: How much longer the second phrase may be than the first.
PHRASE_SPREAD = 6


def _two_phrases(clauses: list[str]) -> bool:
    """Two phrases set side by side (创新形式，竞赛活起来; 这群“娘家人”，把服务送到了工地上！),
    not a connective opening a sentence (同时，…; 据了解，…)."""
    first, second = clauses
    return len(first) >= PHRASE_MIN and PHRASE_MIN <= len(second) <= len(first) + PHRASE_SPREAD


#: Shortest and longest half of a slogan pair (稳就业，保民生), and the shortest phrase
#: after it (…，某县工会在行动; …，暖人心).
SLOGAN_MIN = 2
SLOGAN_MAX = 6
SLOGAN_TAIL_MIN = 3


def _slogan_pair_then_phrase(compact: str) -> bool:
    """Two slogans of one length side by side, then a phrase (``稳就业，保民生，某县工会
    在行动``; ``送清凉，解暑热，暖人心``): a headline of three phrases. Running text with two
    commas pairs no such even slogans (``近日，记者从区总工会获悉，…``), a line that
    breaks inside a sentence runs on past its last comma, and names listed with commas
    (``王小明，李大伟，张国庆``) are a list's line."""
    first, second, tail = re.split(r"[，,]", compact)
    return (
        SLOGAN_MIN <= len(first) == len(second) <= SLOGAN_MAX
        and len(tail) >= SLOGAN_TAIL_MIN
        and all(map(is_cjk, first + second))
        and not opens_with_news_lead(compact)
        and not (is_plausible_name(first, True) and is_plausible_name(second, True))
    )


#: Tags of a word that opens running text, not a slogan: a preposition (据了解), a
#: conjunction (但是), a pronoun (他们), an adverb (同时) or a time word (近日); a
#: number (近一年) counts in a sentence.
_RUNNING_OPENERS = ("p", "c", "r", "d", "t")


def _even_slogans(first: str, second: str) -> bool:
    """Two slogans of one length alone on a line (``送清凉，暖人心``; ``学技能，促就业``): a
    briefs column's head, though its first clause is no longer than a connective. A
    connective or time word opening a sentence (``据了解，…``; ``近日，…``) opens no
    slogan, a slogan counts nothing, and two names (``王小明，李大伟``) are a list's line."""
    first = first.lstrip(cues.BULLET_MARKS)  # ●送清凉，暖人心: a briefs column's bullet
    halves = (first, second)
    return (
        matched_phrases(first, second)
        and not opens_with_news_lead(first + "，" + second)
        and not any(is_plausible_name(h, True) for h in halves)
        and not tokenizer.tag_tokens(first)[0].tag.startswith(_RUNNING_OPENERS)
        and not any(t.tag.startswith("m") for h in halves for t in tokenizer.tag_tokens(h))
    )


#: A news item's lead: a day's date or a word for lately, in its first words.
_NEWS_LEAD_RE = re.compile(
    rf"^.{{0,12}}?(?:\d{{1,2}}月\d{{1,2}}日|[{TEN_NUMERALS}]{{1,3}}月[{TEN_NUMERALS}]{{1,3}}[日曰]"
    r"|近日|日前|近期|昨天|昨日|今天|本月|上周|连日来)"
)


def opens_with_news_lead(text: str) -> bool:
    """Text that opens like a news item: ``3月12日，…``, ``近日，…``."""
    return bool(_NEWS_LEAD_RE.match(without_spaces(text)))


def runs_on(line: str) -> bool:
    """A head line that cannot stand alone: it ends on a verb, a preposition, a
    conjunction or a particle (``西岭矿业工会举办`` / ``第五届矿工技能运动会``). A kicker
    over a headline is a phrase of its own, even where an index prints them as one."""
    if not line or line[-1] in "的地得和与及或、，,":
        return bool(line)
    if _closes_its_clause(line):
        return False
    tag = tokenizer.tag_tokens(line[-8:])[-1].tag
    return tokenizer.is_verb_tag(tag) or tag.startswith(("p", "c", "u"))


def _closes_its_clause(line: str) -> bool:
    """A line ending on a verb that says an event closed (``某某技能比武落幕``; the
    ``closing_verbs`` of ``activities.yaml``): it takes no object, so nothing of the line
    runs on into the next; it stands alone as a kicker or a headline."""
    return lexicon.words("activities.yaml", "closing_verbs").ending(line) is not None


#: Least share of a title's characters its text's first clause prints again.
RESTATED_SHARE = 0.8
#: How far into the text (in title lengths) its first clause is looked for.
RESTATED_REACH = 3


def restates(title: str, text: str) -> bool:
    """A news item's first clause says again what its title says, in the same order of
    subject first (``本溪县总工会举办女工干部学习班`` / ``本溪县总工会于四月上旬举办女工干部
    学习班，…``): the line over it is the title of a new item, not a heading inside one."""
    head = without_spaces(text[: RESTATED_REACH * (len(title) + 4)])  # a lead is short
    clause = re.split(r"[，。；,;]", head, maxsplit=1)[0]
    if not clause.startswith(title[:2]):
        return False
    pool = list(clause)
    found = 0
    for ch in title:
        if ch in pool:
            pool.remove(ch)
            found += 1
    return found >= RESTATED_SHARE * len(title)


#: Last characters of a place's or a body's name a news headline opens with (延庆区,
#: 某公司, 某总工会): the item's subject, named again in its first sentence.
SUBJECT_ENDS = frozenset("区县市省州盟旗镇乡村局厂矿司会院校队站所社委部行")
#: Fewest characters of that subject.
SUBJECT_MIN = 3
#: How far into the text its first sentence is looked for the subject (characters).
SUBJECT_REACH = 40


def names_its_subject(title: str, text: str) -> bool:
    """A news item's headline (``title`` as printed) over its text: the text opens like
    news (``3月8日，…``, ``近日，…``) and names, before its first sentence ends, the place or
    body the title opens with (``某区总工会开展女职工健康讲座`` / ``3月8日，某区总工会邀请…``).
    A roundup's sub-heading names no such subject (``工地上的绿豆汤``) or sets it apart from
    the rest of the head (``某区：送清凉到工地``, ``某区 送清凉到工地``)."""
    if re.search(r"[：:\s]", title.strip()) or not opens_with_news_lead(text):
        return False  # the title as printed: its blanks set the subject apart
    title = without_spaces(title)
    sentence = re.split(r"[。！？!?；;]", without_spaces(text)[:SUBJECT_REACH], maxsplit=1)[0]
    k = SUBJECT_MIN
    while k <= len(title) and title[:k] in sentence:
        k += 1
    subject = title[: k - 1]
    return len(subject) >= SUBJECT_MIN and subject[-1] in SUBJECT_ENDS and k - 1 < len(title)


def closed_by_credit(text: str) -> bool:
    """A line ending on the credit that closes an item after its last sentence: names in
    brackets, or two names or more set apart (``…的经验。某某 某某``); one name after a
    sentence may open the next one (``…召开。某某`` / ``主持会议…``)."""
    start = cues.end_credit_start(text)
    if not start:
        return False
    credit = text[start:].strip()
    return credit[:1] in "（(" or len(credit.split()) >= 2


#: A chapter's or a section's head on a line of its own (``第二节 主要活动``, ``第一章 工会``).
_PART_HEAD_RE = re.compile(
    r"^第[一二三四五六七八九十百零\d]{1,4}[编章节]\s*[\u4e00-\u9fff][\u4e00-\u9fff\s]{0,15}$"
)


def is_part_head(text: str) -> bool:
    """A gazetteer's or a yearbook's chapter or section head, alone on its line: it opens
    a part of the book, never the end of the line above it (a table's last row ending
    on a dash, a wrapped line)."""
    return bool(_PART_HEAD_RE.match(text.strip()))


#: A headline and its profile's subtitle run into one line by a text layer that lost the
#: break between them (``守护万家灯火——记变电运维班长某某``): a head of up to a headline's
#: length, the dash, then the deck's ``记``/``访`` (the sketch or the visit it reports).
_DASH_DECK_RE = re.compile(r"^[^—─]{2,24}(?:——|──|—)(?:记(?!者)|访(?!谈))")


def dash_decked(compact: str) -> bool:
    """A head line that carries its ``——记…`` deck on the same line: a headline, as long
    as a marked one may be, never a portrait's caption though it ends on a titled name
    (a portrait's caption names the person; it sketches no one)."""
    return bool(_DASH_DECK_RE.match(compact)) and not ends_sentence(compact)
