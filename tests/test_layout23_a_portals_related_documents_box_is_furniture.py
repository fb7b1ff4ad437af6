"""A district portal prints, under a notice's signature, date and download line, a box
of the files linked to it (``相关文档：`` over the file's name, a scan button, a print
button): the portal's furniture, not the text of a second, headless article. Invented
text in the shape of a 2019 district portal's copy of its union's notice."""

from __future__ import annotations

from tests.conftest import block_roles, layout_articles

NOTICE = """\
关于举办雨花区职工广播体操比赛的通知

发布日期：2021-09-10    来源：区总工会字体大小：

  为丰富职工文体生活，雨花区总工会拟于近期举办职工广播体操比赛，现将有关事项通知如下：

  各参赛单位填写报名表，于9月25日前报送区总工会办公室。

  长沙市雨花区总工会

  2021年9月10日

  附件下载：雨花区职工广播体操比赛报名表.docx

{box}
  • 扫一扫在手机打开当前页

    打印本页
"""


def test_the_related_documents_box_leaves_one_article() -> None:
    page = NOTICE.format(box="雨花区职工广播体操比赛报名表.docx\n相关文档：")
    assert len(layout_articles(page)) == 1
    assert block_roles(page)["相关文档："] == "furniture"


def test_without_the_box_the_notice_is_one_article_as_before() -> None:
    assert len(layout_articles(NOTICE.format(box=""))) == 1
