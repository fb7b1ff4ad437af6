"""A state farm or ranch (某某农场, 某某牧场) is a company and a vocational school (某某技校,
某某职业中专, 某某职校) a school: neither suffix was known, so a contest held at a farm
and the school a model worker finished were lost (tuning gold of real_dev14 lists both).
Alone (农场职工, 中专学历, 技校毕业) they name no body. Seen on real pages of farm unions
visited and relieved by district unions, farm unions' own news, a county contest held at
the county's vocational school and a province's technical school's worker honoured
(s49 orgs33). Farms, schools and people are invented."""

from __future__ import annotations

from tests.conftest import first_article_positions, first_article_resolved, news_page


def test_a_contest_held_at_a_farm_names_the_farm():
    assert "青岭农场" in first_article_resolved("8月5日，县总工会在青岭农场举办安全知识竞赛。")


def test_a_ranch_visited_is_a_body():
    assert "白石牧场" in first_article_resolved("区总工会到白石牧场慰问一线职工。")


def test_a_farms_deputy_head_holds_his_post_there():
    text = "青岭农场副场长程立民代表农场接受慰问。"
    assert ("程立民", "副场长", "青岭农场") in first_article_positions(news_page(text))


def test_a_technical_school_a_worker_finished_is_a_body():
    assert "江东电力技校" in first_article_resolved("2001年，他从江东电力技校毕业。")


def test_a_vocational_secondary_school_where_a_contest_sat():
    assert "安平县职业中专" in first_article_resolved("技能大赛在安平县职业中专举行。")


def test_farms_and_schools_alone_name_no_body():
    assert not first_article_resolved("农场职工们拿到了慰问品。")
    assert not first_article_resolved("他中专毕业后进厂当学徒。")
    assert not first_article_resolved("技校毕业的年轻人成了技术骨干。")
