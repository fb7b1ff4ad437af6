"""A sender's credit that names its correspondent after the role word and a blank, then
keys the photographer with a slash or a bar (``（通讯员 某某 摄影/某某）``, ``记者 某某 图/某某``):
the correspondent wrote, the keyed name took the photos. Before, the slash left the line
no credit to the layout (kept as a caption, its names lost) and the byline reader read
摄影 as a mark closing the correspondent's name (a photographer) and the keyed name as a
correspondent. Invented names (session 42, authors5)."""

from __future__ import annotations

from gonghui_build.extract.bylines import parse_byline
from gonghui_build.layout.end_credits import is_credit_line
from gonghui_build.vocabulary import AuthorRole
from tests.conftest import page_authors

PAGE = (
    "临江市总工会开展夏送清凉活动\n"
    "7月15日，临江市总工会副主席赵德明带队走访建筑工地，为200余名一线职工送去防暑降温物资。\n"
)


def _roles(text: str) -> list[tuple[str, str]]:
    found = parse_byline(text, AuthorRole.correspondent, end_credit=True)
    return [(a.name, a.role.value) for a in found]


def test_a_bracketed_credit_keying_its_photographer_is_a_credit_line() -> None:
    assert is_credit_line("（通讯员 蒋少萱 摄影/阳乙林）")
    assert is_credit_line("（记者 蒋少萱 图/阳乙林）")


def test_the_keyed_name_took_the_photos_and_the_correspondent_wrote() -> None:
    assert _roles("（通讯员 蒋少萱 摄影/阳乙林）") == [
        ("蒋少萱", "correspondent"),
        ("阳乙林", "photographer"),
    ]


def test_the_credit_closing_a_page_gives_both_authors() -> None:
    assert page_authors(PAGE + "（通讯员 蒋少萱 摄影/阳乙林）\n") == {
        ("蒋少萱", "correspondent"),
        ("阳乙林", "photographer"),
    }
    assert page_authors(PAGE + "通讯员 蒋少萱 摄影/阳乙林\n") == {
        ("蒋少萱", "correspondent"),
        ("阳乙林", "photographer"),
    }


def test_a_photo_mark_closing_the_names_still_closes_them() -> None:
    assert _roles("记者 蒋少萱 文/阳乙林 摄") == [
        ("蒋少萱", "reporter"),
        ("阳乙林", "photographer"),
    ]
    assert _roles("记者 蒋少萱 摄影") == [("蒋少萱", "photographer")]


def test_a_line_of_words_with_a_slash_is_no_credit() -> None:
    assert not is_credit_line("（通讯员 蒋少萱 每人/天）")
    assert not is_credit_line("通讯员 蒋少萱 价格/吨")
