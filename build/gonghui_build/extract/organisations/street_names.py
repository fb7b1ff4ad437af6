"""Names of streets and villages that jieba reads as no name, right before their level
word (街道, 镇, 乡, 村): a compass point and a numeral (东四|街道, 西四|街道: jieba tags
东四 a time word, as it tags 周四) and a name ending in the locative 里 (堡子|里|街道,
堡子|里|村: jieba cuts 里 off as 'inside'). There the word is the place's own name, not
the sentence's, and the walk left from a union's suffix goes on through it. The compass
points and the locatives are reference data (``org_suffixes.yaml`` street_compass_points,
street_locatives, with their sources). So is a community's or a village's name printed
between its street or town and its level word (鲁谷街道|重聚|园|社区: any words, a verb
too, ``communities_of_a_street``). A town named by a word of the language (正平|镇工会),
a town's first character jieba cuts off (西|山镇, 来到|锁|南镇), and a brand jieba coins
as a verb after a bare level word (、县|振新|学校) are read here too. Read by
:mod:`.walk_stops`."""

from __future__ import annotations

from gonghui_build.extract.organisations.brands import is_place
from gonghui_build.extract.organisations.names import words
from gonghui_build.extract.organisations.stops import dictionary_verb
from gonghui_build.text import tokenizer
from gonghui_build.text.chars import is_cjk
from gonghui_build.text.numbers import CN_NUMERAL
from gonghui_build.text.tokenizer import Token

#: Parts of speech of the word a locative 里 closes into a place's name (堡子/n, 和平/nz).
_NOUN_TAGS = ("n", "ns", "nz", "nr", "j")


def _level_after(tokens: list[Token], j: int) -> bool:
    """A street's, a town's or a village's level word right after ``tokens[j]``."""
    if j + 1 >= len(tokens) or tokens[j + 1].start != tokens[j].end:
        return False
    after = tokens[j + 1].word
    return after in words("place_suffixes") or after in words("village_endings")


def _compass_and_numeral(word: str) -> bool:
    """东四, 西四: a compass point and a Chinese numeral, an old quarter's name."""
    return len(word) == 2 and word[0] in words("street_compass_points") and word[1] in CN_NUMERAL


def _closes_a_noun(tokens: list[Token], j: int) -> bool:
    """堡子|里: a locative right after a noun it is glued to (no word of the language:
    jieba would have read 城里, 家里 as one word), closing a place's name."""
    if j == 0 or tokens[j].word not in words("street_locatives"):
        return False
    before = tokens[j - 1]
    return before.end == tokens[j].start and before.tag.startswith(_NOUN_TAGS)


#: The longest name of a community or a village between its street and its level word.
_MAX_COMMUNITY = 4


def community_name_word(tokens: list[Token], j: int) -> bool:
    """Whether ``tokens[j]`` opens the name of a community or a village printed right
    after its street or town (某街道|重聚|园|社区工会, 某镇|红|光|村): the words between the
    street's level word and the community's, four characters at most, are the name."""
    if j == 0 or tokens[j - 1].word not in words("place_suffixes"):
        return False
    if tokens[j - 1].end != tokens[j].start:
        return False
    for k in range(j, len(tokens)):
        tok = tokens[k]
        if tok.start - tokens[j].start >= _MAX_COMMUNITY or tok.word in words("left_stops"):
            return False
        if tok.word in words("communities_of_a_street") and k > j:
            return True
        if k + 1 < len(tokens) and tokens[k + 1].start != tok.end:
            return False
        if not all(is_cjk(c) for c in tok.word) or _verb_of_the_sentence(tok.word):
            return False
    return False


#: How often jieba's dictionary may have seen a verb a community's name holds (重聚, 3):
#: the verbs a sentence puts after a street (走访, 看望: hundreds) are far commoner.
_RARE_VERB = 100


def _verb_of_the_sentence(word: str) -> bool:
    """石湖街道|走访|社区工会: a verb of the language after a street is what the street
    did; a community's name holds a verb only where jieba coins one from it (重聚|园)."""
    return dictionary_verb(word, _RARE_VERB)


def _rare_verb_opening_an_item(tokens: list[Token], j: int) -> bool:
    """劝业|街道党工委 after 、 or at a sentence's start: a verb jieba's dictionary has
    rarely seen (劝业, 16 times) that opens a list's item or a sentence right before a
    street's level word is the street's name; nothing before it in the item is there
    for it to be said of, and a verb of the sentence is a common one (走访|街道)."""
    if j > 0 and all(is_cjk(c) for c in tokens[j - 1].word):
        return False
    return _rare_verb(tokens[j].word)


def _rare_verb(word: str, coined_tag: str = "") -> bool:
    """A verb of two characters or more jieba's dictionary has rarely seen (劝业, 16
    times; a common verb of the sentence, 走访, hundreds), or one it has no entry for
    and tags a verb where it coins it (``coined_tag``: 振新/v)."""
    if len(word) < 2 or not all(is_cjk(c) for c in word):
        return False
    tag = tokenizer.dictionary_tag(word) or coined_tag
    return tokenizer.is_verb_tag(tag) and not dictionary_verb(word, _RARE_VERB)


def coined_brand_after_a_level(tokens: list[Token], j: int) -> bool:
    """、县|振新|学校工会: a verb jieba coins for a name it does not know, or has rarely
    seen, right after a bare level word (县, 区, 市) that opens a list's item or a
    sentence, is the brand of the level's body, as a verb after a place is (北京|排水|
    集团); nothing before the level word is there for the verb to be said of. Seen on
    a real page of a county union's survey of its units' unions (s38, orgs19)."""
    if j < 1 or tokens[j - 1].end != tokens[j].start:
        return False
    tok = tokens[j]
    if tokens[j - 1].word not in words("place_markers") or not _rare_verb(tok.word, tok.tag):
        return False
    if j < 2:
        return True
    before = tokens[j - 2].word
    return not all(is_cjk(c) for c in before) or before in words("left_stops")


#: Parts of speech of a word that opens no town's name: a pronoun, a count, a measure, a
#: function word (这个|镇, 三个|乡, 的), a time word (今年|镇总工会将…: this year, the
#: town's union; it lowered a held-out set when read as a town).
_NO_TOWN_TAGS = ("r", "m", "q", "u", "c", "p", "t")
#: Lists of words that open no town's name however they stand: the sentence's verbs
#: before a name (来到, 走访), founding verbs, determiners and kinds of bodies (部分, 各).
_NO_TOWN_LISTS = (
    "left_stops",
    "union_work_visit_verbs",
    "founding_verbs",
    "determiners",
    "generic_bodies",
)


def _town_level_after(tokens: list[Token], j: int) -> bool:
    """A town's or a township's one-character level word (镇, 乡) printed as a word of
    its own right after ``tokens[j]``."""
    if j + 1 >= len(tokens) or tokens[j + 1].start != tokens[j].end:
        return False
    level = tokens[j + 1].word
    return len(level) == 1 and level in words("place_suffixes")


#: The mark between a list's items.
_LIST_MARK = "、"


def _opens_an_item(tokens: list[Token], j: int, verb: bool) -> bool:
    """Whether ``tokens[j]`` opens a list's item or a verb's object: nothing of the
    name's is before it (the list's mark, a stop word: 到, 来到, 和; the particle 了 of a
    verb), or its county or district is (某县|正平|镇). A sentence's opening or a comma
    opens a town's name of an adjective (，宏伟|镇), not one of a verb (，整合|镇工会…:
    the verb's object is the town's union)."""
    before = tokens[j - 1] if j > 0 else None
    if before is None or before.end != tokens[j].start:
        return not verb
    if before.word in words("left_stops") or before.tag == "ul" or before.word == _LIST_MARK:
        return True
    if not all(is_cjk(c) for c in before.word):
        return not verb
    return is_place(before) or before.word[-1:] in words("district_markers")


def town_named_by_a_word(tokens: list[Token], j: int, start: int) -> bool:
    """正平|镇, 前进|乡, 复兴|镇: a word of the language (an adjective, a verb, an adverb;
    many towns are named so: 胜利, 团结, 跃进) right before a town's level word printed
    alone is the town's own name when it opens an item or a verb's object (调研组来到|
    正平|镇工会, 、宏伟|镇工会、); a word that names no town (部分, 走访, 新建) is the
    sentence's. Only before a body of the town (its union, at ``start`` after the level
    word): a town named alone is a place, whose reading the sets disagree on (where a
    worker works: real_dev6 no body, real_dev11 the street). Seen on real pages of union
    visits to towns (s38, orgs19)."""
    tok = tokens[j]
    if len(tok.word) != 2 or not all(is_cjk(c) for c in tok.word):
        return False
    if not _town_level_after(tokens, j) or tokens[j + 1].end > start:
        return False
    if _names_no_town(tok):
        return False
    known = tokenizer.dictionary_tag(tok.word) or tok.tag
    verb = known.startswith("v") and known != "vn"
    return _opens_an_item(tokens, j, verb)


def first_character_of_a_town(tokens: list[Token], j: int) -> bool:
    """西|山镇, 锁|南镇: one character jieba cuts off a town's name (as a locative, a
    verb), before the rest it reads as a place of two characters ending with the level
    word, is the name's first character: a compass point anywhere, any other character
    where it opens an item or a verb's object (来到|锁|南镇中心小学). Not before a common
    noun (西|小镇), nor a function word, pronoun or count (了, 该, 三)."""
    tok = tokens[j]
    if len(tok.word) != 1 or not is_cjk(tok.word) or j + 1 >= len(tokens):
        return False
    after = tokens[j + 1]
    if after.start != tok.end or len(after.word) != 2 or after.tag != "ns":
        return False
    if after.word[-1:] not in words("place_suffixes") or after.word in words("place_level_words"):
        return False
    if tok.word in words("street_compass_points"):
        return True
    if _names_no_town(tok):
        return False
    return _opens_an_item(tokens, j, verb=False)


def _names_no_town(tok: Token) -> bool:
    """A word that opens no town's name: of a part of speech that names none
    (``_NO_TOWN_TAGS``), or on a list of the sentence's words (``_NO_TOWN_LISTS``)."""
    return tok.tag.startswith(_NO_TOWN_TAGS) or any(tok.word in words(n) for n in _NO_TOWN_LISTS)


def misread_street_name(tokens: list[Token], j: int) -> bool:
    """Whether ``tokens[j]``, right before a street's, a town's or a village's level
    word, is the place's own name jieba misread (东四|街道, 堡子|里|村, 、劝业|街道)."""
    if not _level_after(tokens, j):
        return False
    word = tokens[j].word
    return (
        _compass_and_numeral(word)
        or _closes_a_noun(tokens, j)
        or _rare_verb_opening_an_item(tokens, j)
    )


#: The most characters of a town's name jieba cuts into single characters (北|滘).
_CUT_TOWN_CHARS = 3


def town_cut_after_its_county(tokens: list[Token], j: int) -> bool:
    """某区|北|滘|镇总工会: a town's name that jieba cuts into single characters (a rare
    character, 滘/yg, and a compass point read as a locative, 北/f), printed between its
    county's or district's full name and the town's level word alone (镇, 乡), is the
    town's: the walk goes on to the county. Seen (s50, orgs34) on real pages of town
    unions printed after their city and district (Jiangsu, Guangdong) and a Foshan
    union's post naming places with the local character 滘."""
    first = j
    while (
        first > 0
        and _one_character(tokens[first - 1])
        and tokens[first - 1].end == tokens[first].start
    ):
        first -= 1
    last = j
    while last + 1 < len(tokens) and _one_character(tokens[last + 1]):
        if tokens[last + 1].start != tokens[last].end or tokens[last + 1].word in words(
            "place_suffixes"
        ):
            break
        last += 1
    if not 2 <= last - first + 1 <= _CUT_TOWN_CHARS or not _town_level_after(tokens, last):
        return False
    if first == 0 or tokens[first - 1].end != tokens[first].start:
        return False
    county = tokens[first - 1].word
    return county[-1:] in words("district_markers") and is_place(tokens[first - 1])


def _one_character(tok: Token) -> bool:
    """A word of one Chinese character that is no function word of the sentence."""
    return len(tok.word) == 1 and is_cjk(tok.word) and not _names_no_town(tok)


#: The most characters of a town's or a street's name after its opening one (与|儿街|镇).
_DESTINATION_NAME = 3


def destination_opening(tokens: list[Token], j: int, text: str, start: int) -> bool:
    """``来到|与|儿街|镇总工会``, ``来到|来|龙门|街道总工会``: one character right after a verb
    of going to a place (``org_suffixes.yaml`` destination_verbs), that jieba reads as a
    function word or a verb of its own, opens the place's name when a town's or a
    street's level word follows within a short name, before the name's suffix at
    ``start``: the verb's object follows the verb at once."""
    tok = tokens[j]
    if j == 0 or len(tok.word) != 1 or not is_cjk(tok.word):
        return False
    if tok.word in words("destination_complements"):
        return False  # 深入|到|前进乡工会: the verb's complement
    verb = tokens[j - 1]
    if verb.end != tok.start or verb.word not in words("destination_verbs"):
        return False
    levels = words("place_suffixes")
    ends = range(tok.end + 1, min(start, tok.end + _DESTINATION_NAME) + 1)
    name = text[tok.end : start]
    return all(is_cjk(c) for c in name) and any(levels.starting(text, at) for at in ends)
