"""A photo page credits a photo under its caption with the photo's key and a blank
before the name (``摄影 某某``), then prints the next item's headline: the name is the
photographer of the item above, and the next line stays that item's headline. Before,
only a key with a slash or a colon (``摄影/某某``, ``摄影：某某``) made a photo's credit;
the line was read as a byline over a text and took the next headline for a section
heading of the item above. A name of two padded with two half-width blanks (``卢  某``,
one full-width blank's width) reads as one padded with one. Invented names (auth32,
real_dev32's photo page)."""

from __future__ import annotations

from tests.conftest import page_facts

PAGE = (
    "第06版：图片新闻\n"
    "2022年11月9日 星期三\n"
    "青山镇总工会为快递员送去暖心包\n"
    "近日，青山镇总工会为辖区80名快递员送去“暖心包”。镇总工会主席柯文远把包裹递到快递员手中。\n"
    "{credit}\n"
    "云岭县总工会组织劳模疗休养\n"
    "11月1日至5日，云岭县总工会组织30名劳动模范开展疗休养活动。图为劳动模范郑立川在座谈会上发言。\n"
    "（通讯员 贝青 摄）\n"
)


def _read(credit: str) -> list[set[tuple[str, str]]]:
    facts = page_facts(PAGE.format(credit=credit))
    return [{(a.name, a.role.value) for a in art.authors} for art in facts.articles]


def test_a_photo_key_and_a_blank_credit_the_photographer_above() -> None:
    assert _read("摄影 单越") == [{("单越", "photographer")}, {("贝青", "photographer")}]


def test_a_name_padded_with_two_blanks_after_the_key() -> None:
    assert _read("摄影 单  越") == [{("单越", "photographer")}, {("贝青", "photographer")}]
