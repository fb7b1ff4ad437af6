"""The state of one reading of a page: the articles drafted so far (:class:`Draft`) and
the reader that starts them (:class:`Reader`), kept apart from the rules in
:mod:`gonghui_build.layout.heads` that say when an article starts."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from gonghui_build.layout.blocks import Block
from gonghui_build.layout.cues import NUMBERED_RE
from gonghui_build.layout.headroles import head_roles
from gonghui_build.layout.heads_web import PART_RE, posting_account, web_title
from gonghui_build.layout.index import title_key
from gonghui_build.layout.shapes import Shape
from gonghui_build.layout.speaker_heads import SpeakerScan, opens_round_up, speaker_scan
from gonghui_build.text.chars import without_spaces
from gonghui_build.text.numbers import MONTH_OR_DAY

#: Fewest display lines read as a headline index (a head has at most three: kicker,
#: headline, subtitle), and the least length of each line of a three-line index.
INDEX_MIN = 4
INDEX_TITLE_MIN = 8
#: Shortest headline that starts a news item inside an open one.
NEW_HEAD_MIN = 8


@dataclass
class Draft:
    """An article being laid out: head roles, and the blocks after its head."""

    index: int
    roles: dict[int, str] = field(default_factory=dict)
    body: list[int] = field(default_factory=list)
    closed: bool = False
    continued: bool = False
    hint: str | None = None  # "entry", "item": what opened it
    texted: bool = False  # its dateline opens a paragraph of text
    first_text: int | None = None  # its first block of running text, once looked up

    @property
    def has_body(self) -> bool:
        return bool(self.body) or self.texted

    @property
    def headline(self) -> int | None:
        return next((i for i, r in self.roles.items() if r == "headline"), None)


#: A month heading of a chronicle (大事记): 1月, 十二月, 3月份.
_MONTH_RE = re.compile(rf"{MONTH_OR_DAY}月份?")


def section_like(text: str) -> bool:
    """A numbered heading (一、概况) or a chronicle's month (1月): a section, no headline."""
    return bool(NUMBERED_RE.match(text) or _MONTH_RE.fullmatch(text))


@dataclass
class Reader:
    """The state of one reading of a page."""

    blocks: list[Block]
    shapes: list[Shape]
    top_level: int  # Markdown level that marks headlines, 0 when none
    titles: frozenset[str] = frozenset()  # titles the page prints elsewhere (index, 原标题)
    articles: list[Draft] = field(default_factory=list)
    page_roles: dict[int, str] = field(default_factory=dict)
    pending: list[int] = field(default_factory=list)
    continued_next: bool = False
    index_run: list[int] = field(default_factory=list)  # lines read as the page's index
    _speakers: SpeakerScan | None = field(default=None, repr=False)  # see :meth:`reshape`

    @property
    def current(self) -> Draft | None:
        return self.articles[-1] if self.articles else None

    def start(self, head: list[int], limit: int, hint: str | None = None) -> Draft:
        """A new article headed by the last ``limit`` display lines of ``head``."""
        last_run = self._last_run(head)
        indexed = self._is_index(last_run)
        titles = self.titles
        web = (
            web_title(self.blocks, self.shapes, head, last_run, titles, indexed)
            if hint is None and limit
            else None
        )
        if web is not None:
            group = web  # a web copy's title and subtitle, above its header fields
            titles = titles | {title_key(self.blocks[web[0]].plain)}
        else:
            if not self.articles and indexed:
                for i in last_run:  # the page's headline index; its items print no title
                    self.page_roles[i] = "furniture"
                self.index_run, last_run = last_run, []
            group = last_run[-limit:] if limit else []
        if web is not None and posting_account(self.blocks, self.shapes, web[-1] + 1):
            self.page_roles[web[-1] + 1] = "furniture"  # the account's name under the title
        rest = [i for i in head if i not in group and i not in self.page_roles]
        below = [i for i in rest if web is not None and i > web[-1]]  # the text's headings
        rest = [i for i in rest if i not in below]
        sections = []
        while hint is None and len(group) > 1 and section_like(self._text(group[-1])):
            sections.insert(0, group.pop())
        if hint is None and len(group) > 1 and self._opens_round_up(group[-1]):
            sections.insert(0, group.pop())  # a round-up's first speaker, not its head
        cur = self.current
        for i in rest:  # display lines above the head: the open article's, or the page's
            if cur is not None and cur.has_body and not cur.closed:
                cur.body.append(i)
            else:
                self.page_roles[i] = "banner"
        roles = head_roles(self.blocks, self.shapes, group, titles)
        draft = Draft(len(self.articles), roles, hint=hint)
        draft.continued, self.continued_next = self.continued_next, False
        draft.body += sorted([*sections, *below])
        self.articles.append(draft)
        return draft

    def renumber(self) -> None:
        """Number the articles in page order again: a pass that drops, merges or adds
        articles leaves their indexes stale, and an article's index is its place."""
        for n, draft in enumerate(self.articles):
            draft.index = n

    def reshape(self, i: int, shape: Shape) -> None:
        """Block ``i`` read as ``shape`` from now on. Every change of a shape while the
        page is read goes through here, so that the speakers' scan, made once for the
        shapes as they stand, is made again after one."""
        self.shapes[i] = shape
        self._speakers = None

    def _opens_round_up(self, i: int) -> bool:
        if self._speakers is None:
            self._speakers = speaker_scan(self.blocks, self.shapes)
        return opens_round_up(self.blocks, i, self._speakers)

    def _is_index(self, run: list[int]) -> bool:
        """A run of titles too long for one head (kicker, headline, subtitle): four or
        more lines, or three long ones, with no dash and no Markdown heading among them.
        Three long lines are one head (a kicker, a headline, a subtitle) when the page's
        later items print headlines of their own: an index stands over items that print
        none."""
        if any(self.shapes[i] is Shape.DASH or self.blocks[i].heading_level for i in run):
            return False
        long = all(len(self._text(i)) >= INDEX_TITLE_MIN for i in run)
        if len(run) >= INDEX_MIN:
            return True
        return len(run) == INDEX_MIN - 1 and long and not self._headed_below(run[-1] + 1)

    def _headed_below(self, first: int) -> bool:
        """Whether an item after block ``first`` prints its own headline: a display line
        right over a dateline or a byline."""
        anchors = (Shape.DATELINE, Shape.BYLINE)
        return any(
            self.shapes[j] is Shape.DISPLAY and self.shapes[j + 1] in anchors
            for j in range(first + 1, len(self.shapes) - 1)
        )

    def _last_run(self, head: list[int]) -> list[int]:
        """The display lines of ``head`` printed together last: lines above a gap of
        furniture (a headline index, a site's title bar) are no part of the head — unless
        the last run is nothing but numbered sections (``一、组织沿革``) under a part's
        heading (``第二节 职工团体``) that a copy's source row parted from them: that
        heading heads the text."""
        run: list[int] = []
        above: list[int] = []
        for i in head:
            if run and any(self.shapes[j] is Shape.FURNITURE for j in range(run[-1] + 1, i)):
                above, run = run, []
            run.append(i)
        if (
            above
            and PART_RE.match(self._text(above[-1]))
            and all(section_like(self._text(i)) for i in run)
        ):
            return [above[-1], *run]
        return run

    def _text(self, i: int) -> str:
        return without_spaces(self.blocks[i].plain)

    def take_pending(self) -> list[int]:
        pending, self.pending = self.pending, []
        return pending
