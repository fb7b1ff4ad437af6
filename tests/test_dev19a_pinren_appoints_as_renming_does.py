"""聘任甲为某厂某分厂厂长: an enterprise's appointment by 聘任 gives the person the post
after 为, as 任命 does (``people.yaml`` election_before). Invented names and bodies."""

from __future__ import annotations

from tests.conftest import first_article_positions, news_page


def test_the_post_pinren_appoints_to_is_the_persons():
    found = first_article_positions(
        news_page("会上宣读了任免决定：聘任郑小川为红星机械厂铸造分厂厂长。")
    )
    assert ("郑小川", "厂长", "红星机械厂铸造分厂") in found
