"""中心工作 'the central task' after 紧紧围绕 (jieba's one word of an adverb and the stop
word 围绕) names no centre, and the idiom ends the name before it; a centre's staff (某服务
中心工作人员) still end the centre's name (工作人员 itself is no post: titles.yaml not_posts,
stop 49). Invented bodies and people."""

from __future__ import annotations

from tests.conftest import first_article_orgs, first_article_positions, news_page


def test_an_idiom_of_an_adverb_and_a_stop_word_ends_a_name_before_it():
    found = first_article_orgs("公司工会紧紧围绕公司中心工作开展劳动竞赛。")
    assert not any("紧紧围绕" in name for name in found)


def test_the_central_task_of_a_company_names_no_centre():
    found = first_article_orgs("青峰机械有限公司工会紧紧围绕公司中心工作开展劳动竞赛。")
    assert found == {"青峰机械有限公司工会"}


def test_a_service_centre_s_staff_still_end_the_centre_s_name():
    text = "青峰区职工服务中心工作人员柯明远介绍了情况。"
    assert "青峰区职工服务中心" in first_article_orgs(text)
    assert not any("工作人员" in name for name in first_article_orgs(text))
    assert not any(t == "工作人员" for _, t, _ in first_article_positions(news_page(text)))
