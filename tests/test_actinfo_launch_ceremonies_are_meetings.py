"""Categories of launch ceremonies (issue 11), on pages written for these tests
(invented places, bodies and people): the ceremony or meeting that launches a campaign
or a contest (启动仪式, 启动式, 启动会) is held as a meeting — leaders attend and speak,
a host presides, a plan is read out — and is a meeting, as 动员会 and 推进会 are; a
ceremony of handing out (发放仪式) stays `other`."""

from __future__ import annotations

from gonghui_build.vocabulary import Category
from tests.conftest import news_page, page_facts


def categories(body: str) -> dict[str | None, Category]:
    return {a.name: a.category for a in page_facts(news_page(body)).articles[0].activities}


def test_a_launch_ceremony_held_at_a_venue_is_a_meeting():
    found = categories(
        "5月6日，南州县总工会在县职工服务中心举行“暖冬行动”启动仪式，"
        "县总工会主席柳成林出席并讲话，一百余名职工代表参加。"
    )
    assert found.get("“暖冬行动”启动仪式") == Category.meeting


def test_a_launch_meeting_of_a_drive_is_a_meeting_not_the_drive():
    found = categories(
        "3月2日，青川市总工会召开职工技能提升“春风行动”启动会，各区县总工会分管负责同志参加会议。"
    )
    assert found.get("职工技能提升“春风行动”启动会") == Category.meeting


def test_a_ceremony_of_handing_out_grants_stays_other():
    found = categories(
        "9月8日，南州县总工会在县职工服务中心举行“金秋助学”金发放仪式，"
        "为四十名困难职工子女发放助学金。"
    )
    assert found.get("“金秋助学”金发放仪式") == Category.other
