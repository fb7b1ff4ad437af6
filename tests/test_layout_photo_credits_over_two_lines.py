"""Session 19 (layoutB): a photo's credit broken over two lines under its caption, the
reporter's role and name on one line, the next role, name and 摄 on the next
(``本报记者 某某`` / ``实习生 某某 摄``), as a provincial workers' paper's e-paper prints
it (read in the pages corpus; the tuning set real_dev11 has it on two pages). It used to
be read as a byline and a credit: the caption over it became body text and the next
photo of the same report a new article. It is one credit, both names photographers.

A byline over the text (``本报记者 某某`` under a headline) stays a byline, and a credit
line that opens with no role word is not joined to the line over it. All text is
invented."""

from __future__ import annotations

from tests.conftest import layout_roles, page_facts

REPORT = (
    "青禾市职工厨艺大赛落幕\n"
    "本报讯（记者 罗新桐）10月12日，青禾市职工厨艺大赛在市工人文化宫举行，来自全市各区的"
    "40名选手同台竞技。\n"
    "经过激烈比拼，青禾宾馆厨师郑一帆获得一等奖。\n"
)
PHOTOS = (
    "赛场上，选手正在制作面点。\n"
    "本报记者 罗新桐\n"
    "实习生 葛一川 摄\n"
    "比赛间隙，选手们交流烹饪心得。\n"
    "本报记者 罗新桐 摄\n"
)


def test_a_credit_broken_over_two_lines_is_one_credit_of_the_reports_photo():
    roles = layout_roles(REPORT + PHOTOS)
    assert roles["本报记者 罗新桐\n实习生 葛一川 摄"][0] == "photo_credit"
    assert roles["赛场上，选手正在制作面点。"][0] == "photo_caption"
    assert roles["比赛间隙，选手们交流烹饪心得。"] == ("photo_caption", 0)


def test_both_names_of_a_broken_credit_are_photographers():
    article = page_facts(REPORT + PHOTOS).articles[0]
    photographers = {a.name for a in article.authors if a.role.value == "photographer"}
    assert {"罗新桐", "葛一川"} <= photographers
    assert len(page_facts(REPORT + PHOTOS).articles) == 1


def test_a_byline_under_a_headline_stays_a_byline():
    page = (
        "青禾纺织厂的“女工课堂”\n"
        "本报记者 罗新桐\n"
        "每周三晚上，青禾纺织厂的职工书屋里坐满了下班的女工。\n"
    )
    roles = layout_roles(page)
    assert roles["本报记者 罗新桐"][0] == "byline"


def test_a_credit_with_no_role_word_is_not_joined_to_the_line_over_it():
    page = REPORT + "赛场上，选手正在制作面点。\n本报记者 罗新桐\n葛一川 摄\n"
    roles = layout_roles(page)
    assert "本报记者 罗新桐\n葛一川 摄" not in roles


def test_a_credit_with_a_name_not_found_as_printed_still_builds():
    # the page's blanks put back can leave a credit's name unmatched (文摄 glued to a
    # name): the author keeps the offsets it had, the page still builds
    page = REPORT + "\u3000\u3000（罗新桐 葛一川 文摄）\n"
    names = {a.name for a in page_facts(page).articles[0].authors}
    assert "罗新桐" in names
