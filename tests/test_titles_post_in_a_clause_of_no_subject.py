"""A feature's profile goes on with its worker's clauses without naming the worker again
and states the post the worker holds now in the last of them, after a word of time and
the copula or after a mark of tenure (某某来自某县，从小工干起，如今是某集团钢筋工班长、
高级技师。), or puts the word of time between the name and the copula (某某如今是…).
Invented names and bodies."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def _positions(body: str) -> set[tuple[str, str, str | None]]:
    return first_article_positions(news_page("8月3日，记者来到青禾建设。" + body))


def test_a_post_after_a_word_of_time_in_a_clause_of_no_subject_is_the_subjects():
    found = _positions(
        "今年47岁的宋晓林来自石湾县，1993年进城打工，"
        "如今是青禾建设集团有限公司钢筋工班长、高级技师。"
    )
    assert ("宋晓林", "钢筋工班长", "青禾建设集团有限公司") in found
    assert ("宋晓林", "高级技师", "青禾建设集团有限公司") in found


def test_a_mark_of_tenure_in_a_clause_of_no_subject_states_the_subjects_post():
    found = _positions("宋晓林1993年进厂，现为青禾建设集团有限公司技术员。")
    assert ("宋晓林", "技术员", "青禾建设集团有限公司") in found


def test_a_word_of_time_between_the_name_and_the_copula_is_read_past():
    found = _positions("宋晓林如今是青禾建设集团有限公司工会主席、高级技师。")
    assert ("宋晓林", "主席", "青禾建设集团有限公司工会") in found


def test_a_clause_of_no_subject_after_two_people_gives_neither_a_post():
    found = _positions("记者见到了宋晓林和柏立秋，如今是青禾建设集团有限公司钢筋工班长。")
    assert not [p for p in found if p[1] == "钢筋工班长"]


def test_a_clause_of_no_subject_in_a_later_sentence_than_the_name_gives_no_post():
    found = _positions(
        "宋晓林是青禾建设集团有限公司焊工。工地上的老师傅不少，如今是青禾建设集团有限公司钢筋工班长。"
    )
    assert not [p for p in found if p[1] == "钢筋工班长"]


def test_a_name_after_the_first_clause_of_its_sentence_is_no_subject_taken_up():
    found = _positions("工程开工后，记者见到宋晓林，如今是青禾建设集团有限公司钢筋工班长。")
    assert not [p for p in found if p[1] == "钢筋工班长"]
