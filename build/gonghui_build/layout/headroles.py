"""The parts of an article's head: which display lines above an anchor or a text are
its banner, kicker, headline and subtitle.

Read backwards from the anchor (`reader.Reader` finds the group; this module names its
lines): a dash opens a subtitle, the line above is the headline, a short line above
that the kicker, anything higher the banner. A title the page prints elsewhere (its
headline index) names the headline whatever its place.
"""

from __future__ import annotations

import re

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations.names import suffix_of
from gonghui_build.layout.blocks import Block
from gonghui_build.layout.broken_titles import (
    broken_inside,
    opens_with_one_word,
    subject_over_predicate,
)
from gonghui_build.layout.cues import dateline_prefix
from gonghui_build.layout.decks import title_over_deck
from gonghui_build.layout.digest_titles import names_a_digest
from gonghui_build.layout.display import opens_with_news_lead, restates, runs_on
from gonghui_build.layout.head_chrome import (
    channel_line,
    crumb_step,
    head_words,
    site_row,
)
from gonghui_build.layout.index import TITLE_MIN, title_key
from gonghui_build.layout.ocr_dashes import ocr_dash_under
from gonghui_build.layout.shapes import Shape, is_place_name
from gonghui_build.layout.under_title import (
    bracketed_note,
    facts_under_title,
    slogan,
    slogan_under_title,
    source_under_title,
)
from gonghui_build.text import places, tokenizer
from gonghui_build.text.chars import without_spaces

#: Shortest first line of a headline set over two lines.
TWO_LINE_MIN = 4

#: A kicker is one short line (an organisation, a place); a banner is a slogan.
KICKER_MAX = 16
#: Longest kicker that names an event or a series over a shorter headline
#: (``…系列活动之三`` / ``焊工比武赛出新水平``): a line too long for a slogan's place.
LONG_KICKER_MAX = 30


def _kicker_like(block: Block) -> bool:
    return len(block.lines) == 1 and len(without_spaces(block.plain)) <= KICKER_MAX


def _long_kicker(block: Block, headline: Block) -> bool:
    """A one-line head over a shorter headline, with no line above it and no final
    punctuation: a kicker that names an event, a campaign or a series, too long for
    ``_kicker_like`` and too close to its headline to be the page's banner."""
    text = without_spaces(block.plain)
    return (
        len(block.lines) == 1
        and KICKER_MAX < len(text) <= LONG_KICKER_MAX
        and text[-1] not in "。！？!?；;：:"
        and len(without_spaces(headline.plain)) < len(text)
    )


#: A subtitle's printed dash (``——``), and the 一 an OCR reads for it.
_SUBTITLE_DASH_RE = re.compile(r"^\s*(?:[—─－\-]+|一{1,2})\s*")


def subtitle_text(text: str) -> str | None:
    """A subtitle without its leading dash: a printed dash goes, and only it, so a
    subtitle that opens with a numeral after its dash keeps it (``——一百零六名…``); with
    no printed dash, the 一 an OCR read for it goes (``一走进…``)."""
    return _SUBTITLE_DASH_RE.sub("", text, count=1).strip() or None


def _broken_at_one(blocks: list[Block], shapes: list[Shape], rest: list[int]) -> bool:
    """A headline broken before its last line (``某区总工会举办`` / ``一年一度职工书法
    比赛``): the line above runs on into it and the lead says again what the two lines
    say together — one headline, no dash read as 一, no kicker over a longer line; so is a
    body's verb over a word of 一 (``某区总工会慰问`` / ``一线…``), or a body and its
    preposition's phrase over one (``某县总工会为茶企`` / ``一线职工送清凉``), whatever the
    lead says."""
    above, last = (title_key(blocks[i].plain) for i in rest[-2:])
    one = opens_with_one_word(last)
    lead = _body_then_verb(above) or subject_over_predicate(above, last)
    return (one and lead) or ((runs_on(above) or one) and _restated_whole(blocks, shapes, rest))


def _kind_under_subject(blocks: list[Block], rest: list[int]) -> bool:
    """The head's last line names only the kind of a document (``倡 议 书``, ``通 知``)
    under a line naming what it is about (``某某行动`` / ``倡 议 书``): one title set over
    two lines, the kind on its own, as the page's title bar prints it on one line
    (``某某行动倡议书``); a kind alone is no headline."""
    if len(rest) < 2:
        return False
    kinds = head_words("document_kinds")
    last, above = (title_key(blocks[i].plain) for i in rest[-2:][::-1])
    return last in kinds and len(above) >= TWO_LINE_MIN and above not in kinds


def _known_title(blocks: list[Block], rest: list[int], titles: frozenset[str]) -> list[int]:
    """The lines of a head the page prints as a title elsewhere: the last such line, or
    two lines that make one such title together (a headline set over two lines: the
    first runs on, or the second is too short for a title of its own, ``某总工会慰问一线``
    / ``护林员``; a kicker over its headline is the shorter line)."""
    keys = [title_key(blocks[i].plain) for i in rest]
    for k in range(len(rest) - 2, -1, -1):
        rest_of_line = len(keys[k + 1]) < TITLE_MIN <= len(keys[k])
        broken = runs_on(keys[k]) or rest_of_line or broken_inside(keys[k], keys[k + 1])
        if keys[k] + keys[k + 1] in titles and broken:
            return rest[k : k + 2]
    known = [i for i, key in zip(rest, keys, strict=True) if key in titles]
    return known[-1:]


def _two_line_headline(
    blocks: list[Block], shapes: list[Shape], rest: list[int], known: list[int]
) -> bool:
    """A headline set over its last two lines, the first running on into the second
    (``为农村建筑队送去`` / ``第一批工会会员证``, or a phrase the line breaks that the
    lead says again whole: ``某区职工业余`` / ``技术学校开学``), alone or under a kicker,
    whose title the page prints nowhere else."""
    if known or len(rest) < 2:
        return False
    if _kind_under_subject(blocks, rest):
        return True
    first, second = (title_key(blocks[i].plain) for i in rest[-2:])
    joined = _opens_on_joining_word(second)
    if len(rest) >= 3:
        above = _kicker_like(blocks[rest[-3]])
    else:  # nothing over it: a phrase longer than its rest, or a lead restating both
        above = (
            joined
            or _first_of_two(blocks[rest[-2]], second)
            or _broken_at_one(blocks, shapes, rest)
            or _ends_on_function_word(first)
        )
    restated = _restated_whole(blocks, shapes, rest)  # an OCR blank in it is no slogan's
    broken = joined or runs_on(first) or restated
    broken = broken or (len(rest) >= 3 and first.endswith(("：", ":")))  # under its kicker
    if len(rest) == 2 and (
        _place_and_topic(first)
        or _joint_subject(first)
        or _body_then_verb(first)
        or subject_over_predicate(first, second)
    ):
        above = broken = True  # 某市：职工书屋 / 开进建筑工地: the place's news, one head
    rest_of_line = _rest_of_line(first, blocks[rest[-1]].plain, restated)
    return len(first) >= TWO_LINE_MIN and broken and above and rest_of_line


def set_over_two_lines(blocks: list[Block], shapes: list[Shape], lines: list[int]) -> bool:
    """The last two of ``lines`` are one headline the column set over two lines, as
    :func:`head_roles` reads them with no title the page prints elsewhere."""
    return _two_line_headline(blocks, shapes, lines[-2:], [])


#: How many times the first line of a broken headline its second line may be long.
BROKEN_REST_MAX = 2


def _rest_of_line(first: str, second: str, restated: bool = False) -> bool:
    """A line a headline runs on into holds the rest of a line, not a whole head more: a
    line over twice as long as the one above it is a subtitle set under the headline
    (``某某又获殊荣`` / ``全总授予“全国优秀工会干部”称号 省委命名为“模范共产党员”``), and a
    slogan of parallel phrases is a headline of its own under a kicker
    (``热烈庆祝某某大会闭幕`` / ``新起点 新步伐``) unless the lead says both lines again whole
    (``某宫举办`` / ``职工摄影 剪纸作品展览``: an old page's OCR blank, real_dev27)."""
    slogan_line = slogan(second.strip()) and not restated
    return len(title_key(second)) <= BROKEN_REST_MAX * len(first) and not slogan_line


def _restated_whole(blocks: list[Block], shapes: list[Shape], rest: list[int]) -> bool:
    """The lead under the head says again what its last two lines say together, subject
    first (``某区职工业余`` / ``技术学校开学`` over ``本报讯 某区总工会举办的职工业余技术学校…
    开学``), and not what the last line says alone: one headline broken over two lines."""
    nxt = rest[-1] + 1
    while nxt < len(shapes) and shapes[nxt] is Shape.FURNITURE:
        nxt += 1
    if nxt >= len(shapes) or shapes[nxt] not in (Shape.DATELINE, Shape.BODY):
        return False
    lead = without_spaces(blocks[nxt].plain)
    lead = _past_time(lead[len(without_spaces(dateline_prefix(lead) or "")) :])
    first, last = (title_key(blocks[i].plain) for i in rest[-2:])
    return restates(first + last, lead) and not restates(last, lead)


#: Longest clause of time opening a lead (``3月12日至14日，``, ``近日，``).
TIME_CLAUSE_MAX = 14


def _past_time(lead: str) -> str:
    """A lead without the clause of time it opens with (``3月12日至14日，某区总工会…``):
    the subject that a headline names first follows it."""
    clause, comma, rest = lead.partition("，")
    timed = comma and len(clause) <= TIME_CLAUSE_MAX and opens_with_news_lead(clause)
    return rest if timed else lead


#: A head's opening line naming a place and, after a colon, what the head reports there
#: (``某市：职工书屋`` / ``开进建筑工地``): a division's name, its colon, a short subject.
_PLACE_COLON_RE = re.compile(r"^(?P<place>[\u4e00-\u9fff]{2,8})[：:][\u4e00-\u9fff“”‘’\"]{2,12}$")


def _place_and_topic(line: str) -> bool:
    """A line that opens a head with a place and a colon and goes on with the subject
    (``某区：职工书屋``): the head's first line, broken before its predicate; a kicker
    ends on its colon (``聚焦两会：``) or names no place before one."""
    match = _PLACE_COLON_RE.match(line)
    if not match:
        return False
    place = match.group("place")
    # before the colon opening a head, a city's short form that is also a word (长治) is
    # the city: a kicker names no place so
    return (
        is_place_name(place) or place.endswith("街道") or places.names_division(place, words=True)
    )


def _joint_subject(line: str) -> bool:
    """A line naming a body, a verb joining another to it, and that body (``县总工会联合
    县人社局`` / ``为212名农民工追回欠薪``): the subject of the head the next line goes on
    with, never a kicker, which names one unit (``某某县总工会``). The verbs are the
    two-character joiners of ``activities.yaml`` organiser_joiners (联合, 会同, 携手…),
    after a body's suffix (``org_suffixes``); ``联合会`` is a body's name, not the verb."""
    joiners = [w for w in lexicon.words("activities.yaml", "organiser_joiners") if len(w) == 2]
    for w in joiners:
        at = line.find(w)
        after = line[at + len(w) :]
        if at >= 2 and len(after) >= 2 and not after.startswith("会") and suffix_of(line[:at]):
            return True  # 劳模工匠携手同行: no body before the verb, a slogan's kicker
    return False


def _body_then_verb(line: str) -> bool:
    """A line naming a body and then a verb that wants its object (``某某厂工会举办`` /
    ``细纱挡车工操作表演赛``): a subject and its predicate cut before what the body
    holds, the first line of a headline broken in two; a kicker names the body alone
    (``某某厂工会``) or a whole phrase (``助力乡村振兴``), never a body's verb with
    nothing after it."""
    if not runs_on(line) or line[-1] in "的地得和与及或、，,":
        return False
    last = tokenizer.tag_tokens(line[-8:])[-1]
    subject = line[: -len(last.word)]
    return last.tag.startswith("v") and len(subject) >= TWO_LINE_MIN and bool(suffix_of(subject))


def _ends_on_function_word(line: str) -> bool:
    """A line ending on a preposition, a conjunction or a particle (``某某总工会为`` /
    ``百名劳模送健康``): the first line of a broken headline, whatever its length — no
    kicker ends so (one ending on a verb may: ``助力乡村振兴``)."""
    if not line or line[-1] in "的地得和与及或、":
        return bool(line)
    last = tokenizer.tag_tokens(line[-8:])[-1]
    return last.tag.startswith(("p", "c", "u"))


def _opens_on_joining_word(line: str) -> bool:
    """The line opens with a joining word standing alone as a word (``和优秀…``, not
    ``和谐…``, ``与会…``, ``及时…``; ``titles.yaml`` head_joining_words): the second
    line of a head broken in two, which cannot open a headline."""
    first = tokenizer.cut(line[:8])[:1]
    joining = lexicon.words("titles.yaml", "head_joining_words")
    return bool(first) and first[0] in joining and len(line) > len(first[0])


def _first_of_two(block: Block, second: str) -> bool:
    """The first line of a headline in two lines with nothing over it: one phrase (not a
    slogan, ``学习某某精神 推动某某创新``, whose last phrase may end on a verb as well),
    longer than the line it runs on into (a kicker's headline is the longer line:
    ``助力乡村振兴`` / ``某某县总工会送技术下乡``)."""
    text = block.plain.strip()
    return len(block.lines) == 1 and len(text.split()) == 1 and len(second) < len(title_key(text))


def head_roles(
    blocks: list[Block], shapes: list[Shape], group: list[int], titles: frozenset[str] = frozenset()
) -> dict[int, str]:
    """Roles of a headline group, read backwards from the anchor: subtitle (a dash), headline,
    kicker (a short line, or one ending with a dash), banner. A line the page prints as a
    title elsewhere (its headline index, ``原标题：…``) is the headline, and a line after it
    its subtitle (a dashed deck the index lists under its headline stays the deck: an old
    printed page's index prints both, the deck no title of its own); two lines that make
    such a title together are one headline in two lines."""
    roles: dict[int, str] = {}
    rest = list(group)
    # A deck (``——记…``) the index lists with its headline is still the deck (real_dev21).
    known = _known_title(blocks, [i for i in rest if shapes[i] is not Shape.DASH], titles)
    # a copy's account under its title, unless the lead restates both lines (real_dev27)
    if not known and source_under_title(blocks, rest) and not _restated_whole(blocks, shapes, rest):
        roles[rest.pop()] = "banner"
    if not known and slogan_under_title(blocks, shapes, rest):
        roles[rest.pop()] = "subtitle"  # a web page's title, then its slogan line
    if known and len(rest) > len(known):
        after = rest[rest.index(known[-1]) + 1 :]
        if after:
            roles[after[0]] = "subtitle"
        for i in after[1:]:
            roles[i] = "banner"
        rest = rest[: rest.index(known[-1]) + 1]
    elif rest and _deck_last(blocks, shapes, rest, known):
        roles[rest.pop()] = "subtitle"
    if (len(known) == 2 and rest[-2:] == known) or _two_line_headline(blocks, shapes, rest, known):
        roles[rest.pop()] = "headline"
    if rest:
        roles[rest.pop()] = "headline"
    if rest:
        last = rest.pop()
        line, headline = blocks[last], blocks[min(i for i, r in roles.items() if r == "headline")]
        kicker = _over_headline_kicker(line, headline, lone=not rest) or bool(known)
        bigger = 0 < line.heading_level < headline.heading_level
        channel = channel_line(blocks, shapes, last, max(group))
        roles[last] = "kicker" if kicker and not (bigger or channel) else "banner"
    for i in rest:
        roles[i] = "banner"
    return roles


def _deck_last(blocks: list[Block], shapes: list[Shape], rest: list[int], known: list[int]) -> bool:
    """The last line of a head with no title the page prints elsewhere after it is its deck
    (the subtitle): a dashed line, a line a dash was read off by OCR, a bracketed note, the
    facts or the deck under a title."""
    last = rest[-1]
    return (
        shapes[last] is Shape.DASH
        or (
            len(rest) >= 2
            and ocr_dash_under(blocks[rest[-2]], blocks[last])
            and not _broken_at_one(blocks, shapes, rest)
        )
        or (len(rest) >= 2 and bracketed_note(blocks[last]))
        or (not known and facts_under_title(blocks, rest))
        or (not known and title_over_deck(blocks, shapes, rest))
    )


def _over_headline_kicker(line: Block, headline: Block, lone: bool) -> bool:
    """A line right over the headline reads as its kicker: short or kicker-like, ending
    with a dash, or long but alone over it (the caller still makes one printed bigger than
    the headline, or naming a channel, the banner)."""
    return (
        _kicker_like(line)
        or line.plain.rstrip().endswith("—")
        or (lone and _long_kicker(line, headline))
    )


#: Roles of a head of three lines read over an anchor, and what they are over the
#: page's only article.
_STACKED = ("banner", "kicker", "headline")
_LONE_HEAD = ("kicker", "headline", "subtitle")


def lone_article_head(
    blocks: list[Block], shapes: list[Shape], roles: dict[int, str]
) -> dict[int, str]:
    """The head of a page's only article, three lines printed together right over its
    dateline or byline and read as banner, kicker and headline: its kicker, headline and
    subtitle (引题 / 主题 / 副题). A page's banner stands over several articles; over one
    article's head, with nothing between, it is that article's kicker. A slogan of
    parallel phrases, a channel's name, a line too long for a kicker or a kicker that
    ends with a dash keep their roles; a row of the site's chrome on top (a date and
    the page's buttons) is no kicker."""
    head = sorted(i for i, role in roles.items() if role in (*_STACKED, "subtitle"))
    if [roles[i] for i in head] != list(_STACKED) or head != list(range(head[0], head[0] + 3)):
        return roles
    if roles.get(head[-1] + 1) not in ("dateline", "byline"):
        return roles
    top, middle = blocks[head[0]].plain.strip(), blocks[head[1]].plain.rstrip()
    if (
        len(blocks[head[0]].lines) > 1
        or len(without_spaces(top)) > LONG_KICKER_MAX
        or slogan(top)
        or names_a_digest(top)
        or crumb_step(blocks, shapes, head[0])
        or middle.endswith("—")
        or blocks[head[0]].heading_level != blocks[head[1]].heading_level
    ):
        return roles
    lone = {**roles, **dict(zip(head, _LONE_HEAD, strict=True))}
    if site_row(top):
        lone[head[0]] = "banner"  # the site's chrome over the head: no kicker
    return lone
