"""The notes of a profile between a name and its post: ``某某，53岁，某公司工会主席``.

Profiles of model workers and union officers (a paper's 人物档案, a yearbook's or an
award list's entries) set a person's age, sex, people, birth, home and Party
membership off by commas between the name and the post (``某某，男，汉族，1972年3月生，
中共党员，某街道工会主席``): short notes (``reference/people.yaml`` profile_note_words,
profile_note_endings) that the apposition of a name and its title chain passes over.
"""

from __future__ import annotations

from gonghui_build import reference as lexicon
from gonghui_build.extract.people.honours import honour_ending
from gonghui_build.text.clauses import clause_end

#: The longest note read (1972年3月出生, 内蒙古赤峰人).
_MAX_NOTE = 9
#: The most notes read between a name and its post.
_MAX_NOTES = 6


def _is_note(note: str) -> bool:
    """A profile's note: a word of its own (男, 中共党员), a short phrase ending as
    age, people, birth and home end (53岁, 汉族, 1972年3月生, 河北唐山人), or an honour
    (:func:`_is_honour_note`)."""
    if note in lexicon.words("people.yaml", "profile_note_words"):
        return True
    ending = lexicon.words("people.yaml", "profile_note_endings").ending(note)
    if ending is not None and len(note) > len(ending) and len(note) <= _MAX_NOTE:
        return True
    return _is_honour_note(note)


#: The longest honour read as a profile's note (连续五届获得全国劳模称号).
_MAX_HONOUR_NOTE = 14


def _is_honour_note(note: str) -> bool:
    """``某某，2000年全国劳动模范，某公路段养路工人``, ``某某，60岁，连续五届获得全国劳模
    称号，某公司原副总裁``: a profile names the person's honours among its notes, before
    the post; an honour (``titles.yaml`` honours: 劳动模范, 先进工作者, 获得者) or a
    phrase closing on the word for a title of honour (``people.yaml``
    profile_honour_closers: 称号) is no post, and the post follows it."""
    if len(note) > _MAX_HONOUR_NOTE:
        return False
    honour = honour_ending(note)
    closer = lexicon.words("people.yaml", "profile_honour_closers").ending(note)
    return (honour or closer) is not None


def past_profile_notes(text: str, pos: int) -> int:
    """Where the post after a name's comma starts, past the profile's notes set off by
    commas from ``pos`` on (``pos`` itself when none is)."""
    for _ in range(_MAX_NOTES):
        stop = clause_end(text, pos)
        if not text.startswith("，", stop) or not _is_note(text[pos:stop]):
            break
        pos = stop + 1
    return pos
