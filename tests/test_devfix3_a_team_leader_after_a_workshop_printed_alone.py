"""A team leader's weak title (班长, 组长: ``titles.yaml`` weak) printed after a workshop
of the enterprise the report named before, at the head of a clause (…开展劳动竞赛。制浆
车间班长某某…), is the leader's post at that workshop, as an occupation there is (制浆
车间操作工某某): the section vouches for the title as a body's name does. The build kept
the occupation and lost the leader (real_dev3, real_dev7, real_dev12 print team leaders
so). A weak title with nothing before it stays no post. Text and events are invented
(s39, devfix3)."""

from __future__ import annotations

from tests.conftest import first_article_positions

REPORT = "青山纸业公司工会开展劳动竞赛，参赛班组三十一个。"


def test_a_team_leader_after_a_workshop_holds_his_post_there():
    found = first_article_positions(REPORT + "制浆车间班长韩德胜被评为岗位标兵。")
    assert ("韩德胜", "班长", "青山纸业公司制浆车间") in found


def test_a_team_leader_listed_after_a_worker_of_another_workshop():
    found = first_article_positions(REPORT + "造纸车间技术员孔令娟、制浆车间班长韩德胜被评为标兵。")
    assert ("孔令娟", "技术员", "青山纸业公司造纸车间") in found
    assert ("韩德胜", "班长", "青山纸业公司制浆车间") in found


def test_a_group_leader_after_a_workshop_holds_his_post_there():
    found = first_article_positions(REPORT + "仪表车间组长范志强获第三名。")
    assert ("范志强", "组长", "青山纸业公司仪表车间") in found


def test_a_team_leader_printed_with_the_enterprise_is_unchanged():
    found = first_article_positions("青山纸业公司制浆车间班长韩德胜被评为岗位标兵。")
    assert ("韩德胜", "班长", "青山纸业公司制浆车间") in found


def test_a_weak_title_alone_is_still_no_post():
    found = first_article_positions(REPORT + "班长韩德胜说，比赛让大家学到了本领。")
    assert not any(name == "韩德胜" for name, _, _ in found)


def test_a_representative_after_a_workshop_is_no_post():
    found = first_article_positions(REPORT + "制浆车间代表韩德胜发言。")
    assert not any(name == "韩德胜" and title == "代表" for name, title, _ in found)


def test_a_machine_crews_head_after_a_workshop_holds_his_post_there():
    found = first_article_positions(
        "江城电缆有限公司工会举办劳动竞赛。拉丝车间机长鲍立新、成缆车间操作工夏婷婷被评为标兵。"
    )
    assert ("鲍立新", "机长", "江城电缆有限公司拉丝车间") in found
    assert ("夏婷婷", "操作工", "江城电缆有限公司成缆车间") in found


def test_a_machine_crews_head_alone_is_no_post():
    found = first_article_positions("机长王德明说，安全是第一位的。")
    assert not any(name == "王德明" for name, _, _ in found)
