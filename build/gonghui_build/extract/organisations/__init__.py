"""Organisations: the grammar that finds their names (:mod:`.grammar`), what a name says
by itself (:mod:`.names`), short names read against the article (:mod:`.context`), and
the organisations of one article (:mod:`.article`)."""
