"""The facts one page yields: the only contract between extraction and the later stages.

Every type here is frozen and holds plain values (strings, numbers, vocabulary members,
tuples of facts), so that a page's facts can be written out for inspection, sent to
another process, and read by :mod:`gonghui_build.resolve` and
:mod:`gonghui_build.records` without either changing what extraction decided. Each fact
carries its :class:`Span`: the paragraph, the span of its cleaned text, the span of the
page, and whether it lies in a garbled run; ``*_as_written`` values are what the page
prints at that span (:func:`gonghui_build.extract.spans.as_written`).
"""

from __future__ import annotations

from dataclasses import dataclass

from gonghui_build.vocabulary import (
    ArticleDateBasis,
    AuthorRole,
    Category,
    DateBasis,
    MentionSource,
    OrgType,
    Precision,
    Qualifier,
    ResolvedBy,
    Status,
    TimeOfDay,
    Unit,
)


@dataclass(frozen=True)
class Span:
    """Where a fact was read: a span of one paragraph of the page."""

    paragraph: int  # the paragraph's ``seq`` on its page
    text_start: int
    text_end: int
    page_start: int
    page_end: int
    in_garbled_run: bool


@dataclass(frozen=True)
class ArticleDate:
    date: str | None  # ISO, partial
    precision: Precision | None
    basis: ArticleDateBasis
    evidence: str | None
    year: int | None
    month: int | None
    #: The day, only when the date is one the page prints or the metadata file gives (the
    #: day the article was published): relative dates (昨天, 上月) count back from it.
    day: int | None = None
    #: How the text itself dates the article (``explicit_date``, ``event_reference``) when
    #: a date the page prints wins and the text names the same year: the article's stated
    #: basis is the text's (ANNOTATION.md: ``explicit_date`` when the text prints the
    #: year, the printed date only when the text gives no clue), while ``basis`` still says
    #: the day came from print, for the rules that count from the day of publication.
    text_basis: ArticleDateBasis | None = None

    @property
    def stated_basis(self) -> ArticleDateBasis:
        """The basis the article's row states: the text's, when it names the printed year."""
        return self.text_basis or self.basis


@dataclass(frozen=True)
class ResolvedDate:
    start: str | None
    start_precision: Precision | None
    end: str | None
    end_precision: Precision | None
    basis: DateBasis
    text: str | None = None  # the date as written
    time_of_day: TimeOfDay | None = None


NO_DATE = ResolvedDate(None, None, None, None, DateBasis.none)


@dataclass(frozen=True)
class ResolvedOrg:
    """An organisation as an article names it: its full, current name and how the
    article's text was read to get it."""

    name: str
    resolved_by: ResolvedBy
    district: str | None
    type: OrgType


@dataclass(frozen=True)
class PersonFact:
    name: str
    source: MentionSource
    confidence: float
    span: Span
    name_as_written: str
    signals: tuple[str, ...] = ()  # the readers that found the name: model, rules, jieba
    partial: bool = False  # 陈女士, 刘师傅, 小张


@dataclass(frozen=True)
class OrgFact:
    written: str  # the name as read (repaired text): an alias when it differs
    name_as_written: str  # what the page prints
    resolved: ResolvedOrg
    confidence: float
    span: Span


@dataclass(frozen=True)
class PositionFact:
    name: str
    title: str
    title_normalised: str
    org_written: str | None  # the organisation as read (or inherited along a chain)
    organisation_as_written: str | None  # what the page prints, when it prints it whole
    org: ResolvedOrg | None
    confidence: float
    span: Span  # organisation + title + name
    evidence: str


@dataclass(frozen=True)
class AuthorFact:
    name: str
    role: AuthorRole
    title: str | None
    span: Span


@dataclass(frozen=True)
class Participants:
    count: int
    unit: Unit
    qualifier: Qualifier
    text: str


@dataclass(frozen=True)
class ActivityFact:
    name: str | None
    category: Category
    status: Status
    place: str | None
    date: ResolvedDate
    participants: Participants | None
    duration_days: float | None
    duration_text: str | None
    parent: int | None  # index of the parent in the article's activities
    organiser: ResolvedOrg | None
    organiser_written: str | None  # the organiser as read (由…承办), if the text names it
    evidence: str  # the sentence
    confidence: float
    span: Span
    # the parent reported by an earlier article of the page (its row's span), when the
    # article names it again only as its frame (:mod:`.activities.page_restated`)
    parent_span: Span | None = None


@dataclass(frozen=True)
class ArticleFacts:
    page_start: int  # offset in the page of the article's first character: its identity
    date: ArticleDate
    authors: tuple[AuthorFact, ...] = ()
    people: tuple[PersonFact, ...] = ()
    orgs: tuple[OrgFact, ...] = ()
    positions: tuple[PositionFact, ...] = ()
    activities: tuple[ActivityFact, ...] = ()


@dataclass(frozen=True)
class PageFacts:
    """Everything extraction read on one page, article by article in page order."""

    page_id: str
    articles: tuple[ArticleFacts, ...]
