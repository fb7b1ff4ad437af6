"""A body's credit for a photo it supplied, after the caption's last sentence and a
blank (…参加。 某县总工会供图), is the photo's credit, cut from the caption."""

from gonghui_build.layout.photo_credits import photo_credit_start

CAPTION = "6月2日，青川县总工会举办职工书画展，50名职工参加。 青川县总工会供图"


def test_a_supplied_credit_after_a_blank_is_cut() -> None:
    start = photo_credit_start(CAPTION)
    assert start is not None and CAPTION[start:] == "青川县总工会供图"


def test_a_sentence_about_supplying_photos_is_no_credit() -> None:
    assert photo_credit_start("6月2日，青川县总工会向报社提供图片50幅。") is None
