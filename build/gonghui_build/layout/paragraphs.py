"""Stage 4 — paragraphs: the laid-out blocks become repaired paragraphs.

A paragraph is usually one block. It is more when the OCR cut a paragraph:

* **column break** — a body block that does not end a sentence is continued by the next
  body block of its article (``…全区各级工会组织、工会`` / ``干部要按照…``);
* **caption interruption** — the same, with photo captions or credits printed between;
* **orphan continuation** — a block that starts mid-sentence (``扶工作的内涵…``) and
  follows a finished sentence is the end of some other paragraph; it is joined to a
  paragraph left unfinished elsewhere in the article when jieba reads a word across
  the seam (``困难帮`` + ``扶`` → 帮扶). Without such evidence it stays alone, marked
  ``is_fragment``.

A dateline block (``本报讯（记者 冯一帆）近日，…``) becomes two paragraphs: the dateline
and the body text after it.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from dataclasses import dataclass, field

from gonghui_build import reference as lexicon
from gonghui_build.layout.cues import HTML_TAG_RE, is_head_byline, opens_turn
from gonghui_build.layout.line_sentences import is_sentence_in_lines
from gonghui_build.layout.quoted_leads import is_speakers_lead, is_whole_quote, opens_quote
from gonghui_build.layout.repair import clean
from gonghui_build.layout.seams import seam_frequency
from gonghui_build.layout.segment import PageLayout, Shape, dateline_prefix
from gonghui_build.layout.title_breaks import breaks_title_chain
from gonghui_build.pages import Page
from gonghui_build.text import tokenizer
from gonghui_build.text.chars import CJK_PUNCT, ends_sentence, ends_with_colon, is_cjk
from gonghui_build.text.names import split_name
from gonghui_build.text.textedit import Cleaned

_LEADING_TAGS_RE = re.compile(rf"(?:(?:{HTML_TAG_RE.pattern})\s*)*", re.IGNORECASE)
#: Roles that may be continued by a later block.
JOINABLE = frozenset({"body", "standfirst"})
#: What ends a sentence of a post or a reply written informally (``…思考哟~``).
INFORMAL_ENDS = frozenset("~～")
#: A line wholly in one pair of brackets (an author's affiliations under the name,
#: ``（1.某某大学…，某市100000；2.…）``): a note complete as printed, never the start of
#: a sentence the next text finishes.
_WHOLE_NOTE_RE = re.compile(r"^[（(][^（()）]+[)）]$")
#: Roles printed inside a paragraph's flow without belonging to it.
INTERRUPTIONS = frozenset(
    {"photo_caption", "portrait_caption", "photo_credit", "furniture", "banner"}
)
#: Single-character words that can open a sentence: pronouns, prepositions, adverbs,
#: conjunctions and numerals. A block opening with any other lone character (``扶…``,
#: ``定，…``) starts mid-sentence.
SENTENCE_OPENERS = frozenset(
    "我你他她它这那此该各每本其在从对为以将把被让使向与和跟同给由据自于当如若因但而又再并且也还都"
    "就才更最只已曾正要可能会应须需请有是无不没共全近今明昨前后第一二三四五六七八九十百千万几多某凡"
    "经随截针除按照通借令"
)
#: A character jieba's dictionary sees alone less often than this is a bound morpheme
#: (务 1342, 况 367, 扶 3105); nouns and function words that open sentences are seen alone
#: far more often (党 23403, 市 40141, 据 19409).
BOUND_CHAR_MAX_FREQ = 3500
#: Least jieba frequency of the word read across the seam of an orphan continuation.
SEAM_WORD_MIN_FREQ = 20
#: Farthest (paragraphs, in reading order) a continuation is looked for from the
#: paragraph it may finish: a column away, not across a whole archive pasted as a page.
ORPHAN_REACH = 60


@dataclass
class Unit:
    """A paragraph being assembled from one or more page spans."""

    role: str
    article: int | None
    pieces: list[tuple[int, int]]
    joins: list[str] = field(default_factory=list)
    order: int = 0  # position in reading order
    is_fragment: bool = False
    row: bool = False  # a roster's line or a table's row: a paragraph of its own
    phrases: bool = False  # a post's sentence or paragraph set a phrase a line: whole

    def head(self, page: Page, size: int = 40) -> str:
        """The first characters of the unit's text (a sentence's opening is read there)."""
        out = ""
        for s, e in self.pieces:
            out += page.text[s : min(e, s + size - len(out))]
            if len(out) >= size:
                break
        return out

    def tail(self, page: Page, size: int = 40) -> str:
        """The last characters of the unit's text (whether it ends a sentence is read there)."""
        out = ""
        for s, e in reversed(self.pieces):
            out = page.text[max(s, e - size + len(out)) : e] + out
            if len(out) >= size:
                break
        return out


@dataclass(frozen=True)
class Paragraph:
    page_id: str
    seq: int
    role: str
    article: int | None
    pieces: tuple[tuple[int, int], ...]
    cleaned: Cleaned
    is_fragment: bool

    @property
    def text(self) -> str:
        return self.cleaned.text

    @property
    def page_start(self) -> int:
        return min(s for s, _ in self.pieces)

    @property
    def page_end(self) -> int:
        return max(e for _, e in self.pieces)


def _block_unit(role: str, article: int | None, pieces: tuple[tuple[int, int], ...]) -> Unit:
    """A block's pieces printed apart (columns read apart) are joined as a repair."""
    return Unit(role, article, list(pieces), ["column_deinterleaved"] * (len(pieces) - 1))


def _after_dateline(rest: str, pieces: int) -> str:
    """The role of what follows a dateline on its line: the text (``本报讯 3月5日，…``), or
    the reporters' byline when that is all the line holds (``新华社某地7月15日电 新华社记者
    某某``, a wire's copy reposted with the text on the next line; read on a real page,
    s40), whose names the text would not credit."""
    return "byline" if pieces == 1 and is_head_byline(rest) else "body"


def _units(page: Page, page_layout: PageLayout) -> list[Unit]:
    units: list[Unit] = []
    for placed in page_layout.placed:
        block = placed.block
        first_start, first_end = block.pieces[0]
        if placed.shape is Shape.DATELINE and placed.role in ("dateline", "body"):
            raw = page.text[first_start:first_end]
            tags = _LEADING_TAGS_RE.match(raw).end()  # <p> a copy left before the dateline
            prefix = dateline_prefix(raw[tags:])
            if prefix:
                cut = first_start + tags + len(prefix)
                rest = cut
                while rest < first_end and page.text[rest].isspace():
                    rest += 1
                units.append(Unit("dateline", placed.article, [(first_start, cut)]))
                after = _after_dateline(page.text[rest:first_end], len(block.pieces))
                units.append(
                    _block_unit(after, placed.article, ((rest, first_end), *block.pieces[1:]))
                )
                continue
        unit = _block_unit(placed.role, placed.article, block.pieces)
        unit.row = block.index in page_layout.rows and placed.role == "body"
        unit.phrases = block.phrases and placed.role == "body"
        units.append(unit)
    for n, unit in enumerate(units):
        unit.order = n
    return units


@functools.cache
def _time_clause_opening() -> re.Pattern[str]:
    """A clause of time set off by a comma opening a text (``1950年下半年，…``, ``昨日，…``,
    ``10月11日，…``; the relative words are ``dates.yaml`` relative_words): a sentence's
    start, never the rest of one a caption broke off."""
    relative = lexicon.words("dates.yaml", "relative_words").pattern
    return re.compile(
        rf"(?:(?:19|20)\d{{2}}年|\d{{1,2}}月\d{{1,2}}日|{relative})[^，,。；;！!？?]{{0,8}}[，,]"
    )


def _opens_with_time_clause(text: str) -> bool:
    return _time_clause_opening().match(text) is not None


def _is_open(unit: Unit, page: Page) -> bool:
    """A joinable paragraph that stops mid-sentence."""
    if unit.role not in JOINABLE or unit.row or unit.phrases:
        return False
    text = unit.tail(page)
    if text.rstrip()[-1:] in INFORMAL_ENDS:
        return False  # 欢迎大家来打卡哟~: an informal post ends its sentence with a tilde
    start, end = unit.pieces[-1]
    if _WHOLE_NOTE_RE.match(page.text[start:end].strip()):
        return False  # （1.某某大学…）: an author's affiliations, a note of its own
    if len(unit.pieces) == 1 and is_sentence_in_lines(page.text[start:end]):
        return False  # 一大早 / …就来到驿站: a post's sentence in short lines ends with them
    return not ends_sentence(text) and not ends_with_colon(text)


def starts_mid_sentence(text: str) -> bool:
    """True when ``text`` cannot be the start of a sentence.

    It opens with punctuation that closes something (``，``, ``”``), or with a lone
    character that is not a sentence opener and that jieba reads as a verb, a particle or
    a bound morpheme (``扶工作的内涵``, ``务的精准度``), or that is followed by punctuation
    (``定，等等``). A lone noun, locative or surname may open a sentence (``党的十八届…``,
    ``下一步，…``, ``石国庆在…``).
    """
    text = text.lstrip()
    if not text:
        return False
    if text[0] in CJK_PUNCT - set("“‘《（【「『—…") or text[0] in ",.;:!?)":
        return True
    if not is_cjk(text[0]) or text[0] in SENTENCE_OPENERS or _opens_with_surname(text):
        return False
    first = _first_word(text[:10])
    if first.tag in ("nr", "nrfg") and split_name(first.word):
        return False  # ``卢建平向…``: a sentence may open with a person's name
    rare = tokenizer.frequency(text[0]) < BOUND_CHAR_MAX_FREQ
    if len(first.word) > 1:
        # a word jieba made up (务的) around a character rarely used alone
        return rare and tokenizer.frequency(first.word) == 0
    followed_by_punct = len(text) > 1 and not is_cjk(text[1])
    bound = first.tag.startswith(("v", "u")) or first.tag.endswith("g")
    return followed_by_punct or bound or rare


def _first_word(text: str) -> tokenizer.Token:
    """The first word of ``text`` (opening with a Chinese character) and its tag, as
    jieba's ``posseg`` reads it. ``posseg`` runs its (slow) hidden Markov model only on
    characters no dictionary word of its route holds; when the route opens with a
    dictionary word, or with one lone character, that word and its dictionary tag are
    the answer, without the model. (``jieba.posseg`` is imported here: importing it loads
    its model, which a build that reads no page never uses.)"""
    from jieba.posseg import re_han_internal

    run = re_han_internal.match(text)
    if run:
        sentence = run.group()
        tok = tokenizer.tokenizer()
        route: dict[int, tuple[float, int]] = {}
        tok.calc(sentence, tok.get_DAG(sentence), route)
        end = route[0][1] + 1
        single = end == 1 and (len(sentence) == 1 or route[1][1] + 1 > 2)
        if end > 1 or single:
            word = sentence[:end]
            return tokenizer.Token(word, tokenizer.dictionary_tag(word) or "x", 0, end)
    return tokenizer.tag_tokens(text)[0]


def _opens_with_surname(text: str) -> bool:
    """``严卫东在…``: a common surname and given name that make no dictionary word (a
    sentence may open with a person's name)."""
    return lexicon.surnames().is_common(text[0]) and any(
        split_name(text[:k]) and not tokenizer.frequency(text[:k]) for k in (3, 2)
    )


def _join_local(units: list[Unit], page: Page, strict: bool = False) -> list[Unit]:
    """Column breaks and caption interruptions. When the page's lines are its paragraphs
    (``strict``), an unfinished paragraph (an OCR that lost its punctuation) is joined
    only across a caption or to text that starts mid-sentence."""
    out: list[Unit] = []
    absorbed: set[int] = set()
    after = _next_in_flow(units)
    for n, unit in enumerate(units):
        if n in absorbed:
            continue
        while _is_open(unit, page):
            k = after[n]  # units absorbed so far all lie before it
            skipped = k > n + 1
            if k >= len(units):
                break
            nxt = units[k]
            if nxt.article != unit.article or nxt.role != "body" or nxt.row:
                break
            if opens_turn(nxt.head(page)):
                break  # 答：…: a turn of a Q&A opens a paragraph of its own
            head = nxt.head(page)
            mid = starts_mid_sentence(head) or breaks_title_chain(unit.tail(page), head)
            if strict and not skipped and not mid:
                break
            if skipped and _opens_with_time_clause(nxt.head(page).lstrip()):
                break  # a site's top line over its title and header rows, not a caption's
            unit.pieces.extend(nxt.pieces)
            unit.joins.append("caption_interruption_joined" if skipped else "column_break_joined")
            unit.joins.extend(nxt.joins)
            absorbed.add(k)
            n = k
        out.append(unit)
    return out


def _next_in_flow(units: list[Unit]) -> list[int]:
    """Per unit, the next unit that is not printed inside the flow without belonging to
    it (a caption, a credit, furniture), or the number of units."""
    out = [len(units)] * len(units)
    nxt = len(units)
    for k in range(len(units) - 1, -1, -1):
        out[k] = nxt
        if units[k].role not in INTERRUPTIONS and units[k].article is not None:
            nxt = k
    return out


def _join_quoted_leads(units: list[Unit], page: Page) -> list[Unit]:
    """A speaker's lead (``…说：``) and the one quote printed on the line under it are one
    paragraph (``layout/quoted_leads.py``); a lead over several quotes keeps them apart."""
    after = _next_in_flow(units)
    absorbed: set[int] = set()

    def fits(k: int, article: int | None) -> bool:
        return k < len(units) and units[k].article == article and units[k].role == "body"

    for n, unit in enumerate(units):
        k = after[n]
        if n in absorbed or unit.role not in JOINABLE or unit.row or not fits(k, unit.article):
            continue
        quote = units[k]
        if quote.row or not is_speakers_lead(unit.tail(page)):
            continue
        if not is_whole_quote("".join(page.text[s:e] for s, e in quote.pieces)):
            continue
        if fits(after[k], unit.article) and opens_quote(units[after[k]].head(page)):
            continue  # 纷纷说： / “…” / “…”: several speakers' words, a paragraph each
        unit.pieces.extend(quote.pieces)
        unit.joins.append("caption_interruption_joined" if k > n + 1 else "column_break_joined")
        unit.joins.extend(quote.joins)
        absorbed.add(k)
    return [u for n, u in enumerate(units) if n not in absorbed]


def _join_orphans(units: list[Unit], page: Page) -> list[Unit]:
    """Continuations printed away from the paragraph they finish."""
    body = [u for u in units if u.role in JOINABLE and not u.row]
    previous: dict[int, Unit | None] = {}
    last_by_article: dict[int | None, Unit] = {}
    for u in units:
        if u.role in JOINABLE:
            previous[id(u)] = last_by_article.get(u.article)
        if u.role not in INTERRUPTIONS and u.article is not None:
            last_by_article[u.article] = u
    orphans = []
    for u in body:
        prev = previous[id(u)]
        if (prev is None or not _is_open(prev, page)) and starts_mid_sentence(u.head(page)):
            orphans.append(u)
    used: set[int] = set()
    by_article: dict[int | None, list[Unit]] = {}
    for o in orphans:
        by_article.setdefault(o.article, []).append(o)
    orders = {a: [o.order for o in near] for a, near in by_article.items()}
    for d in [u for u in body if _is_open(u, page)]:
        best: tuple[int, Unit] | None = None
        near = by_article.get(d.article, [])
        first = bisect_left(orders.get(d.article, []), d.order - ORPHAN_REACH)
        for o in near[first:]:
            if o.order > d.order + ORPHAN_REACH:
                break
            if id(o) in used or o is d:
                continue
            freq = seam_frequency(d.tail(page).rstrip(), o.head(page).lstrip())
            if freq >= SEAM_WORD_MIN_FREQ and (best is None or freq > best[0]):
                best = (freq, o)
        if best:
            o = best[1]
            d.pieces.extend(o.pieces)
            d.joins.append("orphan_continuation_joined")
            d.joins.extend(o.joins)
            used.add(id(o))
    for o in orphans:
        o.is_fragment = id(o) not in used
    return [u for u in units if id(u) not in used]


def assemble(page: Page, page_layout: PageLayout, simplified: str | None = None) -> list[Paragraph]:
    """The paragraphs of a page, repaired, in page order; ``simplified`` is a traditional
    page's simplified view (:func:`~gonghui_build.text.script.simplified_view`), read by
    the paragraphs as a repair."""
    units = _units(page, page_layout)
    units = _join_local(units, page, page_layout.lines_are_paragraphs)
    units = _join_orphans(_join_quoted_leads(units, page), page)
    units.sort(key=lambda u: u.order)  # reading order (columns read apart stay apart)
    return [
        Paragraph(
            page_id=page.page_id,
            seq=seq,
            role=u.role,
            article=u.article,
            pieces=tuple(u.pieces),
            cleaned=clean(
                page.text, u.pieces, u.joins, u.role, u.row, simplified, phrases=u.phrases
            ),
            is_fragment=u.is_fragment,
        )
        for seq, u in enumerate(units, start=1)
    ]
