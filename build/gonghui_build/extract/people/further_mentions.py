"""People found again after the first reading of an article: a name listed with 、 right
after a person found (甲、乙、丙等四名选手), a speaker (…某某表示), a name printed again, a
surname with a title (李主席), a name the model alone found printed again. These readers
only add mentions of names the article already gives, or names a list shares with one; the
first readers are in :mod:`.article`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from gonghui_build.extract.organisations.article import TEXT_ROLES, ArticleOrgs
from gonghui_build.extract.people import speakers
from gonghui_build.extract.people.after_name_posts import title_after_the_name
from gonghui_build.extract.people.called_names import called_names
from gonghui_build.extract.people.listed import names_listed_before, names_listed_from
from gonghui_build.extract.people.name_lists import listed_after
from gonghui_build.extract.people.rules import NameHit, claims_before
from gonghui_build.extract.people.tenure import career_post_at, post_stated_at
from gonghui_build.extract.people.titles import TitleClaim
from gonghui_build.layout.paragraphs import Paragraph
from gonghui_build.text.clauses import overlaps_any
from gonghui_build.text.tokenizer import Token
from gonghui_build.vocabulary import MentionSource

Hits = list[tuple[Paragraph, NameHit]]
#: Headline parts: people named in them are people of the article.
HEAD_ROLES = frozenset({"kicker", "headline", "subtitle", "section_heading"})
#: Roles whose running text the name rules and the model read.
READ_ROLES = TEXT_ROLES | HEAD_ROLES


def taken_spans(hits: Hits, p: Paragraph) -> list[tuple[int, int]]:
    return [(h.start, h.end) for q, h in hits if q is p]


#: Confidence of a name read only as listed right after a person found (甲、乙等).
LISTED = 0.7


def titles_before(h: NameHit) -> tuple[TitleClaim, ...]:
    """The titles a chain printed right before ``h``'s name gives it (副校长甲、乙: the
    names listed after it hold them too, as the title rules' lists do); none when any
    title stands elsewhere (甲教授、乙: a title after a name is its own)."""
    if not h.claims or any(c.end > h.start for c in h.claims):
        return ()
    return tuple(h.claims)


def listed_hits(paragraphs: Sequence[Paragraph], orgs: ArticleOrgs, hits: Hits) -> Hits:
    """``甲、乙、丙等四名选手``: a name listed with 、 right after a person found, where
    no reader found one, is a person too (the model reads most of a list, rarely all),
    holding the titles printed before the list's first name; so is a name opening the
    list before it (:func:`.listed.names_listed_before`)."""
    out = list(hits)
    for p in (p for p in paragraphs if p.role in READ_ROLES):
        tokens = orgs.words_of(p)
        starts = orgs.body_starts(p)
        taken = taken_spans(out, p)
        for h in sorted((h for q, h in out if q is p and not h.partial), key=lambda h: h.end):
            for name, start in listed_after(p.text, h.end, tokens, starts):
                end = start + len(name)
                if overlaps_any(start, end, taken):
                    _share_titles(out, p, start, end, titles_before(h))
                    continue
                source = MentionSource.listed_name
                shared = titles_before(h)
                out.append((p, NameHit(name, start, end, source, LISTED, shared)))
                taken.append((start, end))
            after = names_listed_from(p.text, h.end, taken_spans(out, p))
            for name, start in names_listed_before(p.text, h.start, tokens, starts, after):
                if overlaps_any(start, start + len(name), taken):
                    break  # the list's earlier names were read already
                end = start + len(name)
                hit = NameHit(name, start, end, MentionSource.listed_name, LISTED, _elected(h))
                out.append((p, hit))
                taken.append((start, end))
    return out


def _elected(h: NameHit) -> tuple[TitleClaim, ...]:
    """The posts an election gives the name after the list's earlier names (甲、乙、丙当选
    为副主席: the election reader's claims stand after the name, which no title before a
    name's claims do): the whole list holds them."""
    after = h.claims and all(c.start >= h.end for c in h.claims)
    return tuple(h.claims) if after and h.source is MentionSource.title_before_name else ()


def _share_titles(
    hits: Hits, p: Paragraph, start: int, end: int, shared: tuple[TitleClaim, ...]
) -> None:
    """A listed name another reader found with no title (the model's 乙 of 副校长甲、乙)
    takes the titles printed before the list's first name."""
    for k, (q, h) in enumerate(hits):
        if q is p and (h.start, h.end) == (start, end) and not h.claims and not h.partial:
            hits[k] = (q, replace(h, claims=shared))


def later_hits(
    paragraphs: Sequence[Paragraph],
    hits: Hits,
    words_of: Callable[[Paragraph], list[Token]] | None = None,
) -> Hits:
    """Speakers (…陶文静表示), then names found printed again, and 李主席; with
    ``words_of`` (each paragraph's words), a name found again after its titles holds them
    (:func:`_titled_when_printed_again`)."""
    hits = list(hits)
    known = {h.name for _, h in hits if not h.partial}
    for p in (p for p in paragraphs if p.role in READ_ROLES):
        taken = taken_spans(hits, p)
        speakers_of = [*speakers.speech_names(p.text, known), *speakers.presider_names(p.text)]
        for h in [*speakers_of, *called_names(p.text)]:
            if not overlaps_any(h.start, h.end, taken):
                hits.append((p, h))
                taken.append((h.start, h.end))
    known = {h.name for _, h in hits if not h.partial}
    titles_of: dict[str, set[str]] = {}
    for _, h in hits:
        if not h.partial:
            titles_of.setdefault(h.name, set()).update(c.title_normalised for c in h.claims)
    for p in (p for p in paragraphs if p.role in READ_ROLES):
        hits.extend((p, h) for h in speakers.repeated_names(p.text, known, taken_spans(hits, p)))
        taken = taken_spans(hits, p)
        hits.extend(
            (p, h)
            for h in speakers.surname_titles(p.text, titles_of)
            if not overlaps_any(h.start, h.end, taken)
        )
    if words_of is None:
        return hits
    return _titled_when_printed_again(
        _with_posts_after(_addressed_careers(hits, words_of)), words_of
    )


def _addressed_careers(hits: Hits, words_of: Callable[[Paragraph], list[Token]]) -> Hits:
    """选举甲为市总工会副主席。甲主席此前任某区委常委、组织部部长: a surname and title
    standing for the person named in full (:func:`.speakers.surname_titles`), right before
    a mark of tenure or a verb of a career whose post fills the clause, holds that post
    too, as a pronoun taking up the name does (:mod:`.pronoun_posts`; a past post is a
    position, tests/fixtures/ANNOTATION.md); 甲主席说… states none."""
    out: Hits = []
    for p, h in hits:
        if h.source != MentionSource.surname_title or h.claims:
            out.append((p, h))
            continue
        words = words_of(p)
        claims = post_stated_at(p.text, h.end, words) or career_post_at(p.text, h.end, words)
        out.append((p, replace(h, claims=claims) if claims else h))
    return out


def _with_posts_after(hits: Hits) -> Hits:
    """Each titled name with the post printed right after it (党组书记孔新锋|校长、:
    :func:`.after_name_posts.title_after_the_name`)."""
    out: Hits = []
    for p, h in hits:
        more = title_after_the_name(p.text, h.end, h.claims) if h.claims else None
        out.append((p, replace(h, claims=(*h.claims, more)) if more else h))
    return out


#: Readings of a name the article gave before, which read no title of their own.
_AGAIN = frozenset({MentionSource.repeated_name, MentionSource.speech_verb})


def _titled_when_printed_again(hits: Hits, words_of: Callable[[Paragraph], list[Token]]) -> Hits:
    """见面会上，甲、乙、丙等劳模代表…。某集团某车间班长、高级技师乙说: a name first
    read with no title (a list of names, a count) and printed again right after a chain
    of titles holds the chain's posts there; the reading of names printed again takes
    the name alone, and the model's reading of it, which would read the chain, yields to
    it. Only for a person no reading gave a title yet: a title printed again before a
    titled name (主席甲…主席甲) states no second post. Seen on reports of award winners
    meeting the press (s43, people29)."""
    titled = {h.name for _, h in hits if h.claims}
    out: Hits = []
    for p, h in hits:
        if h.claims or h.partial or h.name in titled or h.source not in _AGAIN:
            out.append((p, h))
            continue
        claims = claims_before(p.text, h.start, words_of(p))
        out.append((p, replace(h, claims=claims) if claims else h))
        if claims:
            titled.add(h.name)
    return out


def repeated_model_names(paragraphs: Sequence[Paragraph], hits: Hits) -> Hits:
    """A name the model alone found, printed again where the model did not read it."""
    known = {h.name for _, h in hits if h.source == MentionSource.model}
    out = list(hits)
    for p in (p for p in paragraphs if p.role in READ_ROLES):
        out.extend((p, h) for h in speakers.repeated_names(p.text, known, taken_spans(out, p)))
    return out
