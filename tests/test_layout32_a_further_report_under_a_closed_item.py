"""A workers' paper may print a further report under the same headline (``又讯 …``)
after the credit that closed the first (``本报记者 某某``), with its own credit at its end.
The 又讯 paragraph and the lines after it go on in the headline's article (real_dev9: a
``又讯`` paragraph run on under one headline stays in that article): no headless item of
its own. In a digest of headless briefs a 又讯 is one more brief. Invented text in the
shape of a provincial workers' paper's archived pages read in session 39."""

from __future__ import annotations

from tests.conftest import layout_articles

REPORT = (
    "铜川市总工会举行庆“五一”座谈会\n"
    "本报讯 4月27日，铜川市总工会举行座谈会，庆祝“五一”国际劳动节，劳模代表三十余人参加。\n"
    "会上，铜川市委副书记韩文斌向全市职工致以节日问候。\n"
    "本报记者 冯立新\n"
)
FURTHER = (
    "又讯 “五一”前夕，铜川市各级工会组织开展了形式多样的庆祝活动。\n"
    "耀州区总工会举办职工秧歌表演赛；宜君县总工会举办职工拔河比赛。\n"
    "（贾明）\n"
)


def test_a_further_report_stays_under_its_headline() -> None:
    (article,) = layout_articles(REPORT + FURTHER)
    texts = [text for _, text in article]
    assert texts[0] == "铜川市总工会举行庆“五一”座谈会"
    assert FURTHER.splitlines()[0] in texts
    assert "（贾明）" in texts


def test_a_paragraph_after_the_credit_without_the_mark_is_still_an_item() -> None:
    other = "宜君县总工会日前举办职工拔河比赛，十二支代表队参赛。（贾明）\n"
    assert len(layout_articles(REPORT + other)) == 2


def test_a_further_brief_in_a_digest_of_headless_briefs_is_an_item() -> None:
    page = (
        "简讯\n"
        "本报讯 5月8日，鹤壁市总工会召开全市工会组织建设工作推进会。（李涵）\n"
        "又讯 5月9日，淇县总工会举办职工书法培训班，40余名职工参加。（王凯）\n"
    )
    articles = layout_articles(page)
    assert len(articles) == 2
