"""Opening ceremonies only attended: ``某某出席开幕式并致辞``, ``某某主持开班仪式``,
``开幕式由某某主持``, ``某某在开班仪式上说``; closing and prize-giving ones likewise
(``出席闭幕式并颁奖``: ``ceremony_words``). Reports of a games or a course name its
ceremonies so to say who came and who chaired; such a ceremony is a day of the event, no
activity of its own. One the text reports as a scene (``开幕式上，…``, ``举行开班仪式``,
``开班仪式在某地举行``) stays a part of its event, as the annotation keeps a course's
sessions."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from gonghui_build import reference as lexicon
from gonghui_build.extract.activities.ceremonies import is_ceremony_word
from gonghui_build.extract.activities.draft import ActivityDraft
from gonghui_build.extract.activities.grammar import words
from gonghui_build.text.tokenizer import occurrences
from gonghui_build.vocabulary import Category


def _spoken_at(text: str, start: int, end: int) -> bool:
    """The bare ceremony word at ``text[start:end]`` is where a guest spoke, in the
    guest's clause (某某在开班仪式上说): who came, as 出席 says; not a scene opening its
    own clause (开班式上，某某作动员讲话)."""
    if not text.endswith("在", 0, start) or not text.startswith("上", end):
        return False
    return lexicon.words("people.yaml", "speech_verbs").starting(text, end + 1) is not None


def _attended_at(text: str, start: int, end: int) -> bool:
    """The bare ceremony word at ``text[start:end]`` is the object of a guest's verb
    (出席开幕式), of who chaired it (开幕式由某某主持) or where a guest spoke."""
    if words("ceremony_guest_verbs").ending(text, start) or _spoken_at(text, start, end):
        return True
    return bool(words("ceremony_chaired_marks").starting(text, end))


def _occurrences(texts: list[str], word: str) -> list[tuple[int, int, int]]:
    """Every place the article prints ``word``: paragraph, start, end."""
    return [
        (p, start, start + len(word))
        for p, text in enumerate(texts)
        for start in occurrences(text, word)
    ]


def _name_starts(found: Sequence[ActivityDraft]) -> dict[tuple[int, int], int]:
    """Where the rows' names end (paragraph, end of the trigger) → the earliest start of
    a name ending there: read once, so that whether a word ends a longer name
    (:func:`_in_longer_name`) is one look-up, not a scan of every row."""
    starts: dict[tuple[int, int], int] = {}
    for d in found:
        key = (d.paragraph, d.trigger_end)
        starts[key] = min(d.name_start, starts.get(key, d.name_start))
    return starts


def _in_longer_name(name_starts: dict[tuple[int, int], int], p: int, start: int, end: int) -> bool:
    """The word at ``start``..``end`` of paragraph ``p`` ends a longer name another row
    holds (参加了运动会开幕式): that row's, no scene of the bare ceremony."""
    return name_starts.get((p, end), start) < start


def _is_bare_ceremony(draft: ActivityDraft) -> bool:
    """An opening or closing ceremony named by its word alone (开幕式, 闭幕式)."""
    if draft.name != draft.trigger:
        return False
    return is_ceremony_word(draft.name, "ceremony_words")


def _openings_read_as_contests(texts: list[str], found: Sequence[ActivityDraft]) -> set[str]:
    """The opening words (开幕式) that the article's lead printed after a contest read from
    them (某市第三届职工运动会开幕式在市体育中心举行: the games, :func:`.contest_opened`):
    the ceremony is how the games were reported, and the bare word after (出席开幕式,
    开幕式上，…) is that report's, no row of its own (real_dev17's gold: a city's games
    opened, its ceremony no row)."""
    opening = words("opening_words")
    return {
        word
        for d in found
        if d.category == Category.competition
        and (word := opening.starting(texts[d.paragraph], d.trigger_end)) is not None
    }


def _only_attended_where_printed(
    texts: list[str], word: str, name_starts: dict[tuple[int, int], int]
) -> bool:
    """Wherever the article prints ``word``, someone attended, chaired or spoke at it
    there, or it ends a longer name a row holds (:func:`_in_longer_name`)."""
    return all(
        _attended_at(texts[p], start, end) or _in_longer_name(name_starts, p, start, end)
        for p, start, end in _occurrences(texts, word)
    )


def without_attended_openings(texts: list[str], found: list[ActivityDraft]) -> list[ActivityDraft]:
    """``found`` less the opening ceremonies only attended, in an article that reports
    another activity (the event they open): a bare ceremony (its name the word alone)
    that the article prints only where someone attended, chaired or spoke at it; wherever
    else it prints the word (开班式上，…, a scene the finder reads as no mention) it
    reports the ceremony, unless there it ends a longer name another row holds. The parts
    of a dropped one become parts of its parent, and every parent index follows the rows
    kept."""
    name_starts = _name_starts(found)
    # one answer per word: an article prints the same bare ceremony in many rows
    printed_attended: dict[str, bool] = {}
    dropped: set[int] = set()
    contests_opened = _openings_read_as_contests(texts, found)
    for i, d in enumerate(found):
        if not _is_bare_ceremony(d):
            continue
        if d.name in contests_opened:
            dropped.add(i)
            continue
        if d.name not in printed_attended:
            printed_attended[d.name] = _only_attended_where_printed(texts, d.name, name_starts)
        if printed_attended[d.name]:
            dropped.add(i)
    if not dropped or len(dropped) == len(found):
        return found
    new_index: dict[int, int] = {}
    for i in range(len(found)):
        if i not in dropped:
            new_index[i] = len(new_index)

    def kept_parent(parent: int | None) -> int | None:
        seen: set[int] = set()
        while parent is not None and parent in dropped and parent not in seen:
            seen.add(parent)
            parent = found[parent].parent
        return new_index.get(parent) if parent is not None else None

    return [
        replace(d, parent=kept_parent(d.parent)) for i, d in enumerate(found) if i not in dropped
    ]
