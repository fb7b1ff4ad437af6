"""Shapes of Chinese personal names, and title + name pairs as captions print them."""

from __future__ import annotations

from dataclasses import dataclass

from gonghui_build import lexicon, tokenizer
from gonghui_build.chars import is_cjk, without_spaces

#: Characters that do not occur in given names: particles, pronouns and function words
#: (one character each). Verbs that follow names (表示, 强调) are not listed: 强 and 为
#: are common in names; the words after a candidate settle its length instead.
GIVEN_NAME_STOP = frozenset(
    "的了在是和与及等说们着过这那其你我他她它吗呢吧啊把被都也还又就而或即则该此些每各"
)
#: Tags jieba gives to personal names in its dictionary.
NAME_TAGS = frozenset({"nr", "nrfg", "nrt"})


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
    if any(c in GIVEN_NAME_STOP for c in given):
        return None
    return surname, given


def is_name_shaped(name: str) -> bool:
    return split_name(name) is not None


def is_common_word(text: str) -> bool:
    """True when jieba knows ``text`` as an ordinary word (融会贯通, 高兴), not a name.

    jieba's dictionary tags many idioms as names (融会贯通/nr), so a four-character entry
    or a frequent non-name entry counts as a word whatever its tag.
    """
    freq = tokenizer.frequency(text)
    if not freq:
        return False
    tag = tokenizer.dictionary_tag(text) or ""
    if tag in NAME_TAGS:
        return len(text) >= 4 and text[:2] not in lexicon.surnames().compound
    return freq >= 3


@dataclass(frozen=True)
class TitledName:
    """A caption or speaker line: ``东城区总工会主席 张晓林``."""

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
    for size in (3, 2, 4):
        if len(compact) <= size:
            continue
        name, head = compact[-size:], compact[:-size]
        if split_name(name) and titles.at_end.search(head):
            return TitledName(title_part=head, name=name, name_offset=len(head))
    return None
