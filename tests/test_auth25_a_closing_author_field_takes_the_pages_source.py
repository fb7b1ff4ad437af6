"""A portal posting a union's item names the source in the header row over the text
(``来源：某区总工会``) and the writer in a field row closing it (``（作者：某某 编辑：某某
审核：某某）``). The writer's row names no source of its own, so its 作者 was read as a
news outlet's reporter; a union's own writer is an author (ANNOTATION.md: `作者：` on a
union's own item, real_dev24). The row takes the source the page's header names; a
paper's or a site's source keeps the reporter. Invented names and bodies."""

from __future__ import annotations

from tests.conftest import page_authors


def _page(source: str) -> str:
    return (
        "青禾区人民政府网\n"
        "您现在的位置：首页 > 部门动态 > 区总工会\n"
        "青禾区总工会为86名农民工追回欠薪\n"
        f"来源：{source}  时间：2025-02-07 16:20  【大 中 小】\n"
        "去年12月，在青禾区一处工地务工的86名农民工找到区总工会，反映被拖欠工资。\n"
        "经过多轮协商，施工方向86名农民工支付工资共计120万元。\n"
        "（作者：岑雨桐 编辑：卢一帆 审核：祝明远）\n"
    )


def test_a_closing_author_field_under_a_unions_item_is_its_author() -> None:
    assert ("岑雨桐", "author") in page_authors(_page("青禾区总工会"))


def test_under_a_papers_item_it_stays_a_reporter_and_the_editors_are_no_authors() -> None:
    authors = page_authors(_page("青禾日报"))
    assert ("岑雨桐", "reporter") in authors
    assert not {name for name, _ in authors} & {"卢一帆", "祝明远"}
