"""An e-paper item heads its text with a headline that closes on a campaign launched
(``某某送技能活动启动``) and an undashed deck line under it (``首批8对师徒结对``). Read on
real_dev26: the two lines were taken for a kicker and a headline. The launch closes the
headline's clause as a meeting held does: the line under it is the deck. Invented page."""

from __future__ import annotations

from gonghui_build.layout.decks import names_an_event
from tests.conftest import layout_roles

PAGE = """松川工人报 2023年4月12日 第05版
职工技能帮扶活动启动
首批8对师徒结对
本报讯（通讯员 许沐阳 记者 林知夏）4月10日，城东区职工技能帮扶活动启动仪式举行。
区总工会主席方可远出席并授旗。
（下转第6版）
"""


def test_the_headline_is_over_its_deck():
    roles = layout_roles(PAGE)
    assert roles["职工技能帮扶活动启动"] == ("headline", 0)
    assert roles["首批8对师徒结对"] == ("subtitle", 0)


def test_an_event_is_named_by_its_last_word():
    assert names_an_event("职工技能帮扶活动")
    assert names_an_event("安全生产专项行动")
    assert not names_an_event("城东区总工会")
