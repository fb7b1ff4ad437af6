"""Setting the model's name spans right: where Baidu LAC's ``PER`` boundaries are known to
slip, the span of the name it read (a name cut by the word after it, 赵景田|任主席; its surname
left out, 史|二林; a title's last character taken, 甘立|新老师; a compound surname cut short,
皇甫双|润), and the signals both the span setting and the checks against the model in
:mod:`.model` read (a name jieba reads too; what stands around a name, a title before it
or a word that follows names, is :mod:`.name_context`). Pure functions of the paragraph's
text."""

from __future__ import annotations

from collections.abc import Sequence

from gonghui_build import reference as lexicon
from gonghui_build.extract.people.acting_names import said_or_acted_after
from gonghui_build.extract.people.composed import composed_end, composed_name, composed_span
from gonghui_build.extract.people.glued_followers import both_read_two
from gonghui_build.extract.people.honours import honour_ending
from gonghui_build.extract.people.households import household_head_end
from gonghui_build.extract.people.listed import (
    closed_by_deng,
    closes_a_list,
    compound_before_deng,
)
from gonghui_build.extract.people.name_context import (
    after_an_age,
    after_title_or_occupation,
    ends_name,
)
from gonghui_build.extract.people.name_length import (
    TITLE_REACH,
    jieba_longer_name,
    jieba_shorter_name,
    jieba_surname_start,
    visited_home_at,
)
from gonghui_build.extract.people.surname_cut_off import surname_then_given_span
from gonghui_build.extract.people.transliterated import (
    transcribed_word,
    transliterated_end,
    transliterated_start,
)
from gonghui_build.extract.people.wei_posts import named_to_a_post
from gonghui_build.extract.people.yi_names import yi_span
from gonghui_build.text import tokenizer
from gonghui_build.text.chars import is_cjk, without_spaces
from gonghui_build.text.names import (
    NAME_TAGS,
    is_plausible_name,
    is_transliterated,
    split_name,
    split_read_name,
)
from gonghui_build.text.tokenizer import Token


def words(section: str) -> lexicon.Words:
    """A word list of ``reference/people.yaml``."""
    return lexicon.words("people.yaml", section)


def _trimmed_to_name(text: str, start: int, end: int) -> int | None:
    """The end of a name-shaped start of ``text[start:end]`` that a word following
    names completes (赵景田|任主席)."""
    for size in (3, 2):
        stop = start + size
        if stop < end and split_name(text[start:stop]) and ends_name(text, stop):
            return stop
    return None


def _surname_before(text: str, start: int, end: int) -> int | None:
    """The start of the name when the model left its surname out (史|二林)."""
    surnames = lexicon.surnames()
    surname_left_out = start > 0 and surnames.is_surname(text[start - 1]) and end - start <= 2
    if surname_left_out and split_name(text[start - 1 : end]):
        return start - 1
    return None


def _last_opens_a_word(text: str, end: int) -> bool:
    """Whether jieba reads the character before ``end`` as the start of a word running
    past it (某某某如|是 is 某某某 + 如是)."""
    return any(t.start == end - 1 and t.end > end for t in tokenizer.tag_tokens(text))


def _jieba_name_at(text: str, start: int) -> Token | None:
    """The word jieba reads as a person's name starting at ``start``, if any."""
    return next(
        (t for t in tokenizer.tag_tokens(text) if t.start == start and t.tag in NAME_TAGS), None
    )


def _past_person_noun(text: str, start: int, end: int) -> int:
    """劳动模范|其木格 read as 范其木格: the model's span opens with the last character of
    a title, a noun for people or an honour (a word of jieba's running into the span);
    the name starts after it."""
    if end - start < 3:
        return start
    titles = lexicon.titles()
    word = next((t for t in tokenizer.tag_tokens(text) if t.start < start < t.end), None)
    if word is None or word.end != start + 1:
        return start
    if titles.at_end.search(word.word) or titles.person_nouns.ending(word.word):
        return start + 1
    return start + 1 if honour_ending(word.word) else start


def read_by_both(text: str, start: int, end: int) -> bool:
    """徐其斌, 赵和刚: jieba reads the model's span as a name too, and the name holds a
    character that is usually a function word (其, 和) but that given names hold."""
    token = _jieba_name_at(text, start)
    name = text[start:end]
    agreed = token is not None and token.end == end
    return agreed and split_name(name) is None and split_read_name(name) is not None


def worded_given_name(text: str, start: int, end: int, listed: bool = False) -> bool:
    """刘海军, 甄海洋: a surname that is no ordinary word (``surnames.yaml`` common or other,
    not 和) and a given name that is a frequent word (海洋), read by the model as one person
    with a second signal (a title or an occupation before it; jieba's name tag; a word after
    it, :func:`.acting_names.said_or_acted_after`; an item of a list, ``listed``, or the 等
    closing one; 为 and a post, 赵和平为秘书长), which alone the name rules refuse (把王建设好)."""
    parts = split_read_name(text[start:end])
    if parts is None or end - start != 3 or not lexicon.surnames().is_surname(parts[0]):
        return False
    if listed or closed_by_deng(text, end) or named_to_a_post(text, start, end):
        return True
    if after_title_or_occupation(text, start):
        return True
    named = _jieba_name_at(text, start)
    if named is not None and named.end == end:
        return True
    return said_or_acted_after(text, start, end)


def worded_span(text: str, start: int, end: int, listed: bool) -> tuple[int, int] | None:
    """张和平, 赵和平为秘书长: a name no name shape fits because its given name holds a
    character mostly a word's (和), taken as the model read it where a second signal
    stands by it."""
    return (start, end) if worded_given_name(text, start, end, listed) else None


def set_right(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the name the model read at ``text[start:end]``, or None if no shape fits."""
    trimmed = _past_person_noun(text, start, end)
    after_noun = trimmed > start or after_title_or_occupation(text, start)
    start = trimmed
    yi = yi_span(text, start, end)
    if yi is not None:
        return yi  # 阿苏某|某, 马|海某|某: a Yi name the model cut
    name = without_spaces(text[start:end])
    if len(name) == 1:
        # 教师农|加贵: the model read the surname alone; jieba's name there is the whole
        token = _jieba_name_at(text, start)
        if token is None or not 2 <= len(token.word) <= 3 or split_name(token.word) is None:
            return surname_then_given_span(text, start, after_noun)  # 采油工隋|长江向
        end, name = token.end, token.word
    if composed_name(text, start, alone=False) == end + 1 and composed_end(text, start) == (end, 1):
        return start, end + 1  # 乌力吉|图、: one element and its final syllable
    element_end = _element_after(text, start, end) or _name_ending_after(text, start, end)
    if element_end is not None:
        return start, element_end  # 孟根|其其格等, 叶尔兰|别克和: the part after is the name's
    if read_by_both(text, start, end):
        return start, end
    composed = composed_span(text, start, end)
    if composed is not None:
        return composed  # 织毯工|旺堆卓玛, 苏和|巴雅尔: a name of Mongolian or Tibetan elements
    placed = after_noun or after_an_age(text, start)  # 二十出头的|仁增: an age places it
    if placed and composed_name(text, start, False, short=ends_name(text, end)) == end:
        return start, end  # 劳动模范|其木格, 小伙|顿珠|告诉: one element after a title
    if is_transliterated(name):
        return transliterated_start(text, start, end), transliterated_end(text, start, end)
    if after_noun and transcribed_word(text, start, end) and ends_name(text, end):
        return start, end  # 外方经理|约翰逊|表示: a foreign name jieba's dictionary lists
    if after_noun and _given_ends_in_and(text, start, end):
        return start, end + 1  # 部长温某|和|作报告: 和 is the given name's, no conjunction
    if split_name(name) and len(name) <= 3:
        start = jieba_surname_start(text, start, end)
        end = _end_before_a_noun(text, start, jieba_shorter_name(text, start, end))
        end = household_head_end(text, start, jieba_longer_name(text, start, end))  # 田秀|芝家、
        end = _given_end_before_title(text, start, _compound_given_end(text, start, end))
        return start, _end_before_an_elections_wei(text, start, end)
    long_name = len(name) >= 4 and all(is_cjk(c) for c in name)
    member = _member_after_a_team(text, start, end) if long_name else None
    if member is not None:
        return member, end  # 秀兰班|周某: a team named after its model worker, and a member
    if long_name and closes_a_list(text, start, end):
        return start, end - 1  # 张建中|等: 等 ends the list, though 中等 is a word
    opens_a_word = _last_opens_a_word(text, end) and not compound_before_deng(text, start, end)
    if long_name and opens_a_word and split_name(text[start : end - 1]):
        return start, end - 1  # 司某某|如是坦言: the last character opens the next word
    if long_name and ends_name(text, end):
        return start, end  # a name of another language: 沙马拉果, 巴图孟和说
    if len(name) > 2:
        stop = _trimmed_to_name(text, start, end)
        if stop is not None:
            return start, stop
    before = _surname_before(text, start, end)
    if before is not None:
        return before, end
    return (start, end) if long_name else None


#: The conjunctions a given name may end with where the model read it (李永和, 张三与):
#: :data:`COORDINATION`'s 和 and 与 only; its 及, which :func:`.name_length.ends_with_and`
#: also takes where the rules find the name, is left out here.
_AND = "和与"


def _given_ends_in_and(text: str, start: int, end: int) -> bool:
    """部长温某|和|作开班动员: the model read two characters after a title, and the
    conjunction after them is followed by a word that follows names (作, 主持, 出席:
    jieba's word there, so that 作家 or 出席者 is no follower), never by what a
    conjunction joins: the conjunction ends the given name (李永和出席), as
    :func:`.name_length.ends_with_and` reads it where the rules find the name."""
    if end - start != 2 or end >= len(text) or text[end] not in _AND:
        return False
    word = next((t for t in tokenizer.tag_tokens(text) if t.start == end + 1), None)
    return word is not None and word.word in words("name_followers")


#: The fewest characters of a name element read on past the model's end: elements of
#: two (哈斯, 图门, 布和) are often words or a next name's start; those of three (其其格,
#: 巴特尔, 毕力格) are neither.
_ELEMENT_AFTER_MIN = 3


def _element_after(text: str, start: int, end: int) -> int | None:
    """孟根|其其格等19名, 乌日|巴特尔、: the model read the first part of a Mongolian name
    of two or three characters and stopped before a name element of three characters or
    more (``people.yaml`` name_elements) that punctuation or a word that follows names
    closes: the element is the name's last part (the end of the whole), seen in honour
    lists of Inner Mongolia's unions (s36). A first part that is a name element itself is
    left to :func:`.composed.composed_span`."""
    if not 2 <= end - start <= 3 or not all(is_cjk(c) for c in text[start:end]):
        return None
    found = composed_end(text, end)
    if found is None or found[0] - end < _ELEMENT_AFTER_MIN:
        return None
    return found[0] if ends_name(text, found[0]) else None


def _name_ending_after(text: str, start: int, end: int) -> int | None:
    """叶尔兰|别克和…: the ending of a Kazakh or Kyrgyz man's name (``people.yaml``
    transliterated_name_endings) right after the model's span of two to four characters,
    closed by punctuation or a word that follows names: the name runs on to it (the
    model, and jieba, read the head alone)."""
    if not 2 <= end - start <= 4 or not all(is_cjk(c) for c in text[start:end]):
        return None
    ending = words("transliterated_name_endings").starting(text, end)
    if ending is None:
        return None
    return end + len(ending) if ends_name(text, end + len(ending)) else None


#: jieba's tags of a noun, a place word or a locative (车厢/n, 车上/s, 里/f) whose first
#: character the model may take as a name's third.
_NOUN_TAGS = frozenset({"n", "s", "f"})


def _end_before_a_noun(text: str, start: int, end: int) -> int:
    """列车长李某|车上巡视, 工人陈某|进站: the model read a name of three characters whose
    last character opens a noun or a place word jieba reads running past it (车上, 进站,
    车厢), where jieba reads the first two as a name (nr) and the three as no word: the
    name is the two, the noun the text's next word. A word that follows names or
    punctuation right after the three (王某新，) leaves them whole."""
    if end - start != 3 or ends_name(text, end) or tokenizer.frequency(text[start:end]):
        return end
    tokens = tokenizer.tag_tokens(text)
    named = any(t.start == start and t.end == start + 2 and t.tag in NAME_TAGS for t in tokens)
    noun = tokenizer.token_at(tokens, start + 2)
    if not named or noun is None or noun.end <= end or noun.tag not in _NOUN_TAGS:
        return end
    # 皇甫|双某: a compound surname alone is no name of two
    return start + 2 if is_plausible_name(text[start : start + 2], strong_context=True) else end


def _given_end_before_title(text: str, start: int, end: int) -> int:
    """甘立|新老师: the model cut a name of two characters one short of a title or a form
    of address that follows names (主席, 同志, 老师, 师傅), or of a word that follows
    names (卓某|某光荣当选); the character before it is the name's, when the three make a
    name and none starts right at the model's end (王军|副主席, 王军|老师, 王军|参加)."""
    titles = lexicon.titles()

    def addressed_at(at: int) -> bool:
        after = titles.after_name.starting(text, at) or words("partial_after").starting(text, at)
        return after is not None

    if end - start != 2 or titles.regex.match(text, end) or addressed_at(end):
        return end
    if visited_home_at(text, end) or words("name_adverbs").starting(text, end):
        return end  # 职工罗某|家，, 何某|正在: the home a visit goes to, an adverb
    if both_read_two(text, start, end):
        return end  # 见到蔡某|时，: jieba reads the two a name and 时 a word alone
    longer = is_plausible_name(text[start : end + 1], strong_context=True)
    if longer and _last_opens_a_word(text, end + 1):
        return end  # 马某|演说的: the character after opens jieba's word, no given name's
    if longer and (
        addressed_at(end + 1) or (ends_name(text, end + 1) and not ends_name(text, end))
    ):
        return end + 1  # 卓兴|建光荣当选: a word that follows names comes one character on
    return end


def _end_before_an_elections_wei(text: str, start: int, end: int) -> int:
    """推选甲为第一书记，乙、石磊为|书记处书记: the model read the 为 of an election's
    sentence with a name of two characters (石磊为); 为 and the post after it are the
    election's (:func:`.wei_posts.named_to_a_post`), the name ends before it."""
    short = end - start == 3 and split_name(text[start : end - 1]) is not None
    return end - 1 if short and named_to_a_post(text, start, end - 1) else end


def _compound_given_end(text: str, start: int, end: int) -> int:
    """皇甫双|润: the model cut a name of a compound surname after one given character;
    the next character is the name's when a name of four ends there."""
    name = text[start:end]
    if len(name) != 3 or name[:2] not in lexicon.surnames().compound:
        return end
    if _follower_word_at(text, end):
        return end  # 欧阳某|陪同, 欧阳某|正在: the word after closes the name of three
    longer = text[start : end + 1]
    if len(longer) == 4 and split_name(longer) and ends_name(text, end + 1):
        return end + 1
    return end


def _follower_word_at(text: str, at: int) -> bool:
    """A word of two characters or more that follows names (陪同, 一行), or an adverb
    of ``people.yaml`` name_adverbs (正在), opens at ``at``: its first character is no
    name's last (a longer name would end in 陪 or 正 before 同 or 在, which follow names
    too)."""
    follower = words("name_followers").starting(text, at) or words("name_adverbs").starting(
        text, at
    )
    return follower is not None and len(follower) > 1


def _member_after_a_team(text: str, start: int, end: int) -> int | None:
    """秀兰班周某介绍: the model read a work team named after its model worker (two
    characters or more, then ``people.yaml`` team_characters: 班, 组) and a Han name of
    two or three characters after it as one long name; the name starts past the team."""
    teams = lexicon.words("people.yaml", "team_characters")
    for k in range(start + 2, end - 2):
        member = text[k + 1 : end]
        if teams.starting(text, k) and 2 <= len(member) <= 3 and is_plausible_name(member, True):
            return k + 1
    return None


def past_a_word_before_a_space(
    text: str, start: int, end: int, tokens: Sequence[Token], breaks: frozenset[int]
) -> tuple[int, int]:
    """省劳动模范 春雷, 副主席晨曦同志, 村妇女主任卡果: the model (or a surname read back)
    takes in the last character of the word before the name (模范|范, 主席|席, 主任|任),
    which reads as a surname. A title that opens before the span and ends at its first
    character ends there; so does a word of jieba's when the page printed a space right
    after it. An OCR-padded name (主席庄 振国) keeps its surname, which closes no word, and
    jieba's glued words (轧钢工余|培斌: 工余) with no space leave the span as read."""
    if end - start - 1 < 2:
        return start, end
    reach = max(0, start + 1 - TITLE_REACH)
    title = lexicon.titles().at_end.search(text, reach, start + 1)
    if title is not None and title.start() < start:
        return start + 1, end
    if start + 1 not in breaks:
        return start, end
    closes_a_word = any(t.start < start and t.end == start + 1 for t in tokens)
    return (start + 1, end) if closes_a_word else (start, end)
