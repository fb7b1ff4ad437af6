"""A photo credit whose role word names the photographer's paper or agency
(``某某社记者 某某 摄``, ``某某日报-某某网记者 某某 摄``) is the photo's credit, as
``本报记者 某某 摄`` is: it opens no headless article under the photo (session 30,
invented text in the shape of a workers' paper's photo items and their web copies)."""

from __future__ import annotations

from gonghui_build.layout.cues import credit_names
from tests.conftest import layout_articles, layout_roles, page_facts

PHOTO_ITEM = (
    "职工竞技 夏日激情\n"
    "趣味类项目欢乐毛毛虫比赛中。\n"
    "江城日报-江城网记者 宋可心 摄\n"
    "运动会开幕式现场。\n"
    "中新社记者 杨明远 摄\n"
    "6月20日，市总工会机关第五届运动会在市体育中心举行，"
    "来自各产业工会的30支代表队近千名干部职工参加。\n"
)


def test_a_credit_naming_the_photographers_paper_opens_no_new_article():
    assert len(layout_articles(PHOTO_ITEM)) == 1
    roles = layout_roles(PHOTO_ITEM)
    assert roles["江城日报-江城网记者 宋可心 摄"] == ("photo_credit", 0)
    assert roles["中新社记者 杨明远 摄"] == ("photo_credit", 0)


def test_the_photographers_of_paper_qualified_credits_are_read_at_their_names():
    (article,) = page_facts(PHOTO_ITEM).articles
    found = {(a.name, a.role.value) for a in article.authors}
    assert found == {("宋可心", "photographer"), ("杨明远", "photographer")}
    assert all(a.span.text_start > 0 for a in article.authors)


def test_a_paper_qualified_role_word_reads_as_a_credits_role():
    assert credit_names("南岭日报记者 罗青山 摄") == ["罗青山"]
    assert credit_names("南岭日报记者罗青山摄") == ["罗青山"]


def test_a_paper_qualified_byline_over_the_text_stays_a_byline():
    text = (
        "南岭区总工会为快递员送清凉\n"
        "南岭日报记者 罗青山 通讯员 韩晓梅\n"
        "7月10日，南岭区总工会为辖区200名快递员送去防暑用品。\n"
    )
    assert layout_roles(text)["南岭日报记者 罗青山 通讯员 韩晓梅"] == ("byline", 0)
