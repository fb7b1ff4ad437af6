"""Credits of OCR'd and digitised pages: a name of two characters a column padded to the
width of three (``柯 文``), and a question mark an archive left after a credit's closing
bracket (``（某某）?``). Invented names and text throughout."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq

from gonghui_build.extract.bylines import parse_byline
from gonghui_build.extract.credits import bracketed_credit_start, trailing_credit
from gonghui_build.vocabulary import AuthorRole


def _names(text: str) -> list[tuple[str, str]]:
    found = parse_byline(text, AuthorRole.correspondent, end_credit=True)
    return [(a.name, a.role.value) for a in found]


def test_padded_name_whose_second_character_is_a_mark_is_one_name() -> None:
    assert _names("（申立群 柯 文）") == [
        ("申立群", "correspondent"),
        ("柯文", "correspondent"),
    ]


def test_mark_after_a_whole_name_still_closes_it() -> None:
    assert _names("本报记者 申立群 文") == [("申立群", "reporter")]
    assert ("申立群", "photographer") in _names("申立群 文/摄")


def test_question_mark_after_a_credits_bracket_leaves_the_names() -> None:
    assert _names("（甘志远 欧林）？") == [
        ("甘志远", "correspondent"),
        ("欧林", "correspondent"),
    ]
    assert _names("（甘志远）?") == [("甘志远", "correspondent")]


def test_question_mark_after_a_credit_run_into_the_text_is_found() -> None:
    text = "全厂四十名职工参加了比赛。（甘志远）?"
    assert bracketed_credit_start(text) == text.index("（")


def test_question_in_brackets_closing_a_text_is_no_credit() -> None:
    assert bracketed_credit_start("大家都在问：这笔钱谁来出（物业还是业主）？") is None


def test_padded_name_in_names_closing_a_text_is_read_whole() -> None:
    text = "厂工会副主席带队。葛 亮 闻秀芬"
    assert [n for n, _, _ in trailing_credit(text)] == ["葛亮", "闻秀芬"]
    start = text.index("葛")
    assert trailing_credit(text)[0][1:] == (start, start + 3)


def test_one_padded_name_or_spaced_words_closing_a_text_are_no_credit() -> None:
    assert trailing_credit("厂工会副主席带队。葛 亮") == []
    assert trailing_credit("字体可以调整：大 中 小") == []


def test_padded_name_closing_an_item_is_two_authors_not_one_person(
    tmp_path: Path,
) -> None:
    from gonghui_build.pipeline import run

    pages = tmp_path / "pages"
    pages.mkdir()
    page = (
        "工会简讯\n"
        "1.河东区总工会举办第二期财务人员培训班，四十名基层工会会计参加。（苗 青）\n"
        "2.江宁第三机床厂工会组织二十名劳动模范疗休养，厂工会主席裘德林带队。葛 亮 闻秀芬\n"
    )
    (pages / "p.txt").write_text(page, encoding="utf-8")
    run(pages, tmp_path / "out")
    people = {
        r["person_id"]: r["name"]
        for r in pq.read_table(tmp_path / "out" / "people.parquet").to_pylist()
    }
    authors = pq.read_table(tmp_path / "out" / "authors.parquet").to_pylist()
    credited = {people[a["person_id"]] for a in authors}
    assert {"葛亮", "闻秀芬", "苗青"} <= credited
    assert "葛亮闻秀芬" not in people.values()


def test_padded_name_joined_in_a_credit_spans_its_printed_blank() -> None:
    text = "（申立群 柯 文）"
    joined = parse_byline(text, AuthorRole.correspondent, end_credit=True)[-1]
    assert text[joined.start : joined.end] == "柯 文"
    photo = "本报记者 甘 霖/摄"
    (author,) = parse_byline(photo, AuthorRole.reporter)
    assert (author.name, photo[author.start : author.end]) == ("甘霖", "甘 霖")
