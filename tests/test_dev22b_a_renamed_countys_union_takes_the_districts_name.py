"""A county become a district before the page was read (铜山县 → 徐州市铜山区, 2010): its
union printed under the county's name is the district's union by its current name
(ANNOTATION.md: renamed bodies take the current name), as the other one-to-one county
renamings of reference/renamings.yaml are read (real_dev22). Text is invented (s53,
dev22b)."""

from __future__ import annotations

from tests.conftest import first_article_resolved


def test_a_renamed_countys_union_takes_the_districts_name():
    found = first_article_resolved("10月上旬，徐州市铜山县总工会组织20名劳动模范赴外地疗休养。")
    assert "徐州市铜山区总工会" in found
