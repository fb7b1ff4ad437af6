"""Bodies the grammar of names reads in shapes of real union-news pages: a Party
committee's commissions and offices by their short names, a company's brand of two
characters jieba cuts into function words (all names, places and people here are
invented)."""

from gonghui_build.extract.organisations.grammar import find_org_spans


def _names(text: str) -> list[tuple[str, str]]:
    return [(s.written, s.type.value) for s in find_org_spans(text)]


def test_a_political_legal_commission_by_its_short_name_is_a_party_body():
    names = _names("2月3日,区政法委副书记柳青山和区总工会副主席范思远来到企业。")
    assert names == [("区政法委", "party_body"), ("区总工会", "union_federation")]
    assert _names("桐川县委政法委员会召开会议。") == [("桐川县委政法委员会", "party_body")]


def test_a_civilisation_office_among_co_organisers_is_a_body():
    names = [n for n, _ in _names("市总工会联合市妇联、市文明办、团市委举办联谊活动。")]
    assert "市文明办" in names and "市妇联" in names


def test_a_two_character_brand_cut_into_adverbs_stays_in_the_company_s_name():
    names = [n for n, _ in _names("走访了桐川玉都旅游服务有限公司、河南亦都文化传媒有限公司。")]
    assert "河南亦都文化传媒有限公司" in names
    assert not any(n in ("旅游服务有限公司", "文化传媒有限公司") for n in names)


def test_an_adverb_and_a_verb_after_a_place_open_no_brand():
    names = [n for n, _ in _names("河南也有旅游服务有限公司参加。")]
    assert not any(n.startswith("河南") for n in names)
