"""A group feature heads each profile with the person's name and a colon on a line of its
own (``某某某：``) over the profile's subhead: the two lines are the profile's head
(section headings), no body paragraph, though the colon reads as a lead into text. A
name and colon over running text (an interview's turn) is left as it was. Invented text
in the shape of a provincial workers' paper's page."""

from __future__ import annotations

from tests.conftest import layout_articles

PAGE = """\
匠心，是他们共同的底色
——省级劳模疗休养活动侧记
郝明川：
把每一道焊缝当作作品
【人物档案】郝明川，48岁，某重工集团焊接车间班长，省劳动模范。
我常跟徒弟们说，焊工没有捷径，手上的功夫都是一根根焊条磨出来的。
简立群：
职工的事再小也是大事
【人物档案】简立群，53岁，某纺织公司工会主席。她在厂里建起了女工休息室。
（本报记者 钱晓雨）
"""


def test_the_name_over_the_subhead_is_a_heading() -> None:
    (article,) = layout_articles(PAGE)
    roles = {text: role for role, text in article}
    assert roles["郝明川："] == "section_heading"
    assert roles["简立群："] == "section_heading"
    assert roles["匠心，是他们共同的底色"] == "headline"
    assert [role for role, _ in article].count("body") == 3
