"""A name of two characters after the place a person lives (家住某镇的周某), which the
model reads but no other signal backed, and transliterated names the model cut: the dot
read with the first part (艾某·|买买提提出) and a last part whose 提 the writer prints
once for the name and the verb after it (…·买买提出了建议); and the first of a list after
the writer's own unit (我校高峰、某某) that reads as a word. Invented names and events."""

from __future__ import annotations

from tests.conftest import page_facts


def _people(body: str) -> list[str]:
    text = "青禾州总工会开展职工慰问\n\n" + body
    return [p.name for a in page_facts(text).articles for p in a.people]


def test_a_two_character_name_after_the_place_a_person_lives_is_a_person():
    town = "本报讯 家住城关镇的周平去年下岗，县总工会送去慰问金。"
    street = "本报讯 家住青禾市木兰街36号的闵建东是该市纺织厂的下岗工人。"
    assert _people(town) == ["周平"]
    assert _people(street) == ["闵建东"]


def test_people_nouns_after_the_place_a_person_lives_stay_no_person():
    body = "本报讯 家住城关镇的职工去年下岗，家住河口村的老人也收到了慰问品。"
    assert _people(body) == []


def test_a_dotted_name_whose_dot_the_model_reads_with_the_first_part_is_whole():
    body = "本报讯 座谈会上，职工代表艾力·买买提提出了三条建议。"
    assert _people(body) == ["艾力·买买提"]


def test_a_last_part_sharing_its_ti_with_the_verb_after_keeps_it():
    body = "本报讯 会上，县总工会法律顾问热依拉·买买提出了建议。"
    assert _people(body) == ["热依拉·买买提"]


def test_a_word_like_name_opening_a_list_after_the_writers_own_unit_is_a_person():
    body = "本报讯 我校高峰、林晓、吴海燕3位同志荣获“优秀工会积极分子”称号。"
    assert sorted(_people(body)) == sorted(["高峰", "林晓", "吴海燕"])


def test_a_word_after_the_writers_own_unit_whose_surname_is_a_word_stays_no_person():
    body = "本报讯 我院安全、王建国、吴海燕分别作了交流发言。"
    assert sorted(_people(body)) == sorted(["王建国", "吴海燕"])
