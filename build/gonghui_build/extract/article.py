"""Stage 5 — extracted facts: what one article says about people, organisations,
positions, activities and its own date.

Everything here is a pure function of the article's paragraphs. Offsets are in the
paragraph's cleaned text; :mod:`gonghui_build.records` maps them to the page.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from gonghui_build.extract import activities as act
from gonghui_build.extract import bylines, dates, organisations, people
from gonghui_build.layout.paragraphs import Paragraph
from gonghui_build.layout.quality import Run
from gonghui_build.text.tokenizer import tag_tokens

#: Roles whose text is read for people, organisations and activities.
TEXT_ROLES = frozenset({"body", "standfirst", "photo_caption"})
CAPTION_ROLES = frozenset({"portrait_caption", "speaker_line"})
#: Roles whose text names organisations (headline furniture included).
ORG_ROLES = TEXT_ROLES | CAPTION_ROLES | {"kicker", "headline", "subtitle", "section_heading"}
#: Confidence of anything read from a garbled run.
GARBLED_CONFIDENCE = 0.3


@dataclass(frozen=True)
class Where:
    """A span of one paragraph of the article."""

    paragraph: Paragraph
    start: int
    end: int
    in_garbled_run: bool


@dataclass(frozen=True)
class PersonFact:
    name: str
    source: str
    confidence: float
    where: Where


@dataclass(frozen=True)
class OrgFact:
    written: str
    resolved: organisations.Resolved
    confidence: float
    where: Where


@dataclass(frozen=True)
class PositionFact:
    name: str
    title: str
    title_normalised: str
    org_written: str | None
    org: organisations.Resolved | None
    confidence: float
    where: Where  # organisation + title + name


@dataclass(frozen=True)
class AuthorFact:
    name: str
    role: str
    title: str | None
    where: Where


@dataclass
class ActivityFact:
    draft: act.ActivityDraft
    where: Where
    date: dates.ResolvedDate
    organiser: organisations.Resolved | None
    confidence: float
    speakers: list[PersonFact] = field(default_factory=list)


@dataclass
class ArticleFacts:
    date: dates.ArticleDate
    authors: list[AuthorFact] = field(default_factory=list)
    people: list[PersonFact] = field(default_factory=list)
    orgs: list[OrgFact] = field(default_factory=list)
    positions: list[PositionFact] = field(default_factory=list)
    activities: list[ActivityFact] = field(default_factory=list)


def _where(paragraph: Paragraph, start: int, end: int, runs: list[Run]) -> Where:
    garbled = any(r.start < end and start < r.end for r in runs)
    return Where(paragraph, start, end, garbled)


def _conf(confidence: float, where: Where) -> float:
    return min(confidence, GARBLED_CONFIDENCE) if where.in_garbled_run else confidence


def _family(counts: Counter, name: str) -> int:
    """Mentions of the bodies inside ``name`` (its union, its committee…)."""
    return sum(n for other, n in counts.items() if other != name and other.startswith(name))


def _within(parent: dates.ResolvedDate, first_day: bool) -> dates.ResolvedDate:
    """The date of something held within ``parent``, as precise as is certain: its first
    day (培训首日), or the month of a course that stays in one month, else its year."""
    if parent.start is None:
        return dates.ResolvedDate(None, None, None, None, "none")
    if first_day:
        return dates.ResolvedDate(parent.start, parent.start_precision, None, None, "parent")
    if parent.end and parent.end[:7] != parent.start[:7]:
        return dates.ResolvedDate(parent.start[:4], "year", None, None, "parent")
    if parent.start_precision in ("day", "month"):
        return dates.ResolvedDate(parent.start[:7], "month", None, None, "parent")
    return dates.ResolvedDate(parent.start[:4], "year", None, None, "parent")


#: Words before an organisation that make it the place or a guest of an activity, not
#: its organiser: 在区党校举办, 来到…服务站, 邀请了…学院专家.
VENUE_OR_GUEST = ("在", "于", "来到", "走进", "前往", "邀请", "邀请了", "特邀", "请", "聘请")


#: Words between coordinated organisers: 通州区总工会和…, 县总工会联合县人力社保局,
#: 县总工会还与…学院合作.
_COORDINATION = re.compile(r"(?:还|共同)?(?:和|与|及|、|联合|会同|携手|联手)")
#: Verbs of going somewhere: an organisation after them in the clause is a venue
#: (来到位于花乡的北京恒岳智能装备有限公司).
_GOING_TO = re.compile(r"(?:来到|走进|前往|深入)[^，。；：]*$")
#: Subjects of a plan addressed to all unions (各级工会要…, 全区工会): no one union
#: organises what it asks for.
_GENERIC_SUBJECT = re.compile(r"各级|各基层|全区各|全市各|全县各|各单位|各区")


def _venue_or_guest(text: str, start: int) -> bool:
    if text[max(0, start - 3) : start].endswith(VENUE_OR_GUEST):
        return True
    clause_start = max(text.rfind(p, 0, start) for p in "，。；：") + 1
    return bool(_GOING_TO.search(text[clause_start:start]))


def _organiser(
    draft: act.ActivityDraft, p: Paragraph, orgs: list[OrgFact], resolve
) -> organisations.Resolved | None:
    """Who organised an activity, as the text says: 由X承办; an organisation opening its
    name (北京排水集团…培训班; a visit's names its host instead); or the subject of its
    sentence followed by an organising verb (通州区总工会和…共同召开了…座谈会). A venue
    (在…) or a guest (邀请…专家) is not an organiser."""
    if draft.organiser_text:
        found = resolve(draft.organiser_text, p, draft.organiser_offset or 0)
        if found:
            return found
    s_start, _ = draft.sentence
    here = sorted(
        (
            o
            for o in orgs
            if o.where.paragraph is p
            and s_start <= o.where.start < draft.trigger_end
            and not _venue_or_guest(p.text, o.where.start)
        ),
        key=lambda o: o.where.start,
    )
    for o in here:
        if draft.name_start <= o.where.start < draft.trigger_end and draft.category != "visit":
            return o.resolved
    verbs = act.grammar().verbs
    # the subject nearest the organising verb (公司工会坚持每年开展…, not the company
    # named in the speaker's title before it); the first of coordinated subjects
    # (通州区总工会和…共同召开)
    for k in range(len(here) - 1, -1, -1):
        o = here[k]
        if act.in_directive_clause(p.text, o.where.start):
            continue  # 落实密云区委…要求: the body whose directive is carried out
        title_after = p.text[o.where.end : o.where.end + 4]
        if any(title_after.startswith(t) for t in act.grammar().speaker_titles):
            continue  # 市工会干部学院副教授X作专题辅导: the guest's institution
        between = p.text[o.where.end : draft.name_start]
        if o.where.end <= draft.name_start and any(v in between for v in verbs):
            while k > 0 and _COORDINATION.fullmatch(
                p.text[here[k - 1].where.end : here[k].where.start]
            ):
                k -= 1
            return here[k].resolved
    return None


def _nearest_union(orgs: list[OrgFact], order: dict[int, int], p: Paragraph, pos: int):
    """The union body named last before ``pos``: the union whose work the passage
    reports (in an interview round-up, the speaker's, not the article's first)."""
    best = None
    here = (order[id(p)], pos)
    for o in orgs:
        if o.resolved.type not in ("union_federation", "union"):
            continue
        where = (order.get(id(o.where.paragraph), -1), o.where.start)
        if where < here and (best is None or where > best[0]):
            best = (where, o.resolved)
    return best[1] if best else None


def _course_spanning(
    out: list[ActivityFact], draft: act.ActivityDraft, when: dates.ResolvedDate
) -> int | None:
    """The course held over days that include the day of a lecture, visit or meeting
    reported after it (6月7日至11日 …培训班; 6月8日，…作专题辅导): the session is
    part of the course."""
    if draft.category not in ("lecture", "visit", "meeting") or draft.status != "held":
        return None
    if when.start_precision != "day":
        return None
    for i in range(len(out) - 1, -1, -1):
        c = out[i]
        if c.draft.category != "training" or c.date.end_precision != "day":
            continue
        if c.date.start <= when.start <= c.date.end:
            return i
    return None


def _lead_date(body: list[Paragraph]) -> dates.DateText | None:
    """The date a news item opens with (11月23日，…): the date of what it reports."""
    first = next((p for p in body if p.role == "body"), None)
    if first is None:
        return None
    s_start, s_end = act.sentences(first.text)[0]
    found = [d for d in dates.find_dates(first.text[s_start:s_end]) if d.month or d.year]
    return found[0] if found else None


def _activities(
    body: list[Paragraph],
    paragraphs: list[Paragraph],
    runs: dict[int, list[Run]],
    article_date: dates.ArticleDate,
    orgs: list[OrgFact],
    resolve,
    kind: str,
) -> list[ActivityFact]:
    """Activities of the article's ``body`` paragraphs (``paragraphs`` is the whole
    article in reading order), with dates, organisers and parents resolved."""
    captions = frozenset(i for i, p in enumerate(body) if p.role == "photo_caption")
    drafts = act.find_activities([p.text for p in body], captions)
    # reading order over all paragraphs: a speaker line's union heads the passage after it
    order = {id(p): i for i, p in enumerate(paragraphs)}
    lead = _lead_date(body) if kind == "news_item" else None
    out: list[ActivityFact] = []
    for draft in drafts:
        p = body[draft.paragraph]
        where = _where(p, draft.name_start, draft.trigger_end, runs.get(p.seq, []))
        parent = out[draft.parent] if draft.parent is not None else None
        if draft.date:
            when = dates.resolve(draft.date, article_date)
        elif parent is not None:
            when = _within(parent.date, draft.date_from_parent == "first_day")
        elif draft.status == "held" and lead is not None:
            # a news item reports one occasion: the date it opens with
            when = replace(dates.resolve(lead, article_date), basis="lead")
        elif draft.status == "held" and article_date.year:
            # reported as done, no date of its own: the year of the article
            when = dates.ResolvedDate(f"{article_date.year:04d}", "year", None, None, "article")
        else:
            when = dates.ResolvedDate(None, None, None, None, "none")
        if parent is None and draft.parent is None:
            course = _course_spanning(out, draft, when)
            if course is not None:
                draft.parent, parent = course, out[course]
        organiser = _organiser(draft, p, orgs, resolve)
        if organiser is None and parent is not None:
            organiser = parent.organiser
        s_start, _ = draft.sentence
        others = any(
            o.where.paragraph is p
            and s_start <= o.where.start < draft.name_start
            and o.resolved.type not in ("union_federation", "union")
            and not _venue_or_guest(p.text, o.where.start)
            for o in orgs
        )
        generic_plan = draft.status == "planned" and _GENERIC_SUBJECT.search(
            p.text[draft.sentence[0] : draft.name_start]
        )
        if organiser is None and not others and not generic_plan:
            # no organiser named: the union whose work the passage reports
            organiser = _nearest_union(orgs, order, p, draft.name_start)
        confidence = 0.8 if draft.name and len(draft.name) > len(draft.trigger) else 0.6
        out.append(ActivityFact(draft, where, when, organiser, _conf(confidence, where)))
    return out


def _resolve_abbreviations(facts: ArticleFacts) -> None:
    """A short form of a name the article also prints in full is that organisation:
    北京汽车有限公司工会 beside 北京汽车集团有限公司工会, 密云区工会 beside 密云区总工会."""
    resolved = [f.resolved for f in facts.orgs] + [p.org for p in facts.positions if p.org]
    # how often each name is printed: a short form read in context (集团工会 after
    # 通衢集团) does not make 通衢集团工会 a printed name
    counts = Counter(r.name for r in resolved if r.resolved_by != "context")
    # an enterprise named only through its union (X工会) can be abbreviated too
    names = {r.name for r in resolved}
    names |= {
        n[:-2] for n in names if n.endswith("工会") and organisations.org_type(n[:-2]) != "other"
    }
    remap = {}
    for short in names:
        fulls = [full for full in names if organisations.is_abbreviation(short, full)]
        if len(fulls) != 1:
            continue
        # a name printed more often than its "full" form one character longer is no
        # abbreviation of it (北京市总工会 beside a misprinted 北京市委总工会); a short
        # form that drops whole words is one however often it is printed (通衢集团工会)
        misprint = len(fulls[0]) - len(short) == 1
        if not misprint or counts[short] <= counts[fulls[0]] + _family(counts, fulls[0]):
            remap[short] = fulls[0]
    if not remap:
        return

    def fix(resolved: organisations.Resolved) -> organisations.Resolved:
        if resolved.name not in remap:
            return resolved
        name = remap[resolved.name]
        return replace(
            resolved,
            name=name,
            resolved_by="abbreviation",
            district=organisations.district_of(name),
        )

    facts.orgs[:] = [replace(f, resolved=fix(f.resolved)) for f in facts.orgs]
    facts.positions[:] = [replace(p, org=fix(p.org)) if p.org else p for p in facts.positions]


def article_text(paragraphs: list[Paragraph]) -> str:
    return "\n".join(p.text for p in paragraphs)


def extract_article(
    paragraphs: list[Paragraph],
    runs: dict[int, list[Run]],
    article_date: dates.ArticleDate,
    kind: str = "other",
) -> ArticleFacts:
    """All facts of one article; ``paragraphs`` in reading order, dated by the caller."""
    facts = ArticleFacts(date=article_date)

    # article-wide context for short organisation names: offsets over the whole article
    base: dict[int, int] = {}
    context = organisations.ArticleContext()
    offset = 0
    tokens: dict[int, list] = {}
    spans: dict[int, list[organisations.OrgSpan]] = {}
    for p in paragraphs:
        base[p.seq] = offset
        if p.role in ORG_ROLES:
            tokens[p.seq] = tag_tokens(p.text)
            spans[p.seq] = organisations.find_org_spans(p.text, tokens[p.seq])
            for pos, district in organisations.districts_in(p.text):
                context.districts.append((offset + pos, district))
            for span in spans[p.seq]:
                context.orgs.append((offset + span.start, span.written, span.suffix))
        offset += len(p.text) + 1

    def resolve_org(written: str, p: Paragraph, pos: int, caption: bool):
        resolved = organisations.resolve(written, base[p.seq] + pos, context)
        if resolved is None and caption and written:
            kind = organisations.org_type(written)
            resolved = organisations.Resolved(
                written, "exact", organisations.district_of(written), kind
            )
        return resolved

    # authors
    for p in paragraphs:
        found = []
        if p.role in ("byline", "dateline"):
            found = bylines.parse_byline(p.text)
        elif p.role == "photo_credit":
            found = bylines.parse_credit(p.text)
        for a in found:
            facts.authors.append(
                AuthorFact(a.name, a.role, a.title, _where(p, a.start, a.end, runs.get(p.seq, [])))
            )
            if a.title:
                # a signed article: the author's title is a position
                claims = people.parse_chain(a.title, len(a.title), caption=True)
                for c in claims:
                    org = resolve_org(c.org_written, p, 0, True) if c.org_written else None
                    where = _where(p, a.start, a.end, [])
                    facts.positions.append(
                        PositionFact(
                            a.name, c.title, c.title_normalised, c.org_written, org, 0.9, where
                        )
                    )

    # people named in captions and running text
    hits: list[tuple[Paragraph, people.NameHit]] = []
    for p in paragraphs:
        if p.role in CAPTION_ROLES:
            hit = people.caption_person(p.text)
            if hit:
                hits.append(
                    (
                        p,
                        people.NameHit(
                            hit.name, hit.start, hit.end, p.role, hit.confidence, hit.claims
                        ),
                    )
                )
        elif p.role in TEXT_ROLES:
            text_tokens = tokens.get(p.seq) or tag_tokens(p.text)
            found = people.titled_names(p.text, text_tokens)
            taken = [(h.start, h.end) for h in found]
            for extra in (
                people.names_before_titles(p.text, text_tokens),
                people.appositive_names(p.text, text_tokens),
            ):
                new = [h for h in extra if not any(s < h.end and h.start < e for s, e in taken)]
                found += new
                taken += [(h.start, h.end) for h in new]
            hits.extend((p, h) for h in found)
    known = {h.name for _, h in hits}
    for p in paragraphs:
        if p.role in TEXT_ROLES:
            taken = [(h.start, h.end) for q, h in hits if q is p]
            for h in people.speech_names(p.text, known):
                if not any(s < h.end and h.start < e for s, e in taken):
                    hits.append((p, h))
                    taken.append((h.start, h.end))
    known = {h.name for _, h in hits}
    titles_of: dict[str, set[str]] = {}
    for _, h in hits:
        titles_of.setdefault(h.name, set()).update(c.title_normalised for c in h.claims)
    for p in paragraphs:
        if p.role in TEXT_ROLES:
            taken = [(h.start, h.end) for q, h in hits if q is p]
            hits.extend((p, h) for h in people.repeated_names(p.text, known, taken))
            taken = [(h.start, h.end) for q, h in hits if q is p]
            for h in people.surname_titles(p.text, titles_of):
                if not any(s < h.end and h.start < e for s, e in taken):
                    hits.append((p, h))

    for p, h in hits:
        where = _where(p, h.start, h.end, runs.get(p.seq, []))
        facts.people.append(PersonFact(h.name, h.source, _conf(h.confidence, where), where))
        for c in h.claims:
            org = None
            if c.org_written:
                org = resolve_org(c.org_written, p, c.org_offset or 0, c.from_caption)
            pwhere = _where(p, min(c.start, h.start), max(c.end, h.end), runs.get(p.seq, []))
            facts.positions.append(
                PositionFact(
                    h.name,
                    c.title,
                    c.title_normalised,
                    c.org_written,
                    org,
                    _conf(h.confidence, pwhere),
                    pwhere,
                )
            )

    # organisations
    seen: set[tuple[int, int]] = set()
    for p in paragraphs:
        if p.role not in ORG_ROLES:
            continue
        for span in spans.get(p.seq, []):
            if span.suffix in organisations.PLACE_SUFFIXES:
                continue  # a street or town named as a place
            resolved = organisations.resolve(span.written, base[p.seq] + span.start, context)
            if resolved is None:
                continue
            where = _where(p, span.start, span.end, runs.get(p.seq, []))
            facts.orgs.append(OrgFact(span.written, resolved, _conf(0.85, where), where))
            seen.add((p.seq, span.start))
    for pos in facts.positions:
        if pos.org is None or pos.org_written is None:
            continue
        p = pos.where.paragraph
        start = p.text.rfind(pos.org_written, 0, pos.where.end)
        if start < 0 or (p.seq, start) in seen:
            continue
        seen.add((p.seq, start))
        where = _where(p, start, start + len(pos.org_written), runs.get(p.seq, []))
        facts.orgs.append(OrgFact(pos.org_written, pos.org, _conf(0.8, where), where))

    _resolve_abbreviations(facts)

    # activities
    # photo captions report events too (2023年…培训班开班仪式举行)
    body = [p for p in paragraphs if p.role in ("body", "standfirst", "photo_caption")]
    facts.activities.extend(
        _activities(
            body,
            paragraphs,
            runs,
            article_date,
            facts.orgs,
            lambda text, p, pos: organisations.resolve(text, base[p.seq] + pos, context),
            kind,
        )
    )
    return facts
