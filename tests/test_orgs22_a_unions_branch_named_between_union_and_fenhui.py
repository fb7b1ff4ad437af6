"""A union's branch printed with its own name between its union and 分会 (某局工会某中心
分会, award lists of workers' small homes) is one body ending at 分会, not the centre
with 分会 dropped. 分会 after no union (an association's branch, a venue's 分会场,
各分会) names no union branch. Invented bodies."""

from __future__ import annotations

from tests.conftest import first_article_resolved


def test_a_bureau_unions_branch_in_a_centre_ends_at_fenhui():
    found = first_article_resolved("临清市交通运输局工会路政服务中心分会被评为“全国模范职工小家”。")
    assert "临清市交通运输局工会路政服务中心分会" in found
    assert "临清市交通运输局工会路政服务中心" not in found


def test_an_associations_branch_is_no_union_branch():
    found = first_article_resolved("中国职工书法协会河南分会举办书法展。")
    assert not any(name.endswith("分会") for name in found)


def test_venues_and_every_branch_name_none():
    assert not first_article_resolved("大会设主会场和12个分会场，各分会要认真组织职工参加。")
