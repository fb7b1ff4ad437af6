"""A chronicle's entry opening with ``同日`` is of the day of the entry before, though a
clause after it names a holiday (``同日  县总工会…慰问春节期间坚守岗位的医护人员``): the
holiday is when the nurses work, not when the visit was made. Invented chronicle."""

from __future__ import annotations

from tests.conftest import page_facts

CHRONICLE = """青禾县总工会2023年大事记
1月12日　　县总工会召开十一届三次全委（扩大）会议。
1月18日　　县委副书记林启航带队走访慰问县供电公司一线职工。
同日　　县总工会副主席高雅琴到县中医院慰问春节期间坚守岗位的医护人员。
3月　　县总工会开展“巾帼建功”演讲比赛。
"""


def test_an_entry_opening_with_the_same_day_is_dated_by_the_entry_before():
    starts = [a.date.start for art in page_facts(CHRONICLE).articles for a in art.activities]
    assert starts[2] == "2023-01-18"


FEATURE = """江城消防支队工会为指战员开设“暖心小灶”
东江工人报
2023年8月4日 星期五
本报讯 当天下午训练一结束，指战员们就在食堂喝上了冰镇绿豆汤。
7月31日，江城市总工会副主席卢思远到支队调研。卢思远在此为支队“职工之家”授牌。
"""


def test_a_ledes_same_day_scene_is_no_lead_date():
    acts = [a for art in page_facts(FEATURE).articles for a in art.activities]
    assert all(a.date.start == "2023-07-31" for a in acts)
