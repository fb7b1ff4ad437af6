"""A printed page stacks a news item opened by its dateline, with no credit or editor's
line at its end, over a feature that prints a title and text but no dateline or byline.
Read top to bottom, the feature's title fell inside the open news item as its section
heading, and the page gave one article for two. A news item prints section headings
only in a long report, several of them: one titled text after the item's own text is an
article of its own. Invented text in the shape of workers' papers' e-paper pages read in
session 45."""

from __future__ import annotations

from tests.conftest import layout_articles

NEWS = (
    "第03版：要闻\n市总工会召开劳模座谈会\n"
    "本报讯（记者 林晓彤）7月10日，市总工会召开劳模座谈会，20余名劳模参加。"
    "会议要求各级工会进一步做好劳模服务工作。\n"
)
FEATURE = (
    "一线职工的贴心人\n"
    "在北湖区卢桥街道，提起工会主席王秀英，职工们都竖起大拇指。她扎根基层十余年，"
    "先后帮助200多名困难职工解决实际问题。\n"
    "每逢节假日，她总是带着慰问品走访困难职工家庭。\n"
)


def _heads(text: str) -> list[list[tuple[str, str]]]:
    return [
        [(role, body.strip()) for role, body in article if role in ("headline", "section_heading")]
        for article in layout_articles(text)
    ]


def test_a_titled_text_under_a_news_item_with_no_credit_is_an_article() -> None:
    articles = layout_articles(NEWS + FEATURE)
    assert _heads(NEWS + FEATURE) == [
        [("headline", "市总工会召开劳模座谈会")],
        [("headline", "一线职工的贴心人")],
    ]
    assert [role for role, _ in articles[1]] == ["headline", "body", "body"]


def test_the_features_closing_credit_stays_with_the_feature() -> None:
    articles = layout_articles(NEWS + FEATURE + "（孟可欣）\n")
    assert len(articles) == 2
    assert articles[1][-1] == ("byline", "（孟可欣）")


def test_a_news_report_with_several_section_headings_keeps_them() -> None:
    second = "职工书屋建到车间班组\n全区已建成职工书屋120家，覆盖职工两万余人。\n"
    articles = _heads(NEWS + FEATURE + second)
    assert articles == [
        [
            ("headline", "市总工会召开劳模座谈会"),
            ("section_heading", "一线职工的贴心人"),
            ("section_heading", "职工书屋建到车间班组"),
        ]
    ]


def test_a_short_label_under_a_news_item_stays_in_it() -> None:
    label = "记者手记\n座谈会上，劳模们讲述了自己的成长经历。\n"
    assert len(layout_articles(NEWS + label)) == 1
