"""An award list prints where a worker's post is held down to a department or a section
of the enterprise (某公司质检部值班调度长某某, 某集团有限公司研发测试部样机线班长、高级技师
某某): the post is held at that department, as a hospital's 某医院急诊科护士长 is, even
where unit and post together are longer than a post alone. Invented names and bodies."""

from __future__ import annotations

from tests.conftest import first_article_positions


def test_a_post_after_an_enterprises_department_is_held_at_the_department():
    text = (
        "本报讯 4月29日，从市总工会获悉，3名个人获全国五一劳动奖章。"
        "青禾实业有限公司质检部值班调度长何立新获此殊荣。\n"
    )
    found = first_article_positions(text)
    assert ("何立新", "值班调度长", "青禾实业有限公司质检部") in found


def test_a_list_of_posts_after_a_department_opens_with_the_departments_post():
    text = (
        "本报讯 4月28日，3名个人获全国五一劳动奖章。"
        "青禾化工集团有限公司研发测试部样机线班长、高级技师王小锐名列其中。\n"
    )
    found = first_article_positions(text)
    assert ("王小锐", "样机线班长", "青禾化工集团有限公司研发测试部") in found
    assert ("王小锐", "高级技师", "青禾化工集团有限公司") in found
