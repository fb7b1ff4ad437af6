"""An election's committee lines printed with no body (``女职工委员会主任：某某``,
``经费审查委员会主任：某某``) after a guest's union and then the host's own union post
(``校工会主席某某``) are the host union's, not the guest's (invented people and bodies)."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page

_BODY = (
    "6月2日，北岭工程学院第三届教职工代表大会召开。湖南省教育工会副主席钱立出席会议。\n"
    "开幕式由党委副书记、校工会主席孙梅主持。\n"
    "选举结果如下：\n"
    "工会主席：孙梅\n"
    "经费审查委员会主任：吴立军\n"
    "女职工委员会主任：郑晓兰"
)


def test_a_womens_committee_line_is_the_host_unions_committee() -> None:
    found = first_article_positions(news_page(_BODY))
    assert ("郑晓兰", "主任", "北岭工程学院工会女职工委员会") in found


def test_a_funds_committee_line_is_held_at_the_host_union() -> None:
    found = first_article_positions(news_page(_BODY))
    assert ("吴立军", "经费审查委员会主任", "北岭工程学院工会") in found
    guests = {n for n, _, o in found if o and o.startswith("湖南省教育工会")}
    assert guests == {"钱立"}
