"""A WeChat post's source and author rows print a bar for the colon, an ASCII one or one
set off by blanks (``来源 | 某某区总工会``, ``作者 | 某某``): header fields, furniture like
``来源：…``. Read as display text the source row took the headline under the title (the
title its kicker); read after the text it closed the item as its byline, the union its
correspondent. The author's row still names the author. Invented pages."""

from __future__ import annotations

from tests.conftest import block_roles, layout_articles

TITLE = "沙湾区总工会举办职工书法培训班"
TEXT = (
    "6月12日，沙湾区总工会在区职工服务中心举办职工书法培训班，30名职工参加培训。\n"
    "培训班邀请区书法家协会副主席廖明远授课。\n"
)


def test_a_source_row_with_a_spaced_ascii_bar_under_the_title_is_furniture():
    roles = block_roles(f"{TITLE}\n来源 | 沙湾区总工会\n时间：2023-06-14\n{TEXT}")
    assert roles["来源 | 沙湾区总工会"] == "furniture"
    assert roles[TITLE] == "headline"


def test_a_source_row_with_a_spaced_full_width_bar_is_furniture():
    roles = block_roles(f"{TITLE}\n来源 ｜ 沙湾区总工会\n{TEXT}")
    assert roles["来源 ｜ 沙湾区总工会"] == "furniture"
    assert roles[TITLE] == "headline"


def test_a_source_row_closing_the_post_is_no_byline():
    page = f"{TITLE}\n{TEXT}来源 | 沙湾区总工会\n编辑 | 沈一诺\n"
    roles = block_roles(page)
    assert roles["来源 | 沙湾区总工会"] == "furniture"
    assert "byline" not in roles.values()


def test_the_colon_and_the_glued_bar_stay_furniture():
    for row in ("来源：沙湾区总工会", "来源｜沙湾区总工会"):
        roles = block_roles(f"{TITLE}\n{row}\n{TEXT}")
        assert roles[row] == "furniture"
        assert roles[TITLE] == "headline"


def test_a_title_holding_a_bar_is_still_a_title():
    # no field's key before the bar: a channel's name and the title, no header row
    page = f"工会快讯｜沙湾区职工书法班开班\n{TEXT}"
    assert "headline" in {r for r, _ in layout_articles(page)[0]}


def _built_authors(pages_dir, tmp_path, page: str) -> list[tuple[str, str]]:
    """The authors (name, role) of a page built end to end."""
    import pyarrow.parquet as pq

    from tests.built import built_activities

    built_activities(pages_dir, tmp_path, page)
    out = tmp_path / "out"
    names = {r["person_id"]: r["name"] for r in pq.read_table(out / "people.parquet").to_pylist()}
    rows = pq.read_table(out / "authors.parquet").to_pylist()
    return [(names[r["person_id"]], r["role"]) for r in rows]


def test_an_author_row_with_a_bar_names_its_author(pages_dir, tmp_path):
    authors = _built_authors(pages_dir, tmp_path, f"{TITLE}\n作者 | 沈一诺\n{TEXT}")
    assert [name for name, _ in authors] == ["沈一诺"]


def test_a_source_row_after_the_text_credits_no_body(pages_dir, tmp_path):
    page = f"{TITLE}\n{TEXT}来源 | 沙湾区总工会\n"
    assert _built_authors(pages_dir, tmp_path, page) == []
