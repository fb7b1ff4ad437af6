"""``报道`` after names says they reported, not that they are reporters: the names keep
the role a role word before them gave; ``摄影报道`` says they took the photos and wrote
the report, two roles each (invented names)."""

from __future__ import annotations

from gonghui_build.extract.bylines import parse_byline
from gonghui_build.extract.photo_bylines import parse_credit


def roles(text: str) -> list[tuple[str, str]]:
    return [(a.name, a.role.value) for a in parse_byline(text)]


def test_correspondents_listed_before_reported_stay_correspondents():
    assert roles("本报讯 通讯员韦海川、邵鸣远报道") == [
        ("韦海川", "correspondent"),
        ("邵鸣远", "correspondent"),
    ]


def test_a_reporter_and_a_correspondent_before_reported_keep_their_roles():
    assert roles("本报讯 记者吴立新 通讯员韦海川报道") == [
        ("吴立新", "reporter"),
        ("韦海川", "correspondent"),
    ]
    assert roles("本报讯 记者 吴立新 通讯员 韦海川 报道") == [
        ("吴立新", "reporter"),
        ("韦海川", "correspondent"),
    ]


def test_a_correspondent_in_a_bracketed_dateline_before_reported():
    assert roles("青禾日报/青禾网南岭讯(通讯员邵鸣远报道)") == [("邵鸣远", "correspondent")]


def test_names_reported_with_no_role_word_are_reporters():
    assert roles("青禾日报讯 吴立新、韦海川报道") == [
        ("吴立新", "reporter"),
        ("韦海川", "reporter"),
    ]


def test_a_photo_mark_after_a_correspondent_still_makes_a_photographer():
    assert roles("本报讯 通讯员 韦海川 摄") == [("韦海川", "photographer")]


def test_a_credit_photographed_and_reported_gives_both_roles():
    found = [(a.name, a.role.value) for a in parse_credit("（吴立新 韦海川摄影报道）")]
    assert found == [
        ("吴立新", "reporter"),
        ("吴立新", "photographer"),
        ("韦海川", "reporter"),
        ("韦海川", "photographer"),
    ]
    assert [(a.name, a.role.value) for a in parse_credit("韦海川 摄")] == [
        ("韦海川", "photographer")
    ]


def test_a_dateline_reported_and_photographed_gives_both_roles():
    assert roles("青禾日报消息(全媒体记者吴立新报道摄影)") == [
        ("吴立新", "reporter"),
        ("吴立新", "photographer"),
    ]


def test_a_text_and_photo_report_mark_is_no_name_and_gives_both_roles():
    assert roles("本报记者 吴立新 通讯员 韦海川 图文报道") == [
        ("吴立新", "reporter"),
        ("韦海川", "reporter"),
        ("韦海川", "photographer"),
    ]
