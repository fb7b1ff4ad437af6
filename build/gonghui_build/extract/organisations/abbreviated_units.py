"""A unit of an enterprise printed after the enterprise's short form (某某集团熔炼分厂二车间
甲班, where the article printed 某某新材料集团有限公司 and read 某某集团 back to it): the
full name's unit, as a department of such a body is (:mod:`.article`'s read-back of
abbreviations). The annotation guidelines list the sections and teams of a body printed
before a post under the body's full current name, the printed form as an alias."""

from __future__ import annotations

from gonghui_build.extract.organisations.names import org_type, words
from gonghui_build.vocabulary import OrgType

#: The ``org_suffixes.yaml`` lists of the endings of an enterprise's units.
_UNIT_LISTS = ("unit_endings", "inner_unit_endings", "units_printed_alone")


def _ends_like_a_unit(rest: str) -> bool:
    """``rest`` ends like a unit of an enterprise (分厂, 车间, 班) and holds more than
    the ending."""
    for listed in _UNIT_LISTS:
        ending = words(listed).ending(rest)
        if ending and len(ending) < len(rest):
            return True
    return False


def units_of_abbreviated(names: set[str], remap: dict[str, str]) -> dict[str, str]:
    """Name → full name for each name opening with an enterprise's short form that
    ``remap`` reads back to its full name and going on with a unit of it (某某集团|熔炼
    分厂二车间甲班 → 某某新材料集团有限公司熔炼分厂二车间甲班); the longest short form
    that opens it wins."""
    shorts = sorted(
        (s for s, full in remap.items() if org_type(full) == OrgType.company),
        key=len,
        reverse=True,
    )
    out: dict[str, str] = {}
    for name in sorted(names):
        if name in remap:
            continue
        short = next((s for s in shorts if _opens_short(name, s, remap[s])), None)
        if short is not None and _ends_like_a_unit(name[len(short) :]):
            out[name] = remap[short] + name[len(short) :]
    return out


def _opens_short(name: str, short: str, full: str) -> bool:
    """``name`` opens with the short form ``short`` and goes on, and not with the full
    name ``full`` itself (某集团有限公司炼钢厂 is printed whole already)."""
    return name.startswith(short) and len(name) > len(short) and not name.startswith(full)


def enterprises_of_units(names: set[str]) -> set[str]:
    """The enterprise each name of a unit of it opens with (某区某某机械有限公司|焊接班 →
    某区某某机械有限公司), the longest company's name leaving a unit after it: an
    enterprise the article names only through its unit (a subtitle's 记某公司焊接班) is
    one its short form (某某机械公司) may abbreviate, as one named only through its
    union is. Only a registered company's full name (``registered_forms``: 有限公司):
    a short form opening a unit (某某集团|江阴分公司) is no full name to read others to."""
    registered = words("registered_forms")
    out: set[str] = set()
    for name in names:
        cuts = [
            k
            for k in range(2, len(name) - 1)
            if registered.ending(name[:k]) and _ends_like_a_unit(name[k:])
        ]
        if cuts:
            out.add(name[: cuts[-1]])
    return out
