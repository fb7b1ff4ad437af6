"""Personal names in pinyin, with the surname read as a surname (曾立行 → Zeng Lixing).

pypinyin reads a character by its most frequent reading, or by the words around it: as
a surname, 曾 would be céng (曾经), 单 dān, 解 jiě. The surname's reading comes from
``reference/surname_readings.yaml``; the given name is pypinyin's. The form is that of
GB/T 28039-2011: surname, a space, the given name as one word, both capitalised.
"""

from __future__ import annotations

import functools
import unicodedata

from gonghui_build import reference
from gonghui_build.text.names import is_transliterated, name_parts, split_name

#: Tone marks (combining grave, acute, macron, caron); the diaeresis of ü stays.
_TONE_MARKS = frozenset("\u0300\u0301\u0304\u030c")


def toneless(syllables: str) -> str:
    """``zēng`` → ``zeng``; ``ü`` becomes ``v`` as in pypinyin's plain style."""
    decomposed = unicodedata.normalize("NFD", syllables)
    plain = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONE_MARKS))
    return plain.replace("ü", "v")


@functools.cache
def surname_readings() -> dict[str, str]:
    """Surname → its reading as a surname, with tone marks."""
    data = reference.load("surname_readings.yaml")
    return {e.surname: e.pinyin for e in data.readings}


@functools.lru_cache(maxsize=1 << 16)  # surnames and given names repeat across an archive
def _syllables(text: str) -> str:
    """pypinyin is imported at the first name read, not with this module: importing it
    loads its phrase dictionary (about 43 MB), which the worker processes reading pages
    never use (they are forked from the build before any name is read)."""
    from pypinyin import Style, lazy_pinyin

    return "".join(lazy_pinyin(text, style=Style.NORMAL, errors="ignore"))


def surname_pinyin(surname: str) -> str:
    reading = surname_readings().get(surname)
    return toneless(reading) if reading else _syllables(surname)


def name_pinyin(surname: str, given: str) -> str:
    """``("曾", "繁新")`` → ``Zeng Fanxin``; ``("欧阳", "文")`` → ``Ouyang Wen``.

    Characters pypinyin cannot read (Latin letters, digits) are left out; an empty part
    is left out with its space.
    """
    parts = (surname_pinyin(surname), _syllables(given))
    return " ".join(p.capitalize() for p in parts if p)


def person_pinyin(name: str) -> str:
    """A person's name in pinyin: ``曾立行`` → ``Zeng Lixing``; a transliterated name part
    by part, ``艾尔肯·吐尔逊`` → ``Aierken Tuerxun``; a name of no known surname (巴图孟和)
    as its first character and the rest."""
    if is_transliterated(name):
        return " ".join(_syllables(part).capitalize() for part in name_parts(name))
    surname, given = split_name(name) or (name[:1], name[1:])
    return name_pinyin(surname, given)
