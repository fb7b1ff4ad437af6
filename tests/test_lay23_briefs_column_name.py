"""A column's name ending on 简报 (工作简报) names a digest of briefs, no item."""

from gonghui_build.layout.digest_titles import names_a_digest


def test_a_briefs_column_names_a_digest() -> None:
    assert names_a_digest("工作简报")
    assert not names_a_digest("青川县总工会召开全委会")
