"""Second signals for a name whose given name is a frequent word, from what stands
around it.

A common surname and a given name that is a frequent word (王胜利, 杜长江, 张和平) is a
name the rules refuse alone (把王建设好); the model reading it is one signal, and the
page often prints the second: the name stands among other names the model reads, set
off by 、 (李某某、王胜利、张某某分别发言); the 等 that closes a list of people follows it
(杜长江等职工代表, 王胜利等同志, 刘海军等3人); the model reads the same name again in the
paragraph; or it is elected to a post (选举…赵和平为秘书长). A word used as a word
stands in none of those places (保卫和平、促进发展 holds no name-shaped item; 长江流域,
胜利召开 are no list)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from gonghui_build import reference as lexicon
from gonghui_build.extract.people.clause_surnames import (
    surname_after_an_occupation,
    surname_opening_a_clause,
)
from gonghui_build.extract.people.composed import MIN_COMPOSED, composed_name
from gonghui_build.extract.people.wei_posts import named_to_a_post
from gonghui_build.text import tokenizer
from gonghui_build.text.chars import is_cjk
from gonghui_build.text.clauses import SENTENCE_PART_END
from gonghui_build.text.names import (
    AMBIGUOUS_GIVEN_MAX_FREQ,
    GIVEN_WORD_MAX_FREQ,
    NAME_TAGS,
    PLACE_OR_BODY_TAGS,
    is_common_word,
    is_name_shaped,
    is_plausible_name,
    split_name,
    split_read_name,
)
from gonghui_build.text.numbers import CN_NUMERAL
from gonghui_build.text.tokenizer import Token, token_at

#: The mark that separates the items of a list of names.
LIST_MARK = "、"
#: What joins an item to the name after it: 、, or 和 right after the writer's own unit
#: (我院高峰和林某两位教师: :func:`_after_own_unit`).
_JOINERS = (LIST_MARK, "和")
#: The word closing a list of people (王某、李某等); ``people.yaml``'s
#: ``person_followers`` holds 等人 already.
DENG = "等"
#: A list closed by 等 names the people it counts or calls (等同志, 等3人, 等十名职工):
#: what follows 等 is a number, a form of address or a noun for people, or the clause
#: goes on (等先后发言). 等待, 等候, 等于 are verbs, no closer: jieba reads a word
#: starting at 等 there.
_DENG_WORDS_OF_PEOPLE = ("等同志", "等人")
#: What stands before the first name of a list opening a clause: punctuation, a line's
#: start, or the 、 of an earlier item.
_LIST_OPENERS = "，。；：！？“”（）、 \n"


def _name_shaped_item(text: str, start: int, end: int) -> bool:
    """An item of two or three characters of the shape of a name, no ordinary word."""
    name = text[start:end]
    if not 2 <= len(name) <= 3 or not all(is_cjk(c) for c in name):
        return False
    return split_read_name(name) is not None and not is_common_word(name)


def listed_spans(text: str, spans: Sequence[tuple[int, int]]) -> frozenset[tuple[int, int]]:
    """The model's spans that are items of a list of names: a run of two or more
    name-shaped spans joined by 、 alone, one of which the rules accept by itself, or
    a run of three or more (李胜利、王爱国、杜长江: every item may be a word).

    The model's own reading of each neighbour is what makes the run a list of people;
    a run of words (保卫和平、发展) holds no such spans."""
    out: set[tuple[int, int]] = set()
    run: list[tuple[int, int]] = []
    for span in [*spans, (-1, -1)]:
        joined = run and run[-1][1] + 1 == span[0] and text[run[-1][1]] == LIST_MARK
        if joined and _name_shaped_item(text, *span):
            run.append(span)
            continue
        if len(run) >= 3 or (
            len(run) == 2 and any(is_plausible_name(text[a:b], True) for a, b in run)
        ):
            out.update(run)
        run = [span] if span[0] >= 0 and _name_shaped_item(text, *span) else []
    return frozenset(out)


def widened_surname_items(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """孙某某、周某某、吴|建设颁奖: the model read the surname of a list's item alone
    where the given name is a frequent word; jieba reads the surname as a name of one
    character and the given name as a word of two. The span is widened to the three
    when the item follows another of the model's spans across 、 alone, so that the
    list's reading (:func:`listed_spans`) weighs it as the others."""
    out: list[tuple[int, int]] = []
    for i, (start, end) in enumerate(spans):
        item = bool(out) and out[-1][1] + 1 == start and text[start - 1] == LIST_MARK
        if item and end - start == 1 and _surname_then_word(text, start):
            end = start + 3
        elif (
            _surname_left_out(text, start, end, spans[i + 1 : i + 2])
            or surname_opening_a_clause(text, start, end)
            or surname_after_an_occupation(text, start, end)  # 安全员|籍|海涛
        ):
            start -= 1
        out.append((start, end))
    return out


def _surname_left_out(
    text: str, start: int, end: int, following: Sequence[tuple[int, int]]
) -> bool:
    """自治区领导和|彦平、某某、某某: the model read a list's first item without its
    surname where the surname is also a word (和 'and'), and jieba reads the surname and
    the two characters as one name (和彦平/nr); the next of the model's spans follows
    across 、 alone, so the item is one of a list of names. Seen in a leaders' line of an
    Inner Mongolian honours meeting (s47, people36)."""
    if end - start != 2 or not following or following[0][0] != end + 1 or text[end] != LIST_MARK:
        return False
    whole = token_at(tokenizer.tag_tokens(text), start - 1) if start else None
    named = whole is not None and whole.end == end and whole.tag == "nr"
    surnames = lexicon.surnames()
    return named and (surnames.is_surname(text[start - 1]) or text[start - 1] in surnames.ambiguous)


def _surname_then_word(text: str, start: int) -> bool:
    tokens = tokenizer.tag_tokens(text)
    surname = token_at(tokens, start)
    given = token_at(tokens, start + 1)
    if surname is None or surname.end != start + 1 or surname.tag != "nr":
        return False
    common = text[start] in lexicon.surnames().common
    return common and given is not None and given.end == start + 3


def repeated_spans(text: str, spans: Sequence[tuple[int, int]]) -> frozenset[tuple[int, int]]:
    """The model's name-shaped spans of three characters whose name it reads twice or
    more in ``text`` (薛某国的病情…薛某国多次…): a word used as a word is seldom read as a
    person twice, a person's name in a story often is."""
    counts = Counter(text[a:b] for a, b in spans if b - a == 3 and _name_shaped_item(text, a, b))
    return frozenset((a, b) for a, b in spans if counts[text[a:b]] >= 2)


def closed_by_deng(text: str, end: int) -> bool:
    """The 等 that closes a list of people comes right after ``end``: 等同志, 等人, or a
    lone 等 (jieba reads no word starting there: 等待 and 等于 are verbs)."""
    if not text.startswith(DENG, end):
        return False
    if any(text.startswith(w, end) for w in _DENG_WORDS_OF_PEOPLE):
        return True
    return not any(t.start == end and t.end > end + 1 for t in tokenizer.tag_tokens(text))


#: A count of people right after a list's last name (甲、乙、丙3位同志, 甲、乙等五位同志).
_PEOPLE_COUNTED = re.compile(rf"等?(?:\d+|[{CN_NUMERAL}]+)(?:名|位|人)")


def last_item_end(text: str, pos: int, sizes: Sequence[int], listed: int = 1) -> int | None:
    """The end of a list's last item of one of ``sizes`` starting at ``pos``, where what
    closes it says the list names people: 等同志, 等人, or a count of people with or
    without 等 (甲、乙、江某3位同志, 甲、乙、白某等五位同志; seen closing lists of honoured
    union members on union and institute sites, s32). A lone 等 is no such closer
    (甲、乙、车间等一线职工). After ``listed`` names of :data:`NAMES_BEFORE_A_CLOSE` or
    more, the sentence's end closes it too (荣获…的有：甲、乙、高山。) and so does 为 and a
    post in an election's sentence (选举甲、乙、高原为副主席: :func:`named_to_a_post`):
    the names before say what the list holds (s33: lists of honoured workers and of
    officers elected close so on award and congress pages)."""
    for size in sizes:
        at = pos + size
        if any(text.startswith(w, at) for w in _DENG_WORDS_OF_PEOPLE):
            return at
        if _PEOPLE_COUNTED.match(text, at):
            return at
        if listed >= NAMES_BEFORE_A_CLOSE and _closes_a_named_list(text, pos, at):
            return at
    return None


#: Names of a list before an item that the sentence's end alone may close.
NAMES_BEFORE_A_CLOSE = 2


#: jieba's tags of a word that may be a person's name as well: a name, a place's name
#: (高山, 高原), a proper noun (金星); not a common noun (高层, 高炉) or a word of time (夏天).
NAME_WORD_TAGS = NAME_TAGS | {"ns", "nz"}


#: First letters of jieba's tags of nouns, of places (周边: f) and of positions (江边: s).
_NOUN_TAGS = "nfs"


def frequent_noun(word: str) -> bool:
    """A noun of jieba's dictionary more frequent than the names it holds (金牌, 高手),
    not tagged a name, a place's name or a proper noun (高山, 金星 may be names)."""
    tag = tokenizer.dictionary_tag(word)
    frequent = tokenizer.frequency(word) >= AMBIGUOUS_GIVEN_MAX_FREQ
    return frequent and tag is not None and tag[0] in _NOUN_TAGS and tag not in NAME_WORD_TAGS


def _closes_a_named_list(text: str, pos: int, at: int) -> bool:
    """The item ``text[pos:at]`` ends its sentence, a rare word or one jieba's dictionary
    tags a name or a proper noun, or an election names it to a post."""
    if named_to_a_post(text, pos, at) or _speech_after(text, at):
        return True
    if at < len(text) and text[at] not in SENTENCE_PART_END:
        return False
    item = text[pos:at]
    rare = tokenizer.frequency(item) < AMBIGUOUS_GIVEN_MAX_FREQ
    return rare or tokenizer.dictionary_tag(item) in NAME_WORD_TAGS


#: A meeting's address after the speakers it lists (甲、乙、马力发言): only people give
#: one, so the list's last item is a name however common a word it reads as (马力/n).
#: Seen closing lists of speakers on union meeting reports (s44, people32).
_ADDRESSES = ("发言", "讲话", "致辞")
#: Adverbs between the list and its address (甲、乙、丙先后发言; 分别, 依次, 相继).
_ADDRESS_ADVERBS = re.compile("(?:先后|分别|依次|相继)?")


def _speech_after(text: str, at: int) -> bool:
    """A meeting's address, or a verb of speech (``people.yaml`` speech_verbs), right
    after ``at``, past an adverb of turns (先后, 分别)."""
    adverb = _ADDRESS_ADVERBS.match(text, at)
    after = adverb.end() if adverb else at
    if any(text.startswith(word, after) for word in _ADDRESSES):
        return True
    return lexicon.words("people.yaml", "speech_verbs").starting(text, after) is not None


def closes_a_list(text: str, start: int, end: int) -> bool:
    """张建中等, 赵国平等, 张和平等: the model's span of four characters ends in the 等 that
    closes a list of people (jieba and the model read 中等, 平等 as a word), and the three
    before it are a name of a one-character surname; a given name of three characters
    is too rare to take 等 for its last one."""
    head = text[start : end - 1]
    if end - start != 4 or text[end - 1] != "等" or head[:2] in lexicon.surnames().compound:
        return False
    return bool(split_name(head) or split_read_name(head))


def compound_before_deng(text: str, start: int, end: int) -> bool:
    """欧阳建平|等: a name of a compound surname and two given characters before the 等
    closing a list; its last character is the name's though 平等 is a word."""
    name = text[start:end]
    compound = name[:2] in lexicon.surnames().compound
    return compound and split_name(name) is not None and closed_by_deng(text, end)


def names_listed_from(text: str, end: int, spans: Sequence[tuple[int, int]]) -> int:
    """How many names a list holds from the name ending at ``end`` on: that one and each
    name found after it joined by 、 alone (甲、乙、丙: three from 甲)."""
    starts = {a: b for a, b in spans}
    count = 1
    while text.startswith(LIST_MARK, end) and end + 1 in starts:
        end = starts[end + 1]
        count += 1
    return count


def names_listed_before(
    text: str,
    start: int,
    tokens: Sequence[Token],
    not_names: frozenset[int] = frozenset(),
    names_after: int = 1,
) -> list[tuple[str, int]]:
    """易光明、乙、丙当选为副主席: the items of two or three characters opening a clause and
    listed with 、 right before the name found at ``start``, nearest first, that open with
    a surname though their given name reads as a word (光明) or their surname does (易):
    the model reads most of a list, rarely all. With a name on one side only, an item
    jieba's dictionary knows as a word at all (安全、高效、某某; 林业) is none, nor a place
    or a body jieba tags (石家庄), nor an organisation's name (``not_names``: starts).
    The tuning sets and the real pages of session 31 print such lists of officers
    elected, speakers and winners (five pages). Right after the writer's own unit the
    item may be joined by 和 (我院高峰和林某两位教师). ``names_after`` counts the names
    the list holds from ``start`` on: before :data:`NAMES_AFTER_A_WORD_ITEM` of them an
    item that is a word as well (高峰、乙、丙) is a name too (:func:`_worded_item`)."""
    names: list[tuple[str, int]] = []
    while start >= 3 and text[start - 1] in _JOINERS:
        listed = names_after + len(names)
        end = _note_start(text, start - 1)
        found = _item_before(text, end, tokens, not_names, listed, text[start - 1])
        if found is None or (text[start - 1] != LIST_MARK and not _after_own_unit(text, found[1])):
            break  # 张三和李四: 和 joins an item to the name only after the writer's unit
        names.append(found)
        start = found[1]
    return names


def _item_before(
    text: str,
    mark: int,
    tokens: Sequence[Token],
    not_names: frozenset[int],
    listed: int = 1,
    joiner: str = LIST_MARK,
) -> tuple[str, int] | None:
    """The name-shaped item of two or three characters ending at ``mark``, where the
    ``joiner`` (、 or 和) or the note in brackets before it stands, before ``listed``
    names of the list."""
    for size in (3, 2):
        pos = mark - size
        own = _after_own_unit(text, pos)
        opens = pos == 0 or text[pos - 1] in _LIST_OPENERS or own or _after_you(text, pos)
        if pos < 0 or not opens or pos in not_names:
            continue
        item = text[pos:mark]
        if not all(is_cjk(c) for c in item) or not is_name_shaped(item):
            continue
        worded = joiner == LIST_MARK and _worded_item(item, listed)
        if tokenizer.frequency(item) >= AMBIGUOUS_GIVEN_MAX_FREQ and not (own or worded):
            continue  # 高效、林业: a word, with a name on one side only
        if _place_or_body_inside(pos, mark, tokens):
            continue
        return item, pos
    return _composed_item_before(text, mark, not_names)


def _after_you(text: str, pos: int) -> bool:
    """出席会议的有|毕胜、乙、丙: a verb whose object is the people it lists
    (``people.yaml`` verbs_opening_people) opens the list right before the item."""
    return lexicon.words("people.yaml", "verbs_opening_people").ending(text, pos) is not None


def _place_or_body_inside(start: int, end: int, tokens: Sequence[Token]) -> bool:
    """jieba tags a word of the item a place or a body (石家庄、): no name, unless jieba
    reads the item's first character alone as a name and the place-tagged word is the
    given name after it (王|海洋、: a surname and a word)."""
    inside = [t for t in tokens if t.start < end and start < t.end]
    first = inside[0] if inside else None
    if first and (first.start, first.end, first.tag in NAME_TAGS) == (start, start + 1, True):
        return False
    return any(t.tag in PLACE_OR_BODY_TAGS for t in inside)


#: A note in brackets closing a list's item (甲（某厂）、乙): a unit, a trade, a sex.
_ITEM_NOTE = re.compile(r"[（(][^（）()、，。\n]{1,24}[)）]$")


def _note_start(text: str, mark: int) -> int:
    """Where the note in brackets ending right before ``mark`` opens (王某（某厂）、:
    the item's name ends there), else ``mark``."""
    found = _ITEM_NOTE.search(text, max(0, mark - 26), mark)
    return found.start() if found else mark


#: Names of a list after an item that a word of jieba's dictionary reads (高峰、乙、丙):
#: two names after it say the list is one of people (the real pages read in session 41
#: print lists of leaders attending, of winners and of the honoured opening so, four:
#: 区领导某某、某某, 前三名：某某、某某、某某).
NAMES_AFTER_A_WORD_ITEM = 2


def _worded_item(item: str, listed: int) -> bool:
    """高峰、乙、丙: an item of a name's shape that jieba's dictionary tags a name (高峰,
    周密, 张国庆: tagged nr) less frequent than the given names it takes for words
    (``GIVEN_WORD_MAX_FREQ``), before two names or more of the list; an adjective or a
    noun (高效、乙、丙) is none."""
    rare_enough = tokenizer.frequency(item) < GIVEN_WORD_MAX_FREQ
    named = tokenizer.dictionary_tag(item) in NAME_TAGS
    return listed >= NAMES_AFTER_A_WORD_ITEM and rare_enough and named


#: The longest item of name elements read before a name (斯琴|高娃, 旺堆|卓玛: four;
#: 额尔敦|毕力格: six).
_COMPOSED_ITEM_MAX = 6


def _composed_item_before(
    text: str, mark: int, not_names: frozenset[int]
) -> tuple[str, int] | None:
    """乌日根、斯琴高娃、王某等: an item of four characters or more, opening a clause or
    following an earlier item, made wholly of Mongolian or Tibetan name elements
    (:mod:`.composed`): no surname opens it, so the Han shape above refuses it, and the
    list of names then stopped there (Inner Mongolia's honour lists, s36)."""
    for size in range(_COMPOSED_ITEM_MAX, MIN_COMPOSED - 1, -1):
        pos = mark - size
        if pos < 0 or pos in not_names or (pos > 0 and text[pos - 1] not in _LIST_OPENERS):
            continue
        if composed_name(text, pos, alone=True) == mark:
            return text[pos:mark], pos
    return None


def _after_own_unit(text: str, pos: int) -> bool:
    """我所高峰、某某: the writer's own unit (``people.yaml`` own_units) right before
    ``pos`` opens a list of its people, whose first item may be a frequent word (高峰)
    when its surname is no ordinary word (not 安全: 安 is ``surnames.yaml`` ambiguous)."""
    if pos <= 0 or lexicon.words("people.yaml", "own_units").ending(text, pos) is None:
        return False
    return text[pos] not in lexicon.surnames().ambiguous
