"""A survey and design institute (某某勘察设计院集团有限公司, 某某综合勘察设计研究院, 某省
地质工程勘察院) and a labour inspection team (某市劳动保障监察支队, 某区…大队): jieba reads
勘察 and 保障 as verbs, and the walk stopped there, cutting the names to 设计院集团有限公司
工会 or losing them, and the post of the team's head went to a bare 监察大队. The trade's
fixed terms (``name_compounds``: 勘察设计, 工程勘察, 劳动保障监察) now keep them. Near
misses: the verbs in a sentence still end a name. Invented bodies and people."""

from __future__ import annotations

from tests.conftest import first_article_orgs, first_article_positions, news_page


def test_a_survey_and_design_groups_union_is_read_whole():
    found = first_article_orgs("中铁第九勘察设计院集团有限公司工会开展慰问。")
    assert found == {"中铁第九勘察设计院集团有限公司工会"}


def test_a_survey_institute_named_by_its_field():
    assert first_article_orgs("省地质工程勘察院工会组织职工健步走。") == {"省地质工程勘察院工会"}


def test_a_survey_and_design_research_institutes_chair():
    text = news_page("西北综合勘察设计研究院工会主席周宁出席。")
    assert ("周宁", "主席", "西北综合勘察设计研究院工会") in first_article_positions(text)


def test_a_citys_labour_inspection_team():
    found = first_article_orgs("市劳动保障监察支队联合市总工会开展欠薪检查。")
    assert "市劳动保障监察支队" in found


def test_the_head_of_a_districts_inspection_team():
    text = news_page("区劳动保障监察大队大队长刘杰介绍情况。")
    assert ("刘杰", "大队长", "区劳动保障监察大队") in first_article_positions(text)
    assert "监察大队" not in first_article_orgs("区劳动保障监察大队大队长刘杰介绍情况。")


def test_surveying_in_a_sentence_still_ends_a_name():
    found = first_article_orgs("专家现场勘察后，青山机械厂工会组织职工撤离。")
    assert found == {"青山机械厂工会"}


def test_securing_in_a_sentence_still_ends_a_name():
    found = first_article_orgs("为切实保障职工权益，县总工会开展专项检查。")
    assert found == {"县总工会"}
