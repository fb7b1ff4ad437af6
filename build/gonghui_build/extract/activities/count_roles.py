"""Counts in an activity's clause that are of a role or an outcome, not of those who
took part: the winners and the honoured, those who reached a hiring intent, the judges,
the speakers who gave a talk, and those an election returned. Kept apart from
``participant_counts`` so its choice of a count reads as one job."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import TypeVar

from gonghui_build import reference as lexicon
from gonghui_build.extract.activities.grammar import FILE, patterns, words
from gonghui_build.text.clauses import CLAUSE_PUNCT, clause_start
from gonghui_build.vocabulary import Unit

#: A mark that ends a clause (``text.clauses.CLAUSE_PUNCT``).
_CLAUSE_MARK = re.compile(f"[{re.escape(CLAUSE_PUNCT)}]")


def _clause_after(sentence: str, end: int, width: int) -> str:
    """The words after ``end`` in its clause, ``width`` characters at most: where a word
    after a count says what the count is of."""
    return _CLAUSE_MARK.split(sentence[end : end + width], maxsplit=1)[0]


def won(sentence: str, match: re.Match[str]) -> bool:
    """The count is of an outcome or a role, not of those who took part: people or
    bodies who won or were honoured (36名选手分获一、二、三等奖, 25个单位分获先进集体称号,
    表彰了6个奖状单位, 累计涌现出技术能手12名), who reached a hiring intent at a job fair
    (8600多人达成就业意向, 现场达成用工意向203人) or who judged (5名专家担任评委). A word
    of the outcome or role follows it in its clause before any verb of taking part, or
    one of an honour list or an intent stands before it in its clause."""
    start = clause_start(sentence, match.start())
    tail = _clause_after(sentence, match.end(), 12)
    joined = words("joining_verbs").regex.search(tail)
    outcomes = [
        (m, key)
        for key in ("winning_verbs", "intent_words", "judging_roles")
        if (m := words(key).regex.search(tail))
    ]
    first = min(outcomes, key=lambda o: o[0].start(), default=None)
    if joined is not None and (first is None or joined.start() < first[0].start()):
        return False
    if first is not None:
        words(first[1]).note_in(first[0][0])
        return True
    before = sentence[start : match.start()]
    return bool(words("honour_list_verbs").in_text(before) or words("intent_words").in_text(before))


def honoured_besides(sentence: str, match: re.Match[str], name: tuple[int, int]) -> bool:
    """The count is of bodies or people honoured among a meeting's business, told after
    the count before any verb of taking part (某某等12个单位受到表彰, 3个班组被授予…称号), not
    of those who attended it; at a meeting held to honour them, as its words ``name``
    (the span of the activity's name or mention in ``sentence``) say (…劳动模范表彰大会，
    120名劳模…受到表彰), those honoured are its participants (real_dev8's gold)."""
    tail = _clause_after(sentence, match.end(), 20)
    found = words("honoured_after_count").regex.search(tail)
    if found is None:
        return False
    joined = words("joining_verbs").regex.search(tail)
    if joined is not None and joined.start() < found.start():
        return False
    words("honoured_after_count").note_in(found[0])
    return not words("honouring_names").in_text(sentence[name[0] : name[1]])


def speakers(sentence: str, match: re.Match[str]) -> bool:
    """The count is of those who gave the talk (三位劳模工匠作事迹宣讲, 五名劳模分别进行了
    宣讲): a verb of giving a talk and its head follows in its clause before any verb of
    taking part; none when the count is of those the talk is given to (为150名职工授课)."""
    before = sentence[clause_start(sentence, match.start()) : match.start()]
    if words("beneficiary_words").in_text(before):
        return False
    tail = _clause_after(sentence, match.end(), 20)
    if _serving_an_audience(tail):
        return True
    speech = _speech_re().search(tail)
    joined = words("joining_verbs").regex.search(tail)
    return speech is not None and (joined is None or speech.start() < joined.start())


def invited_experts(sentence: str, match: re.Match[str]) -> bool:
    """The count is of the experts an activity invited (邀请10名专家为职工义诊, 请来三位律师
    现场解答, 邀请市人民医院8名医生为…): a word of inviting (``invited_verbs``) before it in
    its clause, only the body they come from between, and a title of those who teach or
    treat (``speaker_titles``) ending the counted words. They serve the activity as
    guests; those served, counted after them (共服务职工300余人次), are the ones taking
    part, as free clinics and law days are reported (real pages, s37: a city union's free
    clinics with its hospitals' doctors, a street union's clinic day)."""
    before = sentence[clause_start(sentence, match.start()) : match.start()]
    if not _invited_re().search(before):
        return False
    return _expert_re().match(_clause_after(sentence, match.end(), 10)) is not None


@functools.cache
def _invited_re() -> re.Pattern[str]:
    """A word of inviting, then at most the body the guests come from, at the end of the
    words before a count (邀请, 请来了, 邀请市人民医院)."""
    return re.compile(rf"(?:{words('invited_verbs').pattern})了?[^，。；、\d]{{0,10}}$")


@functools.cache
def _expert_re() -> re.Pattern[str]:
    """A few words ending in a title of those who teach or treat: 专家, 省医院医生."""
    return re.compile(rf"[^，。；、为给向和]{{0,6}}?(?:{words('speaker_titles').pattern})")


def _serving_an_audience(tail: str) -> bool:
    """The count is of experts who serve others counted after them in its clause (两名律师为
    150名职工授课, 11名专家为200余名职工义诊): a title of those who teach or treat
    (``speaker_titles``) ends the counted words, a word of whom the deed is for
    (``beneficiary_words``) follows, then a count of people: those served take part, the
    experts give the service."""
    served = _serving_re().match(tail)
    if served is None:
        return False
    later = patterns().count.search(tail, served.end())
    if later is None:
        return False
    unit = patterns().unit_of[lexicon.words(FILE, "units").found(later["unit"])]
    return unit in (Unit.people, Unit.person_times)


@functools.cache
def _serving_re() -> re.Pattern[str]:
    """A few words ending in an expert's title, then a word of whom a deed is for: the
    counted people of 两名律师为…, 三位医生给…."""
    titles, to = words("speaker_titles").pattern, words("beneficiary_words").pattern
    return re.compile(rf"[^，。；、]{{0,6}}?(?:{titles})(?:{to})")


@functools.cache
def _speech_re() -> re.Pattern[str]:
    """A verb of giving a talk and its head a few words on (作事迹宣讲, 分别进行了宣讲).
    Verbs of telling alone are left out: at a sharing meeting (读书分享会) those who
    share (三十余名青年职工分享了读书心得) are the ones taking part."""
    talk, heads = words("talk_verbs").pattern, words("speech_heads").pattern
    return re.compile(rf"(?:{talk})了?[^，。；]{{0,6}}?(?:{heads})")


def elected(sentence: str, match: re.Match[str]) -> bool:
    """The count is of those an election returned, not of those at the meeting: a word of
    the elected body's make-up or of being elected after it in its clause (由11名委员组成的
    委员会, 9名代表当选), or a verb of an election before it in its sentence with no verb
    of taking part or roll-call word between (选举产生委员9名; 选举产生…委员87名，经审委员
    17名) nor after it in its clause (选举产生新一届委员会，86名代表参加投票: the voters)."""
    tail = _clause_after(sentence, match.end(), 12)
    if words("elected_after").in_text(tail):
        return True
    if words("joining_verbs").in_text(tail):
        return False
    before = sentence[sentence.rfind("。", 0, match.start()) + 1 : match.start()]
    verbs = list(words("election_verbs").finditer(before))
    if not verbs:
        return False
    between = _past_delegated_to(before[verbs[-1].end() :])
    return not (
        words("joining_verbs").in_text(between) or words("actual_attendance").in_text(between)
    )


def delegates_elected_to(text: str, start: int, end: int) -> bool:
    """A congress named right after an election's verb and a verb of taking part, before
    the delegates (选举产生出席|省工会第十四次代表大会|代表15名, 选出参加|全总代表大会|的代表):
    the meeting the elected will go to, cited, not an activity of the article (real pages,
    s41: city unions' meetings electing delegates to a provincial congress)."""
    before = text[clause_start(text, start) : start]
    joined = words("joining_verbs").ending(before)
    if joined is None or not text.startswith(("代表", "的代表"), end):
        return False
    return words("election_verbs").ending(before[: -len(joined)].removesuffix("了")) is not None


def _past_delegated_to(between: str) -> str:
    """The words between an election's verb and its count, past a verb of taking part
    right after that verb (选举产生|出席|省工会代表大会代表15名, 选出参加全总代表大会的代表
    3名): that verb names the meeting the elected will go to, not those at this one (real
    pages, s41: city unions' meetings electing delegates to a provincial congress)."""
    joined = words("joining_verbs").starting(between.removeprefix("了"))
    return between.removeprefix("了")[len(joined) :] if joined else between


#: A count as participant_counts reads it: (start in the sentence, quantity, unit, as written).
_C = TypeVar("_C", bound=tuple)
#: A count's noun going on with 的 (全区5.6万名职工的重托): the count possesses something.
_POSSESSOR = re.compile(r"[^，。；：、的\d]{1,6}的")


def nearest_attending(sentence: str, preferred: Sequence[_C]) -> _C:
    """The last of the counts before a verb of taking part, but for one whose noun goes
    on with 的 (216名代表肩负全区5.6万名职工的重托出席大会: the members whose trust the
    delegates carry possess something, they do not attend) when a count stands before it."""
    for c in reversed(preferred[1:]):
        noun = _POSSESSOR.match(sentence, c[0] + len(c[3]))
        if not noun or words("joining_verbs").in_text(noun.group()):
            return c  # 带领300名职工参加的义务劳动: a clause of taking part, no possessor
    return preferred[0]
