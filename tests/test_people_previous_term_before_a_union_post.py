"""The term said without its number before a union's post (上届工会主席某某, at a
company's election congress) is no part of the union's name: the post is held at the
company's union, and the posts elected after it are not held at a "上届工会" either
(invented names and bodies)."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page

_UNION = "青禾电子有限公司工会"


def test_the_previous_terms_chair_holds_the_chair_of_the_companys_union():
    found = first_article_positions(
        news_page(
            "6月5日，青禾电子有限公司召开2023年度工会会员代表大会。上届工会主席王立新同志"
            "主持会议。在随后举行的新一届工会委员会会议上，赵春梅同志当选为第四届工会委员会主席。"
        )
    )
    assert ("王立新", "主席", _UNION) in found
    assert ("赵春梅", "主席", _UNION) in found
    assert not any("上届" in (org or "") for _, _, org in found)


def test_a_numbered_term_before_the_union_stays_read_as_before():
    found = first_article_positions(
        news_page(
            "6月5日，青禾电子有限公司召开第二届工会会员代表大会。上一届工会主席王立新作了工作报告。"
        )
    )
    assert ("王立新", "主席", _UNION) in found


def test_the_titles_before_the_previous_terms_post_stay_in_the_chain():
    found = first_article_positions(
        news_page(
            "11月2日，青禾电子有限公司召开工会会员代表大会。会议由公司董事、总经理助理、"
            "上届工会主席周德明同志主持。"
        )
    )
    assert ("周德明", "董事", "青禾电子有限公司") in found
    assert ("周德明", "总经理助理", "青禾电子有限公司") in found
    assert ("周德明", "主席", _UNION) in found
