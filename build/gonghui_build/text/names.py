"""Shapes of Chinese personal names, and title + name pairs as captions print them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from gonghui_build import reference as lexicon
from gonghui_build.text import tokenizer
from gonghui_build.text.chars import is_cjk, without_spaces
from gonghui_build.text.tokenizer import Token


def _people(section: str) -> lexicon.Words:
    """A word list of ``reference/people.yaml``."""
    return lexicon.words("people.yaml", section)


#: Tags jieba gives to personal names in its dictionary.
NAME_TAGS = frozenset({"nr", "nrfg", "nrt"})
#: Tags of a word that may be a name too: a name, a place name, a proper noun (田野/nr,
#: 高原/ns, 金星/nz), no common noun (高温/n).
WORD_NAME_TAGS = NAME_TAGS | {"ns", "nz"}
#: jieba's tags of a place or a body (石家庄/ns, 某公司/nt, 金星/nz): an item of a list
#: holding one is no name (石家庄、王某; 团体前三名：湖北省、四川省 lists teams).
PLACE_OR_BODY_TAGS = frozenset({"ns", "nt", "nz"})


def split_name(name: str) -> tuple[str, str] | None:
    """(surname, given name) for a name-shaped string, else None."""
    if not 2 <= len(name) <= 4 or not all(is_cjk(c) for c in name):
        return None
    parts = lexicon.surnames().split(name)
    if parts is None:
        return None
    surname, given = parts
    if not 1 <= len(given) <= 2:
        return None
    if any(c in _people("given_name_stops") for c in given):
        return None
    return surname, given


def split_read_name(name: str) -> tuple[str, str] | None:
    """(surname, given name) of a name two readers agree on (the model and jieba's
    dictionary read the same span as a person): its given name may hold a character
    that is usually a function word but that real given names hold too (徐其斌, 赵和刚,
    ``people.yaml`` ``given_name_soft_stops``)."""
    parts = split_name(name)
    if parts is not None or not 2 <= len(name) <= 3 or not all(is_cjk(c) for c in name):
        return parts
    found = lexicon.surnames().split(name)
    if found is None or not 1 <= len(found[1]) <= 2:
        return None
    soft = _people("given_name_soft_stops")
    stops = [c for c in found[1] if c in _people("given_name_stops")]
    return found if all(c in soft for c in stops) else None


#: The middle dot of transliterated names (热依拉·买买提), in the forms OCR gives it.
NAME_DOTS = "·•・‧"


def name_parts(name: str) -> list[str]:
    """The parts of a transliterated name (热依拉·买买提 → 热依拉, 买买提)."""
    for dot in NAME_DOTS[1:]:
        name = name.replace(dot, NAME_DOTS[0])
    return name.split(NAME_DOTS[0])


def is_transliterated(name: str) -> bool:
    """热依拉·买买提: parts of Chinese characters joined by a middle dot."""
    parts = name_parts(name)
    return len(parts) > 1 and all(p and all(is_cjk(c) for c in p) for p in parts)


def is_name_shaped(name: str) -> bool:
    return split_name(name) is not None


#: A given name may be a word (建国 3083, 双双 384); a very frequent word is not a given
#: name (职工 5213, 部分 27619).
GIVEN_WORD_MAX_FREQ = 4000
#: After an ambiguous surname (和, 于, 时…) the given name must not be a word at all.
AMBIGUOUS_GIVEN_MAX_FREQ = 20


def _given_is_a_body(name: str) -> bool:
    """段工会, 严公司: a surname and an organisation's suffix of two characters or more
    (``org_suffixes.yaml`` suffixes), a short form of a body (段工会主席: the railway
    depot's union, 该段 of a 机务段), never a person's name; a one-character suffix (科,
    站) is a common given name's character and is not refused."""
    parts = split_name(name)
    given = parts[1] if parts else ""
    return len(given) >= 2 and given in lexicon.keyed("org_suffixes.yaml", "suffixes")


def is_plausible_name(name: str, strong_context: bool) -> bool:
    """A name-shaped string that is not an ordinary word.

    ``strong_context`` is a caption, a speaker line or a title right before the name;
    a surname that is usually an ordinary word (和职工, 于是) needs one.
    """
    parts = split_name(name)
    if parts is None or is_common_word(name) or name in lexicon.surnames().compound:
        return False  # (尉迟主席: a compound surname alone is no name)
    if _given_is_a_body(name):
        return False
    if (
        len(name) == 3
        and name[2] in _people("noun_suffixes")
        and tokenizer.frequency(name[:2]) >= 100
    ):
        return False  # 幸福感, 安全性: a word and a derivational suffix, not a name
    if len(name) == 3 and name[2] in _people("particles") and tokenizer.frequency(name[:2]) >= 100:
        return False  # 高兴地说: a word and a particle
    surname, given = parts
    surnames = lexicon.surnames()
    if surname in surnames.ambiguous:
        # 和专, 能力强: a surname that is usually a word needs a given name that is not
        # one, and must not open a word (能力)
        if tokenizer.frequency(given) >= AMBIGUOUS_GIVEN_MAX_FREQ:
            return False
        if len(name) == 3 and tokenizer.frequency(name[:2]) >= AMBIGUOUS_GIVEN_MAX_FREQ:
            return False
        return strong_context or surname in surnames.common
    # a one-character given name is usually a common character (亮, 雪, 松): only a
    # two-character one is checked against the dictionary
    given_freq = tokenizer.frequency(given) if len(given) > 1 else 0
    return given_freq < GIVEN_WORD_MAX_FREQ


#: A name that is also a word (严明, 甘霖) is read only right after the title of a named
#: body, and only when it is a rare word (顾问 1697, 景观 1818 are not names there).
TITLED_WORD_MAX_FREQ = 300
#: … and a three-character one only when its first two characters are no word (文化 of
#: 庞文化 may be; 高兴 of 高兴地 may not).
TITLED_HEAD_MAX_FREQ = 100


def is_name_after_title(name: str, surname_stands_alone: bool = False) -> bool:
    """A name :func:`is_plausible_name` refuses because it, or its given name, is a word
    (区总工会主席庞文化出席, 副主席严明，), accepted where a title of a named body stands
    right before it and a word that follows names right after it (the caller's checks):
    its surname must be no ordinary word (和, 于 are refused) and the name no frequent
    word (save a name jieba's dictionary lists as a person's). A surname that is often a
    word (易, 温) passes when ``surname_stands_alone``: jieba reads it as a word of its
    own, joined to nothing, and not as a function word (主席易|发展|出席; not 主席和|…)."""
    parts = split_name(name)
    surnames = lexicon.surnames()
    ambiguous = parts is not None and parts[0] in surnames.ambiguous
    if parts is None or (ambiguous and not surname_stands_alone) or name[:2] in surnames.compound:
        return False
    if _given_is_a_body(name):
        return False
    if len(name) == 3:
        # a name jieba's dictionary holds as a person's (李文学/nr) is one whatever
        # its given name means as a word
        known_name = tokenizer.dictionary_tag(name) in NAME_TAGS
        return (
            (known_name or not tokenizer.frequency(name))
            and tokenizer.frequency(name[:2]) < TITLED_HEAD_MAX_FREQ
            and name[2] not in _people("particles")
        )
    return tokenizer.frequency(name) < TITLED_WORD_MAX_FREQ


#: jieba's tags of a one-character word that ends no name after a word of two characters:
#: a locative (管理|中) or a numeral or unit of time (关爱|月).
_PARTICLE_TAGS = frozenset({"f", "m"})
#: How often a word must occur in jieba's dictionary to be read before a particle as
#: that word, not as a surname and a given character (关爱 is, 立新 is not).
WORD_BEFORE_PARTICLE_MIN_FREQ = 200


def is_word_and_particle(start: int, end: int, tokens: Sequence[Token]) -> bool:
    """用工管理中的风险, 骑手关爱月: three characters the model reads as a name that jieba
    reads as a frequent word other than a name (管理/vn, 关爱/v) and a locative or a
    numeral after it (中/f, 月/m): no person is named there."""
    if end - start != 3:
        return False
    word = next((t for t in tokens if t.start == start and t.end == start + 2), None)
    particle = next((t for t in tokens if t.start == start + 2 and t.end == end), None)
    if word is None or particle is None or particle.tag not in _PARTICLE_TAGS:
        return False
    frequent = tokenizer.frequency(word.word) >= WORD_BEFORE_PARTICLE_MIN_FREQ
    return frequent and word.tag not in NAME_TAGS


def is_common_word(text: str) -> bool:
    """True when jieba knows ``text`` as an ordinary word (融会贯通, 高兴), not a name.

    jieba's dictionary tags many idioms as names (融会贯通/nr), so a four-character entry
    or a frequent non-name entry counts as a word whatever its tag; so does a word it tags
    a name that follows names in print (荣获/nr: ``people.yaml`` name_followers).
    """
    freq = tokenizer.frequency(text)
    if not freq:
        return False
    tag = tokenizer.dictionary_tag(text) or ""
    if tag in NAME_TAGS:
        if text in _people("name_followers"):
            return True  # 荣获/nr: a verb that follows names (驾驶员荣获…称号), no name
        return len(text) >= 4 and text[:2] not in lexicon.surnames().compound
    return freq >= 3


@dataclass(frozen=True)
class TitledName:
    """A caption or speaker line: ``东城区总工会主席 高立群``."""

    title_part: str  # organisation + title chain, spaces removed
    name: str
    name_offset: int  # offset of the name in the caption with spaces removed


def parse_titled_name(text: str) -> TitledName | None:
    """Split a caption into its title chain and the name that ends it.

    OCR spaces inside the words (``工 会主席``, ``庄 振国``) do not matter: the caption is
    read without spaces, and the name is the two to four characters after the last
    title that leave a name-shaped rest.
    """
    compact = without_spaces(text)
    titles = lexicon.titles()
    transliterated = _transliterated_at_end(compact)
    if transliterated is not None:
        return transliterated
    for size in (3, 2, 4):
        if len(compact) <= size:
            continue
        name, head = compact[-size:], compact[:-size]
        if is_plausible_name(name, strong_context=True) and titles.at_end.search(head):
            return TitledName(title_part=head, name=name, name_offset=len(head))
    return None


#: A given name that is a word jieba reads this often or more (发展, 建设) is no name
#: even printed apart at a line's end; 长江 (18930), 胜利, 和平, 爱国 are given names.
SPACED_GIVEN_MAX_FREQ = 20000


def is_spaced_name(name: str) -> bool:
    """A name printed apart at the end of a speaker line, a caption or a roster line,
    after its title or post (某集团项目部电焊工 李长江), whose given name is a frequent
    word (长江, 胜利, 和平: given names of their generation) that
    :func:`is_plausible_name` refuses in running text: the space before it and the
    post before the space bound it on both sides. Its surname must be no ordinary word
    (和, 于) and the whole no word."""
    parts = split_name(name) if 2 <= len(name) <= 3 else None
    if parts is None or parts[0] in lexicon.surnames().ambiguous or is_common_word(name):
        return False
    return tokenizer.frequency(parts[1]) < SPACED_GIVEN_MAX_FREQ


def spaced_titled_name(text: str) -> TitledName | None:
    """A caption or speaker line :func:`parse_titled_name` leaves unread whose last
    word, printed apart right after a title, is a name :func:`is_spaced_name` admits
    (区总工会副主席 王胜利)."""
    words = text.split()
    name = words[-1] if len(words) > 1 else ""
    if not is_spaced_name(name):
        return None
    head = without_spaces(text)[: -len(name)]
    if not lexicon.titles().at_end.search(head):
        return None
    return TitledName(title_part=head, name=name, name_offset=len(head))


#: The longest transliterated name read at a caption's end (古丽米热·艾尼瓦尔).
_LONGEST_TRANSLITERATED = 16


def _transliterated_at_end(compact: str) -> TitledName | None:
    """``某公司工会主席 阿依努尔·买买提``: a caption ending with a name of parts joined by
    a middle dot, right after a title; the shortest such name (no title eaten)."""
    if not any(dot in compact for dot in NAME_DOTS):
        return None
    titles = lexicon.titles()
    for start in range(len(compact) - 3, max(0, len(compact) - _LONGEST_TRANSLITERATED), -1):
        name, head = compact[start:], compact[:start]
        if is_transliterated(name) and titles.at_end.search(head):
            return TitledName(title_part=head, name=name, name_offset=start)
    return None
