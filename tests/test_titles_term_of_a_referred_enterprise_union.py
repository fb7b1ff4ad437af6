"""``公司第三届工会委员``: an enterprise's bare suffix (公司, 集团), a term, then the union's
post. The bare suffix refers back to the article's enterprise, so the post is held at its
union (公司工会, completed as the article's 公司工会 is), not at a bare 工会 that any
union-like name of the page (a congress's name read as a union) may take (invented
names and bodies)."""

from __future__ import annotations

from gonghui_build.extract.people.titles import parse_chain
from gonghui_build.text.tokenizer import tag_tokens
from tests.conftest import first_article_positions, news_page


def _bodies(text: str) -> list[str | None]:
    return [c.org_written for c in parse_chain(text, len(text), tag_tokens(text))]


def test_a_bare_enterprise_before_a_unions_term_names_its_union():
    assert _bodies("当选为公司第三届工会委员") == ["公司工会"]
    assert _bodies("当选为集团第三届工会委员") == ["集团工会"]
    assert _bodies("当选为公司第四届工会主席") == ["公司工会"]


def test_a_term_after_no_enterprise_is_read_as_before():
    assert _bodies("当选为第二届工会主席") == ["工会"]
    assert _bodies("当选为县总工会第十届委员会主席") == ["县总工会"]


def test_members_elected_for_a_term_are_the_enterprises_union_members():
    found = first_article_positions(
        news_page(
            "1月18日，青禾电子有限公司召开三届四次职工代表大会暨工会会员代表大会。"
            "王立新、赵春梅、孙国强三位同志当选为公司第三届工会委员。"
        )
    )
    for name in ("王立新", "赵春梅", "孙国强"):
        assert (name, "委员", "青禾电子有限公司工会") in found, name
    assert not any("代表大会" in (org or "") for _, _, org in found)
