"""A university's own news names it 校 or 学校 before its officers' titles (校党委书记,
校长, 学校党委副书记): the post is held at the university the article names, as 集团 or
公司 before a title is the article's enterprise. Invented names and bodies."""

from __future__ import annotations

from tests.conftest import first_article_positions

_UNIVERSITY = "东湖理工大学"


def test_a_universitys_short_forms_before_a_title_are_the_university():
    text = (
        f"本报讯 12月24日，{_UNIVERSITY}第五届教职工代表大会在学术交流中心召开。\n"
        "校党委书记何思明，校长唐建华等校领导出席开幕式。学校党委副书记马立新讲话。\n"
    )
    found = first_article_positions(text)
    assert ("何思明", "党委书记", _UNIVERSITY) in found
    assert ("唐建华", "校长", _UNIVERSITY) in found
    assert ("马立新", "党委副书记", _UNIVERSITY) in found


def test_a_tenure_word_before_a_unions_title_names_no_body():
    text = (
        "本报讯 9月6日下午，青禾电子科技有限公司工会选举大会召开。"
        "新任工会主席左立强作了表态发言。\n"
    )
    found = first_article_positions(text)
    assert ("左立强", "主席", "新任工会") not in found
    assert not [f for f in found if f[2] and f[2].startswith("新任")]
