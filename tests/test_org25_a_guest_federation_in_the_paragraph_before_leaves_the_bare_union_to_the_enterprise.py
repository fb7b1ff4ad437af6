"""An enterprise's congress report names the guest federation's officer at the end of one
paragraph and the enterprise's own chair by the bare word 工会 in the next
(``某公司召开职代会。区总工会副主席甲到会指导。`` | ``…工会主席乙作工会工作报告``): the bare
工会 is the reported enterprise's union, as it is when both stand in one paragraph
(ANNOTATION.md: an enterprise's union is ``<enterprise>工会``). Invented names."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page

_OPENING = (
    "9月16日，江西青岚智联科技股份有限公司第三届职工代表大会第二次会议在公司报告厅召开。"
    "南昌高新区总工会副主席程立春到会指导。"
)
_REPORTS = "会议听取了公司总经理卢承远所作的行政工作报告和工会主席彭雨溪所作的工会工作报告。"


def test_the_bare_union_after_a_guest_in_the_paragraph_before_is_the_enterprises():
    found = first_article_positions(news_page(_OPENING + "\n" + _REPORTS))
    assert ("彭雨溪", "主席", "江西青岚智联科技股份有限公司工会") in found
    assert ("程立春", "副主席", "南昌高新区总工会") in found


def test_a_union_named_last_in_the_paragraph_before_with_no_post_is_kept():
    opening = "江西青岚智联科技股份有限公司第三届职工代表大会召开。会上，青岚物流工会作了交流发言。"
    found = first_article_positions(news_page(opening + "\n" + "工会主席彭雨溪作工会工作报告。"))
    assert ("彭雨溪", "主席", "江西青岚智联科技股份有限公司工会") not in found
