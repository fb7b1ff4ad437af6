"""What stands around a name the model read and places it where names stand: a title, a
noun for people or an occupation right before it (主席, 钢筋工), the place a person lives
or comes from (家住某镇的), an age (54岁的), and what closes a name after it. Read by the
span setting of :mod:`.model_bounds` and by the name rules that weigh a reading; kept
apart from the span setting, which is another job. Pure functions of the text."""

from __future__ import annotations

from gonghui_build import reference as lexicon
from gonghui_build.extract.people.transliterated import follows_name_at
from gonghui_build.text.numbers import CN_NUMERAL


def _words(section: str) -> lexicon.Words:
    """A word list of ``reference/people.yaml``."""
    return lexicon.words("people.yaml", section)


def ends_name(text: str, end: int) -> bool:
    """What follows ``end`` closes a name: punctuation or a word that follows names."""
    return follows_name_at(text, end)


def after_title_or_occupation(text: str, start: int) -> bool:
    """A title, a noun for people or an occupation (钢筋工, 快递员) ends right before
    ``start``."""
    before = text[max(0, start - 16) : start]
    titles = lexicon.titles()
    if titles.at_end.search(before) or titles.person_nouns.ending(before):
        return True
    return len(before) >= 2 and _words("occupation_endings").ending(before) is not None


#: How far before a name's 的 a word of home or origin may stand (家住某某区某某街道的).
_HOME_REACH = 14


def after_a_home(text: str, start: int) -> bool:
    """家住永安镇的周某, 来自城关镇的周某: a word of home or of coming from (``people.yaml``
    home_marks, origin_marks), a place with no punctuation (某街48号) and 的 right before
    ``start`` stand before people: the name the model reads there stands where names
    stand."""
    if start < 1 or text[start - 1] != "的":
        return False
    before = text[max(0, start - 1 - _HOME_REACH) : start - 1]
    for key in ("home_marks", "origin_marks"):
        for m in _words(key).finditer(before):
            if m.end() < len(before) and before[m.end() :].isalnum():  # 某街48号
                return True
    return False


def after_an_age(text: str, start: int) -> bool:
    """54岁的王山, 今年四十八岁的金星, 四十多岁的某某, 二十出头的某某, 年近七旬的某某: a
    number, a word of age (``people.yaml`` age_marks, 多/余/来 between them) and 的 right
    before ``start`` describe the person named next, as the place a person lives does
    (:func:`after_a_home`); 岁 after no number (岁末的) says nothing."""
    if start < 3 or text[start - 1] != "的":
        return False
    mark = _words("age_marks").ending(text, start - 1)
    if mark is None:
        return False
    before = start - 1 - len(mark)
    while before > 0 and text[before - 1] in _AGE_BETWEEN and start - before < _AGE_REACH:
        before -= 1  # 四十多岁的, 二十岁出头的: words between the number and the mark
    return before > 0 and (text[before - 1].isdigit() or text[before - 1] in CN_NUMERAL)


#: What stands between an age's number and its mark (四十多岁, 50余岁, 二十来岁, 三十岁出头):
#: 《现代汉语八百词》 多, 余, 来 after a number 'more than, about'; 岁 before 出头.
_AGE_BETWEEN = "多余来岁"
#: How far before the name an age phrase's number may stand (三十多岁出头的: 6 characters).
_AGE_REACH = 7
