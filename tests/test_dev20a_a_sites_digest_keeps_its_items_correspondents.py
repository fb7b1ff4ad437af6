"""A site's own digest (its name over the page and in the header's source field) whose
items each close with a bare name in brackets: the items were sent in by the units'
correspondents, as a paper's briefs are; the site's own single copy credits its reporters
(tests/test_authors8_…)."""

from __future__ import annotations

from tests.conftest import page_authors

HEAD = (
    "城南职工网\n首页 > 工会动态 > 基层传真\n基层工会一周动态\n"
    "发布时间：2022-09-13 10:02 来源：城南职工网\n"
)
ITEMS = (
    "一、9月5日，城南区总工会举办职工书法作品展，展出作品一百余幅。（林晓秋）\n"
    "二、9月6日，城北区总工会开展“爱心托管”志愿服务，三十名志愿者参与。（孟可欣）\n"
)


def test_a_sites_digest_keeps_its_items_correspondents() -> None:
    assert page_authors(HEAD + ITEMS) == {
        ("林晓秋", "correspondent"),
        ("孟可欣", "correspondent"),
    }
