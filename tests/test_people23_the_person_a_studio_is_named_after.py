"""The person an innovation studio, a skill master's workroom or a work method is named
after is a person the text names (某某创新工作室, 某某劳模创新工作室, 某某技能大师工作室,
某某工作法), whether the names stand one a line in a naming notice's list (the studio's
unit in brackets after it), in a comma run after bodies' names, or glued to the words of
the studio (the model runs 邓某某技能大师工作室 into one span, or cuts 贾立|新). Union
sites' naming notices and award reports (s40, people23); invented names and bodies.
Studios named by a trade or a word (摄影工作室, 温泉工作室), a noun before them (职工创新
工作室 of a plant) and a studio in quotation marks after other words stay no one."""

from __future__ import annotations

import pytest

from gonghui_build.extract.people.studio_leads import holds_a_things_name, studio_lead_names
from gonghui_build.text.tokenizer import tag_tokens
from tests.conftest import news_page, page_facts


def _people(body: str) -> list[str]:
    return sorted(p.name for a in page_facts(news_page(body)).articles for p in a.people)


def _leads(text: str) -> list[str]:
    return [h.name for h in studio_lead_names(text, tag_tokens(text))]


def test_the_leads_of_studios_in_a_naming_list_are_people():
    body = (
        "区总工会决定命名一批职工创新工作室。\n"
        "蒋丽萍创新工作室（上海海湾新材料有限公司）\n"
        "邓国华技能大师工作室（上海临港供电服务有限公司）\n"
    )
    assert _people(body) == sorted(["蒋丽萍", "邓国华"])


def test_a_studios_words_glued_to_a_name_are_no_part_of_it():
    people = _people("其中，温志强劳模创新工作室、贾立新职工创新工作室被推荐参评市级示范工作室。")
    assert people == sorted(["温志强", "贾立新"])


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "入选的是：某铁一局五公司白芝勇创新工作室、某铁五局李吉创新工作室、某铁设计徐升桥创新工作室。",
            ["白芝勇", "李吉", "徐升桥"],
        ),
        ("省总工会重点支持张勇劳模创新工作室等28个劳模创新工作室。", ["张勇"]),
        ("推广许振超工作法，在车间开展王刚班组创建。", ["许振超", "王刚"]),
    ],
)
def test_names_before_studios_methods_and_teams_are_read(text, names):
    assert _leads(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "全市职工创新工作室、像这样的劳模创新工作室、建立一个职工创新工作室达到20家。",
        "社区有温泉工作室、宁波工作室、秀兰班组、摄影工作室、书法工作室、党代表工作室。",
        "区里的老娘舅调解工作室、金牌调解工作室、李师傅工作室都很有名。",
        "公司成立了以王海涛名字命名的劳模创新工作室。",
    ],
)
def test_studios_named_by_words_name_no_one(text):
    assert _leads(text) == []


def test_the_lead_opening_a_studios_quoted_name_is_a_person():
    assert _leads("天元化工公司“马永刚安全生产工作室”榜上有名。") == ["马永刚"]
    assert _people("天元化工公司“马永刚安全生产工作室”榜上有名。") == ["马永刚"]


@pytest.mark.parametrize(
    "text",
    ["建成“职工书屋”和“心理咨询工作室”。", "挂牌“巾帼创新工作室”。", "成立“王师傅维修工作室”。"],
)
def test_quoted_studios_named_by_words_name_no_one(text):
    assert _leads(text) == []


def test_a_span_running_into_a_studios_words_holds_a_things_name():
    assert holds_a_things_name("邓国华技能大师工作室")
    assert not holds_a_things_name("邓国华")
    assert not holds_a_things_name("工作室")  # the words alone open at 0: no name before
