"""The words of a day of the lunar calendar (农历腊月廿三, 农历八月十五, 正月初八): one
grammar for the layout, which takes a chronicle's line opening with one for an entry, and
for the date reader, which finds its Gregorian day (:mod:`.extract.dates.lunar_written`)."""

from __future__ import annotations

#: The lunar months by their own names (正月 the first, 冬月 the eleventh, 腊月 the
#: twelfth: 《现代汉语词典》); no Gregorian month is so named.
NAMED_MONTHS = {"正": 1, "冬": 11, "腊": 12}
_ONES = "[一二三四五六七八九]"
#: A month so named (腊), before its 月.
NAMED_MONTH = f"[{''.join(NAMED_MONTHS)}]"
#: A month by its number (十二, 八), before its 月: lunar only after 农历.
MONTH_NUMBER = rf"十[一二]?|{_ONES}"
#: A day of a lunar month (初八, 二十三, 廿四, 三十, 卅, 十五).
DAY = rf"初(?:{_ONES}|十)|二十{_ONES}?|廿{_ONES}?|三十|卅|十{_ONES}?"
