"""An e-paper page sets a profile, then an untitled photo item, and last a ``▲`` caption
placing the profile's subject in the picture (``▲韩某某（右）…`` / ``某某 摄``): the
profile's photo, not an item of its own. Read on real_dev13. Invented page in that shape."""

from __future__ import annotations

from gonghui_build.layout.subject_photos import placed_name
from tests.conftest import layout_roles

PAGE = """江城工人报
2022年5月6日 星期五
第03版：劳模风采
“焊花匠人”韩立川：二十年焊出精品
韩立川是江城重工焊接车间的一名高级技师。二十年来，他带出徒弟三十多名。
去年，他牵头攻克了厚板焊接变形难题，为企业节约成本两百余万元。
（本报记者 贺一鸣）
5月3日，江城市总工会在职工文化宫举办职工书画展，展出作品120幅。图为展览现场。 / 文华 摄
▲韩立川（右）在指导徒弟焊接。 程远 摄
"""


def test_the_caption_is_the_profiles_photo():
    roles = layout_roles(PAGE)
    assert roles["▲韩立川（右）在指导徒弟焊接。"] == ("photo_caption", 0)
    assert roles["程远 摄"][1] == 0


def test_only_a_name_placed_in_the_picture_is_read():
    assert placed_name("▲韩立川（左二）在车间") == "韩立川"
    assert placed_name("▲职工在车间参加培训") is None


def test_a_group_placed_in_the_picture_is_no_name():
    assert placed_name("▲职工（右）在检查设备") is None
    assert placed_name("▲工会干部（左）为职工讲解") is None
