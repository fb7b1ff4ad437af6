"""A doctor's or a nurse's deputy senior grade (副主任医师, 副主任护师) is one title, as
the senior grade (主任医师) is: printed after a hospital's clinical department (某医院
眼科副主任医师某某), the department is the body the post is held at, not part of the
post. Text and people are invented."""

from __future__ import annotations

from tests.conftest import page_posts as posts


def test_a_deputy_senior_doctor_after_a_department_holds_the_post_there():
    found = posts("讲座上，德阳市第三人民医院眼科副主任医师冯佳慧讲解了用眼卫生知识。")
    assert ("冯佳慧", "副主任医师", "德阳市第三人民医院眼科") in found


def test_a_deputy_senior_nurse_after_a_department_holds_the_post_there():
    found = posts("义诊中，南充市中心医院急诊科副主任护师龚晓梅为职工测量血压。")
    assert ("龚晓梅", "副主任护师", "南充市中心医院急诊科") in found


def test_an_offices_deputy_head_is_still_its_deputy_head():
    found = posts("市总工会办公室副主任柏文涛主持座谈会。")
    assert ("柏文涛", "副主任", "市总工会办公室") in found
