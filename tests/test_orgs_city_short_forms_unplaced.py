"""A city's short forms (市总工会, 市委) on pages from outside the paper's city (issue
10): read in the place the page shows (a paper's name such as 某某日报 counts), and kept
as printed, marked unplaced, where the page shows none, never guessed to be Beijing; the
paper's own city stays the default on a page that names it. Text and people are
invented; the places are real places of China, as the reference data holds them."""

from __future__ import annotations

from gonghui_build.extract.organisations.context import ArticleContext, resolve
from gonghui_build.vocabulary import ResolvedBy
from tests.conftest import page_facts


def resolved(text):
    """(printed, resolved name, how) of every organisation mention of a page."""
    facts = page_facts(text)
    return {
        (o.name_as_written, o.resolved.name, o.resolved.resolved_by)
        for a in facts.articles
        for o in a.orgs
    }


def test_a_city_body_on_a_page_that_shows_no_place_is_kept_as_printed_and_unplaced():
    found = resolved("3月5日上午，市总工会举办女职工插花活动，市总工会副主席周晓岚出席。")
    assert ("市总工会", "市总工会", ResolvedBy.unplaced) in found
    assert not any(name.startswith("北京") for _, name, _ in found)


def test_a_city_committee_on_a_page_that_shows_no_place_is_not_beijings():
    found = resolved("会议传达了市委全会精神，市政府与市总工会联席会随后召开。")
    assert ("市委", "市委", ResolvedBy.unplaced) in found
    assert ("市政府", "市政府", ResolvedBy.unplaced) in found


def test_a_city_papers_name_places_the_city_bodies_of_its_page():
    text = "来源：宜宾日报\n\n5月8日，市总工会召开全委会议，市委常委吴德华出席。"
    found = resolved(text)
    assert ("市总工会", "宜宾市总工会", ResolvedBy.context) in found
    assert ("市委", "宜宾市委", ResolvedBy.context) in found


def test_a_paper_credited_at_the_end_places_the_article():
    found = resolved("昨日，市总工会女职工委员会召开全委会议。（遂宁日报）")
    assert ("市总工会女职工委员会", "遂宁市总工会女职工委员会", ResolvedBy.context) in found


def test_a_page_naming_the_papers_city_keeps_the_papers_city_for_its_city_bodies():
    found = resolved("北京职工文化节开幕。\n\n6月2日，市总工会在劳动人民文化宫举办开幕式。")
    assert ("市总工会", "北京市总工会", ResolvedBy.alias) in found


def test_a_page_naming_one_of_the_papers_districts_reads_its_city_bodies_there():
    found = resolved("海淀区职工运动会举行\n\n本次运动会由市总工会指导。")
    assert any(w == "市总工会" and n == "北京市总工会" for w, n, _ in found)


def test_an_unplaced_page_context_names_no_city_but_an_article_read_alone_is_the_papers():
    page = ArticleContext(whole_page=True)
    on_page = resolve("市总工会", 0, ArticleContext(page=page))
    assert on_page.name == "市总工会" and on_page.resolved_by == ResolvedBy.unplaced
    assert resolve("市总工会", 0, ArticleContext()).name == "北京市总工会"


def _page(name, text):
    from gonghui_build.extract.page import extract_page
    from gonghui_build.pages import page_from_bytes
    from gonghui_build.parsed import parse_page

    return extract_page(parse_page(page_from_bytes(name, text.encode())))


def test_an_unplaced_city_body_is_merged_into_no_full_name_and_given_no_parent():
    from gonghui_build.resolve import resolve_identities

    pages = [
        _page("a.txt", "4月2日，市总工会为环卫工人送去慰问品。"),
        _page("c.txt", "来源：宜宾日报\n\n宜宾市总工会举办职工运动会。"),
    ]
    identity = resolve_identities(pages).organisations
    unplaced = [o for o in identity.organisations if o.name == "市总工会"]
    assert len(unplaced) == 1 and unplaced[0].parent_id is None
    assert identity.id_of("市总工会") not in identity.merged
    assert identity.id_of("市总工会") != identity.id_of("宜宾市总工会")
