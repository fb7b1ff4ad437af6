"""Where a trigger word stands in a sentence yet names no activity: the words around it
make it part of something else (a verb of showing, a committee being founded). Kept
apart from the name's rules (naming) that read the triggers these leave."""

from __future__ import annotations

import functools
import re

from gonghui_build.extract.activities.grammar import words
from gonghui_build.text.clauses import clause_end, clause_start
from gonghui_build.text.numbers import TEN_NUMERALS

#: The words between a trigger and the head of a body's name (某大学, 某市): a name's,
#: with no clause mark, 的, bracket or verb of going.
_BODY_NAME_BETWEEN = re.compile(r"[^，。；：、的“”（）()\s在到于进赴为向]{2,8}")


def in_verb(text: str, end: int) -> bool:
    """Whether the trigger ending at ``end`` shares its last character with a verb
    (图片展 in 以图片展示了…): it is part of the verb, no trigger."""
    return words("trigger_verbs").starting(text, end - 1) is not None


def in_verb_before(text: str, start: int) -> bool:
    """Whether the trigger starting at ``start`` shares its first character with a verb
    of giving before it (赠|送清凉包 in 向一线职工赠送清凉包): the goods given, no
    campaign named (``trigger_opening_verbs``)."""
    return words("trigger_opening_verbs").ending(text[max(0, start - 2) : start + 1]) is not None


def adverbial(text: str, end: int, word: str) -> bool:
    """Whether a trigger that is also an adverb (试点, ``adverb_triggers``) stands right
    before a verb of setting up (``adverb_trigger_verbs``): 在两镇试点建立联合会 sets up
    bodies on trial, it names no pilot held."""
    if word not in words("adverb_triggers"):
        return False
    return words("adverb_trigger_verbs").starting(text, end) is not None


def unfounded(text: str, start: int, word: str) -> bool:
    """Whether a founding meeting's word (成立大会) follows no body it founds: 决定成立会议
    筹备组, 宣布成立大会主席团 found a committee, they hold no meeting."""
    if word not in words("founding_meetings"):
        return False
    return words("founded_bodies").ending(text, start) is None


def judged(text: str, start: int, word: str) -> bool:
    """Whether a word both of contests and of judging (评选) is the judging here: after
    被 or 进行 (建议被评选为…, 对作品进行评选), or in a clause of 经过 (某大赛经过评委会
    的评选) or one opened by 经 (，经专家评选后): something is judged, no contest held."""
    if word not in words("judging_triggers"):
        return False
    if words("judging_before").ending(text, start) is not None:
        return True
    clause = text[clause_start(text, start) : start]
    if words("judging_openers").starting(clause) is not None:
        return True
    return words("judging_agents").in_text(clause) is not None


def in_body_name(text: str, end: int) -> bool:
    """Whether the trigger ending at ``end`` is part of a body's name that closes a few
    name characters later (干部教育培训某大学基地): the host between, the body's head
    (``body_heads``) after; the trigger right before the head is told by
    ``modified_nouns``. A visit's verb of ``site_verbs`` before a base (参观某某教育基地)
    takes the base as the site it goes to: :func:`not_a_trigger` keeps it."""
    between = _BODY_NAME_BETWEEN.match(text, end)
    if between is None:
        return False
    heads = words("body_heads")
    return any(heads.starting(text, end + k) for k in range(2, between.end() - end + 1))


def congress_series(text: str, start: int, word: str) -> bool:
    """Whether a congress's word (代表大会) names all the congresses held so far, not
    one: 历届 or 历次 before it in its clause (二、历届代表大会, 县总工会历次职代会), or
    a count of times right after a verb of holding (至1985年共召开了八次工会会员代表大会,
    召开过7次全县职工代表大会); not an ordinal (召开第八次代表大会)."""
    if not words("congress_heads").ending(word):
        return False
    clause = text[clause_start(text, start) : start]
    if words("congress_series_words").in_text(clause[-10:]):
        return True
    return _times_held_re().search(clause) is not None


#: A congress's session right before its short name (三届二次, 第八届第四次).
_SESSION_NUMBER = rf"第?[{TEN_NUMERALS}\d]{{1,3}}"
_SESSION = re.compile(rf"{_SESSION_NUMBER}届{_SESSION_NUMBER}次$")


#: 暨…: a congress held with another, closing the clause (…职代会暨工作会。)
_CLOSES_CLAUSE = re.compile(r"(?:暨[^，。；]{1,10})?$")


@functools.cache
def _held_before_re() -> re.Pattern[str]:
    """A verb of holding a congress's session (``congress_series_verbs``) before it."""
    verbs = words("congress_series_verbs").pattern
    return re.compile(rf"(?:{verbs})了?[^，。；、“”]{{0,12}}$")


@functools.cache
def _held_after_re() -> re.Pattern[str]:
    """After the congress: 在…/于… (where or when), 隆重, 胜利 (how), then a verb of
    holding (``congress_held_verbs``)."""
    verbs = words("congress_held_verbs").pattern
    return re.compile(
        rf"(?:暨[^，。；]{{1,10}}?)?(?:[在于][^，。；]{{1,24}}?)?[^，。；]{{0,2}}?(?:{verbs})"
    )


def unheld_short_congress(text: str, start: int, end: int, word: str) -> bool:
    """Whether a congress's short name (职代会, 教代会: ``short_congresses``) names no
    congress held here. Only one told by its session and held is one: 召开三届二次职代会,
    五届三次教代会在礼堂召开; the short name is far more often the body or its business
    named in passing (提交四届三次职代会审议, 职代会制度, 七届二次教代会提案, 召开九届四次
    教代会…筹备工作协调会), which ANNOTATION.md's activities leave out, and a congress
    held for practice (模拟召开…职代会, ``mock_words``) is none."""
    if word not in words("short_congresses"):
        return False
    session = _SESSION.search(text[max(0, start - 12) : start])
    if session is None:
        return True
    opened = text[clause_start(text, start) : start - len(session[0])]
    after = text[end : clause_end(text, end)]
    held_before = _held_before_re().search(opened)
    closes = _CLOSES_CLAUSE.match(after)
    held_after = _held_after_re().match(after)
    mock = words("mock_words").in_text(opened[-8:]) is not None
    return mock or not ((held_before and closes) or held_after)


@functools.cache
def _times_held_re() -> re.Pattern[str]:
    """A verb of holding and a count of times, ending the clause so far (召开过7次)."""
    verbs = words("congress_series_verbs").pattern
    return re.compile(
        rf"(?:{verbs})[了过]?共?(?:\d+|[一二三四五六七八九十两]+)次[^，。；、]{{0,8}}$"
    )


def modal_year(text: str, start: int, word: str) -> bool:
    """Whether a year meeting's word (年会) is the tail of a word of time and the modal
    会 or another word's head (今年会同有关部门, 明年会继续, 2023年会员): no meeting. A
    printed year before 年年会 (2024年年会, the year's meeting) keeps it."""
    if word not in words("year_meeting_words") or start == 0:
        return False
    before = text[start - 1]
    if before == "年" and start >= 2 and _is_numeral(text[start - 2]):
        return False
    return _is_numeral(before) or before in words("time_year_openers")


def _is_numeral(char: str) -> bool:
    """A digit of a printed year, ASCII, full-width or Chinese (〇 and the numerals)."""
    return char.isdigit() or char in TEN_NUMERALS + "〇零"


def a_speech(text: str, start: int, end: int) -> bool:
    """Whether the trigger at ``start``..``end`` stands between 作 (做) and 发言
    (代表作大会发言): the kind of a speech made at a meeting told already, no meeting."""
    return (
        words("speech_verbs").ending(text, start) is not None
        and words("speech_words").starting(text, end) is not None
    )


def not_a_trigger(text: str, start: int, end: int, word: str) -> bool:
    """Whether the trigger ``word`` at ``start``..``end`` names no activity here."""
    return (
        in_verb(text, end)
        or in_verb_before(text, start)
        or adverbial(text, end, word)
        or unfounded(text, start, word)
        or judged(text, start, word)
        or (in_body_name(text, end) and word not in words("site_verbs"))
        or congress_series(text, start, word)
        or unheld_short_congress(text, start, end, word)
        or modal_year(text, start, word)
        or a_speech(text, start, end)
    )
