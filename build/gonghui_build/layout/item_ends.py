"""Where an item ends inside the page's reading, told by what follows its text: the
credit under a text signed nowhere else, and a photo's credit that a brief's title
follows (:mod:`heads` asks these when a byline or a title comes after text)."""

from __future__ import annotations

import re

from gonghui_build.layout.cues import DATELINE_RE
from gonghui_build.layout.display import opens_with_news_lead
from gonghui_build.layout.furniture import furniture_kind, names_an_institution
from gonghui_build.layout.headroles import set_over_two_lines
from gonghui_build.layout.index import title_key
from gonghui_build.layout.reader import NEW_HEAD_MIN, Draft, Reader, section_like
from gonghui_build.layout.role_words import BYLINE_MARKS, ROLE
from gonghui_build.layout.shapes import DISPLAY_SHAPES, Shape
from gonghui_build.text.chars import without_spaces

#: Shortest title of a brief set under a photo: the shortest headline that starts a news
#: item inside an open one.
BRIEF_HEAD_MIN = NEW_HEAD_MIN


def closes_text(r: Reader, cur: Draft, i: int) -> bool:
    """A byline right under the open article's text, the article signed by no byline
    or dateline of its own, and furniture that closes the text (a column's name) or
    the head of another text after it: the credit under that text (a profile's
    ``本报记者 某某 文/摄``), not a headless article. (Credits alone at the page's end
    are folded into the article before them later, see ``segment``.)"""
    if cur.closed or not cur.has_body or {"byline", "dateline"} & set(cur.roles.values()):
        return False
    nxt = i + 1
    while nxt < len(r.shapes) and r.shapes[nxt] is Shape.FURNITURE:
        kind = furniture_kind(r.blocks[nxt].plain.replace("\n", " "))
        if kind is not None and kind.closing:
            return True
        nxt += 1
    head_over = (Shape.BODY, Shape.DATELINE, Shape.BYLINE)
    return (
        nxt + 1 < len(r.shapes)
        and r.shapes[nxt] in DISPLAY_SHAPES
        and r.shapes[nxt + 1] in head_over
    )


def brief_under_photo(r: Reader, i: int) -> bool:
    """A title over a news lead (``6月1日，…``) right under a photo's credit (``某某 摄``)
    that closed the article before: a brief of its own set under the photo, even under
    a signed feature — a photo closes the text it illustrates, no section runs on past it."""
    above = r.pending[0] - 1
    while above >= 0 and r.shapes[above] is Shape.FURNITURE:
        above -= 1
    title = title_key(r.blocks[r.pending[-1]].plain)
    return (
        above >= 0
        and r.shapes[above] is Shape.CREDIT
        and len(title) >= BRIEF_HEAD_MIN
        and not section_like(title)
        and opens_with_news_lead(r.blocks[i].plain)
    )


#: Characters of a body's name (the place it opens with) that its item's first sentence
#: names again (``某某镇总工会`` / ``近日，某某镇…``).
UNIT_PLACE_CHARS = 2


def unit_heads_item(r: Reader, i: int) -> bool:
    """One line naming a body alone (``某某镇总工会``) over a news lead that names the
    body's place in its first sentence (``近日，某某镇总工会开展…``, ``1月25日，某某镇党委
    副书记…``): the next item of a roundup headed by the body it reports on (a union's
    post gathering what its towns' unions did), each an article as a digest's briefs
    headed so are — not a section of the item before, though the name is short."""
    if len(r.pending) != 1:
        return False
    title = title_key(r.blocks[r.pending[0]].plain)
    text = without_spaces(r.blocks[i].plain)
    sentence = re.split(r"[。！？!?；;]", text, maxsplit=1)[0]
    return (
        names_an_institution(title)
        and opens_with_news_lead(text)
        and title[:UNIT_PLACE_CHARS] in sentence
    )


def _one_title_over_plain_text(r: Reader, cur: Draft) -> bool:
    """One display line pending over the open article, whose body holds no display line
    yet (no section of its own): what a title of the next short item stands over."""
    return len(r.pending) == 1 and not any(r.shapes[j] in DISPLAY_SHAPES for j in cur.body)


def titled_photo_item(r: Reader, cur: Draft, i: int) -> bool:
    """A title over one paragraph closed by a photo's credit (``暖心驿站`` / ``日前，某某
    工会…`` / ``本报记者 某某 本报通讯员 某某 摄``), after a news item and before the next
    head or the page's end: a photo item of its own (its caption its text), however short
    its title — a section of the report above would run on past a photo, or sit among
    other sections."""
    if not _one_title_over_plain_text(r, cur):
        return False
    credit = _next_shown(r, i)
    if credit is None or r.shapes[credit] is not Shape.CREDIT:
        return False
    after = _next_shown(r, credit)
    return after is None or r.shapes[after] in DISPLAY_SHAPES


def _next_shown(r: Reader, i: int) -> int | None:
    """The first block after ``i`` that is not the page's furniture."""
    nxt = i + 1
    while nxt < len(r.shapes) and r.shapes[nxt] is Shape.FURNITURE:
        nxt += 1
    return nxt if nxt < len(r.shapes) else None


#: Shortest title of a brief over a dated lead after a datelined item (``新春送温暖``).
SHORT_BRIEF_HEAD_MIN = 4
#: A day's date opening a lead, perhaps after its place or time words (``1月12日，``).
_DATED_LEAD_RE = re.compile(r"^.{0,6}?\d{1,2}月\d{1,2}日")


def short_title_over_dated_brief(r: Reader, cur: Draft, i: int) -> bool:
    """A short title (``新春送温暖``) over a lead opening with the day's date, right after
    an item opened by its dateline (``本报讯 1月10日，…``) that has no section of its
    own yet: the next brief, though its title is short — a report's first section heading
    does not open with the day again under a dated item. A short title its dated lead
    restates (:func:`_restated_by_dated_lead`) heads the next brief also after a brief
    opened by a dated lead under a datelined item (a page of briefs under short titles)."""
    if not _one_title_over_plain_text(r, cur):
        return False
    title = title_key(r.blocks[r.pending[0]].plain)
    if len(title) < SHORT_BRIEF_HEAD_MIN or section_like(title):
        return False
    datelined = "dateline" in cur.roles.values()
    if not datelined and not _opens_as_news(r, cur):
        return False
    lead = without_spaces(r.blocks[i].plain)
    return (datelined and bool(_DATED_LEAD_RE.match(lead))) or _restated_by_dated_lead(title, lead)


def _opens_as_news(r: Reader, cur: Draft) -> bool:
    """The draft's text opens like a news item (``近日，…``, ``3月4日，…``) under an item
    of the page opened by its dateline: a brief of a page of briefs, not a feature's."""
    if not cur.body or not opens_with_news_lead(r.blocks[min(cur.body)].plain):
        return False
    return any("dateline" in d.roles.values() for d in r.articles if d is not cur)


#: A date in a lead's first words, a day's or a recent one (``近日，``, ``连日来，``), perhaps
#: after a clause of purpose or occasion (``为提高…意识，3月8日，``).
_DATE_IN_LEAD_RE = re.compile(
    r"^[^。！？；]{0,20}?(?:近日|日前|近期|前不久|连日来|近来|\d{1,2}月\d{1,2}日)"
)
#: Least share of a short title's characters its dated lead's first sentence prints.
RESTATED_TITLE_SHARE = 0.75


def _restated_by_dated_lead(title: str, lead: str) -> bool:
    """A lead dated in its first words (``近日，市总工会在城南…爱心驿站揭牌``) whose first
    sentence prints nearly all of the short title over it (``爱心驿站揭牌``): a brief told
    under its title, as a brief's title sums its lead — a report's section heading
    (``培训安排``) names a part of the report, which its first sentence does not say again."""
    if not _DATE_IN_LEAD_RE.match(lead):
        return False
    sentence = re.split(r"[。！？；]", lead, maxsplit=1)[0]
    shared = sum(1 for ch in title if ch in sentence)
    return shared >= RESTATED_TITLE_SHARE * len(title)


#: Fewest characters of a feature's deck after its dash (``——记某厂焊工某某``).
DECK_MIN = 5


def titled_with_dashed_deck(r: Reader, i: int) -> bool:
    """A title and its dashed deck over the text (``焊花里的青春`` / ``——记某厂焊工某某``):
    the head of a feature of its own set after an item whose end is unmarked, as a profile
    or a sidebar is. A report's section headings carry no deck; a dash line right under a
    byline, or alone, is read elsewhere (the subtitle a profile sets under its byline); a
    list's size set in dashes under its heading (``省模范职工之家`` / ``--12家--``) is no deck."""
    if len(r.pending) < 2 or r.shapes[i] is not Shape.BODY:
        return False
    title, deck = r.pending[-2], r.pending[-1]
    if (
        r.shapes[title] is not Shape.DISPLAY
        or r.shapes[deck] is not Shape.DASH
        or deck != title + 1
    ):
        return False
    words = without_spaces(r.blocks[deck].plain).strip("—─－-")
    return len(words) >= DECK_MIN and not any(ch.isdigit() for ch in words)


#: Who a dateline's bracket credits (``本报讯（记者 某某 通讯员 某某）``): a reporter's item,
#: by the byline reader's own role words (``role_words.ROLE``).
_CREDITED_RE = re.compile(rf"[（(][^）)]*{ROLE}")


def signed_text_after_credited_item(r: Reader, cur: Draft, i: int) -> bool:
    """One title over text that closes with a marked signature (``□某某``), inside a news
    item whose dateline credits its reporter already (``本报讯（记者 某某）…``): the
    signature signs that text, a comment or a sidebar of its own set after the item (a
    news item is credited once, in its dateline), not a section of the item."""
    if len(r.pending) != 1 or r.shapes[i] is not Shape.BODY:
        return False
    dateline = next((j for j, role in cur.roles.items() if role == "dateline"), None)
    prefix = DATELINE_RE.match(r.blocks[dateline].plain) if dateline is not None else None
    if prefix is None or not _CREDITED_RE.search(prefix.group(0)):
        return False
    end = i + 1
    while end < len(r.shapes) and r.shapes[end] is Shape.BODY:
        end += 1
    signed = end < len(r.shapes) and r.shapes[end] in (Shape.BYLINE, Shape.END_CREDIT)
    return signed and r.blocks[end].plain.lstrip()[:1] in BYLINE_MARKS


def pending_title(r: Reader) -> str:
    """The title the display lines waiting over a text make: the last line, or the last
    two when the column set one headline over them (``某县总工会为茶企`` / ``一线职工送清凉``),
    which :func:`heads._new_head` measures whole, not by its shorter second line."""
    last = title_key(r.blocks[r.pending[-1]].plain)
    if len(r.pending) >= 2 and set_over_two_lines(r.blocks, r.shapes, r.pending):
        return title_key(r.blocks[r.pending[-2]].plain) + last
    return last
