"""A photo story's credit of two lines, ``特约摄影某某`` over ``通讯员某某 某某摄影报道`` (a
city paper's photo story, read on real pages s37 and s42), which the layout joins into
one credit: the contracted photographer took photos, and 摄影报道 closes only the names
after the last role word (each a reporter and a photographer, the mark's roles, as
``通讯员 某某 图文报道`` is read). Before, the joined line was read as one photo credit
whose mark gave every name both roles, the contracted photographer a reporter too.
Invented names (session 42, authors5)."""

from __future__ import annotations

from gonghui_build.extract.photo_bylines import worded_report
from tests.conftest import page_authors

CAPTION = "▲连日来，临江市总工会组织开展摄影活动。图为环卫工人为绿化带浇水。\n"


def test_the_contracted_photographer_is_no_reporter() -> None:
    page = "临江市总工会开展摄影活动\n" + CAPTION + "特约摄影袁树林\n通讯员姚远 张国栋摄影报道\n"
    assert page_authors(page) == {
        ("袁树林", "photographer"),
        ("姚远", "reporter"),
        ("姚远", "photographer"),
        ("张国栋", "reporter"),
        ("张国栋", "photographer"),
    }


def test_a_credit_read_as_a_bylines_needs_a_role_word_and_the_mark() -> None:
    assert worded_report("特约摄影袁树林 通讯员姚远 张国栋摄影报道")
    assert not worded_report("姚远 张国栋摄影报道")
    assert not worded_report("通讯员 姚远 摄")


def test_a_plain_photo_credit_is_as_before() -> None:
    page = "临江市总工会开展摄影活动\n" + CAPTION + "姚远 张国栋摄影报道\n"
    assert page_authors(page) == {
        ("姚远", "reporter"),
        ("姚远", "photographer"),
        ("张国栋", "reporter"),
        ("张国栋", "photographer"),
    }
