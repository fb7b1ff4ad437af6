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
from gonghui_build.extract.activities.draft import ActivityDraft
from gonghui_build.extract.activities.grammar import words
from gonghui_build.text.tokenizer import occurrences


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


def _in_longer_name(found: Sequence[ActivityDraft], p: int, start: int, end: int) -> bool:
    """The word at ``start``..``end`` of paragraph ``p`` ends a longer name another row
    holds (参加了运动会开幕式): that row's, no scene of the bare ceremony."""
    return any(d.paragraph == p and d.name_start < start and end == d.trigger_end for d in found)


def only_attended(
    texts: list[str], draft: ActivityDraft, found: Sequence[ActivityDraft] = ()
) -> bool:
    """A bare opening or closing ceremony (its name the word alone) that the article
    prints only where someone attended, chaired or spoke at it: wherever else it prints
    the word (开班式上，…, a scene the finder reads as no mention) it reports the ceremony,
    unless there it ends a longer name another of the ``found`` rows holds."""
    if draft.name != draft.trigger:
        return False
    if not (words("opening_words").ending(draft.name) or draft.trigger in words("ceremony_words")):
        return False
    return all(
        _attended_at(texts[p], start, end) or _in_longer_name(found, p, start, end)
        for p, start, end in _occurrences(texts, draft.name)
    )


def without_attended_openings(texts: list[str], found: list[ActivityDraft]) -> list[ActivityDraft]:
    """``found`` less the opening ceremonies only attended (:func:`only_attended`), in an
    article that reports another activity (the event they open); the parts of a dropped
    one become parts of its parent, and every parent index follows the rows kept."""
    dropped = {i for i, d in enumerate(found) if only_attended(texts, d, found)}
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
