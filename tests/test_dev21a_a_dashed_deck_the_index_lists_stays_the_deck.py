"""An old printed page's headline index lists a feature's headline and its dashed deck
(``——记…``) on two lines, and the feature prints both again over its text. Read on
real_dev21: the deck, the last line the index lists, was taken for the headline and the
headline above it for a kicker. Invented page in that shape."""

from __future__ import annotations

from tests.conftest import layout_heads

PAGE = """青川工人报
第三版 职工生活
1998年4月3日 星期五
一把扳手用了二十年
——记青川机床厂钳工、市劳动模范甘守义
青川市总工会召开劳模座谈会
一把扳手用了二十年
——记青川机床厂钳工、市劳动模范甘守义
本报记者 车新民
甘守义每天第一个走进车间，擦净工作台，再把扳手摆好。
他说，活儿要干在前头，徒弟们看着呢。
青川市总工会召开劳模座谈会
本报讯 青川市总工会四月一日召开劳模座谈会，二十名劳模参加。
"""


def test_the_headline_heads_the_feature_and_the_deck_is_no_headline():
    heads = layout_heads(PAGE)
    assert heads[0] == [("headline", "一把扳手用了二十年")]


def test_the_second_item_keeps_its_headline():
    assert layout_heads(PAGE)[1] == [("headline", "青川市总工会召开劳模座谈会")]
