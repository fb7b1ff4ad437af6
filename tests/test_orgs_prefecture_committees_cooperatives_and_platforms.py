"""Bodies of union news outside Beijing the grammar and the gazetteer read (issue 10):
a prefecture's Party committee printed alone, a health commission by its former short
name, co-operatives and a supply co-operative, a federation's department by its usual
short name, and a platform's brand printed as the employer of its riders. Names, places
and people are invented (the platforms are real bodies of the gazetteer)."""

from __future__ import annotations

from tests.conftest import page_facts


def _resolved(text: str) -> set[tuple[str, str]]:
    facts = page_facts(text + "\n")
    return {(o.name_as_written, o.resolved.name) for a in facts.articles for o in a.orgs}


def test_a_prefecture_s_committee_printed_alone_is_the_prefecture_s():
    found = _resolved("楚雄州总工会召开座谈会。州委副书记柏某出席并讲话,州卫计委在会上作交流发言。")
    # the prefecture as the article prints it (楚雄州), its fullest form written (as
    # real_dev14's 大理州, real_dev32's 黔南州 and 昌吉州 bodies)
    assert ("州委", "楚雄州委") in found
    assert ("州卫计委", "楚雄州卫生和计划生育委员会") in found


def test_co_operatives_and_a_supply_co_operative_are_bodies():
    found = {
        w
        for w, _ in _resolved(
            "桐川市总工会、市供销社等单位参加,桐川县青禾果蔬专业合作社联合社获评先进。"
        )
    }
    assert "市供销社" in found
    assert "桐川县青禾果蔬专业合作社联合社" in found


def test_a_kind_of_co_operative_is_no_body():
    assert _resolved("当地的农民合作社发展很快。") == set()


def test_the_federation_s_legal_department_by_its_short_name():
    found = _resolved("全国总工会法律部领导一行到桐川市人民法院调研。")
    assert ("全国总工会法律部", "中华全国总工会法律工作部") in found


def test_a_platform_before_its_riders_or_an_outlet_is_their_employer():
    found = _resolved("闪送骑手邝某、货拉拉司机庞师傅先后发言,会后走访了美团青柳站点。")
    assert {("闪送", "闪送"), ("货拉拉", "货拉拉"), ("美团", "美团")} <= found


def test_a_platform_s_brand_in_any_other_sentence_names_no_body():
    assert _resolved("他说美团的订单多了,夜里也要出门。") == set()


def test_places_before_a_national_body_s_name_are_where_it_is():
    found = {w for w, _ in _resolved("技能大赛在河北沧州中国石化管道储运学院开幕。")}
    assert "中国石化管道储运学院" in found
    assert not any(w.startswith("河北") for w in found)
