"""Sibling units of one enterprise, the first named with the enterprise and the next
printed alone: a branch (``临江重工集团公司铸造分厂工会主席甲、机加分厂工会主席乙``: the
second branch is the enterprise's, not a unit of the first) and a listed unit of the same
kind (``临江电力公司东关供电所所长甲、西关供电所所长乙``:
:func:`sibling_units_of_enterprise`).

The reader of units printed without their body (:func:`.named_before._at_enterprise_unit`)
prefixes the enterprise named last before; when that was a branch with its enterprise
(某集团公司铸造分厂, or its union), the branch itself was prefixed, giving 某集团公司铸造
分厂机加分厂工会. The enterprise is read off the branch as the organisations' reading of
branches printed alone does (:func:`~gonghui_build.extract.organisations.branches_alone.
enterprise_named`: 某集团合成分厂 names 某集团, its other branches are the group's). A
workshop or department after a branch (铸造分厂 … 熔炼车间主任) is still the branch's: only a
unit ending like a branch (``org_suffixes.yaml`` units_printed_alone: 分厂, 分公司, 作业区,
项目部) after a body ending like one is read so. Seen on real pages of enterprises'
congresses and contests listing their branches' union chairs (s42, titles34).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations.branches_alone import enterprise_named, without_union
from gonghui_build.extract.organisations.names import org_type, suffix_of
from gonghui_build.extract.people.titles import TitleClaim
from gonghui_build.text import places
from gonghui_build.vocabulary import OrgType


def enterprise_of_sibling(body: str | None, unit: str | None) -> str | None:
    """The body a unit printed alone (``unit``: 机加分厂, 机加分厂工会) is prefixed with,
    after ``body`` was named last before it: the enterprise of ``body`` when both are
    branches (:mod:`.sibling_branches`), else ``body`` as it is."""
    if body is None or not unit:
        return body
    branches = lexicon.words("org_suffixes.yaml", "units_printed_alone")
    own = without_union(unit)
    if branches.ending(own) is None or branches.ending(body) is None:
        return body
    return enterprise_named(body) or body


def sibling_units_of_enterprise(
    claims: Sequence[TitleClaim], before: Sequence[TitleClaim]
) -> tuple[TitleClaim, ...] | None:
    """``临江电力公司东关供电所所长甲、西关供电所所长乙``: a chain whose only body is a
    unit printed alone (西关供电所: no enterprise, no place in it), right after a name
    titled at a unit of the same kind named with its enterprise, is held at that
    enterprise's unit (临江电力公司西关供电所), as a report lists the heads of an
    enterprise's stations or branches; None otherwise."""
    units = {c.org_written for c in claims if c.org_written}
    if len(units) != 1:
        return None
    unit = units.pop()
    suffix = suffix_of(unit)
    if suffix is None or len(unit) <= len(suffix) + 1 or places.find_places(unit):
        return None
    if org_type(unit[: -len(suffix)] or suffix) == OrgType.company or suffix_of(unit[:-1]):
        return None  # the unit names an enterprise of its own (某某电力|公司), or a suffix inside
    body = next((c.org_written for c in reversed(before) if c.org_written), None)
    enterprise = _enterprise_before_unit(body, suffix) if body else None
    if enterprise is None:
        return None
    return tuple(
        replace(c, org_written=enterprise + c.org_written) if c.org_written else c for c in claims
    )


def _enterprise_before_unit(body: str, suffix: str) -> str | None:
    """临江电力公司 of 临江电力公司东关供电所, when the unit after it ends with ``suffix``
    and holds more than it; None when ``body`` is no enterprise's unit of that kind."""
    if not body.endswith(suffix):
        return None
    for end in range(len(body) - len(suffix) - 1, 1, -1):
        owner = body[:end]
        if suffix_of(owner) and org_type(owner) == OrgType.company:
            return owner
    return None
