"""A district yearbook prints its union's chronicle under a title naming the union and the
year (``某区总工会2019年大事记``), one entry a line, its date set off by a wide blank and no
blank line between the entries. Read in session 50 (layout53) on district yearbooks: the
entries were each an item, but the title over them, no digest's word in it and a year in
figures, was taken for one article's headline and the items for its text. Invented page
in that shape."""

from __future__ import annotations

from gonghui_build.layout.digest_titles import is_digest_title
from tests.conftest import layout_articles, layout_furniture

CHRONICLE = """松河年鉴·2021
人民团体
松河区总工会2020年大事记
1月8日  区总工会召开十届三次全委会议，区委副书记邬启航出席并讲话。
3月6日  区总工会在区职工服务中心举办庆“三八”女职工读书会，300余名女职工参加。
5月  区总工会命名“松河区劳模创新工作室”6个。
9月17日  区总工会举办基层工会主席培训班，培训工会干部120人。
·96·
"""


def test_each_line_of_the_chronicle_is_an_article():
    articles = layout_articles(CHRONICLE)
    assert len(articles) == 4
    assert all(len(a) == 1 and a[0][0] == "body" for a in articles)


def test_the_chronicles_title_is_the_pages():
    assert "松河区总工会2020年大事记" in layout_furniture(CHRONICLE)


def test_a_chronicles_title_is_a_digests_title():
    assert is_digest_title("松河区总工会2020年大事记")
    assert is_digest_title("松河区工会大事记（上）")
    assert not is_digest_title("松河区总工会启动编纂工会大事记。")
