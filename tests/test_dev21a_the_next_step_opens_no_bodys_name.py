"""``下一步`` ('the next step') run on before a plan's subject with no comma (``下一步区总工会
还将…``), as a post set in phrase lines prints it once its lines are joined. Read on
real_dev22: jieba cuts 下|一步 and the walk to the left of ``区总工会`` took 一步 for a
district's name (``一步区总工会``). Invented sentences."""

from __future__ import annotations

from tests.conftest import first_article_orgs


def test_the_next_step_is_no_part_of_the_unions_name():
    orgs = first_article_orgs("下一步区总工会还将于8月在区职工之家举办培训班。")
    assert "区总工会" in orgs
    assert not any(name.startswith("一步") for name in orgs)


def test_a_named_district_before_the_union_is_kept():
    assert "青禾区总工会" in first_article_orgs("下一步，青禾区总工会还将举办培训班。")
