"""青河市工会干部学校党组书记孔新锋校长、…: a title printed after names (校长, 副校长) right
after a name its chain titled, before punctuation or a word that follows names, is the
name's second post at the body of the chain; a word of address (同志) is none. Invented
names, bodies and events (s43, people29)."""

from __future__ import annotations

from tests.conftest import first_article_positions


def _positions(body: str) -> set[tuple[str, str, str | None]]:
    return first_article_positions("工会干部培训班开班\n\n本报讯 11月13日，" + body + "\n")


def test_the_head_of_the_school_is_its_party_secretary_too():
    body = "青河市工会干部学校党组书记孔新锋校长、青河市总工会副主席邱勇出席开班典礼。"
    found = _positions(body)
    assert ("孔新锋", "校长", "青河市工会干部学校") in found
    assert ("孔新锋", "党组书记", "青河市工会干部学校") in found
    assert ("邱勇", "校长", None) not in found


def test_a_ranked_title_before_a_follower_is_read():
    body = "青河市工会干部学校党组成员闫国红副校长主持开班典礼。"
    assert ("闫国红", "副校长", "青河市工会干部学校") in _positions(body)


def test_a_word_of_address_is_no_post():
    body = "青河市总工会主席韩立平同志出席开班典礼。"
    assert _positions(body) == {("韩立平", "主席", "青河市总工会")}
