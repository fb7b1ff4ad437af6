"""园区管委会, 园区工会 printed after the article named a park in full (某某食品产业园工会):
the park's bodies. A park's own people call it 园区 'the park' whatever its name ends
with (产业园, 工业园, 物流园), so the short form is read as the park the article named
last before it (its name up to its park word) with the body printed after 园区."""

from __future__ import annotations

from gonghui_build.extract.organisations.article_context import ArticleContext
from gonghui_build.extract.organisations.names import area_bodies, words


def park_of_short_form(written: str, offset: int, context: ArticleContext) -> str | None:
    """The full name of ``written`` (园区 + a body's suffix) at ``offset``: the park the
    article printed before it, else first after it, with the body; None when the
    article names no park or ``written`` is no park's short form. The short form is an
    area word (``generic_bodies``' areas) that is a park word too: one list of the area
    words, not a list of the parks' own beside it."""
    area = area_bodies().starting(written)
    if area is None or len(written) == len(area) or area not in words("park_words"):
        return None  # 地区管委会: an area's body, no park's
    parks = [(pos, park) for pos, name in context.orgs if (park := _park_of(name))]
    before = [park for pos, park in parks if pos <= offset]
    if not (before or parks):
        return None
    return (before or [parks[0][1]])[-1] + written[len(area) :]


def _park_of(name: str) -> str | None:
    """某某食品产业园 of 某某食品产业园工会: ``name`` up to the last park word in it
    (``park_words``), with a name of its own before the word; None without one."""
    best: str | None = None
    for word in words("park_words").words:
        at = name.rfind(word)
        if at > 0 and (best is None or at + len(word) > len(best)):
            best = name[: at + len(word)]
    return best
