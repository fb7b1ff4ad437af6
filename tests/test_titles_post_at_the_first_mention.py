"""A person whose name a reader finds first where it is printed again (a speaker after a
closed quotation, ``“……”某某说``) still has the post printed at the first mention
(``某厂钳工某某第一个发言``): a name printed again refers back only to a mention before
it. Invented names, units and events."""

from __future__ import annotations

from tests.conftest import first_article_positions

_FORUM = (
    "本报讯 4月27日，青禾省总工会组织新当选劳模与青年职工座谈。\n"
    "东岭重型机床集团钳工冉立昆第一个发言。\n"
    "“师傅说一个零件磨不好就别下班。”冉立昆说，这句话他记了十年。\n"
)


def test_the_post_at_a_first_mention_is_read_when_a_later_quote_finds_the_name():
    found = first_article_positions(_FORUM)
    assert ("冉立昆", "钳工", "东岭重型机床集团") in found


def test_a_name_printed_again_after_its_post_states_no_second_post():
    text = _FORUM + "会后，青禾机床厂的几名青工围住了冉立昆。\n"
    found = first_article_positions(text)
    assert [f for f in found if f[0] == "冉立昆"] == [("冉立昆", "钳工", "东岭重型机床集团")]
