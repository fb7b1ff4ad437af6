"""A site's footer under its own copy, read in session 24 (invented pages in the shapes of
a provincial portal's city channel, a county-level city's news site and a national
portal): the reprint terms (``本文为某某网原创文章，转载请附上…``) and a
copyright line opening with the owner's claim (``版权所有 某某中心 … 电子邮件：…``) are
furniture, never an item of their own; a news sentence that only mentions reprinting or
rights stays the article's text."""

from __future__ import annotations

from gonghui_build.layout.furniture import furniture_kind
from tests.conftest import layout_roles

REPRINT_TERMS = "本文为青禾新闻网原创文章，如需转载请附上作者和出处。"
COPYRIGHT_FOOTER = (
    "版权所有 青禾县融媒体中心（青禾报社） 网络文化经营许可证：青网文〔2025〕0123号 "
    "电子邮件：qinghe@example.com"
)

PAGE = (
    "青禾县总工会为建筑工人送清凉\n"
    "青禾新闻网7月9日讯（通讯员 柏云舟）7月8日，青禾县总工会走进三处建筑工地，为一线职工送去绿豆、毛巾和防暑药品。\n"
    "县总工会副主席宁远方说，送清凉活动将持续到八月底，覆盖全县四十余个项目工地。\n"
    f"{REPRINT_TERMS}\n"
    f"{COPYRIGHT_FOOTER}\n"
)


def test_site_reprint_terms_under_its_own_copy_are_furniture():
    roles = layout_roles(PAGE)
    assert roles[REPRINT_TERMS] == ("furniture", None)
    assert furniture_kind(REPRINT_TERMS) is not None


def test_copyright_footer_opening_with_the_owners_claim_is_furniture():
    roles = layout_roles(PAGE)
    assert roles[COPYRIGHT_FOOTER] == ("furniture", None)
    assert {article for _, article in roles.values() if article is not None} == {0}


def test_a_news_sentence_on_reprints_without_the_sites_claim_is_no_footer():
    sentence = "市总工会提醒各基层工会，网上转发职工风采作品时，转载请附上作者姓名和来源。"
    assert furniture_kind(sentence) is None
    roles = layout_roles(PAGE.replace(REPRINT_TERMS, sentence))
    assert roles[sentence] == ("body", 0)


def test_rights_named_inside_a_sentence_do_not_open_a_footer():
    sentence = "该厂职工发明的节能阀门已申请专利，厂方与发明人约定版权所有归双方共有。"
    assert furniture_kind(sentence) is None
