"""A crew head's title after a company and the crew's trade, in a chain after a deputy's
post (全国人大代表、某公司焊工班长某某): jieba tags the trade as a verb (焊工/v) or a
verbal noun (检修/vn), which opened no unit, so the segment read no body and the weak
班长 was dropped. The trade is the crew's, printed with the title (焊工班长 at the
company, as 电工班长, a noun, already was). Invented names and companies."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_a_welders_crew_head_after_a_deputys_post():
    found = first_article_positions(news_page("区人大代表、南岭重工公司焊工班长苗建华作了发言。"))
    assert ("苗建华", "焊工班长", "南岭重工公司") in found
    assert ("苗建华", "代表", "区人大") in found


def test_a_maintenance_crew_head_after_a_national_deputys_post():
    found = first_article_positions(news_page("全国人大代表、南岭重工公司检修班长苗建华作了发言。"))
    assert ("苗建华", "检修班长", "南岭重工公司") in found


def test_an_electricians_crew_head_is_unchanged():
    found = first_article_positions(news_page("区人大代表、南岭重工公司电工班长苗建华作了发言。"))
    assert ("苗建华", "电工班长", "南岭重工公司") in found


def test_a_verb_before_a_delegates_word_makes_no_post():
    found = first_article_positions(
        news_page("市总工会组织代表王大伟参观展览，市总工会主席韩立森讲话。")
    )
    assert not any(name == "王大伟" for name, _, _ in found)
