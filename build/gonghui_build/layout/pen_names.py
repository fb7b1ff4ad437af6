"""Pen names and given names signing a credit alone (``（春江）``, ``（文/心语）``, ``玉兰、建中``).

A word of two or three characters in a credit's brackets is a writer's name unless it is
a note (掌声, 摘编), a verb or a place. Moved out of :mod:`end_credits` (at its line
limit) unchanged; the bylines' reader and the layout's credits read pen names here.
"""

from __future__ import annotations

from gonghui_build.layout.credit_roles import credit_role
from gonghui_build.layout.square_credits import dictionary_phrase
from gonghui_build.text import places, tokenizer
from gonghui_build.text.chars import is_cjk
from gonghui_build.text.names import is_name_shaped, is_plausible_name

#: Notes a text prints in brackets after its last sentence that are words of the
#: dictionary, two characters long: the audience's response in a speech, an editor's
#: note on the text (摘编, 节选), on its photos (图片, 附图), its source (来稿, 转载).
#: Any other word of two characters alone in such a bracket is a writer's given name or
#: pen name (``…办起了夜校。（春江）``: an old paper's briefs sign so).
_BRACKET_NOTE_WORDS = (
    "掌声 笑声 鼓掌 欢呼 众笑 大笑 摘编 节选 摘要 摘录 选登 删节 图片 照片"
    " 附图 图文 全文 原文 译文 来稿 转载 综合 注释 备注 编者 资料 下略 从略"
    " 同上 见图 附后 另附 专职 兼职 挂职 代理 主持 在岗 离任 现场 会场 合影 剪影"
    " 特写 侧记 组图 配图 图示 续表 附表 附件 说明 提示 链接 点评 短评 编后 按语"
    " 背景 新闻 消息 通讯 简讯 快讯 广告 启事 声明 公告 通知 完结 结束 敬礼"
)
#: Parts of speech of a note's word (摘编, 转载, 鼓掌: verbs), never of a pen name.
_NOTE_TAGS = ("v", "vn", "vd")
_BRACKET_NOTES = frozenset(_BRACKET_NOTE_WORDS.split())
#: Length of a writer's given name or pen name signing alone in brackets.
_PEN_NAME_LEN = 2


def pen_name(content: str) -> bool:
    """A word of two characters alone in the bracket (``春江``, ``春雨``), no note
    (``掌声``, ``摘编``; no verb) and no place (``朝阳``, a district): a writer's given
    name or pen name, read only after the text's last sentence
    (:func:`end_credits.end_credit_start`)."""
    if len(content) != _PEN_NAME_LEN or not dictionary_phrase(content):
        return False
    return keyed_pen_name(content)


def pen_name_pair(content: str) -> bool:
    """``玉兰、建中``: two or three given names or pen names of two characters a bracket
    closing a brief lists with 、 (old papers signed so), one at least of a name's shape,
    none a place, a note or a role word, whatever the dictionary tags the others (建中: a
    verb alone)."""
    parts = content.strip().split("、")
    return (
        2 <= len(parts) <= 3
        and all(len(part) == _PEN_NAME_LEN and all(map(is_cjk, part)) for part in parts)
        and any(is_name_shaped(part) for part in parts)
        and not any(part in _BRACKET_NOTES or credit_role(part) for part in parts)
        and not any(places.find_places(part, county_short=True) for part in parts)
    )


#: Lengths of a pen name a role word keys in a credit (``（文/心语）``, ``（通讯员 晓风）``),
#: and of each of two names an OCR or a copy ran together in a credit.
_SHORT_NAME_LENGTHS = (2, 3)


def keyed_pen_name(token: str) -> bool:
    """A pen name after a role word or its key in a bracketed credit (``（文/心语）``,
    ``（通讯员 心语）``, ``（文/图 一苇）``): two or three characters, no note word (no verb)
    and no place. The role word says a writer signs, so the name need not be a surname's
    (an item signed so used to run on into the next, its credit the next one's kicker)."""
    if len(token) not in _SHORT_NAME_LENGTHS or not all(map(is_cjk, token)):
        return False
    if token in _BRACKET_NOTES or tokenizer.dictionary_tag(token) in _NOTE_TAGS:
        return False
    return not places.find_places(token, county_short=True)


def names_run_together(token: str) -> bool:
    """Two names of a credit printed without the blank between them (``（某某某某某）``,
    ``某某某某某某``): the token splits into two plausible names of two or three
    characters each. A bracket of names in print, read whole, not a note."""
    for cut in _SHORT_NAME_LENGTHS:
        first, second = token[:cut], token[cut:]
        if len(second) in _SHORT_NAME_LENGTHS and all(
            is_plausible_name(name, strong_context=True) for name in (first, second)
        ):
            return True
    return False
