"""The people of one article and the titles it gives them.

Three readers, combined: the name rules of :mod:`.rules` (captions and speaker lines,
title chains, names before titles, partial names), the language model
(:mod:`.model`: Baidu LAC's person entities), and jieba's dictionary. The rules run
first, in order of strength, and a weaker rule never takes a span a stronger one found;
then a name the model proposes and no rule contradicts is a person too, with the titles
a chain before it (or a title after it) gives; a name the rules find that the model
missed stays a person. Names found are then looked for again (repeated names, speakers,
李主席). Each mention records which readers found it; its confidence, how many agree.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from gonghui_build.extract.credits import credit_spans, in_bracketed_credit
from gonghui_build.extract.facts import PersonFact, PositionFact
from gonghui_build.extract.organisations.article import CAPTION_ROLES, ArticleOrgs
from gonghui_build.extract.organisations.org_spans import OrgSpan
from gonghui_build.extract.people import rules
from gonghui_build.extract.people.address_titles import without_address_posts
from gonghui_build.extract.people.article_unions import (
    Roll,
    first_union,
    last_union,
    roll_of,
    union_before,
)
from gonghui_build.extract.people.bracketed_units import occupation_at_bracketed_unit
from gonghui_build.extract.people.composed import composed_name
from gonghui_build.extract.people.counted import counted_names, list_item_hits, read_in_repeats
from gonghui_build.extract.people.designated_posts import with_designated_posts
from gonghui_build.extract.people.elections import elected_names
from gonghui_build.extract.people.first_mentions import first_mentions, refers_back
from gonghui_build.extract.people.framed_posts import framed_post_names
from gonghui_build.extract.people.fuller import fuller_names
from gonghui_build.extract.people.further_mentions import (
    HEAD_ROLES,
    READ_ROLES,
    Hits,
    later_hits,
    listed_hits,
    repeated_model_names,
)
from gonghui_build.extract.people.home_names import home_names, visited_names
from gonghui_build.extract.people.joined_names import joined_hits
from gonghui_build.extract.people.late_bodies import bodies_read_late
from gonghui_build.extract.people.listed_occupations import posts_shared_by_lists
from gonghui_build.extract.people.model import model_names, person_spans
from gonghui_build.extract.people.named_before import held_at_bodies_named_before
from gonghui_build.extract.people.occupations import occupation_names
from gonghui_build.extract.people.opening_elements import elements_opening_clauses
from gonghui_build.extract.people.partial import named_in_full
from gonghui_build.extract.people.photo_places import placed_names
from gonghui_build.extract.people.position_facts import position_of
from gonghui_build.extract.people.prize_labels import prize_line_names
from gonghui_build.extract.people.profile_posts import profile_occupations
from gonghui_build.extract.people.pronoun_posts import with_pronoun_posts
from gonghui_build.extract.people.roll_tables import (
    RollHeads,
    held_at_roll,
    roll_heads,
    roll_row_hits,
)
from gonghui_build.extract.people.rolls import number_cell_gap, roll_names, spaced_breaks
from gonghui_build.extract.people.roster_runs import named_rows
from gonghui_build.extract.people.rosters import (
    caption_loses_body,
    post_first_line,
    post_first_line_of_elements,
    roster_claims,
    roster_line,
)
from gonghui_build.extract.people.rules import NameHit
from gonghui_build.extract.people.spaced_alone import unread_spaced_hits
from gonghui_build.extract.people.spaced_parts import spaced_transliterated_hits
from gonghui_build.extract.people.table_rows import (
    closes_row,
    labelled_item_person,
    table_row_person,
)
from gonghui_build.extract.people.tenure import tenure_names, titled_names_then_tenure
from gonghui_build.extract.people.title_lists import (
    bracketed_posts,
    committee_of_section,
)
from gonghui_build.extract.people.titles_before_occupation import occupation_with_titles_before
from gonghui_build.extract.people.trade_brands import brand_of_a_named_firm
from gonghui_build.extract.people.transliterated_alone import (
    run_on_transliterated,
    transliterated_after_title,
)
from gonghui_build.extract.people.word_names import confirmed_word_names
from gonghui_build.extract.spans import as_written, capped, span_of
from gonghui_build.layout.paragraphs import Paragraph
from gonghui_build.layout.posted_names import holder_gaps
from gonghui_build.layout.quality import Run
from gonghui_build.text.clauses import overlaps_any
from gonghui_build.text.names import (
    NAME_TAGS,
    is_plausible_name,
    is_transliterated,
)
from gonghui_build.vocabulary import MentionSource

#: Confidence of a name the model alone found (and jieba's dictionary agrees with).
MODEL_ALONE, MODEL_AND_JIEBA = 0.75, 0.8
#: Confidence of a name the model and a rule agree on, at least.
AGREED = 0.9
#: Mentions that need readable text: read in unreadable OCR they are no evidence.
_UNREAD_IN_GARBLED = frozenset({MentionSource.model, MentionSource.listed_name})


def _roster_person(p: Paragraph, orgs: ArticleOrgs) -> NameHit | None:
    """The person of a roster line (吴立新 青禾电子有限公司高级技师), with the post it
    states at the body it names."""
    if p.role not in READ_ROLES | CAPTION_ROLES:
        return None
    breaks = spaced_breaks(p) | number_cell_gap(p)  # 1　某某　某公司　焊工: a row's number
    found = roster_line(p.text, orgs.words_of(p), breaks)
    source = MentionSource.name_before_title
    if found is None and (p.role not in CAPTION_ROLES or caption_loses_body(p.text)):
        # a caption printed so is a portrait's, read with its caption (portrait_caption)
        found = post_first_line(p.text) or post_first_line_of_elements(p.text, breaks)
        source = MentionSource.title_before_name
    if found is None or (found.post is None and p.role in HEAD_ROLES):
        return None  # a headline must state the post: 某某|某公司|调研 is no roster
    claims = roster_claims(found, len(p.text.rstrip()))
    return NameHit(found.name, found.name_start, found.name_end, source, 0.85, claims)


def _caption_people(p: Paragraph) -> list[NameHit]:
    """The people of a caption (``主席　某某``) or of a roster's row of a post and its
    holders (``副主席 甲 乙``, :func:`~gonghui_build.layout.posted_names.holder_gaps`), which
    the layout keeps a paragraph of its own with a space before each holder: read alike,
    the title before the names; a speaker line's closing colon (``主席 某某：``) left off."""
    hit = rules.caption_person(p.text.rstrip().removesuffix("：").removesuffix(":"))
    if p.role in CAPTION_ROLES:  # the caption's role names the source
        return [hit] if hit else rules.caption_row_people(p.text, spaced_breaks(p))
    # the row kept its spaces; those it lost padded a post or a name (副　主　席, 叶　青)
    found = [hit] if hit else rules.caption_row_people(p.text, fewest=1)
    return [replace(h, source=MentionSource.title_before_name) for h in found]


def _signed_partly(p: Paragraph, orgs: ArticleOrgs) -> list[NameHit]:
    """（某区 周女士）: a reader's question signed with a place and a partial name on a
    line of its own (a speaker line): the partial name is a person the text names."""
    return rules.partial_names(p.text, orgs.words_of(p), person_spans(p.text))


def _first_hits(
    paragraphs: Sequence[Paragraph], orgs: ArticleOrgs, breaks: dict[int, frozenset[int]]
) -> Hits:
    """Captions and speaker lines; titles before names, names before titles,
    appositions, partial names and rolls of names in running text (``breaks``: where
    each paragraph printed the spaces its text lost), each span read once."""
    hits: Hits = []
    last: tuple[int, OrgSpan] | None = None  # the last union named so far
    owner: OrgSpan | None = None  # the first union the article names: whose roster
    section: tuple[int, OrgSpan] | None = None  # the body a roster's section lists
    roll: Roll = None  # the union a roll of its officers lists
    heads: RollHeads | None = None  # the roll's column heads, when a row of them opened it
    columned = named_rows(paragraphs, breaks)  # 序号 姓名 单位 over rows; 金星 某集团操作工
    for p in paragraphs:
        before = union_before(section or last, orgs, p)
        union = last_union(orgs, p)
        last = (p.seq, union) if union is not None else last
        owner = owner or first_union(orgs, p)
        held = committee_of_section(p.text, owner.written) if owner else None
        if held is not None:
            section = (p.seq, OrgSpan(0, len(p.text), held, owner.suffix, owner.type))
            continue
        opened = roll_heads(p.text)  # a row of column heads: read once for both
        roll = roll_of(p, orgs, roll, last, opened)
        rolled = union_before(roll, orgs, p)
        heads = opened or (heads if roll is not None else None)
        rows = roll_row_hits(p.text, heads, breaks[p.seq]) if heads and p.seq in breaks else []
        if rows:
            hits.extend((p, held_at_roll(h, rolled)) for h in rows)
            continue
        if p.role in READ_ROLES and holder_gaps(p.text):
            hits.extend((p, h) for h in _caption_people(p))  # 副主席 甲 乙: a roster's row
            continue
        listed = table_row_person(p.text) if p.role in READ_ROLES else None
        listed = listed or labelled_item_person(p.text)
        listed = listed or _roster_person(p, orgs) or columned.get(p.seq)
        if listed is not None:
            hits.append((p, held_at_roll(listed, rolled)))
        elif p.role in CAPTION_ROLES:
            hits.extend((p, h) for h in (_caption_people(p) or _signed_partly(p, orgs)))
        elif p.role in READ_ROLES:
            found = _running_text_names(p, orgs, before, breaks[p.seq])
            hits.extend((p, held_at_roll(h, rolled)) for h in found)
    return hits


def _running_text_names(
    p: Paragraph, orgs: ArticleOrgs, before: OrgSpan | None, breaks: frozenset[int]
) -> list[NameHit]:
    """The people a paragraph of running text names: titles before names first, then
    each other reading in turn, a span taken by an earlier reading never read again."""
    tokens = orgs.words_of(p)
    found = rules.titled_names(p.text, tokens, orgs.spans.get(p.seq, []))
    elected = elected_names(p.text, tokens, orgs.spans.get(p.seq, []), before, breaks)
    found = _with_posts_elected_to(found, elected + titled_names_then_tenure(p.text, tokens))
    transliterated = transliterated_after_title(p.text, tokens)
    found = run_on_transliterated(found, transliterated)
    taken = [(h.start, h.end) for h in found]
    for extra in (
        elected,
        rules.names_before_titles(p.text, tokens),
        rules.appositive_names(p.text, tokens),
        profile_occupations(p.text),
        tenure_names(p.text, tokens),
        framed_post_names(p.text, tokens, person_spans(p.text)),
        rules.partial_names(p.text, tokens, person_spans(p.text)),
        roll_names(p.text, breaks, tokens),
        prize_line_names(p.text, breaks),
        occupation_names(p.text, tokens),
        transliterated,
        elements_opening_clauses(p.text, tokens),
        home_names(p.text, tokens),
        visited_names(p.text),
        placed_names(p.text),
        counted_names(p.text, tokens),
    ):
        new = [h for h in extra if not overlaps_any(h.start, h.end, taken)]
        found += new
        taken += [(h.start, h.end) for h in new]
    return with_designated_posts(p.text, found, orgs.spans.get(p.seq, []))


def _with_posts_elected_to(found: list[NameHit], elected: list[NameHit]) -> list[NameHit]:
    """A titled name an election names (教授甲当选为女职委主任), or a mark of tenure after
    it (原主席甲，现任某职), holds both: the post printed before the name and the one it is
    elected to or holds now, which that reading of the same span adds."""
    posts = {(h.start, h.end): h.claims for h in elected if h.claims}
    out = []
    for h in found:
        more = [c for c in posts.get((h.start, h.end), ()) if c not in h.claims]
        out.append(replace(h, claims=h.claims + tuple(more)) if more else h)
    return out


def _widened(hit: NameHit, start: int, end: int, name: str) -> NameHit | None:
    """The rule's hit with the model's longer reading of the same name: a name of
    another language (艾尔肯|·吐尔逊), or a Chinese name the rule cut short (伊文|珊)."""
    longer = start == hit.start and end > hit.end
    plausible = is_plausible_name(name, strong_context=True)
    if longer and (is_transliterated(name) or len(name) >= 4 or plausible):
        return replace(hit, name=name, end=end)  # 伊文|珊带队: jieba cut the name short
    if end == hit.end and start < hit.start and _an_item_of_elements(name):
        return replace(hit, name=name, start=start)  # 、额尔某|毕力格等10人: the whole item
    return None


def _an_item_of_elements(name: str) -> bool:
    """A name of Mongolian or Tibetan elements (``people.yaml`` name_elements), two or
    more, that the model read whole where a rule read only its last element (a list's
    last item before 等N人 read back four characters at most)."""
    return composed_name(name, 0, alone=True) == len(name)


def _model_hits(
    paragraphs: Sequence[Paragraph],
    orgs: ArticleOrgs,
    hits: Hits,
    breaks: dict[int, frozenset[int]],
) -> Hits:
    """The rules' hits, widened where the model reads a longer name, and the names the
    model alone found, with the titles around them."""
    out: Hits = []
    widened: dict[int, NameHit] = {}
    after_dateline = {q.seq for prev, q in pairwise(paragraphs) if prev.role == "dateline"}
    article = "\n".join(q.text for q in paragraphs)
    for p in paragraphs:
        if p.role not in READ_ROLES:
            continue
        tokens = orgs.words_of(p)
        known = orgs.spans.get(p.seq, [])
        not_people = [(s.start, s.end) for s in known]
        mine = [(i, h) for i, (q, h) in enumerate(hits) if q is p]
        dated = p.seq in after_dateline  # 本报讯|记者某某从…: the opening reporter is a byline
        for m in model_names(p.text, not_people, tokens, breaks[p.seq], dated):
            if brand_of_a_named_firm(p.text, m.start, m.end, tokens, article):
                continue  # 楚某|化工 after 湖北楚某化工有限公司: the firm's short name
            overlapping = [(i, h) for i, h in mine if h.start < m.end and m.start < h.end]
            for i, h in overlapping:
                # a space the page printed after the rule's name ends it (委员：甲乙 丙)
                ended = closes_row(p.text, h.end) or h.end in breaks[p.seq]
                wider = None if ended else _widened(h, m.start, m.end, m.name)
                if wider is not None:
                    widened[i] = wider
            if overlapping:
                continue
            claims = rules.claims_before(p.text, m.start, tokens) or rules.claims_after(
                p.text, m.start, m.end, tokens
            )
            hit = NameHit(m.name, m.start, m.end, MentionSource.model, MODEL_ALONE, claims)
            out.append((p, hit))
    return [(p, widened.get(i, h)) for i, (p, h) in enumerate(hits)] + out


def _signals(p: Paragraph, h: NameHit, orgs: ArticleOrgs) -> tuple[str, ...]:
    """Which readers found the name at this span."""
    found = set() if h.source in (MentionSource.model, MentionSource.short_name) else {"rules"}
    if p.role in READ_ROLES | CAPTION_ROLES and overlaps_any(h.start, h.end, person_spans(p.text)):
        found.add("model")
    if any(t.tag in NAME_TAGS and t.start < h.end and h.start < t.end for t in orgs.words_of(p)):
        found.add("jieba")
    return tuple(sorted(found))


def _confidence(h: NameHit, signals: tuple[str, ...]) -> float:
    if "rules" not in signals:
        return MODEL_AND_JIEBA if "jieba" in signals else MODEL_ALONE
    return max(h.confidence, AGREED) if "model" in signals else h.confidence


def _with_posts(hits: Hits, orgs: ArticleOrgs) -> Hits:
    """A name found with no title: the post the phrase after a body's name describes
    (迅达物流营业部的快递员邵小川说; a partial name too, 某货运公司司机周师傅, since the
    occupation rule leaves a post printed with its body to this reading), or the
    occupation printed alone (外卖骑手邵小川)."""
    out: Hits = []
    first = first_mentions(hits)
    for p, h in hits:
        read = h.described_post or h.source == MentionSource.title_before_name  # 民警蒙学|军
        read = read or overlaps_any(h.start, h.end, person_spans(p.text))
        known = orgs.spans.get(p.seq, [])
        back = refers_back(p, h, first)
        if not h.claims and read and not back:
            claims = rules.with_described_post(p.text, h.start, orgs.words_of(p), (), known)
            h = replace(h, claims=claims)
        if not h.claims and h.source == MentionSource.listed_name and not back:
            # 、厨师长某某等12名职工: a counted list's item keeps the title printed before it
            h = replace(h, claims=rules.claims_before(p.text, h.start, orgs.words_of(p)))
        if not h.claims and not h.partial and not back:  # 某某，某集团党委书记。
            h = replace(h, claims=rules.chain_after_comma(p.text, h.end, orgs.words_of(p)))
        if not h.claims and not back:  # 快递员某某: the occupation
            brands = orgs.short.get(p.seq, [])
            bare = occupation_with_titles_before(p.text, h.start, orgs.words_of(p), known, brands)
            h = replace(h, claims=bare)
        if not h.partial and not back:  # 主席：甲（区政协副主席兼）
            bracketed = bracketed_posts(p.text, h.end, tuple(h.claims), orgs.words_of(p))
            h = h if bracketed == tuple(h.claims) else replace(h, claims=bracketed)
        out.append((p, occupation_at_bracketed_unit(p.text, h, known)))
    return out


def people_of(
    paragraphs: Sequence[Paragraph], runs: dict[int, list[Run]], orgs: ArticleOrgs
) -> tuple[list[PersonFact], list[PositionFact]]:
    """The people an article names and the positions it states, in reading order."""
    people: list[PersonFact] = []
    positions: list[PositionFact] = []
    breaks = {p.seq: spaced_breaks(p) for p in paragraphs if p.role in READ_ROLES}
    found = later_hits(paragraphs, _first_hits(paragraphs, orgs, breaks), orgs.words_of)
    found = repeated_model_names(paragraphs, _model_hits(paragraphs, orgs, found, breaks))
    found = spaced_transliterated_hits(found, breaks, orgs.words_of)
    found = unread_spaced_hits(paragraphs, breaks, orgs.words_of, found)
    found = with_pronoun_posts(paragraphs, orgs.words_of, found)
    found = listed_hits(paragraphs, orgs, found)
    found = joined_hits(paragraphs, orgs.words_of, found, READ_ROLES)  # 甲和高峰一起
    found += list_item_hits(paragraphs, orgs.words_of, found, READ_ROLES)
    found = confirmed_word_names(paragraphs, orgs.words_of, found, READ_ROLES)
    full = {h.name for _, h in found if not h.partial}
    found = [(p, named_in_full(h, full)) for p, h in _with_posts(found, orgs)]
    found = posts_shared_by_lists(found, orgs)
    found = held_at_bodies_named_before(paragraphs, found, orgs)
    found = bodies_read_late(found, orgs, paragraphs)
    found = without_address_posts(found)
    credits = credit_spans(paragraphs)
    found = [
        (p, h)
        for p, h in found
        if not overlaps_any(h.start, h.end, credits.get(p.seq, []))
        and not in_bracketed_credit(p.text, h.start)
    ]
    for p, h in fuller_names(found, {seq for seq, found_runs in runs.items() if found_runs}):
        here = runs.get(p.seq, [])
        where = span_of(p, h.start, h.end, here)
        signals = _signals(p, h, orgs)
        if h.source in _UNREAD_IN_GARBLED and not read_in_repeats(p.text, h, signals, here):
            continue  # the model alone in unreadable text: no evidence
        source = h.source or MentionSource(p.role)
        written = as_written(p, h.start, h.end) or h.name
        confidence = capped(_confidence(h, signals), where)
        people.append(
            PersonFact(h.name, source, confidence, where, written, signals, partial=h.partial)
        )
        for c in h.claims:
            if c.described and where.in_garbled_run:
                continue  # a post read from unreadable text: no evidence
            span = (min(c.start, h.start), max(c.end, h.end))
            positions.append(position_of(h.name, c, p, span, confidence, here, orgs))
    return people, positions
