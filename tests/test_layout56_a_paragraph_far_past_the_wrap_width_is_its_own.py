"""A notice's paragraphs printed one a line over a roster whose like widths make the page
look hard-wrapped: a line that runs far past that width is no line of the wrap, so the
salutation over it and the paragraph under it stay paragraphs of their own. Invented
text in the shape of a city union's honours decision on its site."""

from __future__ import annotations

from tests.conftest import layout_articles

ROSTER = """\
郝明川  某某港务物流有限公司门机司机班班长
简立群  某某纺织科技有限公司织造车间挡车工
晏秋生  某某中心医院急诊医学科主任医师
管文涛  某某消防救援支队某某大队特勤站站长
钱晓雨  某某国际大酒店客房部主管领班
"""

PAGE = (
    """\
关于表彰某市五一劳动奖章获得者的决定
各县（市、区）总工会，各产业工会，市直机关工会：
为大力弘扬劳模精神、劳动精神、工匠精神，市总工会决定，授予郝明川等5名职工“某市五一劳动奖章”，授予某某单位等3个集体“某市工人先锋号”。
希望受到表彰的集体和个人珍惜荣誉，再创佳绩。
某市五一劳动奖章获得者名单（5名）
"""
    + ROSTER
)


def test_the_salutation_and_the_paragraphs_stay_apart() -> None:
    (article,) = layout_articles(PAGE)
    body = [text for role, text in article if role == "body"]
    assert body[0] == "各县（市、区）总工会，各产业工会，市直机关工会："
    assert body[1].startswith("为大力弘扬")
    assert body[2] == "希望受到表彰的集体和个人珍惜荣誉，再创佳绩。"
