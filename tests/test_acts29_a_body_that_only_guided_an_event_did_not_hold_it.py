"""由甲指导、乙主办 (由甲指导，乙主办，丙承办): the body closed by a word of patronage only
guided or backed the event; the one that 主办 it is its organiser, as the real pages of
s37 print a district's show on a works site and a city union's health checks. Invented
bodies and events."""

from __future__ import annotations

from gonghui_build.extract.activities.attributes import organiser_written
from tests.conftest import news_page, page_facts


def test_the_holder_after_a_guide_listed_with_a_stop_mark_organises():
    sentence = "本次活动由松川区总工会指导、松川区工人文化宫主办。"
    assert organiser_written(sentence)[0] == "松川区工人文化宫"


def test_the_holder_after_a_guide_set_off_by_a_comma_organises():
    sentence = "此次活动由江南省总工会指导，韶溪市总工会主办，翁水县总工会承办。"
    assert organiser_written(sentence)[0] == "韶溪市总工会"


def test_the_offset_points_at_the_holder():
    sentence = "本次活动由松川区总工会指导、松川区工人文化宫主办。"
    written, at = organiser_written(sentence)
    assert sentence[at : at + len(written)] == written


def test_a_holder_and_its_host_keep_the_holder():
    sentence = "比赛由松川区总工会主办、松川区体育中心承办。"
    assert organiser_written(sentence)[0] == "松川区总工会"


def test_the_first_of_joint_holders_stays_the_organiser():
    sentence = "活动由松川区总工会、松川区人社局联合主办。"
    assert organiser_written(sentence)[0] == "松川区总工会"


def test_a_shows_organiser_on_a_page_is_the_palace_that_held_it():
    body = (
        "8月9日，“筑梦”文化派送活动在临港新城二期项目工地举行，为70余名建设者送上一场"
        "文艺演出。本次活动由松川区总工会指导、松川区工人文化宫主办。"
    )
    [show] = [a for a in page_facts(news_page(body)).articles[0].activities if "文化派送" in a.name]
    assert show.organiser is not None and show.organiser.name == "松川区工人文化宫"
