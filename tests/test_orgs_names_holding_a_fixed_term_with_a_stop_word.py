"""A body's name that holds a fixed term with a word that otherwise ends names on the left
(中西医结合医院: 结合 is a stop word, as in 结合实际开展…) is read whole, so the posts printed
with it get their body (invented names and events)."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page, page_facts


def _org_names(text: str) -> set[str]:
    return {o.resolved.name for o in page_facts(text).articles[0].orgs}


def test_a_hospital_of_integrated_medicine_is_read_whole_with_its_head():
    text = news_page(
        "3月5日，青山市中西医结合医院召开职代会，青山市中西医结合医院院长韦建国作工作报告。"
    )
    assert "青山市中西医结合医院" in _org_names(text)
    assert ("韦建国", "院长", "青山市中西医结合医院") in first_article_positions(text)


def test_the_union_of_a_hospital_of_integrated_medicine_is_found():
    text = news_page("近日，石湾区中西医结合医院工会举办职工趣味运动会，300余名职工参加。")
    assert "石湾区中西医结合医院工会" in _org_names(text)


def test_the_verb_jiehe_before_a_body_still_ends_its_name():
    text = news_page("近日，青山区总工会结合石湾区总工会的经验开展培训，职工200余人参加。")
    names = _org_names(text)
    assert "石湾区总工会" in names
    assert not any("结合" in name for name in names)
