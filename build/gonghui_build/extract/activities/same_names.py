"""An activity printed again: the one of those read so far that a name names again, under
the same name or nearly (a quoted name again, a shorter form, an edition's series), so
that the article's mentions of one activity make one row."""

from __future__ import annotations

import re

from gonghui_build.extract.activities.editions import other_edition
from gonghui_build.extract.activities.grammar import categories, words
from gonghui_build.extract.activities.naming import category
from gonghui_build.vocabulary import Category


def similarity(a: str, b: str) -> float:
    """Overlap of character bigrams (Jaccard)."""
    x = {a[i : i + 2] for i in range(len(a) - 1)}
    y = {b[i : i + 2] for i in range(len(b) - 1)}
    return len(x & y) / len(x | y) if x and y else 0.0


def _contained(known: str, name: str) -> bool:
    """One name holds the other whole, quotes and all (“两节”送温暖 in “两节”送温暖慰问
    活动), and the shorter is no bare trigger."""
    short, long = sorted((known, name), key=len)
    return short in long and short not in categories()


def _quoted_with_head(known: str, name: str) -> bool:
    """A programme read as a list's quoted item (“送温暖”, of 开展“送温暖”“送清凉”活动)
    named again with a generic head after its quotes (在“送温暖”活动中)."""
    if not (known.startswith("“") and known.endswith("”")):
        return False
    plain = name.replace("“", "").replace("”", "")
    title = known.strip("“”")
    return plain.startswith(title) and plain[len(title) :] in words("generic_heads").words


def same_name(names: list[tuple[str | None, Category]], name: str) -> int | None:
    """The activity, of the ``(name, category)`` read so far, printed again under the
    same name or nearly (“发展年、作风年”干部教育实践教育活动 and “发展年、作风年”
    教育实践教育活动); the series an edition belongs to (开发区职工职业技能竞赛 after
    2019年北京经济技术开发区职工职业技能竞赛决赛)."""
    for i, (known, kind) in enumerate(names):
        if not known or other_edition(known, name):
            continue  # 第二届…运动会 after 首届…运动会: the next event of the series
        quoted = "“" in known or "”" in name
        if quoted and known.strip("“”") == name.strip("“”"):
            return i  # “暖冬行动” again (a bare 座谈会 may be another one)
        if _quoted_with_head(known, name):
            return i  # 在“送温暖”活动中 after the list's item “送温暖”
        same_kind = kind == category(name, 0, len(name))
        titles = set(re.findall("“[^”]+”", name))
        if same_kind and titles and titles == set(re.findall("“[^”]+”", known)):
            return i  # “巾帼建功”报告会 after “巾帼建功”先进事迹报告会
        if len(name) >= 4 and same_kind and _contained(known, name):
            return i  # 技术比武 after 宝鸡秦岭机床厂第十二届职工技术比武决赛
        if len(name) < 6:
            continue
        if known.endswith(name):
            return i
        if same_kind and (name in known or similarity(known, name) >= 0.7):
            return i
    return None
