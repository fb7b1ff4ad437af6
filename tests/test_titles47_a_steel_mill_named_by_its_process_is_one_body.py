"""A steel works' mill named by its process (冷轧厂, 热轧厂, 烧结厂), which jieba cuts as
a verb and 厂, is one body: the whole name is read after its group, and the post
printed after the mill's short name is held at the mill, never at a bare 厂. A mill
jieba reads whole (轧钢厂) is read as before. Invented names and bodies."""

from __future__ import annotations

from tests.conftest import first_article_orgs, first_article_positions, news_page


def test_a_cold_rolling_mill_is_read_whole_after_its_group():
    orgs = first_article_orgs("12月2日，劳模创新工作室在南山特钢集团冷轧厂揭牌。")
    assert "南山特钢集团冷轧厂" in orgs


def test_a_post_after_the_mills_short_name_is_held_at_the_mill():
    found = first_article_positions(
        news_page(
            "12月2日，工作室在南山特钢集团冷轧厂揭牌。全国劳动模范、冷轧厂首席技师王立新出席。"
        )
    )
    titles = {(name, title) for name, title, _ in found}
    assert ("王立新", "首席技师") in titles
    assert all(org and org.endswith("冷轧厂") for _, _, org in found)


def test_a_hot_rolling_mills_head_is_held_at_the_mill():
    found = first_article_positions(news_page("热轧厂厂长赵明山出席会议并讲话。"))
    assert ("赵明山", "厂长", "热轧厂") in found


def test_a_mill_jieba_reads_whole_is_read_as_before():
    orgs = first_article_orgs("劳模创新工作室在南山钢铁公司轧钢厂揭牌。")
    assert "南山钢铁公司轧钢厂" in orgs
