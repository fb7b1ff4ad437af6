"""A section printed alone before an enterprise's top post (某公司总经理甲，某事业部总经理乙;
…召开职代会。某事业部党总支书记、总经理乙) holds that post at the section of the company
named before, as it holds its 经理 and 部长 (org_suffixes.yaml sections_printed_alone),
not at the company itself, which the enterprise-post reading gave it. Invented names,
bodies and events."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def _posts_of(name: str, body: str) -> set[tuple[str, str | None]]:
    positions = first_article_positions(news_page(body))
    return {(title, org) for person, title, org in positions if person == name}


def test_a_divisions_general_manager_after_the_companys():
    posts = _posts_of("陈光耀", "岭南齿轮有限公司总经理杨晓川，传动事业部总经理陈光耀参加会议。")
    assert posts == {("总经理", "岭南齿轮有限公司传动事业部")}


def test_a_chain_opened_by_the_division_is_held_there_whole():
    posts = _posts_of(
        "陈光耀", "岭南齿轮有限公司召开职代会。传动事业部党总支书记、总经理陈光耀作发言。"
    )
    assert posts == {
        ("党总支书记", "岭南齿轮有限公司传动事业部"),
        ("总经理", "岭南齿轮有限公司传动事业部"),
    }


def test_the_companys_own_posts_after_it_are_read_as_before():
    posts = _posts_of("杨晓川", "岭南齿轮有限公司召开职代会。党委书记、董事长杨晓川作报告。")
    assert posts == {("党委书记", "岭南齿轮有限公司"), ("董事长", "岭南齿轮有限公司")}


def test_a_section_managers_post_is_read_as_before():
    posts = _posts_of("吴晓月", "岭南齿轮有限公司举办技能大赛。审评部经理吴晓月担任评委。")
    assert posts == {("经理", "岭南齿轮有限公司审评部")}
