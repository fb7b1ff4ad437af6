"""How long a name printed after a title is: two characters, three, or a composed name.

The words after the name settle it (``reference/people.yaml`` ``name_followers``: 表示,
陪同, 一行); where they do not, jieba's segmentation does. Kept apart from the rules that
find names (:mod:`rules`) because every rule that reads a name after a title asks it.
"""

from __future__ import annotations

from gonghui_build import reference as lexicon
from gonghui_build.extract.people.composed import composed_name, r_syllable_name
from gonghui_build.extract.people.follower_words import (
    jieba_reads_one_longer,
    name_before_a_preposition,
)
from gonghui_build.extract.people.honours import honour_ending
from gonghui_build.extract.people.households import at_household
from gonghui_build.extract.people.numeral_names import numeral_word_name
from gonghui_build.extract.people.tagged_word_names import tagged_word_name
from gonghui_build.extract.people.verb_surnames import verb_read_surname
from gonghui_build.extract.people.yi_names import follows_name, yi_name_end
from gonghui_build.reference import Words
from gonghui_build.text import places, tokenizer
from gonghui_build.text.chars import COORDINATION, is_cjk
from gonghui_build.text.names import (
    AMBIGUOUS_GIVEN_MAX_FREQ,
    NAME_TAGS,
    is_common_word,
    is_name_after_title,
    is_plausible_name,
)
from gonghui_build.text.tokenizer import Token, tag_tokens, token_at

#: Jieba's tags of a one-character word that is no surname where it stands (a
#: preposition or a conjunction: 代表|向|快递行业 is no name 向快递).
_NOT_A_SURNAME_TAGS = frozenset({"p", "c"})


def words(section: str) -> Words:
    """A word list of ``reference/people.yaml``."""
    return lexicon.words("people.yaml", section)


def name_after(text: str, pos: int, tokens: list[Token] | None = None) -> str | None:
    """The name that starts at ``pos``, judged by the words after it; a surname and a
    title (电工|班班长: 班 and 班长) address someone and are no name (:func:`is_address`)."""
    name = _name_at(text, pos, tokens)
    return None if name is None or is_address(name) or names_a_place(name) else name


def names_a_place(name: str) -> bool:
    """电工张家口来的, 钳工王家庄来的: three characters or more that name a division of
    China (张家口, 马鞍山: :func:`..text.places.names_division`, which jieba's dictionary
    tags a name) or a village of a surname's family (王家庄, 李家沟: ``people.yaml``
    village_name_endings) are a place, no name; two characters (江山, 徐州) may be both."""
    if len(name) < 3:
        return False
    village = name[1:2] == _FAMILY and name[2:] in words("village_name_endings")
    came_from = name[2:] == _CAME and places.names_division(name[:2])
    return village or came_from or places.names_division(name)


#: The character of a family's village (王家庄: the 王 family's village).
_FAMILY = "家"
#: 来 after a place (电工包头来的): where one comes from, no given name's last character
#: after a division's short name (包头, 广州); 王福来, 李春来 name no division.
_CAME = "来"


def is_address(name: str) -> bool:
    """``班班长``, ``所所长``: a surname and a whole title of two characters or more is
    how a person is addressed (鲁班长, 李所长), never a full name; after a unit's
    occupation (电工班班长, 焊工班班长) it is the team's post, which no one is named."""
    surname = name[:1]
    title = lexicon.titles().regex.fullmatch(name, 1)
    return lexicon.surnames().is_surname(surname) and len(name) >= 3 and title is not None


def _name_at(text: str, pos: int, tokens: list[Token] | None) -> str | None:
    """The name that starts at ``pos``, judged by the words after it."""
    composed = composed_name(text, pos, alone=False, short=True)
    if composed is not None and follows_name(text[composed : composed + 4]):
        return text[pos:composed]  # 主席苏和巴雅尔，: a name of Mongolian elements
    r_named = r_syllable_name(text, pos)
    if r_named is not None:
        return text[pos:r_named]  # 副主席格日和在: the r of a Mongolian syllable (日)
    yi = yi_name_end(text, pos, tokens)
    if yi is not None:
        return text[pos:yi]  # 律师阿苏某某用: a Yi name, a clan name and two characters
    sizes = (4, 3) if text[pos : pos + 2] in lexicon.surnames().compound else (3, 2)
    shortest = _shortest_before_a_follower_word(text, pos)
    if shortest is not None:
        return text[pos : pos + shortest]
    for size in sizes:
        candidate = text[pos : pos + size]
        plausible = is_plausible_name(candidate, strong_context=True) or ends_with_and(candidate)
        if len(candidate) < size or not plausible:
            continue
        if size == 3 and at_household(text, pos + size):
            return candidate  # 售货员某某某|家、: the household its head names (芝家 one word)
        if size > 2 and words("name_adverbs").starting(text, pos + size - 1):
            continue  # 万某|正在: the adverb's first character closes no longer name
        if size == 3 and cuts_words(pos, pos + size, tokens or tag_tokens(text)):
            continue  # 焊工马上|赶到, 电工何去何从: words jieba reads whole, no name
        if size == 3 and name_before_a_preposition(pos, tokens or tag_tokens(text)):
            continue  # 副主席高峰|为|获奖选手颁奖: the 获 after 为 closes no 高峰为
        if follows_name(text[pos + size : pos + size + 4]):
            return candidate
    # the words after it do not settle the length: ask jieba
    tokens = tokens if tokens is not None else tag_tokens(text)
    after = [t for t in tokens if t.start >= pos][:2]
    glued = _surname_glued_to_title(text, pos, tokens)
    if glued is not None:
        return glued
    if not after or after[0].start != pos:
        return None
    first = after[0].word
    joinable = after[0].tag not in _NOT_A_SURNAME_TAGS
    if len(first) == 1 and joinable and len(after) > 1 and len(first + after[1].word) <= 3:
        first += after[1].word  # jieba split the name: 赵/秦岭
    if 2 <= len(first) <= 3 and is_plausible_name(first, strong_context=True):
        return first
    return None


def _surname_glued_to_title(text: str, pos: int, tokens: list[Token]) -> str | None:
    """秘书长|江丽琴, 局长|孙某某: jieba reads a title's last character and the surname
    after it as one word (长江, 长孙, 长安) and the given name apart (长江|丽琴): the
    surname left over at ``pos``, where a title ends, and the word after it make the name,
    as a name jieba split (赵|秦岭) does."""
    glued = next((t for t in tokens if t.start < pos < t.end), None)
    if glued is None or glued.end != pos + 1:
        return None
    if not lexicon.titles().at_end.search(text[max(0, glued.start - 6) : pos]):
        return None
    given = next((t for t in tokens if t.start == glued.end), None)
    if given is None or len(given.word) > 2 or not all(map(is_cjk, given.word)):
        return None
    name = text[pos : given.end]
    return name if is_plausible_name(name, strong_context=True) else None


def cuts_words(start: int, end: int, tokens: list[Token]) -> bool:
    """焊工马上赶到, 电工何去何从成了: a span whose first characters jieba reads as a word
    of two or more characters its dictionary holds as no name (马上, 何去何从:
    :func:`..text.names.is_common_word`), and whose end falls inside such a word
    (赶到, 何去何从), is cut out of words at both ends: no name. A name jieba reads as one
    (孟额尔|其), whose end it leaves at a word's edge (马上|峰|带领, 何德|从) or whose
    head is a word only jieba's guessing made (律师排香|应为: a Dai name) is judged by
    the words after it, as before."""
    first = token_at(tokens, start)
    cut = next((t for t in tokens if t.start < end < t.end), None)
    if first is None or cut is None or len(first.word) < 2:
        return False
    return is_common_word(first.word) and is_common_word(cut.word)


#: How far before a name a title chain is looked for (常务副主席, 党组副书记 and the body).
TITLE_REACH = 16


def addresses_someone(text: str, start: int) -> bool:
    """宁主席张罗的队伍: a surname alone right before the title at ``start`` addresses
    someone; what follows is no name."""
    before = text[max(0, start - 1) : start]
    return lexicon.surnames().is_surname(before) and (start < 2 or not is_cjk(text[start - 2]))


def address_ends_at(text: str, pos: int) -> bool:
    """A surname and a title end at ``pos`` (宁主席|张罗): an address, after which the
    words are what the addressed person does (:func:`addresses_someone`)."""
    title = lexicon.titles().at_end.search(text, max(0, pos - TITLE_REACH), pos)
    return title is not None and addresses_someone(text, title.start())


def verb_opens_name(text: str, pos: int, name: str, generic: bool) -> bool:
    """``矿区工会主席谈建家经验``, ``工会主席谈建家的做法``: after a title, a surname that
    is a verb in jieba's dictionary (谈, 祝, 包) and no common surname, before a given
    name jieba does not know as one (建家; 永清/nr is one), closed by no word that follows
    names, is the title's verb and its object (a headline's 主席谈…): the title's holder
    speaks, no person of that name. After a title of no particular body (``generic``),
    的 closes a topic too (谈建家|的做法), though it follows names."""
    surname = name[:1]
    if lexicon.surnames().is_common(surname):
        return False
    if not (tokenizer.dictionary_tag(surname) or "").startswith("v"):
        return False
    if tokenizer.dictionary_tag(name[1:]) in NAME_TAGS:
        return False
    after = text[pos + len(name) : pos + len(name) + 4]
    return (generic and after.startswith(_OF)) or not follows_name(after)


#: The particle of a topic's noun phrase (谈建家|的做法), which also follows names.
_OF = "的"


def _shortest_before_a_follower_word(text: str, pos: int) -> int | None:
    """张三陪同调研, 上官某陪同调研: the shortest name a surname makes (two characters; three
    after a compound surname, 上官, 欧阳) followed by a follower word of two characters or
    more (陪同, 一行, 同志), or by an adverb of ``people.yaml`` name_adverbs (正在), is the
    name, not a longer one ending in that word's first character (张三陪, 上官某陪 before
    同: the follower 同 alone would let the longer one pass)."""
    shortest = 3 if text[pos : pos + 2] in lexicon.surnames().compound else 2
    after = text[pos + shortest : pos + shortest + 4]
    follower = words("name_followers").starting(after) or words("name_adverbs").starting(after)
    if follower is None or len(follower) < 2 or len(text) < pos + shortest:
        return None
    name = text[pos : pos + shortest]
    if jieba_reads_one_longer(text, pos, shortest):
        return None  # 主席李春来|到…: jieba's 李春来, and 到 still follows it
    return shortest if is_plausible_name(name, strong_context=True) else None


def visited_home_at(text: str, pos: int) -> bool:
    """The home a visit goes to starts at ``pos`` (``people.yaml`` visited_homes: 家中,
    家里, or 家 alone before punctuation: 来到职工某某家，), closing the name before it."""
    home = words("visited_homes").starting(text, pos)
    if home is None:
        return False
    after = pos + len(home)
    return len(home) > 1 or after >= len(text) or not is_cjk(text[after])


def jieba_longer_name(text: str, start: int, end: int) -> int:
    """职工葛树|军家中: the model read two characters of a name jieba reads whole with the
    character after them (葛树军/nr), a name of three characters: its end."""
    token = next((t for t in tag_tokens(text) if t.start == start and t.tag in NAME_TAGS), None)
    if end - start != 2 or token is None or token.end != end + 1 or follows_name(text[end:]):
        return end  # 选举宋丽|为主席: a word that follows names closes the two
    if visited_home_at(text, end):
        return end  # 职工罗某|家，: the home a visit goes to, no third character
    return token.end if is_plausible_name(token.word, strong_context=True) else end


def jieba_shorter_name(text: str, start: int, end: int) -> int:
    """董事长周某|获全国…: the model ran a name of two characters into a verb that follows
    names (获, 任, 兼); jieba reads the two as a name and the verb as a word of its own.
    The name ends before the verb (刘海芳|获: jieba's 刘海 and 芳 apart, no verb, keep 芳).
    A verb with nothing after it but punctuation (…、郦春来。, 王福来，) has no object
    or complement: it is the given name's last character (来, 福来, 春来 end many names).
    A verb of jieba's that opens at the model's last character and runs on past it
    (马某演|说: 演说) ends the name before it too. So does a preposition that follows
    names (主席马兰|同|大家一起座谈, 刘洪|与|职工交流: jieba's 同/p, 与/p) where jieba
    reads the two before it as a name: it opens the phrase of whom the person meets."""
    if end - start != 3 or end >= len(text) or not is_cjk(text[end]):
        return end
    tokens = tag_tokens(text)
    named = any(t.start == start and t.end == start + 2 and t.tag in NAME_TAGS for t in tokens)
    verb = token_at(tokens, start + 2)
    if not named or verb is None or not (verb.tag.startswith("v") or verb.tag == "p"):
        return end
    if verb.end > end and tokenizer.frequency(verb.word) >= AMBIGUOUS_GIVEN_MAX_FREQ:
        return start + 2  # 马某|演说的《…》: a word of the dictionary runs on past the end
    # (钱某|萌以98分: jieba's 萌以 is no word it knows; 萌 stays the given name's)
    return start + 2 if verb.word in words("name_followers") else end


def jieba_surname_start(text: str, start: int, end: int) -> int:
    """区领导符|金胜: the model left out the surname of a name jieba reads whole (符金胜/nr),
    a rarer surname after a word for people; the name starts at the surname."""
    if end - start != 2 or start == 0 or not lexicon.surnames().is_surname(text[start - 1]):
        return start
    tokens = tag_tokens(text)
    token = next((t for t in tokens if t.start == start - 1 and t.end == end), None)
    if token is None or token.tag not in NAME_TAGS:
        return start
    return start - 1 if is_plausible_name(token.word, strong_context=True) else start


def word_name_after(text: str, pos: int, surname_apart: bool = False) -> str | None:
    """区总工会主席庞文化出席, 副主席严明，: a name that is also a word, after a title,
    when a word that follows names comes right after it. ``surname_apart``: jieba read
    the surname with the word before it (钢筋|工宿|立新), not with the given name."""
    alone = surname_apart or surname_stands_alone(text, pos) or verb_read_surname(text, pos)
    for size in (3, 2):
        candidate = text[pos : pos + size]
        worded = is_name_after_title(candidate, alone)
        if worded and follows_name(text[pos + size : pos + size + 4]):
            return candidate
    worded = addressed_word_name(text, pos) or tagged_word_name(text, pos)
    return worded or numeral_word_name(text, pos)  # 主席万千讲话: jieba's 万千/m


#: The word of address that vouches for a name that is an ordinary word after a title.
_COMRADE = "同志"
#: Jieba's tags of a word that may be a name so vouched for: a noun, a place word or a
#: name (边疆/s, 高原/ns); never an adjective, a pronoun, a numeral or a verb
#: (广大|同志, 各位|同志, 一行|同志, 宣传|同志).
_ADDRESSED_WORD_TAGS = frozenset({"n", "nr", "nz", "ns", "s"})


def addressed_word_name(text: str, pos: int) -> str | None:
    """副主席边疆同志出席, 主席高原同志: a word of two characters that is a frequent
    ordinary word (边疆, 高原: above ``TITLED_WORD_MAX_FREQ``, so no name by
    :func:`is_name_after_title`) between a title and 同志 (not 同志们) is a name: the
    title before and the word of address after are two signals that a person stands
    there. Union and Party reports print officers so (s37 lead: names that are words,
    vouched for by 同志). The word must open with a surname, even one far more often a
    word (边, 高), or be tagged a name; no title, noun for people or workers (党员),
    place of China's divisions (江西) or pronoun (各位) is a name."""
    candidate = text[pos : pos + 2]
    after = pos + 2
    if text[after : after + 2] != _COMRADE or text[after + 2 : after + 3] == "们":
        return None
    token = token_at(tag_tokens(text), pos)
    if token is None or token.end != after or token.tag not in _ADDRESSED_WORD_TAGS:
        return None
    if lexicon.surnames().split(candidate) is None and token.tag != "nr":
        return None  # 骨干|同志, 编辑|同志: no surname opens the word
    titles = lexicon.titles()
    if titles.regex.fullmatch(candidate) or titles.person_nouns.ending(candidate):
        return None
    if candidate in words("collective_workers") or places.lookup(candidate):
        return None
    return candidate


#: Jieba's tags of a character read alone that may be a surname often a word (易/a,
#: 温/nr): an adjective, a noun or a name; never a verb, a preposition, a conjunction or
#: an adverb (主席来|我区, 主席和|职工, 主席都|出席).
_SURNAME_ALONE_TAGS = frozenset({"a", "n", "ng", "nr"})


def surname_stands_alone(text: str, pos: int, adverb: bool = False) -> bool:
    """Whether jieba reads the character at ``pos`` as a word of its own of a tag a
    surname may take (主席易|发展: 易/a); ``adverb``: an adverb too (常/d, 都/d), where
    the name stands apart on a roster line and no verb can follow the adverb."""
    token = next((t for t in tag_tokens(text) if t.start == pos), None)
    tags = _SURNAME_ALONE_TAGS | {"d"} if adverb else _SURNAME_ALONE_TAGS
    return token is not None and token.end == pos + 1 and token.tag in tags


def ends_with_and(candidate: str) -> bool:
    """李永和出席: a given name may end with a conjunction (和, 与) when a word that
    follows names comes after it (张三和李四 is two names: 李四 follows no name)."""
    return (
        len(candidate) == 3
        and candidate[-1] in COORDINATION
        and is_cjk(candidate[-1])
        and is_plausible_name(candidate[:2], strong_context=True)
    )


#: The longest honour read between a title and a name (全国五一劳动奖章获得者).
_MAX_HONOUR = 12


def past_honours(text: str, pos: int, tokens: list[Token]) -> int:
    """``区总工会兼职副主席、全国劳模|某某``: where the name after a title starts when
    honours (``titles.yaml`` honours: 全国劳模, 五一劳动奖章获得者) are listed between
    them; ``pos`` itself when none is."""
    at = pos
    while text.startswith("、", at):
        stop = next(
            (
                k
                for k in range(at + 3, min(len(text), at + 1 + _MAX_HONOUR) + 1)
                if all(is_cjk(c) for c in text[at + 1 : k])
                and honour_ending(text[at + 1 : k])
                and (text.startswith("、", k) or name_after(text, k, tokens))
                and not titled_name_within(text, at + 1, k, tokens)
            ),
            None,
        )
        if stop is None:
            break
        at = stop
    return at if at == pos or name_after(text, at, tokens) else pos


def titled_name_within(text: str, start: int, stop: int, tokens: list[Token]) -> bool:
    """市委副书记、区长某某慰问了劳模某某: a title and a name inside what would be an
    honour between a title and a name make it a person's own chain and a sentence, no
    honour; the name after the honour is someone else's."""
    found = lexicon.titles().regex.finditer(text, start, stop)
    return any(name_after(text, m.end(), tokens) for m in found)


#: The particles of aspect a one-character verb takes right after a name (拿着, 带了,
#: 见过): a one-character verb alone is no word that closes a name (王明|白 of 王明白).
_ASPECT = frozenset("着了过")


def name_before_a_verb(text: str, pos: int) -> str | None:
    """木工某水仿拿着刨子: a name of three characters, or two, that starts at ``pos``
    (right after an occupation) and ends before a one-character verb and its particle
    of aspect (拿着, 握着, 带了): the verb is no word that follows names, and jieba glues
    the name's last character to the words around it (某水|仿|拿着, 某水|仿握|着), so
    neither settles the name's length. The verb is read from jieba's dictionary alone."""
    for size in (3, 2):
        end = pos + size
        verb, particle = text[end : end + 1], text[end + 1 : end + 2]
        if particle not in _ASPECT or not (tokenizer.dictionary_tag(verb) or "").startswith("v"):
            continue
        candidate = text[pos:end]
        if is_plausible_name(candidate, strong_context=True):
            return candidate
    return None
