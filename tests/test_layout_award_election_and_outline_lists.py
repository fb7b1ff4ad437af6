"""Lists printed one item a line (session 12, read from real_dev5's shapes), pinned with
invented text: an award list whose winners carry transliterated names, an election's
officers under a counted heading that notes its order, and a summary's outline whose
ordinal headings stand over items numbered a level lower."""

from __future__ import annotations

from gonghui_build.layout.blocks import split_blocks
from gonghui_build.layout.roster import name_gap
from gonghui_build.layout.segment import layout

AWARD_LIST = """青禾市总工会 > 通知公告
青禾市总工会关于命名2023年度“青禾工匠”的决定
来源：市总工会办公室　发布时间：2023-04-27 10:05
各区总工会，各产业工会：
经评审，决定命名白晓川等6名同志为2023年度“青禾工匠”。
希望受到命名的同志珍惜荣誉，再立新功。
附件：2023年度“青禾工匠”名单（6名）
买合木提·吐拉克　青禾澄河纺织有限公司挡车工
白晓川　青禾长渠公交有限公司驾驶员
阿依夏木·热合曼　青禾南苑医院护士长
柏知远　青禾溪桥物流有限公司叉车司机
艾尔肯·司马义　青禾天池供电有限公司运维工
郁晴川　青禾钢联机械有限公司数控车工
青禾市总工会
2023年4月26日
"""

ELECTION = """首页 > 新闻中心 > 通知公告
关于青禾澄河科技有限公司工会第三届委员会选举结果的公告
发布日期：2024-05-20  阅读：88
全体会员：
2024年5月16日，青禾澄河科技有限公司工会第三次会员代表大会召开，以无记名投票方式选举产生新一届委员会。现将结果公告如下：
一、工会第三届委员会（7人，按姓氏笔画排序）
主　席：蓝望舒
副主席：柏知远（专职）
委　员：白晓川  蓝望舒  柏知远  郁晴川  祁念安  窦静怡  岑向东
二、经费审查委员会（3人）
主　任：岑向东
委　员：祁念安  窦静怡
特此公告。
青禾澄河科技有限公司工会
2024年5月20日
"""

SUMMARY = """青禾机械集团有限公司工会2023年工作总结
2023年，集团工会围绕中心工作，服务职工群众，较好地完成了全年各项任务。现将主要工作总结如下：
一、坚持职代会制度，推进民主管理
1．3月召开二届四次职工代表大会，审议通过了集体合同。
2．全年开展厂务公开检查两次，收集提案21件。
二、开展劳动竞赛，服务生产经营
1．开展“安全生产”劳动竞赛，全集团18个班组参赛。
2．9月举办焊工技能比武，64名职工参加。
三、2024年工作打算
继续开展“安康杯”竞赛，筹建职工书屋。
青禾机械集团有限公司工会
二〇二三年十二月二十日
"""


def _lines_and_roles(text: str) -> list[tuple[str, str]]:
    return [(p.block.plain.strip(), p.role) for p in layout(split_blocks(text)).placed]


def _body(text: str) -> list[str]:
    return [line for line, role in _lines_and_roles(text) if role == "body"]


def _roles(text: str) -> dict[str, str]:
    return dict(_lines_and_roles(text))


def test_a_roster_line_may_open_with_a_transliterated_name():
    assert name_gap("买合木提·吐拉克　青禾澄河纺织有限公司挡车工") is not None
    assert name_gap("艾尔肯·司马义 青禾天池供电有限公司运维工") is not None
    assert name_gap("买合木提·吐拉克说，工厂的事就是大家的事") is None


def test_each_winner_of_an_award_list_is_a_body_paragraph():
    body = _body(AWARD_LIST)
    winners = [line for line in AWARD_LIST.splitlines() if "　青禾" in line and "·" in line]
    assert len(winners) == 3
    for line in AWARD_LIST.splitlines()[7:13]:
        assert line in body, line
    assert len(body) == 3 + 6  # salutation, two paragraphs, six winners


def test_a_counted_heading_that_notes_its_order_heads_the_list_under_it():
    roles = _roles(ELECTION)
    assert roles["一、工会第三届委员会（7人，按姓氏笔画排序）"] == "section_heading"
    for officer in ("主　席：蓝望舒", "副主席：柏知远（专职）"):
        assert roles[officer] == "body", officer
    body = _body(ELECTION)
    assert len(body) == 2 + 3 + 2 + 1  # salutation, intro, officers one a line, 特此公告


def test_an_outlines_ordinal_heads_over_items_a_level_lower_are_headings():
    roles = _roles(SUMMARY)
    assert roles["一、坚持职代会制度，推进民主管理"] == "section_heading"
    assert roles["二、开展劳动竞赛，服务生产经营"] == "section_heading"
    assert roles["1．3月召开二届四次职工代表大会，审议通过了集体合同。"] == "body"
    assert len(_body(SUMMARY)) == 1 + 4 + 1


def test_an_ordinal_line_over_text_that_is_no_numbered_item_is_left_to_the_shapes():
    text = """青禾市总工会召开全委会
会议提出三点要求：
一、提高认识，统一思想
会议强调，各级工会要把思想统一到全会精神上来，切实增强责任感。
"""
    from gonghui_build.layout.outline import outline_headings

    blocks = split_blocks(text)
    assert outline_headings(blocks, set()) == frozenset()
