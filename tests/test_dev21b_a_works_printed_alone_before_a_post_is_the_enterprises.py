"""A works printed alone by its kind before a post (…、轧钢厂质检员某某), after the article
named an enterprise: the post is held at that enterprise's works, as it is at a branch
printed alone (铸锻分厂电焊工某某). Invented firms and people."""

from __future__ import annotations

from tests.conftest import first_article_positions, first_article_resolved, news_page

_FIRM = "青禾重型机械有限公司举行技能比武。"


def test_a_works_alone_before_a_post_is_the_enterprises_works():
    text = news_page(_FIRM + "机修厂钳工欧建勇获第一名。")
    assert ("欧建勇", "钳工", "青禾重型机械有限公司机修厂") in first_article_positions(text)


def test_the_works_is_listed_under_its_full_name():
    resolved = first_article_resolved(_FIRM + "机修厂钳工欧建勇获第一名。")
    assert "青禾重型机械有限公司机修厂" in resolved


def test_a_works_named_by_a_brand_is_not_completed():
    # near miss: 红星厂 is a works' own name (two words), no unit of the firm
    text = news_page(_FIRM + "红星厂钳工欧建勇获第一名。")
    held = {org for _, _, org in first_article_positions(text)}
    assert "青禾重型机械有限公司红星厂" not in held


def test_a_works_referred_back_is_no_unit_of_its_own():
    # near miss: 该厂 refers back to the works named before, no works of the firm
    text = news_page("青禾第三棉纺厂举办象棋赛，该厂细纱车间挡车工欧秀梅获第一名。")
    held = {org for _, _, org in first_article_positions(text)}
    assert not any(org and "该厂" in org for org in held)
