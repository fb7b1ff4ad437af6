"""Posts the leads of s38's review of the tuning sets found unread: the head of a
federation's funds review office (县总工会经审办主任某某: 主任 of the federation's 经审办,
as 县总工会办公室主任 is of its 办公室), a company's board secretary first in a chain
before the union's post (公司董事会秘书、工会主席某某), and a union's full-time officer
(某镇总工会专干某某, 经审专干). Near misses: the funds review committee's own head stays
the union's post, 专干 alone before a name in running text names no post, and the
office printed alone names no body. Invented bodies and people."""

from __future__ import annotations

from tests.conftest import first_article_orgs, first_article_positions, news_page


def test_the_head_of_a_federations_review_office_is_held_at_the_office():
    text = news_page("日前，浠水县总工会举办培训班。县总工会经审办主任邹玉梅讲授经费管理知识。")
    assert ("邹玉梅", "主任", "浠水县总工会经审办") in first_article_positions(text)


def test_the_review_office_with_its_federation_in_full():
    text = news_page("日前，浠水县总工会举办培训班。浠水县总工会经审办主任邹玉梅讲课。")
    positions = first_article_positions(text)
    assert ("邹玉梅", "主任", "浠水县总工会经审办") in positions
    assert ("邹玉梅", "主任", None) not in positions


def test_the_review_committees_own_head_is_unchanged():
    text = news_page("日前，浠水县总工会召开全委会。县总工会党组成员、经审会主任邹玉梅作报告。")
    positions = first_article_positions(text)
    assert not any(org and org.endswith("经审办") for _, _, org in positions)


def test_a_review_office_printed_alone_names_no_body():
    assert first_article_orgs("经审办对账目进行了审查。") == set()


def test_a_board_secretary_first_in_a_chain_before_the_unions_post():
    text = news_page(
        "日前，鄂东蓝江化工股份有限公司召开职代会。公司董事会秘书、工会主席贺立新作工会工作报告。"
    )
    positions = first_article_positions(text)
    assert ("贺立新", "董事会秘书", "鄂东蓝江化工股份有限公司") in positions
    assert ("贺立新", "主席", "鄂东蓝江化工股份有限公司工会") in positions


def test_a_board_secretary_after_the_company():
    text = news_page("日前，鄂东蓝江化工股份有限公司董事会秘书贺立新出席会议。")
    assert ("贺立新", "董事会秘书", "鄂东蓝江化工股份有限公司") in first_article_positions(text)


def test_a_chairman_of_the_board_is_unchanged():
    text = news_page("日前，鄂东蓝江化工股份有限公司董事长贺立新出席会议。")
    assert ("贺立新", "董事长", "鄂东蓝江化工股份有限公司") in first_article_positions(text)


def test_a_township_federations_full_time_officer():
    text = news_page("日前，浠水县总工会召开会议。清泉镇总工会专干邹玉梅介绍了经验。")
    assert ("邹玉梅", "专干", "浠水县清泉镇总工会") in first_article_positions(text)


def test_a_review_committees_full_time_officer_keeps_the_committee_in_the_title():
    text = news_page("日前，浠水县总工会召开会议。县总工会经审专干邹玉梅通报了审查情况。")
    assert ("邹玉梅", "经审专干", "浠水县总工会") in first_article_positions(text)


def test_a_bare_full_time_officer_in_running_text_names_no_post():
    text = news_page("日前，浠水县总工会召开会议，专干邹玉梅介绍了经验。")
    assert not any(title == "专干" for _, title, _ in first_article_positions(text))
