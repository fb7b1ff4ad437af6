"""How identity across the corpus scales: organisations, people and their rows for
synthetic corpora of growing size.

    python benchmarks/bench_resolve.py [--sizes 500 1000 2000 4000]

Each corpus has N articles, each naming one organisation with a title holder, one short
form of another article's organisation, and a reporter. The time per article should
stay flat as N grows (the identity stage was quadratic: every organisation against
every mention, every person against every position, every pair of names).
"""

from __future__ import annotations

import argparse
import time

from gonghui_build.extract.facts import (
    ArticleDate,
    ArticleFacts,
    AuthorFact,
    OrgFact,
    PageFacts,
    PersonFact,
    PositionFact,
    ResolvedOrg,
    Span,
)
from gonghui_build.resolve import resolve_identities
from gonghui_build.vocabulary import ArticleDateBasis, AuthorRole, MentionSource, OrgType
from gonghui_build.vocabulary import ResolvedBy as By

DATE = ArticleDate(None, None, ArticleDateBasis.none, None, None, None)


def _name(i: int, width: int = 2) -> str:
    return "".join(chr(0x4E00 + (i * 7919 + k * 104729) % 20000) for k in range(width))


def _article(i: int, n: int) -> ArticleFacts:
    span = Span(1, 0, 4, 0, 4, False)
    full = f"北京{_name(i)}科技有限公司工会"
    short = f"北京{_name((i + 1) % n)}公司工会"  # abbreviates the next article's name
    person = "王" + _name(i, 1)
    orgs = (
        OrgFact(full, full, ResolvedOrg(full, By.exact, None, OrgType.union), 0.9, span),
        OrgFact(short, short, ResolvedOrg(short, By.exact, None, OrgType.union), 0.9, span),
    )
    position = PositionFact(person, "主席", "主席", full, full, orgs[0].resolved, 0.9, span, "")
    return ArticleFacts(
        page_start=0,
        date=DATE,
        authors=(AuthorFact("李记者", AuthorRole.reporter, None, span),),
        people=(PersonFact(person, MentionSource.title_before_name, 0.9, span, person),),
        orgs=orgs,
        positions=(position,),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 1000, 2000, 4000])
    args = parser.parse_args()
    for n in args.sizes:
        pages = [PageFacts(f"p{i:05d}", (_article(i, n),)) for i in range(n)]
        start = time.perf_counter()
        who = resolve_identities(pages)
        seconds = time.perf_counter() - start
        print(
            f"{n:6d} articles: {seconds * 1000:8.0f} ms, {seconds / n * 1e6:7.0f} µs per article "
            f"({len(who.organisations.organisations)} organisations, "
            f"{len(who.people.people)} people)"
        )


if __name__ == "__main__":
    main()
