"""Title chains of union officers in the shapes real union news prints them (invented
names, places and bodies): a federation's Party secretary who is also its 工会主席 (the
level not doubled), an enterprise union's chair who is also the enterprise's Party
officer, a federation's research office (政研室), and an honour printed before the body
of a person's post; a region's Party committee (自治区党委, 州党委) as the body of its
members' posts."""

from __future__ import annotations

from gonghui_build.extract.people.rules import titled_names
from gonghui_build.text.tokenizer import tag_tokens
from tests.conftest import page_facts


def _held(text: str) -> dict[str, list[tuple[str, str | None]]]:
    """Each titled name of ``text`` with its (title, organisation) claims."""
    hits = titled_names(text, tag_tokens(text))
    assert hits, "names are read"
    return {h.name: [(c.title_normalised, c.org_written) for c in h.claims] for h in hits}


def _positions(text: str) -> set[tuple[str, str, str | None]]:
    """The (name, title, organisation) of every position of the page's articles."""
    found = {
        (p.name, p.title_normalised, p.org.name if p.org else None)
        for article in page_facts(text).articles
        for p in article.positions
    }
    assert found, "positions are read"
    return found


def test_a_federations_union_chair_after_its_party_secretary_is_the_federations_chair():
    # 工会主席 after 某县总工会党组书记 is the federation's own chair, not 某县总工会工会's
    held = _held("9月6日，青禾县总工会党组书记、工会主席韦海川等一行来到柳塘区总工会调研。")
    assert held["韦海川"] == [("党组书记", "青禾县总工会"), ("主席", "青禾县总工会")]


def test_an_enterprise_party_post_after_its_union_chair_is_the_enterprises():
    # the reverse order (公司党委副书记、工会主席) already held the Party post at the company
    held = _held("青禾电子有限公司工会主席、党委副书记韦海川为学员讲授第一课。")
    assert held["韦海川"] == [
        ("主席", "青禾电子有限公司工会"),
        ("党委副书记", "青禾电子有限公司"),
    ]


def test_a_party_post_after_an_industry_unions_chair_stays_the_unions():
    # an industry union (某市建设工会) is the body itself: no enterprise beside it
    held = _held("石湾市建设工会主席、党组书记韦海川出席会议。")
    assert held["韦海川"] == [("主席", "石湾市建设工会"), ("党组书记", "石湾市建设工会")]


def test_a_federations_research_office_is_where_its_director_is_held():
    found = _positions("本报讯 3月2日，石湾市总工会政研室主任贺立新带队到柳塘街道调研。\n")
    assert ("贺立新", "主任", "石湾市总工会政研室") in found


def test_an_honour_before_the_body_of_a_post_is_no_part_of_the_body():
    held = _held("全国五一劳动奖章获得者青禾电子有限公司高级技师韦海川发言。")
    assert held["韦海川"] == [("高级技师", "青禾电子有限公司")]


def test_an_honour_before_a_schools_name_is_no_part_of_the_school():
    text = (
        "本报讯 5日，石湾市劳模表彰大会举行。石湾市劳动模范青禾区柳塘街小学教师"
        "韦海川代表全体劳模宣读了倡议书。\n"
    )
    assert ("韦海川", "教师", "青禾区柳塘街小学") in _positions(text)


def test_a_regions_party_committee_is_the_body_of_its_members_posts():
    # 自治区党委 and 州党委 are the body, as 市委 is: 常委 at the committee
    held = _held("自治区党委常委、统战部部长韦海川出席会议。")
    assert held["韦海川"] == [("常委", "自治区党委"), ("部长", "自治区党委统战部")]


def test_a_towns_party_committee_is_the_body_of_its_posts():
    # a town's 党委 is a body of its own, as a region's is (test_org35_…)
    held = _held("青禾镇党委副书记韦海川出席会议。")
    assert held["韦海川"] == [("副书记", "青禾镇党委")]
