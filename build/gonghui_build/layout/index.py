"""Titles printed before their article: a printed page's headline index, a web page's title.

The top of a printed page lists the titles of its items; a web copy prints its title in
the browser bar or the site header, then again above the text. A display line whose text
is printed again lower on the page as a display line is the earlier copy: furniture. The
display lines around it in the same run (the index's other titles, whose items may not
print their headline again) are furniture too. The later copy, above the item's text,
is the item's headline.

A web post's pictures set between its paragraphs keep their text, which the site fills
with the post's title: the title printed again between two paragraphs it heads, once or
more (an enterprise union's page, a WeChat-style post, a news mirror: three real pages,
three sources). Read as a later copy it would take the head from the text's first
paragraph and leave that paragraph an item of its own; with running text on both sides,
under a first copy that heads running text, it is the picture's text: furniture, and the
first copy stays the head (:func:`title_echoes`). A copy over a dateline (``本报讯…``)
heads an item, and so does one after another title printed twice (a digital paper's 导读
box prints each title over a teaser, the item prints it again over its text); a
feature's section headings, printed once, do not part a copy from its title. Copies
printed side by side are read as above (the last heads the text).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from itertools import pairwise

from gonghui_build.layout.blocks import Block
from gonghui_build.layout.cues import BULLET_MARKS
from gonghui_build.layout.furniture import TITLE_PATH_RE, site_title
from gonghui_build.layout.printed_dates import DATE_RE
from gonghui_build.layout.shapes import DISPLAY_SHAPES, Shape
from gonghui_build.layout.shortened_titles import shortened_copies
from gonghui_build.text.chars import without_spaces

#: Shortest title (characters) compared: a short kicker (海淀) may well be printed twice.
TITLE_MIN = 6
#: Shortest title kept from a headline index's own lines: an item's short headline
#: (``代表心声``, a column of voices) listed with the others is still its title.
LISTED_TITLE_MIN = 4
#: Fewest titles of an index that a line after them may end (:func:`_title_before_the_first_copy`).
INDEX_RUN_MIN = 2
#: Farthest (blocks) above a dated line of metadata a title it prints again may stand.
METADATA_REACH = 30
#: A page title with the site's name after it: ``…活动举行_京工网``.
_SITE_SUFFIX_RE = re.compile(r"[_|｜\-－—]\s*[\u4e00-\u9fffA-Za-z]{1,12}$")
_LISTED = DISPLAY_SHAPES


_SAME_MARKS = str.maketrans("\"”'’:,()!?", "““‘‘：，（）！？")  # one width, one direction


#: A bullet before a title in a box of the page's headlines (``核心提示`` / ``●某某…``),
#: or the mark of a breadcrumb's last step left on its own line (``>某某…``: the title
#: of the page the trail ends on).
_BULLET_RE = re.compile(f"^[{BULLET_MARKS}>＞]+")


#: The number before a title in a table of contents (``1.``, ``2、``): the item prints
#: its title bare.
_LIST_NUMBER_RE = re.compile(r"^\d{1,2}(?:[.．](?!\d)|、)")


def title_key(text: str) -> str:
    """A title as compared: no spaces, punctuation in one width and one direction, no
    bullet before it (a summary box lists ``●某区总工会…``, the item prints its title bare;
    a breadcrumb ends on ``>某区总工会…``; a table of contents numbers its titles)."""
    key = _BULLET_RE.sub("", without_spaces(text).translate(_SAME_MARKS))
    return _LIST_NUMBER_RE.sub("", key)


def _key(block: Block) -> str:
    return title_key(block.plain)


def _titles_printed_again(
    blocks: list[Block], shapes: list[Shape], skip: set[int]
) -> tuple[set[int], set[int]]:
    """(earlier copies, later copies) of display lines printed twice; a later copy may
    be set over two lines. The later copy is the lowest, unless less text than the title
    holds is printed under it: a copy printed again after the text (a web page's title
    under the article, over its comments) is no head, the copy over the most text is."""
    later: dict[str, list[int]] = {}
    text = _text_under(blocks, shapes)
    after = _content_beside(shapes, 1)

    def echo(copy: list[int], key: str) -> bool:
        """Less text under the copy than the title holds (``欢迎发表评论``, or none) and
        no display line (a subtitle, a second line): printed again under an article."""
        nxt = after[copy[-1]]
        return text[copy[-1]] < len(key) and (nxt >= len(shapes) or shapes[nxt] not in _LISTED)

    def keep(key: str, copy: list[int]) -> None:
        found = later.get(key)
        if found is None or (echo(found, key) and text[copy[-1]] > text[found[-1]]):
            later[key] = copy

    keys = [_key(b) if shapes[i] in _LISTED and i not in skip else "" for i, b in enumerate(blocks)]
    printed = Counter(keys)
    twice = [printed[k] > 1 and len(k) >= TITLE_MIN for k in keys]
    for i in range(len(blocks) - 1, -1, -1):
        if shapes[i] in _LISTED and i not in skip:
            keep(keys[i], [i])
            j = i + 1
            if j < len(blocks) and shapes[j] in _LISTED and j not in skip:
                keep(keys[i] + keys[j], [i, j])
    earlier: set[int] = set()
    copies: set[int] = set()
    for i, block in enumerate(blocks):
        if shapes[i] not in _LISTED or i in skip:
            continue
        key = _key(block)
        for k in {key, _SITE_SUFFIX_RE.sub("", key)}:
            found = later.get(k)
            if len(k) < TITLE_MIN or found is None:
                continue
            if found[0] > i and _listed_below(i, found, k, shapes, text, twice):
                earlier.update(found)  # the index is the copy lower down
            elif found[0] > i or (i > found[-1] and echo([i], k)):
                earlier.add(i)
                copies.update(found)
    return earlier, copies - earlier


def _listed_below(
    first: int, later: list[int], key: str, shapes: list[Shape], text: list[int], twice: list[bool]
) -> bool:
    """The first copy heads its item's text (right under it) and the lower copy heads
    none, another title printed twice after it: an index printed below the first item (a
    ``本版导读`` box set mid-page). The lower copy is the index's; read the other way the
    item lost its head and the index's copy became the next item's kicker."""
    nxt, below = first + 1, later[-1] + 1
    heads = nxt < len(shapes) and shapes[nxt] in _HEADED and text[first] >= len(key)
    return heads and text[later[-1]] == 0 and below < len(shapes) and twice[below]


_ORIGINAL_TITLE_RE = re.compile(r"^原标题\s*[:：]\s*(.+)$")


def printed_titles(blocks: list[Block], shapes: list[Shape], index: set[int]) -> frozenset[str]:
    """Titles the page prints apart from its articles: its index (a short title too, once
    the index holds it), ``原标题：…``, a page
    title before the site's name, and a display line that a line of furniture just below
    it prints again with two dates (a digital paper's metadata under each item)."""
    titles = set()
    listed = set()  # the index's own lines: a short title there is still a title
    for i, block in enumerate(blocks):
        key = _key(block)
        original = _ORIGINAL_TITLE_RE.match(key)
        if original:
            titles.add(original.group(1))
        elif i in index and len(key) >= LISTED_TITLE_MIN:
            listed.add(key)
        elif i in index or (shapes[i] is Shape.FURNITURE and site_title(block.plain)):
            titles |= {key, _SITE_SUFFIX_RE.sub("", key), TITLE_PATH_RE.sub("", key)}
        elif shapes[i] is Shape.FURNITURE and len(DATE_RE.findall(key)) >= 2:
            titles |= {
                _key(blocks[j])
                for j in range(max(0, i - METADATA_REACH), i)
                if shapes[j] in _LISTED
                and len(_key(blocks[j])) >= TITLE_MIN
                and _key(blocks[j]) in key
            }
    return frozenset(t for t in titles if len(t) >= TITLE_MIN) | listed


def _text_under(blocks: list[Block], shapes: list[Shape]) -> list[int]:
    """Per block, the characters of text printed right under it, up to the next display
    line (furniture between is passed over): what a title over it would head."""
    out = [0] * len(blocks)
    run = 0
    for k in range(len(blocks) - 1, -1, -1):
        out[k] = run
        if shapes[k] in _LISTED:
            run = 0
        elif shapes[k] is not Shape.FURNITURE:
            run += len(without_spaces(blocks[k].plain))
    return out


def index_lines(blocks: list[Block], shapes: list[Shape], skip: set[int]) -> set[int]:
    """Display blocks that are earlier copies of a title, with the run of titles they
    stand in (furniture between them does not break the run), and the copies of a title
    printed between the paragraphs it heads (:func:`title_echoes`)."""
    echoes = title_echoes(blocks, shapes, skip)
    again, copies = _titles_printed_again(blocks, shapes, skip | echoes)
    compared = skip | echoes | again | copies
    short, full = shortened_copies(
        [
            _key(b) if shapes[i] in _LISTED and i not in compared else ""
            for i, b in enumerate(blocks)
        ]
    )
    again, copies = again | short, copies | full
    listed_twice = _copies_after_text(blocks, shapes, again, copies)
    again, copies = again | listed_twice, copies - listed_twice
    last = _last_listed(blocks, shapes)
    after = _content_beside(shapes, 1)

    def joins(j: int) -> bool:
        """A display line that belongs to the run of titles around it."""
        if shapes[j] not in _LISTED or j in copies:
            return False
        return _runs_on(shapes, after[j], copies, after) or last.get(_key(blocks[j]), j) > j

    out = set(again)
    walked: set[int] = set()
    for i in sorted(again):
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(blocks) and j not in skip and j not in walked:
                if shapes[j] is Shape.FURNITURE:
                    j += step
                    continue
                if not joins(j):
                    break
                out.add(j)
                walked.add(j)  # the run beyond it is walked from here once
                j += step
    out |= _title_before_the_first_copy(shapes, out, copies, skip)
    out |= _punctuated_titles(blocks, shapes, skip | echoes, out)
    return out | echoes | run_on_index(blocks, shapes, skip)  # a line of its own: no run walked


#: Longest line of an index whose punctuation made it text (``送清凉，进林场 某某…``).
PUNCTUATED_TITLE_MAX = 40


def bare_key(text: str) -> str:
    """A title as compared across its copies' punctuation: its key with no punctuation
    at all (an index prints ``某某：某某``, ``送清凉，进林场``, the item ``某某 某某``)."""
    return "".join(c for c in title_key(text) if not unicodedata.category(c).startswith("P"))


def _punctuated_titles(
    blocks: list[Block], shapes: list[Shape], skip: set[int], index: set[int]
) -> set[int]:
    """A line of the index that its comma made text (``送清凉，进林场 某总工会慰问护林员``),
    next to the index's other titles, whose words, punctuation aside, an item lower on
    the page prints as its head, on one line or two (``送清凉 进林场`` / ``某总工会…``):
    an earlier copy of that title, furniture; read as text it made an article of its own."""
    if not index:
        return set()
    last: dict[str, int] = {}
    listed = [i for i in range(len(blocks)) if shapes[i] in _LISTED and i not in skip | index]
    for i in listed:
        last[bare_key(blocks[i].plain)] = i
        if i + 1 in listed:
            last[bare_key(blocks[i].plain + blocks[i + 1].plain)] = i
    before, after = _content_beside(shapes, -1), _content_beside(shapes, 1)
    out: set[int] = set()
    for i, block in enumerate(blocks):
        if shapes[i] is not Shape.BODY or i in skip or "\n" in block.plain.strip():
            continue
        key = bare_key(block.plain)
        near = before[i] in index or after[i] in index
        if near and TITLE_MIN <= len(key) <= PUNCTUATED_TITLE_MAX and last.get(key, -1) > i:
            out.add(i)
    return out


def _title_before_the_first_copy(
    shapes: list[Shape], index: set[int], copies: set[int], skip: set[int]
) -> set[int]:
    """The display line between an index's titles and the first title printed again
    (``甲`` / ``乙`` / ``丙`` / ``甲`` over its text…) is a kicker over that title or the index's
    last title, the one of an item that prints no headline of its own: the page's items
    (its datelines after it) tell, one more than the index lists without it."""
    if not copies or not index:
        return set()
    first = min(copies)
    j = first - 1
    while j >= 0 and shapes[j] is Shape.FURNITURE:
        j -= 1
    if j < 0 or j in index or j in skip or shapes[j] not in _LISTED:
        return set()
    k, run = j - 1, 0
    while k >= 0 and (k in index or shapes[k] is Shape.FURNITURE):
        run += k in index
        k -= 1
    items = sum(shape is Shape.DATELINE for shape in shapes[first:])
    return {j} if run >= INDEX_RUN_MIN and items == run + 1 else set()


#: Marks of running text, a label's colon and bullets: a run of titles copied as one
#: line holds none of them (a ``核心提示：●…●…`` box is a summary of its own).
_SENTENCE_MARKS = frozenset("。，；！？：" + BULLET_MARKS)


def run_on_index(blocks: list[Block], shapes: list[Shape], skip: set[int]) -> set[int]:
    """A digital paper's headline index copied as one line: the page's titles run together
    with no mark between them (``某某慰问活动今年春运…面世某某发行…``). It is too long for
    a display line and yet no sentence, and it holds the title of an item printed lower on
    the page with at least as much again around it (a headline over its source's name,
    ``某县总工会举办…`` / ``某县总工会``, holds a short line and is no index); read as
    text it would make an article of its own."""
    titles = [
        (i, _key(b))
        for i, b in enumerate(blocks)
        if shapes[i] in _LISTED and i not in skip and len(_key(b)) >= TITLE_MIN
    ]
    out: set[int] = set()
    for i, block in enumerate(blocks):
        if shapes[i] is not Shape.BODY or i in skip:
            continue
        key = _key(block)
        if "\n" in block.plain.strip() or _SENTENCE_MARKS & set(key):
            continue
        if any(j > i and t in key and len(key) >= 2 * len(t) for j, t in titles):
            out.add(i)
    return out


#: Shapes of text a title heads: no copy of a title after the last of them heads any.
_HEADED = (Shape.BODY, Shape.DATELINE, Shape.ITEM, Shape.ENTRY)


def _copies_after_text(
    blocks: list[Block], shapes: list[Shape], earlier: set[int], later: set[int]
) -> set[int]:
    """Later copies of a title printed twice with no text after the earlier copy: both
    stand in a list of links after the page's text (a portal's related links, a box of
    other days' headlines, ``·某某…`` or ``头条 22-01-20`` twice), and the later copy heads
    nothing; read as a title printed after its text it became a headless item's headline."""
    heads_text = [False] * (len(blocks) + 1)
    for k in range(len(blocks) - 1, -1, -1):
        heads_text[k] = heads_text[k + 1] or shapes[k] in _HEADED
    untitled = {_key(blocks[e]) for e in earlier if not heads_text[e]}
    return {i for i in later if _key(blocks[i]) in untitled and not heads_text[i]}


def _last_listed(blocks: list[Block], shapes: list[Shape]) -> dict[str, int]:
    """Each display line's text → the last block printing it (an index's ``工会动态`` is
    printed again over the digest)."""
    return {_key(b): i for i, b in enumerate(blocks) if shapes[i] in _LISTED}


def _content_beside(shapes: list[Shape], step: int) -> list[int]:
    """Per block, the nearest block that is not furniture after it (``step`` 1; the
    page's end, ``len(shapes)``, when none) or before it (``step`` -1; -1 when none)."""
    out = [0] * len(shapes)
    order = range(len(shapes)) if step < 0 else range(len(shapes) - 1, -1, -1)
    nearest = -1 if step < 0 else len(shapes)
    for k in order:
        out[k] = nearest
        if shapes[k] is not Shape.FURNITURE:
            nearest = k
    return out


def _runs_on(shapes: list[Shape], k: int, copies: set[int], after: list[int]) -> bool:
    """A display line next to the index is an index title unless it heads the text
    right after it (block ``k``, the next that is not furniture; a dashed deck goes with
    what follows it, real_dev18): the index ran out and an item's head begins."""
    if k < len(shapes) and shapes[k] is Shape.DASH:
        return _runs_on(shapes, after[k], copies, after)
    return k >= len(shapes) or (shapes[k] in _LISTED and k not in copies)


def _heads_text(keys: list[str], shapes: list[Shape], first: int, once: set[str]) -> bool:
    """The first copy, past the copies printed right under it, furniture and headings
    printed once (a feature's first section heading), stands over running text."""
    k = first + 1
    while k < len(shapes) and (
        shapes[k] is Shape.FURNITURE or keys[k] == keys[first] or keys[k] in once
    ):
        k += 1
    return k < len(shapes) and shapes[k] is Shape.BODY


def title_echoes(blocks: list[Block], shapes: list[Shape], skip: set[int]) -> set[int]:
    """Copies of a title that stand between paragraphs of the text the title heads, with
    no other title printed twice between them and the title's first copy (a feature's
    section headings, printed once, may stand between)."""
    keys = [title_key(b.plain) for b in blocks]
    copies: dict[str, list[int]] = {}
    for i, key in enumerate(keys):
        if shapes[i] in _LISTED and i not in skip and len(key) >= TITLE_MIN:
            copies.setdefault(key, []).append(i)
    before, after = _content_beside(shapes, -1), _content_beside(shapes, 1)
    shape = [*shapes, None]  # the page's end is no text
    out: set[int] = set()
    once = {key for key, found in copies.items() if len(found) == 1}
    for found in copies.values():
        if len(found) < 2 or not _heads_text(keys, shapes, found[0], once):
            continue
        for last, i in pairwise(found):
            if any(len(copies.get(keys[k], ())) > 1 for k in range(last + 1, i)):
                break  # another title printed twice between: an index's, its item's
            if last == i - 1:
                continue  # printed side by side: the index's reading settles which heads
            if shape[before[i]] is Shape.BODY and shape[after[i]] is Shape.BODY:
                out.add(i)
    return out
