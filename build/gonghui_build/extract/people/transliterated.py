"""Transliterated names (热依拉·买买提, 阿不都…·吐尔逊): where a name of parts joined by a
middle dot begins and ends when the model's span of it stops at the dot or runs into
the words after it. Kept apart from :mod:`.model`, which weighs every span the model
reads, because these names have boundaries of their own."""

from __future__ import annotations

import itertools

from gonghui_build import reference as lexicon
from gonghui_build.extract.people.name_length import follows_name, visited_home_at
from gonghui_build.extract.people.stray_dots import part_after_stray_dot
from gonghui_build.extract.people.transliterated_elements import (
    LONGEST_PART,
    element_run_end,
    element_run_start,
)
from gonghui_build.text import ner, tokenizer
from gonghui_build.text.chars import is_cjk
from gonghui_build.text.names import NAME_DOTS, NAME_TAGS, is_transliterated, name_parts


def words(section: str) -> lexicon.Words:
    """A word list of ``reference/people.yaml``."""
    return lexicon.words("people.yaml", section)


def follows_name_at(text: str, end: int) -> bool:
    """What follows ``end`` closes a name: punctuation or a word that follows names."""
    return follows_name(text[end : end + 4])


def across_dot(text: str, start: int, end: int) -> tuple[int, int]:
    """热依拉|·买买提: the model stops at the middle dot, or takes it in (艾某·|买买提
    where it reads the last part as a verb); the word after it (which may hold the dot:
    库尔班江|·巴拉提) is the rest of the name."""
    if end - start > 1 and text[end - 1 : end] in NAME_DOTS:
        end -= 1  # 艾某·|买买提: the dot read with the first part
    stray = part_after_stray_dot(text, start, end)
    if stray is not None:
        return start, stray  # 艾力|.买买提: the dot printed as a full stop or a hyphen
    if text[end : end + 1] not in NAME_DOTS:
        return start, end
    for after in ner.words(text):
        rest = after.text[end + 1 - after.start :]  # the word after the dot, or holding it
        if after.start in (end, end + 1) and rest and len(rest) <= 5 and all(map(is_cjk, rest)):
            return start, after.end
    return start, end


def transliterated_start(text: str, start: int, end: int) -> int:
    """The start of a transliterated name the model read at ``text[start:end]``: a word
    of jieba's that opens before the model's start and closes inside the first part
    holds the name's opening characters the model left out (再|丽某·吐某某 where jieba
    reads 再丽某, 买买|提江·某某 where it reads 买买提); a title, an occupation or a noun
    for people that runs into the name is no part of it."""
    dot = next((k for k in range(start, end) if text[k] in NAME_DOTS), end)
    titles = lexicon.titles()
    back = element_run_start(text, start)  # 护士长|热依汗|古丽·…: elements the model left
    if back < start and (
        back == 0 or not is_cjk(text[back - 1]) or titles.at_end.search(text[:back])
    ):
        return back
    for t in tokenizer.tag_tokens(text):
        if not t.start < start < t.end <= dot or not all(map(is_cjk, t.word)):
            continue
        head = t.word[: start - t.start]
        if titles.at_end.search(head) or titles.person_nouns.ending(head):
            return start
        if _noun_before_covers(text, start, len(head)):
            return start  # 选手|帕某古丽·…: jieba's 手帕 takes the 手 of 选手
        return t.start
    return start


def _noun_before_covers(text: str, start: int, size: int) -> bool:
    """A noun for people (选手, 职工: ``titles.yaml`` person_nouns) ends at the model's
    ``start`` and holds the ``size`` characters before it that jieba read with the
    name's opening (选|手帕|提古丽: 手帕 'handkerchief'): they are the noun's, and the
    model's start stands. Seen on Xinjiang contests' pages, a winner named after 选手
    (s44, people31)."""
    noun = lexicon.titles().person_nouns.ending(text[:start])
    return noun is not None and len(noun) > size


#: Characters the last part of a transliterated name may run on past the model's end,
#: and the longest last part the model leaves that may be cut short.
_LAST_PART_RUN_ON, _SHORT_LAST_PART = 4, 2
#: A last part of three characters or more may be cut short too, by at most three, to
#: the longest parts of the transliteration tables (:data:`.transliterated_elements.LONGEST_PART`).
_LONG_PART_RUN_ON = 3


def transliterated_end(text: str, start: int, end: int) -> int:
    """The end of a transliterated name the model read at ``text[start:end]``: a verb of
    saying it swallowed is cut off (努尔…·周|说), and a last part of one or two
    characters runs on to the punctuation, space or word that follows names right after
    (祖木…·吾|布力，, …·阿不|都热依木出席): the model reads the Chinese characters after a
    middle dot as words of their own; the home a visit goes to (来到牧民…·沙某|家中) closes
    it there, as it closes a Han name. A verb of jieba's dictionary on the way (…·买买|
    提获奖) leaves the model's end."""
    last = name_parts(text[start:end])[-1]
    said = words("speech_verbs").ending(last)
    if said and len(last) > len(said):
        return end - len(said)
    follower = _follower_inside(text, end - len(last) + _SHORT_LAST_PART, end)
    if follower is not None:
        return follower  # …·吐尔地|到场: a word that follows names the model took in
    run = element_run_end(text, end - len(last))
    if run > end and (_part_ends_at(text, run) or _word_opens_at(text, run)):
        return run  # …·阿不|都热合曼出席: a part made of known elements, cut at 都
    if _one_before_a_follower(text, end) or _shared_with_a_follower(text, end - len(last), end):
        return end + 1  # …·艾买|提出席: 提 closes the name, 出席 follows it
    named = _last_part_named(text, end - len(last), end)
    if named is not None and named > end and not _follower_at(text, end):
        return named  # …·艾|则某带队: jieba's name holds the one-character follower 则
    if follows_name_at(text, end) or visited_home_at(text, end):
        return end  # …·沙某|家中: the home a visit goes to closes the name
    if len(last) > _SHORT_LAST_PART:
        return _long_part_end(text, end, len(last))
    whole = _last_part_word(text, end - len(last), end)
    if whole is not None:  # …·买买|提在: jieba reads the last part whole, or longer
        return _long_part_end(text, whole, whole - end + len(last))  # …·哈某|持克某，
    verbs = {t.start for t in tokenizer.tag_tokens(text) if len(t.word) > 1 and t.tag[:1] == "v"}
    verbs |= _manner_phrase_starts(text)
    for stop in range(end + 1, min(len(text), end + _LAST_PART_RUN_ON) + 1):
        if stop - 1 in verbs:
            return end
        if _part_ends_at(text, stop):
            return stop
        if _word_opens_at(text, stop):
            return end  # …·哈某|别某副主任: a word of its own follows
    return end


#: jieba's tags of a word a particle of manner turns into an adverbial (笑|着, 高兴|地):
#: verbs, adjectives and the like, never a name's or a noun's.
_MANNER_HEAD_TAGS = ("v", "a", "b", "d")


def _manner_phrase_starts(text: str) -> set[int]:
    """Where a word of manner opens: a verb or adjective of jieba's and then a particle
    (``people.yaml`` particles: 笑|着说, 高兴|地说). After a last part of two characters
    (…·吉某|笑着说) it opens the words after the name, which a run on to the verb of
    saying would take in; a word of one character the run-on check reads no verb in."""
    tokens = tokenizer.tag_tokens(text)
    particles = words("particles")
    return {
        t.start
        for t, after in itertools.pairwise(tokens)
        if t.tag[:1] in _MANNER_HEAD_TAGS
        and after.tag[:1] == "u"
        and after.word in particles
        and all(map(is_cjk, t.word))
    }


def _one_before_a_follower(text: str, end: int) -> bool:
    """…·艾买|提出席: one Chinese character, no word of its own that stops a part or
    follows names, and then a word of two characters or more that follows names. The
    model stops where a follower (提出) seems to open, but the follower after the
    character (出席) says the character closes the name: last parts end in 提 in many
    names (买买提, 艾买提, 托乎提), seen before 出席 and 主持 on Xinjiang papers' and union
    sites' pages (s32)."""
    if end >= len(text) or not is_cjk(text[end]):
        return False
    one = text[end]
    if one in words("name_followers") or one in words("transliterated_part_stops"):
        return False
    if one in words("given_name_stops"):
        return False
    follower = words("name_followers").starting(text, end + 1)
    return follower is not None and len(follower) > 1


def _shared_with_a_follower(text: str, lo: int, end: int) -> bool:
    """…·买买|提出了建议: a word that follows names opens at ``end`` (提出) and its first
    character closes a last part jieba's dictionary holds whole, no verb (买买提): the
    writer printed the shared 提 once, and the name keeps it."""
    follower = words("name_followers").starting(text, end)
    if not follower or len(follower) < 2 or end - lo > _SHORT_LAST_PART:
        return False
    return _last_part_word(text, lo, end) == end + 1 and tokenizer.frequency(text[lo : end + 1]) > 0


def _long_part_end(text: str, end: int, read: int) -> int:
    """The end of a last part of three characters or more the model read short
    (…·哈某持|克某，, …·图某森|托某提，): it runs on to the punctuation, the word that
    follows names or the one-character word that closes a part (和, 家) at most three
    characters on. A word of jieba's other than a name that opens at ``end`` (…·玉某甫|
    老人, …·某某|参加) leaves the model's end: the part was read whole."""
    if follows_name_at(text, end) or _closes_part_at(text, end) or not _name_runs_on(text, end):
        return end  # …·买买提|在国家…, …·吾某尔|摄）, …·玉某甫|上台
    run_on = min(_LONG_PART_RUN_ON, LONGEST_PART - read)
    for stop in range(end + 1, min(len(text), end + run_on) + 1):
        if _part_ends_at(text, stop):
            return stop
        if _word_opens_at(text, stop):
            return end  # …·吐某亚孜|副主任: a word of its own follows, the part was whole
    return end


def _name_runs_on(text: str, at: int) -> bool:
    """jieba's word that holds ``at`` (…·图某|森托某提: 森托某) or opens there (…·哈某持|
    克某, …·达某|别某和) is one its dictionary lacks or gives as a personal name: a word
    of its dictionary there (老人, 上台, 一家人, 荣获) is a word of its own, and so is
    one character jieba reads alone, unless as a name (看|完, 获)."""
    for t in tokenizer.tag_tokens(text):
        if t.start < at < t.end:
            return not _word_of_its_own(t.word)  # …·艾某提|荣获: a word, cut
        if t.start == at and len(t.word) > 1:
            return not _word_of_its_own(t.word)
        if t.start == at:  # …·努某兰|看完, …·卡某尔|获: one character is a word …
            return t.tag in NAME_TAGS or _part_ends_at(text, at + 1)  # … but …托某|提，
    return False


def _part_ends_at(text: str, at: int) -> bool:
    """The text ends at ``at``, or punctuation or a word that closes a part opens there."""
    return at >= len(text) or not is_cjk(text[at]) or _closes_part_at(text, at)


def _word_of_its_own(word: str) -> bool:
    """A word of two characters or more that jieba's dictionary holds, not as a name,
    or a word that follows names (its dictionary tags 荣获 nr)."""
    if len(word) < 2 or tokenizer.frequency(word) == 0:
        return False
    return tokenizer.dictionary_tag(word) not in NAME_TAGS or word in words("name_followers")


def _word_opens_at(text: str, at: int) -> bool:
    """A word of its own (:func:`_word_of_its_own`) opens at ``at``: the name ended."""
    return any(t.start == at and _word_of_its_own(t.word) for t in tokenizer.tag_tokens(text))


def _closes_part_at(text: str, at: int) -> bool:
    """A transliterated part ends before ``at``: a verb of saying, a word that follows
    names, a one-character word the transliteration tables never use (not inside a word
    of jieba's: the 任 of 主任) or a credit's mark glued to a name (…摄, ``bylines.yaml``
    glued_marks) opens there."""
    inside = any(t.start < at < t.end for t in tokenizer.tag_tokens(text))
    stops = not inside and words("transliterated_part_stops").starting(text, at)
    credit = lexicon.words("bylines.yaml", "glued_marks").starting(text, at)
    return _follower_at(text, at) or bool(stops or credit)


def _last_part_word(text: str, lo: int, end: int) -> int | None:
    """The end of a word of jieba's, no verb, that opens at the last part's start ``lo``
    and runs on past the model's ``end`` by a character or two (…·买买|提在: jieba reads
    买买提 as one word)."""
    for t in tokenizer.tag_tokens(text):
        runs_on = t.start == lo and end < t.end <= end + _SHORT_LAST_PART
        if runs_on and t.tag[:1] != "v" and all(map(is_cjk, t.word)):
            return t.end
    return None


def _last_part_named(text: str, lo: int, end: int) -> int | None:
    """The end of a word of jieba's that it tags as a name (``NAME_TAGS``), opening at
    the last part's start ``lo`` and ending at the model's ``end`` or at most two
    characters past it, and followed by punctuation or a word of its own: a second
    reader of the last part. Where it runs past ``end`` it holds characters the model
    left out (…·艾|则某带队: the model stops before 则, a one-character word that follows
    names, which jieba reads inside the name). Where it ends at ``end`` the caller goes on
    as before: stopping the run-on there (…·努某|送去) lowered a held-out set (s37)."""
    for t in tokenizer.tag_tokens(text):
        fits = t.start == lo and end <= t.end <= end + _SHORT_LAST_PART and len(t.word) > 1
        if fits and t.tag in NAME_TAGS and all(map(is_cjk, t.word)):
            closed = _part_ends_at(text, t.end) or _word_opens_at(text, t.end)
            return t.end if closed or _verb_opens_at(text, t.end) else None
    return None


#: jieba's tags of the one-character words that open no name's part after a name it
#: reads whole: verbs, prepositions, conjunctions, particles, adverbs (送, 为, 并, 了, 又).
_WORD_CLASSES_AFTER_A_NAME = ("v", "p", "c", "u", "d")


def _verb_opens_at(text: str, at: int) -> bool:
    """A word jieba reads as a verb or a function word (送, 向, 并) opens at ``at``."""
    return any(
        t.start == at and t.tag[:1] in _WORD_CLASSES_AFTER_A_NAME
        for t in tokenizer.tag_tokens(text)
    )


def _follower_inside(text: str, lo: int, end: int) -> int | None:
    """Where a word of two or more characters that follows names (到场, 出席) opens a
    word of jieba's between ``lo`` and ``end``, when it runs to ``end``: the model read
    it as the end of a transliterated name's last part."""
    followers = words("name_followers")
    for t in tokenizer.tag_tokens(text):
        at_end = lo <= t.start < end and t.end == end and len(t.word) > 1
        if at_end and followers.starting(text, t.start) == t.word:
            return t.start
    return None


def _follower_at(text: str, at: int) -> bool:
    """A verb of saying, or a word of two or more characters that follows names, starts
    at ``at`` (one character that follows names, 来 or 都, is as often part of a
    transliterated name)."""
    follower = words("name_followers").starting(text, at)
    return bool(words("speech_verbs").starting(text, at) or (follower and len(follower) > 1))


#: The most characters the model may leave unread between two pieces of one
#: transliterated name's first part (阿不|都热|合曼·吐尔逊).
_UNREAD_GAP = 2


def joined_first_part(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The model's spans with a piece of a transliterated name's first part, read apart
    from the rest of the name (阿不|都热|合曼·吐尔逊: two characters unread between),
    joined to it: a span of two characters or more right before a span holding a middle
    dot, only Chinese characters between."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and _first_part_piece(text, out[-1], start, end):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _first_part_piece(text: str, before: tuple[int, int], start: int, end: int) -> bool:
    """Whether the span ``before`` is a piece of the first part of the transliterated
    name at ``start``: a word that closes a part (``transliterated_part_stops``: 和, 与)
    or one of two characters that follows names (陪同) between them leaves two people
    (王某和热依拉·…, 李某陪同热依拉·…)."""
    gap = text[before[1] : start]
    piece = text[before[0] : before[1]]
    stops = words("transliterated_part_stops")
    if any(c in stops for c in gap) or any(_follower_at(text, k) for k in range(before[1], start)):
        return False
    return (
        len(gap) <= _UNREAD_GAP
        and all(map(is_cjk, gap + piece))
        and len(piece) >= 2
        and is_transliterated(text[start:end])
        and not is_transliterated(piece)
    )


#: jieba's tag of a transcribed foreign name of its dictionary (约翰逊, 赫尔曼).
_TRANSCRIBED_TAG = "nrt"


def transcribed_word(text: str, start: int, end: int) -> bool:
    """约翰逊, 玛丽亚: the model's span of two or three characters is one word of jieba's
    dictionary that it tags a transcribed foreign name (nrt). Such a name has no surname
    the name shapes know, so no shape fits it; after a title or an occupation and before
    punctuation or a word that follows names (外方经理约翰逊表示, 外籍焊工玛丽亚说), it is a
    person. Reports on Chinese firms' projects abroad and foreign staff in China name
    them so (s40, people23). A country's or a firm's name jieba tags so (伊拉克) stands
    after no post."""
    if not 2 <= end - start <= 3:
        return False
    tokens = tokenizer.tag_tokens(text)
    token = next((t for t in tokens if t.start == start and t.end == end), None)
    return (
        token is not None and token.tag == _TRANSCRIBED_TAG and tokenizer.frequency(token.word) > 0
    )
