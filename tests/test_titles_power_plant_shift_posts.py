"""A power plant's shift posts printed before a name are titles: the shift supervisor
(值长, 副值长) and the main operator (主值), bare or at the body printed with them
(reference/titles.yaml bases). The same characters inside other words name no post.
Invented names and bodies."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def _positions(body: str) -> set[tuple[str, str, str | None]]:
    return first_article_positions(news_page(body))


def test_a_bare_shift_supervisor_is_a_title_with_no_body():
    found = _positions("除夕夜，运行二值交接班。值长祁海川布置了当晚的巡检任务。")
    assert ("祁海川", "值长", None) in found


def test_a_deputy_shift_supervisor_is_held_at_the_plant_printed_with_it():
    found = _positions("近日，青禾水电开发公司副值长严立秋获评最美职工。")
    assert ("严立秋", "副值长", "青禾水电开发公司") in found


def test_a_main_operator_is_held_at_the_department_printed_with_it():
    found = _positions("大年初一，青禾发电公司运行部主值韦春兰提早来到集控中心。")
    assert ("韦春兰", "主值", "青禾发电公司运行部") in found


def test_the_characters_inside_other_words_name_no_post():
    found = first_article_positions(
        news_page("青禾发电公司产值长期领先。祁海川说，这些读数的主值还要再核对。")
    )
    assert not {p for p in found if p[1] in {"值长", "主值"}}
