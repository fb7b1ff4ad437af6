"""Titles printed before an occupation a name follows: ``高级技师、执业药师某某``.

The occupation right before a name (执业药师, a word of no title list, read by
:func:`.occupation_titles.bare_occupation`) ends no chain of titles, so the titles printed
before it and joined to it by 、 (高级技师、, 工程师、) were lost with it: a reader takes
them all as the person's, as a chain of titles is (the tuning gold: 钢筋工班长、高级技师
某某 gives both). The chain ending before the 、 is read as one ending before a name;
titles34's lead (s42), on real pages of enterprises' skilled staff printed with their
grades and licences.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from gonghui_build.extract.organisations.org_spans import OrgSpan
from gonghui_build.extract.people.occupation_titles import bare_occupation
from gonghui_build.extract.people.plant_short_forms import post_at_short_form
from gonghui_build.extract.people.rules import claims_before
from gonghui_build.extract.people.titles import TitleClaim
from gonghui_build.text.tokenizer import Token

#: What joins a title to the occupation after it in one chain.
_JOINER = "、"


def occupation_with_titles_before(
    text: str,
    name_start: int,
    tokens: list[Token],
    known: list[OrgSpan],
    brands: Sequence[OrgSpan] = (),
) -> tuple[TitleClaim, ...]:
    """The occupation printed right before the name (:func:`.bare_occupation`), after
    the titles of a chain joined to it by 、 (高级技师、|执业药师|某某), left to right;
    a weak title alone (工程师, which no chain reads without a body) read as an occupation
    is; the occupation alone when none is printed, nothing when no occupation is."""
    occupation = bare_occupation(text, name_start, tokens, known, brands)
    occupation = occupation or post_at_short_form(text, name_start, tokens, known)  # 某某七棉挡车工
    if len(occupation) != 1 or not text.startswith(_JOINER, occupation[0].start - 1):
        return occupation
    end = occupation[0].start - len(_JOINER)
    before = claims_before(text, end, tokens) or bare_occupation(text, end, tokens, known, brands)
    return (*before, *_held_where_the_chain_is(occupation, before))


def _held_where_the_chain_is(
    occupation: tuple[TitleClaim, ...], before: Sequence[TitleClaim]
) -> tuple[TitleClaim, ...]:
    """The occupation of no body of its own (某中学校长、特级教师|某某) held at the body of
    the title joined to it before, as a segment of a chain with no body inherits the one to
    its left (the tuning gold: 某集团有限公司钢筋工班长、高级技师 gives 高级技师 at the
    group); as read when it names a body or the titles before it name none."""
    held = next((c for c in reversed(before) if c.org_written), None)
    if held is None or occupation[0].org_written is not None:
        return occupation
    return (replace(occupation[0], org_written=held.org_written, org_offset=held.org_offset),)
