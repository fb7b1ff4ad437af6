"""A short item printed after a signed report, with a headline and a correspondent's
credit of its own but no dateline: an article of its own, not a section of the report
(which names its writer at its head and has no second byline at its end). A credited
section with no news lead, and an unsigned report's credit, stay the report's.
Invented text in the shape of a printed page's text layer."""

from __future__ import annotations

from tests.conftest import layout_articles

FEATURE = """\
第06版：职工周刊
2023年4月11日 星期二
让老师傅的绝活传下去
本报记者 唐晓岚
今年以来，河湾市总工会在全市推行“名师带高徒”制度，一百二十对师徒签订了带徒协议。
结对子 传手艺
在河湾重型机械厂，钳工孟长河带的三名徒弟都考取了高级工证书。
定目标 压担子
市总工会为每对师徒制定了年度培养目标，并给予带徒津贴。
"""

ITEM = """\
职工读书会开讲
4月8日，清溪区总工会在区图书馆举办职工读书分享会，五十名职工参加。
（石宏亮）
"""


def test_a_credited_news_item_after_a_signed_feature_is_an_article_of_its_own() -> None:
    articles = layout_articles(FEATURE + ITEM)
    assert len(articles) == 2
    assert ("byline", "本报记者 唐晓岚") in articles[0]
    assert ("section_heading", "定目标 压担子") in articles[0]
    assert articles[1] == [
        ("headline", "职工读书会开讲"),
        ("body", "4月8日，清溪区总工会在区图书馆举办职工读书分享会，五十名职工参加。"),
        ("byline", "（石宏亮）"),
    ]


def test_a_credited_item_after_a_reporters_dated_report_is_an_article_of_its_own() -> None:
    report = """\
河湾市职工疗休养基地扩容
本报讯（记者 唐晓岚）今年，河湾市总工会新认定职工疗休养基地十家，全市基地达到三十家。
市总工会将进一步规范疗休养线路安排。
"""
    articles = layout_articles(report + ITEM)
    assert len(articles) == 2
    assert articles[1][0] == ("headline", "职工读书会开讲")


def test_a_credited_section_that_opens_no_news_stays_the_features() -> None:
    tail = "传帮带 见实效\n师徒们在技能比武中包揽了前三名。\n（石宏亮）\n"
    assert len(layout_articles(FEATURE + tail)) == 1


def test_an_unsigned_reports_closing_credit_stays_its_own() -> None:
    report = FEATURE.replace("本报记者 唐晓岚\n", "")
    assert len(layout_articles(report + ITEM)) == 1
