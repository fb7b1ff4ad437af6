"""The leader of a shift's teams (大班长) and of a shift on duty (值班长), printed after the
branch works or workshop that holds them, are posts at that unit, as 班长 is, not posts
whose title takes the unit in (``titles.yaml`` bases; invented copies of an award list).
"""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_a_shifts_head_of_teams_is_held_at_the_branch_works() -> None:
    body = "4月28日，江城市总工会公布获奖名单。江城北方机器有限公司机加二分厂大班长徐守林获表彰。"
    positions = first_article_positions(news_page(body))
    assert ("徐守林", "大班长", "江城北方机器有限公司机加二分厂") in positions
    assert not any(title.endswith("分厂大班长") for _, title, _ in positions)


def test_a_shift_on_dutys_head_is_held_at_the_plant() -> None:
    body = "4月28日，江城市总工会公布获奖名单。江城矿业集团选煤厂值班长刘国强获表彰。"
    positions = first_article_positions(news_page(body))
    assert ("刘国强", "值班长", "江城矿业集团选煤厂") in positions
