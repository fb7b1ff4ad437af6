"""Activities (s48 acts60): 一行走访了某中心和某镇的两户困难职工家庭 is two visits, the site
and the households of the place, each at its own place (the tuning gold of real_dev7's
consolation page): the count after 的 closes the second object only, and the second
visit had been read as the first told again. Near misses stay one visit: two sites of one
kind before the households (A公司和B公司的两户…: the households may be of both), and
households counted with no site named. Real pages of s48 (provincial and county unions'
New Year consolation rounds naming a centre and a township's households). Sentences
written for these tests (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def _visits(text: str) -> list[tuple[str | None, str | None]]:
    return [(a.name, a.place) for a in find_activities([text])]


def test_a_centre_and_a_townships_households_are_two_visits_at_their_places():
    text = (
        "在青禾，市总工会副主席林晓一行走访了青禾县总工会职工服务中心和柳岸镇的两户困难劳模家庭。"
    )
    assert _visits(text) == [
        ("青禾县总工会职工服务中心", "青禾县总工会职工服务中心"),
        ("柳岸镇", "柳岸镇"),
    ]


def test_two_companies_before_their_households_stay_one_visit():
    text = "慰问组走访了青禾公司和柳岸公司的两户困难职工家庭。"
    assert len(find_activities([text])) == 1


def test_households_with_no_site_named_stay_one_visit():
    assert len(find_activities(["随后，慰问组走访了两户困难职工家庭。"])) <= 1
    assert len(find_activities(["慰问组走访了困难职工和柳岸镇的三户困难劳模家庭。"])) == 1
