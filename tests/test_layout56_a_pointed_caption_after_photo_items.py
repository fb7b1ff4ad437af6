"""On an e-paper page, photo items each close with their credit (``/ 某某 摄``); a line
marked with a photo's pointer after them (``▲某某（右）在检查设备。``) over its own credit
is a photo's caption, never a news item with a body paragraph of its own. Invented text
in the shape of a provincial workers' paper's page."""

from __future__ import annotations

from tests.conftest import layout_articles

PAGE = """\
“焊花匠人”郝明川：二十年守护一条管线
1998年，郝明川从技校毕业，进入某石化有限公司当焊工。二十年来，他带出徒弟40多人。
今年4月，郝明川被授予全国劳动模范称号。
（本报记者 周明远）
4月27日，某开发区总工会在区职工文化中心举办安全知识竞赛，36支代表队参赛。图为比赛现场。 / 钱晓雨 摄
4月23日，某石化有限公司工会组织新入职员工参观公司安全教育基地。 / 某石化 供图
▲郝明川（右）在检查管线焊口。
孙立 摄
"""


def _roles() -> list[list[str]]:
    return [[role for role, _ in a] for a in layout_articles(PAGE)]


def test_the_pointed_line_is_a_caption_not_an_item() -> None:
    articles = _roles()
    assert len(articles) == 3
    assert "photo_caption" in articles[-1]
    assert sum(a.count("body") for a in articles) == 4
