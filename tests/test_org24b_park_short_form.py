"""园区管委会, 园区工会 after an article named a park by a body of it (某某产业园工会): the
park's bodies, whatever word the park's name ends with."""

from __future__ import annotations

from gonghui_build.extract.organisations.article_context import ArticleContext
from gonghui_build.extract.organisations.context import resolve
from gonghui_build.extract.organisations.park_short_forms import park_of_short_form


def test_park_short_form_is_the_named_parks_body() -> None:
    context = ArticleContext(orgs=((3, "青湾物流园工会"),))
    assert park_of_short_form("园区管委会", 20, context) == "青湾物流园管委会"
    resolved = resolve("园区管委会", 20, context)
    assert resolved is not None and resolved.name == "青湾物流园管委会"


def test_park_short_form_without_a_named_park_is_left_alone() -> None:
    context = ArticleContext(orgs=((3, "青湾机械厂工会"),))
    assert park_of_short_form("园区管委会", 20, context) is None
