"""One reading of a padded two-character name (``晏 飞``) for every credit that prints one
(``layout.square_credits.unpadded``)."""

from gonghui_build.layout.square_credits import unpadded


def test_a_padded_two_character_name_loses_its_blank():
    assert unpadded("晏 飞") == "晏飞"
    assert unpadded("晏\u3000飞") == "晏飞"


def test_text_that_is_no_padded_name_is_left_as_it_is():
    assert unpadded("晏飞") == "晏飞"
    assert unpadded("晏 飞 记者") == "晏 飞 记者"  # more than one name's run
    assert unpadded("欧 阳明") == "欧 阳明"  # a second half of two characters
