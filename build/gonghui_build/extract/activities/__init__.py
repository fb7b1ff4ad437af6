"""Activities of an article: found sentence by sentence (:mod:`.finding`, from the
mentions of :mod:`.mentions` named by :mod:`.naming`), described by their sentence
(:mod:`.attributes`, :mod:`.statuses`), related to each other (:mod:`.links`), and made
facts with their dates (:mod:`.article`) and organisers (:mod:`.organisers`). The words
are in ``reference/activities.yaml`` (:mod:`.grammar`)."""
