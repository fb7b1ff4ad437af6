"""A zone's body printed by the zone's kind (新区总工会, 区职工文化中心) read back to the one
zone an earlier full name opens with; left as printed where two zones were named. All
bodies here are invented."""

from gonghui_build.extract.organisations import context
from gonghui_build.text import places


def _resolved(text: str, written: str, orgs: tuple[str, ...] = ()) -> str | None:
    named = tuple((text.index(name), name) for name in orgs)
    where = context.ArticleContext(places=places.find_places(text), orgs=named)
    found = context.resolve(written, text.rindex(written), where)
    return found.name if found is not None else None


def test_a_new_areas_federation_is_of_the_new_area_named_before():
    text = "青屿新区人大工委副主任、新区总工会主席到会指导。"
    assert _resolved(text, "新区总工会", ("青屿新区人大工委",)) == "青屿新区总工会"


def test_a_zones_bare_level_word_is_the_zone_named_before():
    text = "青屿经济技术开发区总工会在区职工文化中心举办知识竞赛。"
    zone = "青屿经济技术开发区总工会"
    assert _resolved(text, "区职工文化中心", (zone,)) == "青屿经济技术开发区职工文化中心"


def test_two_zones_leave_the_new_areas_federation_as_printed():
    text = "青屿新区人大工委和蓝湾新区管委会负责人、新区总工会主席到会。"
    orgs = ("青屿新区人大工委", "蓝湾新区管委会")
    assert _resolved(text, "新区总工会", orgs) == "新区总工会"
