"""A body read right after a name's middle dot opens with the name's last part when the
officers' lines run together (主席阿某·吐尔逊州总工会党组书记…): the part, a known element
of Uyghur and Kazakh names, is no part of the body (ppl32; read by the organisations'
rule for a body after a transliterated name's dot, ``org_spans._after_name_part``)."""

from gonghui_build.extract.people.rules import titled_names
from gonghui_build.text.tokenizer import tag_tokens


def test_the_next_chain_s_body_opens_after_the_name_part() -> None:
    text = "州总工会主席古丽娜·吐尔逊州总工会党组书记、常务副主席郑远山出席。"
    hits = {h.name: h.claims for h in titled_names(text, list(tag_tokens(text)))}
    assert [(c.title, c.org_written) for c in hits["郑远山"]] == [
        ("党组书记", "州总工会"),
        ("常务副主席", "州总工会"),
    ]
