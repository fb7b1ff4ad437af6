"""A photo's ordered list of the people it shows (左起依次为：某某、某某) reads an item made
of one Mongolian element and a final syllable (朝鲁门) as a name, as it reads a name of
two elements: the list was refused whole, losing its Han and Uyghur names too. Invented
names (s47, people36)."""

from __future__ import annotations

from gonghui_build.extract.people.photo_places import ordered_names
from tests.conftest import page_facts


def test_an_element_and_a_final_syllable_is_an_item_of_an_ordered_list():
    text = "图为劳模合影，左起依次为：朝鲁门、宋玉梅、李晓东。"
    assert [h.name for h in ordered_names(text)] == ["朝鲁门", "宋玉梅", "李晓东"]


def test_every_name_of_the_caption_is_read():
    text = "青禾市工会简讯\n\n本报讯 5月8日，市总工会开展送清凉活动。\n左起：朝鲁门、宋玉梅、艾力。"
    names = sorted({p.name for a in page_facts(text).articles for p in a.people})
    assert names == ["宋玉梅", "朝鲁门", "艾力"]
