"""现 opening a chain's item after a former post (原区总工会副主席、现区劳模协会会长某某)
says the post is held now: no part of the body's name, and the chain reads on to the
former post before it; where 现 opens a word (现代, 现场) it is read as that word (ppl32)."""

from gonghui_build.extract.people.chain_bodies import present_mark
from gonghui_build.extract.people.rules import titled_names
from gonghui_build.text.tokenizer import tag_tokens


def _read(text: str) -> dict[str, list[tuple[str, str | None]]]:
    hits = titled_names(text, list(tag_tokens(text)))
    return {h.name: [(c.title, c.org_written) for c in h.claims] for h in hits}


def test_the_present_post_s_body_drops_xian() -> None:
    read = _read("近日，原区总工会副主席、现区劳模协会会长郑远山到村里调研。")
    assert read["郑远山"] == [("副主席", "区总工会"), ("会长", "区劳模协会")]


def test_the_chain_reads_on_past_a_present_post_whose_body_is_read_later() -> None:
    read = _read("近日，原湖南省总工会副主席、现自治区劳模协会会长郑远山到村里调研。")
    assert read["郑远山"][0] == ("副主席", "湖南省总工会")


def test_xian_opening_a_word_is_no_mark() -> None:
    assert present_mark("现代汽车公司", 0) is None
    assert present_mark("现场指挥部", 0) is None
    assert present_mark("现区劳模协会", 0) == "现"
