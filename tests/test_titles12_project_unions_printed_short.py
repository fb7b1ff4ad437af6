"""A building project's union printed short (项目工会) after the article named the project
or its department (某公司某项目部) is that project's union, under its company; where the
article names no project, the union keeps the name printed. Invented companies, projects
and people."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_a_project_union_after_its_department_is_the_department_s_union():
    text = news_page(
        "代表们参观了柳河建工三公司青峰项目部的职工书屋。项目工会主席柯明远介绍，项目部有六百名工人。"
    )
    assert ("柯明远", "主席", "柳河建工三公司青峰项目部工会") in first_article_positions(text)


def test_a_project_union_after_its_full_name_is_that_union():
    text = news_page("柳河建工一公司青峰项目工会为农民工送清凉。项目工会主席柯明远介绍情况。")
    assert ("柯明远", "主席", "柳河建工一公司青峰项目工会") in first_article_positions(text)


def test_a_project_union_with_no_project_named_keeps_its_printed_name():
    text = news_page("青峰区总工会开展送清凉活动。项目工会主席柯明远介绍情况。")
    assert ("柯明远", "主席", "项目工会") in first_article_positions(text)
