"""Posts printed before a worker described by the body they work at (全国人大代表、某公司
某车间职工某某): the chain's last item, a body and 职工, is no title, so no chain was read
and the deputy's post was lost; the posts of the chain before the separator are the
person's when held at a named body. Invented names and companies."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_a_national_deputy_before_a_workshops_worker():
    found = first_article_positions(
        news_page("全国人大代表、宝源钛业集团有限公司热轧车间职工郭文明介绍了建议。")
    )
    assert ("郭文明", "代表", "全国人大") in found


def test_a_part_time_vice_chair_who_is_a_companys_worker():
    found = first_article_positions(
        news_page("市总工会兼职副主席、南岭重工公司职工苗建华作了发言。")
    )
    assert ("苗建华", "兼职副主席", "市总工会") in found


def test_an_honour_before_the_worker_is_no_post():
    found = first_article_positions(
        news_page("全国劳动模范、南岭重工公司职工苗建华作了发言，市总工会主席韩立森讲话。")
    )
    assert not any(name == "苗建华" for name, _, _ in found)


def test_a_titled_name_before_the_worker_keeps_its_post():
    found = first_article_positions(
        news_page("市总工会副主席李明远、南岭重工公司职工苗建华参加活动。")
    )
    assert ("李明远", "副主席", "市总工会") in found
    assert not any(name == "苗建华" for name, _, _ in found)
