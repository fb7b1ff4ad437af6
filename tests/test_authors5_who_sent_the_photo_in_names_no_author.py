"""``通讯员供图`` closing a caption or a text (a provincial news site's captions under a
union's photo show): the photos were sent in by the paper's correspondents, named no
further. 供图 after the role word is the key of what they sent, not a correspondent
named 供图. Invented text (session 42, authors5)."""

from __future__ import annotations

from gonghui_build.extract.bylines import parse_byline
from gonghui_build.vocabulary import AuthorRole
from tests.conftest import page_authors

PAGE = (
    "临江社区工会举办职工摄影展\n"
    "7月，临江社区工会小组联合辖区单位举办职工摄影作品展，近50名职工投稿。\n"
)


def test_a_correspondents_supplied_photo_names_no_one() -> None:
    assert page_authors(PAGE + "活动入选作品。 通讯员供图\n") == set()
    assert parse_byline("通讯员供图", AuthorRole.correspondent, end_credit=True) == []


def test_a_named_correspondents_supplied_photo_still_names_them() -> None:
    found = parse_byline("通讯员 高茜 供图", AuthorRole.correspondent, end_credit=True)
    assert [a.name for a in found] == ["高茜"]
