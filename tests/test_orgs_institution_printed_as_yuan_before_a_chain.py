"""A college's or a hospital's own news prints itself as 院 before its officers' chain
(院党委副书记、纪委书记某某), as a university's prints 校: every post of the chain is held at
the 学院 or 医院 named before, the discipline committee's post kept whole in the title
(invented names and events)."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_a_colleges_party_and_discipline_chain_printed_with_yuan_is_held_at_the_college():
    held = first_article_positions(
        news_page("近日，青山学院召开第五届教代会。院党委副书记、纪委书记韦建国主持会议。")
    )
    assert ("韦建国", "党委副书记", "青山学院") in held
    assert ("韦建国", "纪委书记", "青山学院") in held
    assert not any(title == "书记" for _, title, _ in held)


def test_a_hospitals_party_post_and_head_printed_with_yuan_are_held_at_the_hospital():
    held = first_article_positions(
        news_page("3月8日，石湾区人民医院召开职代会。院党委副书记、院长吴立新作医院工作报告。")
    )
    assert ("吴立新", "党委副书记", "石湾区人民医院") in held
    assert ("吴立新", "院长", "石湾区人民医院") in held


def test_yuan_with_no_college_or_hospital_named_gives_no_body():
    held = first_article_positions(
        news_page("近日，青山区总工会召开座谈会。院党委副书记韦建国参加座谈。")
    )
    assert ("韦建国", "党委副书记", None) in held
