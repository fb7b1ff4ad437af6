"""A WeChat roundup sets its sections one after another, each headed ``某地：…`` and each
closed by its credit; one keys its writer with ``图文 | 某某``. At the post's close that
line is furniture (the closing block's), but between a section's text and the next
section's head it closes the section: its byline, so the next head starts an article of
its own. Invented text in the shape of a county unions' reading-month roundup (real_dev27)."""

from __future__ import annotations

from tests.conftest import layout_roles

PAGE = (
    "基层动态丨青禾各地工会开展读书月活动\n"
    "青禾工会\n"
    "2024年04月26日 18:05 四川\n"
    "东城区：书香满城 悦读同行\n"
    "4月23日，东城区总工会在职工书屋举办读书分享会，30余名快递员交流读书心得。\n"
    "图文 | 柏小川\n"
    "西城区：共读经典 书润匠心\n"
    "4月中旬以来，西城区总工会开展“职工共读”接力活动，已有800余人次参与。\n"
    "文字丨祁一鸣\n"
    "编辑丨钱多多\n"
)


def test_the_bar_keyed_credit_closes_its_section() -> None:
    roles = layout_roles(PAGE)
    assert roles["图文 | 柏小川"] == ("byline", 0)
    assert roles["西城区：共读经典 书润匠心"] == ("headline", 1)


def test_at_the_posts_close_it_stays_furniture() -> None:
    page = (
        "11月19日，青禾区总工会在高速公路工地开展“送法进工地”活动。\n"
        "活动现场，律师为三十余名职工解答咨询。\n"
        "图文 | 柏云舟\n"
        "编辑 | 祁晓岚\n"
    )
    assert layout_roles(page)["图文 | 柏云舟"] == ("furniture", None)
