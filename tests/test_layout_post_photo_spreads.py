"""A post's photo spread: running text, a few short lead-in lines (one sentence broken
into lines, ``经过编辑部挑选`` / ``…`` / ``一起来看看吧``), then photos, each a caption line
with its credit (``某某 摄``) on the next line. Read in session 17 on a national workers'
paper's WeChat post of readers' photos (the spread was split into one article a photo and
one credit, of a rare surname, was read as a section heading), and in the same shape on
news agency and union-site photo pages (invented text in their shapes). The photos are
the post's captions: one article. Photo news under a title stays one item a photo."""

from __future__ import annotations

from tests.conftest import layout_roles

TEXT = (
    "2024年国庆假期，青禾市许多职工仍坚守在岗位上，保障城市平稳运行。\n"
    "市总工会公众号发起“假日岗位掠影”征集活动，三天收到投稿两百余件。\n"
)
LEAD_IN = "经过编辑挑选\n一组作品在此刊出\n一起来看看吧\n"
PHOTOS = (
    "10月1日，青禾南站的客运员在站台上引导旅客候车。\n"
    "尉迟宁 摄\n"
    "10月2日，一处桥梁工地上，焊工正在焊接钢梁。\n"
    "庞晓薇 摄\n"
    "10月3日，环卫工人在广场上清扫落叶。\n"
    "戚立行 摄\n"
)


def test_photos_after_a_posts_lead_in_lines_are_captions_of_one_article():
    roles = layout_roles(TEXT + LEAD_IN + PHOTOS)
    assert {article for _, article in roles.values()} == {0}
    assert roles["10月2日，一处桥梁工地上，焊工正在焊接钢梁。"][0] == "photo_caption"
    assert roles["庞晓薇 摄"][0] == "photo_credit"


def test_a_credit_of_a_name_no_surname_list_knows_is_a_credit_among_credits():
    roles = layout_roles(TEXT + PHOTOS.replace("尉迟宁 摄", "延明泽 摄"))
    assert roles["延明泽 摄"][0] == "photo_credit"
    assert roles["10月1日，青禾南站的客运员在站台上引导旅客候车。"][0] == "photo_caption"


def test_photos_right_after_running_text_stay_captions_of_one_article():
    roles = layout_roles(TEXT + PHOTOS)
    assert {article for _, article in roles.values()} == {0}


def test_photo_news_under_a_title_after_other_text_stays_one_item_a_photo():
    page = (
        "青禾市总工会召开全委会\n"
        "本报讯（记者 邬晓云）10月8日，青禾市总工会召开全委会，部署第四季度工作。\n"
        "假日岗位掠影\n" + PHOTOS
    )
    roles = layout_roles(page)
    articles = {roles[line][1] for line in PHOTOS.splitlines() if "摄" not in line}
    assert len(articles) == 3
