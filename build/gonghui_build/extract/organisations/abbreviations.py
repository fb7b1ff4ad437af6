"""Whether one organisation's name abbreviates another (北汽集团 of 北京汽车集团有限公司,
密云区工会 of 密云区总工会), and which names of an article or of the corpus do.

Both the reading of short forms in an article and the identity of organisations
(:mod:`gonghui_build.resolve.organisations`) ask it here.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Mapping

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations.names import FILE, suffix_of, words
from gonghui_build.text import places


def _subsequence_gaps(short: str, full: str) -> list[str] | None:
    """The runs of ``full`` that ``short`` skips, if it is an ordered subsequence."""
    gaps, gap, i = [], "", 0
    for ch in full:
        if i < len(short) and ch == short[i]:
            if gap:
                gaps.append(gap)
                gap = ""
            i += 1
        else:
            gap += ch
    if i < len(short):
        return None
    if gap:
        gaps.append(gap)
    return gaps


def _core(short: str, full: str) -> str:
    """``full`` without the company form ``short`` leaves out (北京汽车集团有限公司 →
    北京汽车集团 for 北汽集团)."""
    forms = lexicon.load(FILE).company_forms
    for form in words("company_forms"):
        if full.endswith(form) and not short.endswith(form):
            found = words("company_forms").found(form)
            return full[: -len(found)] + (forms[found] or _form_kept(short, found))
    return full


def _form_kept(short: str, form: str) -> str:
    """The bare form (公司) a short name keeps of the registered one it shortens: 某某重型
    机械公司 of 天津某某重型机械有限公司 drops 有限 only, so its core keeps 公司."""
    bare = words("brand_suffixes").ending(short)
    return bare if bare and form.endswith(bare) else ""


@functools.cache
def _prefix_re() -> re.Pattern[str]:
    return re.compile(f"^(?:{words('name_prefixes').pattern})")


def is_abbreviation(short: str, full: str) -> bool:
    """``北汽集团`` of ``北京汽车集团有限公司``, ``密云区工会`` of ``密云区总工会``.

    The short name keeps the full one's characters in order, starts like it (or like it
    without its place prefix), ends with the same suffix (or the full one's suffix
    before its company form), and skips no level of place or unit.
    """
    if short == full or len(short) >= len(full):
        return False
    core = _core(short, full)
    suffix = suffix_of(short)
    if suffix is None or not core.endswith(suffix) or len(short) - len(suffix) < 2:
        return False
    stripped = _prefix_re().sub("", core)
    read_against = core
    if short[0] not in (core[0], stripped[:1]):
        # 美合电器工会 of 佛山市顺德区美合电器有限公司工会: read against the name after its
        # places (a place left out whole is no level skipped)
        stripped = read_against = _without_leading_places(core)
    body = short[: -len(suffix)]
    if full.endswith(short) and words("place_endings").ending(body) and len(body) >= 3:
        return True  # 开发区总工会 of 北京经济技术开发区总工会: the place without its prefix
    if full.endswith(short) and words("union_occupations").starting(body):
        return True  # 快递员联合工会 of 某区快递员联合工会: a headline leaves out the place
    if _under_its_province(short, full) or _after_its_citys_short_name(short, full):
        return True
    if short[0] not in (core[0], stripped[:1]):
        return False
    if _unit_left_out(body, core[: -len(suffix)]):
        return False  # 某公司工会 beside 某公司重型装备厂工会: the company's, not the works'
    gaps = _subsequence_gaps(short, read_against)
    if gaps is None or any(places.by_full_name(gap) for gap in gaps):
        return False  # 某市总工会 beside 某市某区总工会: the city's body, not the district's
    skipped = "".join(gaps)
    for form in words("company_form_words"):
        if form in skipped:  # company forms may be left out freely
            skipped = skipped.replace(words("company_form_words").found(form), "")
    if len(skipped) > 6:
        return False
    levels = [level for gap in gaps for level in words("level_words") if level in gap]
    for level in levels:
        words("level_words").found(level)  # a level skipped: no abbreviation
    return not levels


#: The most places printed one after another before a company's brand (省, 市, 区).
_LEADING_PLACES = 3


def _without_leading_places(core: str) -> str:
    """``core`` without the places of China it opens with (佛山市顺德区|美合电器有限公司,
    浙江|恒屹机电集团…): a company's short name (美合电器工会, 恒屹集团工会) leaves its
    registered place out, as 北汽 leaves out 北京 (``name_prefixes``). Only full names
    and provinces' short forms are taken off, never a brand that opens like a place."""
    rest = core
    for _ in range(_LEADING_PLACES):
        mention = max(
            (m for m in places.find_places(rest) if m.start == 0 and _a_whole_place(m)),
            key=lambda m: m.end,
            default=None,
        )
        if mention is None or mention.end >= len(rest):
            break
        rest = rest[mention.end :]
    return rest


def _a_whole_place(mention: places.PlaceMention) -> bool:
    """A place's full name (佛山市, 顺德区) or a province's short form (浙江)."""
    return mention.full or any(d.level == "province" for d in mention.divisions)


def _unit_left_out(short_body: str, full_body: str) -> bool:
    """某有限公司 of 某有限公司重型装备厂: the full body is a whole body's name (a suffix
    ends it) and a unit of it after (``org_suffixes.yaml`` works_with_units,
    unit_endings, sections_printed_alone: 某集团有限公司炼铁部), so the short one names
    the body the unit belongs to, another organisation, not the unit by a shorter name."""
    if len(full_body) <= len(short_body) or not full_body.startswith(short_body):
        return False
    if suffix_of(short_body) is None:
        return False  # 北京汽车 of 北京汽车厂: a brand, no whole body
    unit = full_body[len(short_body) :]
    ending = words("works_with_units").ending(unit) or words("unit_endings").ending(unit)
    ending = ending or words("sections_printed_alone").ending(unit)  # 某集团|有限公司炼铁部
    return ending is not None and len(ending) < len(unit)


def _under_its_province(short: str, full: str) -> bool:
    """某市总工会 of 某省某市总工会: the same body printed once with its province before
    the city's full name."""
    head = full[: -len(short)] if full.endswith(short) else ""
    above = {d.code for d in places.by_full_name(head)}
    return bool(above) and any(
        d.parent in above
        for m in places.find_places(short)
        if m.start == 0 and m.full
        for d in m.divisions
    )


def _after_its_citys_short_name(short: str, full: str) -> bool:
    """北辰热力集团工会 of 长春北辰热力集团工会: the same name printed once with its city's
    short form before it (a prefecture's 长春 of 长春市), as an enterprise's own credit
    line leaves it out; a short form that is also a word (大同, 长治) is no such place."""
    head = full[: -len(short)] if full.endswith(short) else ""
    return bool(head) and any(
        head in d.short for d in places.lookup(head) if d.level == places.PREFECTURE
    )


class _NameIndex:
    """Names indexed by the characters they hold, and sorted, so that finding the names
    a short form may abbreviate (they hold all its characters: start from its rarest)
    and summing the mentions of a name and of the bodies inside it take no pass over
    all names."""

    def __init__(self, names: Iterable[str]):
        self.sorted = sorted(set(names))
        self.holding: dict[str, set[str]] = {}
        for name in self.sorted:
            for ch in set(name):
                self.holding.setdefault(ch, set()).add(name)

    def fulls_of(self, short: str) -> list[str]:
        """The names ``short`` abbreviates."""
        sets = [self.holding.get(ch, set()) for ch in set(short)]
        rarest = min(sets, key=len)
        candidates = [n for n in rarest if len(n) > len(short) and all(n in s for s in sets)]
        return sorted(full for full in candidates if is_abbreviation(short, full))

    def family(self, name: str) -> list[str]:
        """``name`` and the names that start with it (its union, its committee…)."""
        lo = bisect.bisect_left(self.sorted, name)
        hi = bisect.bisect_left(self.sorted, name + "\U0010ffff")
        return self.sorted[lo:hi]


def abbreviations(
    names: Iterable[str], printed: Mapping[str, int], weigh_every_name: bool
) -> dict[str, str]:
    """short → full, for each name that abbreviates exactly one other name.

    A name printed more often than its "full" form and the bodies inside it is no
    abbreviation of it (北京市总工会 beside a misprinted 北京市委总工会). Within one
    article only a name one character shorter is weighed so (``weigh_every_name`` off):
    a short form that drops whole words is one however often the article prints it
    (通衢集团工会); across the corpus every name is weighed.
    """
    index = _NameIndex(names)
    out: dict[str, str] = {}
    for short in index.sorted:
        fulls = index.fulls_of(short)
        if len(fulls) != 1:
            continue
        full = fulls[0]
        weighed = weigh_every_name or len(full) - len(short) == 1
        if not weighed or printed.get(short, 0) <= sum(
            printed.get(n, 0) for n in index.family(full)
        ):
            out[short] = full
    return out
