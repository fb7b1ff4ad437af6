"""Names listed after one title, honours between a title and a name, and where a name
after a title ends (invented names, bodies and events)."""

from __future__ import annotations

from gonghui_build.extract.people.rules import titled_names
from gonghui_build.text.tokenizer import tag_tokens
from tests.test_people_rules import _elected as elected


def titled(text: str) -> dict[str, list[tuple[str, str | None]]]:
    hits = titled_names(text, tag_tokens(text))
    return {h.name: [(c.title_normalised, c.org_written) for c in h.claims] for h in hits}


def test_names_listed_after_a_title_hold_the_same_title():
    found = titled(
        "青禾市总工会党组书记、常务副主席韦小川，副主席邹明远、柯雨桐、骆春晖以及"
        "党组成员、副调研员闵志强、乔远航等领导参加活动。"
    )
    for name in ("邹明远", "柯雨桐", "骆春晖"):
        assert found[name] == [("副主席", "青禾市总工会")]
    assert found["乔远航"] == found["闵志强"]
    assert [t for t, _ in found["乔远航"]] == ["党组成员", "副调研员"]


def test_a_list_after_a_title_stops_at_the_next_title():
    found = titled("石湾县委书记甘立新、县长滕晓峰出席开幕式。")
    assert found["甘立新"] == [("书记", "石湾县委")]
    assert [t for t, _ in found["滕晓峰"]] == ["县长"]


def test_a_congress_body_shared_by_listed_names():
    found = titled("石湾市人大常委会副主任韦小川、柯雨桐，副市长骆春晖出席。")
    assert found["柯雨桐"] == [("副主任", "石湾市人大常委会")]
    assert [t for t, _ in found["骆春晖"]] == ["副市长"]


def test_names_listed_with_notes_in_brackets_share_the_post_they_were_elected_to():
    found = elected(
        "全会选举产生常委十一名，韦小川当选市总工会主席，"
        "邹明远(女)、柯雨桐、骆春晖（女）、闵志强当选副主席。"
    )
    assert found["韦小川"] == [("主席", "市总工会")]
    for name in ("邹明远", "柯雨桐", "骆春晖", "闵志强"):
        assert found[name] == [("副主席", "市总工会")], name


def test_a_note_in_brackets_before_the_election_verb_leaves_the_name():
    assert elected("会议选举产生了新一届领导班子，柯雨桐（女）当选青禾县总工会副主席。") == {
        "柯雨桐": [("副主席", "青禾县总工会")]
    }


def test_an_honour_between_a_title_and_the_name_states_no_post():
    found = titled("交流会上，青禾区总工会兼职副主席、全国劳模邹明远作了发言。")
    assert found["邹明远"] == [("兼职副主席", "青禾区总工会")]
    found = titled("石湾区总工会副主席、全国五一劳动奖章获得者、青禾工匠柯雨桐出席。")
    assert found["柯雨桐"] == [("副主席", "石湾区总工会")]


def test_a_leader_bringing_a_group_along_ends_the_name():
    assert list(titled("青禾市总工会副主席韦小川携慰问组一行来到物流园。")) == ["韦小川"]


def test_a_preposition_after_a_title_opens_no_name():
    assert titled("会上，职工代表向环卫行业的同行们致以问候。") == {}


def test_a_reporters_medium_or_grade_before_the_role_is_no_name():
    from gonghui_build.extract.bylines import parse_byline

    for byline in (
        "青禾网3月5日讯 ( 全媒体记者 韦小川 )",
        "石湾日报讯(融媒体记者/韦小川)",
        "本报讯（见习记者 韦小川 通讯员 柯雨桐）",
    ):
        names = [a.name for a in parse_byline(byline)]
        assert names[0] == "韦小川", byline
        assert all(n in ("韦小川", "柯雨桐") for n in names), byline


def test_a_name_after_a_reporters_role_in_the_text_is_no_person_of_it():
    assert titled("青禾社石湾9月21日电 青禾社记者 韦小川 老劳模带来了新技术。") == {}
    assert list(titled("石湾日报社记者部主任韦小川说，")) == ["韦小川"]


def test_a_compound_surname_name_the_model_cuts_after_one_given_character_is_whole():
    from gonghui_build.extract.people.model import model_names

    text = "授予第六至第十名的选手皇甫双润、韦立、柯雨桐“技术标兵”荣誉称号。"
    names = [m.name for m in model_names(text, [], tag_tokens(text))]
    assert "皇甫双润" in names and "皇甫双" not in names
    text = "授予选手欧阳明、韦立荣誉称号。"
    assert "欧阳明" in [m.name for m in model_names(text, [], tag_tokens(text))]


def test_a_caption_ending_with_a_transliterated_name_gives_the_whole_name():
    from gonghui_build.text.names import parse_titled_name

    found = parse_titled_name("青禾制药有限公司工会主席 古丽米热·艾尼瓦尔")
    assert found is not None
    assert (found.title_part, found.name) == ("青禾制药有限公司工会主席", "古丽米热·艾尼瓦尔")
    found = parse_titled_name("石湾区总工会党组书记、主席 韦小川")
    assert found is not None and found.name == "韦小川"


def test_a_name_listed_after_people_the_model_found_is_a_person_too(pages_dir, tmp_path):
    import pyarrow.parquet as pq

    from tests.built import built_activities

    built_activities(
        pages_dir,
        tmp_path,
        "青禾市首届职工技能竞赛落幕\n"
        "经过三天角逐，竞赛决出各个奖项，其中，韦立新、柯雨桐、骆春晖、龙性平等4名选手"
        "分别荣获焊工组、叉车组、起重机组、电工组个人一等奖。\n",
    )
    rows = pq.read_table(tmp_path / "out" / "person_mentions.parquet").to_pylist()
    names = {r["name_as_written"]: r["source"] for r in rows}
    assert {"韦立新", "柯雨桐", "骆春晖", "龙性平"} <= set(names)
    assert len(names) == 4
    assert names["龙性平"] == "listed_name"  # the model reads the first three alone


def test_a_bracketed_credit_closing_the_text_is_its_correspondent(pages_dir, tmp_path):
    import pyarrow.parquet as pq

    from gonghui_build.extract.credits import bracketed_credit_start
    from tests.built import built_activities

    built_activities(
        pages_dir,
        tmp_path,
        "石湾集团工会到项目工地送清凉\n"
        "7月12日，石湾集团工会主席韦小川、副主席柯雨桐一行来到青禾路项目工地，看望慰问"
        "一线施工人员。\n"
        "韦小川、柯雨桐两位领导亲切看望奋战在一线的施工人员，并把毛巾、香皂等慰问品送到了"
        "工人手中。(机关 骆春晖)\n",
    )
    out = tmp_path / "out"
    mentioned = {
        r["name_as_written"] for r in pq.read_table(out / "person_mentions.parquet").to_pylist()
    }
    assert mentioned == {"韦小川", "柯雨桐"}
    people = {r["person_id"]: r["name"] for r in pq.read_table(out / "people.parquet").to_pylist()}
    authors = [
        (people[r["person_id"]], r["role"])
        for r in pq.read_table(out / "authors.parquet").to_pylist()
    ]
    assert authors == [("骆春晖", "correspondent")]
    assert bracketed_credit_start("慰问品送到了工人手中。(市总工会)") is None
    assert bracketed_credit_start("办法（试行）") is None
