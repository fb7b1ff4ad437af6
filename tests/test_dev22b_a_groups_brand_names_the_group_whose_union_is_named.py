"""An enterprise group whose union a report names in full (某某建工集团工会) and that the
report names on its own by its brand (某某建工开展…, in the headline or the text) is an
organisation of the article beside its union, as a registered company named so is; the
build read brands only of names ending with 有限公司 (real_dev22). A group named only as
its union's holder is not listed. Text is invented (s53, dev22b)."""

from __future__ import annotations

from tests.conftest import first_article_resolved


def test_a_groups_brand_after_its_union_names_the_group():
    found = first_article_resolved(
        "日前，柳州青峰建工集团工会开展安全知识竞赛。青峰建工今年新建项目12个。"
    )
    assert "柳州青峰建工集团" in found


def test_a_group_named_only_by_its_union_is_not_listed():
    found = first_article_resolved("日前，柳州青峰建工集团工会开展安全知识竞赛。")
    assert "柳州青峰建工集团" not in found
