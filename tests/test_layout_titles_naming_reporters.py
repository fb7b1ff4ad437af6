"""A union's title about its own reporters (``某某总工会举办通讯员培训``) is no byline: after
a byline's role word come names, after the title's the rest of a sentence. Read in session
28 on four real pages (a city union's, a county union's, a mining group's and a party's
sites), each title taken for a byline and the page's headline lost. Invented text here."""

from __future__ import annotations

from gonghui_build.layout.cues import is_head_byline
from tests.conftest import block_roles

TEXT = (
    "    3月12日，青州市总工会举办全市工会通讯员培训班，来自基层工会的80余名通讯员"
    "参加培训。\n\n    培训邀请市报资深编辑讲授新闻写作和摄影技巧。（田野）\n"
)
TITLES = (
    "青川市总工会举办新闻信息通讯员培训 助力工会宣传能力新提升",
    "河西煤业集团九里公司基层通讯员集中“充电”",
    "某某区委会成立通讯员小组并开展专题培训",
    "开发区工会通讯员暨信息员培训班圆满结束",
)


def test_a_title_naming_reporters_is_no_byline():
    for title in TITLES:
        assert not is_head_byline(title), title
    assert not is_head_byline("市总工会邀请记者参观职工之家")


def test_a_title_naming_reporters_is_the_headline():
    for title in TITLES:
        roles = block_roles(title + "\n\n" + TEXT)
        assert roles[title] == "headline", title


def test_a_bodys_reporters_are_still_a_byline():
    assert is_head_byline("新华社记者 侯俊")
    assert is_head_byline("某某县融媒体中心记者 侯俊 通讯员 李立")
    assert is_head_byline("工人日报记者 侯俊 文/图")
    assert is_head_byline("某某网记者 阿依古丽")
    assert is_head_byline("本报记者 侯俊")
    assert is_head_byline("某某日报-某某网记者 侯俊 通讯员 楚 怡")  # a name the OCR spaced
    assert is_head_byline("座谈会现场 记者侯俊摄")  # the mark run on to the name
