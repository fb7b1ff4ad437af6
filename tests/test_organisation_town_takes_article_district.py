"""A town's or street's body printed without its district, in an article that names the
district (all names of bodies and events here are invented; places are real)."""

from gonghui_build.extract.organisations import context
from gonghui_build.text import places


def _resolved(text: str, written: str) -> str | None:
    where = context.ArticleContext(places=places.find_places(text))
    found = context.resolve(written, text.index(written), where)
    return found.name if found is not None else None


def test_a_town_federation_takes_the_one_district_the_article_names():
    text = "南海区总工会组织学员到九江镇总工会观摩职工书屋建设。"
    assert _resolved(text, "九江镇总工会") == "南海区九江镇总工会"


def test_a_street_union_of_a_park_takes_the_district_too():
    text = "相山区总工会与相南街道青枫产业园工会一起开展送清凉。"
    assert _resolved(text, "相南街道青枫产业园工会") == "相山区相南街道青枫产业园工会"


def test_a_town_is_left_as_printed_when_the_article_names_two_counties():
    text = "长兴县总工会和德清县总工会的干部走访了新塘镇总工会。"
    assert _resolved(text, "新塘镇总工会") == "新塘镇总工会"


def test_a_town_is_left_as_printed_when_the_article_names_no_county():
    text = "鳌山镇总工会为四十名环卫工人送上清凉包。"
    assert _resolved(text, "鳌山镇总工会") == "鳌山镇总工会"


def test_a_county_federation_is_not_given_the_city_the_article_names():
    text = "湖州市总工会表彰了长兴县总工会等先进集体。"
    assert _resolved(text, "长兴县总工会") == "长兴县总工会"


def test_a_bureau_whose_name_begins_like_a_town_word_is_not_placed():
    text = "南海区总工会与乡村振兴局联合开展培训。"
    assert _resolved(text, "乡村振兴局") != "南海区乡村振兴局"


def test_a_town_after_a_city_the_gazetteer_does_not_hold_is_already_placed():
    text = "南海区总工会的干部走访了青禾市东湖街道联合工会。"
    assert _resolved(text, "青禾市东湖街道联合工会") == "青禾市东湖街道联合工会"


def test_a_county_named_by_a_short_form_only_is_not_prefixed():
    text = "东湖的职工们走进锁南镇中心小学工会。"
    assert _resolved(text, "锁南镇中心小学工会") == "锁南镇中心小学工会"
