"""Names an election's verb lists with their posts, items parted by commas, sharing one
``为``: ``补选某局党组书记、局长甲，某医院党委副书记、工会主席乙为县总工会委员``.

A plenary session filling its committee's seats names each member by the posts the member
holds, and those posts list titles with ``、`` (党组书记、局长), so the items of the list
are parted by ``，``; the reader of an election's names (:func:`.elections._names_before_wei`)
reads names parted by ``、`` only. Here each item must be a title chain ending right before
a name (:func:`.election_claims.title_ends_at`), the last item's name right before the
``为``; the chain of each item is read by the titled names' readers as before.
"""

from __future__ import annotations

from gonghui_build.extract.people.election_claims import title_ends_at
from gonghui_build.extract.people.name_length import name_after
from gonghui_build.text.tokenizer import Token

#: The longest item (a body, its titles and the name) read before the election's 为.
_LONGEST_ITEM = 40
#: The most items one such list is read for.
_MOST_ITEMS = 6
#: What closes the sentence part the list stands in: no item crosses it.
_PART_ENDS = "。；：！？\n"


def titled_items_before_wei(text: str, start: int, tokens: list[Token]) -> list[tuple[str, int]]:
    """The names, with where each starts, of the titled items listed from ``start`` and
    parted by ``，`` up to the ``为`` after the last name; [] when any item is not a
    title chain closed by a name, or no ``为`` follows the last."""
    names: list[tuple[str, int]] = []
    while len(names) < _MOST_ITEMS:
        found = _titled_name(text, start, tokens)
        if found is None:
            return []
        names.append(found)
        end = found[1] + len(found[0])
        if text.startswith("为", end):
            return names if len(names) > 1 else []
        if not text.startswith("，", end):
            return []
        start = end + 1
    return []


def _titled_name(text: str, start: int, tokens: list[Token]) -> tuple[str, int] | None:
    """The first name of the item from ``start`` that a title ends right before and that
    ``，`` or ``为`` closes; None when a sentence part's end comes first."""
    for k in range(start + 2, min(len(text), start + _LONGEST_ITEM)):
        if text[k] in _PART_ENDS or text[k - 1] == "，":
            return None
        if not title_ends_at(text, k):
            continue
        name = name_after(text, k, tokens)
        if name and text.startswith(("，", "为"), k + len(name)):
            return name, k
    return None
