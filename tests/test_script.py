"""Traditional pages read through a simplified view (``text.script``): same offsets,
simplified pages untouched."""

from __future__ import annotations

from pathlib import Path

from gonghui_build.text.script import is_traditional, simplified_view, to_simplified

SEEDS = sorted((Path(__file__).parents[1] / "seeds").glob("*.txt"))


def test_traditional_text_is_read_in_simplified_characters_at_the_same_offsets():
    text = "（記者 龐嘉禾）市總工會召開全委會議。\n責任編輯：黃曉婷\n劉安 攝"
    view = simplified_view(text)
    assert len(view) == len(text)
    assert view == "（记者 庞嘉禾）市总工会召开全委会议。\n责任编辑：黄晓婷\n刘安 摄"
    assert all(a == b for a, b in zip(text, view, strict=True) if not a.strip() or a in "（）：。")


def test_a_simplified_page_is_read_exactly_as_it_is():
    assert SEEDS
    for path in SEEDS:
        text = path.read_text("utf-8")
        assert not is_traditional(text)
        assert simplified_view(text) is text


def test_a_few_variant_characters_do_not_make_a_page_traditional():
    text = "区总工会召开职工代表大会，审议通过了工作报告。" * 5 + "乾隆年间的著名故事。"
    assert not is_traditional(text)
    assert simplified_view(text) == text


def test_conversion_never_changes_the_length_of_a_text():
    for text in ("乾隆後來鬥爭", "台灣遊戲麪", "「引號」與『書名』"):
        assert len(to_simplified(text)) == len(text)


def test_a_traditional_page_is_read_in_simplified_characters_as_a_recorded_repair():
    from gonghui_build.pages import page_from_bytes
    from gonghui_build.pipeline import parse_page
    from gonghui_build.text.textedit import undo

    text = "臨江市總工會慰問環衛工人\n（記者 龐嘉禾）市總工會副主席歐陽靜宜帶隊走訪慰問。\n"
    parsed = parse_page(page_from_bytes("trad.txt", text.encode("utf-8")))
    headline = next(p for p in parsed.paragraphs if p.role == "headline")
    assert headline.text == "临江市总工会慰问环卫工人"
    assert {e.kind for e in headline.cleaned.edits} == {"traditional_simplified"}
    assert undo(headline.text, headline.cleaned.edits) == "臨江市總工會慰問環衛工人"


def test_a_simplified_page_gets_no_script_repair():
    from gonghui_build.pages import page_from_bytes
    from gonghui_build.pipeline import parse_page

    text = "临江市总工会慰问环卫工人\n（记者 庞嘉禾）市总工会副主席欧阳静宜带队走访慰问。\n"
    parsed = parse_page(page_from_bytes("simple.txt", text.encode("utf-8")))
    kinds = {e.kind for p in parsed.paragraphs for e in p.cleaned.edits}
    assert parsed.paragraphs and "traditional_simplified" not in kinds


def test_pinyin_a_mirror_site_glossed_after_characters_is_removed_as_a_repair():
    from gonghui_build.pages import page_from_bytes
    from gonghui_build.pipeline import parse_page
    from gonghui_build.text.textedit import undo

    text = (
        "臨江市總工會(huì)慰問(wèn)環衛工人\n市總工會(huì)副主席歐陽靜宜帶隊走訪(fǎng)慰問(wèn)。\n"
    )
    parsed = parse_page(page_from_bytes("glossed.txt", text.encode("utf-8")))
    texts = [p.text for p in parsed.paragraphs]
    assert "市总工会副主席欧阳静宜带队走访慰问。" in texts
    for p in parsed.paragraphs:
        assert undo(p.text, p.cleaned.edits) == p.cleaned.original
    kinds = {e.kind for p in parsed.paragraphs for e in p.cleaned.edits}
    assert "pinyin_gloss_removed" in kinds


def test_latin_words_in_brackets_are_no_pinyin_gloss():
    from gonghui_build.text.script import PINYIN_GLOSS_RE

    assert not PINYIN_GLOSS_RE.search("职工服务中心(APP)上线，工会(union)活动")
    assert PINYIN_GLOSS_RE.findall("工會(huì)與(yǔ)") == ["(huì)", "(yǔ)"]
