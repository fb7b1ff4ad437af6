"""A photo printed under a box label (``图片新闻``) after an article's text — its caption,
one paragraph, then the photographer's credit — is photo news of its own, not more of
that article; a reporter's credit printed between the article's text and the label
(``本报记者 某某 文/摄``) closes the article above.
Invented text in the shape of a province paper's page."""

from __future__ import annotations

from tests.conftest import layout_articles

COLUMN = """\
工会干部要多下基层
□某市总工会副主席 韦立群
一些工会干部习惯于在办公室里听汇报，对职工的难处知之不多。
下基层，就要到车间班组去，和职工面对面。
"""

PHOTO = """\
图片新闻
5月3日，柳林县总工会在县文化宫举办职工书法展，展出作品一百二十幅。
祝明远 摄
"""

FEATURE = """\
车床前的“老把式”
在县机械厂的车间里，提起车工鲁长贵，工友们都竖起大拇指。
他说：“活儿干好了，心里才踏实。”
本报记者 钱雅文 文/摄
"""


def test_a_photo_under_a_box_label_is_an_item_and_a_credit_above_it_closes_the_article() -> None:
    column = layout_articles(COLUMN + PHOTO)
    assert len(column) == 2
    assert column[1][-1] == ("photo_credit", "祝明远 摄")
    feature = layout_articles(FEATURE + PHOTO)
    assert len(feature) == 2
    assert ("byline", "本报记者 钱雅文 文/摄") in feature[0]
