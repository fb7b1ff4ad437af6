"""The model's people: Baidu LAC's ``PER`` spans (:mod:`gonghui_build.text.ner`) in a
paragraph, set right where the model's boundaries are known to slip
(:mod:`.model_bounds`), and weighed against the name rules.

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
from gonghui_build.extract.people.credits import credit_or_byline
from gonghui_build.extract.people.family_places import names_a_family_place
from gonghui_build.extract.people.glued_followers import before_a_glued_verb
from gonghui_build.extract.people.honours import honour_ending
from gonghui_build.extract.people.listed import (
    listed_spans,
    repeated_spans,
    widened_surname_items,
)
from gonghui_build.extract.people.model_bounds import (
    past_a_word_before_a_space,
    read_by_both,
    set_right,
    worded_given_name,
    worded_span,
    words,
)
from gonghui_build.extract.people.name_context import (
    after_a_home,
    after_an_age,
    after_title_or_occupation,
    ends_name,
)
from gonghui_build.extract.people.name_length import address_ends_at
from gonghui_build.extract.people.one_character_given import one_character_given_placed
from gonghui_build.extract.people.partial import two_people_joined
from gonghui_build.extract.people.prize_labels import after_a_prize_label
from gonghui_build.extract.people.quoted_slogans import in_a_dotted_slogan
from gonghui_build.extract.people.ranks_after import opens_a_body
from gonghui_build.extract.people.stray_dots import stray_dotted
from gonghui_build.extract.people.studio_leads import holds_a_things_name
from gonghui_build.extract.people.trade_brands import brand_before_trade, names_a_site
from gonghui_build.extract.people.transliterated import (
    across_dot,
    joined_first_part,
    transliterated_end,
)
from gonghui_build.extract.people.transliterated_elements import through_elements
from gonghui_build.text import ner, places, tokenizer
from gonghui_build.text.chars import without_spaces
from gonghui_build.text.clauses import CLAUSE_STARTS, overlaps_any
from gonghui_build.text.names import (
    GIVEN_WORD_MAX_FREQ,
    NAME_TAGS,
    WORD_BEFORE_PARTICLE_MIN_FREQ,
    is_common_word,
    is_plausible_name,
    is_word_and_particle,
    split_name,
    split_read_name,
)
from gonghui_build.text.numbers import chinese_to_int
from gonghui_build.text.tokenizer import Token, token_at

#: The colons that close a line's label (高平：张明 刘芳).
_LABEL_COLONS = "：:"

#: The most characters between a name and the end of the quoted name of a thing named
#: after the person (“某某某安全驾驶工作室”).
_THINGS_NAME_MAX = 10
#: The end of a transliterated name, by its older name here (tests read it).
_transliterated_end = transliterated_end
#: Quotation marks a nickname stands in.
_NICKNAME_QUOTES = {"‘": "’", "“": "”"}


@dataclass(frozen=True)
class ModelName:
    """A name the model read, with its span in the paragraph's text."""

    name: str  # spaces removed
    start: int
    end: int


def person_spans(text: str) -> list[tuple[int, int]]:
    """The model's PER spans, adjacent ones of two characters or more joined (孟和|巴雅尔;
    not 范|祁振邦, a one-character span, 劳动模范祁振邦; nor 行管员|隗骥, a first span of
    three characters or more ending like an occupation, ``occupation_endings``: the
    model read the job before the name as a person too)."""
    spans: list[tuple[int, int]] = []
    for w in ner.entities(text, ner.MODEL_PERSON_TAGS):
        joined = spans and spans[-1][1] == w.start and not _an_occupation(text, *spans[-1])
        if joined and spans[-1][1] - spans[-1][0] >= 2 and w.end - w.start >= 2:
            spans[-1] = (spans[-1][0], w.end)
        else:
            spans.append((w.start, w.end))
    out: list[tuple[int, int]] = []
    for a, b in (across_dot(text, *through_elements(text, a, b)) for a, b in spans):
        if not out or b > out[-1][1]:
            out.append((a, b))  # 库尔班江|·|阿布拉: the part after the dot is read once
    return joined_first_part(text, out)


def _an_occupation(text: str, start: int, end: int) -> bool:
    """行管员, 调度员: a span of three characters or more ending like an occupation."""
    return end - start >= 3 and words("occupation_endings").ending(text, end) is not None


def _nickname(text: str, start: int, end: int) -> bool:
    """叫‘陈妈妈’: the name is the whole of a quotation."""
    opening = text[start - 1 : start]
    return opening in _NICKNAME_QUOTES and text[end : end + 1] == _NICKNAME_QUOTES[opening]


def _second_signal(text: str, start: int, end: int, tokens: Sequence[Token]) -> bool:
    """Evidence besides the model that a name stands at ``text[start:end]``: jieba's
    dictionary tags it a name, a title ends right before it, or a word that follows
    names (or punctuation) comes right after it."""
    return _named_or_titled(text, start, end, tokens) or ends_name(text, end)


def _named_or_titled(text: str, start: int, end: int, tokens: Sequence[Token]) -> bool:
    """jieba's dictionary tags ``text[start:end]`` a name, or a title, a noun for people
    or an occupation ends right before it."""
    if any(t.tag in NAME_TAGS and t.start < end and start < t.end for t in tokens):
        return True
    return after_title_or_occupation(text, start)


def _cuts_a_word(start: int, end: int, tokens: Sequence[Token]) -> bool:
    """A span of three characters whose last character jieba reads as the start of a
    frequent word running past it (马包|制作技艺传承人): the model ran a thing's name into
    that word. A name read there needs jieba's name or a title before it
    (:func:`_named_or_titled`): the word after it is no closing word."""
    if end - start != 3:
        return False
    t = token_at(tokens, end - 1)
    return (
        t is not None
        and t.end > end
        and t.tag not in NAME_TAGS
        and tokenizer.frequency(t.word) >= WORD_BEFORE_PARTICLE_MIN_FREQ
    )


def _heads_a_place(start: int, end: int, tokens: Sequence[Token]) -> bool:
    """A span that opens a place jieba's dictionary holds and runs past it (林海雪|原:
    the model read the head of 林海雪原滑雪场, a ski resort's name, as a person)."""
    t = token_at(tokens, start)
    if t is None or t.end <= end:
        return False
    return t.tag.startswith("ns") and tokenizer.frequency(t.word) > 0


def _placed(text: str, start: int, end: int, tokens: Sequence[Token]) -> bool:
    """A two-character name stands where names stand: jieba's dictionary tags it a
    name, a title, a noun for a person or an honour ends right before it (快递员汤飞,
    全国劳动模范玉某) or a home or an age (家住某镇的周某, 54岁的周某:
    :func:`.name_context.after_a_home`, :func:`.name_context.after_an_age`) does, it
    opens a clause, a word only people take (一行) or a verb of saying follows it."""
    if any(t.tag in NAME_TAGS and t.start < end and start < t.end for t in tokens):
        return True
    if after_title_or_occupation(text, start) or after_a_home(text, start):
        return True  # 快递员汤某, 家住某镇的周某
    if honour_ending(text, start) is not None:
        return True  # 全国劳动模范玉某: an honour stands before people as a title does
    if after_an_age(text, start):
        return True  # 54岁的周某
    if start == 0 or text[start - 1] in CLAUSE_STARTS:
        return True
    if words("person_followers").starting(text, end) is not None:
        return True  # 对黎某一行的到来表示欢迎
    title = lexicon.titles().after_name.starting(text, end)
    if title is not None and not opens_a_body(text, end, title):
        return True  # 某大学郑某教授: a title that follows names (not 申衡|律师事务所)
    return words("speech_verbs").starting(text, end) is not None


def _in_a_things_name(text: str, start: int, end: int) -> bool:
    """“某某某安全驾驶工作室”: the span stands in quotation marks whose words end with the
    name of a thing named after a person (``things_after_name``), a few words after it."""
    close = text.find("”", end)
    inside = text.rfind("“", 0, start) > text.rfind("”", 0, start)
    if not inside or close < 0 or close - end > _THINGS_NAME_MAX:
        return False
    return words("things_after_name").ending(text[end:close]) is not None


def _opens_a_body_read_after(text: str, end: int) -> bool:
    """王海别克车行的职工: the model reads a body (``ORG``, 别克) right where the span
    ends, no space or mark between, and no title after the body: the span is the first
    word of a business's name (a dealer named by its owner and its brand), no person.
    A title after the body (某某市总工会主席) or a space before it (a caption's 某某 市总工会)
    leaves the name a name. Seen on real pages as a false person (s36 lead, people15);
    the tuning sets print no person glued to a body the model reads."""
    for w in ner.entities(text, frozenset({"ORG"})):
        if w.start == end and w.end - w.start >= 2:
            # one character is no body's name: the model tags a preposition so (某某|从…)
            return lexicon.titles().regex.match(text, w.end) is None
    return False


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
    after_dateline: bool = False,
) -> bool:
    """What the rules know against a span the model reads as a person (``after_dateline``:
    the text is the paragraph right after its article's dateline)."""
    name = without_spaces(text[start:end])
    if len(name) < 2 or overlaps_any(start, end, taken):
        return True
    if is_common_word(name) and not _dictionary_name_where_names_stand(text, start, end, name):
        return True
    if credit_or_byline(text, start, end, after_dateline) or _nickname(text, start, end):
        return True
    if two_people_joined(name) or is_word_and_particle(start, end, tokens):
        return True  # 小丁比老丁: two people joined; 用工管理|中: a word and a particle
    if _names_a_thing(text, start, end, name, tokens) or in_a_dotted_slogan(text, start, end):
        return True  # a term, a room, a unit, a brand or a place named after a person
    cut = _cuts_a_word(start, end, tokens) or _heads_a_place(start, end, tokens)
    if cut and not _named_or_titled(text, start, end, tokens):
        return True  # 马包制|作技艺, 林海雪|原滑雪场: the span ends inside a word, no name
    titles = lexicon.titles()
    if titles.at_end.search(name) or titles.person_nouns.ending(name):
        return True  # 尉迟主席, 心理咨询师: a title or a noun for people, not a name
    if _after_an_address(text, start, name):
        return True  # 宁主席|张罗的队伍: the address's verb, no name
    surname, given = split_name(name) or split_read_name(name) or ("", "")
    if len(name) > 2 and words("division_words").ending(name):
        return True  # 克某伦苏木|党委书记: a sumu's or gachaa's name, a place
    if len(name) == 2 and words("place_final_characters").ending(name):
        return not after_title_or_occupation(text, start)  # 在秦渡办: a ferry's place
    if len(name) == 2 and not _placed(text, start, end, tokens):
        return True  # 有路华的比喻: a short name needs a place a name stands in
    if surname and len(name) <= 3 and surname not in lexicon.surnames().ambiguous:
        # the model's reading is weighed like a name after a title: it is one signal
        plausible = is_plausible_name(name, strong_context=True)
        labelled = (start, end) in listed or after_a_prize_label(text, start)  # 一等奖：|
        worded = worded_given_name(text, start, end, labelled)
        return not (plausible or worded or read_by_both(text, start, end))
    if surname in lexicon.surnames().ambiguous:
        # 白玉山, 谷振华: a surname that is often a word (弄通悟透) needs a second
        # signal, and a given name that is no very frequent word
        if one_character_given_placed(text, start, end, tokens):
            return False  # 劳动模范玉某家中, 技术员岩某说: a Dai name
        frequent = tokenizer.frequency(given) >= GIVEN_WORD_MAX_FREQ
        return frequent or not _second_signal(text, start, end, tokens)
    return False


def _names_a_thing(text: str, start: int, end: int, name: str, tokens: Sequence[Token]) -> bool:
    """The span the model reads as a person opens the name of a thing, not of one: a term
    (…精神), a workroom, a unit, a dealer, a brand or a site, a roll line's place."""
    term = words("terms_after_name").starting(text, end)
    if term and not words("vigour_after_spirit").starting(text, end + len(term)):
        return True  # a term named after a person (…思想, …精神) names no one
    if words("things_after_name").starting(text, end) or _in_a_things_name(text, start, end):
        return True  # “卢国庆创新工作室”, “某某安全驾驶|工作室”: the name of a workroom
    if (
        holds_a_things_name(name)  # 邓某某技能大师工作室: a studio's (lead: .studio_leads)
        or _names_a_numbered_unit(text, start, end)  # 柳二矿, 曹三厂: a mine or works
        or names_a_family_place(text, start, end)  # 深入李家塔矿井下: the mine's place
    ):
        return True  # a unit's or a room's name, no person
    if _opens_a_body_read_after(text, end):
        return True  # 王海|别克车行: the first word of a dealer's name, no person
    if brand_before_trade(end, tokens) or names_a_site(text, start, end):
        return True  # 华湘|电机召开大会, 吉某|建筑工地: a company's brand, a site's name
    return _labels_a_line(text, start, end, name)  # 高平：张明 刘芳: a roll line's place


#: The most often jieba's dictionary may have seen a place's name (马建国/ns, 顿珠/ns) that
#: the model reads as a person between an occupation and a word that follows names.
_RARE_PLACE_MAX_FREQ = 5


def _dictionary_name_where_names_stand(text: str, start: int, end: int, name: str) -> bool:
    """护士古丽巴哈尔说, 驾驶员马建国也在…, 劳动模范斯琴高娃作了发言: jieba's dictionary
    holds the string as a long name (nr, nrt: :func:`is_common_word` counts an entry of
    four characters or more as an idiom, 融会贯通/nr) or as a rarely seen place that no
    division's name is (马建国/ns), and a title, a noun for people, an occupation, an
    honour or a verb opening a list of people (有: s47) ends right before it and
    punctuation or a word that follows names right after it: with the model's reading,
    three signals say a person is named. Seen on Xinjiang's, Inner Mongolia's and Tibet's
    union pages (s36), where workers' names stand after their trade or honour."""
    tag = tokenizer.dictionary_tag(name)
    long_name = tag in NAME_TAGS and len(name) >= 4
    rare_place = tag == "ns" and tokenizer.frequency(name) <= _RARE_PLACE_MAX_FREQ
    if not (long_name or (rare_place and not places.lookup(name))):
        return False
    opened = words("verbs_opening_people").ending(text, start) is not None  # 职工有|斯琴高娃、
    where = after_title_or_occupation(text, start) or honour_ending(text, start) is not None
    return (where or opened) and ends_name(text, end)


def _labels_a_line(text: str, start: int, end: int, name: str) -> bool:
    """``高平：张明 刘芳``: a place's name (a division's full name or short form,
    ``divisions.yaml``) opening a line and closed by a colon, the line going on after
    it with a name's surname, labels the names of that place in a list of award
    winners by province or county; a name-shaped county or city (高平, 金华) is no
    person there (an interview's speaker, 高平：我们厂…, opens no name after it)."""
    if start > 0 and text[start - 1] != "\n":
        return False
    if end >= len(text) - 1 or text[end] not in _LABEL_COLONS:
        return False
    return split_name(text[end + 1 : end + 3]) is not None and bool(places.lookup(name))


def _after_an_address(text: str, start: int, name: str) -> bool:
    """``宁主席张罗的这支队伍``: an address (a surname alone and a title,
    :func:`.name_length.address_ends_at`) right before the span names the person
    already; a word of jieba's dictionary after it (张罗, a verb jieba also knows as a
    name) is what the addressed person does, no second name."""
    return bool(tokenizer.frequency(name)) and address_ends_at(text, start)


def model_names(
    text: str,
    not_people: list[tuple[int, int]],
    tokens: Sequence[Token],
    breaks: frozenset[int] = frozenset(),
    after_dateline: bool = False,
) -> list[ModelName]:
    """The people the model reads in ``text`` that no rule contradicts; ``not_people``
    are spans the rules read as something else (organisations' names), ``tokens``
    jieba's words of the text, ``breaks`` the offsets the page printed a space before
    (a span across them reads a roll of names: 甲某|乙某某), ``after_dateline`` whether
    the text follows its article's dateline (a reporter opening it is its byline's)."""
    out: list[ModelName] = []
    spans = widened_surname_items(text, person_spans(text))
    # 李某某、王胜利、张和平: items of a list of names; a name the model reads twice
    listed = listed_spans(text, spans) | repeated_spans(text, spans)
    for span in spans:
        for start, end in _cut_at_breaks(text, *span, breaks):
            fixed = stray_dotted(text, start, end) or set_right(text, start, end)
            fixed = fixed or worded_span(text, start, end, span in listed)
            fixed = fixed and past_a_word_before_a_space(text, *fixed, tokens, breaks)
            fixed = fixed and before_a_glued_verb(text, *fixed, tokens)  # 庞某某作|讲话
            if fixed is None or _contradicted(
                text, *fixed, not_people, tokens, listed, after_dateline
            ):
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
