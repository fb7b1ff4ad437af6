"""A list opened by a verb that opens people (``people.yaml`` verbs_opening_people: 有,
获奖职工有…) starts its first name after the verb when a Mongolian name of elements
follows it, not with 有 read as a transcribed name's first syllable (有哈斯巴根), and a
long name jieba's dictionary holds (斯琴高娃) is a person there.
Invented names and events (s47, people36)."""

from __future__ import annotations

from tests.conftest import page_facts


def _people(body: str) -> list[str]:
    text = "青禾市工会简讯\n\n本报讯 " + body
    return sorted({p.name for a in page_facts(text).articles for p in a.people})


def test_a_list_opened_by_you_starts_its_first_name_after_the_verb():
    assert _people("获奖职工有哈斯巴根、宋玉梅等。") == ["哈斯巴根", "宋玉梅"]


def test_a_long_dictionary_name_right_after_you_in_a_list_is_a_person():
    # jieba's dictionary holds 斯琴高娃 as a name of four characters, which alone counts
    # as a word: 有 opening the list and the 、 after it are its other signals
    assert _people("获奖职工有斯琴高娃、宋玉梅等。") == ["宋玉梅", "斯琴高娃"]
