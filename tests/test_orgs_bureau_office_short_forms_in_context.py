"""Short forms read against the article (all names here are invented)."""

from gonghui_build.extract.organisations import context


def test_a_bureau_s_office_printed_short_is_the_office_of_the_bureau_named_before():
    where = context.ArticleContext(orgs=((5, "省桐林局"), (120, "局办公室")))
    found = context.resolve("局办公室", 120, where)
    assert found is not None and found.name == "省桐林局办公室"


def test_a_bureau_s_office_with_no_bureau_named_is_kept_as_printed():
    where = context.ArticleContext(orgs=((120, "局办公室"),))
    found = context.resolve("局办公室", 120, where)
    assert found is not None and found.name == "局办公室"
