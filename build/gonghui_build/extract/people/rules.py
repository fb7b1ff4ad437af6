"""The rules that find people's names in an article, strongest first:

* **captions and speaker lines** — ``东城区总工会主席 高立群``: the whole block is a title
  chain and a name;
* **title before name** — ``市总工会党组书记、副主席严卫东``: a title (``reference/
  titles.yaml``) directly followed by a name-shaped string (a surname from
  ``reference/surnames.yaml`` and one or two given-name characters) that is followed
  by a word that follows names (``reference/people.yaml``) or punctuation;
* **name before title** — ``周明远书记指出``, ``罗晓梅，某区…总工会主席，…``;
* **speech verb, repeated name, surname and title** — names found again once the
  rules above have read the article: :mod:`.speakers`;
* **partial names** — ``陈女士``, ``小张``: :mod:`.partial`.

jieba is one signal among these: its dictionary vetoes common words that look like names
(融会贯通, 高兴), and its segmentation settles a name's length when the words after
it do not.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations.names import (
    is_department,
    is_department_name,
    names_one_body,
)
from gonghui_build.extract.organisations.names import words as words_of_suffixes
from gonghui_build.extract.organisations.org_spans import OrgSpan, org_ending_at
from gonghui_build.extract.organisations.particular import is_particular
from gonghui_build.extract.people.described import described_posts
from gonghui_build.extract.people.hits import NameHit
from gonghui_build.extract.people.listed import closed_by_deng
from gonghui_build.extract.people.name_length import (
    TITLE_REACH,
    addresses_someone,
    name_after,
    past_honours,
    verb_opens_name,
    word_name_after,
)
from gonghui_build.extract.people.name_lists import listed_after
from gonghui_build.extract.people.partial import partial_names as partial_names
from gonghui_build.extract.people.profiles import past_profile_notes
from gonghui_build.extract.people.ranks_after import opens_a_body, rank_after_chain
from gonghui_build.extract.people.respective_posts import respective_claims
from gonghui_build.extract.people.sections_alone import section_before
from gonghui_build.extract.people.sibling_branches import sibling_units_of_enterprise
from gonghui_build.extract.people.split_names import (
    split_between_body_and_title,
    with_surname_before,
)
from gonghui_build.extract.people.title_lists import (
    body_of_list,
    department_of_enterprise,
    joins_names,
    union_of_list,
)
from gonghui_build.extract.people.title_notes import before_status as before_status_of
from gonghui_build.extract.people.title_notes import before_title_note, past_title_note
from gonghui_build.extract.people.titles import (
    TitleClaim,
    chain_filling_clause,
    parse_chain,
    shifted_claim,
)
from gonghui_build.reference import Words
from gonghui_build.text import tokenizer
from gonghui_build.text.chars import CJK
from gonghui_build.text.names import (
    is_plausible_name,
    parse_titled_name,
    spaced_titled_name,
    split_name,
)
from gonghui_build.text.titled_rows import ROW_MIN_NAMES, titled_name_row
from gonghui_build.text.tokenizer import Token
from gonghui_build.vocabulary import MentionSource


def words(section: str) -> Words:
    """A word list of ``reference/people.yaml``."""
    return lexicon.words("people.yaml", section)


def caption_person(text: str) -> NameHit | None:
    """The person of a portrait caption or speaker line, with their titles."""
    titled = parse_titled_name(text) or spaced_titled_name(text)
    if titled is None:
        return None
    # read the chain without spaces (工 会常 务副主席), then map back to the text
    positions = [i for i, ch in enumerate(text) if not ch.isspace()]
    compact = "".join(text[i] for i in positions)
    name_start = positions[titled.name_offset]
    name_end = positions[titled.name_offset + len(titled.name) - 1] + 1
    claims = [  # a list's item number (1.某公司班长 某某): parse_chain skips it in a caption
        replace(
            c,
            start=positions[c.start],
            end=positions[c.end - 1] + 1,
            org_offset=positions[c.org_offset] if c.org_offset is not None else None,
        )
        for c in parse_chain(compact, titled.name_offset, caption=True)
    ]
    return NameHit(titled.name, name_start, name_end, None, 0.95, tuple(claims))


def caption_row_people(
    text: str, breaks: frozenset[int] = frozenset(), fewest: int = ROW_MIN_NAMES
) -> list[NameHit]:
    """The people of a roster line printing one title and several names apart
    (``副主席　甲某　乙某某``, :func:`~gonghui_build.text.titled_rows.titled_name_row`):
    each name holds the title chain, read in the title word alone as a caption's
    (``breaks``: where the page printed the spaces the text lost; ``fewest``: one for a
    roster's row the layout already knows, whose one holder may carry a note,
    ``主席 某某（兼）``)."""
    row = titled_name_row(text, breaks, fewest)
    if row is None:
        return []
    head = text[row.title_start : row.title_end]
    claims = tuple(
        shifted_claim(c, row.title_start) for c in parse_chain(head, len(head), caption=True)
    )
    if not claims:
        return []
    return [NameHit(n, s, s + len(n), None, 0.95, claims) for n, s in row.names]


def _chain_claims(
    text: str, match: re.Match[str], tokens: list[Token]
) -> tuple[tuple[TitleClaim, ...], bool]:
    """The title chain ending with the title ``match`` (right before a name), and
    whether the title is weak: 劳模代表郜秀梅, a weak title of no body, is a
    description, not a post; after a post that is no weak title in the same chain
    (党委副书记、董事某某) it is a post too, as ``titles.yaml`` weak says titles in a chain
    count. A member's title of an inner body (党组成员, 党委委员: ``titles.yaml``
    inner_bodies) is no weak title: it names a seat on a body's Party group or
    committee, the post a list of a federation's leaders prints before a name
    (主席甲，副主席乙，党组成员丙), which the body named before holds (:mod:`.named_before`).
    A section of an enterprise printed alone right before a weak title a section holds at
    the head of a clause (…举办技能比武。焊接车间|班长某某) vouches for it as a body does:
    the post is the team leader's at that section (:func:`_vouched_by_section`)."""
    titles = lexicon.titles()
    claims = parse_chain(text, match.end(), tokens)
    weak = match.group("base") in titles.weak and not (match.group("mod") or match.group("inner"))
    if weak and not _vouched_by_chain(claims):
        claims = [c for c in claims if c.org_written or _vouched_by_section(text, c)]
    return tuple(claims), weak


def _vouched_by_section(text: str, claim: TitleClaim) -> bool:
    """焊接车间|班长某某: a post a section holds (``titles.yaml`` section_posts) printed
    right after an enterprise's section standing alone (:func:`.sections_alone.
    section_before`), not a delegate's (制浆车间|代表某某)."""
    posts = lexicon.words("titles.yaml", "section_posts")
    return claim.title in posts and section_before(text, claim) is not None


def _vouched_by_chain(claims: list[TitleClaim]) -> bool:
    """Whether a chain prints, before its last title, a post that is no weak title
    (党委副书记、|董事): the chain states posts, its weak title one of them."""
    titles = lexicon.titles()
    for claim in claims[:-1]:
        found = titles.at_end.search(claim.title)
        if found and (found.group("base") not in titles.weak or found.group("mod")):
            return True
    return False


def claims_before(text: str, pos: int, tokens: list[Token]) -> tuple[TitleClaim, ...]:
    """The titles a chain ending right before ``pos`` gives the name there (a name the
    model read: 州总工会副主席沙马拉果)."""
    pos = before_title_note(text, before_status_of(text, pos))  # 副书记（挂职）|某某
    match = lexicon.titles().at_end.search(text, max(0, pos - TITLE_REACH), pos)
    if match is None or addresses_someone(text, match.start()):
        return ()
    return _chain_claims(text, match, tokens)[0]


def with_described_post(
    text: str,
    name_start: int,
    tokens: list[Token],
    claims: tuple[TitleClaim, ...],
    known: Sequence[OrgSpan] = (),
) -> tuple[TitleClaim, ...]:
    """A chain's claims, or, when none names a body, the post the phrase between a
    body and the name describes (康泰医院心内科主任医师张三: 主任医师 alone names none);
    ``known``: the organisation names the article's reading found in ``text``."""
    if any(c.org_written for c in claims):
        return claims
    return described_posts(text, name_start, tokens, known) or claims


def claims_after(text: str, start: int, end: int, tokens: list[Token]) -> tuple[TitleClaim, ...]:
    """``首都经济贸易大学劳动经济学院聂文涛教授``: a title right after the name, held at the
    organisation right before it, if any; a word of address (同志) states no post."""
    titles = lexicon.titles()
    title = titles.after_name.starting(text, end)
    ranked = titles.regex.match(text, end)  # 韦海川副主席, 韦海川常务副主席
    base = ranked.group("base") if ranked and not ranked.group("union") else ""
    if ranked and base and titles.after_name.starting(base) == base:
        title = ranked.group(0) if len(ranked.group(0)) > len(title or "") else title
    if title is None or title in lexicon.words("titles.yaml", "address_words"):
        return ()
    body_end = start - 1 if text.startswith("的", start - 1) else start  # 某法院的某某法官
    org = org_ending_at(text, body_end, tokens) if body_end > 0 else None
    written = org.written if org and is_particular(org, tokens) else None
    if written is None and title in lexicon.words("titles.yaml", "after_name_at_body"):
        return ()  # 某教授: a form of address
    return (
        TitleClaim(title, title, written, org.start if written else None, start, end + len(title)),
    )


def titled_names(text: str, tokens: list[Token], known: Sequence[OrgSpan] = ()) -> list[NameHit]:
    """Names right after a title in running text, with the chain of titles before
    (``known``: the organisation names the article's reading found in ``text``)."""
    hits = []
    titles = lexicon.titles()
    surnames = lexicon.surnames()
    for match in titles.regex.finditer(text):
        at = past_honours(text, past_title_note(text, match.end()), tokens)
        name = name_after(text, at, tokens)
        word = name is None and (name := word_name_after(text, at)) is not None
        if not name or addresses_someone(text, match.start()):
            continue
        claims, weak = _chain_claims(text, match, tokens)
        if weak and not claims and words("byline_words").ending(text, match.end()):
            continue  # 新华社记者 某某: a byline run into the text names its author
        claims = with_described_post(text, at, tokens, claims, known)
        claims = _sibling_claims(text, match, claims, hits)
        generic = not any(names_one_body(c.org_written) for c in claims)
        if verb_opens_name(text, at, name, generic):
            continue  # 主席谈建家的做法: the title's verb and its object
        if generic:
            if word:
                continue  # 主席严明: a word as a name needs a named body's title
            # a title of no particular body (听企业工会主席谈体会) may be generic: the
            # name must not be an ordinary word
            surname, given = split_name(name) or (name[:1], name[1:])
            if not surnames.is_common(surname) and tokenizer.frequency(given) >= 200:
                continue
        source = MentionSource.title_before_name
        end = at + len(name)
        claims = rank_after_chain(text, at, end, claims)  # 某科主任某某教授
        shared = _sharing_titles(text, end, tokens, known, claims, weak)
        closed = bool(shared) and closed_by_deng(text, shared[-1].end)
        if pair := respective_claims(text, match.start(), match.end(), len(shared), closed):
            claims, shared = pair[0], [replace(shared[0], claims=pair[1])]  # 总经理和工会主席甲、乙
        hits.append(NameHit(name, at, end, source, 0.7 if weak else 0.9, claims))
        hits += shared
    return hits


def _sharing_titles(
    text: str,
    end: int,
    tokens: list[Token],
    known: Sequence[OrgSpan],
    claims: tuple[TitleClaim, ...],
    weak: bool,
) -> list[NameHit]:
    """``市总工会副主席甲、乙、丙``: the names listed right after a titled name hold the
    same titles at the same bodies."""
    starts = frozenset(k.start for k in known)
    source = MentionSource.title_before_name
    return [
        NameHit(name, start, start + len(name), source, 0.7 if weak else 0.85, claims)
        for name, start in listed_after(text, end, tokens, starts)
    ]


def _sibling_claims(
    text: str, match: re.Match[str], claims: tuple[TitleClaim, ...], hits: list[NameHit]
) -> tuple[TitleClaim, ...]:
    """``市总工会主席关立平、副主席于淑兰``: a title of no body right after another titled
    name, with the same base title, is held at its body, before a word as a name (副主席甘露)
    needs a named body's title; a department alone (…主任甲，宣传教育部部长乙) is that body's."""
    if not hits or not claims:
        return claims
    before = hits[-1]
    chain_start = min(c.start for c in claims)
    if not joins_names(text, before.end, chain_start):
        return claims
    if any(c.org_written for c in claims):
        return (
            union_of_list(claims, before.claims, text[before.end : chain_start])
            or department_of_enterprise(claims, before.claims)
            or sibling_units_of_enterprise(claims, before.claims)
            or _department_of_sibling(claims, before)
        )
    org = body_of_list(claims[-1], _listed_before(text, hits))
    if org is None:
        return claims
    return tuple(
        TitleClaim(c.title, c.title_normalised, org.org_written, org.org_offset, c.start, c.end)
        for c in claims
    )


def _listed_before(text: str, hits: list[NameHit]) -> list[tuple[TitleClaim, ...]]:
    """The claims of the titled names listed right before the next one, nearest first
    (甲、乙、丙: each name's chain follows the name before as ``joins_names`` joins them)."""
    out: list[tuple[TitleClaim, ...]] = []
    for later, earlier in zip(hits[::-1], [*hits[-2::-1], None], strict=True):
        out.append(later.claims)
        opens = min((c.start for c in later.claims), default=later.start)
        if earlier is None or not joins_names(text, earlier.end, opens):
            break
    return out


def _department_of_sibling(
    claims: tuple[TitleClaim, ...], before: NameHit
) -> tuple[TitleClaim, ...]:
    """A chain whose only body is a department printed alone (宣传教育部部长), or the
    bare word of a federation (总工会党组书记), right after a name titled at a
    federation: the department is that federation's, the federation that one."""
    federation = words_of_suffixes("federation_suffix").words[0]
    bare = all(c.org_written in (None, federation) for c in claims)
    departments = all(not c.org_written or is_department_name(c.org_written) for c in claims)
    if not bare and not departments:
        return claims
    bodies = [c.org_written for c in before.claims if c.org_written and federation in c.org_written]
    if not bodies:
        return claims
    parent = bodies[-1][: bodies[-1].rfind(federation) + len(federation)]
    if bare:
        return tuple(replace(c, org_written=parent) for c in claims)
    # a title of no body among them (四级调研员、宣传教育部部长) is the federation's own
    return tuple(
        replace(c, org_written=parent + (c.org_written or "") if c.org_written else parent)
        for c in claims
    )


def names_before_titles(text: str, tokens: list[Token]) -> list[NameHit]:
    """``周明远书记指出``, ``韩立平书记的讲话``: a name jieba reads as one word, right
    before a title that is not itself followed by a name."""
    hits = []
    titles = lexicon.titles()
    for match in titles.after_name.finditer(text):
        start = match.start()
        token = next((t for t in tokens if t.end == start), None)
        if token is None or not 2 <= len(token.word) <= 3:
            continue
        token = with_surname_before(token, tokens)
        token = split_between_body_and_title(text, token, tokens)
        if name_after(text, match.end(), tokens) or opens_a_body(text, start, match.group()):
            continue  # 区委书记张三: the name follows the title; 申衡|律师事务所: a firm
        if is_department(token.word):
            continue  # 县委常委、宣传部|部长、…: a department before its head's title
        if token.tag in ("nr", "nrfg") and is_plausible_name(token.word, strong_context=True):
            # held at the body printed right before the name, if any (某市总工会某某主席)
            claims = claims_after(text, token.start, token.end, tokens)
            source = MentionSource.name_before_title
            hits.append(NameHit(token.word, token.start, token.end, source, 0.85, claims))
    return hits


#: Where a sentence (or a label's text, 【人物档案】) opens: a name there may be its subject.
SENTENCE_OPENING = r"(?:^|(?<=[。！？；”】\n]))"


#: Where a name set off by commas may open a clause inside a sentence: after a comma
#: (``会上，某某，某公司党委书记，介绍…``) or a list's opening (``参加座谈的有：``,
#: ``发言的有某某，…``). The post after it must still fill its clause (chain_filling_clause).
CLAUSE_OPENING = r"(?:^|(?<=[。！？；”】\n，：])|(?<=的有))"


def appositive_names(text: str, tokens: list[Token]) -> list[NameHit]:
    """``罗晓梅，某区某街道总工会主席，去年…``: a name opening a clause (or after a label,
    【人物档案】, or a list's opening), then its title chain set off by commas, past a
    profile's notes (53岁)."""
    hits = []
    for match in re.finditer(rf"{CLAUSE_OPENING}({CJK}{{2,4}})，", text):
        name = match.group(1)
        if not is_plausible_name(name, strong_context=True):
            continue
        claims = chain_after_comma(text, match.end(1), tokens)
        if claims:
            source = MentionSource.name_before_title
            hits.append(NameHit(name, match.start(1), match.end(1), source, 0.85, claims))
    return hits


def chain_after_comma(text: str, end: int, tokens: list[Token]) -> tuple[TitleClaim, ...]:
    """The title chain set off by a comma after the name ending at ``end``, past a
    profile's notes (``某某，53岁，|某公司工会主席``), when it fills its clause; else ().
    A name the readers found anywhere in a sentence takes it too (``发言的还有某某，某集团
    党委书记。``, ``记者采访了某某，某厂工会主席。``): a chain filling the clause after the
    comma names no one else, so it can only be that name's."""
    if not text.startswith("，", end):
        return ()
    rest = past_profile_notes(text, end + 1)
    return chain_filling_clause(text, rest, tokens)
