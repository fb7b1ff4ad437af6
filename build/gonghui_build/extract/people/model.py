"""The model's people: Baidu LAC's ``PER`` spans (:mod:`gonghui_build.text.ner`) in a
paragraph, set right where the model's boundaries are known to slip, and weighed
against the name rules.

The model reads names the rules cannot (an occupation before the name, 快递员汤飞; a
name in a headline; a transliterated name, 阿依古丽·吐尔逊; a Mongolian or Yi name of
four characters), and it errs in ways the rules can tell:

* a name cut by the word after it (赵景田任主席 → 赵景田), or its surname left out
  (车工史二林 → 二林): a name-shaped string is taken;
* a name of four or more characters read as two (孟和|巴雅尔): adjacent spans are one;
* a word the dictionary knows as an ordinary word (扫一扫), a one-character span, a
  span inside an organisation's name, a name followed by 摄 (a photo credit) or after
  记者/通讯员 (a byline run into the text), a nickname that is a whole quotation
  (叫‘陈妈妈’): no person of the article.

Every function is pure; the model's tags are cached by sentence, so reading a paragraph
again costs nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from gonghui_build import reference as lexicon
from gonghui_build.extract.people.composed import composed_name, composed_span
from gonghui_build.extract.people.credits import credit_or_byline
from gonghui_build.extract.people.listed import (
    closed_by_deng,
    closes_a_list,
    compound_before_deng,
    listed_spans,
    named_to_a_post,
    repeated_spans,
    widened_surname_items,
)
from gonghui_build.extract.people.name_length import (
    jieba_longer_name,
    jieba_shorter_name,
    jieba_surname_start,
)
from gonghui_build.extract.people.transliterated import (
    across_dot,
    follows_name_at,
    joined_first_part,
    transliterated_end,
    transliterated_start,
)
from gonghui_build.extract.people.yi_names import yi_span
from gonghui_build.text import ner, tokenizer
from gonghui_build.text.chars import is_cjk, without_spaces
from gonghui_build.text.clauses import overlaps_any
from gonghui_build.text.names import (
    GIVEN_WORD_MAX_FREQ,
    NAME_TAGS,
    is_common_word,
    is_plausible_name,
    is_transliterated,
    is_word_and_particle,
    split_name,
    split_read_name,
)
from gonghui_build.text.numbers import chinese_to_int
from gonghui_build.text.tokenizer import Token

#: The most characters between a name and the end of the quoted name of a thing named
#: after the person (“某某某安全驾驶工作室”).
_THINGS_NAME_MAX = 10
#: Characters after which a name opens a clause.
CLAUSE_STARTS = "，。；：！？、“”‘’（）《》 \n"
#: The end of a transliterated name, by its older name here (tests read it).
_transliterated_end = transliterated_end
#: Quotation marks a nickname stands in.
_NICKNAME_QUOTES = {"‘": "’", "“": "”"}


def words(section: str) -> lexicon.Words:
    """A word list of ``reference/people.yaml``."""
    return lexicon.words("people.yaml", section)


@dataclass(frozen=True)
class ModelName:
    """A name the model read, with its span in the paragraph's text."""

    name: str  # spaces removed
    start: int
    end: int


def person_spans(text: str) -> list[tuple[int, int]]:
    """The model's PER spans, adjacent ones of two characters or more joined (孟和|巴雅尔;
    not 范|祁振邦, a one-character span, 劳动模范祁振邦)."""
    spans: list[tuple[int, int]] = []
    for w in ner.entities(text, frozenset({"PER"})):
        joined = spans and spans[-1][1] == w.start
        if joined and spans[-1][1] - spans[-1][0] >= 2 and w.end - w.start >= 2:
            spans[-1] = (spans[-1][0], w.end)
        else:
            spans.append((w.start, w.end))
    out: list[tuple[int, int]] = []
    for a, b in (across_dot(text, a, b) for a, b in spans):
        if not out or b > out[-1][1]:
            out.append((a, b))  # 库尔班江|·|阿布拉: the part after the dot is read once
    return joined_first_part(text, out)


def _trimmed_to_name(text: str, start: int, end: int) -> int | None:
    """The end of a name-shaped start of ``text[start:end]`` that a word following
    names completes (赵景田|任主席)."""
    for size in (3, 2):
        stop = start + size
        if stop < end and split_name(text[start:stop]) and _ends_name(text, stop):
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
    honours = lexicon.words("titles.yaml", "honours")
    if titles.at_end.search(word.word) or titles.person_nouns.ending(word.word):
        return start + 1
    return start + 1 if honours.ending(word.word) else start


def _read_by_both(text: str, start: int, end: int) -> bool:
    """徐其斌, 赵和刚: jieba reads the model's span as a name too, and the name holds a
    character that is usually a function word (其, 和) but that given names hold."""
    token = _jieba_name_at(text, start)
    name = text[start:end]
    agreed = token is not None and token.end == end
    return agreed and split_name(name) is None and split_read_name(name) is not None


def _worded_given_name(text: str, start: int, end: int, listed: bool = False) -> bool:
    """刘海军, 李长江: a common surname and a given name that is a frequent word (海军,
    长江), read by the model as one person and with a second signal (a title or an
    occupation right before it, 采煤工刘某某等; jieba's dictionary tagging it a name; a
    verb of saying or a word only people take right after it; an item of a list of
    names, ``listed``, or the 等 closing one after it, 杜长江等职工代表; 为 and a post
    after it, 赵和平为秘书长): given names are
    often such words, which alone the name rules refuse (把王建设好 has none of those).
    In a list the given name may hold a character that is mostly a word's (张和平)."""
    parts = split_read_name(text[start:end])
    if parts is None or end - start != 3 or parts[0] not in lexicon.surnames().common:
        return False
    if listed or closed_by_deng(text, end) or named_to_a_post(text, start, end):
        return True
    if after_title_or_occupation(text, start):
        return True
    named = _jieba_name_at(text, start)
    if named is not None and named.end == end:
        return True
    return any(words(w).starting(text, end) for w in ("speech_verbs", "person_followers"))


def _worded_span(text: str, start: int, end: int, listed: bool) -> tuple[int, int] | None:
    """张和平, 赵和平为秘书长: a name no name shape fits because its given name holds a
    character mostly a word's (和), taken as the model read it where a second signal
    stands by it."""
    return (start, end) if _worded_given_name(text, start, end, listed) else None


def _set_right(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the name the model read at ``text[start:end]``, or None when no name
    shape fits it."""
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
            return None
        end, name = token.end, token.word
    if _read_by_both(text, start, end):
        return start, end
    composed = composed_span(text, start, end)
    if composed is not None:
        return composed  # 织毯工|旺堆卓玛, 苏和|巴雅尔: a name of Mongolian or Tibetan elements
    if after_noun and composed_name(text, start, alone=False) == end:
        return start, end  # 劳动模范|其木格: one element of three characters after a title
    if is_transliterated(name):
        return transliterated_start(text, start, end), transliterated_end(text, start, end)
    if split_name(name) and len(name) <= 3:
        start = jieba_surname_start(text, start, end)
        end = jieba_longer_name(text, start, jieba_shorter_name(text, start, end))
        return start, _given_end_before_title(text, start, _compound_given_end(text, start, end))
    long_name = len(name) >= 4 and all(is_cjk(c) for c in name)
    if long_name and closes_a_list(text, start, end):
        return start, end - 1  # 张建中|等: 等 ends the list, though 中等 is a word
    opens_a_word = _last_opens_a_word(text, end) and not compound_before_deng(text, start, end)
    if long_name and opens_a_word and split_name(text[start : end - 1]):
        return start, end - 1  # 司某某|如是坦言: the last character opens the next word
    if long_name and _ends_name(text, end):
        return start, end  # a name of another language: 沙马拉果, 巴图孟和说
    if len(name) > 2:
        stop = _trimmed_to_name(text, start, end)
        if stop is not None:
            return start, stop
    before = _surname_before(text, start, end)
    if before is not None:
        return before, end
    return (start, end) if long_name else None


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
    longer = is_plausible_name(text[start : end + 1], strong_context=True)
    if longer and (
        addressed_at(end + 1) or (_ends_name(text, end + 1) and not _ends_name(text, end))
    ):
        return end + 1  # 卓兴|建光荣当选: a word that follows names comes one character on
    return end


def _compound_given_end(text: str, start: int, end: int) -> int:
    """皇甫双|润: the model cut a name of a compound surname after one given character;
    the next character is the name's when a name of four ends there."""
    name = text[start:end]
    if len(name) != 3 or name[:2] not in lexicon.surnames().compound:
        return end
    longer = text[start : end + 1]
    if len(longer) == 4 and split_name(longer) and _ends_name(text, end + 1):
        return end + 1
    return end


def _ends_name(text: str, end: int) -> bool:
    """What follows ``end`` closes a name: punctuation or a word that follows names."""
    return follows_name_at(text, end)


def _nickname(text: str, start: int, end: int) -> bool:
    """叫‘陈妈妈’: the name is the whole of a quotation."""
    opening = text[start - 1 : start]
    return opening in _NICKNAME_QUOTES and text[end : end + 1] == _NICKNAME_QUOTES[opening]


def _second_signal(text: str, start: int, end: int, tokens: Sequence[Token]) -> bool:
    """Evidence besides the model that a name stands at ``text[start:end]``: jieba's
    dictionary tags it a name, a title ends right before it, or a word that follows
    names (or punctuation) comes right after it."""
    if any(t.tag in NAME_TAGS and t.start < end and start < t.end for t in tokens):
        return True
    if after_title_or_occupation(text, start):
        return True
    return _ends_name(text, end)


def after_title_or_occupation(text: str, start: int) -> bool:
    """A title, a noun for people or an occupation (钢筋工, 快递员) ends right before
    ``start``."""
    before = text[max(0, start - 16) : start]
    titles = lexicon.titles()
    if titles.at_end.search(before) or titles.person_nouns.ending(before):
        return True
    return len(before) >= 2 and words("occupation_endings").ending(before) is not None


def _placed(text: str, start: int, end: int, tokens: Sequence[Token]) -> bool:
    """A two-character name stands where names stand: jieba's dictionary tags it a
    name, a title or a noun for a person ends right before it (快递员汤飞), it opens a
    clause, a word only people take (一行) or a verb of saying follows it."""
    if any(t.tag in NAME_TAGS and t.start < end and start < t.end for t in tokens):
        return True
    if after_title_or_occupation(text, start):
        return True
    if start == 0 or text[start - 1] in CLAUSE_STARTS:
        return True
    if words("person_followers").starting(text, end) is not None:
        return True  # 对黎某一行的到来表示欢迎
    if lexicon.titles().after_name.starting(text, end) is not None:
        return True  # 某大学郑某教授: a title that follows names
    return words("speech_verbs").starting(text, end) is not None


def _in_a_things_name(text: str, start: int, end: int) -> bool:
    """“某某某安全驾驶工作室”: the span stands in quotation marks whose words end with the
    name of a thing named after a person (``things_after_name``), a few words after it."""
    close = text.find("”", end)
    inside = text.rfind("“", 0, start) > text.rfind("”", 0, start)
    if not inside or close < 0 or close - end > _THINGS_NAME_MAX:
        return False
    return words("things_after_name").ending(text[end:close]) is not None


def _names_a_numbered_unit(text: str, start: int, end: int) -> bool:
    """柳二矿, 曹三厂: a span ending in a number, before a unit's character (or ending in
    one after a number), is the name of a numbered unit, unless a title starts at the
    unit's character (曹三厂长 is no such case: 厂长 is a title)."""
    units = words("unit_characters")
    at = end - 1 if units.starting(text, end - 1) and end - start > 2 else end
    if not units.starting(text, at) or lexicon.titles().regex.match(text, at):
        return False
    return text[at - 1].isdigit() or chinese_to_int(text[at - 1]) is not None


def _contradicted(
    text: str,
    start: int,
    end: int,
    taken: list[tuple[int, int]],
    tokens: Sequence[Token],
    listed: frozenset[tuple[int, int]] = frozenset(),
) -> bool:
    """What the rules know against a span the model reads as a person."""
    name = without_spaces(text[start:end])
    if len(name) < 2 or overlaps_any(start, end, taken):
        return True
    if is_common_word(name) or credit_or_byline(text, start, end) or _nickname(text, start, end):
        return True
    if is_word_and_particle(start, end, tokens):
        return True  # 用工管理|中, 骑手关爱|月: a word and a particle, no name
    if words("terms_after_name").starting(text, end):
        return True  # a term named after a person (…思想, …理论) names no one
    if words("things_after_name").starting(text, end) or _in_a_things_name(text, start, end):
        return True  # “卢国庆创新工作室”, “某某安全驾驶|工作室”: the name of a workroom
    if _names_a_numbered_unit(text, start, end):
        return True  # 柳二矿, 曹三厂: a mine or works, no person
    titles = lexicon.titles()
    if titles.at_end.search(name) or titles.person_nouns.ending(name):
        return True  # 尉迟主席, 心理咨询师: a title or a noun for people, not a name
    surname, given = split_name(name) or split_read_name(name) or ("", "")
    if len(name) == 2 and not _placed(text, start, end, tokens):
        return True  # 有路华的比喻: a short name needs a place a name stands in
    if surname and len(name) <= 3 and surname not in lexicon.surnames().ambiguous:
        # the model's reading is weighed like a name after a title: it is one signal
        plausible = is_plausible_name(name, strong_context=True)
        worded = _worded_given_name(text, start, end, (start, end) in listed)
        return not (plausible or worded or _read_by_both(text, start, end))
    if surname in lexicon.surnames().ambiguous:
        # 白玉山, 谷振华: a surname that is often a word (弄通悟透) needs a second
        # signal, and a given name that is no very frequent word
        frequent = tokenizer.frequency(given) >= GIVEN_WORD_MAX_FREQ
        return frequent or not _second_signal(text, start, end, tokens)
    return False


def model_names(
    text: str,
    not_people: list[tuple[int, int]],
    tokens: Sequence[Token],
    breaks: frozenset[int] = frozenset(),
) -> list[ModelName]:
    """The people the model reads in ``text`` that no rule contradicts; ``not_people``
    are spans the rules read as something else (organisations' names), ``tokens``
    jieba's words of the text, ``breaks`` the offsets the page printed a space before
    (a span across them reads a roll of names: 甲某|乙某某)."""
    out: list[ModelName] = []
    spans = widened_surname_items(text, person_spans(text))
    # 李某某、王胜利、张和平: items of a list of names; a name the model reads twice
    listed = listed_spans(text, spans) | repeated_spans(text, spans)
    for span in spans:
        for start, end in _cut_at_breaks(text, *span, breaks):
            fixed = _set_right(text, start, end) or _worded_span(text, start, end, span in listed)
            if fixed is None or _contradicted(text, *fixed, not_people, tokens, listed):
                continue
            if out and (out[-1].start, out[-1].end) == fixed:
                continue  # 蓝|小燕: two spans of the model set right to one name
            out.append(ModelName(without_spaces(text[fixed[0] : fixed[1]]), *fixed))
    return out


def _cut_at_breaks(
    text: str, start: int, end: int, breaks: frozenset[int]
) -> list[tuple[int, int]]:
    """The model's span cut where the page printed spaces inside it, when two pieces of
    two characters or more stand in it: a roll of names (甲某 乙某某 丙|…: a piece of one
    character at its end is the start of the next name, left to the roll's reading);
    a span with one such piece is one name OCR padded (庄 振国), kept whole."""
    cuts = sorted(k for k in breaks if start < k < end)
    if not cuts:
        return [(start, end)]
    bounds = [start, *cuts, end]
    spans = [(a, b) for a, b in pairwise(bounds) if b - a >= 2]
    return spans if len(spans) >= 2 else [(start, end)]
