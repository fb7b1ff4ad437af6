"""Names made of Tibetan or Mongolian elements (``people.yaml`` name_elements: 扎西,
尼玛, 巴桑, 旺堆), which the model often misses, are read where honour and photo pages
print them: right after an honour and a dash (“西藏工匠”获得者——扎西尼玛，), before a
photo's position note (图为巴桑旺堆（右）在…), right after 图为, and before 正在 (its 正 is
no final syllable of the name). Invented names and events (s39, people21)."""

from __future__ import annotations

from tests.conftest import page_facts


def _people(body: str) -> list[str]:
    text = "西藏工匠年度人物发布\n\n本报讯 西藏自治区总工会举行发布仪式。" + body
    return sorted({p.name for a in page_facts(text).articles for p in a.people})


def test_a_name_after_an_honours_dash_is_a_person():
    body = "2025年度“西藏工匠”荣誉称号获得者——扎西尼玛，在电力检修岗位上坚守25年。"
    assert _people(body) == ["扎西尼玛"]


def test_a_name_of_one_element_after_an_honours_dash_is_a_person():
    body = "“自治区五一劳动奖章”获得者——巴桑，在岗位上坚守20年。"
    assert _people(body) == ["巴桑"]


def test_a_name_before_a_photos_position_note_is_a_person():
    assert _people("图为巴桑旺堆（右）在车间查看产品。") == ["巴桑旺堆"]


def test_a_name_right_after_a_caption_opening_is_a_person():
    assert _people("图为拉巴卓玛在检查电力设备。") == ["拉巴卓玛"]


def test_a_caption_name_before_an_action_under_way_is_a_person():
    assert _people("图为巴桑旺堆正在车间查看产品。") == ["巴桑旺堆"]


def test_a_name_before_an_action_under_way_takes_no_final_syllable():
    assert _people("检修工扎西顿珠正在检查线路。") == ["扎西顿珠"]


def test_a_final_syllable_of_a_mongolian_name_is_still_read():
    assert _people("职工乌力吉图说，培训很有用。") == ["乌力吉图"]


def test_a_place_after_an_honours_dash_names_no_one():
    assert _people("劳动模范——乌兰察布市的故事在职工中传颂。") == []


def test_a_place_after_a_caption_opening_names_no_one():
    assert _people("图为乌兰察布市职工在车间查看产品。") == []


def test_elements_seen_on_tibets_pages_make_names():
    body = "“西藏工匠”获得者——伦珠江措，在岗位上坚守20年。藏香厂职工旦增曲珠说，订单很多。"
    assert _people(body) == ["伦珠江措", "旦增曲珠"]
