"""Bylines as real pages print them (invented names)."""

from __future__ import annotations

from gonghui_build.extract.bylines import parse_byline
from tests.conftest import page_facts


def _authors(lines: list[str]):
    """The authors of the first article of a page of ``lines``."""
    return page_facts("\n".join(lines)).articles[0].authors


def test_a_byline_printed_without_spaces_splits_at_each_role_word():
    found = [
        (a.name, a.role.value, a.title) for a in parse_byline("某网讯（记者吴立新通讯员韦海川）")
    ]
    assert found == [("吴立新", "reporter", None), ("韦海川", "correspondent", None)]


def test_a_header_key_after_the_authors_is_no_author():
    lines = [
        "青禾县工会第五次代表大会召开",
        "作者：吴立新 韦海川 来源：本站原创 发布时间：2020-09-27 17:24:58",
        "9月26日，青禾县工会第五次代表大会召开。县委书记丁一鸣出席会议并讲话。",
    ]
    authors = _authors(lines)
    assert {"吴立新", "韦海川"} <= {a.name for a in authors}
    assert "来源" not in {a.name for a in authors}


def test_a_credit_with_role_words_run_into_the_texts_end_is_a_byline():
    lines = [
        "现场传艺",
        "10月9日，在青峰煤矿技能大讲堂上，一线创客邵鸣远正在讲解故障实例。"
        "本报记者 柯望川 本报通讯员 沈立舟 蒲晓彤 摄",
    ]
    article = page_facts("\n\n".join(lines)).articles[0]
    assert {"柯望川", "沈立舟", "蒲晓彤"} <= {a.name for a in article.authors}
    people = {p.name for p in article.people}
    assert "邵鸣远" in people
    assert not people & {"柯望川", "沈立舟", "蒲晓彤"}


def test_a_photographer_credited_under_two_photos_is_one_author():
    lines = [
        "职工书屋迎来新读者",
        "本报讯 5月8日，某区总工会在滨河职工之家举办读书分享会，区总工会副主席曹文静出席。",
        "图为职工在书屋阅读。 孟立山 摄",
        "活动现场还设置了图书漂流角。",
        "图为职工交换图书。 孟立山 摄",
    ]
    authors = _authors(lines)
    credits = [(a.name, a.role.value) for a in authors]
    assert credits == [("孟立山", "photographer")]
    assert authors[0].span.page_start < len(lines[0]) + len(lines[1]) + len(lines[2]) + 3


def test_a_mark_glued_to_the_name_it_closes_is_split_off():
    reported = parse_byline("本报讯 记者柯望川报道")
    assert [(a.name, a.role.value) for a in reported] == [("柯望川", "reporter")]
    photographed = parse_byline("记者蒲晓彤摄")
    assert [(a.name, a.role.value) for a in photographed] == [("蒲晓彤", "photographer")]
    spaced = parse_byline("记者 沈立舟 报道")
    assert [(a.name, a.role.value) for a in spaced] == [("沈立舟", "reporter")]


def test_a_header_author_value_with_role_words_reads_as_a_byline():
    lines = [
        "青禾县职工技能比武开赛",
        "来源：青禾晚报  作者：通讯员 韦海川 记者 吴立新  编辑：邵鸣远",
        "5月8日，青禾县职工技能比武在县体育馆开赛，两百余名职工参赛。",
    ]
    authors = _authors(lines)
    found = {(a.name, a.role.value) for a in authors}
    assert found == {("韦海川", "correspondent"), ("吴立新", "reporter")}


def test_a_header_author_value_ending_with_a_photo_mark_is_a_photographer():
    lines = [
        "青禾县工会送清凉",
        "2020-06-12 09:40:05  来源：青禾新闻网  作者： 见习记者 吴立新 摄",
        "昨日，青禾县总工会走访一线职工，送去防暑饮料。",
    ]
    authors = _authors(lines)
    assert [(a.name, a.role.value) for a in authors] == [("吴立新", "photographer")]
