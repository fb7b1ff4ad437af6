"""An election's 工会委员会 printed bare before a title (某某当选为公司第二届工会委员会主席,
选举某某为学院第五届工会委员会主席) is the union's standing body: its chair is the union's
chair, held at the enterprise's union the article names (<enterprise>工会), not at a body
named ``工会委员会``; in an article naming no enterprise it names no body. The committee
of a named body (某公司工会委员会) is read as printed. Invented names, bodies and events."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_an_elected_chair_of_a_bare_union_committee_is_the_enterprises_union_chair():
    found = first_article_positions(
        news_page(
            "9月2日，青禾新丝路投资有限公司开过工会会员大会，选出公司第二届工会委员会。"
            "徐晓蓉当选为公司第二届工会委员会主席。"
        )
    )
    assert ("徐晓蓉", "主席", "青禾新丝路投资有限公司工会") in found
    assert not [f for f in found if f[2] == "工会委员会"]


def test_a_term_word_before_the_bare_committee_leaves_the_post_at_the_union():
    found = first_article_positions(
        news_page("5月15日，青禾建工集团举行工会换届大会。赵立华当选为本届工会委员会主席。")
    )
    assert ("赵立华", "主席", "青禾建工集团工会") in found


def test_an_election_verb_before_a_schools_union_committee():
    found = first_article_positions(
        news_page(
            "1月10日，青禾学院召开教代会。大会选举梁立华为学院第五届工会委员会主席，"
            "选举彭文杰为学院第五届工会委员会副主席。"
        )
    )
    assert ("梁立华", "主席", "青禾学院工会") in found
    assert ("彭文杰", "副主席", "青禾学院工会") in found


def test_a_bare_union_committee_in_an_article_naming_no_enterprise_names_no_body():
    found = first_article_positions(news_page("会上，工会委员会主席郑立新作了工作报告。"))
    assert ("郑立新", "主席", None) in found
    assert not [f for f in found if f[2] == "工会委员会"]


def test_the_committee_of_a_named_union_is_read_as_printed():
    found = first_article_positions(
        news_page("会上，青禾电子有限公司工会委员会主席郑立新作了工作报告。")
    )
    assert ("郑立新", "主席", "青禾电子有限公司工会委员会") in found
