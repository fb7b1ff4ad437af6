"""A roster line's body read on over units (某公司某维护所, the post's own units 清障大队
二中队 before 班长) may resolve to no organisation the article names, and the post was
held at none. A roster line prints the body whole beside
its holder, as a portrait's caption does: when the article says no more of it, the post
is held at the body as printed (as the tuning gold keeps a unit, 某公司扎制组, as the
organisation), as real lists of model workers and of candidates for honours print them.
Invented people and bodies."""

from __future__ import annotations

from tests.conftest import page_facts

_PAGE = (
    "青溪市推荐一批劳动奖章人选\n\n"
    "本报讯 青溪市总工会日前公示一批劳动奖章推荐人选。名单如下：\n"
    "1.韩立明 河北省体育局训练中心省游泳队运动员\n"
    "2.季文娟 北辰物流有限公司仓储中心主任\n"
    "3.邵建刚 翠湖路桥有限责任公司北关维护所清障大队二中队班长，中级工\n"
    "公示期间，职工可向市总工会反映意见。\n"
)


def _positions() -> set[tuple[str, str, str | None]]:
    return {
        (p.name, p.title_normalised, p.org.name if p.org else None)
        for a in page_facts(_PAGE).articles
        for p in a.positions
    }


def test_a_roster_post_at_a_body_no_reading_resolves_is_held_at_the_body_as_printed():
    found = _positions()
    held = ("邵建刚", "清障大队二中队班长", "翠湖路桥有限责任公司北关维护所")
    assert held in found
    assert ("韩立明", "运动员", "河北省体育局训练中心省游泳队") in found


def test_a_roster_post_at_a_body_the_article_resolves_keeps_its_body():
    found = _positions()
    assert ("季文娟", "主任", "北辰物流有限公司仓储中心") in found
    assert not any(org is None for _, _, org in found)
