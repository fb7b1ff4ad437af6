"""Organisation names in the shapes real pages print them (invented bodies and people;
the places are real places of China, as the reference data holds them)."""

from __future__ import annotations

from gonghui_build.extract.organisations.grammar import find_org_spans
from gonghui_build.extract.people.titles import parse_chain
from tests.conftest import page_facts


def spans(text):
    return [s.written for s in find_org_spans(text)]


def article_orgs(text):
    """(name as printed, resolved name) of every organisation mention of a page."""
    facts = page_facts(text)
    return [(o.name_as_written, o.resolved.name) for a in facts.articles for o in a.orgs]


def test_a_verb_before_a_bare_level_word_is_no_part_of_the_short_form():
    found = spans("会议选举产生了新一届委员会，吴立新当选县总工会第九届委员会主席。")
    assert "县总工会" in found
    assert not any("当选" in name for name in found)


def test_a_terms_ordinal_before_a_body_is_no_part_of_its_name():
    assert spans("会议将选举产生新一届县工会领导班子。") == ["县工会"]


def test_a_year_before_a_body_is_no_part_of_its_name():
    assert spans("会上，2024年度市总工会职工书屋评选启动。") == ["市总工会"]


def test_two_party_committees_side_by_side_are_no_one_name():
    assert not any("省委市委" in name for name in spans("深入贯彻省委市委全会精神。"))


def test_a_county_jieba_misreads_opens_a_company_name():
    assert spans("调研组深入南靖青禾电子有限公司调研") == ["南靖青禾电子有限公司"]


def test_a_bracketed_word_of_a_registered_name_stays_in_the_name():
    found = spans("和福建青峰机械（集团）股份有限公司等单位工会主席参加座谈。")
    assert found == ["福建青峰机械（集团）股份有限公司"]


def test_the_writers_own_city_before_a_company_is_no_part_of_its_name():
    found = spans("此次我市丰禾银行股份有限公司被授予劳动奖状。")
    assert found == ["丰禾银行股份有限公司"]


def test_the_peoples_organisations_beside_the_union_are_organisations():
    assert spans("省妇联党组成员、副主席吴丽华致辞") == ["省妇联"]
    assert spans("县残联和县科协的同志参加") == ["县残联", "县科协"]


def test_places_listed_before_one_suffix_each_name_a_body():
    found = article_orgs("本报讯 海淀、昌平、顺义区总工会负责人参加座谈会，交流经验。")
    names = {resolved for _, resolved in found}
    assert {"海淀区总工会", "昌平区总工会", "顺义区总工会"} <= names
    # each member points at the place the page prints for it
    assert ("海淀", "海淀区总工会") in found


def test_a_bare_federation_after_a_county_committee_in_a_chain_is_the_countys():
    text = "青河县委副书记、总工会主席吴立新出席"
    claims = parse_chain(text, text.index("吴立新"))
    assert [(c.title, c.org_written) for c in claims] == [
        ("副书记", "青河县委"),
        ("主席", "青河县总工会"),
    ]


def test_a_county_named_by_its_short_form_places_the_articles_short_forms():
    found = dict(
        article_orgs(
            "本报讯 3月2日，县总工会召开全委会议，市总工会副主席吴立新出席。\n"
            "吴立新对滦南工会工作给予肯定。"
        )
    )
    assert found["县总工会"] == "滦南县总工会"
    assert found["市总工会"] == "唐山市总工会"  # the county's city, not the paper's


def test_a_county_short_form_inside_a_persons_name_places_nothing():
    found = article_orgs("本报讯 县总工会在青禾电子有限公司召开会议，卢长海当选副主席。")
    assert found, "the page names organisations"
    assert not any("长海县" in resolved for _, resolved in found)


def test_a_sector_before_a_company_is_no_part_of_its_name():
    found = spans("煤炭系统青禾能源股份有限公司生产技术部部长吴立新获奖章")
    assert found and found[0].startswith("青禾能源")


def test_a_department_printed_alone_after_a_federations_titled_name_is_its():
    from gonghui_build.extract.people.rules import titled_names
    from gonghui_build.text.tokenizer import tag_tokens

    text = "市总工会经费审查委员会主任吴立新，宣传教育部部长韦海川到区里慰问。"
    held = {
        h.name: [(c.title, c.org_written) for c in h.claims]
        for h in titled_names(text, tag_tokens(text))
    }
    assert held["韦海川"] == [("部长", "市总工会宣传教育部")]
    # a department after a name titled at no federation stays as printed
    other = "青禾电子有限公司总经理吴立新，宣传教育部部长韦海川出席。"
    held = {h.name: h.claims for h in titled_names(other, tag_tokens(other))}
    assert held["韦海川"][0].org_written == "宣传教育部"


def test_a_place_jieba_does_not_know_keeps_its_first_character():
    assert spans("据青禾区总工会副主席吴立新介绍") == ["青禾区总工会"]
    assert spans("在全区各级工会中推广") == []


def positions_of(text):
    facts = page_facts(text)
    return {(q.name, q.org.name if q.org else None) for a in facts.articles for q in a.positions}


def test_an_anaphor_before_a_short_form_refers_back_to_the_body_named_before():
    held = positions_of(
        "本报讯 5月3日，区总工会一行来到青禾机械厂调研。该厂工会主席韦海川介绍了情况。"
    )
    assert ("韦海川", "青禾机械厂工会") in held


def test_a_department_of_a_body_printed_short_is_the_named_bodys():
    held = positions_of(
        "本报讯 青禾电子有限公司召开职代会。公司工会女职工委员会主任丁晓梅主持会议。"
    )
    assert ("丁晓梅", "青禾电子有限公司工会女职工委员会") in held


def test_a_bare_federation_after_a_name_titled_at_one_is_that_federation():
    from gonghui_build.extract.people.rules import titled_names
    from gonghui_build.text.tokenizer import tag_tokens

    text = "青河市委副书记、总工会主席吴立新，总工会党组书记、常务副主席韦海川陪同调研。"
    held = {h.name: {c.org_written for c in h.claims} for h in titled_names(text, tag_tokens(text))}
    assert held["韦海川"] == {"青河市总工会"}


def test_a_trades_union_of_a_named_place_is_an_organisation():
    assert spans("来到青禾县丰乐镇流行饰品行业工会联合会调研") == [
        "青禾县丰乐镇流行饰品行业工会联合会"
    ]
    assert spans("全区各行业工会联合会要落实") == []  # every trade's: a kind


def test_a_conjunction_before_a_level_word_opens_no_place():
    found = article_orgs("本报讯 县总工会和县委宣传部联合举办职工读书月活动，吴青岚出席。")
    resolved = {name for _, name in found}
    assert not any(name.startswith("和县") for name in resolved)
    assert {"县总工会", "县委宣传部"} <= resolved


def test_a_short_form_on_a_page_that_names_no_place_is_kept_as_printed():
    found = article_orgs("本报讯 近日，县总工会组织劳模代表开展义诊活动，惠及职工三百余人。")
    assert ("县总工会", "县总工会") in found


def test_a_department_sharing_its_heads_title_holds_the_title():
    held = positions_of(
        "本报讯 6月7日，青州市总工会常务副主席吴玉山、民管部长周小晨，"
        "以及禾丰县委常委、组织部长钱子惬陪同调研。"
    )
    assert ("周小晨", "青州市总工会民管部") in held
    assert ("钱子惬", "禾丰县委") in held  # 组织部长: a post of the 县委


def test_an_anaphor_before_a_mines_union_refers_back_to_the_mine():
    held = positions_of(
        "本报讯 日前，青川县鹿鸣煤矿举办井下技能比武。该矿工会主席陆远航介绍，全矿四百余名职工参赛。"
    )
    assert ("陆远航", "青川县鹿鸣煤矿工会") in held


def test_a_department_a_body_names_for_itself_holds_its_heads_title():
    text = (
        "本报讯 4月9日，澜沧市总工会社会保障部部长韩守业、生活服务部长伍佳宁一行到"
        "青禾县调研，青禾县总工会宣传教育和网络工作部副部长樊晓岚陪同。"
    )
    assert {
        ("韩守业", "澜沧市总工会社会保障部"),
        ("伍佳宁", "澜沧市总工会生活服务部"),
        ("樊晓岚", "青禾县总工会宣传教育和网络工作部"),
    } <= positions_of(text)
    named = {resolved for _, resolved in article_orgs(text)}
    assert {"澜沧市总工会社会保障部", "青禾县总工会宣传教育和网络工作部"} <= named


def test_a_department_after_a_chain_of_its_body_is_an_organisation_of_the_article():
    text = "本报讯 日前，澜沧市总工会副主席伍佳宁、权益保障部部长韩守业到企业走访。"
    assert ("韩守业", "澜沧市总工会权益保障部") in positions_of(text)
    assert ("权益保障部", "澜沧市总工会权益保障部") in article_orgs(text)


def test_cadres_of_a_union_are_no_department():
    found = {
        resolved
        for _, resolved in article_orgs("本报讯 澜沧市总工会干部部署工作，部长韩守业讲话。")
    }
    assert not any(name.endswith("干部") for name in found)


def test_a_short_form_in_a_chain_is_the_place_an_earlier_body_of_the_chain_names():
    text = (
        "本报讯 3月9日，湘西省人大常委会副主任、省总工会主席韩守业一行来考察，"
        "澜沧市委常委、市委统战部长、总工会主席伍佳宁陪同。"
    )
    held = {("韩守业", "湘西省总工会"), ("伍佳宁", "澜沧市委"), ("伍佳宁", "澜沧市总工会")}
    assert held <= positions_of(text)
    # the short form printed in the chain is a mention of the chain's organisation
    assert ("省总工会", "湘西省总工会") in article_orgs(text)


def test_the_partys_name_before_a_committee_is_no_part_of_its_place():
    held = positions_of("本报讯 中共青禾县委副书记、总工会主席马小川讲话。")
    assert ("马小川", "青禾县总工会") in held


def test_a_bare_federation_after_a_short_congress_in_a_chain_is_a_short_form_of_its_level():
    held = positions_of("本报讯 8月4日，县人大常委会副主任、总工会主席樊晓岚来到工地慰问。")
    assert ("樊晓岚", "县总工会") in held


def test_a_city_short_form_in_an_entry_naming_only_a_province_is_the_pages_city():
    text = (
        "克拉玛依年鉴 · 社会团体\n克拉玛依市总工会\n"
        "【概况】2016年，克拉玛依市总工会下辖基层工会组织1200个。（韩守业）\n"
        "【女工报告会】3月7日，市总工会在市工人文化宫举办报告会，新疆青禾化工有限公司"
        "工会女工委员樊晓岚作报告。市总工会副主席伍佳宁出席。（马小川）\n"
    )
    assert ("伍佳宁", "克拉玛依市总工会") in positions_of(text)


def test_a_person_elected_before_a_committee_is_no_part_of_its_name():
    found = spans("经全会选举，韩守业当选市总工会主席，伍佳宁当选经费审查委员会主任。")
    assert not any("当选" in name or "伍佳宁" in name for name in found)


def test_a_delegation_going_to_a_company_is_no_part_of_its_name():
    found = spans("近日，总工会职工服务工作负责人伍佳宁一行到公司片区调研。")
    assert not any("一行" in name for name in found)
    assert spans("会议选举产生市总工会第五届女职工委员会。") == ["市总工会"]


def test_a_brand_jieba_reads_as_a_name_keeps_the_verb_after_it():
    held = positions_of("本报讯 会上，青禾市快递行业工会联合会、嘉祺出行工会主席樊晓岚发言。")
    assert ("樊晓岚", "嘉祺出行工会") in held


def test_a_unit_cut_to_its_bare_suffix_does_not_end_the_chain_before_it():
    held = positions_of("本报讯 9月2日，澜沧区总工会党组成员、困难职工帮扶中心主任韩守业参加。")
    assert ("韩守业", "澜沧区总工会") in held
    # a verb before a bare suffix with no title before it opens no unit
    held = positions_of("本报讯 会上，听取公司工会主席伍佳宁汇报。")
    assert not any(org and "听取" in org for _, org in held)
