"""An enterprise's units printed without it and with no post after them: branch works in
a list (氯碱分厂、合成分厂和热电分厂, jieba tagging the trade as a verb), a branch after
the group it refers back to (该集团电解分厂), departments' and workshops' unions listed
after the enterprise's union (炼铁部工会、热轧部工会、装配车间工会). A branch works
printed right after its group (某化工集团合成分厂) read on from the group's name added an
organisation on a held-out set at stop 49 and was backed out. Near misses: a
verb before a branch at a clause's head (，设立分公司), words that hold the ending
(干部工会, 俱乐部), determiners and counts (各车间工会, 两个分厂), and no enterprise named
before. Invented bodies and people."""

from __future__ import annotations

from tests.conftest import first_article_orgs, first_article_resolved

_COMPANY = "四川青岚化工股份有限公司举办“安康杯”安全知识竞赛。"
_UNION = "江岭钢铁集团有限公司工会举行金秋助学金发放仪式。"


def test_branch_works_in_a_list_are_the_enterprises():
    found = first_article_resolved(
        _COMPANY + "氯碱分厂、合成分厂、热电分厂和检修分厂各派出一支代表队。"
    )
    expected = {f"四川青岚化工股份有限公司{u}分厂" for u in ("氯碱", "合成", "热电", "检修")}
    assert expected <= found


def test_branch_works_after_the_group_referred_back_to():
    found = first_article_resolved(
        "宁夏宏川化工集团有限公司召开表彰会。该集团电解分厂、铸造分厂的班组受到表彰。"
    )
    assert {"宁夏宏川化工集团有限公司电解分厂", "宁夏宏川化工集团有限公司铸造分厂"} <= found


def test_a_later_branch_is_the_groups_not_the_first_branchs():
    found = first_article_resolved(
        "宁夏宏川化工集团合成分厂荣获全区工人先锋号。铸造分厂、动力分厂也受到表彰。"
    )
    assert "宁夏宏川化工集团铸造分厂" in found
    assert not any(name.startswith("宁夏宏川化工集团合成分厂铸造") for name in found)


def test_department_and_workshop_unions_listed_after_the_enterprises_union():
    found = first_article_orgs(_UNION + "炼铁部工会、热轧部工会和装配车间工会负责人参加仪式。")
    assert {"炼铁部工会", "热轧部工会", "装配车间工会"} <= found


def test_a_verb_before_a_branch_at_a_clauses_head_stays_the_sentences():
    found = first_article_orgs(_COMPANY + "今年，设立分公司三家。")
    assert not any(name.endswith("分公司") and "设立" in name for name in found)
    found = first_article_orgs(_COMPANY + "公司决定，扩建分厂。")
    assert not any(name.endswith("分厂") for name in found)


def test_words_that_hold_the_ending_name_no_unit():
    found = first_article_orgs(_UNION + "干部工会意识增强，俱乐部工会活动丰富。")
    assert not {"干部工会", "俱乐部工会", "乐部工会"} & found


def test_determiners_and_counts_name_no_unit():
    found = first_article_orgs(_UNION + "各车间工会、两个分厂和有关部工会参加仪式。")
    assert not any(name.endswith(("车间工会", "分厂", "部工会")) for name in found)


def test_no_enterprise_named_before_leaves_the_units_unread():
    found = first_article_orgs("近日，氯碱分厂、合成分厂各派出一支代表队参赛。")
    assert not {"氯碱分厂", "合成分厂"} & found


def test_a_numbered_branch_works_jieba_glues_to_its_numeral():
    found = first_article_resolved(
        "内蒙古北岭重工装备有限公司承办全市电工技能竞赛。该公司二分厂、三分厂的选手包揽前三名。"
    )
    assert {"内蒙古北岭重工装备有限公司二分厂", "内蒙古北岭重工装备有限公司三分厂"} <= found
