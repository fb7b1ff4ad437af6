"""A development and reform commission printed by its official short form (省发展改革委,
国家发展改革委: its two fields whole and 委 alone) is a body, completed to its full name
(发展和改革委员会) as 发改委 is. Seen on joint notices of a provincial union and the
commission (session 36, orgs15). Text and events are invented."""

from __future__ import annotations

from tests.conftest import first_article_orgs, first_article_resolved

_JOINT = "省总工会、省发展改革委、省科技厅联合命名一批劳模创新工作室。"


def test_the_commission_in_a_joint_notice_is_found():
    assert "省发展改革委" in first_article_orgs(_JOINT)


def test_the_commission_takes_its_full_name():
    assert "省发展和改革委员会" in first_article_resolved(_JOINT)


def test_the_usual_short_form_still_reads_the_same():
    assert "市发展和改革委员会" in first_article_resolved("市发改委、市总工会联合开展调研。")


def test_the_phrase_of_reform_is_no_body():
    found = first_article_orgs("平江县总工会围绕发展改革大局开展劳动竞赛。")
    assert found == {"平江县总工会"}
