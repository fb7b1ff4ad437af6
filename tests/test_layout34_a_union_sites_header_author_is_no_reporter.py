"""A union's site posts its staff's text under a header row whose source is the union
itself (``来源：某某县总工会 作者：某某``): the writer is the union's, no journalist, so an
author (role ``author``), as the tuning sets' gold has it (real_dev4, real_dev12). A row
whose source is a paper, a site or an agency (``来源：京工网``, ``来源：本站``) still gives
a reporter. Invented rows in the shape of county and industry unions' sites."""

from __future__ import annotations

from tests.conftest import page_authors

PAGE = (
    "兰溪市总工会举办职工趣味运动会\n"
    "发布时间：2024-05-10 16:35 来源：{source} 作者：祁远航 浏览次数：312\n"
    "5月9日，兰溪市总工会在市体育馆举办职工趣味运动会，全市26支代表队参加。\n"
)


def _roles(source: str) -> set[tuple[str, str]]:
    page = PAGE.format(source=source)
    return page_authors(page)


def test_a_unions_own_writer_is_an_author() -> None:
    assert _roles("兰溪市总工会") == {("祁远航", "author")}
    assert _roles("省交通运输工会") == {("祁远航", "author")}


def test_a_papers_or_a_sites_writer_is_a_reporter() -> None:
    assert _roles("兰溪日报") == {("祁远航", "reporter")}
    assert _roles("京工网") == {("祁远航", "reporter")}
    assert _roles("本站") == {("祁远航", "reporter")}
    assert _roles("新华社") == {("祁远航", "reporter")}


def test_a_writer_printed_with_the_news_office_stays_a_reporter() -> None:
    # 作者：宣传部 某某 (real_dev7's university news site): the institution's news office
    page = PAGE.format(source="校工会").replace("作者：祁远航", "作者：宣传部 祁远航")
    authors = page_authors(page)
    assert authors == {("祁远航", "reporter")}


def test_a_dotted_transliterated_name_is_the_header_author() -> None:
    # 作者：阿依古丽·某某 (real_dev4's county union site): a name of another language
    page = PAGE.format(source="伊宁县总工会").replace("祁远航", "古丽娜·艾买提")
    authors = page_authors(page)
    assert authors == {("古丽娜·艾买提", "author")}
