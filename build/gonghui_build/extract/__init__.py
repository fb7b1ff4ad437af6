"""Stage 5 — extraction: what each page says, as frozen facts (:mod:`.facts`).

One pure function of one page (:func:`gonghui_build.extract.page.extract_page`): the
articles' dates (:mod:`.dates`), then per article (:mod:`.article`) its authors
(:mod:`.bylines`), organisations (:mod:`.organisations`), people and positions
(:mod:`.people`) and activities (:mod:`.activities`). Identity across pages is not
decided here but in :mod:`gonghui_build.resolve`.
"""
