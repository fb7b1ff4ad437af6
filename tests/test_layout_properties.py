"""Property-based tests of the layout: pages generated from the grammar of real pages.

A page is a sequence of the parts real union-news pages are made of
(``../shared/PAGE_SHAPES.md``): page labels and dates, web headers and footers, headline
indexes, kickers, headlines and dash subtitles, bylines and datelines, running text,
digest items with their credits, yearbook entry heads, captions and photo credits,
continuation markers, two columns side by side or on alternate lines, Markdown marks and
HTML tags, a text printed twice;
then damaged as OCR and copying damage pages (spaces inside words, half-width
punctuation, doubled characters, control characters, stray symbols, any line ending,
blank lines and indents), with garbage mixed in. Whatever the page:

* laying it out never raises;
* every non-blank character lies in exactly one paragraph, and no paragraph is empty;
* every repair is reversible: undoing a paragraph's repairs gives its original text, and
  the original is the page text of its pieces.

The examples are a fixed number, drawn deterministically (``derandomize``), so that CI
runs the same pages every time, in a few seconds.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gonghui_build.layout.cues import CONTROL_RE
from gonghui_build.pages import page_from_bytes
from gonghui_build.pipeline import parse_page
from gonghui_build.records.pages import covered
from gonghui_build.text.chars import is_blank
from gonghui_build.text.textedit import undo

HAN = "工会职工区总市委员会主席副代表大会召开举办培训活动劳动模范技能竞赛服务中心企业车间班组"
HAN += "北京东城海淀延庆顺义石景山新时代先进集体个人表彰慰问困难帮扶农民工快递员书屋"
NAMES = ("林晓秋", "周立新", "唐文斌", "宋雨桐", "韩冬", "王立群", "赵一鸣", "孟可欣")

han = st.text(alphabet=HAN, min_size=2, max_size=14)
name = st.sampled_from(NAMES)


@st.composite
def sentence(draw) -> str:
    clauses = draw(st.lists(han, min_size=1, max_size=4))
    return "，".join(clauses) + draw(st.sampled_from(["。", "！", "？", "；", "……", ""]))


@st.composite
def paragraph(draw) -> str:
    return "".join(draw(st.lists(sentence(), min_size=1, max_size=4)))


def _part(draw) -> list[str]:
    """The lines of one part of a page."""
    kind = draw(
        st.sampled_from(
            [
                "label", "date", "web_header", "editor", "index", "head", "byline",
                "dateline", "text", "digest", "entry", "caption", "continued", "columns",
                "markdown", "garbage", "list", "signature", "html", "alternate",
            ]
        )
    )  # fmt: skip
    text = draw(paragraph())
    if kind == "label":
        return [f"第0{draw(st.integers(1, 8))}版：{draw(han)}"]
    if kind == "date":
        return [f"20{draw(st.integers(10, 23))}年{draw(st.integers(1, 12))}月9日 星期二"]
    if kind == "web_header":
        return [f"2021-06-08 09:42:17 来源：{draw(han)}网 作者：{draw(name)}"]
    if kind == "editor":
        return [f"（责任编辑：{draw(name)}）"]
    if kind == "index":
        return draw(st.lists(han, min_size=3, max_size=6))
    if kind == "head":
        return [draw(han), draw(han), "——" + draw(han)][: draw(st.integers(1, 3))]
    if kind == "byline":
        return [f"□本报记者 {draw(name)} {draw(name)}", text]
    if kind == "dateline":
        return [f"本报讯（记者 {draw(name)}）{text}"]
    if kind == "digest":
        mark = draw(st.sampled_from("▲●■△①1"))
        return [f"{mark}{draw(sentence())}（{draw(name)}）" for _ in range(draw(st.integers(1, 4)))]
    if kind == "entry":
        return [f"【{draw(han)}】{text}"]
    if kind == "caption":
        return [f"图为{draw(han)}。{draw(name)} 摄", f"{text}{draw(name)} 摄"]
    if kind == "continued":
        return [draw(st.sampled_from(["上接第1版", "（下转第3版）"]))]
    if kind == "columns":
        return [f"{draw(han)}{draw(han)}   {draw(han)}" for _ in range(draw(st.integers(2, 6)))]
    if kind == "markdown":
        return [draw(st.sampled_from(["#", "**", "---", "***", "##  ", f"## {text}"]))]
    if kind == "list":
        return ["相关阅读", f"· {draw(han)} 2023-03-28", f"{text}……"]
    if kind == "signature":
        return [f"{draw(han)}总工会", "2023年3月1日"]
    if kind == "html":
        return [f'<p class="ql-block">{text}</p><br/>', f"<p>{draw(sentence())}</p>"]
    if kind == "alternate":  # two columns a text layer printed on alternate lines
        left, right = draw(paragraph()), draw(paragraph())
        size = draw(st.integers(6, 14))
        cut = [left[k : k + size] for k in range(0, len(left), size)]
        other = [right[k : k + size] for k in range(0, len(right), size)]
        return [line for pair in zip(cut, other, strict=False) for line in pair]
    if kind == "garbage":
        return [draw(st.text(min_size=1, max_size=30))]
    return [text]


def _damage(draw, line: str) -> str:
    """OCR and copying damage to one line."""
    damage = draw(st.sampled_from(["none", "space", "halfwidth", "doubled", "control", "indent"]))
    if damage == "space" and len(line) > 2:
        k = draw(st.integers(1, len(line) - 1))
        return line[:k] + draw(st.sampled_from([" ", "  ", "\u3000", "\t"])) + line[k:]
    if damage == "halfwidth":
        return line.replace("，", ",").replace("。", ".").replace("“", '"').replace("（", "(")
    if damage == "doubled":
        return line + "的的，，"
    if damage == "control":
        return line + draw(st.sampled_from(["\x00", "\x07", "\x1b[0m", "\x7f", "\x9b"]))
    if damage == "indent":
        return draw(st.sampled_from(["  ", "\u3000\u3000", "\t"])) + line
    return line


@st.composite
def page_text(draw) -> str:
    lines: list[str] = []
    for _ in range(draw(st.integers(1, 6))):
        lines += [_damage(draw, line) for line in _part(draw)]
    if draw(st.booleans()):
        lines += lines  # a web page rendered twice
    ending = draw(st.sampled_from(["\n", "\r\n", "\r", "\u2028", "\x85", "\n\n", "mixed"]))
    if ending == "mixed":
        endings = draw(st.lists(st.sampled_from(["\n", "\r\n", "\r", "\n\n"]), min_size=1))
        return "".join(line + endings[k % len(endings)] for k, line in enumerate(lines))
    return ending.join(lines)


PROPERTIES = settings(
    max_examples=25,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _parse(text: str):
    page = page_from_bytes("generated.txt", text.encode("utf-8"))
    return page, parse_page(page)


@PROPERTIES
@given(page_text())
def test_any_generated_page_is_laid_out_with_every_character_in_exactly_one_paragraph(text):
    page, parsed = _parse(text)
    nonblank = sum(1 for ch in page.text if not is_blank(ch))
    assert covered(page.text, parsed.paragraphs) == nonblank
    assert all(p.text.strip() for p in parsed.paragraphs)
    assert not any(CONTROL_RE.search(p.text) for p in parsed.paragraphs)
    for a in parsed.articles:
        assert any(p.article == a.index for p in parsed.paragraphs)


@PROPERTIES
@given(page_text())
def test_every_repair_of_a_generated_page_is_reversible(text):
    page, parsed = _parse(text)
    assert parsed.paragraphs or not page.text.strip()
    for p in parsed.paragraphs:
        assert undo(p.text, p.cleaned.edits) == p.cleaned.original
        assert p.cleaned.original == "\n".join(page.text[s:e] for s, e in p.pieces)
        assert len(p.cleaned.to_page) == len(p.text)
