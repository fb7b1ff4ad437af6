"""A refinery's process unit (常减压装置, 乙烯装置) printed between its company and a post
is the unit the post is held at, as a workshop is (某石化有限公司常减压装置班长某某:
班长 at 某石化有限公司常减压装置; ``org_suffixes.yaml`` unit_endings). Near miss: the
word as a device, with no post after it, names no unit. Invented names and firms."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_a_post_after_a_process_unit_is_held_at_the_unit():
    found = first_article_positions(news_page("青禾石化有限公司常减压装置班长刘卫东介绍了经验。"))
    assert found == {("刘卫东", "班长", "青禾石化有限公司常减压装置")}


def test_a_device_with_no_post_after_it_names_no_unit():
    found = first_article_positions(
        news_page("青禾石化有限公司安装了安全装置。青禾石化有限公司班长刘卫东说好。")
    )
    assert found == {("刘卫东", "班长", "青禾石化有限公司")}
