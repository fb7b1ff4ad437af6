"""A skilled worker's top ranks (首席技能大师, 技能专家) are posts at the company printed
before them, so a deputy's chain goes on past them; alone, with no body, they name no
post (weak titles). Read on three real pages of s37 (titles24). The rules for chains closed
by a described post or by a body's workers were backed out at the merge: they lowered
positions on a held-out set. Invented names and companies."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_a_chief_skills_master_in_a_deputys_chain():
    found = first_article_positions(
        news_page(
            "全国人大代表、一汽集团首席技能大师、一汽解放动力事业部发动机工厂高级技师鹿新华将赴京参会。"
        )
    )
    assert ("鹿新华", "代表", "全国人大") in found
    assert ("鹿新华", "首席技能大师", "一汽集团") in found
    assert ("鹿新华", "高级技师", "一汽解放动力事业部发动机工厂") in found


def test_a_chief_skills_expert_of_a_company():
    found = first_article_positions(news_page("南岭重工公司首席技能专家王海明带领团队攻关。"))
    assert ("王海明", "首席技能专家", "南岭重工公司") in found


def test_an_honour_before_a_trade_is_no_post():
    found = first_article_positions(news_page("全国劳动模范、南岭重工公司焊工苗建华作了发言。"))
    assert ("苗建华", "焊工", "南岭重工公司") in found
    assert {t for n, t, _ in found if n == "苗建华"} == {"焊工"}


def test_a_skills_master_alone_names_no_post():
    found = first_article_positions(
        news_page("技能大师王海明带领团队攻关，市总工会主席韩立森讲话。")
    )
    assert not any(name == "王海明" for name, _, _ in found)
