"""Activities of real pages, s14 (issue 11): sites listed after a visit's verb are the
stops of one outing, one visit, when a word of successive stops (先后, 依次, 相继)
stands in the verb's clause; a bare list (参观了A馆、B馆) stays a visit each. Sentences
written for these tests (invented names and units)."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


def visits(text: str) -> int:
    return sum(a.category == Category.visit for a in find_activities([text]))


def test_companies_visited_one_after_another_are_one_visit():
    text = (
        "1月20日上午，柳岸镇总工会先后走访了青湾粮油有限公司、柳岸化工有限公司、"
        "北岭汽车销售有限公司，看望困难职工。"
    )
    assert visits(text) == 1


def test_posts_visited_one_after_another_joined_by_he_are_one_visit():
    text = "记者获悉，县总工会先后走访了县林场消防中队、北岭派出所和西口检查站，送去节日问候。"
    assert visits(text) == 1


def test_sites_seen_one_after_another_are_one_visit():
    text = "随后，考察组相继参观了青湾服饰生产车间、青湾职工服务中心、南岭工人文化宫。"
    assert visits(text) == 1


def test_only_a_word_of_successive_stops_makes_listed_memorials_one_visit():
    bare = "培训期间，还组织学员参观了北岭革命纪念馆、青湾工人运动纪念馆。"
    toured = "培训期间，还组织学员依次参观了北岭革命纪念馆、青湾工人运动纪念馆。"
    assert (visits(bare), visits(toured)) == (2, 1)
