"""A district's bodies take the city the article prints right before the district
(某市某区): its fullest printed form. All bodies here are invented; places are real."""

from gonghui_build.extract.organisations import context
from gonghui_build.text import places


def _resolved(text: str, written: str, orgs: tuple[str, ...] = ()) -> str | None:
    named = tuple((text.index(name), name) for name in orgs)
    where = context.ArticleContext(places=places.find_places(text), orgs=named)
    found = context.resolve(written, text.rindex(written), where)
    return found.name if found is not None else None


def test_a_district_committee_takes_the_city_printed_with_its_district():
    text = "周口市淮阳区第三次职工读书会开幕，区委书记到会讲话。"
    assert _resolved(text, "区委") == "周口市淮阳区委"


def test_a_district_federation_printed_alone_takes_the_city_too():
    text = "遵义市汇川区举办职工歌咏比赛。汇川区总工会负责人介绍了赛事。"
    assert _resolved(text, "汇川区总工会") == "遵义市汇川区总工会"


def test_a_district_printed_without_its_city_keeps_no_city():
    text = "淮阳区举办职工歌咏比赛，周口市总工会派员观摩，区总工会承办。"
    assert _resolved(text, "区总工会") == "淮阳区总工会"


def test_a_city_that_places_a_firm_is_not_given_to_the_district():
    text = "访佛山市顺德区美华电器有限公司工会主席，她也是顺德区总工会兼职副主席。"
    firm = "佛山市顺德区美华电器有限公司工会"
    assert _resolved(text, "顺德区总工会", (firm,)) == "顺德区总工会"


def test_the_papers_own_city_is_not_put_before_its_district():
    text = "北京市朝阳区举办职工歌咏比赛，区总工会承办。"
    assert _resolved(text, "区总工会") == "朝阳区总工会"
