"""A prefecture's short name and 地区 before a federation's suffix (某某地区总工会, as
pages of the years before a prefecture became a city print it) name that prefecture's
federation; 地区 alone or after no prefecture stays a kind of area."""

from gonghui_build.extract.organisations.grammar import find_org_spans
from gonghui_build.text.tokenizer import tag_tokens


def _names(text: str) -> list[str]:
    return [s.written for s in find_org_spans(text, tag_tokens(text))]


def test_a_prefecture_short_name_then_diqu_names_its_federation() -> None:
    assert "渭南地区总工会" in _names("△渭南地区总工会日前召开全区财务干部会议。")


def test_diqu_after_no_prefecture_names_no_federation() -> None:
    assert _names("西部地区总工会要加强联系。") == []
    assert _names("各地区总工会要加强联系。") == []


def test_only_the_federation_is_read_so() -> None:
    assert _names("△渭南地区工会日前召开会议。") == []
