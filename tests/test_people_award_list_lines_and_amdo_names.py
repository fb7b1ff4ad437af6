"""People of award lists and reports the rules once missed or invented: a city that
opens a body's name on a list line is no name, a Tibetan name of Amdo elements (才让,
东珠) after a title, and a name whose given name ends in 和 before 讲授. Invented names,
bodies and events."""

from __future__ import annotations

from gonghui_build.extract.people.rosters import roster_line
from tests.conftest import page_facts


def _people(body: str) -> list[str]:
    text = "青禾省总工会表彰先进职工\n\n" + body
    return [p.name for a in page_facts(text).articles for p in a.people]


def test_a_city_opening_the_body_of_a_list_line_is_no_name():
    assert roster_line("2.金昌青禾镍业有限公司冶炼厂电解工吴晓岚") is None
    assert roster_line("兰州东湖石化有限公司炼油厂班长 韦立森") is None
    found = roster_line("韦立森 青禾电子有限公司高级技师")
    assert found is not None and found.name == "韦立森"  # the name first: read


def test_tibetan_names_of_amdo_elements_after_a_title_are_read_whole():
    first = "本报讯 在东湖，省总工会副主席扎西才让一行走访了县总工会职工服务中心。"
    second = "本报讯 州总工会主席才让东珠说，春节前将完成困难职工的慰问。"
    assert _people(first) == ["扎西才让"]
    assert _people(second) == ["才让东珠"]


def test_a_given_name_ending_in_and_is_read_whole_before_a_verb_of_teaching():
    body = "本报讯 青禾大学讲师甘立和讲授了《工会的性质和任务》。"
    assert _people(body) == ["甘立和"]


def test_a_line_printing_the_body_and_post_first_and_the_name_last_names_its_person():
    from gonghui_build.extract.people.rosters import post_first_line

    found = post_first_line("东湖城运公交有限公司驾驶员 冶海云")
    assert found is not None and (found.name, found.post) == ("冶海云", "驾驶员")
    assert found.body.written == "东湖城运公交有限公司"


def test_the_heads_of_profiles_state_their_peoples_posts():
    text = (
        "听劳模讲岗位上的绝活\n\n"
        "本报讯 9月18日，青禾省总工会召开劳模代表座谈会。\n\n"
        "东湖城运公交有限公司驾驶员 冶海云\n\n"
        "开公交二十年，我跟年轻司机说，方向盘握在手里，一车人的安全就握在手里。\n\n"
        "青禾县民族服饰厂刺绣工 卓玛措\n\n"
        "我十五岁跟着阿妈学刺绣，现在厂里的绣娘一半是我带出来的。"
    )
    positions = {
        (p.name, p.title_normalised, p.org.name if p.org else None)
        for a in page_facts(text).articles
        for p in a.positions
    }
    assert ("冶海云", "驾驶员", "东湖城运公交有限公司") in positions
    assert ("卓玛措", "刺绣工", "青禾县民族服饰厂") in positions
