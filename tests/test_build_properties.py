"""Property-based tests of the build: pages generated from the grammar of real pages
(``../shared/PAGE_SHAPES.md``: blank-line and line-per-paragraph pages, web copies,
printed pages with an index, digests, interleaved columns, old OCR), damaged as OCR
damages them, and mixed with garbage. Whatever the page, reading it never raises, every
row it gives passes its table's model, and every non-blank character lands in exactly
one paragraph; a folder of such pages builds into a dataset that passes its own checks.

Derandomized and bounded, so that CI runs the same examples every time.
"""

from __future__ import annotations

import hashlib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gonghui_build.pages import Page

SETTINGS = settings(
    max_examples=40,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林郑"
GIVEN = "建国立新晓峰文斌雪梅海燕志强丽华明军红伟"
DISTRICTS = ["朝阳区", "海淀区", "丰台区", "顺义区", "延庆区", "密云区", "通州区"]
BODIES = ["总工会", "工会", "女职工委员会", "职工服务中心", "建设工会"]
TITLES = ["主席", "副主席", "常务副主席", "党组书记", "工会主席", "主任"]
ACTS = ["培训班", "座谈会", "劳动竞赛", "职工运动会", "法律讲座", "慰问活动"]
VERBS = ["举办", "召开", "组织", "开展"]

name = st.builds(
    lambda s, g, n: s + "".join(g[:n]),
    st.sampled_from(SURNAMES),
    st.lists(st.sampled_from(GIVEN), min_size=2, max_size=2),
    st.integers(1, 2),
)
org = st.builds(lambda d, b: d + b, st.sampled_from(DISTRICTS), st.sampled_from(BODIES))
date = st.builds(lambda m, d: f"{m}月{d}日", st.integers(1, 12), st.integers(1, 28))
count = st.one_of(
    st.integers(1, 2000).map(str),
    st.sampled_from(["近百", "百余", "三十余", "近两万", "一百零六"]),
)
sentence = st.one_of(
    st.builds(
        lambda d, o, v, a, c: f"{d}，{o}{v}{a}，{c}名职工参加。",
        date, org, st.sampled_from(VERBS), st.sampled_from(ACTS), count,
    ),
    st.builds(
        lambda o, t, n: f"{o}{t}{n}出席并讲话。", org, st.sampled_from(TITLES), name
    ),
    st.builds(lambda n: f"{n}表示，要把服务职工的实事办好。", name),
)  # fmt: skip
paragraph = st.lists(sentence, min_size=1, max_size=4).map("".join)
headline = st.builds(
    lambda o, v, a: f"{o}{v}{a}", org, st.sampled_from(VERBS), st.sampled_from(ACTS)
)
dateline = st.builds(lambda n, p: f"本报讯（记者 {n}）{p}", name, paragraph)


def _article(head: str, lines: list[str]) -> list[str]:
    return [head, *lines]


article = st.builds(
    _article, headline, st.lists(st.one_of(dateline, paragraph), min_size=1, max_size=4)
)
web_header = st.builds(lambda n: f"2021-06-08 09:42:17 来源：京工网 作者：{n}", name)
furniture = st.sampled_from(
    ["第04版：工会", "2019年9月17日 星期二", "责任编辑：韩冬", "上接第1版", "（下转第3版）"]
)
digest = st.lists(
    st.builds(lambda b, s, n: f"{b}{s}（{n}）", st.sampled_from("▲●■△"), sentence, name),
    min_size=1, max_size=5,
).map(lambda items: ["工会动态", *items])  # fmt: skip
interleaved = st.lists(
    st.builds(lambda a, b: f"{a[:14]}   {b[:14]}", paragraph, paragraph), min_size=2, max_size=6
)
garbage = st.one_of(
    st.text(min_size=1, max_size=80),  # any unicode, control characters included
    st.text(alphabet="…—·。，、！？；：“”（）*#-", min_size=1, max_size=200),
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz ABC.,", min_size=1, max_size=200),
).map(lambda t: [t])
block = st.one_of(
    article,
    article,
    st.builds(lambda h, a: [h, *a], web_header, article),
    furniture.map(lambda f: [f]),
    digest,
    interleaved,
    garbage,
)


@st.composite
def damaged(draw, lines: list[str]) -> list[str]:
    """OCR damage: a space inside a word, a character doubled or dropped, Markdown marks,
    half-width punctuation."""
    out = []
    for line in lines:
        kind = draw(st.sampled_from(["none", "none", "space", "double", "drop", "mark", "half"]))
        i = draw(st.integers(0, max(len(line) - 1, 0)))
        if kind == "space":
            line = line[:i] + " " + line[i:]
        elif kind == "double" and line:
            line = line[:i] + line[i] + line[i:]
        elif kind == "drop" and len(line) > 1:
            line = line[:i] + line[i + 1 :]
        elif kind == "mark":
            line = draw(st.sampled_from(["# ", "## ", "**", "#### "])) + line
        elif kind == "half":
            line = line.replace("，", ",").replace("。", ".")
        out.append(line)
    return out


@st.composite
def pages(draw) -> str:
    blocks = draw(st.lists(block, min_size=1, max_size=6))
    lines = draw(damaged([line for b in blocks for line in b]))
    separator = draw(st.sampled_from(["\n", "\n\n", "\r\n", "\r\n\r\n", "\r", "\u2028", "\n\n\n"]))
    return separator.join(lines) + draw(st.sampled_from(["", "\n", "\r\n"]))


def _page(text: str) -> Page:
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    return Page(
        page_id=f"p{digest[:8]}", source_file=f"p{digest[:8]}.txt", text=text, sha256=digest
    )


@SETTINGS
@given(pages())
def test_any_page_is_read_into_valid_rows_covering_every_character(text):
    from gonghui_build.perpage import read_page

    result = read_page(_page(text))
    assert result.invalid == ()
    (page,) = result.rows["pages"].to_pylist()
    assert page["covered_chars"] == page["nonblank_chars"], text
    assert page["articles"] == result.rows["articles"].num_rows
    assert len(result.facts.articles) == page["articles"]


@settings(max_examples=3, deadline=None, derandomize=True)
@given(st.lists(pages(), min_size=2, max_size=4))
def test_a_folder_of_any_pages_builds_a_dataset_that_passes_its_checks(tmp_path_factory, texts):
    from gonghui_build.pipeline import run
    from gonghui_build.verify import verify

    folder = tmp_path_factory.mktemp("pages")
    for n, text in enumerate(texts):
        (folder / f"{n:03d}.txt").write_bytes(text.encode("utf-8", "surrogatepass"))
    out = tmp_path_factory.mktemp("out")
    summary = run(folder, out)
    assert summary.report.status != "failed", summary.report.lines()
    assert set(summary.coverage.values()) <= {1.0}
    assert verify(out / "datapackage.json") == []
