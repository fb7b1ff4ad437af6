"""An old paper's brief closed by its union's short name in brackets (``（东工）`` under
an item about 北京东郊机床厂工会): the union's own credit, no person. A credit of that
shape alone is not enough (a writer may sign so): the item must name a union whose name
holds the short name's first character before 工会. Invented names (session 50,
authors10)."""

from __future__ import annotations

from gonghui_build.extract.byline_names import union_short_name
from tests.conftest import page_authors

BRIEFS = (
    "简  讯\n"
    "●昌平县总工会日前召开全县工会宣传工作会议，表彰了十名优秀通讯员。（芮晓）\n"
    "●青禾东郊机床厂工会开展合理化建议月活动，收到职工建议四百三十条。（东工）\n"
    "●青禾纺织厂工会举办女工读书会，六十名女工交流读书心得。（芮工）\n"
)


def test_a_short_name_needs_the_union_it_shortens_in_the_item() -> None:
    assert union_short_name("东工", "青禾东郊机床厂工会开展合理化建议月活动")
    assert not union_short_name("芮工", "青禾纺织厂工会举办女工读书会")
    assert not union_short_name("芮晓", "青禾芮家庄工会举办女工读书会")


def test_the_unions_short_name_is_no_author_and_the_writers_stay() -> None:
    assert page_authors(BRIEFS) == {("芮晓", "correspondent"), ("芮工", "correspondent")}
