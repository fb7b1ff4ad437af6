"""A caption between a portal's paragraphs closed by the credit of the body that supplied
the photo, glued to its sentence (``报告会现场。某县总工会供图``), is a photo's caption
and its credit: no body paragraph. A paragraph of text that ends on a body's name and
no ``供图`` stays text. Invented text in the shape of a county portal's news."""

from __future__ import annotations

from tests.conftest import layout_articles

PAGE = """\
县总工会：劳模进企业 宣讲暖人心
发布时间：2021-06-11 09:20 信息来源：县总工会
近日，某县总工会在县经开区举办劳模工匠进企业事迹报告会。
报告会现场。某县总工会供图
报告会邀请省劳动模范郝明川等三位劳模工匠作事迹宣讲，200余名职工代表聆听了报告。
三位劳模工匠讲述了各自在岗位上钻研技术、服务群众的经历。（钱晓雨）
"""


def test_the_glued_credit_closes_a_caption() -> None:
    (article,) = layout_articles(PAGE)
    assert ("photo_caption", "报告会现场。") in article
    assert ("photo_credit", "某县总工会供图") in article
    assert [role for role, _ in article].count("body") == 3


def test_a_persons_name_before_the_mark_is_left_to_the_credit_rules() -> None:
    from gonghui_build.layout.photo_credits import supplied_by_body

    assert supplied_by_body("某县总工会供图")
    assert not supplied_by_body("钱晓雨供图")
