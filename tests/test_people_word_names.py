"""Names that are also words, right after a title (invented names and bodies)."""

from __future__ import annotations

from gonghui_build.extract.people.rules import titled_names
from gonghui_build.text.tokenizer import tag_tokens


def names_in(text):
    hits = titled_names(text, tag_tokens(text))
    return {h.name: [(c.title_normalised, c.org_written) for c in h.claims] for h in hits}


def test_a_name_that_is_a_rare_word_after_a_named_bodys_title_is_a_person():
    found = names_in("青禾县总工会党组书记、副主席严明，县总工会副主席钟晓岚参加慰问。")
    assert found["严明"] == [("党组书记", "青禾县总工会"), ("副主席", "青禾县总工会")]
    assert "钟晓岚" in found


def test_a_given_name_that_is_a_frequent_word_after_a_named_bodys_title_is_a_person():
    found = names_in("石湾区人大常委会副主任、区总工会主席庞文化出席会议并讲话。")
    assert found["庞文化"] == [("副主任", "石湾区人大常委会"), ("主席", "石湾区总工会")]


def test_a_name_the_dictionary_lists_as_a_persons_after_a_named_bodys_title_is_a_person():
    # 王建国: jieba's dictionary holds it as a name (nr) though 建国 is a frequent word
    found = names_in("青禾县总工会副主席王建国一行到园区走访企业。")
    assert found["王建国"] == [("副主席", "青禾县总工会")]


def test_a_frequent_word_given_name_after_a_district_committees_title_is_a_person():
    # 区委 printed alone is the district's Party committee, one body, as 青禾区委 is
    found = names_in("区委书记付明远，区委副书记温建设出席开幕式。")
    assert found["温建设"] == [("副书记", "区委")]
    assert names_in("区委书记高度重视职工工作。") == {}


def test_a_word_after_a_title_of_no_named_body_is_no_person():
    assert names_in("会上，主席严明，纪律要求十分清楚。") == {}


def test_a_frequent_word_after_a_named_bodys_title_is_no_person():
    assert "景观" not in names_in("青禾县总工会主席景观，")
    assert names_in("青禾县总工会主席和职工一起参加。") == {}


def test_a_name_ends_before_the_particle_of_a_report_it_gave():
    found = names_in("听取了青禾县总工会副主席韩荣所作的工作报告。")
    assert list(found) == ["韩荣"]


def test_two_names_printed_as_one_in_a_byline_are_two_authors():
    from gonghui_build.extract.bylines import parse_byline

    authors = parse_byline("本报讯（罗晓张建明）")
    assert [(a.name, a.start, a.end) for a in authors] == [("罗晓", 4, 6), ("张建明", 6, 9)]


def test_a_long_name_of_another_language_in_a_byline_stays_whole():
    from gonghui_build.extract.bylines import parse_byline

    assert [a.name for a in parse_byline("记者 吉克曲布")] == ["吉克曲布"]
