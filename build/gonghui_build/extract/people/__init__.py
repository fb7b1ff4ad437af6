"""People of an article: the name rules (:mod:`.rules`), title chains (:mod:`.titles`)
and the people and positions of one article (:mod:`.article`)."""
