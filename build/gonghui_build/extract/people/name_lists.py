"""Names listed right after a name: ``副主席甲、乙、丙``, a roll set apart by spaces.

Split out of :mod:`.name_length`, which reads one name's length; this module reads how far
a list of names runs after one, item by item, with that reader."""

from __future__ import annotations

import re

from gonghui_build import reference as lexicon
from gonghui_build.extract.people.composed import composed_name
from gonghui_build.extract.people.listed import last_item_end
from gonghui_build.extract.people.name_length import name_after, words
from gonghui_build.extract.people.name_notes import note_end
from gonghui_build.extract.people.tagged_word_names import tagged_word_name
from gonghui_build.extract.people.yi_names import follows_name, yi_name_end
from gonghui_build.text import tokenizer
from gonghui_build.text.chars import is_cjk
from gonghui_build.text.names import GIVEN_WORD_MAX_FREQ, is_name_shaped, is_plausible_name
from gonghui_build.text.tokenizer import Token, token_at


def listed_after(
    text: str,
    end: int,
    tokens: list[Token],
    not_names: frozenset[int] = frozenset(),
    spaces: bool = False,
) -> list[tuple[str, int]]:
    """``副主席甲、乙、丙``: the names listed with 、 right after the name ending at
    ``end`` (notes in brackets aside: 甲（女）, and, in a list, a unit: 甲（某厂）),
    each with its start; a list stops at a title (主席甲、副主席乙), at a start in
    ``not_names`` (an organisation's name), and at a string no word that follows names
    closes. With ``spaces``, names set apart by spaces list too (甲 乙 丙: a roll of
    names, each a whole word between spaces). After a conjunction (甲和乙), only a
    name of Mongolian or Tibetan elements is read. A department printed bare (甲、党群工作部
    部长乙: ``org_suffixes.yaml`` departments) opens the next titled person, no name."""
    titles = lexicon.titles()
    departments = lexicon.words("org_suffixes.yaml", "departments")
    names: list[tuple[str, int]] = []
    end = _list_note_end(text, end)
    while (pos := _next_in_list(text, end, spaces)) is not None:
        if text[end] not in "、 ":  # 甲和乙: an item of name elements only
            item = _joined_element(text, pos)
            if item is not None and pos not in not_names:
                names.append((item, pos))
            break
        if pos in not_names or titles.regex.match(text, pos) or departments.starting(text, pos):
            break
        name = name_after(text, pos, tokens)
        if not name or not _listed_name(text, pos, name):
            name = _between_names(text, pos, tokens, len(names) + 1)
        name = name or tagged_word_name(text, pos)  # 副主席华南、于洋出席: read as places
        name = name or _whole_name_after_a_name(text, pos, tokens)  # 甲、白云峰，
        if not name:
            break
        if text[pos - 1] == " " and not _spaced_word(text, pos + len(name)):
            break
        end = _list_note_end(text, pos + len(name))
        if not follows_name(text[end : end + 4]):
            break
        names.append((name, pos))
    return names


def _listed_name(text: str, pos: int, name: str) -> bool:
    """A name of a list: of Han shape, or made of Mongolian or Tibetan elements
    (巴特某某, 央金某某, or one element of two characters: 甲、普某), or a Yi name
    (吉克某某). Tibetan workers go by one element (seen on Tibet's contest and honour
    pages, s38); the list's name before it and the word that closes it vouch for it."""
    if is_plausible_name(name, strong_context=True):
        return True
    end = pos + len(name)
    return composed_name(text, pos, False, short=True) == end or yi_name_end(text, pos) == end


def _joined_element(text: str, pos: int) -> str | None:
    """甲和普某。, 甲以及旦某某获奖: after a conjunction, the next item of a list is read as a
    name only when it is made of Mongolian or Tibetan name elements (one or more) that
    punctuation or a word that follows names closes: 甲和同事们, 甲和职工 join no name,
    and a Han-shaped word after 和 is too often none; the model reads Han names there."""
    end = composed_name(text, pos, False, short=True)
    if end is None or not follows_name(text[end : end + 4]):
        return None
    return text[pos:end]


#: Lengths of a list's item read as a name for the names around it alone.
_BETWEEN_SIZES = (2, 3)


def _between_names(text: str, pos: int, tokens: list[Token], listed: int) -> str | None:
    """甲、陈联合、乙 (or 甲、陈联合3位同志: :func:`last_item_end`): an item of two or three
    characters after a name of the list and before another or a count of people, that
    opens with a surname though it reads as a word (联合, 甘露) or its surname does (易光明):
    a list of names holds no other word there, after ``listed`` names. A very frequent
    word is none (甲、单位、乙)."""
    stop = text.find("、", pos, pos + max(_BETWEEN_SIZES) + 1)
    last = last_item_end(text, pos, _BETWEEN_SIZES, listed) if stop < 0 else None
    item = text[pos:stop] if stop > 0 else text[pos:last] if last else ""
    if len(item) not in _BETWEEN_SIZES or not all(map(is_cjk, item)):
        return None
    if not is_name_shaped(item) or tokenizer.frequency(item) >= GIVEN_WORD_MAX_FREQ:
        return None
    if last:
        return item
    following = name_after(text, stop + 1, tokens)
    if following and _listed_name(text, stop + 1, following):
        return item  # else 甲、乙、高山、常青。: the next item is read so, or closes the list
    return item if _between_names(text, stop + 1, tokens, listed + 1) else None


#: A unit in brackets after a name of a list: 甲（青禾市第一中学）、乙（…）.
_UNIT_NOTE = re.compile(r"[（(][^（）()、，。\n]{1,24}[)）]")


def _list_note_end(text: str, pos: int) -> int:
    """The end of a note (甲（女）) or a unit in brackets (甲（某厂）) right at ``pos``."""
    found = _UNIT_NOTE.match(text, pos)
    return found.end() if found else note_end(text, pos)


def _next_in_list(text: str, end: int, spaces: bool) -> int | None:
    """Where the next name of a list starts after the name ending at ``end``: past a 、,
    past a conjunction (``titles.yaml`` list_conjunctions: 甲和乙, 甲以及乙), or (with
    ``spaces``) past the spaces that set a name apart; None at the list's end."""
    if text.startswith("、", end):
        return end + 1
    joiner = lexicon.words("titles.yaml", "list_conjunctions").starting(text, end)
    if joiner is not None:
        return end + len(joiner)
    if not spaces or not text.startswith(" ", end):
        return None
    pos = end
    while pos < len(text) and text[pos] == " ":
        pos += 1
    return pos if pos < len(text) and is_cjk(text[pos]) else None


def _spaced_word(text: str, end: int) -> bool:
    """A name of a roll ending at ``end`` is a whole word: a space, punctuation or a
    word of two characters or more that follows names (出席) comes after it, not the
    rest of a name (甲 乙丙: 乙 is no name of its own)."""
    if end == len(text) or not is_cjk(text[end]):
        return True
    follower = words("name_followers").starting(text, end)
    return follower is not None and len(follower) > 1


#: jieba's tag of a person's name.
_PERSON_TAG = "nr"
#: The length of a name jieba reads whole that the reader of one name may refuse.
_WHOLE_NAME = 3


def _whole_name_after_a_name(text: str, pos: int, tokens: list[Token]) -> str | None:
    """副主席甲、白云峰，: an item of three characters after a name of the list that jieba
    reads whole as a person's name (白云峰/nr), opened by a surname, closed by a word
    that follows names: the one-name reader refuses it for the word its first two
    characters make (白云), but a list of names after a titled name holds names there
    (a yearbook's officers, one post for two names). Else None."""
    token = token_at(tokens, pos)
    if token is None or token.tag != _PERSON_TAG or len(token.word) != _WHOLE_NAME:
        return None
    if not lexicon.surnames().is_surname(token.word[:1]) or not all(map(is_cjk, token.word)):
        return None
    if lexicon.titles().regex.search(token.word):
        return None
    return token.word if follows_name(text[token.end : token.end + 4]) else None
