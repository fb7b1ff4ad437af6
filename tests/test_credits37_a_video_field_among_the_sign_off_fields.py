"""A post's sign-off row that credits the video too (``文字：某某 摄影：某某 视频：某某``,
``剪辑：某某``): the video's key was no key the reader knew, so the row was not all fields
and its writer and photographer were lost. Who shot or cut the video is no author of the
text (a production credit, as ``编导`` and ``配音`` are); the others keep their roles.
Invented names (session 40, credits37)."""

from __future__ import annotations

from tests.conftest import layout_roles, page_facts

PAGE = (
    "城关区总工会开展夏送清凉慰问活动\n"
    "7月15日，城关区总工会主席赵德明带队走访建筑工地，为200余名一线职工送去防暑降温物资。\n"
    "慰问组一行还来到环卫站，与环卫工人亲切交谈，叮嘱他们注意防暑。\n"
)


def _authors(rows: str) -> set[tuple[str, str]]:
    facts = page_facts(PAGE + rows + "\n")
    return {(a.name, a.role.value) for art in facts.articles for a in art.authors}


def test_a_video_field_after_the_writer_and_the_photographer() -> None:
    assert _authors("文字：马晓丽 摄影：韩卫东 视频：周文涛") == {
        ("马晓丽", "reporter"),
        ("韩卫东", "photographer"),
    }


def test_a_cutters_field_on_a_row_of_its_own() -> None:
    assert _authors("文字：马晓丽\n剪辑：周文涛\n编辑：刘佳怡") == {("马晓丽", "reporter")}


def test_the_row_without_a_video_field_is_as_before() -> None:
    assert _authors("文字：马晓丽 摄影：韩卫东") == {
        ("马晓丽", "reporter"),
        ("韩卫东", "photographer"),
    }


def test_a_caption_about_a_video_stays_a_body_line() -> None:
    line = "活动当天，工会还为职工们播放了一段安全生产视频：工地上的十个瞬间。"
    roles = layout_roles(PAGE + line + "\n")
    assert roles[line][0] == "body"
