"""A credit row that keys an item's writers beside its editors, reviewers or source on
one line (``（撰稿：某某　审核：某某）``, ``文字：某某 摄影：某某 编辑：某某``,
``拟稿人：某某 核稿人：某某 来源：某工会``) is furniture for its editor's or source's field,
but its writers are the item's authors; the editors, reviewers and sources are not.
Shapes read in session 37 on union sites' and enterprise unions' news (a district union's
closing field row, a county media centre's credit stack); invented text."""

from __future__ import annotations

from tests.conftest import page_facts

ITEM = (
    "公司工会开展安康杯知识竞赛\n"
    "6月18日，青禾能源公司工会举办“安康杯”安全知识竞赛，8支代表队参赛。\n"
    "竞赛分必答题、抢答题和风险题三个环节，检修分公司代表队获得一等奖。\n"
)


def _authors(text: str) -> set[tuple[str, str]]:
    return {(a.name, a.role.value) for art in page_facts(text).articles for a in art.authors}


def test_a_writer_keyed_beside_a_reviewer_in_brackets_is_the_author() -> None:
    assert _authors(ITEM + "（撰稿：祁文静　审核：邵明辉）\n") == {("祁文静", "author")}


def test_text_and_photo_credits_beside_an_editor_give_reporter_and_photographer() -> None:
    found = _authors(ITEM + "文字：柯雨萌 摄影：邹一鸣 编辑：石 磊\n")
    assert found == {("柯雨萌", "reporter"), ("邹一鸣", "photographer")}


def test_a_correspondent_keyed_with_a_colon_beside_an_editor() -> None:
    assert _authors(ITEM + "（通讯员：孙婉清 编辑：黄宇航）\n") == {("孙婉清", "correspondent")}


def test_a_drafter_beside_the_checker_and_the_source_is_the_author() -> None:
    found = _authors(ITEM + "拟稿人：阎秋月   核稿人：孔德明   来源：青禾区总工会\n")
    assert found == {("阎秋月", "author")}


def test_a_row_of_source_editor_and_reviewer_names_no_author() -> None:
    row = "来  源：区总工会\n编  辑：韦晓琳\n校  对：叶宏斌\n审  核：龚丽娜\n"
    assert _authors(ITEM + row) == set()
    assert _authors(ITEM + "来源：区总工会 编辑：韦晓琳 审核：龚丽娜\n") == set()


def test_a_yearbooks_writer_credit_alone_under_its_entries_is_still_no_author() -> None:
    page = (
        "青禾市总工会\n"
        "【职工帮扶】 全年市总工会职工服务中心接待来访职工六千八百余人次，"
        "发放困难职工生活救助金三百二十万元。\n"
        "【金秋助学】 8月25日，市总工会举行“金秋助学”金发放仪式，资助困难职工子女二百零六人。\n"
        "（撰稿：易文斌）\n"
        "上一篇：共青团青禾市委员会　　下一篇：青禾市妇女联合会\n"
    )
    assert ("易文斌", "author") not in _authors(page)
