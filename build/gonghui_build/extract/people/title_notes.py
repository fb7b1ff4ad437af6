"""Notes printed in brackets on how a post is held (``副书记（挂职）``, ``主席（兼）``:
``titles.yaml`` title_notes): no title of their own, read past wherever they stand, between
a title and the name after it or between two titles of one chain (``某工会主席（兼）、
某部部长某某``). Apart from :mod:`.title_lists`, so that the chain's reader
(:mod:`.titles`) can read past them without importing what reads its chains."""

from __future__ import annotations

from gonghui_build import reference as lexicon

#: The brackets a note opens and closes with, full-width and ASCII.
NOTE_OPENS, NOTE_CLOSES = "（(", "）)"


def past_title_note(text: str, pos: int) -> int:
    """``开发区工委副书记（挂职）某某``: where the name after a title starts when a
    bracketed note on how the post is held (``titles.yaml`` title_notes) stands between
    them; ``pos`` itself when none does."""
    if pos >= len(text) or text[pos] not in NOTE_OPENS:
        return pos
    close = next(
        (k for k in range(pos + 1, min(len(text), pos + 7)) if text[k] in NOTE_CLOSES), None
    )
    if close is None or text[pos + 1 : close] not in lexicon.words("titles.yaml", "title_notes"):
        return pos
    return close + 1


def before_title_note(text: str, pos: int) -> int:
    """Where a title ends when a note on how it is held (``past_title_note``) stands
    right before ``pos``, the start of a name; ``pos`` itself when none does."""
    if pos == 0 or text[pos - 1] not in NOTE_CLOSES:
        return pos
    opens = next((k for k in range(pos - 2, max(-1, pos - 8), -1) if text[k] in NOTE_OPENS), None)
    return opens if opens is not None and past_title_note(text, opens) == pos else pos


def before_status(text: str, pos: int) -> int:
    """``某县总工会原副主席、退休干部某某``: where the chain of posts ends when a status the
    person has (``titles.yaml`` statuses_after_posts: 退休干部) stands last in the list,
    after 、, right before the name at ``pos``: the status is no post (ANNOTATION.md: 退休
    is no part of a title), the posts before it are still the person's; ``pos`` itself
    when none does."""
    status = lexicon.words("titles.yaml", "statuses_after_posts").ending(text, pos)
    at = pos - len(status or "") - 1
    return at if status and at > 0 and text[at] == "、" else pos
