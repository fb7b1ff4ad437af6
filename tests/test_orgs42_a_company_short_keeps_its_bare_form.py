"""A company printed in full (某地某某有限公司) and later short with 公司 kept (某某公司)
is one body: the short name drops 有限 and the place, not the form."""

from gonghui_build.extract.organisations.abbreviations import is_abbreviation


def test_a_short_name_ending_in_gongsi_abbreviates_the_registered_name() -> None:
    assert is_abbreviation("青湾精密铸件公司", "宁波市青湾精密铸件有限公司")
    assert is_abbreviation("青湾精密铸件公司", "宁波市青湾精密铸件股份有限公司")


def test_another_body_or_its_union_is_no_full_name_of_it() -> None:
    assert not is_abbreviation("青湾精密铸件公司", "宁波市青湾精密铸件有限公司工会")
    assert not is_abbreviation("青湾精密铸件公司", "宁波市红湾精密铸件有限公司")
    assert not is_abbreviation("北汽集团", "北京汽车集团有限公司工会")
