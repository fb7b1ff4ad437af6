"""Posts described by the phrase between a body's name and a person's name
(``康泰医院心内科主任医师张三``, ``1.某小学教师 某某``): the body, the unit of it the post
names, and the post, read when no title chain names a body (:mod:`.titles`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations.branches_alone import (
    UNIT_WORD,
    section_alone,
    unit_or_works_alone,
)
from gonghui_build.extract.organisations.names import is_department
from gonghui_build.extract.organisations.org_spans import OrgSpan, org_ending_at
from gonghui_build.extract.organisations.particular import is_particular
from gonghui_build.extract.people.chain_bodies import past_honour
from gonghui_build.extract.people.honours import honour_ending
from gonghui_build.extract.people.name_length import titled_name_within
from gonghui_build.extract.people.post_phrases import (
    MAX_POSTS_PHRASE,
    is_post,
    posts_of,
    unit_and_head,
)
from gonghui_build.extract.people.titles import ITEM_NUMBER, TitleClaim
from gonghui_build.text.chars import is_cjk
from gonghui_build.text.names import NAME_DOTS
from gonghui_build.text.tokenizer import Token, token_at


def _body_ending_at(
    text: str, end: int, tokens: list[Token], known: Sequence[OrgSpan]
) -> tuple[OrgSpan | None, bool]:
    """A particular body's name ending at ``end``, and whether it is a unit printed
    without its body (:func:`_printed_alone`): such a unit first (the article's reading
    may hold it as a name, read as the post's organisation before it was completed),
    then one the article's reading found (the model's too), else one the grammar finds
    there. The grammar reads the text once for both."""
    span = past_honour(text, org_ending_at(text, end, tokens))
    if span is not None and _printed_alone(text, span):
        return span, True
    found = past_honour(text, next((k for k in known if k.end == end), None))
    if found is not None or span is None:
        return found, False
    return (span if span.body and is_particular(span, tokens) else None), False


#: The longest unit printed alone before a post, its ending included (质量管理部).
SECTION_MAX = UNIT_WORD + 2
#: Marks that part a body named before from a title printed on its own.
PARTS = "，。；：、！？,;:!?"
#: Marks a unit printed without its body opens a clause after: those, or a blank.
_CLAUSE_MARKS = PARTS + " \u3000"


def _printed_alone(text: str, span: OrgSpan) -> bool:
    """A unit of a body printed without the body at the head of a clause, where a post
    and a name follow (…比武决赛。铸锻分厂电焊工某某、装配分厂数控车工某某获第一名): an
    enterprise's report names its own branch works and branches so; the post is held at
    the unit of the body the article named before it (:mod:`.named_before`). The units
    ``org_suffixes.yaml`` units_printed_alone lists, named by a short word of no place
    and no body of its own (not 某某集团华北分公司, 北京分公司: names of their own)."""
    return _unit_alone_at(text, span.start, span.written)


def _unit_alone_at(text: str, start: int, written: str) -> bool:
    """``written``, printed at ``start``, is a unit printed alone (:func:`_printed_alone`)."""
    if not (start == 0 or text[start - 1] in _CLAUSE_MARKS):
        return False
    return unit_or_works_alone(written)


def opening_unit_alone(text: str, claim: TitleClaim) -> TitleClaim:
    """``claim`` marked ``unit_alone`` when the body its chain read is a team inside a
    unit printed without its body (…表彰大会。管网分公司抢修班班长某某): a chain reads such
    a body when the tokenizer holds the unit's word (管网) as one, where
    :func:`described_posts` would have marked it; the post is held at the team of the
    unit of the enterprise named before (:mod:`.named_before`), as it is there. Read
    as printed, the team resolves to no body and the post is left with none; a unit
    alone (管网分公司经理) resolves as printed and is left so (real_dev6 names a unit so
    once after a list mark and once after 的: the two readings must agree)."""
    org, at = claim.org_written, claim.org_offset
    if org is None or at is None or at < 0 or claim.unit_alone:
        return claim
    if text[at : at + len(org)] != org:
        return claim
    units = lexicon.words("org_suffixes.yaml", "units_printed_alone")
    for end in range(len(org) - 1, 0, -1):
        if units.ending(org, end):
            alone = _unit_alone_at(text, at, org[:end])
            return replace(claim, unit_alone=True) if alone else claim
    return claim


def section_printed_alone(section: str) -> bool:
    """``质检部``, ``配送部``: a section of an enterprise printed without the enterprise,
    a unit's word and a section's ending (:func:`.branches_alone.section_alone`:
    ``org_suffixes.yaml`` sections_printed_alone); no department the organisations place
    themselves (权益保障部, 组织部: ``is_department``). One after a word referring back
    (该厂|锻造车间: ``org_suffixes.yaml`` anaphors) is printed with its body, which other
    readings place."""
    if lexicon.words("org_suffixes.yaml", "anaphors").starting(section):
        return False
    return section_alone(section) and not is_department(section)


#: Parts of speech of a one-character word that never opens a post: a verb, a
#: function word, a number.
_NOT_POST_START = ("v", "p", "c", "u", "r", "d", "m", "q", "x")


def _opens_a_noun(tokens: list[Token], start: int, end: int, post: str = "") -> bool:
    """A post (``start``, ``end``, ``post`` as printed) opens a word, and no one-character
    verb or function word (工会|会|副主席: OCR doubled a character; 快递|员 is a post), or
    ends a noun jieba reads with the body's last word (小学教师: 某中心小学|教师)."""
    first = token_at(tokens, start)
    if first is not None and len(first.word) == 1 and _split_occupation(tokens, start, end):
        return True
    if first is not None and _unit_opened_by_adverb(first, post):
        return True
    if first is None:
        return any(t.start < start and t.end == end and t.tag.startswith("n") for t in tokens)
    return len(first.word) > 1 or not first.tag.startswith(_NOT_POST_START)


#: The shortest unit (its ending included) whose name may open with a character jieba
#: reads as an adverb (常|减压车间: 常减压 'atmospheric and vacuum', a refinery's unit).
_ADVERB_UNIT_MIN = 4


def _unit_opened_by_adverb(first: Token, post: str) -> bool:
    """``常减压车间班长`` after a refinery's name: the post names a unit of the body
    (:func:`.post_phrases.unit_and_head`: a unit's ending before the title) whose name
    opens with a character jieba reads as a one-character adverb (常|减压). A unit's name
    and a post are a noun phrase, so the character opens the unit's name, not a clause:
    after a body's name no adverb stands before a workshop's noun."""
    if len(first.word) != 1 or not first.tag.startswith("d"):
        return False
    unit, _ = unit_and_head(post)
    return len(unit) >= _ADVERB_UNIT_MIN and post.startswith(first.word)


def _split_occupation(tokens: list[Token], start: int, end: int) -> bool:
    """The post (``start``, ``end``) is an occupation jieba cuts after a one-character
    verb or measure word (天|车工, 装|调工: ``people.yaml`` split_occupations), read
    whole from the tokens it spans, so that the character jieba cut off is no verb
    before the post (派|电工 stays a verb and a post)."""
    written = "".join(t.word for t in tokens if start <= t.start and t.end <= end)
    return written in lexicon.words("people.yaml", "split_occupations")


def _inner_body_apart(written: str) -> tuple[str, str]:
    """``青禾重工党委``: a body's name read with an inner body of its own (党委, 纪委,
    ``titles.yaml`` inner_bodies) before a list of posts: the body, and the inner body,
    which stays in the title of the post next to it (党委书记 at 青禾重工), and leaves
    the posts after it (董事长) to the body; any other name stays whole."""
    inner = lexicon.words("titles.yaml", "inner_bodies").ending(written)
    if not inner or len(inner) >= len(written):
        return written, ""
    return written[: -len(inner)], inner


#: The longest name (a transliterated one, a note aside) a list's line ends with.
_LINE_END_NAME = 12


def _before_spaces(text: str, body_start: int, start: int, end: int) -> int:
    """Where the spaces a list's line (its number aside, the body opens it) sets between
    a post and the name it ends with (1.某小学教师 某某, 某公司驾驶员 某某) begin: the
    post ends there; in running text a space is no such break."""
    rest = text[end:].rstrip()
    if len(rest) > _LINE_END_NAME or any(not is_cjk(c) and c not in NAME_DOTS for c in rest):
        return end
    opening = text[:body_start]
    if opening.strip() and not ITEM_NUMBER.fullmatch(opening):
        return end
    while end > start and text[end - 1] in " \u3000\t":
        end -= 1
    return end


#: Where an honour glued to the post before it opens (焊工全国劳动模范某某): its scope.
_HONOUR_OPENERS = ("全国",)
#: Quotes an honour may be printed in (某厂钳工、“某省技术能手”称号获得者某某): both sides,
#: as stripped from the honour's end; ``layout.speaker_heads._QUOTES`` holds the opening
#: marks only, that open a speaker's words.
_QUOTES = '“”"「」『』'


def _before_honour(text: str, start: int, end: int) -> int:
    """Where the post between a body's name (ending at ``start``) and a person's (at
    ``end``) ends when an honour (``titles.yaml`` honours) stands between the post and
    the name (某厂电工、全国劳动模范某某; 某厂天车工全国三八红旗手某某): honours are no
    posts (``tests/fixtures/ANNOTATION.md``), and the post before one is still the
    person's; with no honour there, ``end``."""
    phrase = text[start:end]
    if honour_ending(phrase.rstrip(_QUOTES)) is None:
        return end
    cut = phrase.rfind("、")
    if cut <= 0:
        cut = max(phrase.rfind(opener) for opener in _HONOUR_OPENERS)
    return start + cut if cut > 0 else end


def _line_in_unit(post: str) -> tuple[str, str]:
    """``金属结构产线|冷作钣金工`` after a department (某公司机加事业部金属结构产线冷作钣金工):
    award lists print the line or team inside the department before the post, and the
    post is held there; only a unit ending like one (``org_suffixes.yaml`` unit_endings),
    never a department's ending again (党支部 stays in 党支部书记)."""
    units = lexicon.words("org_suffixes.yaml", "unit_endings")
    for end in range(2, len(post) - 1):
        unit = units.ending(post, end)
        if unit and len(unit) < end and is_post(post[end:]):
            return post[:end], post[end:]
    return "", post


def place_of_origin(text: str, span: OrgSpan) -> bool:
    """``来自和平里街道的电焊工某某``: a street or town named alone (``org_suffixes.yaml``
    place_suffixes) after a word of coming from (``people.yaml`` origin_marks) is the
    place the person comes from, no body the post is held at: the occupation after it
    is read with no organisation (:func:`.occupation_titles.bare_occupation`;
    ``tests/fixtures/ANNOTATION.md``, People). A company printed so (来自某物流营业部的)
    is the body."""
    if lexicon.words("org_suffixes.yaml", "place_suffixes").ending(span.written) is None:
        return False
    return lexicon.words("people.yaml", "origin_marks").ending(text, span.start) is not None


def described_posts(
    text: str, name_start: int, tokens: list[Token], known: Sequence[OrgSpan] = ()
) -> tuple[TitleClaim, ...]:
    """``海湾精密制造公司数控班班长韦春兰``, ``来自迅达物流营业部的快递员邵小川``: the
    phrase between a particular body's name (its own 的 aside) and a person's name,
    when it ends like a title or an occupation, is the person's post at that body, and
    each post of a list of them there (某研究院技术主管、高级技师) is; ``known`` are the
    names the article's reading found in ``text``."""
    for org_end in range(name_start - 1, max(0, name_start - MAX_POSTS_PHRASE), -1):
        span, alone = _body_ending_at(text, org_end, tokens, known)
        if span is None:
            continue
        post_end = _before_spaces(text, span.start, org_end, name_start)
        post_end = _before_honour(text, org_end, post_end)
        if titled_name_within(text, post_end, name_start, tokens):
            return ()  # 某市委副书记、区长甲慰问了劳模乙: 甲's chain, no post of 乙's
        phrase = text[org_end:post_end].removeprefix("的")
        posts = posts_of(phrase)
        if (
            not posts
            or place_of_origin(text, span)
            or not _opens_a_noun(tokens, post_end - len(posts[-1][1]), post_end, posts[-1][1])
        ):
            return ()
        body, inner = _inner_body_apart(span.written)
        claims = []
        for k, (_, post) in enumerate(posts):
            unit, title = unit_and_head(post)
            line, title = _line_in_unit(title) if unit else ("", title)
            title = inner + title if k == 0 else title
            org = body + unit + line
            claim = TitleClaim(title, title, org, span.start, span.start, name_start)
            claims.append(replace(claim, described=True, unit_alone=alone))
        return tuple(claims)
    return ()


def described_post(
    text: str, name_start: int, tokens: list[Token], known: Sequence[OrgSpan] = ()
) -> TitleClaim | None:
    """The post printed next to the name of :func:`described_posts` (None if none)."""
    posts = described_posts(text, name_start, tokens, known)
    return posts[-1] if posts else None
