"""Session 27 (layout): a union site's list page. Under the column's name it prints its
teasers, each a short news item with no headline and the date it was posted after it
(``…参加。2024-03-08``), and under them the list's pager (``共3页 首页 上一页 1 2 3 下一页
尾页``, the row the site templates print). The date after each teaser kept it from ending
its sentence, so the teasers ran into one article; the pager was taken for a caption or
for the headline of an article of its own. Each teaser is an item, the pager is
furniture. Paragraphs under a headline stay one article. All names and events are
invented."""

from __future__ import annotations

from gonghui_build.layout.furniture import furniture_kind
from tests.conftest import layout_roles, page_facts

TEASERS = (
    "工作动态\n"
    "3月7日，南湖区总工会在区职工服务中心举办女职工座谈会，30余名女职工代表参加。2024-03-08\n"
    "3月5日，南湖区总工会组织40名职工志愿者走进春晖社区开展志愿服务。[2024-03-06]\n"
    "2月29日，南湖区总工会召开全区工会工作会议，部署2024年重点任务。 2024-03-01\n"
    "共3页 首页 上一页 1 2 3 下一页 尾页\n"
)


def test_teasers_with_their_dates_after_them_are_one_item_each():
    assert len(page_facts(TEASERS).articles) == 3


def test_a_list_pagers_row_is_furniture():
    assert layout_roles(TEASERS)["共3页 首页 上一页 1 2 3 下一页 尾页"] == ("furniture", None)
    for row in ("首页 上页 下页 末页", "页次：1/5 每页20条 共86条", "上一页 1 2 3 4 5 下一页"):
        assert furniture_kind(row) is not None, row


def test_paragraphs_under_a_headline_stay_one_article():
    page = (
        "南湖区总工会召开全区工会工作会议\n"
        "2月29日，南湖区总工会召开全区工会工作会议，部署2024年重点任务。2024-03-01\n"
        "3月5日，南湖区总工会组织40名职工志愿者走进春晖社区开展志愿服务。\n"
    )
    assert len(page_facts(page).articles) == 1


def test_a_line_of_text_naming_a_page_is_no_pager():
    assert furniture_kind("会议要求各单位认真学习文件第3页的内容") is None
