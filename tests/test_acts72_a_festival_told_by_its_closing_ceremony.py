"""An event told first by its closing ceremony (某市第三届职工艺术节闭幕式暨文艺汇演在某剧场
举行) that then speaks of the whole (本届艺术节于6月开幕，先后举办了…): the whole event is an
activity of its own, named as the ceremony less its ceremony word, the ceremony and the
events listed after it parts of it. Invented paragraphs."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities

PARAS = [
    "8月20日晚，由青河市总工会主办的青河市第三届职工艺术节闭幕式暨文艺汇演在市工人文化宫剧场举行。",
    "本届艺术节于6月中旬开幕，先后举办了职工书画展、职工歌咏比赛等5项活动。",
]


def test_the_whole_festival_is_read_and_holds_its_ceremony():
    found = find_activities(PARAS)
    names = [a.name for a in found]
    assert "青河市第三届职工艺术节" in names
    whole = names.index("青河市第三届职工艺术节")
    ceremony = names.index("青河市第三届职工艺术节闭幕式暨文艺汇演")
    assert found[ceremony].parent == whole
    assert found[whole].date.month == 6


def test_an_exhibition_listed_after_the_whole_is_part_of_it():
    found = find_activities(PARAS)
    names = [a.name for a in found]
    assert found[names.index("职工书画展")].parent == names.index("青河市第三届职工艺术节")
