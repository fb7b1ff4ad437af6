"""An article whose page prints the day it was published and whose text names that year
(``2024年…``) states the text's basis, ``explicit_date`` (ANNOTATION.md: explicit_date
when the text prints the year; the printed date only when the text gives no clue): every
such article of the tuning sets was annotated so. The date is still the printed day, and
the fact's ``basis`` still says the day came from print, so the rules counting from the
day of publication read it as before. A text naming no year, or another year, states the
printed date. Invented page (auth34)."""

from __future__ import annotations

from tests.conftest import page_facts

PAGE = (
    "青禾工人报\n"
    "第02版：基层动态\n"
    "2024年5月8日 星期三\n"
    "青山区总工会举办职工篮球赛\n"
    "本报讯（记者 罗晓帆）{body}\n"
)


def _date(body: str):
    return page_facts(PAGE.format(body=body)).articles[0].date


def test_the_texts_year_agreeing_with_the_printed_day_states_an_explicit_date() -> None:
    date = _date("5月6日，青山区总工会举办2024年职工篮球赛，16支代表队参赛。")
    assert (date.date, date.basis.value, date.stated_basis.value) == (
        "2024-05-08",
        "printed_date",
        "explicit_date",
    )


def test_a_text_naming_no_year_states_the_printed_date() -> None:
    date = _date("5月6日，青山区总工会举办职工篮球赛，16支代表队参赛。")
    assert (date.date, date.stated_basis.value) == ("2024-05-08", "printed_date")


def test_a_text_naming_last_years_results_states_the_printed_date() -> None:
    date = _date("5月6日，青山区总工会举办职工篮球赛，表彰2023年度优秀球员12名。")
    assert (date.date, date.stated_basis.value) == ("2024-05-08", "printed_date")
