"""A table of winners (序号 姓名 单位 职务) whose rows are parted by wide blanks is a
table though a row leaves a cell empty (no post printed, or no unit): that row parts one
cell fewer than the others, and its winner is a person as the others are. A short line
of two cells under the table is no row of it. Invented names and rows (s40, people24)."""

from __future__ import annotations

from tests.conftest import page_facts


def _people(rows: str) -> list[str]:
    text = (
        "2024年全市职工技能大赛获奖名单\n\n本报讯 11月5日，某市职工职业技能大赛落下帷幕，"
        "现将获奖名单公布如下。\n序号　姓名　单位　职务\n" + rows
    )
    return sorted({p.name for a in page_facts(text).articles for p in a.people})


def test_winners_of_rows_with_an_empty_cell_are_people():
    rows = (
        "1　宋志远　长治钢铁集团　焊工\n"
        "2　马晓丽　长治市供电公司　\n"
        "3　何建新　　电工\n"
        "长治市总工会\n"
    )
    assert _people(rows) == ["何建新", "宋志远", "马晓丽"]


def test_a_full_table_is_read_as_before():
    rows = (
        "1　宋志远　长治钢铁集团　焊工\n"
        "2　马晓丽　长治市供电公司　电工\n"
        "3　何建新　长治市公交公司　驾驶员\n"
        "长治市总工会\n"
    )
    assert _people(rows) == ["何建新", "宋志远", "马晓丽"]


def test_a_numbered_rows_winner_holds_the_post_at_the_unit_of_the_row():
    rows = "1　宋志远　长治钢铁集团　焊工\n2　马晓丽　长治市供电公司　电工\n3　何建新　长治市公交公司　驾驶员\n"
    text = (
        "2024年全市职工技能大赛获奖名单\n\n本报讯 11月5日，某市职工职业技能大赛落下帷幕，"
        "现将获奖名单公布如下。\n序号　姓名　单位　职务\n" + rows
    )
    held = {
        (q.name, q.title, q.org_written) for a in page_facts(text).articles for q in a.positions
    }
    assert ("宋志远", "焊工", "长治钢铁集团") in held
    assert ("何建新", "驾驶员", "长治市公交公司") in held


def test_a_count_glued_to_a_word_is_no_row_number():
    text = "某市简讯\n\n本报讯 3名职工代表 长治钢铁集团 焊工\n"
    assert [p.name for a in page_facts(text).articles for p in a.people] == []
