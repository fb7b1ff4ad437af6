"""干部学校党组书记孔新锋校长、安平县总工会党组书记、主席邱勇: a platform listed with each
name between a post and a title printed after names (校长, 副校长, 主席): the title after
the name is that name's, and the chain of the next person, read back past the 、, ends
before it (邱勇 holds no 校长). Invented names, bodies and events (s43, people29)."""

from __future__ import annotations

from gonghui_build.extract.people.crossed_names import title_after_a_titled_name
from tests.conftest import first_article_positions

_BODY = (
    "11月13日，安平县基层工会干部培训班开班。干部学校党组书记孔新锋校长、安平县总工会"
    "党组书记、主席邱勇、安平县总工会党组成员、纪检组长沈洁明出席开班典礼。"
)


def _positions() -> set[tuple[str, str, str | None]]:
    return first_article_positions("安平县工会干部培训班开班\n\n本报讯 " + _BODY + "\n")


def test_the_next_person_holds_no_title_printed_after_a_name():
    found = _positions()
    assert ("邱勇", "校长", None) not in found
    assert ("邱勇", "主席", "安平县总工会") in found
    assert ("邱勇", "党组书记", "安平县总工会") in found


def test_a_chain_of_posts_before_one_name_still_reads_whole():
    found = _positions()
    assert ("沈洁明", "纪检组长", "安平县总工会") in found
    assert ("沈洁明", "党组成员", "安平县总工会") in found


def test_only_a_title_after_a_titled_name_ends_a_chain():
    text = "党组书记孔新锋校长、主席邱勇"
    assert title_after_a_titled_name(text, 0, text.index("校长"))
    plain = "某某学校校长、主席邱勇"
    assert not title_after_a_titled_name(plain, 0, plain.index("校长"))
