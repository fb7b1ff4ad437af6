"""Activities on real pages' shapes, session 15 (issue 11). One behaviour each, on
sentences written for these tests (invented names and places)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Unit


def counts(*paragraphs: str) -> list[tuple[int, Unit] | None]:
    return [
        (a.participants.count, a.participants.unit) if a.participants else None
        for a in find_activities(list(paragraphs))
    ]


def test_the_size_of_a_side_in_a_games_name_is_no_count():
    # 五人制足球 is a game played five a side: the teams the next sentence counts enter it
    out = counts(
        "8月3日，青禾区总工会的第三届五人制职工足球比赛于柳湾体育公园开赛。"
        "本次比赛吸引了全区16支球队、190余名职工。"
    )
    assert out == [(16, Unit.teams)]
    assert counts("8月3日，青禾区总工会职工5人制足球比赛在柳湾体育公园开幕。")[0] is None
    # a count of people with no 制 after it stays a count
    assert counts("青禾区总工会举办职工篮球赛，五人参加。") == [(5, Unit.people)]


def test_a_numeral_in_a_slogan_or_set_phrase_is_no_count():
    # “工会进万家”: ten thousand homes is the slogan's, not the households visited
    out = counts("6月2日，青禾市总工会副主席王立新一行赴柳湾县开展“工会进万家”走访慰问活动。")
    assert out == [None]
    out = counts("近日，柳湾县总工会启动“情暖职工”新春系列活动，让工会的关怀走进千家万户。")
    assert out == [None]
    # a count after the slogan is still the count
    out = counts("1月8日，柳湾区总工会开展“送温暖进万家”活动，共慰问困难职工60人。")
    assert out == [(60, Unit.people)]
    # a speaker's words in quotation marks are no slogan: their count stands
    out = counts("5月3日，青禾区总工会举办职工篮球赛，“这次比赛，全区有200名职工参加，”主办方说。")
    assert out == [(200, Unit.people)]


def names(*paragraphs: str) -> list[str | None]:
    return [a.name for a in find_activities(list(paragraphs))]


def test_a_contest_won_or_contested_is_the_one_reported_not_a_new_one():
    # the prize won at the final just reported names no new contest
    out = names(
        "8月5日上午，全市基层工会干部业务技能竞赛决赛在柳湾剧院举行。",
        "经过激烈比拼，最终青禾区代表队以总分250分获得全市基层工会干部业务技能竞赛决赛一等奖。",
    )
    assert out == ["全市基层工会干部业务技能竞赛决赛"]
    # 争夺本次…比赛的冠军: the teams compete for this contest's title
    out = names(
        "4月24日，青禾市总工会职工足球比赛在柳湾体育场开幕，各单位18支队伍同场较量，"
        "争夺本届足球比赛的冠军。"
    )
    assert out == ["青禾市总工会职工足球比赛"]


def test_a_contest_named_after_as_is_named_without_it():
    out = names(
        "3月18日，青禾市总工会举办的“赛出风采”全市工会干部业务知识竞赛在市工人文化宫落幕。",
        "作为全市工会干部技能大赛系列之一，业务知识竞赛自开展以来受到广泛关注。",
    )
    assert "作为全市工会干部技能大赛" not in out


def test_a_verb_of_carrying_work_on_is_no_part_of_a_name():
    out = names("为推动“职工心连心”实践活动取得实效，近日，柳湾区总工会上门看望生活困难的职工。")
    assert out[0] == "“职工心连心”实践活动"
    out = names("区总工会将做好“金秋助学”活动，帮助困难职工子女入学。")
    assert out == ["“金秋助学”活动"]
    # the work pushed on (深入推进…活动的开展) with no name of its own is no activity
    assert names("此次交流会对深入推进职工创新工作室活动在各厂的开展很有意义。") == []


def test_a_contests_results_are_no_contest():
    out = names(
        "9日下午，第三届职工技能竞赛颁奖仪式在柳湾实训基地举行。",
        "区总工会还推动企业把竞赛成绩与职工的岗位聘任挂钩。",
    )
    assert out == ["第三届职工技能竞赛颁奖仪式"]
