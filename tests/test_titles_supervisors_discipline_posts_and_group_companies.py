"""Posts of an enterprise's supervisors and discipline officers (监事, 纪检组长, 监察专员),
its Party and union working departments printed bare in a chain (党群工作部, 工会工作部),
a group whose own name ends in 集团公司 printed short, and a bare Party post beside a unit
head's title at an institution named before (invented names, enterprises and events)."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_supervisor_and_supervisory_commissioner_posts_in_a_chain_are_read():
    held = first_article_positions(
        news_page(
            "近日，石湾能源集团有限公司召开职代会。公司党委委员、纪委书记、监事付立博出席，"
            "公司纪委书记、监察专员赵立和主持。"
        )
    )
    assert ("付立博", "监事", "石湾能源集团有限公司") in held
    assert ("付立博", "纪委书记", "石湾能源集团有限公司") in held
    assert ("赵立和", "监察专员", "石湾能源集团有限公司") in held


def test_discipline_team_head_is_one_post_not_a_bare_team_leader():
    held = first_article_positions(
        news_page("近日，石湾能源集团有限公司召开会员大会。公司纪检组长、党组成员汪立德主持。")
    )
    assert ("汪立德", "纪检组长", "石湾能源集团有限公司") in held
    assert not any(title == "组长" for _, title, _ in held)


def test_a_bare_department_after_an_officer_is_the_enterprises_and_no_name():
    held = first_article_positions(
        news_page(
            "近日，石湾能源集团有限公司召开大会。公司党委书记韦建国、党群工作部部长吴立新、"
            "工会工作部部长孙晓明出席。"
        )
    )
    assert ("吴立新", "部长", "石湾能源集团有限公司党群工作部") in held
    assert ("孙晓明", "部长", "石湾能源集团有限公司工会工作部") in held
    assert {name for name, _, _ in held} == {"韦建国", "吴立新", "孙晓明"}


def test_a_group_named_jituan_gongsi_is_what_its_short_form_refers_to():
    held = first_article_positions(
        news_page(
            "3月5日，青禾纺织集团公司召开第三届职工代表大会。集团公司党委委员、工会主席"
            "韦海川主持会议，集团公司工会副主席吴立新作工作报告，集团公司党群部部长孙晓明出席。"
        )
    )
    assert ("韦海川", "党委委员", "青禾纺织集团公司") in held
    assert ("韦海川", "主席", "青禾纺织集团公司工会") in held
    assert ("吴立新", "副主席", "青禾纺织集团公司工会") in held
    assert ("孙晓明", "部长", "青禾纺织集团公司党群部") in held


def test_a_bare_party_post_beside_a_unit_heads_title_is_held_at_that_unit():
    held = first_article_positions(
        news_page("近日，青山市中医院召开职代会。党组书记、常务副院长韦建国主持会议。")
    )
    assert ("韦建国", "党组书记", "青山市中医院") in held
    assert ("韦建国", "常务副院长", "青山市中医院") in held


def test_a_bare_party_post_alone_stays_without_a_body():
    held = first_article_positions(
        news_page("近日，青山市中医院召开职代会。党委书记韦建国主持会议。")
    )
    assert held == {("韦建国", "党委书记", None)}


def test_a_bare_party_post_beside_the_bodys_union_post_is_held_at_the_body():
    held = first_article_positions(
        news_page("近日，青山市人民医院召开职代会。党委副书记、工会主席陈立锋主持。")
    )
    assert ("陈立锋", "党委副书记", "青山市人民医院") in held
    assert ("陈立锋", "主席", "青山市人民医院工会") in held
    held = first_article_positions(
        news_page("近日，石湾能源有限公司工会召开会员大会。党委副书记、工会主席陈立锋主持。")
    )
    assert ("陈立锋", "党委副书记", "石湾能源有限公司") in held


def test_a_bare_party_post_beside_an_industry_unions_post_stays_without_a_body():
    held = first_article_positions(
        news_page("近日，青山市教育工会召开会员大会。党委副书记、工会主席陈立锋主持。")
    )
    assert ("陈立锋", "党委副书记", None) in held
