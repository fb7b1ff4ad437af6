"""The date of each article of a page: which evidence wins, decided here and only here.

An article's date is the day it was published. The evidence, strongest first:

1. ``curated_metadata`` — the metadata file beside the pages: someone who knows the page
   says when it was printed; it beats whatever the page or the text suggest.
2. ``printed_date`` of the article — a timestamp, source line (《工人日报》(2014年12月08日
   02版)) or date line in the article's own head or foot: the item says when it was
   posted or printed, to the day.
3. ``printed_date`` of the page — a masthead, page label or a web page's header
   timestamp (``layout/printed_dates.py``): every article of the page appeared that day.
4. ``explicit_date`` — the latest year the text reports as a fact (:mod:`.article`);
5. ``event_reference`` — a dated event the text names (十九大 → 2017);
6. ``same_page`` — the year the page's year heading prints (a chronicle's ``1998年`` over
   entries that print no year) or, with none, the year a yearbook's running head dates
   its entries to (``某市年鉴2021`` → 2020), else the latest year the page's other
   articles give.

A chronicle's title that names its month (``某市总工会二〇二三年一月大事记``; its year, for a
range of months) dates every entry under it, ``same_page``, over a posting date: a site
posts a month's chronicle weeks or a year later, and its entries' days (``9日，…``) are
of the title's month, not the posting's. The entries' text does not change it either (an
entry of January 2023 citing a notice about 2022).

A printed date beats the text because the text says when things happened, the
furniture when the text appeared: an article printed on 2020-01-14 about "2019年" work
is a 2020 article, and its 今年, 上月, 25日 count from that day. The text still wins in one
case: a **repost**. A web timestamp or a bare date line (not a masthead or a source
line, which state a printing) more than :data:`REPOST_GAP` years after the latest year
the page's text names is the date a site posted an old text (a yearbook entry put online
two years on, an old paper's archive), not the date the text was written; so is a
printed date before a year the text reports as done. Then the page is dated from its
text as if it printed no date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace

from gonghui_build import reference as lexicon
from gonghui_build.extract.dates.article import (
    curated_date,
    done_dates,
    infer_article_date,
    iso_parts,
)
from gonghui_build.extract.dates.expressions import find_dates
from gonghui_build.extract.dates.told_entries import entry_days
from gonghui_build.extract.facts import ArticleDate
from gonghui_build.layout.printed_dates import PrintedDate
from gonghui_build.vocabulary import ArticleDateBasis, Precision

#: Printed dates by how surely they are the article's own publication, best first: the
#: printing a text is taken from, the page's printing, a web posting, a bare date.
KIND_ORDER = ("source_date", "publication_date", "timestamp", "date_line")
#: Kinds that may be a site's posting of an older text (see the module docstring).
POSTING_KINDS = frozenset({"timestamp", "date_line"})
#: How many years a posting may follow the latest year its text names and still be the
#: text's own date (news of last year's results is posted in January).
REPOST_GAP = 1


def _best(dates: Sequence[PrintedDate]) -> PrintedDate | None:
    """The printed date most surely the publication's: by kind, then page order."""
    ranked = sorted(dates, key=lambda d: (KIND_ORDER.index(d.kind), d.start))
    return ranked[0] if ranked else None


#: The words after a year that make it the start of a span reaching the time of writing
#: (``自2006年由某校升格以来``, ``2012年建成至今``), in the same clause and before any other
#: date: the text is of that year or any later one.
_SPAN_TO_NOW_RE = re.compile(r"[^，。；：！？\d]{0,16}?(?:以来|至今)")


def named_years(text: str) -> list[int]:
    """Every year a text names (facts, plans and targets alike): an old text names old
    years, whatever it says about them. A year opening a span to the time of writing
    (``自2006年…升格以来``) is left out: a college site's congress report of 2024 recalls
    the year the college was founded, and that year said nothing of when it was posted
    (s51 acts66; a posting of 2024 had been read as an old text's)."""
    return [
        d.year
        for d in find_dates(text)
        if d.year is not None and not _SPAN_TO_NOW_RE.match(text, d.end)
    ]


#: The words right after a year that make it a step of a person's life or career
#: (``1975年生``, ``1998年进入某公司工作``, ``2021年起任某职``, ``1990年参加工作``,
#: ``1988年7月加入中国共产党``: an official's résumé reads so):
#: ``任务`` and ``任期`` aside, a post taken in that year, not a task of it.
_CAREER_STEP_RE = re.compile(
    r"(?:\d{1,2}月)?(?:出生|生[，,、；。）)]|(?:起|开始)?(?:担任|任(?![务期]))|调任|调入|进入|入职"
    r"|参加工作|参加革命|入伍|参军|毕业|入党|加入中国共产党|加入中共)"
)


def _latest_is_career(texts: Sequence[str], latest: int) -> bool:
    """Whether every time the texts name their latest year it is a step of a person's
    career (``1998年进入某公司工作``, ``2021年起任某职``): a profile of 2023 tells when its
    people were born, hired or took their posts, years that say nothing of when it was
    written (s51 layout55: a site's copy of 2023 and a portal's of 2023 read as texts of
    1998 and 2021, their one dated fact a career's)."""
    found = [
        (text, d.end)
        for text in texts
        for d in find_dates(text)
        if d.year == latest and not _SPAN_TO_NOW_RE.match(text, d.end)
    ]
    return bool(found) and all(_CAREER_STEP_RE.match(text, end) for text, end in found)


def is_repost(printed: PrintedDate, texts: Sequence[str], reported: int | None) -> bool:
    """Whether ``printed`` dates a site's posting of an older text, not the text itself
    (see the module docstring); ``reported`` is the latest year the texts report as done.
    A text whose latest year is only a step of a career is no older text
    (:func:`_latest_is_career`)."""
    year = int(printed.date[:4])
    if reported is not None and year < reported:
        return True  # printed before what the text reports: not the text's date
    if printed.kind not in POSTING_KINDS:
        return False
    named = [y for text in texts for y in named_years(text)]
    if not named or year <= max(named) + REPOST_GAP:
        return False
    return not _latest_is_career(texts, max(named))


#: The bases of a date the text gives itself: an article whose text names the year its
#: printed date gives states the text's basis (:attr:`ArticleDate.stated_basis`).
_TEXT_BASES = (ArticleDateBasis.explicit_date, ArticleDateBasis.event_reference)


def printed_article_date(printed: PrintedDate, from_text: ArticleDate) -> ArticleDate:
    """An article dated by a date its page or its own head or foot prints; the evidence
    says whether its text (dated ``from_text``) agrees, and when it does the article
    states the text's basis (its year written in the text, as the annotation reads it;
    every tuning article whose text named its printed year was annotated so, s60)."""
    year, month, day = iso_parts(printed.date)
    owner = "the page's" if printed.article is None else "the article's"
    evidence = f"{printed.text} ({owner} {printed.kind.replace('_', ' ')})"
    agrees = from_text.year == year and bool(from_text.evidence)
    if agrees:
        evidence += f"; the text agrees: {from_text.evidence}"
    return ArticleDate(
        printed.date,
        Precision.day if day else Precision.year,
        ArticleDateBasis.printed_date,
        evidence,
        year,
        month,
        day,
        text_basis=from_text.basis if agrees and from_text.basis in _TEXT_BASES else None,
    )


def _year_heading(
    texts: Sequence[str], inferred: list[ArticleDate], headings: Sequence[PrintedDate]
) -> list[ArticleDate]:
    """Entries under a year's heading (a chronicle's ``1998年``) that print no year of their
    own are of that year; of its month when the entry opens with one (``3月8日，…``), as
    a chronicle's month title dates its entries. Only a page with one heading year: under
    several, which heading an entry stands under is the layout's to say, and it does not
    say it yet."""
    years = {d.date for d in headings}
    if len(years) != 1:
        return inferred
    heading = headings[0]
    out, month = [], None
    told = entry_days(texts, int(heading.date[:4]))
    for text, d, day in zip(texts, inferred, told, strict=True):
        month = _opening_month(text) or (month if _opens_told_before(text) else None)
        out.append(d if d.year else _under_heading(heading, month, day))
    return out


def _opens_told_before(text: str) -> bool:
    """An entry opening with the day or month of the entry before it (``同日，…``,
    ``次日，…``, ``是月，…``): of that entry's month (a chronicle's way, read on a district
    union's and a county's chronicles, s42 dates6; 次日 on a month's last day aside)."""
    told = (
        lexicon.words("dates.yaml", "same_day"),
        lexicon.words("dates.yaml", "same_month"),
        lexicon.words("dates.yaml", "next_day_words"),
    )
    return any(w.starting(text.lstrip()) for w in told)


def _posted_after_heading(printed: PrintedDate, headings: Sequence[PrintedDate]) -> bool:
    """Whether ``printed`` is a site's posting of a chronicle after the one year its
    heading or title names (``晋城大事记（1992）`` over ``1992年``, posted 2014; ``某市总工会
    2020年大事记`` posted in January 2021): the entries are of the heading's year, as a
    month's title dates them over a posting date (read in session 40 on a city's and a
    union's chronicles put online; the entries name no year, so no repost was seen)."""
    years = {d.date for d in headings}
    return (
        printed.kind in POSTING_KINDS
        and len(years) == 1
        and int(printed.date[:4]) > int(next(iter(years))[:4])
    )


def _opening_month(text: str) -> int | None:
    """The month an entry's text opens with (``3月8日，…``, ``6月，…``), if any."""
    opening = next(iter(find_dates(text.lstrip())), None)
    if opening is None or opening.start != 0 or opening.year is not None:
        return None
    return opening.month


def _under_heading(
    heading: PrintedDate, month: int | None, day: dt.date | None = None
) -> ArticleDate:
    """An entry dated by its page's year heading, to the month its text opens with, or
    to the day of the entry before it that it opens with (``次日，…``: :mod:`.told_entries`)."""
    year = int(heading.date)
    if day is not None:
        return ArticleDate(
            day.isoformat(),
            Precision.day,
            ArticleDateBasis.same_page,
            f"{heading.text} (the page's year heading; the day of the entry before)",
            day.year,
            day.month,
            day.day,
        )
    return ArticleDate(
        f"{year:04d}-{month:02d}" if month else heading.date,
        Precision.month if month else Precision.year,
        ArticleDateBasis.same_page,
        f"{heading.text} (the page's year heading)",
        year,
        month,
    )


def _chronicle_date(titles: Sequence[PrintedDate]) -> ArticleDate | None:
    """The date of a chronicle's entries from its title's month (see the module
    docstring); None without one title's month (or a page naming two)."""
    if len({d.date for d in titles}) != 1:
        return None
    title = titles[0]
    year, month, _ = iso_parts(title.date)
    return ArticleDate(
        title.date,
        Precision.month if month else Precision.year,
        ArticleDateBasis.same_page,
        f"{title.text} (the page's chronicle title)",
        year,
        month,
    )


def _same_page(inferred: list[ArticleDate]) -> list[ArticleDate]:
    """Articles of a page are printed the same day: one whose text gives no date, or only
    an older one (自2012年以来), takes the page's year, the latest its articles show, and
    the month when every article dated in that year reports the same one (a digest of a
    month's items: 1月7日…, 1月8日…)."""
    dated = [d for d in inferred if d.year]
    if not dated:
        return inferred
    page_year = max(d.year for d in dated)  # type: ignore[type-var]
    evidence = "; ".join(sorted({d.evidence or "" for d in dated if d.year == page_year}))
    months = {d.month for d in dated if d.year == page_year}
    month = next(iter(months)) if len(months) == 1 else None
    same_page = ArticleDate(
        f"{page_year:04d}" + (f"-{month:02d}" if month else ""),
        Precision.month if month else Precision.year,
        ArticleDateBasis.same_page,
        f"other articles of the page: {evidence}",
        page_year,
        month,
    )
    return [d if d.year == page_year else same_page for d in inferred]


def _undated_by_the_page(dated: list[ArticleDate]) -> list[ArticleDate]:
    """An article left with no year at all, on a page whose other articles are dated (a
    briefs sheet whose head ``某某简讯 第22期 2021年6月18日`` the layout reads as its first
    item's date line, over items that print none), takes the page's year as
    :func:`_same_page` gives it: a page is printed at once. Dated articles keep theirs."""
    if all(d.year for d in dated) or not any(d.year for d in dated):
        return dated
    page = _same_page(dated)
    return [d if d.year else p for d, p in zip(dated, page, strict=True)]


def _digest_month(texts: Sequence[str], year: int) -> int | None:
    """The one month a page's items report their days in (▲9月5日，… ▲9月7日，…) when at
    least two items report a day and all in that month: a digest of one month's news,
    whose undated items (日前, 近日) are of that month too, as the annotation guide dates
    近日 by the article's month when known (real_dev's weekly digest). Days in a plan
    (将于10月中旬举办) and ranges (今年上半年) do not count."""
    months = [
        {
            d.month
            for d in done_dates(text, year)
            if d.day is not None and d.end_month is None and d.end_day is None
        }
        for text in texts
    ]
    dated = [m for m in months if m]
    union = set().union(*dated) if dated else set()
    return next(iter(union)) if len(dated) >= 2 and len(union) == 1 else None


def _with_digest_month(date: ArticleDate, month: int | None) -> ArticleDate:
    """An article dated by a printing that names its year only (``2023年第36期``) takes
    the month of its page's digest (:func:`_digest_month`), if any."""
    if month is None or date.month is not None or date.basis != ArticleDateBasis.printed_date:
        return date
    return replace(
        date,
        date=f"{date.year:04d}-{month:02d}",
        precision=Precision.month,
        evidence=f"{date.evidence}; every item of the page reports days of month {month}",
        month=month,
    )


def _printed_or(chosen: PrintedDate | None, found: ArticleDate) -> ArticleDate:
    """An article dated by ``chosen``, a printing of its own or of its page, else ``found``."""
    return printed_article_date(chosen, found) if chosen else found


def date_articles(
    texts: Sequence[str],
    curated: str | None = None,
    printed: Sequence[PrintedDate] = (),
) -> list[ArticleDate]:
    """The date of each article of a page (``texts`` in page order), by the precedence
    of the module docstring. ``curated`` is the metadata file's date for the page;
    ``printed`` the dates the page's furniture prints, each the page's or an article's."""
    if curated:
        return [curated_date(curated)] * len(texts)
    headings = [d for d in printed if d.kind == "year_heading"] or [
        d for d in printed if d.kind == "book_year"
    ]
    chronicle = _chronicle_date([d for d in printed if d.kind == "chronicle_title"])
    printed = [d for d in printed if d.kind in KIND_ORDER]
    if chronicle is not None:
        printed = [d for d in printed if d.kind not in POSTING_KINDS]
        page_date = _best([d for d in printed if d.article is None])
        return [
            _printed_or(_best([d for d in printed if d.article == n]) or page_date, chronicle)
            for n in range(len(texts))
        ]
    inferred = _year_heading(texts, [infer_article_date(text) for text in texts], headings)
    page_reported = max((d.year for d in inferred if d.year), default=None)
    page_date = _best([d for d in printed if d.article is None])
    if page_date is not None and (
        is_repost(page_date, texts, page_reported) or _posted_after_heading(page_date, headings)
    ):
        page_date = None
    out = []
    for n, (text, found) in enumerate(zip(texts, _same_page(inferred), strict=True)):
        own = _best([d for d in printed if d.article == n])
        if own is not None and is_repost(own, [text], inferred[n].year):
            own = None
        chosen = own or page_date
        out.append(printed_article_date(chosen, inferred[n]) if chosen else found)
    if page_date is not None and iso_parts(page_date.date)[1] is None:
        month = _digest_month(texts, int(page_date.date[:4]))
        out = [_with_digest_month(d, month) for d in out]
    return _undated_by_the_page(out)
