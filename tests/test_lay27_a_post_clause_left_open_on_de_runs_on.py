"""A WeChat post sets one sentence a clause a line, and one line ends on 的 (``区某某工会
承办的`` / ``2025年某区职工技能比武`` / ``在某公司实训基地举行，``): the 的 leaves the
sentence open as a comma does, so the noun set alone on the next line and the clause
after it are still that sentence, one paragraph. Invented text in the shape of district
unions' posts (real_dev27)."""

from __future__ import annotations

from tests.conftest import layout_articles

PAGE = (
    "青禾区总工会举办职工电工技能比武\n"
    "原创 柏小禾 青禾工会 2025年06月13日 17:42 湖北\n"
    "6月11日至12日，\n"
    "由青禾区总工会主办、\n"
    "区电力工会承办的\n"
    "2025年青禾区职工电工比武\n"
    "在青禾电气公司实训基地举行，\n"
    "来自全区20家企业的60名电工同台竞技。\n"
    "比武设理论考试和实操考核两个环节。\n"
)


def test_the_noun_after_the_open_de_stays_in_the_sentence() -> None:
    (article,) = layout_articles(PAGE)
    body = [text for role, text in article if role == "body"]
    assert len(body) == 2
