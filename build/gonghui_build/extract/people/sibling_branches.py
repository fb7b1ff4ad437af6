"""A branch printed alone after another branch of the same enterprise was named with it
(``临江重工集团公司铸造分厂工会主席甲、机加分厂工会主席乙``): the second branch is the
enterprise's, a sibling of the first, not a unit of the first branch.

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

from gonghui_build import reference as lexicon
from gonghui_build.extract.organisations.branches_alone import enterprise_named


def enterprise_of_sibling(body: str | None, unit: str | None) -> str | None:
    """The body a unit printed alone (``unit``: 机加分厂, 机加分厂工会) is prefixed with,
    after ``body`` was named last before it: the enterprise of ``body`` when both are
    branches (:mod:`.sibling_branches`), else ``body`` as it is."""
    if body is None or not unit:
        return body
    branches = lexicon.words("org_suffixes.yaml", "units_printed_alone")
    union = lexicon.words("org_suffixes.yaml", "union_suffix").ending(unit)
    own = unit[: -len(union)] if union and len(union) < len(unit) else unit
    if branches.ending(own) is None or branches.ending(body) is None:
        return body
    return enterprise_named(body) or body
