"""A span the model runs on from a name into the words of a studio (邓某某技能大师工作室)
holds a thing's name, not a person's: it is refused. Whether the person a studio is named
after is a person by that name alone is left open (a rule reading those names lowered a
held-out set's people at stop 49 and was backed out), so a naming list of studios gives no
one. Union sites' naming notices (s40, people23); invented names and bodies."""

from __future__ import annotations

from gonghui_build.extract.people.studio_leads import holds_a_things_name
from tests.conftest import news_page, page_facts


def _people(body: str) -> list[str]:
    return sorted(p.name for a in page_facts(news_page(body)).articles for p in a.people)


def test_a_span_running_into_a_studios_words_holds_a_things_name():
    assert holds_a_things_name("邓国华技能大师工作室")
    assert not holds_a_things_name("邓国华")
    assert not holds_a_things_name("工作室")  # the words alone open at 0: no name before


def test_a_naming_list_of_studios_gives_no_studio_as_a_person():
    body = (
        "区总工会决定命名一批职工创新工作室。\n"
        "蒋丽萍创新工作室（上海海湾新材料有限公司）\n"
        "邓国华技能大师工作室（上海临港供电服务有限公司）\n"
    )
    people = _people(body)
    assert not any("工作室" in name for name in people)


def test_a_person_named_in_running_text_is_read_beside_a_studio():
    people = _people("温志强劳模创新工作室成立以来，温志强带领团队攻关。")
    assert "温志强" in people
    assert not any("工作室" in name for name in people)
