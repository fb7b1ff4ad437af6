"""A short form made of a common word of a name and its head word (码头工会) read back to
the one body printed before whose name holds the word (the wharf company's union); left
as printed where two such bodies were named. All bodies here are invented."""

from gonghui_build.extract.organisations import context
from gonghui_build.text import places


def _resolved(text: str, written: str, orgs: tuple[str, ...] = ()) -> str | None:
    named = tuple((text.index(name), name) for name in orgs)
    where = context.ArticleContext(places=places.find_places(text), orgs=named)
    found = context.resolve(written, text.rindex(written), where)
    return found.name if found is not None else None


def test_a_wharfs_union_is_the_union_of_the_wharf_company_named_before():
    text = "慰问组来到青屿散货码头有限公司看望职工，并看望了码头工会主席。"
    firm = "青屿散货码头有限公司"
    assert _resolved(text, "码头工会", (firm,)) == "青屿散货码头有限公司工会"


def test_two_wharf_companies_leave_the_wharfs_union_as_printed():
    text = "慰问组来到青屿散货码头有限公司和蓝湾集装箱码头有限公司，看望了码头工会主席。"
    firms = ("青屿散货码头有限公司", "蓝湾集装箱码头有限公司")
    assert _resolved(text, "码头工会", firms) == "码头工会"
