"""Activities (s38 acts36): 万家 in a quoted slogan (“工会进万家”服务活动, “送温暖进万家”)
was read as a total (万 + 家), which marks a campaign held; a campaign just launched
(近日，某区总工会启动…“工会进万家”服务活动) runs on (real_dev3's gold: ongoing). A total
outside the quotation (共走访慰问困难职工1200户) still marks it held. Sentences written
for these tests (invented)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Status


def test_a_launched_campaign_with_ten_thousand_homes_in_its_slogan_runs():
    [campaign] = find_activities(["近日，青禾区总工会启动2021年“工会进万家”服务活动。"])
    assert campaign.status == Status.ongoing


def test_a_campaign_with_a_total_outside_its_name_was_held():
    [campaign] = find_activities(["青禾区总工会开展“送温暖进万家”活动，共走访慰问困难职工1200户。"])
    assert campaign.status == Status.held
