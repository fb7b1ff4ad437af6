"""咨询会, a consultation session lawyers or officials hold for workers (举办农民工法律援助
咨询会), is an activity of kind other, as 咨询活动 and 咨询日 are. Read on real_dev21: a
city union's session for migrant workers owed wages was read by no trigger and lost.
Invented sentence."""

from __future__ import annotations

from gonghui_build.extract.activities.finding import find_activities
from gonghui_build.vocabulary import Category


def test_a_legal_aid_consultation_session_is_an_activity():
    text = (
        "4月20日，青禾市总工会在青禾港区举办农民工法律援助咨询会，5名律师为60余名农民工解答疑问。"
    )
    (session,) = find_activities([text])
    assert (session.name, session.category) == ("农民工法律援助咨询会", Category.other)
    assert session.participants.count == 60
