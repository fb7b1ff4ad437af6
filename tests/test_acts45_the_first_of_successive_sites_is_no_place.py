"""A round of sites gone to one after another names no place (s41 acts45): 慰问活动，先后
走访了A、B和C; 先后参观了A、B和C, as union reports of summer-heat and festival rounds
write them (real pages read in s41: a county union's 送清凉 round, a district union's
festival round of a fire brigade, a police station and a checkpoint). Each site is a stop,
and the round was held at none of them; the tuning gold gives such rounds no place
(real_dev10, real_dev11). Before, the first site was taken as the place. Near misses: a
single site gone to, a visit named by its verb and first site with no word of successive
stops (参观了A、B: a visit each, the first at A), and a list closed as one place (走访了
A、B、C的困难职工).
Sentences written for this test (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities


def _places(*paragraphs: str) -> list[str | None]:
    return [a.place for a in find_activities(list(paragraphs))]


def test_a_campaign_that_went_round_successive_sites_has_no_place():
    text = (
        "近日，县总工会开展“夏送清凉”慰问活动，先后走访了县交警大队、县环卫所和县自来水公司，"
        "为一线职工送去西瓜。"
    )
    assert _places(text) == [None]


def test_a_visit_round_successive_sites_has_no_place():
    text = "6月，学员们先后参观了县职工服务中心、县工人文化宫和县档案馆。"
    assert _places(text) == [None]


def test_a_round_of_three_sites_two_of_them_read_as_a_list_has_no_place():
    text = (
        "春节前夕，市总工会开展“两节”送温暖活动，先后走访了市消防救援支队、市公交集团和"
        "市第一人民医院，为坚守岗位的职工送去慰问品。"
    )
    assert _places(text) == [None]


def test_successive_sites_gone_into_have_no_place():
    text = "7月10日，镇总工会慰问组先后深入镇污水处理厂、镇卫生院和镇环卫所，为一线职工送去防暑降温物品。"
    assert _places(text) == [None]


def test_two_sites_gone_into_without_successive_stops_keep_their_place():
    text = "6月，学员分两组到街道总工会和园区职工之家参观学习。"
    assert _places(text)[0] is not None  # the first, or both: a place, as before


def test_a_single_site_gone_to_is_the_place():
    text = "近日，县总工会开展“夏送清凉”慰问活动，走访了县交警大队，为一线职工送去西瓜。"
    assert _places(text) == ["县交警大队"]


def test_a_visit_named_by_its_first_site_without_successive_stops_keeps_it():
    text = "培训期间，学员们参观了县职工服务中心、县工人文化宫。"
    assert _places(text)[0] == "县职工服务中心"


def test_a_delegations_visit_to_a_site_and_a_family_without_successive_stops_keeps_the_site():
    text = "在城关，市总工会副主席林立一行走访了县总工会职工服务中心和城关镇的两户困难劳模家庭。"
    assert _places(text)[0] == "县总工会职工服务中心"


def test_a_list_closed_as_one_place_is_kept_whole():
    text = "近日，区总工会走访慰问了甲街道、乙街道、丙街道的困难职工。"
    assert _places(text) == ["甲街道、乙街道、丙街道"]
