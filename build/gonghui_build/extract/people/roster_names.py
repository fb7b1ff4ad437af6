"""Whether the characters opening a roster line are a name (moved from :mod:`.rosters`,
which holds the line's shape): a name-shaped string, a rare word set apart, a name of a
surname far more often a word, or a two-character name spaced to fill a column.

Tables of winners and delegates print a two-character name with a blank between its
characters so that it fills the width of the three-character names above and below it
(``罗  兰``, ``海  燕``). jieba reads many such names as a word or a place (海燕 a petrel,
罗兰 a place) and :func:`~gonghui_build.text.names.is_plausible_name` refuses them; the
blank inside the name and the blank after it, before the row's unit and post, bound it
on both sides. Read on invented rows in the shape of union sites' award tables (s40,
people24).
"""

from __future__ import annotations

from gonghui_build import reference as lexicon
from gonghui_build.extract.people.name_length import surname_stands_alone
from gonghui_build.extract.people.post_phrases import is_post
from gonghui_build.text import tokenizer
from gonghui_build.text.names import is_name_after_title, is_plausible_name, split_name

#: A two-character word jieba reads this often or more is no name even spaced to fill a
#: column: 代表 (32777), 同志 (8992), 方向 (8151) are the words of a table's cells;
#: 白雪 (1572), 江山 (1224), 金星 (695), 海燕 (87) are given names of their generation.
FILLED_WORD_MAX_FREQ = 2000


def roster_name(text: str, start: int, end: int, breaks: frozenset[int] = frozenset()) -> bool:
    """A name opening a roster line: name-shaped and no word, or, set apart by a space
    from the body after it, a name that is also a rare word (上海：江源 某中学教师), as a
    name right after a title may be, or a two-character name spaced to fill a column
    (:func:`filled_to_a_column`); or a name whose surname is far more often a word (时,
    车, 易: ``surnames.yaml`` ambiguous) that jieba reads alone as a word a surname
    may be, no preposition or conjunction (时|宏远某公司技师; not 于|…, 和|…), its given
    name no frequent word: honour lists of union sites print such names one a line
    (时某某 某汽车公司技能师, read in s37), the line's shape (a body and a post right
    after the name) the second signal such a surname needs; the paragraph's text may
    have lost the space between (``breaks``: where the page printed it)."""
    name = text[start:end]
    if is_plausible_name(name, strong_context=True):
        return True
    apart = text[end : end + 1].isspace() or end in breaks
    if text[end : end + 1].isspace() and is_name_after_title(name):
        return True
    if apart and filled_to_a_column(name, start, breaks):
        return True
    return worded_surname_name(text, start, name, apart)


def filled_to_a_column(name: str, start: int, breaks: frozenset[int]) -> bool:
    """``罗  兰``, ``海  燕``: a two-character name the page printed with a blank between
    its characters (``breaks``: where the page printed blanks the text lost): a surname
    first (one often a word too, 海, 白: the blank is the second signal it needs), the
    whole no post (班  长) and no frequent word (:data:`FILLED_WORD_MAX_FREQ`)."""
    if len(name) != 2 or start + 1 not in breaks or split_name(name) is None:
        return False
    return not is_post(name) and tokenizer.frequency(name) < FILLED_WORD_MAX_FREQ


def worded_surname_name(text: str, start: int, name: str, apart: bool = False) -> bool:
    """A name of a surname far more often a word (``surnames.yaml`` ambiguous) read as a
    name after a title is: the roster line's shape is the second signal such a surname
    needs, opening a line (时某某 某公司技师) or closing one (某公交公司 满立新); set apart
    by a blank (``apart``), its surname may read as an adverb (常|永久)."""
    alone = surname_stands_alone(text, start, adverb=apart)
    return name[0] in lexicon.surnames().ambiguous and alone and is_name_after_title(name, True)
