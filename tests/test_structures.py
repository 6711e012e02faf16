"""What each structure reads in report-style sentences: which figure plays which role."""

from __future__ import annotations

from hecha.extract import extract


def roles(text: str, kind: str) -> list[dict[str, list[str]]]:
    """The groups of `kind`, each as role → the figures' text."""
    ex = extract(text)
    by_id = {f.id: f.mention.text for f in ex.facts}
    out = []
    for g in ex.groups:
        if g.kind == kind:
            named = {k: [by_id[i] for i in v] for k, v in g.facts.items()}
            named["bases"] = [by_id[i] for i in g.attrs.get("bases", [])]
            out.append(named)
    return out


def share(text: str) -> list[dict[str, list[str]]]:
    return roles(text, "share")


def test_the_count_before_zhan_is_the_part_not_the_base() -> None:
    [s] = share("代理区政府作为当事人的行政诉讼案件40宗，审结27宗，占67.5%。")
    assert s["part"] == ["27宗"] and s["bases"] == ["40宗"]


def test_the_words_after_zhan_name_the_base() -> None:
    text = "全年共收到行政复议申请6200件，审结4696件。行政不作为490件，占收到申请总数的7.9%。"
    [s] = share(text)
    assert s["part"] == ["490件"] and s["bases"][0] == "6200件"


def test_a_list_of_shares_takes_its_first_base() -> None:
    text = "共收到行政复议申请6200件，其中，依法受理4955件，占收案总数的79.9%；不予受理1245件，占20.1%。"
    first, second = share(text)
    assert first["bases"] == second["bases"] == ["6200件"]
    assert second["part"] == ["1245件"]


def test_a_subject_before_zhan_makes_the_count_the_base() -> None:
    [s] = share("其中新培育199人，村居两委成员占比60%以上。")
    assert "part" not in s and s["bases"] == ["199人"]


def test_a_growth_rate_between_part_and_share_is_passed_over() -> None:
    text = "全省法院共审结一审行政案件4729件，行政机关败诉752件，同比下降14.84%，占全部一审结案总数的15.9%。"
    [s] = share(text)
    assert s["part"] == ["752件"]


def test_a_share_of_a_wider_scope_restating_the_part_has_no_base() -> None:
    text = "两级法院受理行政案件11544件。三年来行政案件收案总数为11544件，占全省地市法院收案总数18.4%。"
    [s] = share(text)
    assert s["bases"] == []  # 11544 is the part restated, not the province's total


def test_generic_nouns_do_not_name_a_base() -> None:
    text = "受理行政案件11544件，审结11412件。败诉案件高达222件，占当年败诉案件总数的30.6%。"
    [s] = share(text)
    assert s["part"] == ["222件"] and s["bases"] == []  # 败诉 total is not stated


def test_no_share_without_a_part_or_a_named_base() -> None:
    assert share("年均占案件总数的74.13%。") == []


def breakdown(text: str) -> list[dict[str, list[str]]]:
    return roles(text, "breakdown")


def test_a_later_step_after_a_part_is_nested_in_it_not_a_sibling() -> None:
    text = (
        "全省法院共受理各类行政诉讼案件6746件。其中，一审受案3839件，结案2823件；二审受案2272件；结案1839件。"
    )
    [b] = breakdown(text)
    assert b["total"] == ["6746件"] and b["parts"] == ["3839件", "2272件"]


def test_a_step_after_kinds_starts_another_dimension() -> None:
    text = "共收到网民留言3059条，各县收到1155条，其中咨询类留言1160条、投诉类留言1859条、建言献策类留言40条，处理答复3055条。"
    [b] = breakdown(text)
    assert b["total"] == ["3059条"]  # the parts' noun (留言), not the nearest figure
    assert b["parts"] == ["1160条", "1859条", "40条"]


def test_a_figure_whose_clause_ends_in_zhong_opens_a_list() -> None:
    text = "在对申请答复的1677件中，属已主动公开的243件，属同意公开的318件，属同意部分公开的221件。"
    [b] = breakdown(text)
    assert b["total"] == ["1677件"] and b["parts"] == ["243件", "318件", "221件"]


def test_a_last_part_named_other_makes_the_list_complete() -> None:
    ex = extract("办理代表建议57件，其中：城建方面18件，工业环保方面13件，其它方面2件。")
    [g] = [g for g in ex.groups if g.kind == "breakdown"]
    assert g.attrs["complete"] == "yes"


def test_parts_with_their_own_rates_are_attributes_that_may_overlap() -> None:
    text = "报送备案197件。其中，在法定期限内报送备案的100件，备案及时率51%；备案材料符合要求的144件，备案规范率73%。"
    ex = extract(text)
    [g] = [g for g in ex.groups if g.kind == "breakdown"]
    assert g.attrs.get("overlap") is True


def rate(text: str) -> list[dict[str, list[str]]]:
    return roles(text, "rate")


def test_a_rate_counts_what_its_name_names_over_an_earlier_step() -> None:
    [g] = rate("共收到提案134件，经审查立案129件，立案率96%。")
    assert g["part"] == ["129件"] and g["bases"] == ["134件"]


def test_an_abbreviated_rate_name_finds_its_count() -> None:
    [g] = rate("共制发规范性文件198件，向自治区法制办报送备案197件，报备率99.5%。")
    assert g["part"] == ["197件"] and g["bases"] == ["198件"]


def test_a_count_named_by_another_word_is_not_the_numerator() -> None:
    # 经审查予以备案: the count is of 备案, not of 审查; 化解信访积案: of 积案 (its base is unstated)
    for text in (
        "全年共收到报备的规范性文件46件，经审查予以备案43件，备案审查率100%。",
        "全年共受理信访事项1862件；化解信访积案56件，化解率93.3%。",
    ):
        assert all("part" not in g for g in rate(text))  # at most tied to the count just before it


def test_a_rate_after_a_count_it_shares_words_with_is_tied_to_it() -> None:
    [g] = rate("共有131位委员提出提案，委员提案参与率达87.04%。")
    assert g["count"] == ["131位"]


def test_a_count_that_names_no_step_is_not_a_base_by_position() -> None:
    [g] = rate("全年共审查规范性文件25件，备案审查23件，备案率100%。")
    assert g["bases"] == []  # 备案率 is over the documents to be filed, which the text does not state


def test_a_rate_of_a_list_part_is_over_the_list_total() -> None:
    [g] = rate("随机抽取50件已办结案件进行了电话回访，其中接通电话47个，停机2个，空号1个，接通率为94%。")
    assert g["part"] == ["47个"] and g["bases"][0] == "50件"


def steps(text: str) -> list[dict[str, list[str]]]:
    return roles(text, "step")


def test_a_later_step_is_held_to_the_nearest_earlier_one() -> None:
    text = "全年收到行政许可申请16352件，受理15822件，准予许可9847件。"
    assert [(g["earlier"], g["later"]) for g in steps(text)] == [
        (["16352件"], ["15822件"]),
        (["15822件"], ["9847件"]),
    ]


def test_a_negated_or_dated_step_is_no_step() -> None:
    assert steps("共收到申请108件，其中不予受理5件。") == []
    [g] = steps("受理100件，受理后撤回申请8件。")
    assert g["later"] == ["8件"]  # 撤回, after 受理


def test_a_screening_is_the_earlier_step_only_of_what_concludes_it() -> None:
    # what is mediated need not have been found by the screening; what is resolved was
    assert steps("排查各类矛盾纠纷485件，预防矛盾纠纷419件，调解纠纷627件。") == []
    [g] = steps("开展矛盾纠纷排查126次，排查出矛盾纠纷896件，化解872件。")
    assert (g["earlier"], g["later"]) == (["896件"], ["872件"])


def test_a_clause_with_a_new_subject_starts_afresh() -> None:
    text = "共计摸排矛盾纠纷1239件，成功化解1222件；在岭街道成立“共享法庭”，受理调处各类纠纷5980件。"
    assert [g["later"] for g in steps(text)] == [["1222件"]]


def test_answers_belong_to_the_whole_not_to_its_last_part() -> None:
    text = "共收到网民留言3059条，各部门收到1904条，各县收到1155条，各级各部门处理答复3055条。"
    [g] = steps(text)
    assert g["earlier"] == ["3059条"]


def test_a_thing_named_after_a_step_word_is_no_step() -> None:
    # 政府信息公开申请 names the request, 通过网络 the channel: the steps are 受理 and 答复
    text = "省政府受理政府信息公开申请1784件，在对申请答复的1677件中，通过网络申请的数量为590件。"
    assert [(g["earlier"], g["later"]) for g in steps(text)] == [(["1784件"], ["1677件"])]


def test_a_long_clause_after_a_semicolon_is_a_new_subject() -> None:
    text = "全年受理复议申请9件，已结案9件；依法办理区政府作为应诉机关的行政应诉一审案件22件。"
    assert [g["later"] for g in steps(text)] == [["9件"]]


def test_two_statuses_of_one_set_make_a_list_complete() -> None:
    ex = extract("共收到群众来信553件，其中受理有效信件497件，无效重复信件56件。")
    [g] = [g for g in ex.groups if g.kind == "breakdown"]
    assert g.attrs["complete"] == "yes"


def test_statuses_after_a_count_divide_it_without_qizhong() -> None:
    [b] = breakdown(
        "审计发现问题82个，截至7月底，已整改问题38个，采纳审计建议10个，正在整改问题21个，移送问题13个。"
    )
    assert b["total"] == ["82个"] and b["parts"] == ["38个", "10个", "21个", "13个"]
    # a count that is itself one of the statuses is a sibling, not the whole
    text = "评出优秀案卷4273宗，占22.68%；合格案卷14445宗，占76.65%；不合格案卷126宗，占0.67%。"
    assert all(g["total"] != ["4273宗"] for g in breakdown(text))


def test_a_whole_divided_by_scope() -> None:
    text = "政府网站主动公开政府信息173769条。市政府及其部门主动公开政府信息75656条，县(区)政府及其部门主动公开政府信息98113条。"
    [b] = breakdown(text)
    assert b["total"] == ["173769条"] and b["parts"] == ["75656条", "98113条"]


def test_zhong_de_puts_the_next_figure_inside() -> None:
    [b] = breakdown("共对本年度形成的21142宗案卷中的18844宗进行了自查。")
    assert b["total"] == ["21142宗"] and b["parts"] == ["18844宗"]


def test_shares_adding_to_100_make_their_parts_a_complete_breakdown() -> None:
    text = (
        "共收到市民来信276件。从诉求类型来看，投诉类103件，占比37.32%；咨询类75件，占比27.17%；"
        "求助类66件，占比23.91%；建议类22件，占比7.97%；举报类10件，占比3.63%。"
    )
    ex = extract(text)
    [g] = [g for g in ex.groups if g.kind == "breakdown"]  # (从诉求类型来看 states it first)
    assert g.attrs["complete"] == "yes"


def test_cases_and_people() -> None:
    assert [g["persons"] for g in roles("防民转刑案件10件12人，防群体性械斗7件211人。", "persons")] == [
        ["12人"],
        ["211人"],
    ]


def test_shares_after_fenbie_zhan_pair_with_the_counts_in_order() -> None:
    text = "受理的9428件中，各区排名前五位分别为浦东新区1269件；杨浦区911件；松江区836件，分别占区政府受案总数的15.0%、10.8%、9.9%。"
    got = [(g["part"], g["rate"]) for g in share(text)]
    assert got == [(["1269件"], ["15.0%"]), (["911件"], ["10.8%"]), (["836件"], ["9.9%"])]
    assert all(g["bases"] == [] for g in share(text))  # 区政府受案总数 is not the 9428 of the whole city


def test_a_rate_counts_its_word_done_to_the_thing_an_earlier_count_names(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全国共发现林业行政案件18.29万起，较2017年增加9653起，上升5.57%，查结林业行政案件17.61万起，查处率达{}%。"
    assert not _errors(checker, text.format("96.29")) and _errors(checker, text.format("86.29"))


def test_a_count_concluded_one_way_is_neither_the_rates_numerator_nor_all_concluded(checker) -> None:  # type: ignore[no-untyped-def]
    text = "拒执罪立案176件(公诉案件6件，自诉案件170件)，审结170件，以判决方式结案95件，结案率{}%。"
    assert not _errors(checker, text.format("96.59"))  # (170 of 176; the 95 by judgment are some of the 170)
    assert _errors(checker, text.format("86.59"))
    # (a way the metric's own words name is that metric: 以调解和解方式结案 counts what 调解…结案 does)
    [f] = [f for f in extract("行政复议以调解和解方式结案4990件。").facts if f.mention.text == "4990件"]
    assert f.metric is not None


def test_counts_said_respectively_of_a_later_step_are_each_of_its_own(checker) -> None:  # type: ignore[no-untyped-def]
    text = "市政府共承办代表建议58件、政协提案274件，截至去年年底，已经解决或列入计划逐步解决的分别有47件、{}件。"
    assert [(g["part"], g["whole"]) for g in roles(text.format(237), "subset")] == [
        (["47件"], ["58件"]),
        (["237件"], ["274件"]),
    ]
    assert not _errors(checker, text.format(237)) and _errors(checker, text.format(297))
    # (a change said 分别 is no step: 同比分别增加12件、30件)
    assert not roles("受理建议58件、提案274件，同比分别增加12件、30件。", "subset")


def test_a_count_concluded_one_way_is_some_of_those_concluded(checker) -> None:  # type: ignore[no-untyped-def]
    text = "拒执罪立案176件，审结170件，以判决方式结案{}件。"
    [g] = roles(text.format(95), "subset")
    assert (g["part"], g["whole"]) == (["95件"], ["170件"]) and not _errors(checker, text.format(95))
    assert any("以判决方式结案195件是前面170件中的一部分" in e for e in _errors(checker, text.format(195)))


def test_a_rate_takes_its_numerator_from_its_own_segment_first(checker) -> None:  # type: ignore[no-untyped-def]
    # (the 结案705件 of the segment before names the rate's word as written; the rate is of its own segment's 审结)
    text = "其中行动期间受案648件，结案705件；拒执罪立案176件，审结170件，结案率{}%。"
    [g] = [g for g in roles(text.format("96.59"), "rate") if g["rate"] == ["96.59%"]]
    assert g["part"] == ["170件"] and not _errors(checker, text.format("96.59"))
    assert _errors(checker, text.format("86.59"))


def test_an_intake_received_in_a_period_may_be_passed_by_those_concluded(checker) -> None:  # type: ignore[no-untyped-def]
    # (受案 is what came in: those concluded may be old ones too, up to twice as many without a stated carry-over)
    assert not _errors(checker, "“夏季雷霆”行动期间受案648件，结案705件。")
    assert _errors(checker, "“夏季雷霆”行动期间受案648件，结案1705件。")


def test_a_rate_a_metric_rule_lets_pass_only_by_an_unstated_term_is_read_against_its_stated_base(
    checker,
) -> None:  # type: ignore[no-untyped-def]
    # (the metric rule binds 一审案件40148件 and an unstated 旧存; the sentence states the base, 受理…43296件)
    text = "两级法院共受理民事案件43296件，结案38180件，结案率{}%，其中一审案件40148件，同比下降5.1%。"
    assert not [e for e in _errors(checker, text.format("88.18")) if e.startswith("HC009")]
    assert any(e.startswith("HC009") for e in _errors(checker, text.format("78.18")))


def test_a_rate_over_a_population_takes_no_count_for_its_base(checker) -> None:  # type: ignore[no-untyped-def]
    # (the unemployment rate is over the labour force, which the text does not state)
    assert not rate("城镇新增就业4843人，城镇登记失业人数3601人，城镇登记失业率3.43%。")
    assert not _errors(checker, "城镇新增就业4843人，城镇登记失业人数3601人，城镇登记失业率3.43%。")
    # (a rate of the text's own counts is still read)
    assert _errors(checker, "共收到提案134件，经审查立案129件，立案率86%。")


def test_a_rate_is_not_counted_by_what_is_not_done() -> None:
    [g] = rate("审计发现问题82个，已整改问题38个，正在整改问题21个，整改率达到66%。")
    assert g["part"] == ["38个"]


def test_a_win_rate_over_the_concluded_less_the_withdrawn(checker) -> None:  # type: ignore[no-untyped-def]
    from .helpers import run_text

    res = run_text(
        checker, "代理行政诉讼案件40宗，审结27宗；在已审结的案件中，胜诉24宗，撤诉3宗，胜诉率100%。"
    )
    assert not [f for f in res.findings if f.severity != "info"], [f.message for f in res.findings]


def test_a_split_by_one_dimension_breaks_down_the_whole_stated_before() -> None:
    text = "全年共制作裁判文书600份，较上年增长5%。以审级区分，一审320份，二审250份，再审30份。"
    [b] = [g for g in roles(text, "breakdown") if g["parts"][0] == "320份"]
    assert b["total"] == ["600份"] and b["parts"] == ["320份", "250份", "30份"]


_BY_SECTOR = (
    "年末城乡就业人员131.28万人。\n按产业划分，第一产业51.55万人，第二产业{}万人，第三产业54.79万人。"
)


def test_a_key_of_division_divides_the_one_count_of_the_sentence_before(checker) -> None:  # type: ignore[no-untyped-def]
    # (no 共 names the 131.28万 a whole: it is found though the parts do not add up, so the error shows)
    assert _errors(checker, _BY_SECTOR.format("24.94")) == []
    assert [e.split()[0] for e in _errors(checker, _BY_SECTOR.format("34.94"))] == ["HC002"]
    # a point of view (从…看) may follow a part stated alone; a count with its share is a part itself
    other = "以乡镇为被申请人的案件共339件。\n从申请事项看，行政处罚类349件，投诉举报类296件。"
    assert _errors(checker, other) == []
    shared = "以乡镇为被申请人的案件339件，占比30%。\n按申请事项分，行政处罚类349件，投诉举报类296件。"
    assert _errors(checker, shared) == []


def test_a_series_over_years_after_a_point_of_view_is_no_division(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "2023年前三季度，全国共办理结婚登记569.0万对。而从全年数据来看，2013年全国结婚登记量为1346.9万对，"
        "2022年降至683.5万对，而2023年则回升至768万对。"
    )
    assert not [b for b in roles(text, "breakdown") if "683.5万对" in b["parts"]] and not _errors(
        checker, text
    )
    # (the years of the span the whole states do divide it)
    years = "2018年至2020年共受理案件{}件。从各年来看，2018年受理300件，2019年受理400件，2020年受理500件。"
    assert not _errors(checker, years.format(1200)) and _errors(checker, years.format(1000))


def test_a_part_stated_as_a_whole_of_its_own_is_not_of_the_figure_before(checker) -> None:  # type: ignore[no-untyped-def]
    text = "参与社会救助85.8万起、安保勤务14.3万起；其中{}处置虚假警16.4万起。"
    assert not _errors(checker, text.format("全年共"))  # (共: of all the calls, not of the 14.3万)
    assert _errors(checker, text.format(""))  # (a part of the 14.3万 larger than it)


def test_a_population_by_where_and_by_sex_is_two_dimensions_of_it(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "年末全县户籍人口为112635人。其中，城镇人口54715人，乡村人口{}人；男性人口57753人，女性人口54882人。"
    )
    got = sorted(b["parts"] for b in roles(text.format(57920), "breakdown"))
    assert got == [["54715人", "57920人"], ["57753人", "54882人"]] and not _errors(
        checker, text.format(57920)
    )
    [e] = _errors(checker, text.format(67920))
    assert "122635" in e and "67920人（应为57920）" in e  # (the sexes confirm the 112635: the place is off)


def test_value_added_is_no_increase_and_three_sectors_make_the_whole(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "2019年全县地区生产总值797156万元，比上年增长11.3%。其中，第一产业增加值155864万元，比上年增长6.2%；"
        "第二产业增加值{}万元，比上年增长13.6%；第三产业增加值365687万元，比上年增长12.0%。"
    )
    [b] = roles(text.format(275605), "breakdown")
    assert b["parts"] == ["155864万元", "275605万元", "365687万元"] and not _errors(
        checker, text.format(275605)
    )
    assert _errors(checker, text.format(175605))  # (short of the whole: the three sectors are all of it)


def test_items_cancelled_or_kept_and_suggestions_by_how_settled_divide_their_count(checker) -> None:  # type: ignore[no-untyped-def]
    text = "自治区级清单涉及证明事项数量为205项，取消48项，保留{}项。"
    assert not _errors(checker, text.format(157)) and _errors(checker, text.format(257))
    text = "承办政协委员提案16件，已经解决或基本解决{}件，正在解决或列入规划逐步解决2件。"
    assert not _errors(checker, text.format(14)) and _errors(checker, text.format(10))


def test_times_answered_are_at_least_what_all_went_through(checker) -> None:  # type: ignore[no-untyped-def]
    # (731件提案全部办复，办理答复1483件次: each proposal answered by several bodies; 件次 counts the answers)
    assert not _errors(checker, "立案交办的731件提案全部办复，办理答复1483件次。")
    assert any(
        e.startswith("HC007") for e in _errors(checker, "立案交办的731件提案全部办复，办理答复781件。")
    )
    # (but at least once each: fewer answers than proposals all answered is a slip)
    assert any(
        e.startswith("HC007") for e in _errors(checker, "立案交办的731件提案全部办复，办理答复483件次。")
    )


def test_a_part_beyond_the_figure_before_that_names_its_whole_by_a_share_is_not_its_part(checker) -> None:  # type: ignore[no-untyped-def]
    # (其中，政府系统办理的672件，占立案总数的92%: of the 731 filed, not of the 分办451件 right before)
    text = (
        "自治区政协共收到提案925件，经审查立案731件。据介绍，立案提案交由91家单位办理，单办280件，分办451件。"
        "其中，政府系统办理的672件，占立案总数的{}%。"
    )
    assert not _errors(checker, text.format(92))
    assert _errors(checker, text.format(82))


def test_the_base_of_a_share_restated_in_brackets_is_no_whole_of_the_list_after(checker) -> None:  # type: ignore[no-untyped-def]
    # (占广东全省收到评价数(8486万条)…: the province's, the base of that share; 其中差评数3591条 is of the city's 2373.6万条)
    text = (
        "2023年，全市政务服务评价数2373.6万条，占广东全省收到评价数(8486万条)四分之一以上。"
        "其中，差评数3591条，差评按时整改率100%，差评率{}%。"
    )
    assert not _errors(checker, text.format("0.015"))
    assert _errors(checker, text.format("0.025"))
    # (and the share itself is of that base: 2373.6 of 9886 is below a quarter)
    assert _errors(checker, text.format("0.015").replace("8486", "9886"))


def test_a_list_after_a_rate_takes_no_whole_of_the_rate_s_step_paragraphs_back(checker) -> None:  # type: ignore[no-untyped-def]
    # (办复率100%，其中…: the list is of the 130 requests, not of 采用672条 in the paragraph before)
    text = (
        "全区发布信息4583条，其中主动公开各类政府信息2107条，市政府网站共采用672条。\n"
        "2022年，全区共收到政府信息公开申请130件。为提升答复群众满意率，我区进一步规范答复流程，办复率100%，"
        "其中予以公开或部分公开59件、占45.3%；不予公开32件、占24.6%；无法提供26件、占20%；不予处理1件、占0.7%；"
        "其他处理{}件、占9.2%。"
    )
    assert not _errors(checker, text.format(12))
    assert _errors(checker, text.format(22))


def test_a_key_s_list_opening_with_the_set_it_is_among_restates_its_whole(checker) -> None:  # type: ignore[no-untyped-def]
    # (从处理情况来看，6件信访件中属…的1件: the 6 restates the whole the parts are among, it is no part)
    text = (
        "今年前4月全县共接收信访件6件。从处理情况来看，6件信访件中属业务范围外的1件，占比16.67%；"
        "无实质内容1件，占比16.67%；正在办理{}件，占比66.66%。"
    )
    assert not _errors(checker, text.format(4))  # (errors and warnings both)
    assert _errors(checker, text.format(3))


def test_a_key_divides_the_count_its_subject_names(checker) -> None:  # type: ignore[no-untyped-def]
    # (医院按等级分: of the 医院 counted before, not the 民营医院 nearer; 三级 names a grade, it counts nothing; the
    # bracket's own 其中 list ends at its close)
    text = (
        "全国医疗卫生机构总数达1022922个。其中：医院35394个，基层医疗卫生机构970036个。\n"
        "医院中，公立医院11870个，民营医院23524个。医院按等级分：三级医院2996个（其中：三级甲等医院1580个），"
        "二级医院10404个，一级医院{}个，未定级医院9742个。"
    )
    got = [b for b in roles(text.format(12252), "breakdown") if b["total"] == ["35394个"]]
    assert [b["parts"] for b in got] == [["2996个", "10404个", "12252个", "9742个"]]
    assert not _errors(checker, text.format(12252)) and _errors(checker, text.format(15252))


def test_what_was_done_of_a_years_target_past_the_noun_of_what_was_done(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全年城镇新增就业6650人，完成年目标任务6600人的{}%。"
    assert not _errors(checker, text.format("100.76")) and _errors(checker, text.format("110.76"))
    text = "建成1个县级规范化法律援助受理大厅，完成年度目标任务2个的{}%。"
    assert not _errors(checker, text.format(50)) and _errors(checker, text.format(70))


def test_parts_that_may_overlap_closed_by_the_rest_cover_the_whole(checker) -> None:  # type: ignore[no-untyped-def]
    # (其他处理 is the rest, whatever step word names it; one person may be both detained and fined, but each of
    # those punished is in one part at least)
    text = "处罚违法人员392人，其中拘留107人，罚款23人，警告37人，其他处理{}人。"
    [b] = roles(text.format(225), "breakdown")
    assert b["parts"] == ["107人", "23人", "37人", "225人"] and not _errors(checker, text.format(225))
    [e] = _errors(checker, text.format(125))
    assert "之和仅为292" in e


def test_items_a_step_brought_are_a_channel_no_step(checker) -> None:  # type: ignore[no-untyped-def]
    # (交办件: the items assigned from the provincial platform, one of the channels, closed by 其他)
    text = (
        "共受理各类诉求13205件。其中，公众来电11978件，网络诉求553件，承办省平台交办件452件，其他诉求{}件。"
    )
    [b] = [g for g in roles(text.format(222), "breakdown") if g["total"] == ["13205件"]]
    assert b["parts"] == ["11978件", "553件", "452件", "222件"] and not _errors(checker, text.format(222))
    assert _errors(checker, text.format(220))


def test_a_list_ends_at_its_remainder() -> None:
    text = "共受理纠纷100件。从纠纷类型来看，婚姻家庭纠纷60件；其它纠纷40件；防止民转刑案件1件。"
    [b] = [g for g in roles(text, "breakdown") if g["total"] == ["100件"]]
    assert b["parts"] == ["60件", "40件"]


_CATEGORIES = (
    "一、受理概况\n本周热线共受理市民诉求5000件，日均714件，较上周下降0.24%。\n二、诉求分类\n"
    "咨询类共2400件，占48.00%；求助类共1500件，占{}；建议类共800件，占16.00%；其他类300件，占6.00%。"
)


def test_a_category_stated_with_gong_is_a_part_not_the_base_of_its_siblings(checker) -> None:  # type: ignore[no-untyped-def]
    from .helpers import run_text

    res = run_text(checker, _CATEGORIES.format("30.00%"))
    assert not [f for f in res.findings if f.severity != "info"], [f.message for f in res.findings]
    bad = run_text(checker, _CATEGORIES.format("31.00%"))
    [f] = [f for f in bad.findings if f.rule == "HC003"]
    assert "5000件" in f.message and "31.00%" in f.message  # the parts add up to the 5000: its shares


def test_shares_agreeing_on_a_base_stated_elsewhere_are_not_held_to_a_nearer_one(checker) -> None:  # type: ignore[no-untyped-def]
    from .helpers import run_text

    text = (
        "全县热线形成有效工单2000件，转派各单位900件。\n非话务渠道共受理诉求300件，办结296件。\n"
        "群众诉求主要集中在社会保障600件，占诉求量的30%；城乡建设400件，占诉求量的20%；{}"
    )
    res = run_text(checker, text.format("教育卫生200件，占诉求量的10%。"))
    assert not [f for f in res.findings if f.severity != "info"], [f.message for f in res.findings]
    bad = run_text(checker, text.format("教育卫生200件，占诉求量的15%。"))
    assert [f.rule for f in bad.findings if f.severity == "error"] == ["HC003"]


def _errors(checker, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    from .helpers import run_text

    return [f"{f.rule} {f.message}" for f in run_text(checker, text).findings if f.severity != "info"]


def test_a_kind_of_the_cases_received_named_by_the_field_is_not_what_its_rate_counts(checker) -> None:  # type: ignore[no-untyped-def]
    # (案件援助率100%: 援助 is the field's own name in 民事法律援助案件747件, a kind of the 1286 received)
    text = (
        "近三年来，法律援助中心受理法律援助案件1286件，其中刑事法律援助案件539件，民事法律援助案件747件，"
        "接待群众法律咨询4779人次，案件援助率和回访满意率均为100%。"
    )
    assert not _errors(checker, text)
    # (a count of what the rate counts still is: 结案1200件 of 受理1286件, 结案率100%)
    assert _errors(checker, "法律援助中心受理法律援助案件1286件，结案1200件，结案率100%。")


def test_a_mediation_rate_is_not_counted_by_successes(checker) -> None:  # type: ignore[no-untyped-def]
    ok = "共受理并调处矛盾纠纷3921件，调解成功3882件，纠纷调解率100%，调成率99%。"
    assert not _errors(checker, ok)
    assert _errors(checker, "共受理矛盾纠纷3921件，调解成功3882件，调解成功率89%。")


def test_moved_into_a_body_is_not_a_list(checker) -> None:  # type: ignore[no-untyped-def]
    ok = "将307名基层法律服务工作者吸纳到人民调解队伍中，全市共评定等级调解员2783名，吸纳优秀调解员3983名。"
    assert not _errors(checker, ok)
    assert _errors(checker, "代表提出的52件建议中，A类33件，B类14件，C类8件。")


def test_a_bracketed_list_ends_at_its_bracket(checker) -> None:  # type: ignore[no-untyped-def]
    ok = "重点督办事项共有375件（其中无锡重点督办事项74件），有320件已完成（其中无锡事项完成68件），55件正在推进。"
    assert not _errors(checker, ok)
    assert _errors(
        checker, "重点督办事项共有375件（其中无锡重点督办事项74件、苏州事项400件），有320件已完成。"
    )


def test_a_bracket_inside_a_bracket_keeps_its_figures_in_the_outer_one(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "政务新媒体共314个，其中微信公众号218个(市直单位53个，县(市)区165个)；新浪微博67个(市直单位28个，"
        "县(市)区39个)；抖音{}个(市直单位5个，县(市)区1个)。"
    )
    assert not _errors(checker, text.format(6))  # 165, 39 and 1 are the parts' own, not the 314's
    assert _errors(checker, text.format(60))  # 60 ≠ 5 + 1


def test_the_rest_a_rate_leaves_out_is_of_a_whole_in_its_own_sentence(checker) -> None:  # type: ignore[no-untyped-def]
    ok = (
        "对139个政务新媒体进行了全面检查。其中，市直部门22家，地方各级政府及部门117家。"
        "抽查发现39家政务新媒体不合格，总体合格率72%。"
    )
    assert not _errors(checker, ok)  # 117 is the last part of the sentence before, not what was checked
    assert _errors(checker, "食用农产品抽检12683批次，不合格377批次，样品合格率为99.03%。")  # 97.03%


def test_a_part_moved_to_another_figure_counts_as_the_figure_it_went_to(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "政府性基金预算由年初的80000万元调整为50000万元，其中：土地出让收入由年初预算的65000万元调整为35000万元，"
        "城市建设配套费10000万元、专项债务对应项目专项收入{}万元不作调整。"
    )
    assert not _errors(checker, text.format(5000))  # 35000 + 10000 + 5000, the 65000 it was before no part
    assert _errors(checker, text.format(15000))


def test_a_list_after_qizhong_ends_where_a_segment_adds_to_the_whole(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "全区一般公共预算总收入410338万元，下降6.4%，其中地方一般公共预算收入{}万元，下降4.7%；"
        "加上级补助收入120846万元，上年结余收入42690万元，债务转贷收入16714万元，调入预算稳定调节基金44421万元，"
        "调入资金18300万元，收入合计{}万元。"
    )
    # the amounts after 加 are added to the local income (the gross holds what is passed up), not parts of the gross
    assert not _errors(checker, text.format(271630, 514601))
    assert _errors(checker, text.format(471630, 714601))  # the local part above the gross
    assert _errors(checker, text.format(271630, 534601))  # the sum off by 20000


def test_a_net_figure_stands_for_the_gross_and_what_it_takes_out(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "全区收入完成总计510,687万元。其中：一般公共预算收入完成171,697万元，剔除上划市级收入71,238万元，"
        "区本级一般公共预算收入完成100,459万元；上级补助收入{}万元；新增债券收入15,900万元；再融资债券收入53,550万元；"
        "政府性基金调入10,000万元。"
    )
    assert not _errors(checker, text.format("330,173"))  # 100459 + 330173 + … ≤ 510687
    assert _errors(checker, text.format("530,173"))


def test_bodies_in_ge_or_jia_alike_are_parts_of_their_bracket(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全区行政执法主体56个(包括{}家区直单位，24个街镇)，全年办理案件1200件。"
    assert not _errors(checker, text.format(32))
    assert _errors(checker, text.format(42))  # 42 + 24 > 56


def test_kinds_after_a_total_that_end_with_the_rest_are_the_whole(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全市共有政务新媒体45个，微信公众号33个，微博3个，其他{}个。"
    assert not _errors(checker, text.format(9))
    assert _errors(checker, text.format(6))  # 33 + 3 + 6 = 42: the rest closes the list, so it must make 45


def test_a_plan_then_what_was_actually_done_then_a_completion_rate(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全年计划重点检查246家次，实际重点检查253家次，完成率103%；全年计划一般检查186家次，实际一般检查{}家次，完成率110%。"
    assert not _errors(checker, text.format(204))  # 204 ÷ 186 = 109.7%
    assert _errors(checker, text.format(234))


def test_wholes_side_by_side_then_the_parts_of_each_in_turn(checker) -> None:  # type: ignore[no-untyped-def]
    from .helpers import run_text

    text = (
        "全州政府网站共有50个，政务新媒体共有75个。其中：县级政府网站20个，州直部门政府网站30个；"
        "县级政务新媒体40个，州直部门政务新媒体{}个。"
    )
    res = run_text(checker, text.format(35))
    said = {f.id: f.mention.text for f in res.facts}
    lists = {
        said[g.facts["total"][0]]: [said[p] for p in g.facts["parts"]]
        for g in res.groups
        if g.kind == "breakdown"
    }
    assert lists == {"50个": ["20个", "30个"], "75个": ["40个", "35个"]}
    assert not [f for f in res.findings if f.severity != "info"]
    assert _errors(checker, text.format(45))  # 40 + 45 = 85, not 75


def test_fines_by_their_procedure_are_the_whole_of_the_fines(checker) -> None:  # type: ignore[no-untyped-def]
    # each fine is decided by the summary or the general procedure; 罚款 named in every part names no group of them
    text = "全年罚没款总额为9300元，其中一般程序共罚款{}元；简易程序共罚款300元。"
    assert not _errors(checker, text.format(9000))
    assert _errors(checker, text.format(8000))


def test_parts_said_respectively_after_wholes_said_respectively(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "政府在2011年及2012年首9个月分别收到2330宗及2103宗索取资料的要求，"
        "其中分别有{}宗(占2011年总数的2.2%)和43宗(占2012年首9个月总数的2%)被拒。"
    )
    assert not _errors(checker, text.format(52))  # 52 of the 2330, 43 of the 2103
    assert _errors(checker, text.format(62))


def test_a_budget_measure_holds_the_measures_its_definition_holds(checker) -> None:  # type: ignore[no-untyped-def]
    text = "今年一季度，南昌市财政总收入完成263.7亿元，同比增长8.3%；地方一般公共预算收入完成{}亿元，同比增长7.5%。"
    assert not _errors(checker, text.format("136.5"))
    assert _errors(checker, text.format("286.5"))  # the local general income is some of the gross
    # not across periods (a month's gross, the months' local income), nor a part of the gross's own list
    assert not _errors(
        checker, "7月份，全市财政总收入完成170,024万元。1-7月，全市一般公共预算收入完成1,392,476万元。"
    )
    listed = (
        "全区财政总收入41.73亿元，其中税收收入35.22亿元，税性比为84%。一般公共预算收入24.82亿元，"
        "其中地方税收收入18.32亿元，非税收入6.50亿元。"
    )
    assert not _errors(checker, listed)


def test_dangzhong_opens_a_list_as_qizhong_does(checker) -> None:  # type: ignore[no-untyped-def]
    # (當中: 其中 as Hong Kong and Macau write it; each count before what it is, 為…)
    text = "中心去年接獲一千四百八十五宗投訴及建議個案，當中七百三十四宗為投訴個案，{}宗為建議個案，一百一十宗為諮詢個案。"
    assert not _errors(checker, text.format("三百二十七"))
    assert _errors(checker, text.format("九百二十七"))  # 734 + 927 + 110 > 1485


def test_complaints_checked_are_found_true_partly_true_or_not(checker) -> None:  # type: ignore[no-untyped-def]
    text = "共受理群众信访举报问题4721件，核查属实3976件，部分属实{}件，不属实745件。"
    assert not _errors(checker, text.format(0))
    assert _errors(checker, text.format(50))  # 3976 + 50 + 745 > 4721


def test_statuses_after_zai_zhong_divide_the_set_it_names(checker) -> None:  # type: ignore[no-untyped-def]
    text = "核查属实3976件，不属实745件。在核查属实的问题中，已完成整改{}件，未完成整改218件。"
    assert not _errors(checker, text.format(3758))  # of the 3976 found true, not the 745 found untrue
    assert _errors(checker, text.format(3958))


def test_a_share_of_a_count_of_cases_is_of_no_count_of_courts(checker) -> None:  # type: ignore[no-untyped-def]
    courts = (
        "山东省现有人民法庭633个，共有法庭76个(具有办案数据的74个)。2016-2018年，山东省人民法庭收案数分别为34.73万、"
        "32.16万、33.90万，分别占同年度基层法院收案数的28.90%、25.11%、22.12%。"
    )
    assert not _errors(
        checker, courts
    )  # (the base, the basic courts' cases, is unstated: no count of courts)
    assert _errors(
        checker, "全市基层法院共收案1200件。其中人民法庭收案数占基层法院收案数的35.35%。"
    )  # (no whole part)


def test_agreements_kept_are_some_of_those_mediated(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "全省人民调解组织调解矛盾纠纷27.2万件，调解成功26.9万件，调解成功率99%，履行协议{}万件，履约率98%。"
    )
    assert not _errors(checker, text.format("26.5"))
    assert _errors(checker, text.format("28.5"))  # more kept than mediated with success


def test_a_bracket_a_page_left_open_paragraphs_before_holds_nothing(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "来源:民治街道办 【字体:\n文件已失效\n\n  (一)信息公开情况\n\n  2022年，民治街道累计公开信息7976条(2022年新增435条)，"
        "在已公开信息当中公告、新闻动态类信息累计4849条(2022年新增204条)，专题信息累计1599条(2022年新增133条)，"
        "政策法规类信息{}条(2022年新增98条)。"
    )
    assert not _errors(checker, text.format(1528))  # 4849 + 1599 + 1528 = 7976
    assert _errors(checker, text.format(2528))


def test_more_spent_than_last_year_is_a_change_no_part(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "全县公共财政总支出为318534万元，其中：公共财政支出{}万元，比去年增支31212万元，增长12.11%；"
        "上解上级支出1038万元；债券还本支出28600万元；安排预算稳定调节基金37万元。"
    )
    assert not _errors(checker, text.format(288859))  # (the 31212 more than last year is no part)
    assert _errors(checker, text.format(298859))


def test_a_budget_amount_against_last_years_with_more_or_less_income_and_its_rate(checker) -> None:  # type: ignore[no-untyped-def]
    text = "一般公共预算收入完成23992万元，较上年21012万元，增收{}万元，增幅14.2%；地方财政收入11489万元，较上年决算11972万元，减收483万元，减幅{}%。"
    assert not _errors(checker, text.format(2980, 4))
    assert _errors(checker, text.format(3980, 4))  # 23992 − 21012 = 2980
    assert _errors(checker, text.format(2980, 6))  # 483 of 11972 is 4.0%


def test_a_change_is_never_the_total_of_a_list(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "我市12345热线办共接收宜春市热线中心转来的市民工单3656件，较上期相比减少41件。"
        "其中：投诉类2954件；举报类480件；求助类139件；建议类66件；咨询类{}件。"
    )
    assert not _errors(checker, text.format(17))
    assert _errors(checker, text.format(417))  # 2954 + 480 + 139 + 66 + 417 > 3656


def test_a_subset_named_before_zhan_zongshu_is_of_the_count_before(checker) -> None:  # type: ignore[no-untyped-def]
    ok = "共办理代表议案2541件。办理代表建议37527件，建议所提问题已经解决或计划解决的占总数的76%。"
    assert not _errors(checker, ok)
    assert _errors(checker, "办理代表建议3752件，建议所提问题已经解决或计划解决的3000件，占总数的76%。")


def test_a_share_of_the_cities_above_is_of_their_sum(checker) -> None:  # type: ignore[no-untyped-def]
    text = "济南、临沂、菏泽受理行政一审案件数分别为3595件、3125件、2655件，以上三市收案数占全省的{}。"
    assert not _errors(checker, text.format("61.9%"))
    assert _errors(checker, text.format("161.9%"))  # a share above 100% is impossible whatever its base


def test_a_figure_in_progress_is_not_the_step_its_cue_names(checker) -> None:  # type: ignore[no-untyped-def]
    text = "12345政务服务热线群众来电总体接通率100%，直接办结率85.86%；受理省派工单2917件，已处理完毕2349件，{}。"
    assert not _errors(checker, text.format("处于办结时限内正在办理568件"))
    assert _errors(checker, "受理省派工单2917件，办结2349件，办结率98%。")


def test_two_years_are_not_two_steps(checker) -> None:  # type: ignore[no-untyped-def]
    ok = "2023年总共需办理复议案件66件，2024年总共需办理复议案件151件，其中2024年已办结案件135件。"
    assert not _errors(checker, ok)
    assert _errors(checker, "2024年总共需办理复议案件151件，已办结案件165件，办结率100%。")


def test_a_part_of_a_list_is_no_earlier_step_of_what_follows(checker) -> None:  # type: ignore[no-untyped-def]
    ok = "该院共受理劳动争议案件137起，其中调解53起、裁决65起、其他方式19起，结案132起。"
    assert not _errors(checker, ok)
    assert _errors(checker, "该院共受理劳动争议案件137起，其中调解53起、裁决65起、其他方式39起，结案132起。")


def test_zai_x_zhong_opens_a_list_of_the_figure_its_step_names(checker) -> None:  # type: ignore[no-untyped-def]
    ok = (
        "共收到提案134件，经审查立案129件，立案率96%。在立案的提案中，经济建设方面提案63件，占49%；"
        "社会民生方面提案57件，占44%；其它提案9件，占7%。"
    )
    assert not _errors(checker, ok)
    bad = "全年结案（包括上年结转）68件，在已结案件中撤销9件，维持29件，驳回40件。"
    # 9 + 29 + 40 > 68, said by the rule for reconsideration outcomes (结案 is read past its aside)
    assert [e.split()[0] for e in _errors(checker, bad)] == ["HC201"]


def test_a_hearing_is_not_a_step_every_concluded_case_passes(checker) -> None:  # type: ignore[no-untyped-def]
    assert not _errors(checker, "本周受理劳动争议案件26件，开庭审理7件，审结案件19件。")
    assert _errors(checker, "本周受理劳动争议案件26件，审理案件39件。")  # (审理 is still a step)


def test_a_share_of_the_province_takes_no_city_figure_as_its_base(checker) -> None:  # type: ignore[no-untyped-def]
    text = "两年来共收各类一审行政诉讼案件2584件，审结2418件，收结案数量均居全省法院首位，占全省行政诉讼案件的{}。"
    assert not _errors(checker, text.format("1/4左右"))
    assert _errors(
        checker, "全省共收一审行政诉讼案件2584件，其中我市审结2418件，占全省行政诉讼案件的1/4左右。"
    )


def test_a_closure_rate_is_not_over_a_part_the_list_went_on_from(checker) -> None:  # type: ignore[no-untyped-def]
    text = "该院共受理劳动争议案件137起，其中调解53起、裁决65起、其他方式19起，结案132起，结案率达{}。"
    assert not _errors(checker, text.format("96.4%"))
    [bad] = _errors(checker, text.format("86.4%"))
    assert "132起 ÷ 受理" in bad and "137起 = " in bad  # held to the 受理 total, not to its first part
    assert not _errors(checker, "人民调解受理2345件，司法调解受理956件，调处612件，调处率达64%。")


def test_a_list_whose_parts_add_up_to_a_stated_count_is_of_that_count(checker) -> None:  # type: ignore[no-untyped-def]
    text = "一季度，市长信箱收到网民来信139件，回复率100%。\n从来信分类看，住房保障43件({})；物业服务17件(12.2%)；道路交通18件(12.9%)；其他61件(43.9%)。"
    assert not _errors(checker, text.format("30.9%"))
    [bad] = _errors(checker, text.format("30.2%"))
    assert "139件" in bad and "30.2%" in bad


def test_many_shares_off_one_base_are_one_finding(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "共受理群众各类诉求1000件。其中，咨询类诉求600件，占70.00%；求助类诉求200件，占23.00%；"
        "投诉类诉求100件，占11.00%；其它类诉求100件，占11.00%。"
    )
    shares = [e for e in _errors(checker, text) if e.startswith("HC003")]
    assert len(shares) == 1 and "同列4项占比" in shares[0]


def test_labour_arbitration_is_its_own_process_not_administrative_review(checker) -> None:  # type: ignore[no-untyped-def]
    text = "本周街道劳动争议调解仲裁庭受理案件26件，开庭审理7件，审结案件19件，其中仲裁裁决结案5件，仲裁调解结案{}件。"
    assert not _errors(checker, text.format(14))
    assert [e.split()[0] for e in _errors(checker, text.format(24))] == ["HC002"]  # 5 + 24 > 19


def test_a_rate_of_a_step_all_went_through_is_100_percent(checker) -> None:  # type: ignore[no-untyped-def]
    text = "2010年度各市共制发规范性文件72件,全部向自治区法制办报送备案,报备率{}。"
    assert not _errors(checker, text.format("100%"))
    assert [e.split()[0] for e in _errors(checker, text.format("70%"))] == ["HC007"]
    assert not _errors(checker, "审结案件3038件，结案率和审结数均增长率分别为30.65%、30.71%。")


def test_a_rate_right_after_a_count_of_an_earlier_step_is_over_it(checker) -> None:  # type: ignore[no-untyped-def]
    assert not _errors(checker, "全年收到依申请公开信息3条，答复率100%。")
    assert [e.split()[0] for e in _errors(checker, "全年收到依申请公开信息3条，答复率70%。")] == ["HC009"]


def test_shares_adding_to_less_than_100_say_a_list_leaves_something_out(checker) -> None:  # type: ignore[no-untyped-def]
    text = "2024年，全省12345热线共服务群众和企业诉求4367万件。从接收渠道看，电话端有3720.43万件，占85.19%；互联网端有593.77万件，占{}。"
    assert not _errors(checker, text.format("13.60%"))
    assert _errors(checker, text.format("14.81%"))  # 100% in all, yet the parts fall 52.8万件 short


def test_a_figure_that_qualifies_what_is_counted_is_not_the_part(checker) -> None:  # type: ignore[no-untyped-def]
    assert not _errors(checker, "多数仲裁机构受理案件6件以上。上海市2~5项请求的约占案件总量的70%。")
    assert _errors(checker, "全年审结案件100件，其中行政机关败诉18件占28%。")


def test_the_last_part_of_a_list_may_go_on_to_its_own_steps(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全年受理纠纷3301件，其中人民调解受理2345件，司法调解受理956件，调处{}件。"
    assert not _errors(checker, text.format(612))
    assert [e.split()[0] for e in _errors(checker, text.format(1612))] == ["HC010"]  # 1612 > 956


def test_an_aside_in_brackets_before_a_figure_does_not_name_it() -> None:
    ex = extract("行政复议全年结案(包括上年受理后结转)68件，维持29件。")
    assert [f.metric for f in ex.facts][:1] == ["review.concluded"]  # 结案, not the 结转 in the aside


def test_a_full_list_of_outcomes_may_hold_one_the_rule_does_not_count(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "行政复议全年结案(包括上年受理后结转){}件，在已结案件中撤销9件，确认违法1件，责令履行2件，"
        "维持29件，终止12件，驳回8件，不予受理7件。"
    )
    assert not _errors(checker, text.format(68))
    assert [e.split()[0] for e in _errors(checker, text.format(75))] == ["HC201"]  # 68 listed of 75


def test_released_and_still_under_correction_divide_all_received(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全省累计接收社区矫正对象{}人，累计解除矫正14278人，在矫人员15369人。"
    assert not _errors(checker, text.format(29647))
    [err] = _errors(checker, text.format(32612))
    assert err.startswith("HC002") and "互补的状态" in err


def test_a_bracket_saying_what_a_figure_leaves_out_holds_no_part_of_it() -> None:
    assert not roles("全市法院共新收行政案件2531宗(不含上年未结案件87宗)，受理案件总数创新高。", "breakdown")
    [g] = roles("全市法院共新收行政案件2531宗(含涉企案件87宗)，受理案件总数创新高。", "breakdown")
    assert g["total"] == ["2531宗"] and g["parts"] == ["87宗"]


def test_a_count_named_by_anothers_words_with_a_qualifier_is_a_part_of_it(checker) -> None:  # type: ignore[no-untyped-def]
    text = "判决中行政机关败诉的案件共87宗，败诉率为6.8%，经二审改判判决行政机关败诉案件{}宗。"
    assert not _errors(checker, text.format(17))
    assert [e.split()[0] for e in _errors(checker, text.format(175))] == ["HC005"]
    # not a part: a list of sets, a complement, a rate, another year
    for other in (
        "排查家庭、邻里纠纷3955件，其中邻里纠纷2956件。",
        "咨询类诉求平均办理时长1.4天，非咨询类诉求平均办理时长4.6天。",
        "查处重大事故隐患86项，每千家次检查查处重大事故隐患149.7项。",
        "受理行政复议案件35件，上年受理行政复议案件52件。",
    ):
        assert not roles(other, "subset"), other


def test_a_share_of_another_body_in_a_later_paragraph_is_not_held_to_the_citys_total(checker) -> None:  # type: ignore[no-untyped-def]
    text = "据悉，三年来北京市共受理法律援助案件9.9万件。\n三年来，{}累计为特殊群体提供法律援助3896件，占法律援助案件总量的41.7%。"
    assert not _errors(checker, text.format("北京市法律援助中心"))  # the centre's own total is the base
    assert _errors(checker, text.format("全市"))  # no other body named: the city's total is the base


def test_a_list_among_a_figure_may_open_with_a_quoted_description(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "代表们提出的{}件建议中“所提问题已经解决或基本解决的”A类建议共33件，占63.4%；“所提问题正在解决的”B类建议"
        "共14件，占27%；“所提问题无法解决”的C类建议共5件，占9.6%。"
    )
    [g] = [g for g in roles(text.format(52), "breakdown") if g["total"] == ["52件"]]
    assert g["parts"] == ["33件", "14件", "5件"]
    assert not _errors(checker, text.format(52))
    assert "HC002" in [e.split()[0] for e in _errors(checker, text.format(58))]  # (and the shares of 58)


def test_a_light_verb_frame_is_named_by_the_alias_in_its_gap() -> None:
    ex = extract("全年审结复议案件4696件，其中作出纠错决定的191件，作出维持决定的3509件，作出复议决定20件。")
    assert [f.metric for f in ex.facts] == [
        "review.concluded",
        "review.corrected",  # 作出纠错决定: what was decided names the figure, not 作出…决定
        "review.upheld",
        "review.concluded",  # no alias in the gap: the frame itself
    ]


def test_a_step_word_far_before_a_part_does_not_start_another_dimension() -> None:
    text = "抽查企业97户，其中正常经营78户，未按规定公示信息10户，通过登记的住所(经营场所)无法联系3户，发现问题已责令改正6户。"
    [g] = breakdown(text)
    assert g["parts"] == ["78户", "10户", "3户", "6户"]  # 登记 there describes the address, not a step
    # a step word right before the figure still does (咨询类…，投诉类…，处理答复…)
    [g] = breakdown("共收到来信5000条，其中咨询类1160条、投诉类1859条，处理答复3055条。")
    assert g["parts"] == ["1160条", "1859条"]


def test_a_rate_named_by_a_quality_counts_the_things_named_before_it(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "全年共向法制办报送备案规范性文件197件。其中，在法定期限内报送备案的100件，备案及时率{}%；"
        "备案材料符合要求的144件，备案规范率73%；内容违法的规范性文件7件，违法率3.5%。"
    )
    parts = {g["rate"][0]: g["part"] for g in rate(text.format(51))}
    # 备案及时率 counts the 备案 done in time, 备案规范率 those filed as required, 违法率 the unlawful ones
    assert parts == {"51%": ["100件"], "73%": ["144件"], "3.5%": ["7件"]}
    assert not _errors(checker, text.format(51))  # 100/197 = 50.8%
    assert [e.split()[0] for e in _errors(checker, text.format(66))] == ["HC009"]


def test_shares_of_their_lists_own_sum_leave_the_mismatch_to_the_breakdown(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "12345热线共受理群众各类诉求{}件。其中,咨询类诉求124599件,占63.72%;求助类诉求56672件,占28.98%;"
        "投诉类诉求1983件,占1.01%;建议类诉求1182件,占0.6%;举报类890件,占0.46%;感谢类415件,占0.21%;"
        "其它类诉求9791件,占5.01%。"
    )
    assert not _errors(checker, text.format(195532))
    # every share is of the parts' own sum: the shares are right, the list and its total disagree
    [err] = _errors(checker, text.format(284406))
    assert err.startswith("HC002") and "最可能有误的是受理群众各类诉求284406件" in err


def test_handled_and_in_progress_divide_the_work_orders_received(checker) -> None:  # type: ignore[no-untyped-def]
    text = "受理省派工单{}件,已处理完毕2349件,处于办结时限内正在办理568件。"
    assert not _errors(checker, text.format(2917))
    [err] = _errors(checker, text.format(2971))
    assert err.startswith("HC002") and "互补的状态" in err  # 处理完毕 and 正在办理 are the two statuses


def test_groups_of_people_that_overlap_are_each_within_the_whole(checker) -> None:  # type: ignore[no-untyped-def]
    text = "共办理法律援助案件1503件,其中残疾人169件、老年人197件、未成年人206件、妇女{}件、农民工544件。"
    assert not _errors(checker, text.format(492))  # 1608 > 1503: a woman may be a migrant worker too
    assert [e.split()[0] for e in _errors(checker, text.format(1592))] == ["HC002"]  # one alone exceeds it
    # (but kinds of the group the whole counts do not: 本地农民工 and 外出农民工 of the 农民工总量)
    kinds = "全国农民工总量29251万人，比上年增加691万人。其中，本地农民工12079万人，增长4.1%；外出农民工{}万人，下降0.9%。"
    assert not _errors(checker, kinds.format(17172))
    assert _errors(checker, kinds.format(19172))


def test_calls_counted_in_ge_break_down_into_tickets_counted_in_jian() -> None:
    text = "共接到省长热线平台转办13件；接听群众来电8947个，其中转办2274件，直办6673件，直办率74.58%。"
    [g] = breakdown(text)
    assert g["total"] == ["8947个"] and g["parts"] == ["2274件", "6673件"]  # not the 转办13件 before


def test_calls_in_ge_still_break_down_into_tickets_when_a_ticket_count_is_edited_up(checker) -> None:  # type: ignore[no-untyped-def]
    # (the 8947 holds each part, not their sum: the list is read, and the slip found)
    text = "共接到省长热线平台转办13件；接听群众来电8947个，其中转办2274件，直办{}件。"
    assert not _errors(checker, text.format(6673))
    assert [e.split()[0] for e in _errors(checker, text.format(7673))] == ["HC002"]


def test_a_count_done_in_time_is_not_what_the_plain_rate_counts(checker) -> None:  # type: ignore[no-untyped-def]
    text = "热线共受理群众诉求2877件，自行处理2276件，派单601件，按时结案597件，超时办理4件，结案率100%，按时结案率{}%。"
    assert not _errors(checker, text.format(99))  # 597/601 over the tickets sent out (派单)
    assert [e.split()[0] for e in _errors(checker, text.format(89))] == ["HC009"]
    rates = {g["rate"][0]: g.get("part") for g in rate(text.format(99))}
    assert rates["100%"] is None  # 结案率 counts all closed, not the 597 closed in time


def test_words_after_qizhong_name_the_total_and_an_enumeration_goes_on_past_its_remainder(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "12月份共受理有效热线事项7227宗，当场答复热线事项5113宗，转办热线事项2114宗，办结1898宗，办结率97.01%。"
        "其中转办事项：咨询类51宗、行政效能投诉类27宗、“三偷”类112宗、消费维权投诉121宗、其它{}宗、一般投诉类1697宗。"
    )
    [g] = [g for g in breakdown(text.format(106)) if len(g["parts"]) > 2]
    assert g["total"] == ["2114宗"] and g["parts"][-1] == "1697宗"  # 转办 is named; 其它 is not the last
    assert not _errors(checker, text.format(106))  # (5113 + 1898) / 7227 = 97.01%: 当场答复 counts as 办结
    assert [e.split()[0] for e in _errors(checker, text.format(206))] == ["HC002"]  # 2214 listed of 2114


def test_each_label_of_an_enumeration_names_its_figure_even_inside_a_longer_alias() -> None:
    ex = extract("人民调解新模式，调解、排查和预防纠纷量分别为23.9万件、35.05万件和2.3万件。")
    # (调解、排查和预防纠纷 is one match of the alias 调解…纠纷: each label is read on its own)
    assert [f.metric for f in ex.facts] == ["mediation.mediated", "mediation.screened", None]


def test_a_sum_after_jiashang_adds_the_figure_before_it_to_those_after(checker) -> None:  # type: ignore[no-untyped-def]
    text = "代表共提出了议案14件，1件议案交由委员会审议，其余13件议案全部转为建议，加上会议期间收到的{}件建议，共80件。"
    assert not _errors(checker, text.format(67))  # 13 + 67, not 14 + 1 + 13 + 67
    assert [e.split()[0] for e in _errors(checker, text.format(77))] == ["HC002"]


def test_a_total_of_all_kinds_may_list_only_some_of_them(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "全市共建成{}调解组织1176个，其中行业性专业性调解组织52个、乡镇街道调解组织92个、村居调解组织853个。"
    )
    assert not _errors(checker, text.format("各类"))  # 各类: the kinds listed may be some of them
    assert _errors(checker, text.format(""))  # three kinds of one 调解组织 read as all of them: 179 short


def test_a_growth_rate_after_cases_and_persons_may_be_of_either(checker) -> None:  # type: ignore[no-untyped-def]
    text = "今年1-6月，从信访形式看，来访95件127人次，同比上升{}%。"
    assert not _errors(checker, text.format("63.79"))  # 95 over 58 cases, not 127 persons
    assert [e.split()[0] for e in _errors(checker, text.format("63.77"))] == ["HC012"]  # neither


def test_a_count_of_places_in_ge_is_no_total_of_tickets() -> None:
    text = "另据统计，四个区、县(市)行政审批情况总体正常。其中：东兴市共受理838件，上思县共受理733件，防城区共受理796件。"
    assert not breakdown(text)  # 四个 counts the counties, not their 2367 applications


def test_court_statistics_state_old_stock_and_pending_cases(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "全市法院行政诉讼案件共793件(新收案件649件,旧存案件144件)，审结{}件，未结案件78件。结案率为90.16%。"
    )
    ex = extract(text.format(715))
    assert [f.metric for f in ex.facts][:5] == [
        "litigation.cases",
        "litigation.new_cases",
        "litigation.carried_over",  # 旧存: cases carried over from the year before
        "litigation.concluded",
        "litigation.pending",
    ]
    assert not _errors(checker, text.format(715))  # 715 > 649 is no warning: 144 were carried over
    assert {e.split()[0] for e in _errors(checker, text.format(745))} >= {"HC315"}  # 745 + 78 > 793


def test_figures_that_each_name_their_channel_are_parts_not_the_whole() -> None:
    text = "热线受理各类诉求共计4415件，其中有效诉求3942件；平台有效来电3744件，微信有效受理91件，网站有效受理25件。"
    ex = extract(text)
    assert [f.metric for f in ex.facts] == [
        "hotline.accepted",
        "hotline.valid",
        None,
        None,
        None,
    ]  # 网站有效受理25件 is no 受理
    one = extract("热线通过电话受理群众诉求4415件，办结4300件。")
    assert one.facts[0].metric == "hotline.accepted"  # one channel alone may be the whole


def test_gong_inside_a_word_does_not_state_a_whole() -> None:
    from hecha.structures.words import TOTAL_WORDS_RE

    assert (
        TOTAL_WORDS_RE.search("共受理")
        and TOTAL_WORDS_RE.search("共有131位")
        and TOTAL_WORDS_RE.search("合计")
    )
    for word in ("城市公共设施维护管理问题", "中共党员", "共同缔约", "共享单车", "共建共治"):
        assert not TOTAL_WORDS_RE.search(word), word
    text = (
        "城市管理类共277件，占比7.03%。相关诉求涉及城市公共设施维护管理问题48件，涉及供水问题31件。\n"
        "疫情防控类共207件，占比5.25%。"
    )
    assert all(g.get("base") != ["48件"] for g in share(text))  # 48 is no whole: 公共 is not 共


def test_a_share_after_the_top_items_of_a_list_is_of_their_sum(checker) -> None:  # type: ignore[no-untyped-def]
    text = "共办理热线工单2495件。位居前三的工单:交通能源环保类783件、城乡建设类579件、政法类562件,占工单总量的77%。"
    assert not _errors(checker, text)  # (783+579+562)/2495, not 562/2495
    assert not share(text)
    assert share("共办理热线工单2495件。其中政法类562件,占工单总量的22.5%。")  # one item: its own share


def test_cases_closed_in_a_stated_way_are_named_by_that_way(checker) -> None:  # type: ignore[no-untyped-def]
    ex = extract(
        "审结的262件行政复议案件中，直接纠错56件，以调解、和解等方式结案51件。行政复议以调解方式结案12件。"
    )
    assert [f.metric for f in ex.facts] == [
        "review.concluded",
        "review.corrected",
        "review.settled",
        "review.mediated",
    ]
    assert not _errors(
        checker, "审结的262件行政复议案件中，直接纠错56件，以调解、和解等方式结案51件，综合化解率达到40%。"
    )


def test_a_satisfaction_rate_is_over_those_asked_not_the_count_before_it(checker) -> None:  # type: ignore[no-untyped-def]
    assert not _errors(checker, "（一）反映停气、停电较多。本周共办理此类工单25件，满意率90%。")
    assert _errors(checker, "本周回访群众25人，满意率90%。")  # those asked: 22.5 is no whole number of them


def test_closed_online_is_a_path_beside_transfer_and_overall_closure_is_of_all(checker) -> None:  # type: ignore[no-untyped-def]
    text = "12345热线形成有效工单11171件，转派各成员单位4898件，在线办结数6273件，综合办结数为11163件，综合办结率达{}%。"
    assert not _errors(checker, text.format("99.93"))  # 11163 / 11171; 在线办结 is not a step after 转派
    assert [e.split()[0] for e in _errors(checker, text.format("89.93"))] == ["HC508"]


def test_consumer_complaints_list_shares_asides_and_ranks(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "第二季度共接到案件共13499件。其中受理消费者投诉9880件,占73%;举报3618件,占27%;咨询1件。"
        "排名前五位的服务类投诉是,餐饮和住宿服务(占服务消费投诉的34%)>美容美发服务(8%)。"
        "举报中，价格违法行为497件,占举报量的14%;其他违法行为325件(其中无照经营210件),占举报量的9%。"
    )
    assert not _errors(checker, text)  # the list goes on past its shares; 9% is of 325; 五位 is a rank
    assert _errors(checker, text.replace("325件(", "525件("))  # 525 is 14.5% of 3618, not 9%


def test_a_change_is_no_current_count_of_a_growth_rate(checker) -> None:  # type: ignore[no-untyped-def]
    assert not _errors(checker, "热线中心共转派工单4567件。较上月办件增加263件，同比上升6.11%。")
    assert _errors(checker, "热线中心共转派工单263件，同比上升6.11%。")  # 263 / 1.0611 is no whole number


def test_a_list_restating_the_steps_for_a_kind_of_case_breaks_down_the_same_step(checker) -> None:  # type: ignore[no-untyped-def]
    text = "12月份共受理诉讼案件879件(含旧存343件),结案700件,结案率79.64%。其中:受理民事案件{}件(含旧存280件),结案600件,结案率79.47%。"
    [g] = [g for g in breakdown(text.format(755)) if g["parts"][0] == "755件"]
    assert g["total"] == ["879件"] and g["parts"] == ["755件"]  # not 结案700 = 755 + 280 + 600
    assert not _errors(checker, text.format(755))
    assert "HC002" in [e.split()[0] for e in _errors(checker, text.format(955))]  # 955 of 879


def test_a_list_opening_its_sentence_takes_the_figure_of_its_own_step_word() -> None:
    text = "派单601件，按时结案597件，超时办理4件，结案率100%。其中热线派单532件，政民互动派单69件。"
    gs = breakdown(text)
    # 派单, not 超时办理 (a step of the same stage); the 601 are also on time or late
    assert [g["total"] for g in gs if "532件" in g["parts"]] == [["601件"]]
    assert sorted(g["parts"] for g in gs if g["total"] == ["601件"]) == [["532件", "69件"], ["597件", "4件"]]


def test_a_whole_in_another_sentence_smaller_than_the_part_is_no_base(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "2023年,区政府共收到行政复议申请1113件,较2022年558件增加了555件,同比增长99.5%。受理1033件,其中,决定维持435件,"
        "驳回申请136件。直接纠错236件,纠错率24.2%,以调解、和解等方式结案170件,调解率17.4%,综合化解率达到42%。\n"
        "以区政府为被申请人的复议案件共17件,案件类型涉及信息公开、行政强制、行政处理等。\n(二)案件特点\n"
        "从被申请对象看,以街道乡镇为被申请人的案件共339件,占比30%。"
    )
    assert not [e for e in _errors(checker, text) if "339" in e]  # 339 of 1113, not of the 17


def test_shares_adding_up_to_100_twice_are_two_lists_of_one_base(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "代表提出的议案建议其中166件交区政府办理。代表对办理工作满意的160件，占96.39%，基本满意的6件，占3.61%；"
        "对办理结果满意的149件，占89.76%，基本满意的17件，占{}%。"
    )
    assert not _errors(checker, text.format("10.24"))
    assert _errors(checker, text.format("12.24"))  # 17 of 166 is 10.24%


def test_court_conclusions_beyond_intake_warn_past_a_few_per_cent(checker) -> None:  # type: ignore[no-untyped-def]
    # a court's 受理 holds its old cases with its new ones: concluding more is a warning past a few per
    # cent (the reports whose 受理 means the new ones pass them by 3% at most: 受理5109件，审结5129件)
    from .helpers import run_text

    text = "全市法院共受理各类行政案件21641件，审结{}件。"
    assert not _errors(checker, text.format(20370))
    assert not _errors(checker, text.format(22000))
    [warning] = [f for f in run_text(checker, text.format(25000)).findings if f.severity != "info"]
    assert warning.severity == "warning"
    # a year's report says its year (2022年全市法院受理…): no year of several, the same bound
    assert _errors(checker, "2022年法院受理行政案件21641件，审结25000件。")
    # new cases (新收) are lifted past by old ones as a rule: only more than twice them is beyond it
    text = "全市法院共新收各类行政案件21641件，审结{}件。"
    assert not _errors(checker, text.format(25000))
    assert _errors(checker, text.format(43283))


def test_kinds_listed_under_a_whole_are_not_the_whole_an_order_rule_reads(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "北京全市法院全年新收案件878247件，其中刑事案件19200件，民商事案件489642件，知识产权案件60929件，行政案件28008件，"
        "执行案件260167件，其他案件20301件；审结案件899420件；未结案件184194件。"
    )
    assert not _errors(checker, text)  # 审结 is not held to 其他案件 or 执行案件
    assert extract(text).facts[6].metric is None  # 其他案件: the rest of the cases


def test_consumer_report_lists_handled_reports_and_respectively_shares(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "6月，全市在全国12315平台共受理投诉2461件，其中商品类1367件，服务类1094件，分别占投诉总量的55.55%、{}%。"
        "本月共受理举报501件，其中广告违法行为329件、侵害消费者权益行为45件、产品质量违法行为39件、食品违法行为33件，"
        "已处理474件，处理率94.61%。"
    )
    assert not _errors(
        checker, text.format("44.45")
    )  # 分别 pairs the parts after 其中; 已处理 is a step, no part
    assert _errors(checker, text.format("34.45"))  # 1094 of 2461 is 44.45%


def test_procuratorate_rates_by_persons_and_rates_that_rose(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "共起诉各类犯罪257件292人。共不起诉67件70人，其中法定不起诉0人，犯罪情节轻微不起诉65人，证据不足不起诉5人，"
        "不起诉率(按人数)为{}%。共办理审查逮捕案件63件72人，其中批准逮捕34人、不批准逮捕38人，不批准逮捕率同比上升26.82%。"
    )
    assert not _errors(checker, text.format("19.34"))  # 70 persons of some 362; the rate rose, not the 38
    assert [g["part"] for g in rate(text.format("19.34")) if g["rate"] == ["19.34%"]] == [["70人"]]


def test_a_rate_of_an_event_among_people_is_over_its_first_step_only_by_guess(checker) -> None:  # type: ignore[no-untyped-def]
    text = "我省各级社区矫正机构累计接收社区服刑人员22872人，解除22255人，在矫24862人，重新犯罪18人，当年重新犯罪率为0.038%。"
    assert not _errors(checker, text)  # over all those under correction in the year, not the 22872 received
    assert _errors(
        checker, "全年受理调解案件200件，调解成功180件，成功率80%。"
    )  # a step named: 180/200 is 90%


def test_a_step_after_two_paths_of_one_step_is_of_both(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "由前台和三方通话直接办理的有3260件，转派网络处办单位电子工单的有1112件，处理完成{}件，回访率94.24%。"
    )
    assert not _errors(checker, text.format(4231))  # of the 4372 both paths hold, not of the 1112 sent on
    assert _errors(checker, "转派网络处办单位电子工单的有1112件，处理完成4231件。")  # one path: 4231 > 1112


def test_a_base_named_for_one_kind_of_request_is_not_a_count_of_several(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全国12315平台共计接收消费者投诉举报咨询1211.78万件。共计受理服务投诉95.17万件，同比增长103.1%，占受理投诉总量的40.27%。"
    assert not _errors(checker, text)  # 投诉 only, not 投诉举报咨询
    assert _errors(
        checker, "全国12315平台共计受理消费者投诉236万件。共计受理服务投诉95.17万件，占受理投诉总量的20.27%。"
    )


def test_fourth_batch_readings(checker) -> None:  # type: ignore[no-untyped-def]
    ok = [
        # a count of places that the next figure is about is no part
        "全省产生有效差评工单1249个。其中，省直部门差评工单0个，17个地市差评工单1249个。",
        # an aside in brackets restating a total sums nothing
        "收到可关联办事事项差评工单798个，涉及21个地市的185个事项(共798个工单)。",
        # a daily average is no list's total
        "市中心全年办理各类审批服务事项108万件，比上年增加43.9%，日均办理4300余件，其中即办件81万件，占75%。",
        # the count in brackets after 以上八类案件 is the part
        "主要集中在征收补偿、城建拆迁等领域，以上八类案件(1532件)占行政机关败诉案件的81.75%。",
        # 不合格 is what 合格率 leaves out
        "共完成抽检16641批次。检出不合格食品347批次，总体不合格率2.09%，合格率为97.91%。",
    ]
    for text in ok:
        assert not _errors(checker, text), text
    assert _errors(
        checker, "全省产生有效差评工单1249个。其中，省直部门差评工单30个，17个地市差评工单1249个。"
    )


def test_channels_side_by_side_are_not_steps(checker) -> None:  # type: ignore[no-untyped-def]
    text = "网站受理36件；微信受理210件；微博受理1件，省12345平台转派803件，110平台转交144件。"
    assert not _errors(checker, text)  # 转派 803 is no later step of 微博受理 1
    assert _errors(
        checker, "市12345热线平台共受理各类诉求9670件；平台直接答复19725件。"
    )  # the whole, then a step


def test_a_rate_whose_brackets_list_what_it_counts_is_of_their_sum(checker) -> None:  # type: ignore[no-untyped-def]
    # 维持率(驳回、维持): (1313 + 572) ÷ 3086 = 61.08%, not 1313 ÷ 3086
    text = "共办结行政复议案件3086件。在办结的案件中，维持1313件、驳回572件，维持率(驳回、维持)为{}。"
    assert not _errors(checker, text.format("61.08%"))
    [f] = _errors(checker, text.format("66.08%"))
    assert f.startswith("HC009") and "1313件+驳回572件" in f


def test_shares_of_a_list_adding_up_to_less_than_all_make_it_a_selection(checker) -> None:  # type: ignore[no-untyped-def]
    # the text's own shares (61.08% + 24.59% + 13.38% = 99.05%) say 29 of the 3086 are elsewhere
    text = (
        "全市办结行政复议案件3086件。在办结的行政复议案件中，维持1313件、驳回572件，维持率(驳回、维持)为61.08%；"
        "以调解、和解方式化解行政争议759件，占24.59%；以确认违法、撤销等直接纠错{}件，直接纠错率为13.38%。"
    )
    assert not _errors(checker, text.format("413"))
    assert _errors(checker, text.format("443"))


def test_a_share_of_cases_is_not_one_of_a_count_of_other_things(checker) -> None:  # type: ignore[no-untyped-def]
    # 6个领域 counts fields: the 69.12% is of the cases in them, not 6 of the 31 fields
    text = "全市行政复议案件涉及31个行政管理领域，主要集中在土地、公安等6个领域，占行政复议案件总数的69.12%。"
    assert not [g for g in extract(text).groups if g.kind == "share"]
    ok = extract("全市共有31个乡镇，其中完成改造的6个乡镇，占乡镇总数的19.35%。")
    assert [g for g in ok.groups if g.kind == "share"]


def test_a_negated_cue_names_no_figure(checker) -> None:  # type: ignore[no-untyped-def]
    # 未调解成功41件 counts the failures, not the successes
    text = "共受理纠纷5935件，调解纠纷5935件，调解成功5894件，未调解成功41件，调解成功率为{}。"
    assert not _errors(checker, text.format("99.3%"))
    assert _errors(checker, text.format("98.3%"))


def test_a_figure_in_brackets_is_not_the_set_a_list_is_among(checker) -> None:  # type: ignore[no-untyped-def]
    # the 1876 are among the 2118, not among the 150 carried over that the brackets name
    text = "2016年审理的2118件(包括2016年受理的1968件和上年结转的150件)行政复议案件中，已审结{}件。"
    assert not _errors(checker, text.format(1876))
    assert _errors(checker, text.format(2176))


def test_a_step_after_an_intake_takes_the_carry_over_the_sentence_states(checker) -> None:  # type: ignore[no-untyped-def]
    text = "本期新收案件中受理1243件，上期结转126件，合计审理案件{}件。"
    assert not _errors(checker, text.format(1369))
    assert _errors(checker, text.format(1469))


def test_a_word_holding_an_alias_names_no_figure(checker) -> None:  # type: ignore[no-untyped-def]
    # 符合法定受理条件的 qualifies the cases; it counts none of 受理
    text = "司法部办结国务院行政复议案件2536件，其中符合法定受理条件的国务院裁决案件522件。"
    assert not _errors(checker, text)
    assert _errors(checker, "司法部受理国务院行政复议案件522件，办结国务院行政复议案件2536件。")
    # 结案归档材料659件 counts files, of this year's cases and earlier ones: no figure of 结案
    files = "受理法律援助案件355件；共收回当年及往年指派的法律援助案件结案归档材料659件。"
    assert not _errors(checker, files)


def test_a_growth_rate_after_the_prior_year_is_of_the_year_before_it(checker) -> None:  # type: ignore[no-untyped-def]
    # 129 is 2017's, 75 the 2016 figure it grew from: 129 ÷ 75 = 1.72
    text = "2017年全市行政应诉一审案件129件，2016年为75件，同比增长{}。"
    assert not _errors(checker, text.format("72%"))
    assert _errors(checker, text.format("62%"))


def test_a_share_of_a_whole_named_by_its_step_takes_the_figure_of_that_step(checker) -> None:  # type: ignore[no-untyped-def]
    # 占已审结复议案件: of 已审结案件1148件, a paragraph before, not of the 撤回 figures nearer it
    text = (
        "共审理行政复议案件1369件。其中，已审结案件1148件，未审结案件221件。案件终止的共262件，其中撤回复议申请的195件，"
        "申请人自愿撤回复议申请67件。\n复议后又提起行政诉讼的共119件，占已审结复议案件{}。"
    )
    assert not _errors(checker, text.format("10.37%"))
    assert _errors(checker, text.format("12.37%"))


def test_a_share_of_a_process_total_may_be_of_another_of_its_steps(checker) -> None:  # type: ignore[no-untyped-def]
    # 占复议案件总数的23.44%: 15 ÷ 64 (审结), the sentence's other count of the process
    text = "受理行政复议案件88件，审结64件，以调解(和解)等方式终止行政复议案件15件，占复议案件总数的{}。"
    assert not _errors(checker, text.format("23.44%"))
    assert _errors(checker, text.format("25.44%"))


def test_figures_of_different_instances_are_not_bound_together(checker) -> None:  # type: ignore[no-untyped-def]
    # 950 concluded first-instance cases are no part of 2203 cases of every instance: 结案率 is of others
    text = "2023年，全省受理{}行政案件2203件(含旧存245件)。全省一审行政诉讼案件审结950件，结案率83%。"
    assert not _errors(checker, text.format("各类"))
    assert _errors(checker, text.format("一审"))


def test_a_dimension_named_by_a_step_splits_the_figure_of_that_step() -> None:
    # 从结案方式上看: the ways of concluding split 结案2424件, not the 收案2403件 stated first
    ex = extract(
        "劳动争议案件共计收案2403件，结案2424件。从结案方式上看，判决结案1163件，调解结案673件，其他方式结案588件。"
    )
    fid = {f.id: f.mention.text for f in ex.facts}
    wholes = {fid[g.facts["total"][0]] for g in ex.groups if g.kind == "breakdown"}
    assert wholes == {"2424件"}


def test_a_share_of_the_kinds_of_a_list_is_not_a_share_of_their_number() -> None:
    # 上述三类案件占到收案总数的67.05%: of the cases of those three kinds, not 3 of some whole
    ex = extract(
        "收案数位列前三位的分别是劳动和社会保障126件、城建41件、公安10件，上述三类案件占到收案总数的67.05%。"
    )
    assert not [g for g in ex.groups if g.kind == "share"]
    ex = extract("共收案264件，其中劳动和社会保障类案件177件，占到收案总数的67.05%。")
    [g] = [g for g in ex.groups if g.kind == "share"]
    assert g.attrs["base_words"] == "收案总数"


def test_a_path_taken_directly_is_a_sibling_part_not_a_later_step() -> None:
    ex = extract("共收到市民来信276件，已办结276件，其中交办工单230件，直接答复工单46件，办结率100%。")
    fid = {f.id: f.mention.text for f in ex.facts}
    [g] = [g for g in ex.groups if g.kind == "breakdown"]
    assert [fid[p] for p in g.facts["parts"]] == ["230件", "46件"]


def test_statuses_after_a_semicolon_are_of_a_new_subject(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "由我区牵头负责的涉稳突出问题7宗，已化解稳控6宗；由我区牵头负责的信访积案5宗，已办结3宗，办结率{}；"
        "交办来信来访事项85宗，已答复85宗，办结80宗。"
    )
    assert not _errors(checker, text.format("60%"))
    assert _errors(checker, text.format("70%"))


def test_a_kind_listed_under_its_total_is_not_the_whole_of_an_order_rule(checker) -> None:  # type: ignore[no-untyped-def]
    # 结案 is held to the 355 cases, not to 2 行政 cases, the last kind listed
    text = "共组织办理法律援助案件355件，其中：刑事法律援助案件342件、民事法律援助案件11件、行政法律援助案件2件；全年结案{}件。"
    assert not _errors(checker, text.format(350))
    assert _errors(checker, text.format(750))


def _breakdowns(text: str) -> list[tuple[str, list[str], str]]:
    ex = extract(text)
    fid = {f.id: f.mention.text for f in ex.facts}
    return [
        (fid[g.facts["total"][0]], [fid[p] for p in g.facts["parts"]], g.attrs["complete"])
        for g in ex.groups
        if g.kind == "breakdown"
    ]


def test_a_dimension_splits_the_whole_broken_down_before_it() -> None:
    # 从性别结构看 splits the 310 on the register, not 累计解除454人 stated with 累计
    text = "累计接收社区矫正对象764人，累计解除454人。在册社区矫正对象310人，其中缓刑309人，暂予监外执行1人。从性别结构看，男性255人、女性55人。"
    assert ("310人", ["255人", "55人"], "likely") in _breakdowns(text)


def test_a_dimension_marker_ends_a_list_and_owns_the_list_after_it() -> None:
    text = "累计接收社区矫正人员1575人，目前在矫211人。在矫人员中，其中：女性28人，男性183人；按类别分：管制2人，缓刑202人，假释5人。"
    assert ("211人", ["28人", "183人"], "yes") in _breakdowns(text)  # (the two sexes: whole)
    text = "在册社区矫正对象310人，其中缓刑309人，暂予监外执行1人。从人员的地域分布来看，主要集中在甲、乙街道，其中甲街道71人，乙街道89人。"
    assert ("310人", ["71人", "89人"], "no") in _breakdowns(text)  # 主要: a selection


def test_a_share_of_the_whole_scope_after_a_list_is_of_the_list(checker) -> None:  # type: ignore[no-untyped-def]
    # 全区占比65.2%: (71 + 89 + 42) of the district's 310, not some share of 42
    text = "在册社区矫正对象310人。从地域分布来看，主要集中在甲、乙、丙街道，其中甲街道71人，乙街道89人，丙街道42人，全区占比65.2%。"
    assert not _errors(checker, text)


def test_an_item_enumerated_with_the_others_stays_in_the_list() -> None:
    # 双随机一公开 names a kind of information, enumerated with the others by 、: no step starting a new list
    text = "主动公开信息共计126条：其中，工作动态类信息11条、专栏信息101条、双随机一公开信息2条、财政专项资金公开信息12条。"
    assert _breakdowns(text)[0][1] == ["11条", "101条", "2条", "12条"]


def test_a_part_in_another_unit_leaves_a_list_incomplete_in_its_own(checker) -> None:  # type: ignore[no-untyped-def]
    # 16期 is one of the kinds: the 条 alone fall 16 short, as they should
    text = (
        "累计公开各类政府信息共计2698条，其中：工作动态1201条、通知公告251条、征集调查16期、其他类信息{}条。"
    )
    assert not _errors(checker, text.format(1230))
    assert _errors(checker, text.format(1330))  # more than the whole


def test_a_new_clause_doing_something_else_ends_a_list() -> None:
    text = "律师办理各类诉讼案件283万多件，其中刑事诉讼代理66万多件，民事诉讼代理210万多件；办理非诉讼法律事务67万多件。"
    assert _breakdowns(text)[0][1] == ["66万多件", "210万多件"]


def test_buckets_of_a_distribution_are_siblings_not_subsets(checker) -> None:  # type: ignore[no-untyped-def]
    # 10人(含)以下的律师事务所 and 11人至20人(含)的律师事务所 are two size classes, neither a part of the other
    text = "律师10人(含)以下的律师事务所2.53万多家，占65.5%，律师11人至20人(含)的律师事务所8023家，占20.74%。"
    assert not [g for g in extract(text).groups if g.kind == "subset"]
    assert [
        g
        for g in extract("行政机关败诉的案件共87宗，经二审改判判决行政机关败诉案件17宗。").groups
        if g.kind == "subset"
    ]


def test_a_rate_is_not_counted_by_a_figure_of_other_things(checker) -> None:  # type: ignore[no-untyped-def]
    # 36个行政审批部门 are departments; 事项进驻率 counts items
    assert not _errors(checker, "区政务服务中心共进驻36个行政审批部门，可办理1406项事项，事项进驻率达96.7%。")
    assert _errors(checker, "区政务服务中心共进驻事项36项，事项进驻率达96.7%。")  # no whole base gives it


def test_a_rate_of_no_cases_is_a_convention_not_a_computation(checker) -> None:  # type: ignore[no-untyped-def]
    assert not _errors(checker, "满意度评价9020条，满意率100%，差评数评价0条，差评整改率100%。")
    assert _errors(checker, "差评数评价3条，差评整改率40%。")


def test_what_should_be_done_is_the_whole_not_a_part() -> None:
    # 应进驻事项 is the set required, of which 进驻事项 is the part done
    assert not [
        g for g in extract("区政务服务中心应进驻事项1454项，共进驻事项1406项。").groups if g.kind == "subset"
    ]


def test_a_percent_after_a_change_word_is_the_change_of_a_rate(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全县一审行政诉讼案件已审结16件，败诉{}件，一审败诉率同比下降17.65%。"
    assert not _errors(checker, text.format(0))
    assert _errors(checker, "全县一审行政诉讼案件已审结16件，败诉3件，一审败诉率17.65%。")  # 3/16 = 18.75%


def test_the_parts_of_a_part_after_baokuo_are_not_parts_of_the_whole() -> None:
    text = (
        "共办理各类行政检察监督案件198件，其中向人民法院发出检察建议115件，包括非诉执行监督案件99件，审判程序监督案件16件；"
        "向行政机关发出检察建议51件，包括社会治理检察建议31件，行政违法监督案件20件。"
    )
    assert _breakdowns(text)[0][:2] == ("198件", ["115件", "51件"])


def test_the_words_qualifying_a_generic_head_noun_name_the_figure() -> None:
    ex = extract("全市审结行政诉讼案件1280宗，行政机关败诉的案件共87宗。")
    assert [f.metric for f in ex.facts if f.mention.text == "87宗"] == ["litigation.lost"]


def test_a_loss_names_the_litigation_topic_against_an_earlier_one(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "行政复议案件数量位列前五的领域分别是市场监管、公安、资源，占案件总数的81.27%。从案件审理结果看，全省法院以确认违法、"
        "撤销、变更、责令履行方式判决行政机关败诉1235件，败诉率为20.58%。全省行政复议机关以确认违法、撤销、变更、责令履行"
        "方式纠错935件，纠错率为20.69%。"
    )
    assert not _errors(checker, text)


def test_a_point_of_view_may_list_only_some_of_what_it_sees() -> None:
    text = (
        "共受理行政生效裁判监督案件928件。从办理结果看，提出抗诉、再审检察建议47件，法院审结38件，改变36件。"
    )
    assert all(complete == "no" for _, _, complete in _breakdowns(text))


def test_amounts_beside_the_parts_falling_short_make_a_list_a_selection(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "1-3月州级公共资源交易平台共完成交易235项，交易金额9.8519亿元，其中：工程建设项目交易101项，交易额8.2655亿元；"
        "政府采购项目交易133项，交易额{}亿元。"
    )
    assert not _errors(checker, text.format("1.5697"))  # 9.8352 < 9.8519: another kind of trade is left out
    assert _errors(checker, text.format("1.5864"))  # the amounts add up: then so must the counts


def test_a_court_named_in_passing_is_no_litigation_topic(checker) -> None:  # type: ignore[no-untyped-def]
    text = "主动加强与司法局、法院及承办单位的沟通协调。2024年，共收到依申请公开件32件，办结31件，新发生行政复议案件2件。"
    assert not _errors(checker, text)


def test_parts_each_confirmed_by_their_share_overlap(checker) -> None:  # type: ignore[no-untyped-def]
    # 241 of the 249 closed are court cases, 202 of them handled by lawyers: two attributes, not two kinds
    text = "结案案件249件，其中诉讼案件已结241件，占已结案件96.7%，律师办理案件202件，占已结案件{}。"
    assert not _errors(checker, text.format("81.1%"))
    assert _errors(checker, text.format("91.1%"))


def test_a_satisfaction_rate_counts_every_degree_of_satisfied(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全州总评价数145117条，其中“非常满意”评价143282条，“满意”评价235条，满意率100%。"
    assert not _errors(checker, text)
    assert _errors(checker, "回访群众200人，满意190人，满意率99%。")


def test_a_figure_with_a_rate_of_its_own_is_no_base_of_the_next_share(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "共办理行政复议案件6813件，审结行政复议案件5828件。以撤销、变更等直接纠错639件，直接纠错率为10.96%；"
        "以调解、和解方式化解行政争议2353件，占{}。"
    )
    assert not _errors(checker, text.format("40.37%"))
    assert _errors(checker, text.format("45.37%"))


def test_a_share_of_an_instance_takes_only_a_figure_of_that_instance() -> None:
    text = (
        "全省法院新收行政案件10921件。新收一审行政案件居前五位的地区共计3316件，占全部一审新收案件的60.72%。"
    )
    assert not [g for g in extract(text).groups if g.kind == "share" and "base" in g.facts]


def test_a_clause_after_a_semicolon_naming_another_channel_ends_a_list() -> None:
    text = "通过门户网站发布信息4583条，其中主动公开政府信息2107条，市政府网站采用672条；通过新浪微博发布各类信息6012条。"
    assert _breakdowns(text)[0][:2] == ("4583条", ["2107条", "672条"])


def test_gong_after_a_bracketed_aside_names_its_own_figure() -> None:
    text = "审结行政复议案件155件，其中直接纠错30件，终止32件，维持(以驳回行政复议申请或维持原具体行为等方式结案)共93件。"
    assert all(total == "155件" for total, _, _ in _breakdowns(text))


def test_as_many_counts_after_fenbie_pair_with_the_shares_in_order() -> None:
    ex = extract("收案集中在三个领域，分别为36件、33件和31件，占全年新收行政复议案件的23.2%、21.3%和20%。")
    fid = {f.id: f.mention.text for f in ex.facts}
    pairs = {fid[g.facts["rate"][0]]: fid[g.facts["part"][0]] for g in ex.groups if g.kind == "share"}
    assert pairs == {"23.2%": "36件", "21.3%": "33件", "20%": "31件"}


def test_kinds_of_penalty_imposed_together_overlap(checker) -> None:  # type: ignore[no-untyped-def]
    text = "办结行政处罚94314件，其中警告2981件，罚款93583件，没收违法所得223件，吊销许可证或者执照576件。"
    assert not _errors(checker, text)
    assert _errors(
        checker, "办结行政处罚94314件，其中警告2981件，罚款95583件，没收违法所得223件。"
    )  # one alone exceeds


def test_a_part_of_a_list_before_is_no_total_of_the_next_list(checker) -> None:  # type: ignore[no-untyped-def]
    text = "承办行政处罚94497件，其中罚款93583件，其他处罚104件；其中适用简易程序69757件，一般程序24740件。"
    assert not _errors(checker, text)


def test_a_second_qizhong_may_break_down_the_part_before_it(checker) -> None:  # type: ignore[no-untyped-def]
    text = "代表共提出建议856件，其中归属省政府系统组织办理的建议778件，占建议总数的91%。其中，涉及综合经济类的有206件，占{}。"
    assert not _errors(checker, text.format("26.5%"))
    assert _errors(checker, text.format("29.5%"))


def test_channels_of_what_is_published_add_up(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全年主动公开政府信息{}条，其中网站主动公开信息65条，“上城普法”微信497条，“上城普法君”抖音157条。"
    assert not _errors(checker, text.format(719))
    assert _errors(checker, text.format(671))  # each posting counts once, in its channel: 719 is no 671
    # what comes in comes by one channel too: 网站 and 微信 受理 divide the whole
    assert _errors(checker, "共受理群众诉求671件，其中网站受理65件，微信受理697件。")


def test_a_figure_for_an_earlier_year_is_no_total_of_the_list_after_it() -> None:
    text = (
        "2018年我市共发生行政诉讼一审案件434件，2017年的440件基本持平。其中，行政机关负责人出庭应诉的87件。"
    )
    assert [total for total, _, _ in _breakdowns(text)] == ["434件"]


def test_an_outcome_is_of_the_concluded_cases(checker) -> None:  # type: ignore[no-untyped-def]
    assert not _errors(checker, "办理行政应诉案件42件，其中审结30件，胜诉29件。")
    assert _errors(checker, "办理行政应诉案件42件，审结30件，胜诉35件。")


def test_what_was_done_before_acceptance_is_no_acceptance(checker) -> None:  # type: ignore[no-untyped-def]
    assert not _errors(checker, "办理行政复议案件63件，办结54件，其中调解终止19件，维持17件，受理前化解9件。")


def test_a_field_name_alone_ties_no_rate_to_a_count(checker) -> None:  # type: ignore[no-untyped-def]
    assert not _errors(checker, "全市审结行政复议案件1629件，行政复议阶段矛盾纠纷实质性化解率达98.14%。")
    assert _errors(checker, "共有131位委员提出提案，委员提案参与率达87.04%。")  # 委员 ties them


def test_last_years_rate_is_not_of_this_years_counts(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全省新收行政复议申请1375件；受理1205件，受理率为87.64%，与上年的受理率{}基本持平。"
    assert not _errors(checker, text.format("87.92%"))
    assert _errors(checker, "全省新收行政复议申请1375件；受理1205件，受理率为87.92%。")


def test_a_part_listed_under_a_rates_numerator_is_not_its_base(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全省法院审结的一审案件中，行政机关败诉2683件，败诉率为16.3%。其中，判决撤销行政行为1222件，确认违法760件。"
    assert not _errors(checker, text)
    assert _errors(checker, "全省法院审结一审行政案件1222件，行政机关败诉2683件，败诉率为16.3%。")


def test_a_parallel_item_after_the_remainder_stays_in_the_list(checker) -> None:  # type: ignore[no-untyped-def]
    text = "开展全流程审查1090件。其中，行政规范性文件审查2件，重大行政执法决定审查10件，其他事项审查1件，镇村合同审查{}件。"
    assert not _errors(checker, text.format(1077))
    assert _errors(checker, text.format(1177))


def test_ratings_listed_beside_kinds_are_another_dimension(checker) -> None:  # type: ignore[no-untyped-def]
    text = "工单总数为12683件，其中街道累计办结考核工单8846件、不予受理867件、满意6197件、基本满意237件、不满意1262件。"
    assert not _errors(checker, text)


def test_a_later_step_after_a_semicolon_ends_a_list_of_steps() -> None:
    text = "共收到行政复议申请3921件。其中，受理数2005件，行政诉讼受案808件；全市审结行政复议案件1629件。"
    assert _breakdowns(text)[0][1] == ["2005件", "808件"]


def test_a_share_after_a_whole_list_is_of_its_total(checker) -> None:  # type: ignore[no-untyped-def]
    text = "受理复议案件73件。作出终止决定13件，其中，经调解后达成和解协议的4件，申请人自愿撤回复议申请的9件，占案件受理总数的{}。"
    assert not _errors(checker, text.format("17.8%"))
    assert _errors(checker, text.format("27.8%"))


def test_a_part_of_the_whole_side_may_still_be_a_base(checker) -> None:  # type: ignore[no-untyped-def]
    # 办结率 over the 2274 passed on, a part of the 8947 calls: a definition HC508 allows
    assert not _errors(
        checker, "接听群众来电8947个，其中转办2274件，办结1715件，办结率75.42%；直办6673件，直办率74.58%。"
    )


def test_several_dimensions_each_split_the_whole_stated_before_them(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "全年共新收各类知识产权案件1562件。在新收案件中，按照案件审理程序划分，共有二审案件24件，提审案件176件，"
        "申请再审案件1335件，请示案件26件，司法制裁案件1件。按照案件性质划分，共有行政案件641件，其中专利行政案件120件，"
        "商标行政案件507件，其他行政案件14件；民事案件913件；刑事请示案件7件；司法制裁案件1件。"
    )
    assert not _errors(checker, text)


def test_a_qizhong_row_of_a_table_is_read_by_the_table() -> None:
    text = (
        "序号 | 食品种类 | 样品抽检数量/批次 | 不合格样品数量/批次 |\n"
        "1 | 餐饮食品 | 694245 | 56047 |\n"
        "其中:餐饮具 | 257017 | 48229 | |\n"
        "2 | 食用农产品 | 2665660 | 96634 |\n"
    )
    assert not [g for g in extract(text).groups if g.kind == "breakdown" and g.attrs.get("marker") == "其中"]


def test_what_was_not_filed_is_not_what_a_filing_rate_counts(checker) -> None:  # type: ignore[no-untyped-def]
    text = "137宗违法用地已立案查处59宗，结案49宗；非立案处理72宗，未立案6宗，立案率91%。"
    assert not _errors(checker, text)


def test_cases_not_yet_decided_after_the_rest_stay_in_the_list(checker) -> None:  # type: ignore[no-untyped-def]
    text = "行政诉讼5起，其中胜诉2起，其他结果2起，尚未审结{}起。"
    assert not _errors(checker, text.format(1))
    assert _errors(checker, text.format(3))


def test_actions_listed_side_by_side_are_not_steps(checker) -> None:  # type: ignore[no-untyped-def]
    assert not _errors(checker, "督察期间，我市共立案侦查1家、关停取缔105家、责令整改52家、立案处罚46家。")
    assert _errors(checker, "一审受案4656件、结案9313件。")  # a pair of steps still is


def test_a_list_after_a_rate_of_other_cases_is_not_of_the_count_before(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "截至9月底，各级法院共受理以市政府、部门为被告的行政诉讼案件115件，审结117件，败诉12件，败诉率为10.26%，"
        "行政机关负责人出庭率为100%，其中，我局代理市政府为单独被告或共同被告案件出庭应诉共计31件。"
    )
    assert not _errors(checker, text)
    # a list right after its count still is its: 立案129件，立案率96%。其中… (a rate of a count stated before)
    assert _errors(
        checker, "共收到提案134件，经审查立案129件，其中经济建设方面提案63件，社会民生方面提案97件。"
    )


def test_an_all_claim_is_not_held_to_a_rate_of_other_bodies(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "全市超过50%的乡镇(街道)调委会专职调解员增配至3名，全部村(社区)均配备专兼职调解员3名，"
        "乡镇(街道)、行业性专业性调委会专职调解员配备率达106%。"
    )
    assert not _errors(checker, text)
    assert _errors(checker, "制发规范性文件72件，全部报送备案，报备率99%。")


def test_fenbie_zhan_pairs_figures_in_two_units_each_with_its_own_whole(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "全省共破获毒品刑事案件13220起，缴获毒品23.61吨。通过民众举报破获毒品案件2270起，缴获毒品3.1吨，"
        "分别占总数的17.2%和{}。"
    )
    assert not _errors(checker, text.format("13.1%"))
    ex = extract(text.format("13.1%"))
    fid = {f.id: f.mention.text for f in ex.facts}
    pairs = {fid[g.facts["rate"][0]]: fid[g.facts["part"][0]] for g in ex.groups if g.kind == "share"}
    assert pairs == {"17.2%": "2270起", "13.1%": "3.1吨"}
    assert not [g for g in ex.groups if g.kind == "breakdown" and g.attrs.get("marker") == "占比"]


def test_help_given_to_another_s_work_is_no_step(checker) -> None:  # type: ignore[no-untyped-def]
    assert not _errors(checker, "117名人民调解员入驻89个综治中心，接收流转案件631件，协助办理案件2350件。")
    assert _errors(checker, "综治中心接收流转案件631件，办结案件2350件。")


def test_zhanyong_occupies_and_states_no_share() -> None:
    text = "违法用地137宗，面积5811.47亩(耕地318.11亩)，违法用地占用耕地比例为14%。"
    assert not [g for g in extract(text).groups if g.kind == "share"]
    assert [g for g in extract("违法用地137宗，其中占用耕地的45宗，占32.8%。").groups if g.kind == "share"]


def test_the_next_item_in_progress_is_not_inside_the_one_before() -> None:
    text = "总计76起。其中，土地已复耕的52起、违法建筑物已拆除的7起、正在整改中的10起、暂未处置的7起。"
    assert [(t, p) for t, p, _ in _breakdowns(text)] == [("76起", ["52起", "7起", "10起", "7起"])]


def test_a_change_is_no_part_of_a_list(checker) -> None:  # type: ignore[no-untyped-def]
    text = "参加基本养老保险人数为91548万人。其中，参加城镇职工基本养老保险人数为40293万人，比上年末增加2364万人；城乡居民基本养老保险参保人数{}万人，比上年末增加408万人。"
    assert not _errors(checker, text.format(51255))
    assert _errors(checker, text.format(61255))


def test_an_all_claims_step_ends_at_its_clause(checker) -> None:  # type: ignore[no-untyped-def]
    assert not _errors(
        checker, "共排查预防矛盾隐患和不稳定因素3235宗，均得到有效处置；调解纠纷2571宗，成功率99.73%。"
    )


def test_an_order_rule_compares_counts_of_one_counter(checker) -> None:  # type: ignore[no-untyped-def]
    text = "发现违法违规问题50.1万个，完成整改生产经营主体51万家次，查处案件10.6万件。"
    assert not _errors(checker, text)


def test_a_list_no_figure_holds_takes_the_whole_its_nearest_belongs_to() -> None:
    text = (
        "承办行政处罚94497件，办结94314件，其中警告2981件，罚款93583件，吊销许可证或者执照576件；"
        "其中适用简易程序69757件，一般程序24757件，告知听证程序2469件。"
    )
    assert "576件" not in [total for total, _, _ in _breakdowns(text)]


def test_a_kind_within_a_part_before_is_nested_not_a_sibling(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "本市办结行政处罚990件，其中适用简易程序700件，一般程序{}件，告知听证程序20件，实际适用听证程序5件。"
    )
    assert [(t, p) for t, p, _ in _breakdowns(text.format(285))] == [("990件", ["700件", "285件"])]
    assert not _errors(checker, text.format(285))  # (errors and warnings: 985 of 990, some not listed)
    assert _errors(checker, text.format(330))


def test_a_rate_opening_its_sentence_is_of_the_counts_right_before_it(checker) -> None:  # type: ignore[no-untyped-def]
    text = "受理行政争议案件96件，结案92件。当期结案率{}%。"
    assert not _errors(checker, text.format("95.8"))
    assert _errors(checker, text.format("65.8"))
    # not when its numerator is not the last count before it (a sentence of several rates)
    many = (
        "办理行政复议案件63件，办结54件，其中调解终止19件，维持17件，受理前化解9件；办理行政应诉案件42件，"
        "其中审结30件，胜诉29件。实质性化解率达94%，行政机关负责人出庭应诉率达100%，调解率为40.74%。"
    )
    assert not _errors(checker, many)
    assert not _errors(checker, "其他方式结案7件，占已审结案件的0.61%。我市行政复议综合纠错率为21.17%。")


def test_a_numerator_opening_its_sentence_takes_its_base_from_the_sentence_before(checker) -> None:  # type: ignore[no-untyped-def]
    text = "共收到提案412件。经审查委员会按照提案工作条例认真审查，确定立案398件，不立案14件，立案率{}%。"
    assert not _errors(checker, text.format("96.6"))
    assert _errors(checker, text.format("90"))  # (398 of some 442: only the 412 before tells)


def test_an_outcome_rate_takes_no_intake_of_the_sentence_before_as_its_base(checker) -> None:  # type: ignore[no-untyped-def]
    # 纠错率 is over the cases concluded, which the text does not state here
    text = "区政府共收到行政复议申请880件。受理820件，其中，决定维持300件，驳回申请120件。直接纠错180件，纠错率24.2%。"
    assert not _errors(checker, text)


def test_a_non_litigation_case_is_no_base_of_a_first_instance_rate(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "全省法院新收一审行政案件15020件，审结15310件。此外，新收、审结非诉行政执行案件6604件、6580件。"
        "全省行政机关一审败诉案件1190件，一审败诉率7.8%。"
    )
    assert not _errors(checker, text)


def test_cases_not_yet_concluded_are_not_what_a_closure_rate_counts(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全市法院受理行政案件793件（新收案件649件，旧存案件144件），审结715件，同比下降9.72%；未结案件78件。结案率为90.16%。"
    assert not _errors(checker, text)


def test_parts_the_figure_before_cannot_hold_go_back_to_a_whole_they_sum_to(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "共收到提案590件。经审查，立案500件；转为意见建议90件。立案提案中，委员提案380件；"
        "各民主党派团体等集体提案120件。其中，经济建设方面提案130件；政治建设方面提案30件；"
        "文化建设方面提案60件；社会建设方面提案240件；生态文明建设方面提案{}件。"
    )
    assert [(t, len(p)) for t, p, _ in _breakdowns(text.format(40))][-1] == ("500件", 5)
    assert not _errors(checker, text.format(40))
    assert _errors(checker, text.format(50))  # (no whole they sum to: still found, against the 120)


def test_a_list_that_falls_short_goes_on_into_the_next_sentence_when_that_makes_it_up(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "全区公开各类政府信息25000条。其中，区政府网站3000条、政务新媒体7000条，其他传统媒体报道200条。"
        "互联网监管系统及审批平台信息{}条。\n（二）依申请公开。共受理申请202件。"
    )
    assert not _errors(checker, text.format(14800))
    assert _errors(checker, text.format(14700))  # (still 100 short: the list ended at its 其他)


def test_parts_said_to_be_handled_jointly_overlap(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "交由市级有关单位办理的建议300件，其中：市政府及其所属部门承办{}件，市法院承办5件，"
        "市级有关组织承办35件（其中和市政府及其所属部门合办20件）。"
    )
    assert not _errors(checker, text.format(280))  # (320 listed, 20 of them twice)
    assert _errors(checker, text.format(380))  # (one part alone exceeds the whole)


def test_a_total_of_n_kinds_with_fewer_listed_is_a_selection(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "全国共查处{}案件6000件。其中，按日连续处罚案件100件；查封、扣押案件4000件；限产、停产案件600件；"
        "移送行政拘留1000起。"
    )
    assert not _errors(checker, text.format("五类"))  # (four of the five kinds: the fifth not listed)
    # (four of the five kinds of one closed set, 移送行政拘留 in 起 among them: the fifth may make up the 300 short; once
    # the 起 dropped, three parts read as the whole list were 1300 short)
    assert not _errors(checker, text.format(""))
    assert _errors(checker, text.format("").replace("4000件", "5000件"))  # (6700 listed, over the 6000)


def test_a_list_of_a_step_no_figure_before_states_has_no_total(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "全区法院受理非诉执行案件900件。裁定准予执行700件，准予执行率77.78%{}。2022年，一审审结案件中，"
        "以判决方式结案600件，以撤诉方式结案400件，以调解方式结案200件。"
    )
    assert not _errors(checker, text.format(""))  # (not of the 700: a step of other cases)
    assert _errors(checker, text.format("；一审审结案件1100件"))  # (of the 1100 it names: 1200 > 1100)


def test_filed_merged_and_not_filed_divide_the_proposals_received(checker) -> None:  # type: ignore[no-untyped-def]
    text = "区政协全会共收到提案180件，经审查立案160件，并案5件，不予立案{}件。"
    assert not _errors(checker, text.format(15))
    assert _errors(checker, text.format(25))


def test_being_pushed_forward_is_a_status_beside_concluded(checker) -> None:  # type: ignore[no-untyped-def]
    text = "累计接收企业诉求50条，经甄别确定有效诉求30条。其中，已办结12条，正在推进办理{}条。"
    assert not _errors(checker, text.format(18))
    assert _errors(checker, text.format(28))


def test_a_year_between_part_and_share_is_no_figure(checker) -> None:  # type: ignore[no-untyped-def]
    text = "35200件投诉中，商品类投诉19712件，比2017年增加50.59%，占投诉总量的{}%。"
    assert not _errors(checker, text.format("56"))
    assert _errors(checker, text.format("46"))


def test_a_rate_named_again_in_the_next_sentence_is_of_another_whole(checker) -> None:  # type: ignore[no-untyped-def]
    text = "共交办积案1600件，本周化解45件，累计化解544件，化解率34%。市直部门单位累计化解8件，化解率6.61%。"
    assert not _errors(checker, text)
    # (nor a numerator naming no step: 出庭应诉 over the 收到 of the sentence before)
    text = (
        "市政府本级收到申请326件，受理291件，审结275件。全市行政机关负责人出庭应诉1824件次，出庭应诉率99.2%。"
    )
    assert not _errors(checker, text)


def test_a_list_ends_where_its_parts_reach_a_total_shown_to_its_digits(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "全县完成一般公共预算收入6.52亿元，其中：税收收入4.31亿元、非税收入{}亿元）、上级补助收入18.4亿元、"
        "上年结余收入2.1亿元，总收入合计27.02亿元。"
    )
    assert not _errors(checker, text.format("2.21"))
    assert _errors(checker, text.format("2.91"))


def test_a_rate_may_be_of_the_persons_stated_beside_the_cases(checker) -> None:  # type: ignore[no-untyped-def]
    text = "三季度，共受理审查逮捕案件96件130人。审结100件140人，其中批准逮捕80件105人，逮捕率为{}%。"
    assert not _errors(checker, text.format("75"))  # (105 of 140 persons; 80 of 100 cases is 80%)
    assert _errors(checker, text.format("70"))
    # with no base stated, a rate no whole number of cases gives may be of the persons
    text = "经审查后批准逮捕158件196人，不批准逮捕33件40人，不捕率为{}%。"
    assert not _errors(checker, text.format("16.95"))  # (40 of 236; no whole base gives 33 at 16.95%)


def test_a_rate_of_things_done_in_time_is_not_of_all_things_done(checker) -> None:  # type: ignore[no-untyped-def]
    text = "执行收案2380件（含旧存123件），结案1058件，结案率{}%，法定期限内结案率96.07%。"
    assert not _errors(checker, text.format("44.45"))  # (96.07% is of those with a time limit)
    assert _errors(checker, text.format("54.45"))


def test_a_rate_of_one_kind_of_case_is_not_of_all_kinds(checker) -> None:  # type: ignore[no-untyped-def]
    text = "一年来，共受理各类案件9000件，结案8200件，{}结案率92.32%，执行案件执结率88.63%。"
    assert not _errors(checker, text.format("审判案件"))  # (of the trial cases, not stated)
    assert _errors(checker, text.format(""))  # (8200 of 9000 is 91.1%)


def test_solved_and_unsolved_divide_what_was_concluded(checker) -> None:  # type: ignore[no-untyped-def]
    text = "本月办结工单2800件（限期内150件工单至下月办结），已解决2500件，未解决{}件。"
    assert not _errors(checker, text.format(300))
    assert _errors(checker, text.format(400))


def test_a_count_followed_by_its_kinds_and_the_rest_is_divided_by_them(checker) -> None:  # type: ignore[no-untyped-def]
    text = "现区级保留的政务服务事项480项，行政许可事项200项，公共服务等其他事项{}项。"
    assert not _errors(checker, text.format(280))
    assert _errors(checker, text.format(270))
    # siblings, the first no whole of them
    text = "依托教育部门的鉴定机构153家，依托企业的鉴定机构2052家，依托社会团体的鉴定机构181家，依托其他组织的鉴定机构787家。"
    assert not _errors(checker, text)


def test_cases_concluded_are_among_those_undertaken(checker) -> None:  # type: ignore[no-untyped-def]
    text = "本市各行政执法部门承办行政处罚5200件，办结{}件。"
    assert not _errors(checker, text.format(5100))
    assert _errors(checker, text.format(10500))
    assert not _errors(checker, "行政复议承办单位12个，办结行政复议案件35件。")  # (承办单位: who, not a step)


def test_a_duration_in_a_parts_words_is_no_part(checker) -> None:  # type: ignore[no-untyped-def]
    text = "有罪判决720人，其中判处三年以上有期徒刑{}人，对300名具有从宽情节的被告人依法判处缓刑。"
    assert not _errors(checker, text.format(134))
    assert _errors(checker, text.format(1340))


def test_all_of_them_setting_something_up_restate_no_count_of_it(checker) -> None:  # type: ignore[no-untyped-def]
    # (each community has a committee of its own: the 1238 industry bodies are other things, no restatement)
    text = "全省1233个乡镇街道、2万多个村社区全部{}人民调解委员会；建立行业性专业调解组织1238个。"
    assert not _errors(checker, text.format("设立"))
    assert not roles(text.format("设立"), "all")
    # (a step all went through is still held to the figure stated for it)
    assert _errors(checker, "共收到行政复议申请35件，均已依法受理。受理33件。")


def test_all_of_them_is_no_truncated_99_percent(checker) -> None:  # type: ignore[no-untyped-def]
    text = "该镇到区访13批43人次，到市访2批3人次。已成功化解15批，化解率达{}%。"
    assert not _errors(checker, text.format(94))  # (15 of 16)
    assert _errors(checker, text.format(99))  # (15 of 15 is 100%, and no whole number gives 99%)


def test_a_base_named_with_a_kind_is_the_figure_of_that_kind(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "全国消协组织共受理消费者投诉200,000件，其中得到加倍赔偿的投诉1857件。售后服务投诉57,378件，"
        "占投诉总量的28.7%；合同投诉53,823件，占投诉总量的26.9%；质量投诉40,687件，占比20.3%。"
        "全国消协组织受理商品类投诉90,000件，其中家用电子电器类共21,600件，占商品投诉总量的24%。"
        "食品类投诉共14,040件，占商品投诉总量的{}%，排名第二位。"
    )
    assert not _errors(checker, text.format(15.6))
    assert _errors(checker, text.format(25.6))
    text = "共办理公益诉讼案件190000件。全年共办理其他新领域案件21850件，占公益诉讼领域总数的{}%。"
    assert not _errors(checker, text.format(11.5))
    assert _errors(checker, text.format(15.5))


def test_a_year_compared_with_is_not_the_year_of_the_figures(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "“截至2021年底，全省共有执业律师14671人，比2020年增长11.5%；共有律师事务所756家，比2020年增长6%。”\n"
        "截至2021年底，全省共有律师事务所756家，比2020年增长6%。"
    )
    assert not _errors(checker, text)


def test_a_share_moved_one_step_so_the_list_adds_to_100_is_a_plug(checker) -> None:  # type: ignore[no-untyped-def]
    text = "共收到市民来信300件。从诉求类型来看，投诉类100件，占比{}%；咨询类100件，占比33.33%；求助类100件，占比33.33%。"
    from .helpers import run_text

    # (rounded they add to 99.99: a plug is a warning, ../DOMAIN.md, not an error; it was let pass before)
    [plug] = _errors(checker, text.format("33.34"))
    assert "尾差调整" in plug and not any(
        f.severity == "error" for f in run_text(checker, text.format("33.34")).findings
    )
    assert any(e.startswith("HC003") and "尾差" not in e for e in _errors(checker, text.format("33.44")))
    # rounded they already add to 100: a share moved is a slip, not a plug
    text = "共收到市民来信200件。投诉类101件，占比50.5%；咨询类59件，占比29.6%；求助类40件，占比19.9%。"
    assert _errors(checker, text)


def test_a_share_of_another_step_than_its_lists_total_is_not_of_that_total(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全国检察机关共办结行政生效裁判监督案件8000件，其中向法院提出抗诉90件；法院再审改判、调解50件，占审结数的{}%。"
    assert not _errors(checker, text.format("83.3"))  # (of the cases the courts concluded: not stated)
    assert _errors(checker, text.format("83.5"))  # (no whole number of cases gives 50 at 83.5%)


def test_an_outcome_rate_may_be_of_the_outcomes_listed_of_what_was_received(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "本季度受理审查逮捕的各类刑事案件300件400人，其中批准逮捕200件260人，不批准逮捕80件100人，不捕率{}%。"
    )
    assert not _errors(checker, text.format("27.78"))  # (100 of the 360 persons decided)
    assert _errors(checker, text.format("31.78"))


def test_wholes_stated_as_an_enumeration_are_of_their_sum(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "2019年，县政府系统共承办人大代表建议40件、政协委员提案60件。其中，已解决或正在解决的65件，占{}%；"
        "已列入计划的27件，占27%；因政策、资金等因素暂不能办理的8件，占8%。"
    )
    assert not _errors(checker, text.format(65))
    assert _errors(checker, text.format(55))
    text = "截至11月，共提交大会提案800件，平时提案20件。经审查，立案700件，立案率{}%。"
    assert not _errors(checker, text.format("85.4"))  # (700 of 820)
    assert _errors(checker, text.format("75.4"))


def test_what_was_due_is_the_base_of_a_closure_rate(checker) -> None:  # type: ignore[no-untyped-def]
    text = "上半年共受理案件8000件，共派遣案件7700件，应结案7500件，结案7275件，结案率{}%。"
    assert not _errors(checker, text.format(97))  # (7275 of the 7500 due)
    assert _errors(checker, text.format(87))


def test_during_and_between_sessions_divide_the_suggestions(checker) -> None:  # type: ignore[no-untyped-def]
    text = "共提出建议{}件。其中，市人大三次会议期间提出300件，闭会期间提出20件。"
    assert not _errors(checker, text.format(320))
    assert _errors(checker, text.format(350))


def test_the_ways_a_request_came_in_divide_the_requests(checker) -> None:  # type: ignore[no-untyped-def]
    text = "共受理政府信息公开申请{}件（其中，网络申请120件、信函邮寄40件、现场申请35件），均按时给予答复。"
    assert not _errors(checker, text.format(195))
    assert _errors(checker, text.format(215))


def test_statuses_divide_a_whole_from_the_first_of_them(checker) -> None:  # type: ignore[no-untyped-def]
    text = "审计发现问题50个，约谈相关负责人3个，已整改问题30个，正在整改问题{}个。"
    assert not _errors(checker, text.format(20))
    assert _errors(checker, text.format(25))


def test_votes_on_returned_forms_are_over_the_forms(checker) -> None:  # type: ignore[no-untyped-def]
    text = "测评情况：发出测评表30张，收回28张，满意票21票，满意率{}%，基本满意票7票，基本满意率25%。"
    assert not _errors(checker, text.format(75))
    assert _errors(checker, text.format(85))
    assert not _errors(checker, "严格落实一票否决制度，全年否决评优资格3个单位。")


def test_shares_after_a_list_of_the_whole_are_of_its_total(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "会议期间转交县政府办理的政协提案80件，其中委员个人提案70件，联名提案7件，集体提案3件。经审查分类，"
        "乡村振兴方面的提案20件，占比{}%；产业经济方面的提案16件，占比20%；民生保障方面的提案12件，占比15%。"
    )
    assert not _errors(checker, text.format(25))
    assert _errors(checker, text.format(40))


def test_cases_of_an_outcome_no_alias_names_are_not_all_the_cases(checker) -> None:  # type: ignore[no-untyped-def]
    assert not _errors(
        checker, "依法审结行政案件160件，达成行政和解或撤诉案件12件，向行政机关发出司法建议1份。"
    )
    assert _errors(
        checker, "依法受理行政案件150件，审结行政案件320件。"
    )  # (a count of all the cases still is)


def test_what_was_used_and_what_is_left_divide_the_budget(checker) -> None:  # type: ignore[no-untyped-def]
    text = "当年预算批复指标70.50亿元，已用指标61.20亿元，预算结余{}亿元，总体执行率87%。"
    assert not _errors(checker, text.format("9.30"))
    assert _errors(checker, text.format("9.90"))


def test_last_years_figure_is_no_base_of_a_share(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "我院2023年1月共收案200件，结案18件；去年同期全院共收案208件，结案36件。"
        "受理诉讼类案件124件，同比上升7%；受案数量占全院总收案数的{}%。"
    )
    assert not _errors(checker, text.format(62))
    assert _errors(checker, text.format(59.6))  # (124 of last year's 208, not of this year's 200)


def test_a_rate_at_the_end_of_brackets_may_be_of_their_figure(checker) -> None:  # type: ignore[no-untyped-def]
    text = "执行案件315件（包括行政非诉执行案件7件，同比增长{}%），其他案件2件。"
    assert not _errors(checker, text.format("42.53"))  # (315 from 221; 7 from 4.9 would be no whole figure)
    assert _errors(checker, text.format("42.63"))


def test_a_list_ends_at_a_clause_whose_figure_alone_exceeds_its_total(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "共办结民事生效裁判监督案件1.3万件，提出监督意见2300余件，其中提出抗诉600余件，提出再审检察建议{}余件；"
        "对民事审判活动违法行为提出检察建议1.4万件，法院同期采纳率86.9%。"
    )
    assert not _errors(checker, text.format(1600))
    assert _errors(checker, text.format(2600))  # (600余 + 2600余 > 2300余)


def test_a_share_after_an_enumeration_with_fenbie_is_of_their_sum(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "本季度共排查矛盾纠纷8000件。从类型分布看，居高不下的仍然是交通事故、邻里、婚姻家庭、山林土地纠纷，"
        "分别有2000件、1800件、800件、600件，占总量的{}%。"
    )
    assert not _errors(checker, text.format(65))  # (5200 of 8000; not the 600 alone)


def test_a_part_that_includes_cases_carried_in_is_no_part_of_this_intake(checker) -> None:  # type: ignore[no-untyped-def]
    text = "共受理审查起诉案件500件620人。其中，提起公诉640人（含上期积存），审结时决定不起诉{}人（含上期积存）。"
    assert not _errors(checker, text.format(50))
    assert _errors(checker, "共受理审查起诉案件500件620人。其中，提起公诉640人，审结时决定不起诉50人。")


def test_shares_run_with_fenbie_take_no_base_from_their_own_run(checker) -> None:  # type: ignore[no-untyped-def]
    text = "今年各部门承办的建议、提案为600件次和480件次，分别占总数的{}%和97%。"
    assert not [e for e in _errors(checker, text.format("94.9")) if e.startswith("HC003")]  # (not 480 of 600)


def test_a_part_after_a_semicolon_without_a_rate_of_its_own_stays_in_the_list(checker) -> None:  # type: ignore[no-untyped-def]
    text = "共检查企业1000家，其中危险化学品企业300家；工贸企业{}家。"
    assert not _errors(checker, text.format(700))
    assert _errors(checker, text.format(1700))


def test_parts_each_naming_a_different_whole_before_are_no_list_of_one(checker) -> None:  # type: ignore[no-untyped-def]
    text = "共退回补充侦查40件60人，重报38件57人。其中一次退回补充侦查32件50人，一次重报30件45人。"
    assert not _errors(checker, text)  # (32 of the 40 退查, 30 of the 38 重报: not 62 of 40)


def test_a_rate_may_be_of_another_count_naming_its_word(checker) -> None:  # type: ignore[no-untyped-def]
    text = "截至目前，全市纳入行政复议调解33件，调解结案20件，行政复议调解率{}%。"
    assert not _errors(checker, text.format(60.61))  # (20 of 33; no whole base gives 33 at 60.61%)
    assert _errors(checker, text.format(66.5))


def test_each_scopes_figure_of_the_totals_step_is_the_part(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "第二季度，全市法院共受理行政诉讼案件{}件。其中，市中级法院受理20件，未结18件，撤诉2件；"
        "兴庆区法院受理40件，未结17件，裁定驳回起诉7件；金凤区法院受理36件，未结22件，撤诉3件。"
    )
    assert not _errors(checker, text.format(96))
    assert _errors(checker, text.format(86))


def test_an_average_is_no_claim_of_all_and_no_whole(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "人民调解员人均诉前调解成功75件，远高于2022年人民调解员自行收案人均调解的2.81件。2023年1月至11月，"
        "法院委托诉前调解纠纷163.97万件，合作单位自收调解纠纷3.7万多件。"
    )
    assert not _errors(checker, text)
    assert _errors(
        checker, "共收到行政复议申请35件，均已依法受理。行政复议受理33件，审结25件。"
    )  # (均 still is)


def test_a_change_in_cases_and_persons_is_no_count_of_either(checker) -> None:  # type: ignore[no-untyped-def]
    text = "其中，交通运输业事故30起，死亡26人，同比减少5起4人。"
    assert not _errors(checker, text)
    assert _errors(
        checker, "其中，交通运输业事故30起，涉及5起4人。"
    )  # (cases without a change: persons ≥ cases)


def test_a_breakdown_of_cases_and_persons_is_whole_when_either_adds_up(checker) -> None:  # type: ignore[no-untyped-def]
    text = "审结{}件{}人，其中提起公诉380件455人；不起诉96件120人；附条件不起诉5件6人。"
    assert not _errors(checker, text.format(481, 581))
    assert _errors(checker, text.format(530, 581))  # (the persons add up: the cases must too)
    assert _errors(checker, text.format(481, 640))
    # rates of the parts over the total that add up to 100% say the same
    text = "审结{}件，其中批准逮捕120件，逮捕率为80%；不捕30件，不捕率为20%。"
    assert not _errors(checker, text.format(150))
    assert _errors(checker, text.format(165))


def test_the_persons_of_a_part_cannot_exceed_the_persons_of_its_whole(checker) -> None:  # type: ignore[no-untyped-def]
    text = "起诉扰乱市场秩序案件310件420人，其中，起诉集资诈骗案件52件{}人。"
    assert not _errors(checker, text.format(75))
    assert _errors(checker, text.format(750))


def test_a_total_of_applications_is_the_step_before_acceptance(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全年行政许可申请总数为5120件，受理{}件，予以许可4960件。"
    assert not _errors(checker, text.format(5120))
    assert _errors(checker, text.format(10380))  # (more accepted than applied for, beyond any carry-over)


def test_a_move_stated_in_words_must_go_the_way_it_says(checker) -> None:  # type: ignore[no-untyped-def]
    text = "经过改革，全市行政复议机关由2020年的216个减少到{}个。"
    assert not _errors(checker, text.format(31))
    assert _errors(checker, text.format(310))
    text = "2022年至2024年，全市一审行政案件收案数分别为3.42万件、3.18万件、{}万件，连续两年下降。"
    assert not _errors(checker, text.format("2.95"))
    assert _errors(checker, text.format("3.25"))
    assert not _errors(checker, text.format("3.18"))  # (3.18万 may be 3.175万 against 3.184万: still lower)
    # a move whose size is stated is read by change.py, once
    assert not roles("纠错率由16.8%提高到19.4%，提高2.6个百分点。", "trend")


def test_as_many_kinds_as_the_total_names_make_the_list_whole(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "全省实施四类案件{}件，其中查封、扣押案件1210件，限产、停产案件388件，"
        "移送拘留案件506件，移送涉嫌犯罪案件97件。"
    )
    assert not _errors(checker, text.format(2201))
    assert _errors(checker, text.format(2420))  # (four kinds listed, 219 short)
    # a kind whose name holds a step word (移送) is still one of the kinds, not another dimension
    [g] = roles(text.format(2201), "breakdown")
    assert g["parts"] == ["1210件", "388件", "506件", "97件"]


def test_a_rate_of_forms_counted_as_jian_is_over_the_forms_returned(checker) -> None:  # type: ignore[no-untyped-def]
    text = "共收回征求意见表318份，其中对办理结果满意或基本满意的312件，满意率达到{}%。"
    assert not _errors(checker, text.format("98.1"))
    assert _errors(checker, text.format("91.2"))  # (312 of some 342, but not of the 318 returned)


def test_only_as_many_shares_as_rounding_leaves_short_may_be_moved_to_reach_100(checker) -> None:  # type: ignore[no-untyped-def]
    text = "共受理诉求30件，其中咨询类10件，占{}%；投诉类10件，占{}%；求助类10件，占{}%。"
    # (99.9 rounded: one share moved, a plug: a warning naming it)
    plug = _errors(checker, text.format("33.4", "33.3", "33.3"))
    assert plug and all("尾差调整" in e for e in plug)
    moved = _errors(checker, text.format("33.4", "33.4", "33.2"))  # (three moved where one would do)
    assert any("尾差调整" not in e for e in moved)


def test_a_list_goes_on_in_the_next_sentence_named_alike(checker) -> None:  # type: ignore[no-untyped-def]
    text = "本季度共归集评价数据8420件，其中，各部门归集评价数据{}件。镇街归集评价数据1310件，村居归集评价数据0件。"
    assert not _errors(checker, text.format(7110))
    assert _errors(checker, text.format(7610))  # (7610 + 1310 > 8420)
    # a figure of another time in the next sentence is no part
    text = "共受理申请420件，其中，网上受理申请300件。上年同期网上受理申请260件。"
    assert not _errors(checker, text)
    text = "共收到申请63件，其中，市本级收到申请24件，各县区收到申请39件。从申请人看，公民提出申请52件，法人提出申请11件。"
    assert not _errors(checker, text)


def test_a_figure_said_of_each_of_several_kinds_counts_once_for_each(checker) -> None:  # type: ignore[no-untyped-def]
    text = "从案件类别看，共收到申请{}件，其中公安21件，国土资源9件，房管、人事各3件，卫生、地震和交通各1件，其他2件。"
    assert not _errors(checker, text.format(41))  # (21 + 9 + 3×2 + 1×3 + 2)
    assert _errors(checker, text.format(36))
    # (the kinds since the part before, joined by 、: 建设及环保类 names two, not the four of the whole run)
    run = "受理案件{}件，其中警察局5件、工务处4件、建设及环保类各3件、农渔类2件。"
    assert not _errors(checker, run.format(17))
    assert _errors(checker, run.format(15))


def test_a_share_after_a_bracketed_top_list_is_of_their_sum(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全市共接收投诉举报20000件。排前三的分别是甲区(5000件),乙区(4000件),丙区(3000件),共占全市{}%。"
    assert not _errors(checker, text.format(60))  # (of the three together, not 3000 of 20000)
    # a share of a sum the text does not state is not read as any one figure's (nor yet checked)
    assert not share(text.format(70))


def test_a_closure_rate_below_its_counts_may_leave_a_small_carry_over_unstated(checker) -> None:  # type: ignore[no-untyped-def]
    text = "今年1至9月，全市法院新收案件15125件，结案12389件，结案率为{}%。"
    assert not _errors(checker, text.format("68.17"))  # (旧存 about 3000, a fifth of the intake)
    assert _errors(checker, text.format("48.17"))  # (旧存 about 10600: more than a third of the intake)
    # a base that says it holds the carry-over leaves none to assume
    text = "全院共受理各类案件4939件(含旧存256件)，结案{}件，结案率57.44%。"
    assert not _errors(checker, text.format(2837))
    assert _errors(checker, text.format(3121))


def test_a_label_opening_with_the_rates_word_for_all_kinds_names_its_numerator() -> None:
    text = (
        "审结各类审查起诉案件478件635人，审查起诉案件审结率87.25%\n"
        "共起诉各类犯罪373件507人，同比件数下降47.83%；起诉率(按人数)为81.12%。"
    )
    [g] = [g for g in rate(text) if g["rate"] == ["81.12%"]]
    assert g["part"] == ["507人"]


def test_a_total_of_another_measure_ends_a_list(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全年财政总收入{}万元，比上年增长14.2%。其中：地方一般预算收入93307万元，增长16.9%；税收总收入84717万元，增长19.6%。"
    assert not _errors(checker, text.format(148625))  # (税收总收入 overlaps the other: no sibling part)
    assert _errors(checker, text.format(88625))


def test_parts_of_a_part_named_in_zhong_are_no_siblings(checker) -> None:  # type: ignore[no-untyped-def]
    text = "年末全省共有医疗卫生机构{}个，其中医院300个，在医院中有公立医院120个，民营医院180个；基层医疗卫生机构9400个。"
    assert not _errors(checker, text.format(9950))
    assert _errors(checker, text.format(9650))  # (300 + 9400 > 9650)


def test_the_target_a_part_is_a_share_of_is_no_part(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "全县完成政府性基金收入{}万元，占年初预算2180万元的44.5%，其中国有土地使用权出让收入866万元，"
        "占年初预算1900万元的45.6%，城市基础设施配套费收入35万元，污水处理费收入68万元。"
    )
    assert not _errors(checker, text.format(969))  # (866 + 35 + 68, the 1900 is a target; 污水处理费 a kind)
    assert _errors(checker, text.format(869))


def test_a_share_after_the_main_kinds_listed_is_of_their_sum(checker) -> None:  # type: ignore[no-untyped-def]
    text = "2024年收到投诉5109件。投诉较多的问题主要有：食品安全问题731件、合同问题354件、价格问题193件，占比{}%。"
    assert not _errors(checker, text.format("24.84"))  # (1278 of 5109, not 193 of it)


def test_amounts_in_a_sum_message_are_shown_at_the_totals_scale(checker) -> None:  # type: ignore[no-untyped-def]
    [msg] = _errors(checker, "全市组织收入93.12亿元，其中税收收入96.59亿元，社会保险基金收入2.17亿元。")
    assert "98.76亿元（96.59亿+2.17亿）" in msg and "亿）" in msg.split("应为")[-1]


def test_amounts_listed_under_a_total_are_the_main_ones_unless_they_complement(checker) -> None:  # type: ignore[no-untyped-def]
    text = "上半年全市地税部门组织收入93.12亿元，其中税收收入56.59亿元，社会保险基金收入29.17亿元。"
    assert not _errors(checker, text)  # (other income, 非税收入 and the like, is not listed)
    text = "全县完成一般公共预算收入{}亿元，其中：税收收入5.93亿元、非税收入1.78亿元。"
    assert not _errors(checker, text.format("7.71"))
    assert _errors(checker, text.format("8.71"))  # (taxes and the rest are all of it)


def test_a_qizhong_restating_the_figures_before_takes_a_part_of_each(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "全省检察机关共办理公益诉讼案件3650件，发出诉前检察建议2470件，提起诉讼250件。"
        "其中，聚焦重点领域立案1980件，发出诉前检察建议1360件，提起诉讼{}件。"
    )
    assert not _errors(checker, text.format(150))  # (a part of each, not 1980 + 1360 + 150 of the 250)
    assert _errors(checker, text.format(350))  # (more suits in the key fields than in all)
    # as many figures as before, in the same places: each restates its own, named alike or not
    text = "全市法院共受理各类案件7976件，审结7982件。其中，中院收案{}件，审结1561件。"
    assert not _errors(checker, text.format(1577))
    assert _errors(checker, text.format(9577))


def test_a_rate_counts_the_ways_of_doing_it_named_alike_before_it(checker) -> None:  # type: ignore[no-untyped-def]
    text = "本月12345热线受理群众诉求3000件，直接答复办结1600件，转派承办单位办结1310件，当月办结率{}%。"
    assert not _errors(checker, text.format(97))  # (1600 + 1310 of 3000)
    assert _errors(checker, text.format(87))
    # steps named by different words are no ways of one step (新收75件，受理46件)
    assert _errors(checker, "全区新收行政复议案件75件，受理46件，审结46件，受理率91%。")


def test_a_rate_of_one_decision_is_of_both_decisions(checker) -> None:  # type: ignore[no-untyped-def]
    text = "共批准逮捕犯罪嫌疑人3120人，不捕1880人，不捕率为{}%。"
    assert not _errors(checker, text.format("37.6"))  # (1880 of 5000 decided)
    assert _errors(checker, text.format("42.6"))
    text = "共决定起诉5.1万人，同比下降4.4%；决定不起诉1.9万人，不起诉率{}%。"
    assert not _errors(checker, text.format("27.1"))
    assert _errors(checker, text.format("31.1"))


def test_a_total_named_by_its_parts_nouns_together_is_whole(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全年承办市“两会”建议提案{}件(人大建议312件,政协委员提案455件)。"
    assert not _errors(checker, text.format(767))
    [msg] = _errors(checker, text.format(797))
    assert "合称" in msg


def test_leading_and_joint_handling_divide_what_an_office_handled(checker) -> None:  # type: ignore[no-untyped-def]
    text = "承办市人大代表建议{}件(主办11件、会办27件)。"
    assert not _errors(checker, text.format(38))
    assert _errors(checker, text.format(48))


def test_a_bracket_a_summary_leaves_open_holds_no_parts_of_the_text_below(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "全市共接报各类报警求助电话280余万起，有效报警130余万起，其中违法犯罪类11.4万余起(\n\n"
        "  全市共接报各类报警求助电话280余万起，有效报警130余万起(同比上升6.1%)，其中违法犯罪类{}万余起(同比下降2.7%)。"
    )
    assert not _errors(checker, text.format("11.4"))  # (the 280万 and 130万 below are no parts of the 11.4万)
    assert _errors(checker, "有效报警130余万起，其中违法犯罪类11.4万余起(求助类63万余起，纠纷类86.4万余起)。")


def test_a_closed_pair_a_rule_checks_apart_still_sums_to_its_whole(checker) -> None:  # type: ignore[no-untyped-def]
    text = "2022年，全市法院行政、赔偿诉讼案件共{}件(新收案件649件，旧存案件144件)；审结715件，未结案件78件，结案率90.16%。"
    assert not _errors(checker, text.format(793))
    # (the conclusion-rate rule reads 新收 and 旧存; no rule of the pack adds them up to the 893)
    assert _errors(checker, text.format(893))


def test_cases_the_police_solve_are_a_step_after_those_opened(checker) -> None:  # type: ignore[no-untyped-def]
    text = "1981年，发生各种刑事案件68起，破案46起，破案率{}%。"
    assert not _errors(checker, text.format("67.6"))
    assert _errors(checker, text.format("57.6"))
    text = (
        "截至11月30日，全省共立8类命案508起，破获{}起，破案率为83.66%。"  # (破获: solved, counted by 破案率)
    )
    assert not _errors(checker, text.format(425))
    assert _errors(checker, text.format(625))


def test_a_share_of_a_whole_named_with_you_or_with_digits(checker) -> None:  # type: ignore[no-untyped-def]
    # (占有效…, 占有关…: a share, not the verb 占有; 110类: digits naming the whole, no figure between)
    text = "8月份110类有效报警中，刑事类报警310起，占110类有效报警数的{}%；治安类报警750起，占110类有效报警数的13.5%。"
    assert not _errors(checker, text.format("5.6"))  # (one base, about 5,550, gives both)
    assert _errors(checker, text.format("8.6"))
    text = "有效报警3600起，其中刑事类报警310起，占有效报警数的{}%。"
    assert not _errors(checker, text.format("8.6"))
    assert _errors(checker, text.format("18.6"))


def test_a_passage_stated_again_with_one_figure_changed(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "去年，全省法院受理各类案件180.36万件，比上年增长22.74%；人民群众来信来访2.33万件。"
        "法院工作报告说，去年，全省法院受理各类案件{}万件，比上年增长22.74%；审结149.31万件。"
    )
    assert not _errors(checker, text.format("180.36"))
    [message] = _errors(checker, text.format("190.36"))
    assert message.startswith("HC020") and "180.36万件" in message
    # (every figure different: another year's or another court's words, not the passage again)
    other = "2019年，全省法院受理各类案件170万件，比上年增长5%。2020年，全省法院受理各类案件180万件，比上年增长6%。"
    assert not _errors(checker, other)
    # (a list's words alike, a small figure alike: 其中，一审…，二审245件 of a city and of its court)
    assert not roles(
        "全市共受理1220件。其中，一审813件，二审245件。市中院受理506件。其中，一审204件，二审245件。",
        "restated",
    )


def test_segments_each_stating_the_measures_again_split_the_sentence_before(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "7月份，全州检查企业29家次，发现各类隐患{}条，处罚金额23万元。其中：非煤矿山行业检查企业16家次，发现各类隐患134条"
        "(其中发现重大安全隐患14条)，处罚金额20万元；危险化学品行业检查企业8家次，发现各类隐患13条，未实施行政处罚；"
        "烟花爆竹企业未开展执法检查；工贸行业检查企业5家次，发现各类隐患5条，处罚金额3万元。"
    )
    assert not _errors(
        checker, text.format(152)
    )  # (134 + 13 + 5; the 29 divides exactly: every scope is listed)
    assert _errors(checker, text.format(165))
    # (the 其中 in a bracket lists the 134's own part, no segments of the sentence)
    assert ["134条"] in [g["total"] for g in roles(text.format(152), "breakdown")]


def test_a_sum_of_items_named_by_the_figures_before(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "2018年，全省法院判决省政府败诉12件，省级部门14件，市级政府121件，县级政府部门780件，乡镇政府751件。"
        "县级政府部门和乡镇政府合计败诉案件{}件。"
    )
    assert not _errors(checker, text.format(1531))
    assert _errors(checker, text.format(1631))
    # (an item the paragraph names no figure for: no sum read)
    assert not roles("县级政府部门780件，乡镇政府751件。县级政府部门和街道合计败诉案件1631件。", "breakdown")


def test_a_bare_step_opening_a_sentence_goes_on_from_the_sentence_before(checker) -> None:  # type: ignore[no-untyped-def]
    text = "2023年，区政府共收到行政复议申请1113件，同比增长99.5%。受理{}件，其中，决定维持435件，驳回申请136件。"
    assert not _errors(checker, text.format(1033))
    assert _errors(checker, text.format(1233))  # (more accepted than received)
    # (what is concluded in a sentence of its own may count cases carried in: only beyond twice the intake)
    text = "三季度，共受理审查逮捕案件156件221人。审结{}件，其中批准逮捕134件187人。"
    assert not _errors(checker, text.format(163))
    assert _errors(checker, text.format(363))


def test_the_body_that_passed_cases_on_names_no_step(checker) -> None:  # type: ignore[no-untyped-def]
    text = "受理各级监委移送职务犯罪2022人，已起诉{}人。"  # (监委移送: where the cases came from, the step is 受理)
    assert not _errors(checker, text.format(1686))
    assert _errors(checker, text.format(2686))


def test_a_change_said_bare_after_a_count_comes_from_a_whole_base(checker) -> None:  # type: ignore[no-untyped-def]
    text = "其中，涉及土地的278件，上升35.0%；林业的41件，上升20.6%；草原的{}件，下降54.5%。"
    assert not _errors(checker, text.format(5))  # (5 from 11)
    [message] = _errors(checker, text.format(6))  # (no whole base falls 54.5% to 6)
    assert "基期应为" in message and "同比" not in message  # (the period it is against is not said)


def test_the_rates_of_a_respective_list_end_with_its_clause(checker) -> None:  # type: ignore[no-untyped-def]
    text = "2016年，该院共受理各类行政诉讼案件{}件，结案61件，同比分别上升76.9%和60.5%；出庭应诉率为84.8%，比2015年上升13.4%。"
    assert not _errors(checker, text.format(69))  # (69 from 39)
    assert _errors(checker, text.format(70))  # (the 13.4% of the next clause is no third rate of the list)


def test_a_prior_stated_after_the_figures_and_the_rates_after_it(checker) -> None:  # type: ignore[no-untyped-def]
    text = "共受理各类审查逮捕案件24件30人，去年同期为{}件50人，件数和人数分别同比下降40%、40%。"
    assert not _errors(checker, text.format(40))
    assert _errors(checker, text.format(45))
    text = "审结各类审查起诉案件60件72人，去年同期为120件144人，同比件数下降50%、人数下降{}%。"
    assert not _errors(checker, text.format(50))
    assert _errors(checker, text.format(55))


def test_priors_stated_each_with_its_words_and_a_rates_move_among_the_changes(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "本月共受理各类案件198件，结案18件，结案率9.09%；去年同期全院共收案208件，结案36件，结案率17.31%；"
        "收案数、结案数及结案率同比分别下降{}%、50.00%及减少{}个百分点。"
    )
    assert not _errors(checker, text.format("4.80", "8.22"))  # (10 of 208; 18 of 36; 17.31 − 9.09)
    assert _errors(checker, text.format("4.80", "6.22"))
    assert _errors(checker, text.format("14.80", "8.22"))


def test_a_procuratorates_decisions_come_after_what_it_received_in_cases_and_persons(checker) -> None:  # type: ignore[no-untyped-def]
    text = "共受理提请逮捕案件1603宗2515人，批准逮捕1371宗{}人。"
    assert not _errors(checker, text.format(2094))
    assert _errors(checker, text.format(6094))  # (more than twice the persons received)
    assert _errors(checker, "共受理提请逮捕案件1603宗2515人，批准逮捕4371宗2094人。")


def test_last_years_figure_in_brackets_is_the_prior_of_the_rates_after(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全市法院共受理各类案件7800件({}年6500件)，审结7700件(2019年6600件)，同比分别增长20%和16.67%。"
    assert not _errors(checker, text.format(2019))  # (and last year's 6500 is no part of this year's 7800)
    text = "全市法院共受理各类案件7800件(2019年{}件)，审结7700件(2019年6600件)，同比分别增长20%和16.67%。"
    assert not _errors(checker, text.format(6500))
    assert _errors(checker, text.format(6000))
    assert not _errors(checker, "共受理各类案件7976件(2019年8593件)，同比下降7.18%。")


def test_a_closure_rate_below_its_counts_over_a_base_named_shouli_is_suspect(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全市法院{}案件127220件，审结120848件，结案率为84.99%。"
    assert _errors(checker, text.format("受理"))  # (受理 in court figures holds the carry-over)
    assert not _errors(checker, text.format("新收"))  # (new cases only: the carry-over is left unstated)


def test_a_closure_rate_counts_what_was_concluded_by_any_word(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全年共受理各类案件7199件，审执结6791件，结案率{}%。"
    assert not _errors(checker, text.format("94.33"))
    assert _errors(checker, text.format("84.33"))


def test_a_part_of_a_list_before_is_no_base_of_a_rate_of_the_whole(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "全省法院共收各类案件321146件。其中，基层法院收案271997件，中级法院收案43891件，高级法院收案5258件。"
        "审结325490件(含上年旧存案件)，比上年上升2.1%；综合结案率为93.0%。"
    )
    assert not _errors(checker, text)  # (325490 of 321146 and a carry-over, not of the 5258)


def test_a_figure_or_tables_number_is_no_count(checker) -> None:  # type: ignore[no-untyped-def]
    text = "根据投诉性质(如图1所示)，在所有投诉问题中，售后服务问题占31.50%，合同问题占28.88%。"
    assert not _errors(checker, text)
    assert [f.mention.text for f in extract("共收回反馈意见表527份。").facts] == ["527份"]


def test_a_list_goes_on_past_its_full_stop_only_with_the_same_measure(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "城乡居民基本养老保险参保人数32.76万人。其中，新型农村养老保险参保人数31.16万人；城镇居民养老保险参保人数"
        "1.6万人。全市职工基本医疗保险参保人数26.4万人；居民基本医疗保险参保人数34.7万人。"
    )
    assert not _errors(checker, text)  # (medical insurance is another measure, not more parts)


def test_a_share_of_one_kind_of_case_is_not_of_another_kinds_figures(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "审结民事一审案件228.2万件，民事二审案件23.1万件，分别占民事案件总数的86.06%、8.73%。"
        "审结行政一审案件4.0万件，行政二审案件2.4万件，分别占行政案件总数的34.10%、20.20%。"
    )
    assert not _errors(checker, text)  # (the 行政 total is not stated)


def test_a_list_is_of_the_figure_before_it_adds_up_to_when_the_nearest_cannot_hold_it(checker) -> None:  # type: ignore[no-untyped-def]
    text = "经审查，同意立案{}件，不予立案的11件。其中：城乡建设方面26件，教育卫生方面27件，其他方面5件。"
    assert not _errors(checker, text.format(58))  # (the 58 filed, not the 11 not filed)
    text = "上半年共立案查处各类违法违章案件239起，结案{}起。以案件类型分：食品监管54起、无照经营32起、药品监管20起。"
    assert not _errors(checker, text.format(106))  # (the 106 concluded)


def test_a_share_of_a_budget_is_not_of_the_lists_total(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "地方一般公共预算收入完成28,583万元。从收入分类来看，税收收入完成11,136万元，占调整预算90.75%，"
        "占一般公共预算收入的38.96%；非税收入完成17,447万元，占一般公共预算收入的61.04%。"
    )
    assert not _errors(checker, text)


def test_a_share_of_each_months_own_total_has_no_stated_base(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "2019年，全省分类处理信访诉求1.7万件。今年一季度，涉及疫情信访诉求1539件，主要集中在2月份(615件)"
        "和3月份(800件)，分别占当月信访总量的24.4%和10.4%。"
    )
    assert not _errors(checker, text)


def test_a_tables_change_column_is_this_periods_less_the_priors(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "表1:各部门结案率对比表\n部 门 | 结案率 | ||\n本期 | 去年同期 | 同比 | |\n"
        "三亚庭 | 22.22% | 20.00% | {} |\n博鳌庭 | 22.22% | 30.00% | -7.78 |\n海事庭 | 3.40% | 15.38% | -11.98 |\n"
    )
    assert not _errors(checker, text.format("2.22"))  # (and no list of negative counts)
    assert _errors(checker, text.format("5.22"))


def test_a_share_of_the_bodys_total_is_of_its_first_total_in_any_part_before(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "(一)收结案\n我院1月共受理各类案件198件，结案18件。\n(二)受案类型\n"
        "1.受理行政案件24件(其中行政一审案件22件、行政赔偿一审案件2件)。\n"
        "2.受理执行类案件71件，受案数量占全院总收案数的{}%。"
    )
    assert not _errors(checker, text.format("35.86"))
    assert _errors(checker, text.format("38.86"))


def test_shares_said_of_each_kinds_own_total_may_pass_100_together(checker) -> None:  # type: ignore[no-untyped-def]
    text = "各部门承办的建议、提案为629件次和483件次，分别占总数的94.9%和97%。"
    assert not _errors(checker, text)  # (each of its own kind's total: a note)
    # (of one stated total, each fitting it: kinds that overlap, a note; one that fits no base is an error)
    assert not _errors(checker, "共受理诉求500件，其中咨询类300件、投诉类250件，占比分别为60%和50%。")
    assert _errors(checker, "共受理诉求500件，其中咨询类300件、投诉类250件，占比分别为60%和40%。")


def test_a_share_of_the_total_after_a_subset_named_in_zhong_may_be_of_the_first_total(checker) -> None:  # type: ignore[no-untyped-def]
    text = "本局共受理信息公开申请10件。\n在已经答复的9件申请中，“同意公开”的7件，占总数的{}%。"
    from .helpers import run_text

    assert not _errors(checker, text.format(70))  # (7 of the 10 received, the 总数, not of the 9 answered)
    [note] = [f.message for f in run_text(checker, text.format(70)).findings if f.severity == "info"]
    assert "仅当基数指" in note  # (a note says which reading fits)
    assert any(e.startswith("HC003") and "仅当" not in e for e in _errors(checker, text.format(60)))


def test_a_part_of_a_list_is_no_step_before_a_figure_far_after_it(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "共上报案件11211件，其中，社会公众举报57件，领导交办4件，热线92件，自行处置3491件，"
        "共派遣案件7720件，应结案7487件，结案{}件，结案率97%。"
    )
    assert not _errors(checker, text.format(7263))  # (not more than twice the 4 交办)
    assert _errors(checker, text.format(17263))  # (more than the 7487 due)


def test_the_sectors_of_an_economy_are_no_counts(checker) -> None:  # type: ignore[no-untyped-def]
    text = "第一、二、三次产业增加值占全县生产总值的比重分别为28.8%、25.7%和45.4%。"
    assert not _errors(checker, text)
    assert [m.kind for m in extract(text).mentions if m.text.startswith("三")] != ["count"]


def test_a_remainder_the_list_goes_past_is_no_end_of_it(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "主动公开政府信息{}条，其中：工作动态类信息38条；其他文件信息4条；政策解读1条；"
        "公益事业建设类信息127条；其他主动公开类信息4条。"
    )
    assert not _errors(checker, text.format(174))  # (not 38 + 4 "whole at 其他" of 174)
    assert _errors(checker, text.format(160))  # (the parts go on past 其他文件信息, beyond 160)


def test_a_share_of_one_instances_cases_is_not_of_all_cases(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "全省法院共受理各类行政案件1480件，结案1253件。全省法院行政诉讼案件开庭审结662件，其中，行政机关负责人"
        "出庭应诉率为77.19%；审结的一审诉讼案件准予撤回起诉和按撤诉处理150件，占比21.77%。"
    )
    assert not _errors(checker, text)  # (of the 一审 cases concluded, not stated)


def test_a_rate_of_one_kind_of_case_is_not_over_all_cases_before(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全年共受理各类案件4578件，办结4522件。第一，民商事案件调解撤诉率大幅度上升，调解撤诉案件2099件，调撤率为76.58%。"
    assert not _errors(checker, text)


def test_an_outcomes_rate_over_new_cases_may_leave_a_carry_over_unstated(checker) -> None:  # type: ignore[no-untyped-def]
    text = "新收行政非诉案件401件，同比增长6.4%，其中裁定准予执行285件，准予执行率{}%。"
    assert not _errors(checker, text.format("70.2"))  # (of those decided, some carried over: a note)
    assert _errors(checker, text.format("40.2"))


def test_sibling_intakes_of_a_list_are_no_step_before_what_follows(checker) -> None:  # type: ignore[no-untyped-def]
    text = "共受理消费者申述、举报咨询1541件。其中，受理消费者申诉434件；受理消费者举报84件；调解成功414件，调解成功率为95.39%。"
    assert not _errors(checker, text)  # (414 of the 434 complaints, not of the 84 reports)


def test_a_duration_of_one_and_a_half_is_no_count(checker) -> None:  # type: ignore[no-untyped-def]
    text = "在一个半小时的接话活动中，共接听市民来话59个。其中咨询类问题35个，建议类4个，诉求类20个。"
    assert not _errors(checker, text)


def test_a_name_cut_at_the_front_is_marked_as_cut(checker) -> None:  # type: ignore[no-untyped-def]
    text = "共收回反馈意见表527份，其中对办理工作满意或基本满意的526件，办理工作满意率达到69.8%。"
    [msg] = _errors(checker, text)
    assert "…理工作满意或基本满意526件" in msg  # (not a name that seems to begin mid-word)


def test_a_step_before_the_kind_of_case_and_a_generic_noun_names_the_figure(checker) -> None:  # type: ignore[no-untyped-def]
    text = "公开开庭审理行政案件14638件，行政机关负责人出庭应诉13842件，出庭应诉率为{}%。"
    assert not _errors(checker, text.format("94.56"))
    assert _errors(checker, text.format("96.56"))  # (13842 of the 14638 heard)


def test_transactions_counted_in_bi_are_figures(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "共收办结业务{}笔(其中不予批准业务305,962笔,批准业务7,525,307笔,转报业务888笔,终止办件业务46,400笔)。"
    )
    assert not _errors(checker, text.format("7,878,557"))
    assert _errors(checker, text.format("7,978,557"))
    assert [f.q.unit for f in extract("办结业务888笔").facts] == ["笔"]


def test_a_rate_after_a_bracket_is_of_the_figure_the_bracket_follows(checker) -> None:  # type: ignore[no-untyped-def]
    text = "共办理各类援助案件303件(其中：民事案件283件、刑事案件19件；行政案件1件)，同比增长{}%。"
    assert not _errors(checker, text.format("27.3"))  # (303 of 238)
    assert _errors(checker, text.format("27.2"))  # (no whole prior gives it)


def test_amounts_beside_a_lists_parts_are_at_most_the_amount_beside_its_total(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "共完成公共资源交易事项348项，交易金额14.6114亿元，节约金额{}亿元，其中工程建设项目交易217项，"
        "交易额12.9996亿元，节约金额0.1773亿元；政府采购项目交易129项，交易额1.5107亿元，节约金额0.0404亿元。"
    )
    assert not _errors(checker, text.format("0.2195"))
    assert _errors(checker, text.format("0.1195"))  # (the savings listed exceed it)


def test_ming_and_ren_count_the_same_persons_in_a_list(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "已接收社区矫正对象275人，解除矫正对象108人，现在册矫正对象{}名，其中管制5人，缓刑114人，假释19人。"
    )
    assert not _errors(checker, text.format(167))  # (the 167 on the register, not the 108 released)
    assert _errors(checker, text.format(127))


def test_a_share_said_to_be_about_may_be_a_step_off(checker) -> None:  # type: ignore[no-untyped-def]
    text = "市人大代表共提出建议730件。代表建议所提问题得到解决或计划逐步解决的612件，{}占总数的83.9%。"
    assert not _errors(checker, text.format("约"))  # (83.8% exactly: "about" 83.9%)
    assert _errors(checker, text.format(""))


def test_a_percentage_of_a_plan_may_pass_100() -> None:
    from hecha.pipeline import Checker
    from tests.helpers import run_text

    findings = run_text(Checker.load(), "共完成审计项目27个，完成年初审计项目计划20个135%。").findings
    assert not [f for f in findings if f.rule == "HC001"]


def test_a_sibling_shares_part_is_never_its_base(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "共受理各类消费者申诉举报214起，办结率100%。其中，商品类消费投诉117件，占投诉量的54.67%；"
        "服务类消费投诉97件，占投诉量的{}%。"
    )
    assert not _errors(checker, text.format("45.33"))  # (not 97 of the 117 before it)
    assert _errors(checker, text.format("40.33"))  # (no whole base gives it)


def test_a_steps_rate_may_be_over_the_kind_its_sentence_opens_with(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "排查出一般民事纠纷452件，调处成功433件，调处成功率95.79%。其中“三大纠纷”81件，调结76件，调结率{}%。"
    )
    assert not _errors(checker, text.format("93.83"))  # (76 of the 81)
    assert _errors(checker, text.format("83.83"))  # (of neither 81 nor 433)


def test_a_rate_is_not_of_counts_in_a_sentence_after_it(checker) -> None:  # type: ignore[no-untyped-def]
    after = "一审判决行政机关败诉案件522件，败诉率为8.55%。审结涉民生领域的一审行政案件2622件。"
    assert not _errors(checker, after)
    assert _errors(checker, "审结一审行政案件2622件，一审判决行政机关败诉案件522件，败诉率为8.55%。")


def test_a_rate_of_a_subset_its_counts_do_not_name_is_unchecked(checker) -> None:  # type: ignore[no-untyped-def]
    assert not _errors(checker, "受理矛盾纠纷2750件，化解2730件，化解成功率达99.3%，诉前纠纷化解率达29.7%。")
    assert _errors(checker, "诉前受理矛盾纠纷2750件，化解2730件，诉前纠纷化解率达29.7%。")


def test_a_share_of_an_uncounted_thing_named_between_is_unchecked(checker) -> None:  # type: ignore[no-untyped-def]
    text = "梳理出服务事项819项，其中法人服务事项738项，{}占比达95%。"
    assert not _errors(checker, text.format("一窗通办事项应纳尽纳，"))
    assert _errors(checker, text.format(""))  # (738 of 819 is 90.1%)


def test_a_share_of_a_way_of_concluding_is_not_of_an_intake_sentences_before(checker) -> None:  # type: ignore[no-untyped-def]
    intake = "全省共收到行政复议申请14635件，决定受理12769件。以调解、和解等方式结案3723件，占31.65%。"
    assert not _errors(checker, intake)  # (of the cases concluded, which the text does not state)
    assert _errors(checker, "全省共审结行政复议案件11763件。以调解、和解等方式结案3723件，占35.65%。")


def test_a_lists_parts_are_counted_as_the_figures_before_it(checker) -> None:  # type: ignore[no-untyped-def]
    text = "热线共受理群众反映的问题10920件。其中，人工接听电话20769个，转办{}件，网络舆情转办77件。"
    assert not _errors(checker, text.format(10843))  # (not the calls that brought them)
    assert _errors(checker, text.format(11843))


def test_an_on_time_rate_is_over_the_valid_tickets(checker) -> None:  # type: ignore[no-untyped-def]
    text = "12345热线共受理群众反映的问题10920件，按期办结10324件，按期办结率{}%。"
    assert not _errors(checker, text.format("98.53"))  # (over fewer valid tickets: DOMAIN.md)
    assert _errors(checker, text.format("88.53"))  # (below 10324 of all 10920)
    assert _errors(checker, "12345热线共受理群众反映的问题10920件，办结10324件，办结率98.53%。")


def test_handling_on_the_spot_is_a_path_beside_handling_not_after_it(checker) -> None:  # type: ignore[no-untyped-def]
    assert not _errors(checker, "劝阻378人，办理举报投诉13起，现场处理投诉16起，处罚8起。")
    assert _errors(checker, "劝阻378人，办理举报投诉13起，处理投诉16起，处罚8起。")  # (a step after it)


def test_words_after_another_figure_do_not_name_a_subsets_whole(checker) -> None:  # type: ignore[no-untyped-def]
    text = "督促用人单位为1.4万余名职工补签劳动合同，督促237户用人单位为4063名职工缴纳社会保险费。"
    assert not _errors(checker, text)
    assert _errors(checker, "行政机关败诉的案件共87宗，其中经二审改判判决行政机关败诉的案件117宗。")


def test_a_list_going_on_past_a_named_other_kind_to_its_total(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "通过门户网站主动公开各类信息100件，其中公示公告8条，部门内审库18条，其他文件1条，政策解读3条，"
        "政策问答库3条，人大代表建议办理8条，政协委员提案办理15条，部门信息{}条，政府信息公开指南1条，"
        "法定主动公开内容10条，政府信息公开年报1条，政府信息公开目录4条。"
    )
    assert not _errors(checker, text.format(28))  # (the list adds up to 100)
    assert _errors(checker, text.format(36))  # (26 ÷ 0.64 = 40.6: no whole prior)


def test_shares_in_parallel_sentences_are_one_list(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "共提交提案原件187件，其中会后17件，经审查立案175件，立案率93.6%。在所有提案中，围绕经济建设方面提出提案"
        "94件，占53.7%。围绕精神文明建设方面提出提案36件，占20.6%。围绕社会和谐发展方面提出提案45件，占{}%。"
    )
    assert not _errors(checker, text.format("25.7"))  # (of the 175 they add up to)
    assert _errors(checker, text.format("35.7"))


def test_shares_adding_up_to_the_totals_own_share_are_of_its_whole(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "5个区的立案数为5174件，占当月立案总数的89.55%。其中天宁区2024件，占35.03%；武进区1266件，占21.91%；"
        "钟楼区1004件，占17.38%；新北区641件，占11.09%；戚墅堰区239件，占{}%。"
    )
    assert not _errors(checker, text.format("4.14"))  # (each of the month's 5778)
    assert _errors(checker, text.format("6.14"))


def test_a_list_in_two_counters_adding_up_to_its_total_keeps_both(checker) -> None:  # type: ignore[no-untyped-def]
    text = "受理市民诉求{}件，其中电话46908个，省长信箱邮件7件，网上受理68件。"
    assert not _errors(checker, text.format(46983))
    assert _errors(checker, text.format(11698))  # (the calls alone exceed it)


def test_the_rest_goes_on_past_the_brackets_of_its_parts(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "在确定的133项任务中，除日常推进的51项常规工作外，其余67项已完成（其中48项取得重大进展），"
        "完成度为81.7%，{}项正在推进过程中（其中9项取得阶段性成果）。"
    )
    assert not _errors(
        checker, text.format(15)
    )  # (51 + 67 + 15 = 133; the bracketed 48 and 9 are parts of theirs)
    assert _errors(checker, text.format(25))


def test_a_list_does_not_end_before_its_own_remainder(checker) -> None:  # type: ignore[no-untyped-def]
    text = "通过门户网站公开各类信息46条。其中工作动态类{}条；计划总结类7条；其他类3条。"
    assert not _errors(checker, text.format(36))
    assert _errors(checker, text.format(39))  # (39 + 7 is 46, but the 其他 3 are of the list too)


def test_a_reply_rate_is_over_the_messages_passed_on(checker) -> None:  # type: ignore[no-untyped-def]
    text = "武汉市：转达128条，已回复105条，回复率{}%；十堰市：转达74条，已回复62条，回复率84%。"
    assert not _errors(checker, text.format(82))  # (转达 is the step 回复 follows: its 达 is no trailer)
    assert _errors(checker, text.format(62))


def test_replies_said_to_include_more_may_pass_what_was_passed_on(checker) -> None:  # type: ignore[no-untyped-def]
    assert not _errors(checker, "襄阳：转达89条，已回复91条，回复率100%（含主动回复）。")
    assert _errors(checker, "襄阳：转达89条，已回复91条，回复率100%。")


def test_the_people_who_came_are_at_least_their_batches(checker) -> None:  # type: ignore[no-untyped-def]
    assert not _errors(checker, "共接待来访群众773批次，1988人。")
    assert _errors(checker, "共接待来访群众2773批次，1988人。")


def test_proposals_by_groups_and_by_members_are_all_of_them(checker) -> None:  # type: ignore[no-untyped-def]
    text = "共收到提案1972件，经审查立案{}件。在立案提案中，委员提案1612件，集体提案212件。"
    assert not _errors(checker, text.format(1824))
    assert _errors(checker, text.format(1924))
    # (委员联名提案 is one kind of members' proposals: with 集体提案 it is no whole)
    assert not _errors(checker, "共提交提案509件，经审查，立案463件，其中集体提案27件，委员联名提案45件。")


def test_more_concluded_than_an_intake_that_may_hold_the_carry_over_is_a_warning(checker) -> None:  # type: ignore[no-untyped-def]
    assert not _errors(checker, "受理各类案件12769件，结案10738件。")
    assert not _errors(checker, "立案29239件，结案29356件。")  # (a few per cent over: the backlog shrank)
    assert not _errors(
        checker, "新收各类案件12769件，结案13738件。"
    )  # (new cases only: the carry-over is apart)
    assert [e.split()[0] for e in _errors(checker, "受理各类案件12769件，结案13738件。")] == ["HC010"]


def test_a_procuratorates_two_procedures_are_no_steps_of_each_other(checker) -> None:  # type: ignore[no-untyped-def]
    text = "受理提请逮捕案件16034宗，批准逮捕13711宗；受理移送审查起诉案件26920宗，提起公诉{}宗。"
    assert not _errors(checker, text.format(23027))  # (not over the 16034 arrest reviews)
    assert _errors(checker, text.format(29027))  # (over the 26920 prosecution reviews)


def test_a_path_that_negates_a_step_is_beside_it(checker) -> None:  # type: ignore[no-untyped-def]
    assert not _errors(checker, "137宗违法用地已立案查处59宗，结案49宗；非立案处理72宗，未立案6宗。")
    assert _errors(checker, "137宗违法用地已立案查处59宗，结案69宗；非立案处理72宗，未立案6宗。")


def test_shares_one_a_paragraph_are_one_list(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "共收到提案1237件，经审查立案1018件。\n在促进经济发展方面，提出提案374件，占总数的36.7%。\n"
        "在建设文化强省方面，提出提案101件，占总数的9.9%。\n在保障和改善民生方面，提出提案395件，占总数的{}%。\n"
        "在建设美丽陕西方面，提出提案68件，占总数的6.7%。"
    )
    assert not _errors(checker, text.format("38.8"))  # (of the 1018 filed, as they all agree)
    assert _errors(checker, text.format("48.8"))  # (the four add up to 102.1%)


def test_ways_of_one_step_side_by_side_are_no_whole_and_parts(checker) -> None:  # type: ignore[no-untyped-def]
    ways = "共处理劳动人事争议11527件，结案率为99.27%，调解结案7422件，裁决结案2759件，不予受理及其他方式结案1346件。"
    assert not _errors(checker, ways)
    assert _errors(checker, "结案12527件，其中调解结案7422件，裁决结案2759件，不予受理及其他方式结案1346件。")


def test_a_staffs_attributes_overlap(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全市在岗仲裁员为39人。其中，40周岁以上20人，具有法学专业背景仲裁员15人，通过司法考试10人，共产党员{}人。"
    assert not _errors(checker, text.format(26))
    assert _errors(checker, text.format(46))  # (one of them alone exceeds the staff)


def test_a_subsets_set_is_named_before_it(checker) -> None:  # type: ignore[no-untyped-def]
    later = (
        "全省调解案件21840件，其中调解涉及疫情案件2470件，占调解案件总数的11.3%；参与调解信访案件1016件，"
        "其中涉及疫情案件218件，占调解信访案件总数的21.5%。"
    )
    assert not _errors(checker, later)
    assert _errors(checker, "行政机关败诉的案件共87宗，其中经二审改判判决行政机关败诉的案件117宗。")


def test_a_whole_is_held_to_the_total_not_a_part_beside_it(checker) -> None:  # type: ignore[no-untyped-def]
    text = "12345平台共受理市民诉求42172件（热线受理42037件，多媒体受理135件），办结{}件。"
    assert not _errors(checker, text.format(38552))
    assert _errors(checker, text.format(48552))


def test_a_carry_over_in_brackets_after_the_concluded_counts(checker) -> None:  # type: ignore[no-untyped-def]
    text = "12345热线咨询类诉求受理28491件，办结{}件（包括上周7件）。"
    assert not _errors(checker, text.format(28498))
    assert _errors(checker, text.format(28598))


def test_a_time_span_is_no_part_of_a_share(checker) -> None:  # type: ignore[no-untyped-def]
    assert not _errors(checker, "近三年来，全市调解的家庭邻里矛盾占矛盾排查化解总数的33.68%。")
    assert _errors(checker, "全市调解纠纷300件，其中家庭邻里矛盾101件，占35.68%。")


def test_a_part_with_its_own_list_after_sheji(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "本月共受理投诉166件，其中商品消费{}件，涉及商品质量类41件，计量类15件，食品安全类27件，价格类3件，"
        "其他40件；服务消费40件，涉及商品质量类2件，食品安全类14件，价格类9件，其他15件。"
    )
    assert not _errors(checker, text.format(126))
    assert _errors(checker, text.format(136))


def test_what_follows_an_accepted_part_is_of_those_accepted(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "全年共接到劳动人事争议调解仲裁案件65件，其中受理40件，不予受理25件，涉及劳动者68人，调解结案39件，"
        "终局裁决1件，调解率达{}%，结案率达100%。"
    )
    assert not _errors(checker, text.format("97.5"))  # (39 of the 40 accepted; 40 of 40 concluded, two ways)
    assert _errors(checker, text.format("87.5"))


def test_a_rate_beside_what_it_leaves_out_is_of_the_total_stated(checker) -> None:  # type: ignore[no-untyped-def]
    text = "群众反映问题共49件，全部回复，未办结1件，办结率{}%。"
    assert not _errors(checker, text.format(98))  # (48 of 49)
    assert _errors(checker, text.format(99))


def test_a_carried_over_set_is_no_part_of_this_years(checker) -> None:  # type: ignore[no-untyped-def]
    assert not _errors(checker, "起诉案件1件，正在审理中；结转起诉案件2件，结果维持。")
    assert _errors(checker, "起诉案件1件，正在审理中；其中民事起诉案件2件。")


def test_a_change_of_an_adjusted_figure_is_unchecked(checker) -> None:  # type: ignore[no-untyped-def]
    text = "12345热线共受理群众诉求716535件，{}受理量与去年同期777733件相比，下降8.32%。"
    assert not _errors(checker, text.format("排除新冠疫情相关诉求后，"))
    assert _errors(checker, text.format(""))


def test_a_total_after_its_list_is_no_later_step(checker) -> None:  # type: ignore[no-untyped-def]
    text = "在食品药品安全领域立案12件，{}共办理行政公益诉讼案件31件。"
    assert not _errors(checker, text.format("环境和资源保护领域10件，其他领域9件，"))
    assert _errors(checker, text.format(""))


def test_channels_of_publishing_closed_by_the_rest_count_each_item_once(checker) -> None:  # type: ignore[no-untyped-def]
    text = "主动公开政府信息共计{}条，其中政府网站公开5419条、政务微信公开3914条、其他方式公开4856条。"
    assert not _errors(checker, text.format(14189))
    assert _errors(checker, text.format(15608))
    # (719: each counts once)
    assert _errors(checker, "主动公开政府信息671条，其中网站65条，微信497条，抖音157条。")


def test_a_total_with_gong_after_a_list_closed_by_the_rest_sums_it(checker) -> None:  # type: ignore[no-untyped-def]
    text = "在食品药品安全领域立案{}件，环境和资源保护领域10件，其他领域9件，共办理行政公益诉讼案件31件。"
    assert not _errors(checker, text.format(12))
    assert _errors(checker, text.format(17))


def test_rates_joined_like_the_counts_before_them_pair_in_order(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "表彰10个市级、9个区县级优秀审计项目，西安市本级获优4个、区县获优1个，占比40%、11%；表彰9篇市级、"
        "8篇区县级优秀审计综合报告，西安市本级获评3篇、区县获优2篇，占比{}%、25%。"
    )
    assert not _errors(checker, text.format(33))  # (3 of 9, 2 of 8; each of its own whole, no sum of them)
    assert _errors(checker, text.format(34))


def test_a_hotlines_number_before_lei_names_a_kind_of_call(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全市各类有效报警共6689起。其中110类报警5544起，122类报警1145起。"
    assert not _errors(checker, text)
    assert not [f for f in extract(text).facts if f.mention.text in ("110类", "122类")]
    assert _errors(checker, text.replace("1145", "1245"))


def test_parts_compared_with_a_standard_overlap(checker) -> None:  # type: ignore[no-untyped-def]
    text = "指标体系的18项指标均在区间值内。其中13项优于最高法设置合理区间值，14项优于全国平均值，{}项优于全区平均值。"
    assert not _errors(checker, text.format(15))
    assert _errors(checker, text.format(25))  # (one of them alone exceeds the 18)


def test_a_rate_after_other_kinds_concluded_is_of_them_all(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "受理各类刑事案件279件，结案255件，判处被告人315人；依法审结民商事案件2104件；执结各类案件1662件，"
        "结案率达92.44%。"
    )
    assert not _errors(checker, text)  # (not 255 of 279; nor are the 1662 enforced of the 279 criminal cases)
    assert _errors(checker, "受理各类刑事案件279件，结案255件，结案率达81.4%。")


def test_this_periods_filings_leave_the_carry_over_out(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全省劳动人事争议仲裁当期立案总数73036件，审结结案73046件，仲裁结案率为{}%。"
    assert not _errors(checker, text.format("99.99"))  # (a carry-over of 17 cases: a note)
    assert _errors(checker, text.format("69.99"))  # (a carry-over of a third and more: a warning)


def test_a_numeral_naming_a_class_is_no_count(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全市共有4598个调解委员会，其中一类占88.5%，二类占11.5%，无三类的。"
    assert not _errors(checker, text)
    assert [f.mention.text for f in extract(text).facts if f.mention.text.endswith("类")] == []
    assert [f.mention.text for f in extract("涉及三类问题，共5类。").facts] == ["三类", "5类"]


def test_a_total_named_by_its_parts_nouns_with_commas_is_whole(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "共接收消费者投诉、举报、咨询{}件，同比增长1.94%。其中，投诉143396件，同比增长9.53%；举报31863件，"
        "同比增长7.24%；咨询172336件，同比减少4.45%。"
    )
    assert not _errors(checker, text.format(347595))
    assert _errors(checker, text.format(347995))  # (the three it names fall short)


def test_a_list_goes_on_to_as_many_kinds_as_its_total_names(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "全国实施五类案件总数为26451件。其中，按日连续处罚案件537件；查封、扣押案件{}件；限产、停产案件4731件；"
        "移送行政拘留5276起；移送涉嫌环境污染犯罪案件1853件。"
    )
    assert not _errors(checker, text.format(14054))
    assert _errors(checker, text.format(14854))  # (the five kinds, in 件 and 起, exceed the total)


def test_a_kind_named_with_a_step_word_among_kinds_stays_in_the_list(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "主动公开各类政府信息53条，其中新闻动态29条，政策文件2条，公告公示{}条，计划总结1条，会议公开3条，"
        "行政权力2条，财政预算决算2条，应急预案1条，公共服务3条，政务公开组织管理3条，政务公开基础建设2条。"
    )
    assert not _errors(checker, text.format(5))
    assert _errors(checker, text.format(9))  # (eleven kinds, 公开 naming one of them, exceed the 53)
    # a bare step after a kind is of that kind, not the next item of the list
    nested = "办结38552件。其中，行政化服务类事项20549件，办结14937件；社会化服务类事项19861件，办结19844件。"
    assert not _errors(checker, nested)


def test_a_share_states_its_base_inside_its_clause(checker) -> None:  # type: ignore[no-untyped-def]
    text = "委员提案241件，占全部248件提案的{}%。"
    assert not _errors(checker, text.format("97.2"))
    assert _errors(checker, text.format("92.2"))
    budget = "税收收入3511万元，占年初预算8465万元的{}%。"
    assert not _errors(checker, budget.format("41.5"))
    assert _errors(checker, budget.format("45.5"))
    # a count of another unit is no base (13个 departments, not the 150 cases they hold)
    assert not _errors(checker, "城乡建设局(96件)是受理量最多的职能部门，占13个市职能部门的64.00%。")


def test_a_closure_rate_is_over_the_count_its_sentence_opens_with(checker) -> None:  # type: ignore[no-untyped-def]
    text = "重大拖欠农民工工资案件442起，已办结426起，结案率达{}%。"
    assert not _errors(checker, text.format("96.4"))
    assert _errors(checker, text.format("92.4"))
    # not within the numerator's own clause, nor a count of another thing, nor a rate of a quality
    assert not _errors(checker, "137宗违法用地已立案查处59宗，立案率91%。")
    assert not _errors(checker, "清理规范性文件430余份，报备规范性文件2件，报备及时率100%。")


def test_a_mediation_success_rate_counts_what_was_resolved(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全县共受理案件2681起，成功调处化解2628起，调成率{}%。"
    assert not _errors(checker, text.format(98))
    assert _errors(checker, text.format(93))


def test_a_bare_concluding_step_concludes_the_things_counted_before_it(checker) -> None:  # type: ignore[no-untyped-def]
    text = "行政化服务类事项20549件，办结{}件。"
    assert not _errors(checker, text.format(14937))
    assert _errors(checker, text.format(24937))  # (a warning: a carry-over could explain it, unstated)
    # not after a carry-over, nor across processes (the arrests are no intake of the prosecutions)
    assert not _errors(checker, "去年结转100件，办结300件。")
    assert not _errors(checker, "全市检察机关共批捕各类犯罪嫌疑人13987人，提起公诉32580人。")


def test_a_bare_step_so_far_concludes_the_things_of_the_sentence_before(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "区政府共收到行政复议申请1696件，已审结1550件。以区政府为被申请人的复议案件共50件，案件类型涉及信息公开、"
        "行政强制等。目前审结{}件，其中维持15件，驳回24件。"
    )
    assert not _errors(checker, text.format(43))
    assert _errors(
        checker, text.format(63)
    )  # (a warning: more concluded than the 50 cases, no carry-over stated)
    # not after a sentence going on to other figures, nor an outcome beside a kind of ending
    assert not _errors(checker, "复议案件共50件，涉及信息公开20件。目前审结63件。")
    assert not _errors(checker, "其中决定维持71件，驳回申请32件，转送1件，纠错27件。")


def test_collected_and_divided_are_steps(checker) -> None:  # type: ignore[no-untyped-def]
    assert not _errors(checker, "收集问题诉求143条，已协调解决142条。")
    assert _errors(checker, "收集问题诉求143条，已协调解决192条。")
    assert not _errors(checker, "共接收投诉事项53件、分办31件。")
    assert _errors(checker, "共接收投诉事项53件、分办61件。")


def test_shares_agreeing_on_an_unstated_base_are_not_of_a_total_far_before(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "共受理投诉举报信息435573件。\n\n位于举报热点前五位的是：违反食品安全法30788件，占{}%；广告违法案件13878件，"
        "占15.7%；不正当竞争行为4834件，占5.5%；侵害消费者权益行为3756件，占4.3%；价格违法行为1683件，占1.9%。"
    )
    assert not _errors(checker, text.format("34.9"))  # (all of the 举报, about 88,000, given only as a share)
    assert _errors(checker, text.format("38.9"))  # (one of them off the base the others share)


def test_a_sum_is_named_by_its_own_clause(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全市累计接收社区服刑人员11093名，在矫3755名，共有24名社区服刑人员在矫正期内再犯罪。"
    assert not _errors(checker, text)  # (the 24 who reoffended are no sum of the two before)
    assert _errors(checker, "新收84件，上年结转6件，共计95件。")


def test_kinds_of_cases_named_apart_are_no_steps(checker) -> None:  # type: ignore[no-untyped-def]
    text = "妥善审理知名品牌商标权纠纷等各类知识产权案件6976件；依法审结金融案件8821件；审结涉农案件7605件。"
    assert not _errors(checker, text)
    assert _errors(checker, "受理案件100件，审结涉农案件190件。")  # (a verb before 案件 names no kind)


def test_figures_merged_into_one_are_no_parts(checker) -> None:  # type: ignore[no-untyped-def]
    text = "市政府收到市政协转交的提案319件【含重点提案11件(36件提案并案)】，其中经济建设类120件，社会建设类106件。"
    assert not _errors(checker, text)
    assert _errors(checker, "重点提案11件(其中经济类36件)。")


def test_a_list_after_an_intake_and_its_carry_over_is_of_both(checker) -> None:  # type: ignore[no-untyped-def]
    text = "本机关共收到政府信息公开申请12件，上年结转政府信息公开申请1件，其中：当面申请4件，邮寄申请1件，网络申请8件。"
    assert not _errors(checker, text)
    assert _errors(checker, "本机关共收到政府信息公开申请12件，其中：当面申请4件，邮寄申请1件，网络申请8件。")


def test_success_after_mediation_is_of_those_mediated(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "全市法院流转综治中心调解案件73926件，调处成功55133件，成功率74.6%。其中，立案后调解数量49986件，"
        "成功27563件，成功率{}%。"
    )
    assert not _errors(checker, text.format("55.14"))
    assert _errors(checker, text.format("65.14"))


def test_shares_qualified_by_amounts_stay_one_list(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "共展开公益法律服务54649件。\n\n律师办理案件中，收费不足1万元的案件18.87万件，占比36.5%；收费在1万元以上"
        "不足5万元的案件9.8万件，占比19.1%；收费在5万元以上不足10万元的案件仅2.4万件，占比{}%。"
    )
    assert not _errors(checker, text.format("4.7"))  # (of the cases, about 51.7万, not the 54649 services)
    assert _errors(checker, text.format("9.7"))


def test_parts_counted_twice_say_so(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "代表共提出建议764件。其中，交省人大常委会机关办理10件(含会办)，占1.31%；省人民政府办理721件(含会办、分办)，"
        "占94.37%；省监察委员会办理3件，占0.39%；省高级人民法院办理20件(含会办)，占2.68%；省人民检察院办理13件，占1.74%；"
        "党群机关组织等办理73件(含会办)，占9.79%。"
    )
    rules = {e.split()[0] for e in _errors(checker, text)}
    # the parts and the shares exceed the whole: 会办 is counted twice, said so; three shares off the 764
    # (of about 746) are still found
    assert rules == {"HC003"}


def test_kinds_named_by_examples_are_a_selection(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "甘肃法院审结涉民生案件13.83万件，其中审结涉食药安全等刑事案件226件，审结婚姻家庭纠纷案件5.42万件，"
        "审结劳动争议纠纷案件1.03万件，审结赡养等涉老纠纷案件1982件，审结物业服务、供用热力合同纠纷等案件2.84万件。"
    )
    assert not _errors(checker, text)
    assert _errors(checker, text.replace("5.42万件", "15.42万件"))


def test_statuses_divide_the_nearest_count_that_can_hold_them(checker) -> None:  # type: ignore[no-untyped-def]
    text = "其中，收到群众表扬件4件，县热线办直接解答7件，向相关部门单位批转2578件，已办结{}件，在办4件。"
    assert not _errors(checker, text.format(2574))
    assert _errors(checker, text.format(2874))


def test_a_share_each_figure_takes_is_of_its_own_whole(checker) -> None:  # type: ignore[no-untyped-def]
    assert not _errors(checker, "广州上半年按日计罚案件8宗、查封扣押案件239宗，均约占全省的三分之一。")
    assert _errors(checker, "广州上半年查封扣押案件239宗，占全省247宗的三分之一。")


def test_among_those_that_took_a_step_is_of_the_figure_that_took_it(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "共收到提案629件。经审查立案交有关单位办理的621件，占提案总数的98.73%；未予立案，作为意见建议处理的8件，"
        "占提案总数的1.27%。在已立案提案中，集体提案{}件，委员提案433件。"
    )
    assert not _errors(checker, text.format(188))
    assert _errors(checker, text.format(198))  # (of the 621 filed, not the 8 not filed)
    # not a figure of a condition (符合法定受理条件的), far back
    far = (
        "司法部办结国务院行政复议案件2536件，其中符合法定受理条件的国务院裁决案件522件。\n\n同时加大纠错力度。"
        "全国各级行政复议机关办结的受理案件中，作出纠错决定的约3万件，纠错率达15.1%。"
    )
    assert not _errors(checker, far)


def test_shares_off_the_base_their_sentence_opens_with_are_found(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "据统计，{}家县(市、区)政府中53家采用聘请个人担任法律顾问的形式，占比55.2%；32家采用聘请律师事务所形式，"
        "占比33.3%；11家既聘请个人、又聘请律师事务所担任法律顾问，占比11.5%。"
    )
    assert not _errors(checker, text.format(96))
    assert _errors(checker, text.format(106))  # (all three off the base stated with them, though they agree)


def test_a_success_rate_counts_what_was_resolved(checker) -> None:  # type: ignore[no-untyped-def]
    text = "受理行政争议案件21件，化解11件，调解成功率达{}%。"
    assert not _errors(checker, text.format("52.4"))
    assert _errors(checker, text.format("67.4"))


def test_a_de_clause_names_the_count_whole(checker) -> None:  # type: ignore[no-untyped-def]
    text = "245件建议中，已落实或逐步实施代表所提问题的190件，落实率为{}%。"
    assert not _errors(checker, text.format(78))
    assert _errors(checker, text.format(48))


def test_a_completion_rate_after_its_target_and_what_was_done(checker) -> None:  # type: ignore[no-untyped-def]
    text = "法律援助案件任务数为268件，截至11月中旬，共办理各类法律援助案件290件，完成率{}%。"
    assert not _errors(checker, text.format(108))
    assert _errors(checker, text.format(93))


def test_statuses_of_requests_and_proposals_divide_their_whole(checker) -> None:  # type: ignore[no-untyped-def]
    cases = [
        ("办理政府信息公开申请61件，办结{}件，结转下一年办理7件。", 54, 44),
        ("依申请公开89件次，已经答复{}件，1件结转下年度继续办理。", 88, 78),
        ("累计受理典型案例644起，办结446件，{}件正在积极办理中。", 198, 298),
        ("收到提案145件，经审查，立案140件，立案率为96.6%，未立案作为意见处理的{}件。", 5, 8),
        ("部门新收依申请公开数量为4件，办理结果为予以公开1件，无法提供2件，不予处理{}件。", 1, 2),
        ("抽查回访670件，解决663件、未解决{}件。", 7, 17),
    ]
    for text, ok, bad in cases:
        assert not _errors(checker, text.format(ok)), text
        assert _errors(checker, text.format(bad)), text
    # (with a carry-over in, the statuses are of the two together)
    assert not _errors(
        checker, "全年共收到依申请公开308件，上年结转1件，法定期限内予以答复306件，结转下年3件。"
    )


def test_statuses_of_another_set_nest_in_the_one_they_follow(checker) -> None:  # type: ignore[no-untyped-def]
    text = "闭会期间代表提出的21件代表建议，现已办结20件，代表对办理结果表示满意的19件，比较满意的1件，还有{}件正在办理之中。"
    assert not _errors(checker, text.format(1))
    assert _errors(checker, text.format(3))
    # a carry-over written 转结 is one too
    assert not _errors(
        checker, "我县收到政府信息依申请公开9件，上年转结1件，其中网络申请数5件，信函申请数5件。"
    )


def test_parts_named_by_those_the_step_was_done_to_are_a_selection(checker) -> None:  # type: ignore[no-untyped-def]
    # (对生产经营单位…379次，对主要负责人…135次: others may have been penalised too; the two are at most the 540)
    text = "全年行政处罚540次，其中：对生产经营单位行政处罚{}次，对主要负责人行政处罚135次。"
    assert not _errors(checker, text.format(379))
    assert _errors(checker, text.format(479))  # (614 > 540)
    # (kinds sharing the total's head are still likely all of it: 简易程序处罚…、一般程序处罚… of 行政处罚)
    assert _errors(checker, "全年办理信访事项540件，其中来信信访事项379件，来访信访事项135件。")


def test_an_audit_s_money_at_fault_and_a_pension_fund_s_balance_are_whole_of_their_two_kinds(checker) -> None:  # type: ignore[no-untyped-def]
    # (问题金额 = 违规 + 管理不规范; 累计结余 = 统筹基金 + 个人账户: both named, the list is all of it)
    found = "通过审计发现并指出问题金额共计5.2亿元，其中管理不规范金额{}亿元，违规违纪金额1.1亿元。"
    assert not _errors(checker, found.format("4.1")) and _errors(checker, found.format("3.1"))
    fund = "期末基金累计结余9769.38亿元，其中统筹基金{}亿元，个人账户3166.43亿元。"
    assert not _errors(checker, fund.format("6602.95")) and _errors(checker, fund.format("5602.95"))
    # (a kind of money not at fault is no part of that set: 收回资金 of 问题金额 stays a selection)
    assert not _errors(checker, "发现问题金额5.2亿元，其中违规金额1.1亿元，已收回资金0.5亿元。")


def test_the_five_kinds_of_construction_all_named_make_a_list_whole(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "市政府收到市政协转交的提案319件【含重点提案11件(36件提案并案)】，其中经济建设类{}件，社会建设类106件，"
        "文化建设类52件，政治建设类19件，生态文明建设类22件。"
    )
    assert not _errors(checker, text.format(120))
    assert _errors(checker, text.format(110))  # (all five named: they fall short of the 319)
    # three of the five are a selection
    assert not _errors(checker, "收到提案319件，其中经济建设类120件，社会建设类106件，文化建设类52件。")


def test_among_a_set_a_count_right_after_it_is_in_it(checker) -> None:  # type: ignore[no-untyped-def]
    text = "参与修订了19部地方性法规，提出{}条建议中89条被采纳。"
    assert not _errors(checker, text.format(866))
    assert _errors(checker, text.format(86))


def test_calls_acted_on_are_among_calls_received(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全市去年共接警{}万余起，处警35.2万余起。"
    assert not _errors(checker, text.format("158.9"))
    assert _errors(checker, text.format("18.9"))


def test_a_share_names_its_part_and_base_stated_before(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "全年全县地区生产总值341881万元，比上年增长7.23%。其中，第一产业增加值56789万元，增长5.25%；第二产业增加值"
        "80349万元，增长19.44%；第三产业增加值204743万元，增长3.89%。第一产业增加值占地区生产总值比重为{}%，"
        "第二产业增加值比重为{}%，第三产业增加值比重为59.9%。"
    )
    assert not _errors(checker, text.format("16.6", "23.5"))
    assert _errors(checker, text.format("19.6", "23.5"))  # (占地区: a share, not 占地)
    assert _errors(checker, text.format("16.6", "28.5"))  # (the next share of the list, no 占 of its own)


def test_grades_a_to_d_divide_what_was_graded(checker) -> None:  # type: ignore[no-untyped-def]
    text = "{}家承办单位中综合考评等级评价为A类51家、B类4家、C类1家、D类1家。"
    assert not _errors(checker, text.format(57))
    assert _errors(checker, text.format(59))


def test_a_rate_named_by_its_whole_verb_phrase(checker) -> None:  # type: ignore[no-untyped-def]
    text = "共受理群众诉求1,549,926件，办结1,314,789件，其中直接解答群众诉求884,601件，直接解答率{}%。"
    assert not _errors(checker, text.format("57.07"))  # (of the 受理, an intake, tried too)
    assert _errors(checker, text.format("60.07"))


def test_dissatisfaction_is_over_those_asked(checker) -> None:  # type: ignore[no-untyped-def]
    text = "回访737,702件，群众评价不满意64,735件，不满意率{}%。"
    assert not _errors(checker, text.format("8.78"))
    assert _errors(checker, text.format("5.78"))


def test_closed_sets_of_kinds_make_a_list_whole(checker) -> None:  # type: ignore[no-untyped-def]
    cases = [
        ("我县共有社区矫正对象{}人，其中：缓刑479人、管制31人、假释21人、暂予监外执行3人。", 534, 544),
        ("共办理各类援助案件{}件(其中：民事案件283件、刑事案件19件、行政案件1件)。", 303, 313),
        ("提案{}件(其中承办27件，协办4件)。", 31, 33),
        ("全年共接到劳动人事争议调解仲裁案件{}件，其中受理40件，不予受理25件。", 65, 75),
    ]
    for text, ok, bad in cases:
        assert not _errors(checker, text.format(ok)), text
        assert _errors(checker, text.format(bad)), text  # (the parts fall short of a whole they make up)
    # three of the four kinds of community correction, or a court's four kinds of case, are no whole
    assert not _errors(checker, "共有社区矫正对象600人，其中：缓刑479人、管制31人、假释21人。")
    assert not _errors(
        checker, "受理案件4000件，其中民事案件698件，刑事案件73件，行政案件50件，执行案件900件。"
    )
    # nor three kinds of a list cut short (其他…, 执行… go on after a bracket)
    assert not _errors(
        checker,
        "受理各类案件1099件，其中民事案件698件，刑事案件73件，行政案件11件，其他案件2件，执行案件315件。",
    )


def test_a_ranking_lists_its_figures_from_the_top(checker) -> None:  # type: ignore[no-untyped-def]
    top = (
        "工单分类统计排行前五位的是：人力资源和社会保障类371件，占比13.9%，农林水利类{}件，占比13.82%，住房与城乡建设类"
        "315件，占比11.8%，社会治安与综合管理类227件，占比8.5%，交通运输类198件，占比7.42%。"
    )
    assert not _errors(checker, top.format(369))
    assert _errors(checker, top.format(389))
    firsts = "房屋署居榜首，已跟进并结案共432宗，其次为食环署及地政总署，分别有{}宗及213宗。"
    assert not _errors(checker, firsts.format(323))
    assert _errors(checker, firsts.format(523))
    third = "前往美国的最多，占18.6%；其次是澳大利亚，占18.5%；加拿大第三，占{}%。"
    assert not _errors(checker, third.format("14.7"))
    assert _errors(checker, third.format("24.7"))
    # ties are a ranking too; growth rates are no place in it; a top N of another count of figures is none
    assert not _errors(checker, "前往美国的最多，占18.5%；其次是澳大利亚，占18.5%。")
    assert not _errors(checker, "排名前两位的是：A类371件，同比增长5%，B类369件，同比增长25%。")
    assert not _errors(checker, "排名前三位的是：A类371件，B类369件，C类380件，D类390件。")  # (four figures)


def test_spans_of_time_name_kinds_and_count_nothing(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "各单位指令反馈速度：0-30分反馈占总指令的34.7%；30-60分反馈占总指令的21.3%；1-2小时反馈占总指令的22.8%；"
        "2-4小时反馈占总指令的12.6%；4小时以上反馈占总指令的8.6%。"
    )
    assert not _errors(checker, text)


def test_a_rate_right_after_a_count_of_its_step_is_of_that_count(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "全市法院受理各类案件46491件，其中市中院受理案件5298件；审(执)结45290件，结案率97.42%，其中市中院审(执)结"
        "5231件，结案率{}%。"
    )
    assert not _errors(checker, text.format("98.74"))
    assert _errors(checker, text.format("94.74"))


def test_a_marker_followed_only_by_rates_of_its_total_lists_no_parts(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "共发布区级政务服务事项1493项，其中可网办比例99.52%，全程网办比例达99.40%；街道级事项1821项，网上办比例为"
        "98.52%；社区级事项3509项，网上办比例达99.6%。"
    )
    assert not _errors(checker, text)


def test_the_nearest_figure_the_parts_add_up_to_is_their_total(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全年共提交提案270件，经审查，立案257件，其中，个人提案{}件、集体提案46件。"
    assert not _errors(checker, text.format(211))
    assert _errors(checker, text.format(251))


def test_a_part_of_a_list_is_no_kind_a_bare_step_concludes(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "解决群众诉求网格事件17457件，其中网格员上报17146件，12345热线转化为事件215件，政协云事件43件，市长信箱41件，"
        "我的永州APP 12件，办结17443件，办结率99%。"
    )
    assert not _errors(checker, text)


def test_shares_of_kinds_a_paragraph_each_agree_on_an_unstated_base(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "通过网络平台受理交办178件，按时办结回复178件。\n(二)诉求类型分布情况\n政务服务类5235件，占比{}%。主要涉及不动产"
        "登记。\n城市管理类4524件，占比17.5%。主要涉及道路积水。\n公共服务类2391件，占比9.3%。主要涉及停水停电。\n"
    )
    assert not _errors(checker, text.format("20.3"))  # (all of about 25,800 诉求, not stated)
    assert _errors(checker, text.format("25.3"))  # (one off the base the others share)


def test_a_step_ten_times_the_one_before_counts_another_thing(checker) -> None:  # type: ignore[no-untyped-def]
    text = "对行政机关违法行为提出检察建议3200余件，推动行政执法与刑事司法衔接，办理行刑反向衔接案件4.9万件。"
    assert not _errors(checker, text)
    assert _errors(checker, "共接收投诉事项53件、分办61件。")  # (a step a little above the one before)


def test_those_released_and_those_still_under_correction_make_up_all_received(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全省累计接收社区服刑人员22.7万人，解除矫正19.2万人，目前在册{}万人。"
    assert not _errors(checker, text.format("3.5"))
    assert _errors(checker, text.format("4.5"))


def test_a_table_headed_by_years_with_figures_grouped_by_spaces(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "表1.6：按罪行类别划分被收纳入惩教院所的服刑人次\n罪行类别 | 2018 | 2019 | 2020 |\n"
        "爆窃、盗窃及接赃 | {} | 1 975 | 1 941 |\n入境罪行 | 3 089 | 2 393 | 1 448 |\n毒品罪行 | 1 691 | 1 441 | 839 |\n"
        "其他 | 2 750 | 2 490 | 1 930 |\n总计 | 9 811 | 8 299 | 6 158 |\n"
    )
    assert not _errors(checker, text.format("2 281"))
    assert _errors(checker, text.format("2 881"))  # (the 总计 row is each year's column summed)


def test_a_weeks_change_against_the_week_before(checker) -> None:  # type: ignore[no-untyped-def]
    text = "其中有效报警2846起，日均406.6起。有效报警较上周2774起增加{}起，环比上升了2.6%。"
    assert not _errors(checker, text.format(72))
    found = _errors(checker, text.format(92))
    assert found and "上周" in found[0]  # (a week's change, said so)


def test_a_way_of_concluding_named_after_its_count(checker) -> None:  # type: ignore[no-untyped-def]
    text = "共受理劳动人事争议仲裁案件296件，其中157件已调解结案，涉及劳动者314人，结案率98%，调解结案率{}%。"
    assert not _errors(checker, text.format(53))  # (and 结案率98% is of all concluded, not of the 157)
    assert _errors(checker, text.format(58))


def test_suggestions_and_proposals_make_up_those_handled(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全年共承办建议提案共{}件(建议34件、提案42件)。"
    assert not _errors(checker, text.format(76))
    assert _errors(checker, text.format(86))


def test_dangzhong_marks_parts_as_qizhong_does(checker) -> None:  # type: ignore[no-untyped-def]
    text = "公署年内完成处理共5323宗投诉，当中逾{}宗需要跟进。"
    assert not _errors(checker, text.format(2550))
    assert _errors(checker, text.format(6550))
    assert not _errors(checker, "在工作当中，共处理投诉5323宗，其中逾2550宗需要跟进。")


def test_a_ranking_table_of_numbered_rows(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "排名／投诉类别／2025年／2024年\n\n1／食肆及娱乐／6,922宗／5,810宗\n\n2／旅游事务／{}宗／2,915宗\n\n"
        "3／电讯服务／2,646宗／3,071宗\n\n4／电器／2,133宗／2,227宗\n"
    )
    assert not _errors(checker, text.format("3,255"))
    assert _errors(checker, text.format("7,022"))  # (ranked second, above the first)
    # a slash between cells does not swallow the figure after it (16/5 still reads as one unread ratio)
    assert [m.text for m in extract("食肆／6922宗／5810宗").mentions] == ["6922宗", "5810宗"]
    # ranked by the latest year the header names, not by the first column
    table = (
        "排名 | 投诉性质 | 2023年量(件) | 2024年量(件) | 增长率(%) |\n1 | 食品安全 | 808 | 731 | ↓9.53 |\n"
        "2 | 商品和服务质量 | 356 | {} | ↑56.74 |\n3 | 合同问题 | 935 | 354 | ↓62.14\n"
    )
    assert not _errors(checker, table.format(558))
    assert _errors(checker, table.format(758))


def test_a_bare_count_a_step_names_beside_counts_of_cases(checker) -> None:  # type: ignore[no-untyped-def]
    text = "共调解矛盾纠纷1562件，调解成功1523，矛盾纠纷调解成功率{}%。"
    assert not _errors(checker, text.format("97.5"))
    assert _errors(checker, text.format("93.5"))
    assert not _errors(
        checker, "共排查矛盾纠纷8451件，调处8438，调解成功7913件，成功率93.78%。"
    )  # (over the 调处)
    assert [m.kind for m in extract("2019年，调处2020，").mentions] == ["year", "other"]  # (no count beside)
    # (the counts beside it past the shares between: …结案5件，占0.15%；以改判方式结案241，占7.1%)
    text = (
        "审结的3373件案件中，以维持原审裁判方式结案2903件，占86.1%；以撤诉方式结案217件，占6.4%；以发回重审方式结案5件，"
        "占0.15%；以改判方式结案241，占{}%；以其他方式结案7件，占0.2%。"
    )
    assert not _errors(checker, text.format("7.1"))
    assert _errors(checker, text.format("17.1"))


def test_a_months_change_stated_as_amount_and_rate(checker) -> None:  # type: ignore[no-untyped-def]
    text = "本月共95件，较上月减少5件，环比下降{}%。"
    assert not _errors(checker, text.format(5))
    found = _errors(checker, text.format(9))
    assert found and "上月" in found[0]


def test_completing_a_target_task_count(checker) -> None:  # type: ignore[no-untyped-def]
    text = "已完成案件数3511件，完成目标任务数2800件的{}%。"
    assert not _errors(checker, text.format(125))
    assert _errors(checker, text.format(135))


def test_a_growth_stated_as_zengfu_after_a_share(checker) -> None:  # type: ignore[no-untyped-def]
    text = "其中人力资源社会保障类75件，占5.8%，同比增幅{}%。"
    assert not _errors(checker, text.format("36.36"))  # (of 55 the year before)
    assert _errors(checker, "其中人力资源社会保障类75件，同比增幅39.34%。")  # (no whole prior gives it)
    # after a share the rate may be the share's change (解决的318件，占比92.7%，同比增长4.09%: 88.61% the year
    # before), which no whole number need give: a note, not an error
    from .helpers import run_text

    for found in (
        run_text(checker, text.format("39.34")).findings,
        run_text(checker, text.format("36.36")).findings,
    ):
        assert not [f for f in found if f.severity != "info"]
    notes = [f for f in run_text(checker, text.format("39.34")).findings if f.rule == "HC012"]
    assert notes and "占比5.8%的变化" in notes[0].message
    # …unless the items of its list each give their counts' rates: then it is its count's too
    listed = (
        "其中专职律师28064人，占78.76%，同比增长10.49%；兼职律师786人，占2.21%，同比增长{}%；"
        "公职律师5580人，占15.66%，同比增长46.11%；公司律师990人，占2.78%，同比增长76.16%。"
    )
    assert not _errors(checker, listed.format("20.55"))
    assert _errors(checker, listed.format("20.56"))
    two = "其中，民事法律援助案件198件，占94.3%，同比增长{}%；刑事法律援助案件12件，占5.7%，同比增长140%。"
    assert not _errors(checker, two.format("371.4"))
    assert _errors(checker, two.format("391.4"))


def test_shares_of_one_whole_by_two_dimensions_flattened_in_one_list(checker) -> None:  # type: ignore[no-untyped-def]
    # a table of the whole by channel, then by kind, flattened into one run of shares: each dimension adds up to 100%
    text = (
        "2023年，局共受理投诉举报咨询13488件。其中：12345热线8849件，占比65.61%；12315平台2671件，占比{}%；"
        "来人来电来函1968件，占比14.59%；投诉10874件，占比80.62%；举报1438件，占比10.66%；咨询1176件，占比8.72%。"
    )
    assert not _errors(
        checker,
        "2023年，局共受理投诉举报咨询13488件。其中：12345热线8849，占比65.61%12315平台2671占比19.80%来人来电来函1968，占比14.59%投诉10874占比80.62%举报1438占比10.66%咨询1176占比8.72%",
    )
    assert not _errors(checker, text.format("19.80"))
    assert _errors(
        checker,
        "其中：12345热线8849，占比65.61%12315平台2671占比29.80%来人来电来函1968，占比14.59%投诉10874占比80.62%举报1438占比10.66%咨询1176占比8.72%",
    )


def test_a_run_ranked_by_its_accepted_count_may_be_a_share_of_those_received(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "(一)投诉举报对象分析。2024年，实体店类投诉举报共计受理4412件，占比72%；电商平台线上体系投诉举报共计受理1717件，"
        "占比28%。(二)投诉举报主要特点。2024年收到投诉5109件，其中商品类1654件，服务类3455件。从投诉问题来看，"
        "投诉受理量较大的问题主要有：食品安全问题731件、商品及服务质量问题558件、合同问题354件、售后服务193件、"
        "价格问题193件，占比{}%。"
    )
    assert not _errors(checker, text.format("39.71"))  # (2029 of the 5109 received)
    assert _errors(checker, text.format("49.71"))


def test_a_count_cannot_fall_by_more_than_all_of_it(checker) -> None:  # type: ignore[no-untyped-def]
    from hecha.model import Document

    for text in ("其他咨询4件，占0.24%，同比减幅121.43%。", "其他咨询4件，同比下降121.43%。"):
        result = checker.check_document(Document("d", "d.txt", text))
        assert result.doc.error is None  # (it crashed: a prior of infinity rounded up)
        assert any(f.rule == "HC012" and f.severity == "error" for f in result.findings)
    assert not _errors(checker, "其他咨询0件，同比下降100%。")
    # a figure of 今年 after a year written before it is of no year the text writes: no prior of 2019's
    text = (
        "2018年，全省法院审结一审案件9000件。今年1月-7月，全省法院新收一审案件13753件。"
        "2019年，全省法院共审结涉民生行政案件11751件，占结案总数的51%，比2018年增长30%。"
    )
    assert not _errors(checker, text)


def test_first_run_of_batches_50_to_53(checker) -> None:  # type: ignore[no-untyped-def]
    # a list after an intake and its carry-over, the list in the next sentence
    assert not _errors(
        checker,
        "新收依申请信息公开件74件，结转上年依申请信息公开件1件。其中依法依规予以公开7件，部分公开20件，"
        "因本机关不掌握相关政府信息无法提供44件，其他处理2件，结转下年办理1件。",
    )
    # what merging left (并案后为) is no status beside 立案
    assert not _errors(
        checker, "该市政协共收到提案1876件，经审查立案1710件，对内容基本相同的提案并案后为1635件。"
    )
    # a record of its own after the ；(回访686件，已解决685件) is no later step of the one before
    assert not _errors(checker, "人大代表受理市民来电办件383件，已解决367件；回访686件，已解决685件。")
    assert _errors(checker, "受理市民来电办件383件，已解决367件；回访686件。")
    # a span of time is no numerator (一个月内结案率59%)
    assert not [
        e for e in _errors(checker, "一个月内结案率为59%，平均结案天数为40天。") if e.startswith("HC009")
    ]
    # an overall rate of a grade counts the grades listed above it
    graded = (
        "抽取评估案件383件。其中优秀3件占比0.78%、良好39件占比10.18%、合格341件占比89.03%，总体合格率为{}%。"
    )
    assert not _errors(checker, graded.format(100))
    assert _errors(checker, graded.format(90))
    # two kinds side by side, each a 的-clause, are no subset of each other for a rule pack's order
    assert not _errors(checker, "要求分阶段整改的1299个、持续整改的753个问题，制定了时间表和路线图。")
    assert _errors(checker, "查出问题30个、已整改38个。")


def test_a_rate_of_request_kinds_named_together(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "投诉143396件，同比增长9.53%；举报31863件，同比增长7.24%；咨询172336件，同比减少4.45%。"
        "投诉举报共办结168459件，办结率{}%。"
    )
    assert not _errors(checker, text.format("96.12"))  # (over 投诉 + 举报, 175259)
    assert _errors(checker, text.format("93.12"))


def test_what_is_not_yet_done_is_some_of_the_count_before(checker) -> None:  # type: ignore[no-untyped-def]
    text = "涉及违规事项539件，未整改{}件。"
    assert not _errors(checker, text.format(17))
    assert _errors(checker, text.format(917))
    assert not _errors(
        checker, "共受理120件，未办结122件。"
    )  # (after an intake, a backlog may be pending too)
    assert not _errors(checker, "审结3件，其中维持1件，未结2件。")  # (a sibling outcome, no whole)


def test_first_run_of_batches_54_and_55(checker) -> None:  # type: ignore[no-untyped-def]
    # a ；-clause of another unit ends a list and a list of shares (委员403人，占委员总数的68%)
    text = (
        "共提出提案820件，经审查，立案799件。其中：集体提案133件，委员个人或联名提案666件；参与提案的委员403人，"
        "占委员总数的68%；涉及经济建设方面的提案290件，占36.3%；涉及科技、教育方面的提案175件，占21.9%；"
        "涉及社会治理类提案111件，占13.9%；涉及环境资源方面的提案86件，占10.8%；涉及农业农村方面的提案69件，"
        "占8.6%；涉及其他方面的提案68件，占8.5%。"
    )
    assert not _errors(checker, text)
    # a step not taken (不予立案15件) is no count a rate's sentence opens with
    assert not _errors(checker, "经审查，不予立案15件，立案169件，合并处理11件，立案率为92%。")
    # (a list of cases and persons still adds up by either: test_a_breakdown_of_cases_and_persons_…)
    # a list of shares in several item counters (个, 条) goes on over one base
    text = (
        "热线共受理群众诉求716535件。按受理渠道来看，接听电话684175个，占全部诉求的95.48%；受理微信留言24003条，"
        "占{}%；受理短信5333条，占0.74%。"
    )
    assert not _errors(checker, text.format("3.35"))
    assert _errors(checker, text.format("6.35"))


def test_first_run_of_batches_56_and_57(checker) -> None:  # type: ignore[no-untyped-def]
    # 制发的 qualifies what 主动公开 publishes: no intake step before 答复信息
    text = (
        "主动公开本年度制发的省政府规章2件、行政规范性文件2件，其他文件113件，"
        "人大代表建议及政协委员提案答复信息845条，财政预决算信息52条。"
    )
    assert not _errors(checker, text)
    assert _errors(checker, "制发检察建议12件，回复15件。")  # (制发 alone is still the intake)
    # 这3类问题 is the sum of the kinds before it, not a part of 3
    text = (
        "前三位为质量问题（74829件，占25.18%）、合同问题（55363件，占18.63%）和售后问题（43913件，占14.78%），"
        "这3类问题占投诉总量58.59%。民生消费品投诉占投诉总量42.13%。"
    )
    assert not _errors(checker, text)
    # a count of kinds is no base of a share of what they hold
    text = "受理一审行政案件8406件。房屋征收、公安、人力资源社会保障、市场监管四类案件较多，个人起诉的案件占比91.6%。"
    assert not _errors(checker, text)
    # 占教育、培训服务投诉的: a whole of one kind, which no figure before states
    text = (
        "其中文化、娱乐、体育服务类的预付卡投诉多达7358件，占预付式消费投诉近五成。教育、培训服务问题突出，"
        "同比增长73.71%，其中，技能培训投诉4105件，占教育、培训服务投诉的54.40%。有关交通工具类投诉9764件，"
        "占投诉总量3.29%。"
    )
    assert not _errors(checker, text)  # (nor is a share of its own, 占…近五成, the 投诉总量)
    text = "教育、培训服务投诉7358件，其中，技能培训投诉4105件，占教育、培训服务投诉的{}%。"
    assert not _errors(checker, text.format("55.79"))
    assert _errors(checker, text.format("54.40"))


def test_parts_named_after_their_figures_are_complementary_statuses(checker) -> None:  # type: ignore[no-untyped-def]
    # 其中17件…完成答复，2件转至下年继续办理: each request is answered or carried into the next year
    text = "全年收到依申请公开19件，其中{}件在法定期限内完成答复，2件转至下年继续办理。"
    assert not _errors(checker, text.format(17))
    assert _errors(checker, text.format(15))


def test_an_intake_is_what_was_carried_over_and_what_is_new(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全年受理各类案件1000件，其中旧存{}件，新收900件。"
    assert not _errors(checker, text.format(100))
    assert _errors(checker, text.format(80))  # (the two halves are all of it: short is an error too)
    assert _errors(checker, "全年受理各类案件1000件，其中上年结转100件，新收950件。")


def test_an_average_is_no_numerator_of_a_rate(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "全省法院受案114556件，同比上升13.8%；结案32889件，同比上升107.12%；人均结案11.1件，"
        "高于全国法院人均结案数0.72件；结案率为{}%。"
    )
    assert not _errors(checker, text.format("28.71"))
    assert _errors(checker, text.format("31.71"))
    # a rate after a sentence of averages is of the counts they average, a sentence further back
    text = "全院共受理各类案件24333件，同比下降0.35%；结案17946件。全院法官人均收案296.74件，人均结案218.85件。结案率{}%。"
    assert not _errors(checker, text.format("73.75"))
    assert _errors(checker, text.format("78.75"))


def test_statuses_opening_a_segment_divide_the_count_before_it(checker) -> None:  # type: ignore[no-untyped-def]
    text = "抽查回访670件，响应670件，响应率100%；解决663件、未解决{}件，解决率98.96%。"
    assert not _errors(checker, text.format(7))
    assert _errors(checker, text.format(17))
    # (a segment with a subject of its own keeps its statuses: 积案5宗 is their whole, not 7宗)
    assert not _errors(checker, "涉稳突出问题7宗，已化解6宗；积案5宗，已办结3宗，未办结2宗。")


def test_the_next_segments_statuses_divide_the_same_whole(checker) -> None:  # type: ignore[no-untyped-def]
    # (94.69% = (614 + 0.6 × 34) ÷ 670, a weighted score: the rate of degrees listed is not checked)
    text = (
        "抽查回访670件，响应670件，响应率100%；解决663件、未解决7件，解决率98.96%；满意614件、基本满意34件、"
        "不满意{}件，满意率94.69%。"
    )
    assert not _errors(checker, text.format(22))
    assert _errors(checker, text.format(32))


def test_statuses_named_by_their_fullest_word(checker) -> None:  # type: ignore[no-untyped-def]
    # 结转至下一年答复: carried into the next year (the longer status word), not answered
    text = "共收到依申请公开政府信息72件，已答复{}件，结转至下一年答复1件。"
    assert not _errors(checker, text.format(71))
    assert _errors(checker, text.format(61))
    # 转办中: still with the office it was passed to, beside 已办结
    text = "热线709件，已办结498件，转办中{}件。"
    assert not _errors(checker, text.format(211))
    assert _errors(checker, text.format(251))


def test_lists_opened_by_other_markers(checker) -> None:  # type: ignore[no-untyped-def]
    # 涉及 + kinds of the count just stated
    text = "商品消费126件，涉及商品质量类41件，计量类15件，食品安全类27件，价格类3件，其他{}件。"
    assert not _errors(checker, text.format(40))
    assert _errors(checker, text.format(50))
    assert not _errors(
        checker, "共办理案件100件，涉及金额500万元，涉及群众300人。"
    )  # (other units: no parts)
    # (涉及 after a count of another thing opens no list of it: …未整改17件；…督办6份，涉及违规事项41件)
    assert not _errors(
        checker, "转办督察通知20份，涉及违规事项539件，未整改17件；月度重点督办6份，涉及违规事项41件。"
    )
    text = (
        "共处理劳动人事争议11527件，涉及当事人13566人，涉及金额45830.05万元，调解结案7422件，裁决结案2759件。"
    )
    assert not _errors(checker, text)
    # (nor the parties a count of cases involves, counted in the same classifier: 案件1215个，涉及企业1715个)
    assert not _errors(
        checker, "全国共实施挂牌督办案件1215个，涉及企业1715个，共实施约谈2620次，涉及企业5229个。"
    )
    assert _errors(
        checker, "全年共受理案件100件，涉及劳动争议80件、工伤认定40件。"
    )  # (kinds it involves: parts)
    # 具体包括 / 在…信息中
    text = "新增主动公开政府信息130条，具体包括机构职能1条，政务活动25条，招标投标{}条，财政预决算2条。"
    assert not _errors(checker, text.format(98))
    assert _errors(checker, text.format(108))
    text = "累计主动公开政府信息73条，在主动公开信息中，服务要闻22条；部门公告信息17条；政策文件{}条。"
    assert not _errors(checker, text.format(14))
    assert _errors(checker, text.format(44))


def test_statuses_opening_the_next_sentence_divide_the_last_count(checker) -> None:  # type: ignore[no-untyped-def]
    text = "共收到提案567件。提案审查委员会依据规定和程序，对收到的提案进行了认真审查，确定立案544件，不立案{}件。"
    assert not _errors(checker, text.format(23))
    assert _errors(checker, text.format(33))
    # (a sentence with a subject counted first keeps its statuses: 积案5件 is their whole)
    assert not _errors(checker, "共收到提案567件。积案5件，已办结3件，未办结2件。")


def test_a_set_with_a_negation_is_whole_only_when_a_list_names_what_was_not_done(checker) -> None:  # type: ignore[no-untyped-def]
    # 立案4438件，合并处理88件: those not filed (不予立案) are left out, so the two need not make 5360
    assert not _errors(checker, "共收到提案5360件，经审查，立案4438件，合并处理88件。")
    text = "共收到提案5360件，经审查，立案4438件，合并处理88件，不予立案{}件。"
    assert not _errors(checker, text.format(834))
    assert _errors(checker, text.format(734))


def test_a_share_whose_words_end_in_a_rank_before_its_figure(checker) -> None:  # type: ignore[no-untyped-def]
    # 占…比例最高，达X%: the words of the share are in the clause before its figure
    text = "受理行政复议151件，被申请人为县政府部门的案件数量为{}件，占受理案件数比例最高，达92.71%。"
    assert not _errors(checker, text.format(140))
    assert _errors(checker, text.format(104))
    text = "受理行政复议151件，被申请人为县政府部门的案件{}件，占比最高，为92.71%。"
    assert not _errors(checker, text.format(140))
    assert _errors(checker, text.format(104))


def test_statuses_a_rate_of_them_puts_under_all_are_some_of_the_whole(checker) -> None:  # type: ignore[no-untyped-def]
    # 满意和基本满意率88.9%: the two are not all those asked, though they name a whole set between them
    assert not _errors(checker, "回访244件，满意173件、基本满意44件，满意和基本满意率达88.9%。")
    assert _errors(checker, "回访244件，满意173件、基本满意44件，满意和基本满意率达78.9%。")
    # a rate of one of the statuses leaves the partition whole
    text = "派单601件，按时结案597件，超时办理{}件，按时结案率99.3%。"
    assert not _errors(checker, text.format(4))
    assert _errors(checker, text.format(14))


def test_the_classes_of_a_noun_listed_after_a_colon_down_to_the_rest_divide_its_total(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "共办理热线工单2495件。交办二级责任单位2388件，县热线办直办107件。"
        "工单分类：求决类1878件、咨询类267件、揭发控告类87件、意见建议类53件、其他类{}件。"
    )
    assert not _errors(checker, text.format(210))
    assert _errors(checker, text.format(410))
    # without the rest the classes listed may be some of them, never more than all
    text = "共办理热线工单2495件。工单分类：求决类1878件、咨询类267件、揭发控告类{}件。"
    assert not _errors(checker, text.format(87))
    assert _errors(checker, text.format(587))


def test_the_persons_aided_or_involved_after_a_change_or_a_full_stop_are_the_cases(checker) -> None:  # type: ignore[no-untyped-def]
    # each legal-aid case aids one person at least; a change between, or 涉及 opening the next sentence
    text = "共受理法律援助案件106871件，比上年增长24.7%，受援人{}人。"
    assert not _errors(checker, text.format(108133))
    assert _errors(checker, text.format(78133))
    text = "共处理劳动人事争议54.72万件，比上年同期下降11.3%。涉及劳动者{}万人。"
    assert not _errors(checker, text.format("73.58"))
    assert _errors(checker, text.format("43.58"))
    # the persons after a list of cases are those of all of them, not of its last kind
    text = "办理法律援助案件5000件，其中民事案件4000件，刑事案件900件，行政案件100件，受援人数达{}人次。"
    assert not [g for g in extract(text.format(5100)).groups if g.kind == "persons"]


def test_a_change_against_a_named_month_or_said_with_yu_xiang_bi(checker) -> None:  # type: ignore[no-untyped-def]
    # 比10月份增加33件，环比增加率为10.12%: the month before by its name; 与上月相比减少了31件，环比下降9.3%
    text = "共受理消费者投诉359件，占总诉求量的56.09%，比10月份增加33件，环比增加率为{}%。"
    assert not _errors(checker, text.format("10.12"))
    assert _errors(checker, text.format("20.12"))
    text = "本月共受理举报303件，与上月相比减少了{}件，环比下降9.3%。"
    assert not _errors(checker, text.format(31))
    assert _errors(checker, text.format(51))


def test_a_share_of_a_figure_after_you_whose_words_run_on_to_their_de(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "代表共提出代表建议37527件。这些建议中，有14834件是代表们在开展专题调研、视察、座谈、走访基础上，"
        "认真酝酿提出的，占建议总数的{}%。"
    )
    assert not _errors(checker, text.format("39.5"))
    assert _errors(checker, text.format("49.5"))


def test_the_bodies_proposals_are_sent_to_divide_them(checker) -> None:  # type: ignore[no-untyped-def]
    from .helpers import run_text

    # 这些建议由A办理…；由B办理…: each proposal is handled by one body or bodies together (a shortfall warns)
    text = (
        "代表共提出建议1034件。\n据介绍，这些建议由省政府组织办理{}件；由省委有关部门、省高院等单位办理80件；"
        "由省政府部门和非政府部门联合办理4件。"
    )
    assert not _errors(checker, text.format(950))
    [warning] = [f for f in run_text(checker, text.format(750)).findings if f.severity != "info"]
    assert warning.severity == "warning" and "承办单位" in warning.message
    assert _errors(checker, text.format(1150))
    # …77件中，有72件交市政府办理，5件交有关机关和组织办理: the list under its 中 is whole
    text = "大会期间共收到代表建议77件。77件中，有{}件交市政府办理，5件交有关机关和组织办理。"
    assert not _errors(checker, text.format(72))
    assert _errors(checker, text.format(52))
    # one body named is no division
    assert not _errors(checker, "大会期间共收到代表建议77件，其中52件交市政府办理。")


def test_a_sentence_opening_on_the_things_of_a_whole_before_lists_some_of_them(checker) -> None:  # type: ignore[no-untyped-def]
    # 收到的行政复议申请中，…: counts of kinds of the applications received, stated sections before
    text = (
        "全市各级行政复议机关收到行政复议申请共计32件，同比下降43.8%。其中，受理24件，不予受理8件，受案率75%。\n"
        "二、案件特点\n（一）被申请人情况。以市政府部门作为被申请人的共8件，以县级政府作为被申请人的共24件。\n"
        "（二）案件类型。收到的行政复议申请中，行政处罚8件，行政确认{}件，行政征收7件，行政强制措施3件，信息公开2件。"
    )
    assert not _errors(checker, text.format(12))
    assert _errors(checker, text.format(18))  # (38 of 32)
    # after a clause saying how they are classed (从结案方式看，在审结的…中)
    text = (
        "全年一审行政案件共570件，审结508件，结案率为89.12%。\n图2：收结案比较图\n"
        "从结案方式看，在审结的一审行政诉讼案件中，判决驳回原告诉讼请求{}件，裁定驳回原告起诉73件，裁定移送8件，调解案件111件。"
    )
    assert not _errors(checker, text.format(154))
    assert _errors(checker, text.format(354))
    # counts within one of the parts (其中…) are none of them
    text = (
        "全年受理各类城市管理案件1054件。\n受理的各类城市管理案件中，事件类有效立案数共971件，其中应结案数为956件，"
        "结案数为902件；部件类有效立案数为25件。"
    )
    assert not _errors(checker, text)


def test_a_long_alias_over_shorter_ones_names_its_figure(checker) -> None:  # type: ignore[no-untyped-def]
    # 判决撤销、部分撤销、变更、确认违法或者确认无效 (the template's words for the suits lost) holds shorter aliases
    # (撤销, 确认无效): the figure is 败诉, not 复议's 确认无效 (which HC208 held under 纠错2宗)
    text = (
        "行政处罚7960宗，行政处罚被申请行政复议9宗，复议决定撤销、变更或者确认违法2宗；"
        "行政强制直接被提起行政诉讼22宗，判决撤销、部分撤销、变更、确认违法或者确认无效12宗。"
    )
    assert [f.metric for f in extract(text).facts][-1] == "litigation.lost"
    assert not _errors(checker, text)


def test_the_outcomes_of_an_agencys_decisions_challenged_are_of_those_challenged(checker) -> None:  # type: ignore[no-untyped-def]
    # the annual template of 行政执法 figures: 被申请行政复议N宗，复议决定撤销、变更或者确认违法M宗
    text = (
        "行政处罚7960宗，行政处罚被申请行政复议9宗，复议决定撤销、变更或者确认违法{}宗；"
        "行政强制直接被提起行政诉讼22宗，判决撤销、部分撤销、变更、确认违法或者确认无效{}宗。"
    )
    assert not _errors(checker, text.format(2, 12))
    assert _errors(checker, text.format(12, 12))
    assert _errors(checker, text.format(2, 32))


def test_the_persons_of_cases_concluded_are_divided_by_the_decisions_on_them(checker) -> None:  # type: ignore[no-untyped-def]
    # 审结…138件259人: the persons take the cases' words, and 提起公诉/不起诉 divide what was concluded
    text = "共审结审查起诉案件138件259人，提起公诉{}人、不起诉66人。"
    assert not _errors(checker, text.format(193))
    assert _errors(checker, text.format(293))


def test_a_run_of_items_set_apart_by_dun_goes_on_past_an_exact_sum(checker) -> None:  # type: ignore[no-untyped-def]
    # a run set apart by 、 alone is one list: it does not end where its first items happen to reach the total
    text = (
        "主动公开政府信息32条，包括领导信息类1条、机构职能类2条、内设机构类1条、工作动态类{}条、规章制度类2条、"
        "规范性文件类2条、整体规划类1条、工作计划类1条、人事任命类1条、人才管理类1条、财政预决算类3条、三公经费类1条、"
        "处罚强制类9条、2021年信息公开年报1条。"
    )
    assert not _errors(checker, text.format(6))
    assert _errors(checker, text.format(16))
    # a sentence going on after its parts with commas still ends the list at the sum (新收…，上年结转…，审结…)
    assert not _errors(checker, "共受理案件87件，其中新收72件，上年结转15件，审结70件。")


def test_proposals_passed_on_as_opinions_are_the_side_not_filed(checker) -> None:  # type: ignore[no-untyped-def]
    # 转为意见和建议 is what was not filed: with 立案 (and 并案) it makes up all received
    text = "共收到提案5890件。\n依据提案审查工作细则，经审查，立案5002件，并案262件，转为意见和建议{}件。"
    assert not _errors(checker, text.format(626))
    assert _errors(checker, text.format(526))
    # past the whole's own 其中 list (who proposed) and a sentence naming it again
    text = (
        "大会提案组共收到提案400件。其中，委员个人或联名提出328件，市各民主党派提出72件。\n"
        "提案委员会委员对提案进行了审查。经初步审查，立案{}件，转为意见和建议51件。"
    )
    assert not _errors(checker, text.format(349))
    assert _errors(checker, text.format(249))
    # the side not filed stated in a sentence of its own, with those passed on among them
    text = "共收到提案5360件。经审查，立案4438件，合并处理{}件。不予立案834件，其中，转为意见和建议777件。"
    assert not _errors(checker, text.format(88))
    assert _errors(checker, text.format(388))


def test_first_run_of_batches_58_and_59(checker) -> None:  # type: ignore[no-untyped-def]
    # a share whose subject names the count before it: that count is its part, not a whole of a subset
    text = "共解读文件23个，其中图片解读文件16个，动漫解读文件7个，实现图文解读全覆盖，动漫解读占比{}%。"
    assert not _errors(checker, text.format("30.4"))
    assert _errors(checker, text.format(23))
    # a step done (已W) and not done (未W) divides what was due for it
    text = "9月份，第三方评价员应评价案例{}件，已评价20530件，未评价2016件。"
    assert not _errors(checker, text.format(22546))
    assert _errors(checker, text.format(22563))


def test_a_bodys_figures_of_several_steps_are_parts_of_each_steps_total(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全市法院共受理案件18.47万件，审执结16.97万件，同比分别上升2.54%、3.52%，其中，市中院受理案件14061件，审执结{}件。"
    assert not _errors(checker, text.format(13317))
    assert _errors(checker, text.format(173317))
    text = "全年受理各类案件38304件，审、执结36254件。其中，市中级法院受理各类案件4260件，审、执结{}件。"
    assert not _errors(checker, text.format(3989))
    assert _errors(checker, text.format(39890))
    text = "新收各类行政诉讼案件26858件；审结行政诉讼案件{}件。其中，新收一审行政诉讼案件16195件，审结16249件；新收二审行政诉讼案件8036件，审结11084件。"
    assert not _errors(checker, text.format(27333))
    assert _errors(checker, text.format(22333))
    # (steps in the segments before a ； are other topics: 转办13件 is no total of the calls' 转办2274件)
    text = "共接到省长热线平台转办13件；接收人民网给市长的留言15件；接听群众来电8947个，其中转办2274件，办结1715件。"
    assert not _errors(checker, text)


def test_a_colon_after_a_count_and_x_proposals_among_open_lists(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "主动公开政府信息总数171条：基层政务公开领域信息{}条，工作动态34条，预算决算4条，应急预案3条，政策文件2条，"
        "其他政府信息4条。"
    )
    assert not _errors(checker, text.format(124))
    assert _errors(checker, text.format(134))
    text = "立案358件，未立案46件，立案率88.61%。立案提案中，个人提案288件、联名提案{}件、集体提案18件。"
    assert not _errors(checker, text.format(52))
    assert _errors(checker, text.format(62))


def test_a_list_after_merging_counts_what_the_merging_left(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "大会共收到提案157件。经审查，共立案133件，并案处理后为123件，其中，集体提案29件，委员提案94件。"
        "经分类统计，立案提案中，经济建设方面提案39件，政治建设方面提案8件，文化建设方面提案15件，社会建设方面提案{}件，"
        "生态文明建设方面提案8件。"
    )
    assert not _errors(checker, text.format(53))
    assert _errors(checker, text.format(73))


def test_hotline_tickets_change_and_the_rest_of_a_satisfaction_rate(checker) -> None:  # type: ignore[no-untyped-def]
    # 增长率 names the rate after the amount; the amount may open the next sentence
    text = "共受理工单6455件{}比上年同期增加1419件，同比增长率为{}%。"
    for stop in ("，", "。"):
        assert not _errors(checker, text.format(stop, "28.18"))
        assert _errors(checker, text.format(stop, "23.18"))
    # 其中不满意41件 is what the 满意率 leaves out of the tickets asked
    text = "抽查回访工单1699件，其中不满意{}件，满意率97.59%。"
    assert not _errors(checker, text.format(41))
    assert _errors(checker, text.format(81))
    # (a change after a list is of the list's subject when it fits that and not the part before it)
    text = (
        "从事法医类鉴定的机构为2473家，占总数的50.4%。其中，新审核登记机构数为87家，注销机构数为25家，"
        "比去年增加53家，增长率为{}%。"
    )
    assert not _errors(checker, text.format("2.2"))
    assert _errors(checker, text.format("5.2"))


def test_all_those_concluded_over_the_paragraphs_last_total(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "录入的案件共13499件，比去年同期增加49件。其中受理消费者投诉9880件，占73%；举报3618件，占27%；咨询1件。"
        "共办结案件13043件，办结率{}%。"
    )
    assert not _errors(checker, text.format(97))
    assert _errors(checker, text.format(87))


def test_accepted_and_rejected_together_within_the_applications(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全年共收到行政复议申请120件，受理110件，不予受理{}件。"
    assert not _errors(checker, text.format(10))
    assert _errors(checker, text.format(20))


def test_a_change_stated_with_its_prior_amount_and_rate(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全年罚没收入220万元，比上年120万元增加100万元，增长{}%。"
    assert not _errors(checker, text.format("83.33"))
    assert _errors(checker, text.format("53.33"))
    # the amount expected is written in the text's scale (100万元, not 1000000元)
    [message] = _errors(checker, "全年罚没收入220万元，比上年120万元增加110万元。")
    assert "增加100万元" in message


def test_a_rate_right_after_a_subset_counted_among_its_set(checker) -> None:  # type: ignore[no-untyped-def]
    text = "2418项政务服务事项中，2331项纳入本级政务服务中心一体化管理，政务服务事项入驻率达到{}%。"
    assert not _errors(checker, text.format("96.4"))
    assert _errors(checker, text.format("92.4"))


def test_indicators_better_than_or_within_their_interval_are_all_of_them(checker) -> None:  # type: ignore[no-untyped-def]
    text = "在设有合理区间的{}项指标中，12项优于合理区间，2项处于合理区间。"
    assert not _errors(checker, text.format(14))
    assert _errors(checker, text.format(15))


def test_a_share_whose_clause_names_what_it_is_among_is_of_that(checker) -> None:  # type: ignore[no-untyped-def]
    text = "共接听市民来电5588个。其中，反映供暖类问题来电3075个，在居民生活类问题中，供暖问题占比为93.58%。"
    [g] = share(text)
    assert (
        g["part"] == ["3075个"] and "base" not in g and not _errors(checker, text)
    )  # (居民生活类问题: unstated)
    named = "居民生活类问题3286个。" + text
    [g] = share(named)
    assert g["base"] == ["3286个"] and not _errors(checker, named)
    assert _errors(checker, named.replace("93.58%", "83.58%"))


def test_a_part_of_two_kinds_is_no_share_of_a_whole_of_one(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "上半年全省市场监管部门共受理投诉59.89万件，回复各类咨询6.98万件。\n"
        "从地市来看，杭州市受理投诉{}数量全省最高，为47.20万件，占全省总量的60%。"
    )
    assert not _errors(checker, text.format("举报"))  # (of all 投诉举报, which the text does not state)
    assert _errors(checker, text.format(""))  # (of the 59.89万 投诉: 78.8%)


def test_a_bare_count_of_a_kind_in_a_run_of_kinds_with_shares_is_one_of_them(checker) -> None:  # type: ignore[no-untyped-def]
    # (公共服务类374: the unit dropped in print; the five shares are of one base, the first the odd one out)
    text = (
        "群众诉求排在前五位的分别为卫生健康类2652件，占比{}%；城市管理类817件，占比11.1%；公共服务类374，占比5.0%；"
        "政务服务类353件，占比4.8%；交通管理类331件，占比4.5%。"
    )
    [f] = [f for f in extract(text.format("36.1")).facts if f.mention.text == "374"]
    assert f.mention.kind == "count" and f.q.unit == "件"
    assert not _errors(checker, text.format("36.1"))
    assert any("2652件占31.9%与同列其他占比不符" in e for e in _errors(checker, text.format("31.9")))


def test_a_bracket_left_unclosed_sentences_before_does_not_end_a_list(checker) -> None:  # type: ignore[no-untyped-def]
    # (《…考评方案(试行)》(汨安监…通知要求 never closes: the list after 其中 is no list inside that bracket)
    text = (
        "根据《汨罗市安全生产行政执法工作考评方案(试行)》(汨安监201842号通知要求，现将全年情况通报如下。"
        "对单位处罚款400元以上的共7起，其中，新市镇4起(处罚款1000元的2起、处罚款800元的2起)、川山坪镇2起、桃林寺镇{}起。"
    )
    assert not _errors(checker, text.format(1))
    assert _errors(checker, text.format(3))


def test_a_kind_of_case_no_figure_before_counts_has_its_whole_unstated(checker) -> None:  # type: ignore[no-untyped-def]
    # (在环境违法案件中，按日连续处罚0起…: the five kinds' whole is not the 978 decisions before them)
    text = (
        "今年10月，全省环保系统行政处罚案件共立案964起，已下达行政处罚决定978起。"
        "在环境违法案件中，按日连续处罚0起，查封扣押34起，限产停产6起，行政拘留31起，涉嫌环境污染犯罪2起。"
    )
    assert not _errors(checker, text)
    # (a kind a figure before does count is its whole: 在信访案件中 of 受理信访案件120件)
    assert _errors(checker, "全年共受理信访案件120件。在信访案件中，来信40件，来访90件。")


def test_the_whole_named_again_past_a_semicolon_with_a_step_of_its_own_is_no_part(checker) -> None:  # type: ignore[no-untyped-def]
    # (…财政性资金当年支出3543.75亿元: what was spent of the whole raised, a statement of it, not a part of its list)
    text = (
        "2012年，全国共筹集城镇保障性安居工程财政性资金4128.74亿元，其中中央财政下达补助资金{}亿元；"
        "城镇保障性安居工程财政性资金当年支出3543.75亿元。"
    )
    assert not _errors(checker, text.format("1861.65"))
    assert _errors(checker, text.format("5861.65"))


def test_a_rate_after_what_was_due_and_what_was_done_is_of_the_two(checker) -> None:  # type: ignore[no-untyped-def]
    # (应办理工单6376件，已办理6376件，办结率100%: 已办理 of 应办理, whatever word the rate is named by)
    text = "本月共受理工单6455件。应办理工单6376件，已办理6376件，办结率{}%。"
    assert not _errors(checker, text.format(100))
    assert any(e.startswith("HC009") for e in _errors(checker, text.format(90)))


def test_a_segment_of_what_was_since_done_to_a_part_rates_it_over_that_part(checker) -> None:  # type: ignore[no-untyped-def]
    # (其中投诉1023件，…；截至目前已办结反馈595件，办结反馈率58.2%: the 595 are of the 1023 the segment before names)
    text = (
        "本月共受理投诉举报咨询3732件。其中投诉1023件，同比增长35.0%，占受理总量的27.4%；"
        "截至目前已办结反馈{}件，办结反馈率58.2%。"
    )
    assert not _errors(checker, text.format(595))
    assert _errors(checker, text.format(795))


def test_a_count_with_its_own_rate_stated_is_no_further_reading_of_a_later_rate(checker) -> None:  # type: ignore[no-untyped-def]
    # (全州…办结226275件，办结率99.9%: that pair has its rate; the 州级 rate is of its own 40365 and 40314 only)
    text = (
        "1-3月全州共受理各类办件226351件，办结226275件，办结率99.9%，州级政务服务中心共受理40365件，"
        "办结{}件，办结率99.9%。"
    )
    assert not _errors(checker, text.format(40314))
    assert any(e.startswith("HC009") for e in _errors(checker, text.format(35314)))


def test_shares_said_respectively_after_a_colon_are_each_of_their_part(checker) -> None:  # type: ignore[no-untyped-def]
    # (占比分别为：39.3%、19.0%、41.7%: the words naming the run end at the colon before it)
    text = (
        "年末全市就业人员131.28万人。按产业划分，第一产业51.55万人，第二产业24.94万人，第三产业54.79万人，"
        "占比分别为：39.3%、{}%、41.7%。"
    )
    assert len(roles(text.format("19.0"), "share")) == 3
    assert not _errors(checker, text.format("19.0"))
    assert any(e.startswith("HC003") for e in _errors(checker, text.format("25.0")))


def test_shares_said_respectively_skip_the_spans_of_time_naming_the_kinds(checker) -> None:  # type: ignore[no-untyped-def]
    # (五年以上, 三年以下: spans of time that name the sentences, no counts: the shares are of the 237 and the 1605)
    text = "判处被告人2138人，其中，判处五年以上有期徒刑237人，判处三年以下有期徒刑、拘役1605人，分别占判决人数的{}%和75.07%。"
    assert [g["part"] for g in share(text.format("11.09"))] == [["237人"], ["1605人"]]
    assert not _errors(checker, text.format("11.09")) and _errors(checker, text.format("21.09"))


def test_two_shares_of_one_named_whole_must_share_a_base(checker) -> None:  # type: ignore[no-untyped-def]
    text = "商品类投诉53432件，占投诉总量的64%；服务类投诉30010件，占投诉总量的{}%。"
    assert not _errors(checker, text.format(36))
    assert _errors(checker, text.format(31))
    # (the deaths and the injuries each of their own total: 死亡…占总数, 受伤…占总数)
    hurt = "农民工因交通事故死亡28035人，占总数的28.4%，比2004年下降3%；{}107792人，占总数的22.9%。"
    assert not _errors(checker, hurt.format("受伤")) and _errors(checker, hurt.format("死亡"))


def test_a_list_after_an_intake_and_its_carry_over_is_held_to_their_sum(checker) -> None:  # type: ignore[no-untyped-def]
    text = "本机关共收到政府信息公开申请12件，上年结转政府信息公开申请1件，其中：当面申请{}件，邮寄申请1件，网络申请8件。"
    assert not _errors(checker, text.format(4))
    [message] = _errors(checker, text.format(6))
    assert "合计13件" in message  # (15 is more than the 12 and the 1 together)


def test_the_outcomes_of_reviews_over_information_requests_are_all_of_them(checker) -> None:  # type: ignore[no-untyped-def]
    text = "因政府信息公开引起行政复议{}件，1件结果维持，2件结果纠正。"
    assert not _errors(checker, text.format(3))
    assert _errors(checker, text.format(5))
    assert not _errors(checker, "政府信息公开行政复议案件5件，结果维持3件，结果纠正1件，正在复议1件。")


def test_a_closure_rate_left_to_an_unstated_carry_over_names_the_rate_the_counts_give(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全年共受理各类案件50101件；结案45728件；综合结案率为{}%。"
    assert not _errors(checker, text.format("91.27"))
    [msg] = _errors(checker, text.format("81.27"))
    # the repair is the division the text's figures give, not the middle of an unbounded carry-over
    assert "应为91.27%" in msg and "45.64" not in msg


def test_a_base_stated_only_as_a_mark_passed_gives_way_to_the_exact_count(checker) -> None:  # type: ignore[no-untyped-def]
    text = "共受理各类案件50101件，收案首次突破5万件，居全省第四位；结案45728件；综合结案率为{}%。"
    assert not _errors(checker, text.format("91.27"))
    # 突破5万 is a lower bound (any rate below 91.5% fits it): the exact 50101 decides
    assert _errors(checker, text.format("81.27"))


def test_tickets_closed_at_once_and_those_passed_on_are_two_parts(checker) -> None:  # type: ignore[no-untyped-def]
    text = "相关诉求171件，其中前台直接办结{}件，网络转办101件。"
    assert not _errors(checker, text.format(70))
    assert _errors(checker, text.format(90))  # (191 of 171: 转办 is the other path, not a later step)


def test_merged_proposals_are_a_status_beside_the_filed_and_the_refused(checker) -> None:  # type: ignore[no-untyped-def]
    text = "共收到提案171件，经审查立案的有163件，占提案总数的95.32%，不立案的6件，并案的{}件。"
    assert not _errors(checker, text.format(2))  # (并案 is no 并 "and" before 案)
    assert _errors(checker, text.format(4))


def test_a_dimension_list_is_of_the_whole_its_parts_or_their_shares_make_up(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "共收到提案171件，经审查立案的有163件，不立案的6件，并案的2件。\n"
        "在立案的提案中，委员提案有144件，团体提案19件，其中：甲会5件，乙会1件，丙委3件。按类别来分，"
        "经济建设方面的提案{}件，占62.58%；文化方面的提案30件，占18.4%；政法方面的提案26件，占15.95%；"
        "其他方面的提案5件，占3.07%。"
    )
    assert not _errors(checker, text.format(102))  # (of the 163 filed a paragraph up, not of the 19)
    found = _errors(checker, text.format(112))
    assert found and all("19件，但" not in m for m in found)  # (the shares still say 163)


def test_requests_carried_into_next_year_follow_the_other_outcomes(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "本年度共受理政府信息公开申请37件，其中，依法予以公开5件，部分公开9件，无法提供14件，不予处理1件，"
        "其他4件，结转至下年度继续办理{}件。"
    )
    assert not _errors(checker, text.format(4))
    assert _errors(checker, text.format(6))
    # the rest (其他) then those not yet done: the list is whole, so it cannot fall short either
    assert _errors(checker, text.format(4).replace("37件", "47件"))


def test_the_upper_grades_alone_are_a_selection_of_those_graded() -> None:
    text = "经评估，100件案件全部合格，整体合格率为100%，其中优秀案件9件，良好案件21件，优良率为30%。"
    [g] = [g for g in extract(text).groups if g.kind == "breakdown"]
    assert g.attrs["complete"] != "yes"  # (the 优良 among the 100, not all of them)


def test_a_list_goes_on_past_a_part_whose_own_parts_a_bracket_closes(checker) -> None:  # type: ignore[no-untyped-def]
    text = "共不起诉67件70人，其中法定不起诉0人，犯罪情节轻微不起诉65人(含刑事和解后不起诉9人)，证据不足不起诉{}人。"
    assert not _errors(checker, text.format(5))
    assert _errors(checker, text.format(9))  # (74 of 70: the 9 after the bracket is a part too)


def test_a_later_step_of_the_same_kind_of_case_a_heading_below_is_bounded_by_it(checker) -> None:  # type: ignore[no-untyped-def]
    text = "1.受理情况\n共受理各类审查逮捕案件71件91人。\n2.审结情况\n上半年，本院共审结各类审查逮捕案件{}件{}人。"
    assert not _errors(checker, text.format(69, 83))
    assert _errors(checker, text.format(79, 83))
    assert _errors(checker, text.format(69, 103))  # (persons beside cases, held alike)
    # a thing named in fewer words (矛盾纠纷) is no one kind of case: not tied across sentences
    text = "各街镇共计摸排矛盾纠纷1239件，成功化解1222件。\n各级调解组织累计化解矛盾纠纷69465件。"
    assert not _errors(checker, text)


def test_a_list_adding_up_before_its_carried_over_part_still_takes_it(checker) -> None:  # type: ignore[no-untyped-def]
    text = "共受理政府信息公开申请37件，其中，予以公开5件，部分公开9件，无法提供{}件，不予处理1件，其他4件，结转至下年度继续办理4件。"
    assert not _errors(checker, text.format(14))
    assert _errors(checker, text.format(18))  # (5+9+18+1+4 = 37 before the 4 carried over: 41 in all)


def test_a_mediation_room_is_a_kind_of_organisation_not_a_step(checker) -> None:  # type: ignore[no-untyped-def]
    text = "各类人民调解组织381个，其中规范化调委会{}个，个人调解工作室4个，行业性专业性调解组织17个。"
    assert not _errors(checker, text.format(342))
    assert _errors(checker, text.format(372))


def test_tickets_handled_at_once_and_passed_on_divide_those_received(checker) -> None:  # type: ignore[no-untyped-def]
    text = "形成有效工单11171件，转派各成员单位{}件，在线办结数6273件。"
    assert not _errors(checker, text.format(4898))
    assert _errors(checker, text.format(5898))  # (more than received)
    assert _errors(checker, text.format(3898))  # (a shortfall: every ticket takes one of the two paths)
    # two steps one after another are no paths of one whole
    assert not _errors(checker, "受理诉求11171件，转派各成员单位4898件，办结4800件。")


def test_the_outcomes_after_shen_li_jie_guo_shi_are_parts_of_the_cases_before(checker) -> None:  # type: ignore[no-untyped-def]
    text = "受理复议案件73件，审理结果是维持{}件，驳回7件，确认违法3件，撤销1件，中止1件，终止13件，放弃申请2件。"
    assert not _errors(checker, text.format(46))
    assert _errors(checker, text.format(56))


def test_a_list_opening_with_zai_step_events_zhong_is_of_the_figure_of_that_step(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "共受理群众诉求4372件，问题主要集中于市容管理、供电供水等方面。\n"
        "在受理群众诉求事件中，咨询类2795件、一般诉求类{}件、求助类两件、投诉举报类136件、意见建议类107件、表扬类9件。"
    )
    assert not _errors(checker, text.format(1323))
    assert _errors(checker, text.format(1623))


def test_a_list_going_on_past_its_other_by_one_kind_that_makes_the_total_takes_it(checker) -> None:  # type: ignore[no-untyped-def]
    text = "涉及医疗卫生的681件，其中：政策法规98件，精神卫生30件，寻医问药9件，其他43件，预约挂号{}件。"
    assert not _errors(checker, text.format(501))  # (98+30+9+43+501 = 681: 其他 was one kind of its own)
    assert _errors(checker, text.format(401))  # (no exact sum: the list ends at 其他, 180 of 681)


def test_shares_in_sentences_of_their_own_of_the_list_total_or_of_nothing_said_are_one_list(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "五年来共征集提案3652件，经审查立案2894件。\n"
        "五年来共征集提案3652件，主要涉及城乡建设、经济建设等方面。"
        "从提案办理的基本情况看，关于城市建设和管理方面的提案{}件，占38.6%。关于经济建设方面的提案529件，"
        "占总数的18.3%。关于科教文卫体事业方面的提案644件，占总数的22.2%。关于社会民生方面的提案605件，占20.9%。"
    )
    assert not _errors(checker, text.format(1116))  # (all four of the 2894 filed, as their shares agree)
    assert _errors(checker, text.format(1316))


def test_a_figure_of_another_step_or_of_a_whole_year_is_no_prior_of_half_a_year(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "2021年，全市行政复议机构通过调解和解办结行政复议案件1706件。\n"
        "2022年1至6月，全市行政复议机构共收到行政复议案件3839件，同比增长19.6%。"
    )
    assert not _errors(checker, text)
    # the same step and the same span of the year before is the prior, a paragraph up
    text = (
        "2021年1至6月，全市行政复议机构共收到行政复议案件{}件。\n"
        "2022年1至6月，全市行政复议机构共收到行政复议案件3839件，同比增长19.6%。"
    )
    assert not _errors(checker, text.format(3210))
    assert _errors(checker, text.format(2210))


def test_a_rate_in_a_bracket_right_after_a_count_is_its_change(checker) -> None:  # type: ignore[no-untyped-def]
    text = "住房和城乡建设局1468件(同比上升{}%)，城市管理局1076件(同比上升63.03%)。"
    assert not _errors(checker, text.format("22.03"))
    assert _errors(checker, text.format("32.03"))  # (no whole count of last year gives it)


def test_filed_and_not_filed_after_a_qizhong_list_of_submitters_still_divide_the_whole(checker) -> None:  # type: ignore[no-untyped-def]
    text = "共收到提案259件，其中委员提案182件，集体提案77件，经审查立案242件，不立案{}件。"
    assert not _errors(checker, text.format(17))
    assert _errors(checker, text.format(27))


def test_calls_answered_are_among_the_calls_that_came_in(checker) -> None:  # type: ignore[no-untyped-def]
    text = "共呼入来电19668个，接通{}个。"
    assert not _errors(checker, text.format(18851))
    assert _errors(checker, text.format(19951))


def test_a_closure_rate_a_sentence_on_is_over_the_caseload_new_and_carried_in(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "案件共793件(新收案件649件，旧存案件144件)，新收案件同比下降16.04%；审结715件，同比下降9.72%；"
        "未结案件78件。结案率为{}%。"
    )
    assert not _errors(checker, text.format("90.16"))
    assert _errors(checker, text.format("80.16"))  # (715 of 793, the 78 not concluded the rest)


def test_a_procuratorates_prosecutions_are_among_the_cases_it_received_for_review(checker) -> None:  # type: ignore[no-untyped-def]
    text = "共受理审查逮捕1439件1935人，批准逮捕1248件1549人；受理审查起诉1702件2160人，起诉{}件1858人。"
    assert not _errors(checker, text.format(1402))
    assert _errors(checker, text.format(1802))


def test_classes_named_in_brackets_before_their_figures_make_a_list_whole(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "目前，627件立案提案已经全部办复。其中，意见建议被采纳和反映问题基本得到解决的(A类){}件；"
        "意见建议得到重视和反映问题已列入计划解决的(B类)46件；留作参考的(C类)24件。"
    )
    assert not _errors(checker, text.format(557))
    assert _errors(checker, text.format(517))  # (A, B and C: every proposal gets one)


def test_a_last_part_of_examples_and_the_others_is_the_rest_of_the_list(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全年共支出经费131.74万元，其中法律援助案件补贴97.55万元，值班补贴{}万元，代书、宣传、培训等其他费用1.41万元。"
    assert not _errors(checker, text.format("32.78"))
    assert _errors(checker, text.format("22.78"))  # (等其他费用 closes the list: it must reach the total)


def test_a_list_after_shou_an_zhong_breaks_down_the_cases_received(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全省法院新收各类刑事案件24064件，比上年下降6.7%；审结24083件。收案中，一审案件{}件；二审案件2395件；再审案件166件。"
    assert not _errors(checker, text.format(21503))
    assert _errors(checker, text.format(23503))


def test_disputes_settled_before_filing_and_those_filed_divide_those_handled(checker) -> None:  # type: ignore[no-untyped-def]
    text = "该院处理劳动人事争议3864件，仲裁案前调解{}件，立案受理2700件。"
    assert not _errors(checker, text.format(1164))
    assert _errors(checker, text.format(1464))
    assert _errors(checker, text.format(864))  # (a shortfall: each dispute takes one of the two paths)


def test_items_done_and_under_way_divide_those_listed(checker) -> None:  # type: ignore[no-untyped-def]
    text = "共有375件(其中重点督办事项74件)，有320件已完成(其中重点督办事项完成68件)，{}件正在有序推进中。"
    assert not _errors(checker, text.format(55))
    assert _errors(checker, text.format(75))
    assert _errors(checker, text.format(35))  # (done or under way: every one of them)


def test_a_ranking_of_names_each_with_its_figure_in_brackets_goes_down(checker) -> None:  # type: ignore[no-untyped-def]
    text = "各县市区中工单办理数排在前五位的是：岳阳县(4383件)、岳阳楼区(4048件)、湘阴县({}件)、汨罗市(2570件)和临湘市(2328件)。"
    assert not _errors(checker, text.format(3532))
    assert _errors(checker, text.format(4532))
    # a tie for the last place lists one more than the top N
    text = "排名前三位的是：甲镇(300件)、乙镇({}件)、丙镇(200件)和丁镇(200件)。"
    assert not _errors(checker, text.format(250))
    assert _errors(checker, text.format(350))


def test_statuses_a_sentence_on_that_names_the_whole_again_divide_it(checker) -> None:  # type: ignore[no-untyped-def]
    text = "共提交提案831件。\n\n根据有关规定，提案委员会对收到的提案进行了认真审查。经审查，立案803件；不予立案{}件。"
    assert not _errors(checker, text.format(28))
    assert _errors(checker, text.format(36))  # (26 ÷ 0.64 = 40.6: no whole prior)
    # a sentence between that does not name the whole's thing leaves the statuses to something else
    text = "共提交提案831件。\n\n委员们围绕中心工作积极建言。经审查，立案803件；不予立案38件。"
    assert not _errors(checker, text)


def test_the_nth_time_of_a_step_names_a_count_and_is_not_one(checker) -> None:  # type: ignore[no-untyped-def]
    text = "共退回补充侦查36件，重报35件。其中一次退回补充侦查{}件，一次重报28件。"
    assert [f.mention.text for f in extract(text.format(30)).facts] == ["36件", "35件", "30件", "28件"]
    assert not _errors(checker, text.format(30))
    assert _errors(checker, text.format(40))  # (the first returns are among all returns; so are the 28)
    assert _errors(checker, text.format(30).replace("28件", "38件"))


def test_a_daily_average_of_a_step_is_no_count_of_it(checker) -> None:  # type: ignore[no-untyped-def]
    text = "12345市民服务热线共受理2720件(其中承办单2299件，重新办理单421件)，日均受理7.5件，办结{}件。"
    assert not _errors(checker, text.format(2680))  # (not 2680 concluded of 7.5 received)
    assert _errors(checker, text.format(2780))


def test_figures_paired_by_fen_bie_with_wholes_listed_before_are_no_breakdown_of_the_last(checker) -> None:  # type: ignore[no-untyped-def]
    text = "审计工作报告中要求立行立改的1786个、分阶段整改的817个问题中，分别有1691个、513个已完成整改。"
    assert not any(g.kind == "breakdown" for g in extract(text).groups)
    assert not _errors(checker, text)  # (1691 of the 1786 and 513 of the 817, not 2204 of 817)
    # one whole before: the figures after 中 are its parts
    assert _errors(checker, "分阶段整改的817个问题中，已完成整改513个，正在整改404个。")


def test_a_prior_in_brackets_after_bi_qu_nian_tong_qi_is_the_changes_prior(checker) -> None:  # type: ignore[no-untyped-def]
    text = "查处不正当竞争案件2起，比去年同期(29起)下降{}%；查处商标侵权案件10起，比去年同期(2起)上升400%。"
    assert not _errors(checker, text.format("93.1"))
    assert _errors(checker, text.format("73.1"))


def test_a_count_moved_from_one_figure_to_another_has_that_growth_rate(checker) -> None:  # type: ignore[no-untyped-def]
    text = "16个州(市)由上年的816件上升到1087件，增长{}%。"
    assert not _errors(checker, text.format("33.21"))
    assert _errors(checker, text.format("43.21"))


def test_a_rate_counts_its_step_done_to_the_thing_an_earlier_count_names(checker) -> None:  # type: ignore[no-untyped-def]
    text = "共受理群众诉求4371件，办结群众合理诉求4368件，办结率{}%。"
    assert not _errors(checker, text.format("99.93"))
    assert _errors(checker, text.format("89.93"))


def test_visits_in_groups_are_items_of_a_letters_and_visits_total(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全县信访总量为300件次861人次。其中：接待群众来访261批次822人次；办理网上信访{}件次；办理语音来访1件次；办理视频接访12件次。"
    assert not _errors(checker, text.format(26))
    assert _errors(checker, text.format(36))  # (261 + 36 + 1 + 12 of 300: the 批次 of 来访 count too)


def test_a_rate_then_an_amount_of_the_same_change_must_agree(checker) -> None:  # type: ignore[no-untyped-def]
    text = "执行案件2018件，同比下降{}%，同比减少111件。"
    assert not _errors(checker, text.format("5.21"))
    assert _errors(checker, text.format("7.21"))  # (111 less than last year's 2129 is 5.2%)


def test_shares_listed_without_counts_down_to_the_rest_add_up_to_100(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "咨询类占{}%，投诉举报类占33.26%，求助类占19.52%，意见建议类占2.17%，表扬类占0.33%，其他类占3.22%。"
    )
    assert not _errors(checker, text.format("41.50"))
    assert _errors(checker, text.format("51.50"))
    # not closed by the rest: a selection, which may fall short
    assert not _errors(checker, "咨询类占31.50%，投诉举报类占33.26%，求助类占19.52%。")


def test_all_concluded_makes_the_closure_rate_100(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全县共受理行政复议案件9起，已全部审结，结案率达到{}%。"
    assert not _errors(checker, text.format(100))
    assert _errors(checker, text.format(80))  # (审结 is what 结案率 counts)


def test_a_closure_rate_is_over_new_and_carried_in_cases_stated_across_a_semicolon(checker) -> None:  # type: ignore[no-untyped-def]
    text = "1-2月份，共受理行政案件44件，同比下降18.52%；其中旧存21件，同比上升90.91%；新收23件，同比下降46.51%；结案10件，结案率{}%。"
    assert not _errors(checker, text.format("22.73"))  # (10 of 21 + 23, not of the 23 new)
    assert _errors(checker, text.format("32.73"))


def test_disputes_still_being_mediated_are_no_intake(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "共发生矛盾纠纷38件，其中纠纷14件，一般纠纷24件。已成功调解37件，正在调处中的纠纷1件，调解成功率{}%。"
    )
    assert not _errors(checker, text.format("97.4"))  # (not 37 succeeded of 1 received)
    assert _errors(checker, text.format("87.4"))


def test_a_mediation_success_rate_may_be_over_those_concluded_stated_right_after(checker) -> None:  # type: ignore[no-untyped-def]
    text = "共接收投诉250件，受理183件；调解成功92件，同比降低81.07%，调解成功率{}%；办结241件，按期办结率74.69%。"
    assert not [
        m for m in _errors(checker, text.format("38.17")) if "HC009" in m
    ]  # (92 of the 241 concluded)
    assert [m for m in _errors(checker, text.format("48.17")) if "HC009" in m]


def test_mediated_and_still_being_mediated_a_sentence_on_divide_the_disputes(checker) -> None:  # type: ignore[no-untyped-def]
    text = "彰加镇共发生矛盾纠纷38件，其中纠纷14件，一般纠纷24件。已成功调解37件，正在调处中的纠纷{}件。"
    assert not _errors(checker, text.format(1))
    assert _errors(checker, text.format(5))  # (past the whole's own 其中 list, the statuses divide it)


def test_each_kind_restated_with_its_step_is_among_that_kind_found(checker) -> None:  # type: ignore[no-untyped-def]
    text = "共发现事故隐患2365条，火灾隐患683条，重大安全隐患35条。其中，事故隐患已整改2312条，火灾隐患已整改{}条，重大隐患已整改32条。"
    assert not _errors(checker, text.format(669))
    assert _errors(checker, text.format(869))


def test_a_bare_concluding_step_after_a_qizhong_list_concludes_its_total(checker) -> None:  # type: ignore[no-untyped-def]
    text = "网格事件17457件，其中网格员上报17146件，12345热线转化为事件215件，政协云事件43件，市长信箱41件，我的永州APP 12件，办结{}件。"
    assert not _errors(checker, text.format(17443))
    assert _errors(checker, text.format(19943))  # (of the 17457, not of the 12 listed last)


def test_the_two_paths_opening_the_next_sentence_divide_the_count_before(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "本周共受理热线工单506件，比上周增长20.48%。交办相关责任单位{}件，县热线办直办11件；按期回复506件。"
    )
    assert not _errors(checker, text.format(495))
    assert _errors(checker, text.format(465))
    assert _errors(checker, text.format(515))


def test_proposals_filed_are_among_those_solicited(checker) -> None:  # type: ignore[no-untyped-def]
    text = "五年来，市政协共征集提案3652件，经审查立案{}件。"
    assert not _errors(checker, text.format(2894))
    assert _errors(checker, text.format(4394))  # (征集 is the intake: 立案 after it)


def test_a_list_ends_at_a_semicolon_before_a_figure_twice_its_total(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "共提出监督意见1.1万件，其中提出抗诉3288件，提出再审检察建议{}件，抗诉改变率90.3%；"
        "对民事审判活动违法行为提出检察建议4.1万件；对民事执行活动违法行为提出检察建议5万件。"
    )
    assert not _errors(checker, text.format(7162))  # (the 4.1万 and 5万 are other work, not parts of 1.1万)
    assert _errors(checker, text.format(9162))


def test_a_qizhong_after_a_part_breaks_that_part_down(checker) -> None:  # type: ignore[no-untyped-def]
    text = "试点期间各试点地区提起的{}件公益诉讼案件中，法院审结773件，其中一审770件，二审3件。"
    assert not _errors(checker, text.format(1150))  # (770 and 3 are of the 773, not more parts of 1150)
    assert _errors(checker, text.format(750))  # (the 773 concluded is still of the cases brought)


def test_kinds_listed_side_by_side_are_no_subsets_of_each_other(checker) -> None:  # type: ignore[no-untyped-def]
    text = "向法院起诉的40件案件中，民事公益诉讼4件，行政公益诉讼10件，刑事附带民事公益诉讼{}件。"
    assert not _errors(checker, text.format(26))  # (刑事附带民事公益诉讼 is a kind of its own)
    assert _errors(checker, text.format(36))


def test_a_court_closure_rate_below_concluded_over_received_with_no_carry_over_stated_is_a_note(
    checker,
) -> None:  # type: ignore[no-untyped-def]
    text = "全年全市法院受理行政诉讼案件4364件，审结4477件，结案率为{}%。"
    assert not _errors(checker, text.format("96.0"))  # (4477 of 4364 plus the old cases the text leaves out)
    assert _errors(checker, text.format("99.0").replace("4477", "4177"))  # (above 4177 ÷ 4364 = 95.7%)


def test_a_total_of_calls_breaks_down_into_items_in_the_general_counter(checker) -> None:  # type: ignore[no-untyped-def]
    text = "市长公开电话共接听420次。其中：政策咨询260件，投诉举报70件，求助15件，其他{}件。"
    assert not _errors(checker, text.format(75))
    assert _errors(checker, text.format(105))  # (the list closed by 其他 counts every call)


def test_two_questions_rated_of_the_same_forms_overlap(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "共回访提案者{}件，其中对办理态度满意或基本满意的310件，对办理结果满意或基本满意的298件，"
        "办理态度满意率和办理结果满意率分别为99.7%和95.8%。"
    )
    assert not _errors(checker, text.format(311))  # (310 and 298 answer two questions: no partition)
    assert _errors(checker, text.format(361))  # (310 of 361 is no 99.7%)


def test_a_rating_split_by_a_hard_line_break_is_still_its_own_rating(checker) -> None:  # type: ignore[no-untyped-def]
    text = "共收回征询表800份。其中，代表表示满意620份；基本\n\n满意的150份；不满意的{}份。"
    assert not _errors(checker, text.format(30))
    assert _errors(checker, text.format(60))  # (满意, 基本满意, 不满意 divide the forms)


def test_tickets_handled_by_the_hotline_itself_or_dispatched_divide_those_received(checker) -> None:  # type: ignore[no-untyped-def]
    text = "本月共受理群众来电{}件，自行处理1530件，派单412件。"
    assert not _errors(checker, text.format(1942))
    assert _errors(checker, text.format(2242))  # (自行处理 is handled where it came in, like 直接办理)


def test_disputes_mediated_with_and_without_success_divide_those_mediated(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全年调解矛盾纠纷1260件，调解成功1228件，调解不成功{}件。"
    assert not _errors(checker, text.format(32))
    assert _errors(checker, text.format(12))


def test_a_count_of_all_after_a_list_is_no_later_step_of_its_last_part(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全年共受理群众来信520件，其中直接答复{}件，转办118件，总办结371件。"
    assert not _errors(checker, text.format(402))  # (the 371 are of all 520, not of the last part's 118)
    assert _errors(checker, text.format(452))  # (the list is still read: 452 + 118 > 520)


def test_xietiao_chuli_is_no_mediation_step(checker) -> None:  # type: ignore[no-untyped-def]
    text = "共受理投诉案件300件，其中案外协调处理90件，结案{}件。"
    assert not _errors(checker, text.format(260))  # (协调处理 is no 调处, so 结案 is not of the 90)
    assert _errors(checker, text.format(360))


def test_what_was_done_of_what_was_due_is_nested_in_it(checker) -> None:  # type: ignore[no-untyped-def]
    text = "审计查出应缴未缴财政资金{}万元，其中应上交财政3200万元，已上交2900万元。"
    assert not _errors(checker, text.format(3500))  # (the 2900 handed in are of the 3200 due, no sibling)
    assert _errors(checker, text.format(3000))  # (3200 due is still a part of the whole)


def test_parts_many_times_the_nearest_figure_are_of_one_further_back_that_holds_them(checker) -> None:  # type: ignore[no-untyped-def]
    text = "审计查出违规金额{}亿元，管理不规范金额4516万元；其中应上交财政3.2亿元，应归还原渠道3.1亿元。"
    assert not _errors(checker, text.format("8.75"))  # (the 6.3亿 is of the 8.75亿, not of the 4516万)
    assert _errors(checker, text.format("5.75"))  # (held by neither: still an error)


def test_people_of_a_rank_among_those_a_case_count_involves_may_be_fewer(checker) -> None:  # type: ignore[no-untyped-def]
    text = "共立案查办职务犯罪大案{}件，涉及{}人。"
    assert not _errors(checker, text.format(96, "县处级以上干部14"))  # (the cadres of that rank only)
    assert _errors(checker, text.format(96, "犯罪嫌疑人14"))  # (all the people: at least one a case)


def test_bodies_under_others_in_brackets_are_the_parts_from_xia_xia_on(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全市人民法庭由2008年的47个（当时全市有9个基层法院，下辖{}个人民法庭，2个直属法庭）调整为30个。"
    assert not _errors(checker, text.format(45))  # (the 9 are courts, not 法庭: 45 + 2 = 47)
    assert _errors(checker, text.format(55))


def test_bodies_of_another_kind_named_after_their_figure_are_no_part_of_a_set(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全市12个基层法院中，有{}个法院实有27个人民法庭。"
    assert not _errors(checker, text.format(9))  # (27 法庭 are no part of the 12 法院)
    assert _errors(checker, text.format(19))  # (19 法院 of 12 法院)
    # (statuses after their figure are still parts of the set)
    assert _errors(checker, "审计发现的120个问题中，85个已整改到位，45个正在整改。")


def test_done_and_not_done_or_remaining_divide_what_was_dispatched(checker) -> None:  # type: ignore[no-untyped-def]
    text = "本月共派遣城管案件860件，实际完成{}件，未完成42件。"
    assert not _errors(checker, text.format(818))
    assert _errors(checker, text.format(788))
    text = "共受理热线案件60件，办理完成{}件，剩余13件。"
    assert not _errors(checker, text.format(47))
    assert _errors(checker, text.format(40))


def test_online_and_offline_divide_the_requests(checker) -> None:  # type: ignore[no-untyped-def]
    text = "专席共受理群众诉求{}件，其中线上直接回复51件，线下核实办理6件。"
    assert not _errors(checker, text.format(57))
    assert _errors(checker, text.format(67))


def test_the_city_level_and_its_districts_divide_the_citys_total(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全市共收到行政复议申请{}件，其中市本级收到146件，区县收到402件。"
    assert not _errors(checker, text.format(548))
    assert _errors(checker, text.format(598))


def test_two_paths_after_qizhong_divide_the_whole_as_without_it(checker) -> None:  # type: ignore[no-untyped-def]
    text = "共受理群众来电{}件，其中直接办结215件，转派84件。"
    assert not _errors(checker, text.format(299))
    assert _errors(checker, text.format(329))  # (a shortfall: each call takes one of the two paths)


def test_settled_on_the_spot_or_filed_divide_those_accepted(checker) -> None:  # type: ignore[no-untyped-def]
    text = "属于受理范围的{}件，其中当场协调解决96件，立案71件。"
    assert not _errors(checker, text.format(167))
    assert _errors(checker, text.format(197))


def test_a_tables_columns_no_name_explains_are_learnt_from_its_rows(checker) -> None:  # type: ignore[no-untyped-def]
    # a ratio past 100% (上报 over 任务), a difference (上报 less 上月上报) and a growth (the difference over
    # 上月上报), each holding in every row: the table's own arithmetic, whatever its columns are called
    table = (
        "各县区采集员上报案件情况：\n"
        "单位 | 任务 | 上报 | 进度 | 上月上报 | 增减 | 幅度 |\n"
        "甲区 | 2600 | 2675 | 102.88% | 2696 | -21 | -0.78% |\n"
        "乙区 | 1400 | 1468 | 104.86% | 1457 | 11 | 0.75% |\n"
        "丙区 | 2100 | 2217 | 105.57% | 2204 | 13 | 0.59% |\n"
        "丁区 | 1200 | 1256 | 104.67% | 1269 | -13 | -1.02% |\n"
    )
    assert not _errors(checker, table)
    assert _errors(checker, table.replace("102.88%", "106.88%"))  # the ratio of one row
    assert _errors(checker, table.replace("| 13 |", "| 23 |"))  # a difference
    assert _errors(checker, table.replace("0.75%", "0.95%"))  # a growth


def test_a_tables_unnamed_share_column_is_learnt_beside_its_total_row(checker) -> None:  # type: ignore[no-untyped-def]
    table = (
        "各类投诉情况：\n类别 | 数量 | 所占 | 上月 |\n市容环境 | 1420 | 9.74% | 1655 |\n宣传广告 | 3620 | {} | 3564 |\n"
        "施工管理 | 2300 | 15.78% | 2310 |\n街面秩序 | 7240 | 49.66% | 7000 |\n合计 | 14580 | 100% | 14529 |\n"
    )
    assert not _errors(checker, table.format("24.83%"))  # each row's 数量 over the total row's
    assert _errors(checker, table.format("27.83%"))


def test_a_budget_tables_sections_sum_their_numbered_items_and_a_total_row_the_sections(checker) -> None:  # type: ignore[no-untyped-def]
    table = (
        "单位:万元\n项目 | 2016年预算数 | 上年完成数 |\n一、共享收入 | 10700 | 9600 |\n1、增值税 | 2300 | 2000 |\n"
        "2、营业税 | 8400 | 7600 |\n二、区级固定收入 | 2000 | 1800 |\n1、耕地占用税 | 1300 | 1200 |\n2、罚没收入 | {} | 600 |\n"
        "区级财政收入合计 | 12700 | 11400 |\n"
    )
    assert not _errors(checker, table.format(700))
    assert _errors(checker, table.format(900))  # 1300 + 900 ≠ 2000


def test_a_tables_total_column_is_learnt_as_the_sum_of_the_run_beside_it(checker) -> None:  # type: ignore[no-untyped-def]
    # (合计 = 已办结 + 正在办理 + 未办理 row by row, with another count column, 上月, beside them: no whole-row identity)
    table = (
        "各单位办理情况：\n单位 | 合计 | 已办结 | 正在办理 | 未办理 | 上月 | 满意率 |\n甲区 | 120 | 100 | 15 | 5 | 98 | 95% |\n"
        "乙区 | 80 | 70 | {} | 4 | 75 | 96% |\n丙区 | 64 | 50 | 10 | 4 | 66 | 94% |\n丁区 | 45 | 40 | 3 | 2 | 41 | 97% |\n"
    )
    assert not _errors(checker, table.format(6))
    assert _errors(checker, table.format(16))


def test_a_table_laid_out_across_has_its_rows_arithmetic_learnt_down_its_columns(checker) -> None:  # type: ignore[no-untyped-def]
    table = (
        "近五年收结案情况：\n项目 | 2019年 | 2020年 | 2021年 | 2022年 | 2023年 |\n收案 | 1200 | 1350 | 1420 | 1510 | 1600 |\n"
        "结案 | 1150 | 1300 | 1400 | 1480 | 1560 |\n结案率 | 95.83% | 96.30% | {} | 98.01% | 97.50% |\n"
    )
    assert not _errors(checker, table.format("98.59%"))  # 1400 ÷ 1420
    assert _errors(checker, table.format("96.59%"))


def test_a_column_learnt_twice_over_fails_in_no_row(checker) -> None:  # type: ignore[no-untyped-def]
    # 总件数 = 处理中 + 已办结 row by row: read as the total's breakdown (a difference never below 0), once
    table = (
        "承办单位 | 总件数 | 处理中 | 已办结 |\n"
        "甲区 | 212 | 4 | 208 |\n乙区 | 127 | 1 | 126 |\n丙区 | 114 | 1 | 113 |\n丁区 | 90 | 2 | {} |\n"
    )
    assert not _errors(checker, table.format(88))
    assert _errors(checker, table.format(98))
    # scores a hundredth apart are no difference of two columns (10.00 − 5.00 is 5.00, not 4.99 cut off)
    scores = (
        "县区 | 扣分项 | 工单抽检得分 | 数据及时得分 | 接口稳定性得分 |\n"
        "东海县 | 10.00 | 10.00 | 4.98 | 5.00 |\n灌云县 | 10.00 | 10.00 | 4.99 | 5.00 |\n"
        "灌南县 | 10.00 | 10.00 | 5.00 | 5.00 |\n赣榆区 | 10.00 | 10.00 | 4.99 | 5.00 |\n"
    )
    assert not _errors(checker, scores)


def test_a_tables_change_rate_after_its_amount_is_of_the_two_columns_before_them(checker) -> None:  # type: ignore[no-untyped-def]
    table = (
        "财政收入完成情况表 单位:万元\n预算科目 | 年度预算 | 本期 | 同期 | 增减额 | 增减率% |\n"
        "一般公共预算收入 | 139,615 | 105,222 | 109,149 | -3,927 | {} |\n"
        "税收收入 | 106,337 | 73,514 | 89,279 | -15,765 | -17.7 |\n"
    )
    assert not _errors(checker, table.format("-3.6"))  # (105222 − 109149) ÷ 109149, not −3927 ÷ 139615
    assert _errors(checker, table.format("-5.6"))


def test_a_tables_change_column_after_two_months_columns(checker) -> None:  # type: ignore[no-untyped-def]
    text = "来源 | 5月受理数(件) | 6月受理数(件) | 增/减幅(%) |\n热线转办 | 400 | 450 | {} |\n"
    assert not _errors(checker, text.format("12.50%"))  # (6月 is this month: (450 − 400) ÷ 400)
    assert _errors(checker, text.format("22.50%"))
    text = "类别 | 6月(件) | 5月(件) | 增/减(件) |\n市容环境 | 1320 | 1500 | {} |\n"
    assert not _errors(checker, text.format(-180))  # (the difference, 6月 less 5月)
    assert _errors(checker, text.format(-120))


def test_a_total_row_spaced_out_is_still_the_total_row(checker) -> None:  # type: ignore[no-untyped-def]
    text = "来源 | 受理数(件) |\n热线转办 | 400 |\n公众举报 | 60 |\n合 计 | {} |\n"
    assert not _errors(checker, text.format(460))
    assert _errors(checker, text.format(490))


def test_a_closure_rate_named_banjie_counts_cases_closed_named_jiean(checker) -> None:  # type: ignore[no-untyped-def]
    text = "本月平台共受理案件5210宗，结案5180宗，办结率{}%。"
    assert not _errors(checker, text.format("99.42"))
    assert _errors(checker, text.format("89.42"))


def test_calls_counted_in_tong_are_counts(checker) -> None:  # type: ignore[no-untyped-def]
    text = "热线话务量52030通，接通量49870通，接通率{}%。"
    assert not _errors(checker, text.format("95.85"))
    assert _errors(checker, text.format("85.85"))
    assert not _errors(checker, "全年共有25通过初审，其中12件已立项。")  # (通过 is no unit)


def test_a_tables_rate_column_counts_the_column_its_name_is_counted_as(checker) -> None:  # type: ignore[no-untyped-def]
    text = "部门 | 派遣数 | 完成数 | 未完成数 | 结案率 |\n一支队 | 210 | 189 | 21 | {} |\n二支队 | 150 | 147 | 3 | 98% |\n"
    assert not _errors(checker, text.format("90%"))  # (结案率 over 派遣数: the 完成数, not the 未完成数)
    assert _errors(checker, text.format("80%"))


def test_an_amount_and_rate_against_the_last_term_or_naming_their_step(checker) -> None:  # type: ignore[no-untyped-def]
    text = "本届共提出代表建议2500件，比上届增加了500件，增幅达到{}%。"
    assert not _errors(checker, text.format(25))  # (500 over the 2000 of the last term)
    assert _errors(checker, text.format(35))
    text = "本月共转派工单1200件，较上月办件增加{}件，环比上升20%。"
    assert not _errors(checker, text.format(200))
    assert _errors(checker, text.format(300))


def test_a_rate_each_for_the_cases_and_the_persons_must_each_come_from_a_whole_prior(checker) -> None:  # type: ignore[no-untyped-def]
    text = "批准逮捕各类刑事犯罪案件21件26人，同比分别下降{}%、35%。"
    assert not _errors(checker, text.format(30))  # (21 of 30, 26 of 40)
    assert _errors(checker, text.format(33))  # (21 ÷ 0.67 = 31.3: no whole prior)
    text = "共起诉各类犯罪21件26人，同比件数下降30%、人数下降{}%。"
    assert not _errors(checker, text.format("35.00"))
    assert _errors(checker, text.format("36.00"))  # (26 ÷ 0.64 = 40.6: no whole prior)


def test_shares_of_one_named_whole_not_closed_by_the_rest_add_up_to_at_most_100(checker) -> None:  # type: ignore[no-untyped-def]
    text = "反映问题类，占比{}%；咨询建议类，占比15.29%；无效电话，占比3.76%。"
    assert not _errors(checker, text.format("70.62"))
    assert _errors(checker, text.format("90.62"))  # (109.67% in all)
    # (占受理数 and 占结案数: two wholes; groups of people overlap)
    assert not _errors(checker, "私营企业占受理数的60%，劳动者胜诉占结案数的55%。")
    assert not _errors(checker, "受援人中妇女占45%，老年人占38%，农民工占30%。")


def test_a_keyed_list_opening_the_next_paragraph_divides_the_whole_again(checker) -> None:  # type: ignore[no-untyped-def]
    text = "书记信箱共收到来信82件，其中书记信箱30件，区长信箱52件。\n其中按信访目的分类：揭发控告5件、求决{}件、申诉7件、意见建议20件。"
    assert not _errors(checker, text.format(50))
    assert _errors(checker, text.format(60))  # (92 of 82)
    assert _errors(checker, text.format(40))  # (a purpose for every letter: 72 falls short)


def test_a_wide_table_wrapped_onto_a_second_header_is_one_table(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "单位名称 | 警告 | 罚款 | 没收违法所得 |\n某区林业局 | 2 | {} | 1 |\n"
        "责令停产停业 | 其他行政处罚 | 合计(宗) | 罚没金额(万元) | |\n0 | 4 | 27 | 88.5 |\n"
    )
    assert not _errors(checker, text.format(20))  # (2 + 20 + 1 + 0 + 4 = 27 across the wrap)
    assert _errors(checker, text.format(30))


def test_two_shares_fen_bie_of_one_whole_both_parts_name_must_share_a_base(checker) -> None:  # type: ignore[no-untyped-def]
    text = "审结刑事一审案件45.6万件，刑事二审案件7.2万件，分别占刑事案件总数的65.71%、{}%。"
    assert not _errors(checker, text.format("10.37"))  # (both of about 69.4万)
    assert _errors(checker, text.format("13.37"))
    assert not _errors(checker, "建议、提案为629件次和483件次，分别占总数的94.9%和97%。")  # (each of its own)


def test_parts_each_opening_with_she_ji_are_siblings(checker) -> None:  # type: ignore[no-untyped-def]
    text = "提出提案{}件，其中涉及宏观调控的提案120件，涉及“三农”提案150件，涉及城镇化提案90件。"
    assert not _errors(checker, text.format(360))  # (not 150 涉及 inside the 120)
    assert _errors(checker, text.format(330))


def test_shares_naming_one_whole_apart_agree_on_a_count_the_text_states(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "12月共受理各类城市管理案件1130件，其中立案880件，应结案862件，结案805件，结案率93.39%，按期结案700件，"
        "按期结案率81.21%。\n1、城管监督员巡查上报1080件，占总案件的95.58%；\n2、微信公众号有效举报50件，占总案件的"
        "4.42%。\n（一）案件分类\n受理的各类数字化城市管理案件中，事件类有效立案数共858件，占总案件量的97.5%，其中"
        "应结案数为840件，结案数为790件，结案率为94.05%；部件类有效立案数为22件，占总案件量的{}%，其中应结案数为"
        "22件，结案数为15件，结案率为68.18%。"
    )
    assert not _errors(checker, text.format("2.5"))  # (both of the 880 filed, not of the 840 due)
    assert _errors(checker, text.format("7.5"))


def test_what_was_due_and_done_after_an_intake_are_no_siblings_of_it(checker) -> None:  # type: ignore[no-untyped-def]
    text = "本月共受理案件1054件，其中立案{}件，应结案972件，结案911件。"
    assert not _errors(checker, text.format(996))  # (972 due of the 996 filed, 911 done of the 972)
    assert _errors(checker, text.format(1096))  # (more filed than received)


def test_a_share_of_the_intake_is_of_a_count_whose_words_end_with_its_step_and_kinds(checker) -> None:  # type: ignore[no-untyped-def]
    text = "本月，某市投诉举报中心受理咨询、投诉、举报共2140件。\n1、咨询1391件，占受理总量{}%；\n2、投诉535件，占受理总量25%；"
    assert not _errors(checker, text.format(65))
    assert _errors(checker, text.format(75))


def test_a_sum_that_says_how_many_figures_it_adds_up(checker) -> None:  # type: ignore[no-untyped-def]
    text = "收到热线转办投诉1830件，平台受理投诉962件，两项合计共受理投诉{}件。"
    assert not _errors(checker, text.format(2792))
    assert _errors(checker, text.format(2892))


def test_a_table_a_cell_a_line_with_months_as_row_labels(checker) -> None:  # type: ignore[no-untyped-def]
    text = "项目 月度 |\n热线 |\n平台 |\n件数小计 |\n1月 |\n2479 |\n692 |\n3171 |\n2月 |\n1906 |\n494 |\n{} |\n总计 |\n4385 |\n1186 |\n5571 |\n"
    assert not _errors(checker, text.format(2400))
    assert _errors(checker, text.format(2800))


def test_letters_and_visits_counted_in_jian_and_qi_are_parts_of_one_list(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全年接待处理群众来访信访1500件，其中来信620件，来访{}起。"
    assert not _errors(checker, text.format(880))
    assert _errors(checker, text.format(980))  # (1600 of 1500: 件 and 起 count cases alike)


def test_an_amount_and_rate_in_jian_ci_and_jian(checker) -> None:  # type: ignore[no-untyped-def]
    text = "共受理群众来信来访884件次，较2009年同期减少116件，下降{}%。"
    assert not _errors(checker, text.format("11.6"))  # (116 of 1000)
    assert _errors(checker, text.format("16.6"))


def test_an_amount_and_rate_after_the_figures_measure_said_again(checker) -> None:  # type: ignore[no-untyped-def]
    text = "今年共受理信访举报461件，受理量与去年同期相比增加245件，同比增长{}%。"
    assert not _errors(checker, text.format("113.4"))  # (245 over last year's 216)
    assert _errors(checker, text.format("123.8"))
    # (a noun of another measure: the change is of that measure, not of the 461)
    assert not roles(
        "今年共受理信访举报461件，办结量与去年同期相比增加245件，同比增长123.8%。", "growth_both"
    )


def test_tickets_taken_in_are_at_most_the_calls_received(checker) -> None:  # type: ignore[no-untyped-def]
    text = "上周共接到市民来电412个，实际受理市民投诉{}件。"
    assert not _errors(checker, text.format(350))
    assert _errors(checker, text.format(450))


def test_a_rate_named_chachu_counts_cases_concluded_named_chajie(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全年共立案林业行政案件1620起，查结1520起，查处率{}%。"
    assert not _errors(checker, text.format("93.83"))
    assert _errors(checker, text.format("83.83"))


def test_segments_after_a_qizhong_list_that_say_they_are_whole_divide_its_total(checker) -> None:  # type: ignore[no-untyped-def]
    text = "共调处矛盾纠纷62件。其中重大案件5件，一般案件57件；婚姻家庭纠纷20件，其他纠纷42件；调解成功58件，不成功{}件，调解成功率93.5%。"
    assert not _errors(checker, text.format(4))
    assert _errors(checker, text.format(9))  # (58 + 9 of 62 mediated)
    # (a segment the text does not say is whole, 重点建议…重点提案…, is no dimension of the total)
    assert not _errors(
        checker,
        "主办的建议、提案共有20件，其中：人大代表建议8件，政协委员提案12件；重点建议1件，重点提案1件。",
    )


def test_rates_of_the_grades_of_one_rating_add_up_to_at_most_100(checker) -> None:  # type: ignore[no-untyped-def]
    text = "代表对办理结果的满意率为86.5%，基本满意率为{}%。"
    assert not _errors(checker, text.format("13.5"))
    assert _errors(checker, text.format("23.5"))


def test_a_rate_and_its_negation_over_one_base_add_up_to_100(checker) -> None:  # type: ignore[no-untyped-def]
    text = "审结审查逮捕案件210件，批准逮捕168件，逮捕率为{}%；不捕42件，不捕率为20%。"
    assert not _errors(checker, text.format(80))
    assert _errors(checker, text.format(70))
    assert not _errors(
        checker, "群众满意率90%，不满意率5%，基本满意率5%。"
    )  # (grades of a scale, no negation)


def test_an_average_rate_is_still_the_rate(checker) -> None:  # type: ignore[no-untyped-def]
    text = "审定金额52.60亿元，净核减5.40亿元，平均核减率{}%。"
    assert not _errors(checker, text.format("9.31"))  # (5.40 ÷ (52.60 + 5.40))
    assert _errors(checker, text.format("12.31"))


def test_new_applications_received_are_the_base_of_the_acceptance_rate(checker) -> None:  # type: ignore[no-untyped-def]
    text = "新收行政复议申请4210件，比上年增加610件；涉及申请人2980人。受理行政复议案件3520件，受理率为{}%。"
    assert not _errors(checker, text.format("83.61"))
    assert _errors(checker, text.format("73.61"))


def test_an_amount_and_rate_named_by_their_step_after_a_comparison(checker) -> None:  # type: ignore[no-untyped-def]
    text = "共受理各类案件1320件，结案1100件，结案率83.33%。与上年同比，受案增加120件，上升{}%，结案增加100件，上升10%。"
    assert not _errors(checker, text.format(10))  # (120 over the 1200 of last year)
    assert _errors(checker, text.format(15))


def test_amounts_and_rates_named_by_their_measure_after_a_comparison(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "2006年，全国共发生道路交通事故378781起，造成89455人死亡、431139人受伤，直接财产损失14.9亿元。"
        "与2005年相比，事故起数减少71473起，下降{}%；死亡人数减少9283人，下降{}%；直接财产损失减少3.9亿元，下降20.7%。"
    )
    assert not _errors(checker, text.format("15.9", "9.4"))  # (71473 of 450254; 9283 of 98738)
    assert _errors(checker, text.format("25.9", "9.4"))
    assert _errors(checker, text.format("15.9", "19.4"))  # (the 人 of 死亡, not of 受伤)
    # (a step named by a noun of three characters: 收案数, 结案数)
    text = (
        "共受理各类案件1320件，结案1100件。与上年相比，收案数增加120件，上升{}%，结案数增加100件，上升10%。"
    )
    assert not _errors(checker, text.format(10))
    assert _errors(checker, text.format(15))


def test_a_comparison_opening_a_clause_names_the_changes_after_it(checker) -> None:  # type: ignore[no-untyped-def]
    # (after a ；, of the figures before it in its paragraph)
    text = "其中，发生一次死亡10人以上特大交通事故21起，造成323人死亡；与去年同期相比，事故起数减少11起，下降{}%。"
    assert not _errors(checker, text.format("34.4"))  # (11 of 32)
    assert _errors(checker, text.format("44.4"))
    # (after a ，, 和 for 与, a holiday's period named between, no comma before the rate)
    text = "春节期间，全市共发生道路交通事故6起，死亡2人，直接财产损失9300元，和去年春节同期相比事故起数减少9起下降{}%。"
    assert not _errors(checker, text.format(60))  # (9 of 15)
    assert _errors(checker, text.format(40))
    # (a bare 同比 names no measure: the count of no figure before)
    assert not roles("受理案件120件，结案100件，同比增加20件，上升25%。", "growth_both")[1:]


def test_the_amount_a_step_moved_by_is_no_count_of_the_step(checker) -> None:  # type: ignore[no-untyped-def]
    text = "共受理各类案件1320件，结案1100件。与上年相比，收案数增加{}件，结案数增加100件。"
    assert not _errors(checker, text.format(20))  # (more concluded than last year, by more than received)
    assert not roles(text.format(20), "step")[1:]  # (the one step: 1320 → 1100)
    assert _errors(checker, "共受理各类案件1320件，结案1500件，结案率113.6%。")


def test_an_average_is_the_total_over_the_count_within_its_last_digit(checker) -> None:  # type: ignore[no-untyped-def]
    text = "作出行政处罚决定书9.6万份，罚没款数额总计8.35亿元，案件平均罚款金额{}万元。"
    assert not _errors(checker, text.format("0.87"))  # (8.35亿 ÷ 9.6万 = 0.8698万)
    assert _errors(checker, text.format("1.17"))
    # (an average of counts is no whole number: 22.68 is shown as 23)
    assert not _errors(checker, "处理集体劳动争议7200件，涉及劳动者16.33万人，案均涉及23人。")


def test_what_was_done_or_answered_of_what_was_proposed_or_sent_is_at_most_that(checker) -> None:  # type: ignore[no-untyped-def]
    assert not _errors(checker, "书面提出纠正64件，已纠正60件。")
    assert _errors(checker, "书面提出纠正64件，已纠正80件。")
    assert _errors(checker, "发送行政案件司法建议31件，反馈数40件。")
    assert not _errors(
        checker, "共提出书面纠正944件次，已纠正951件(含积存)。"
    )  # (of more than this period's)


def test_cases_filed_are_at_most_the_leads_found(checker) -> None:  # type: ignore[no-untyped-def]
    text = "发现公益诉讼案件线索5210件，立案{}件。"
    assert not _errors(checker, text.format(3180))
    assert _errors(checker, text.format(6180))


def test_averages_listed_each_of_their_own_have_no_total(checker) -> None:  # type: ignore[no-untyped-def]
    assert not _errors(checker, "三级政府对应的专职复议人员平均数分别为3人、2.75人和1.14人。")


def test_a_qizhong_clause_without_figures_ends_before_the_next_segment(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "省、市、县三级网民留言量分别为51864条、50262条、35451条，其中省级层面网民留言最多；"
        "回复量分别为34380条、39681条、29512条。"
    )
    assert not _errors(checker, text)  # (the replies are no parts of the 35451)


def test_a_vague_figure_is_no_part_of_a_list(checker) -> None:  # type: ignore[no-untyped-def]
    assert not _errors(
        checker,
        "在已处理的520件中，经初步审查，立案476件，立案率达91.54%，数百件提案中，城建类所占比例最高。",
    )


def test_a_share_of_the_places_listed_above_is_of_their_sum(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "立案受理逾万件的省份有：广东6.12万件，江苏5.08万件，山东2.60万件，四川1.09万件；"
        "上述四省、市受理案件占全国案件总数的{}%。"
    )
    assert not _errors(checker, text.format("49.6"))  # (14.89万 of an unstated whole)


def test_done_some_words_after_yi_and_not_done_divide_the_whole(checker) -> None:  # type: ignore[no-untyped-def]
    text = "共收到网民有效留言2480条，已完成回复2390条，未回复{}条。"
    assert not _errors(checker, text.format(90))
    assert _errors(checker, text.format(190))


def test_this_months_intake_and_last_months_carry_over_divide_the_requests(checker) -> None:  # type: ignore[no-untyped-def]
    text = "共受理各类诉求51200件，其中，当月受理{}件，上月结转2300件。"
    assert not _errors(checker, text.format(48900))
    assert _errors(checker, text.format(44900))


def test_a_share_of_those_reviewed_is_no_share_of_those_prosecuted(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "共决定起诉110620人，决定不起诉17306人，不起诉率为13.5%。已办理的审查起诉案件中，适用认罪认罚从宽制度审结"
        "106328人，占同期审查起诉案件审结人数的83%。"
    )
    assert not _errors(checker, text)  # (审查起诉 names the review, not the 110620 prosecuted)


def test_outcomes_after_an_intake_and_its_carry_over_divide_the_two_together(checker) -> None:  # type: ignore[no-untyped-def]
    text = "共收到信息公开申请12件，上年度结转2件；予以公开{}件，无法提供5件，结转下年继续办理1件。"
    assert not _errors(checker, text.format(8))  # (12 + 2 = 8 + 5 + 1)
    assert _errors(checker, text.format(10))


def test_names_listed_after_a_count_are_as_many_as_it(checker) -> None:  # type: ignore[no-untyped-def]
    text = "其中超过3万人的省(市)有{}个(分别是广东、北京、江苏、上海、山东、浙江、四川、河南)。"
    assert not _errors(checker, text.format(8))
    assert _errors(checker, text.format(9))
    # (和, 及 inside a name: 市民来电及热点分析 is one of four)
    assert not _errors(
        checker, "报告分为四个部分，依次为总体情况、市民来电及热点分析、诉求办理情况、考核排名情况。"
    )


def test_an_amount_and_rate_after_the_share_of_a_plan(checker) -> None:  # type: ignore[no-untyped-def]
    text = "一般公共预算收入220,000万元，完成年初预算250,000万元的88%，比上年增加了20,000万元，增幅{}%。"
    assert not _errors(checker, text.format(10))  # (20,000 over last year's 200,000)
    assert _errors(checker, text.format(15))


def test_a_figure_moved_to_another_past_a_comma_or_a_few_words(checker) -> None:  # type: ignore[no-untyped-def]
    text = "行政诉讼案件从2018年的3200件，下降至2022年的{}件。"
    assert not _errors(checker, text.format(2400))
    assert _errors(checker, text.format(3600))
    assert _errors(checker, "首月值班律师1300人，上升至现时每月值班律师1200人。")
    assert not _errors(checker, "首月值班律师800人，上升至现时每月值班律师逾1200人。")


def test_a_month_alone_is_of_the_year_the_other_column_names(checker) -> None:  # type: ignore[no-untyped-def]
    text = "单位 | 7月完成数 | 2024年6月完成数 | 增/减 |\n蓬江区 | 2675 | 2696 | {} |\n"
    assert not _errors(checker, text.format(-21))  # (7月 is this month, of 2024 too)
    assert _errors(checker, text.format(21))


def test_a_verb_and_its_head_around_a_noun_alias_name_the_figure_by_the_verb(checker) -> None:  # type: ignore[no-untyped-def]
    text = "共受理各类行政诉讼案件9620件（含旧存1020件），共审结各类行政诉讼案件8514件，结收比{}%。"
    assert not _errors(checker, text.format("99.00"))  # (审结 8514 over the 8600 new)
    assert _errors(checker, text.format("92.00"))


def test_a_count_itemised_in_its_own_parenthesis_is_itemised_whole(checker) -> None:  # type: ignore[no-untyped-def]
    text = "本月共受理市民诉求2310件（市民热线{}件、网络平台300件、领导信箱60件），同比增长6%。"
    assert not _errors(checker, text.format(1950))
    assert _errors(checker, text.format(1850))  # (1850 + 300 + 60 = 2210: 100 short)
    text = "全县共建成调解组织286个（村级调委会230个、企业调委会26个、专业调委会{}个），实现全覆盖。"
    assert not _errors(checker, text.format(30))
    assert _errors(checker, text.format(20))
    # a selection says so (主要…, …等): no shortfall
    assert not _errors(
        checker, "本月共受理市民诉求2310件（主要为市民热线1850件、网络平台300件），同比增长6%。"
    )
    assert not _errors(checker, "本月共受理市民诉求2310件（市民热线1850件、网络平台300件等），同比增长6%。")


def test_a_bulleted_line_is_an_item_of_its_own(checker) -> None:  # type: ignore[no-untyped-def]
    text = "一、自觉接受监督\n●办理人大代表提出的230件书面建议\n●纠正侵犯律师执业权利2355件\n●{}"
    assert not _errors(checker, text.format("举行检察听证25.8万件次"))  # (no step from one item to the next)
    assert _errors(checker, text.format("受理控告申诉230件，办结2355件"))  # (within an item: still steps)


def test_the_levels_of_a_court_are_no_numerator(checker) -> None:  # type: ignore[no-untyped-def]
    text = "两级法院调解结案{}件，调解率为34.34%。"
    assert not _errors(checker, text.format(205))  # (205 of 597 concluded, unstated; not 两级 of any base)
    assert _errors(checker, text.format(2))  # (no whole number of cases gives 2 ÷ it = 34.34%)


def test_a_list_splitting_what_a_rate_counts_is_no_base_of_the_rate(checker) -> None:  # type: ignore[no-untyped-def]
    # the 205 mediated are split by court; each court's rate is over its own concluded cases, not stated
    text = "两级法院调解结案205件。其中基层法院调解结案197件，调解率为35.95%，中院调解8件，调解率为16.33%。"
    assert not _errors(checker, text)
    # a list of what was concluded is still the base of the rate of one way of concluding
    assert _errors(checker, "全年审结案件100件，其中调解结案70件，调解率为50%。")


def test_a_base_that_fits_is_the_reading_before_a_nearer_base_with_a_carry_over(checker) -> None:  # type: ignore[no-untyped-def]
    from .helpers import run_text

    text = "受理二审案件53件（旧存2件，新收51件），审结49件，结案率{}。"
    assert not run_text(checker, text.format("92.45%")).findings  # (49 ÷ 53, not 49 ÷ 51 with a note)
    assert _errors(checker, text.format("82.45%"))


def test_a_closure_rate_over_the_intake_passes_100_when_the_carried_cases_are_concluded(checker) -> None:  # type: ignore[no-untyped-def]
    text = "五年来共受理执行案件4677起；{}共执结案件4743起；同期案件执结率达101.41%。"
    assert not _errors(checker, text.format("连同存案"))  # (4743 ÷ 4677: the backlog shrank)
    assert _errors(checker, text.format(""))  # (nothing says the concluded include cases carried in)


def test_the_change_of_an_average_is_no_total_it_averages(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全院78名法官，{}人均结案421件，同比增加76件。"
    assert not _errors(checker, text.format(""))  # (76 is the change of the average, not a total)
    assert _errors(checker, text.format("共结案42825件，"))  # (42825 ÷ 78 ≈ 549)


def test_a_difference_from_an_average_is_no_average(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "全市生产经营性事故死亡93人，比上年下降20.5%；较大事故起数得到控制，发生较大事故3起，"
        "比“十二五”年平均起数减少{}起；全年发生较大事故3起。"
    )
    assert not roles(text.format("0.6"), "average") and not _errors(checker, text.format("0.6"))
    # (an average itself is still read: 42825 cases over 78 judges is no 121 each)
    assert roles("全院78名法官，共结案42825件，人均结案549件。", "average")
    assert _errors(checker, "全院78名法官，共结案42825件，人均结案121件。")


def test_averages_and_maxima_in_a_table_add_up_to_no_total(checker) -> None:  # type: ignore[no-untyped-def]
    table = (
        "| 类别 | 话务量(通) | 平均等待时长(秒) | 最大通话时长(秒) | 全年总计 |\n"
        "| --- | --- | --- | --- | --- |\n"
        "| 接听 | 962151 | 12 | 4751 | 150 |\n"
    )
    assert not _errors(checker, table)
    counts = "| 类别 | 来电 | 来信 | 全年总计 |\n| --- | --- | --- | --- |\n| 受理 | 120 | 30 | {} |\n"
    assert not _errors(checker, counts.format(150))
    assert _errors(checker, counts.format(180))


def test_a_total_after_an_amount_per_unit_is_a_product_not_a_sum(checker) -> None:  # type: ignore[no-untyped-def]
    text = "返还更新费15000元，经调查，采伐杉木1500立方米，按规定{}收取更新费10元，共计15000元。"
    assert not _errors(checker, text.format("每立方米"))  # (1500 × 10, not 15000 + 10)
    assert _errors(checker, text.format("另"))  # (an amount and another, summed: 15000 + 10 is no 15000)


def test_a_prior_named_by_a_month_or_half_year_and_its_own_words(checker) -> None:  # type: ignore[no-untyped-def]
    for text, ok, bad in (
        ("服判息诉率为90.69%，较2022年7月（90.04%）上升{}个百分点。", "0.65", "1.65"),
        ("平均接通率为98.78%，比今年上半年平均接通率98.12%高出{}个百分点。", "0.66", "1.66"),
        ("一般公共预算收入实际完成15.39亿元，比上年决算数14.94亿元增长{}%。", "3.0", "8.0"),
        ("全流程用时为266.66天，较2022年7月（252.74天）增长{}天。", "13.92", "18.92"),
        ("一审平均立案时间为0.26天，较2022年7月（0.28天）缩短{}天。", "0.02", "0.12"),
        ("全年共受理来信256件，较去年同期237件次，上升{}%。", "8.0", "7.4"),  # (件 and 件次 count alike)
        # (较之 the period, and the prior rate named as the growth it was)
        ("受理纠纷12494633件，同比增长4.77%，较之2023年同期17.35%的增幅，下降{}个百分点。", "12.58", "17.58"),
        ("万人起诉率同比增长4.76%，较之2023年同期17.35%的增幅下降{}个百分点。", "12.59", "17.59"),
    ):
        assert not _errors(checker, text.format(ok)), text
        assert _errors(checker, text.format(bad)), text


def test_a_change_of_points_is_shown_at_the_figures_precision(checker) -> None:  # type: ignore[no-untyped-def]
    [msg] = _errors(checker, "简易程序适用率为95.8%，较上年的95.97%下降1.17个百分点。")
    assert "变化0.17个百分点" in msg


def test_a_procuratorates_decisions_divide_what_it_concluded(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全年审结审查逮捕案件40件54人，批准逮捕34件36人，不批准逮捕{}件18人。"
    assert not _errors(checker, text.format(6))
    assert _errors(checker, text.format(9))  # (34 + 9 = 43 decisions on 40 cases)
    text = "审结审查起诉案件170件，提起公诉{}件，不起诉45件，附条件不起诉1件。"
    assert not _errors(checker, text.format(124))
    assert _errors(checker, text.format(104))  # (20 short: each concluded case was decided one way)
    # of what was received, some may be under review still
    assert not _errors(checker, "受理审查逮捕案件50件，批准逮捕34件，不批准逮捕6件。")


def test_no_alias_inside_a_decoy_names_a_figure(checker) -> None:  # type: ignore[no-untyped-def]
    from hecha.extract import extract

    facts = extract("审结审查逮捕案件210件，批准逮捕168件。").facts
    assert [f.metric for f in facts] == [None, "procuratorate.arrests"]  # (审查逮捕 is a review, not 逮捕)


def test_qizhong_restating_a_set_and_a_second_key_start_no_list_of_the_figure_before(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "受理二审行政案件4019件（新收3373件，旧存646件）。其中，新收的7347件一审行政案件中，按案涉行政领域划分，"
        "居前3位的是：劳动和社会保障案件2098件、城乡建设案件1672件、资源管理案件{}件；按案涉行政行为类型划分，居前3位"
        "的是：行政确认案件1637件、行政强制案件618件、信息公开案件575件。"
    )
    assert not _errors(checker, text.format(1349))  # (7347 is no part of 3373; the two keys are two lists)
    assert _errors(checker, text.format(4349))  # (2098 + 1672 + 4349 = 8119: more than the 7347)


def test_a_range_that_bounds_a_class_is_no_total(checker) -> None:  # type: ignore[no-untyped-def]
    text = "大部分公证处的公证员都在5名以内，其中2个公证处仅有2名公证员，而超过5名公证员的机构仅4个。"
    assert not _errors(checker, text)
    assert _errors(checker, "全市共有公证员5名，其中2个公证处有2名公证员，另一公证处有4名公证员。")


def test_a_rate_named_by_two_kinds_joined_counts_both(checker) -> None:  # type: ignore[no-untyped-def]
    text = "173件委员提案被采纳、44件委员提案被部分采纳，采纳和部分采纳率达{}。"
    assert not _errors(checker, text.format("88.9%"))  # (217 of some 244: not 44 over any whole number)
    assert not _errors(checker, "收到提案244件，" + text.format("88.9%"))
    assert _errors(checker, "收到提案244件，" + text.format("78.9%"))


def test_the_years_of_a_stated_span_divide_its_total(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "2019年至2021年，全市法院共受理劳动争议案件3000件。其中，2019年收案900件、结案850件，2020年收案{}件、"
        "结案980件，2021年收案1100件、结案1050件。"
    )
    assert not _errors(checker, text.format(1000))
    assert _errors(checker, text.format(800))  # (900 + 800 + 1100 = 2800: the years fall short)
    # years that are not the whole span are a selection
    assert not _errors(checker, text.replace("2019年至2021年", "2018年至2021年").format(800))


def test_parallel_segments_after_qizhong_split_each_measure_before_it(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "当年预算批复指标71.48亿元，已用指标62.09亿元，预算结余9.39亿元。其中：县直各部门批复指标39.41亿元，"
        "已用指标33.79亿元，预算结余{}亿元；各乡镇批复指标32.07亿元，已用指标28.30亿元，预算结余3.77亿元。"
    )
    assert not _errors(checker, text.format("5.62"))
    assert _errors(checker, text.format("7.62"))  # (39.41 ≠ 33.79 + 7.62, and 7.62 + 3.77 ≠ 9.39)
    # each measure's parts, across the segments, make its whole when another measure adds up exactly
    text = (
        "当年预算批复指标71.48亿元，已用指标62.09亿元。其中：县直各部门批复指标39.41亿元，已用指标33.79亿元；"
        "各乡镇批复指标32.07亿元，已用指标{}亿元。"
    )
    assert not _errors(checker, text.format("28.30"))
    assert _errors(checker, text.format("24.30"))  # (33.79 + 24.30 = 58.09, while 39.41 + 32.07 = 71.48)


def test_cases_concluded_abbreviated_yijie_are_concluded(checker) -> None:  # type: ignore[no-untyped-def]
    text = "共受理各类诉讼案件158571件（旧存12087件，新收146484件），已结126927件，未结{}件。"
    assert not _errors(checker, text.format(31644))
    [msg] = _errors(checker, text.format(36644))  # (126927 + 36644 > 158571)
    # two sums against each other: named as such, not as a total and its parts
    assert "之和158571少于已结126927件与未结36644件之和163571" in msg


def test_each_segments_figure_of_another_step_is_a_part_of_that_steps_figure(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "全院共受理案件37943件，同比上升22%；结案32825件，结案标的额115亿元。其中受理刑事案件1501件，审结1441件；"
        "受理民商事案件24912件，审结{}件；受理行政案件422件，审结362件；受理执行案件11108件，执结9778件。"
    )
    assert not _errors(checker, text.format(21244))
    assert _errors(checker, text.format(24244))  # (审结 and 执结 are the 结案 of the sentence before)
    assert _errors(checker, text.format(18244))  # (the 受理 add up exactly: so must the 结案)


def test_a_short_line_set_apart_by_a_blank_line_is_a_title(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "热线一周受理园林绿化相关事项674件\n\n作者：王飞\n\n本周，12345市民服务热线共办理为民服务事项41.91万件，"
        "其中受理群众来电、市长信箱、短信{}万件，较上周增长2.2%。"
    )
    assert not _errors(checker, text.format("25.95"))  # (the 674 of the title is no whole of the 25.95万)
    assert _errors(checker, text.format("45.95"))  # (more than the 41.91万 handled)


def test_an_all_claim_of_a_listed_part_is_of_that_part_only(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "◆7-9月，全区受理工单3848件，应办理工单3798件，已办理3798件，办结率100%。按期办结3794件，按期办结率99.89%，"
        "超期办结4件，超期办结率0.11%；返工单6件，返工率0.16%。其中，紧急工单受理35件，全部第一时间处理办结{}。"
    )
    assert not _errors(checker, text.format(""))  # (not the 超期办结4件 of the whole before)
    assert _errors(checker, text.format("，办结33件"))


def test_a_list_opening_its_sentence_with_an_intake_is_of_the_intake_further_back(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "全区受理工单2848件，已办理2798件。按期办结2794件，返工单6件，返工率0.21%。其中，紧急工单受理{}件。"
    )
    assert not _errors(checker, text.format(35))  # (of the 2848 received, not the 6 reworked)
    assert _errors(checker, text.format(3035))


def test_a_new_list_after_a_semicolon_is_another_dimension_and_a_change_after_a_list_is_of_its_whole(
    checker,
) -> None:  # type: ignore[no-untyped-def]
    text = (
        "热线共受理市民诉求1655件，其中大冶市573件，阳新县278件；包括咨询1127件、求助257件、投诉248件、建议17件、"
        "举报5件、表扬1件，较去年同期下降56.76%。"
    )
    assert not _errors(checker, text)  # (573 + 278 and the kinds: two dimensions; the change is of the 1655)
    assert _errors(checker, text.replace("阳新县278件", "阳新县1278件"))
    assert _errors(checker, "共受理表扬1件，较去年同期下降56.76%。")  # (no whole prior gives it)


def test_a_step_before_the_list_is_no_change_and_a_bracketed_figure_no_part(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "共受理各类案件1803件，结案894件。与上年同比，受案增加167件，结案增加34件。其中：受理刑事案件68件，结案38件；"
        "受理民商事案件925件，结案{}件（调解结案211件，撤诉97件）；受理行政诉讼案件38件，结案10件；受理执行案件770件，"
        "结案406件。"
    )
    assert not _errors(
        checker, text.format(440)
    )  # (the 结案 are of 894, not of 结案增加34件; 211 is of the 440)
    assert _errors(checker, text.format(740))  # (38 + 740 + 10 + 406 = 1194 > 894)


def test_a_change_in_a_parenthesis_is_no_part_of_the_figure_before_it(checker) -> None:  # type: ignore[no-untyped-def]
    text = "群众到区群体访42宗933人次（其中，群体重访17宗{}人次，同比减少16宗200人次），同比减少23宗166人次。"
    assert not _errors(checker, text.format(302))  # (302 of the 933; the 200 is a change)
    assert _errors(checker, text.format(1302))


def test_a_years_figure_named_in_other_words_is_the_prior_of_the_next_year(checker) -> None:  # type: ignore[no-untyped-def]
    text = "2017年新收劳动人事争议案件28089件；2018年收案35806件，同比上升{}%；2019年截至9月17日收案25716件，同比下降5.2%。"
    assert not _errors(checker, text.format("27.47"))  # (and a part of 2019 is no year after 2018)
    assert _errors(checker, text.format("37.47"))


def test_batches_and_persons_each_with_a_rate_against_the_month_before(checker) -> None:  # type: ignore[no-untyped-def]
    text = "群众到市走访110批1731人次，与上月相比批次、人次分别上升{}%、45.34%。"
    assert not _errors(checker, text.format("52.78"))
    [msg] = _errors(checker, text.format("62.78"))  # (no whole number of last month's batches gives it)
    assert "环比" in msg and "上月" in msg


def test_what_was_concluded_and_is_pending_divide_the_caseload(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全国法院共受理案件1458.6万件，结案888.7万件，结案率60.9%，未结案件{}万件。"
    assert not _errors(checker, text.format("569.9"))
    assert _errors(checker, text.format("669.9"))
    assert _errors(checker, text.format("469.9"))
    # not new cases only, and not a period's balance (its opening balance unstated)
    assert not _errors(checker, "新收案件1458.6万件，结案888.7万件，未结案件669.9万件。")
    assert not _errors(checker, "一季度共受理审查起诉案件280件，审结170件，期末未结131件。")


def test_a_rate_abbreviating_two_kinds_counts_both(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "法庭共审结案件2787件。其中，以维持原审裁判方式结案1667件，以撤诉方式结案539件，以调解方式结案158件，"
        "调撤率为{}%，以发回重审或改判方式结案405件，发改率为{}%。"
    )
    assert not _errors(checker, text.format(25, 15))  # (697 ÷ 2787; 405 ÷ 2787)
    assert _errors(checker, text.format(35, 15))
    assert _errors(checker, text.format(25, 25))


def test_a_rates_verb_after_a_short_subject_names_its_numerator(checker) -> None:  # type: ignore[no-untyped-def]
    text = "提出确定刑量刑建议4093人，法院采纳确定刑量刑建议4056人，采纳率{}%。"
    assert not _errors(checker, text.format("99.10"))
    [msg] = _errors(checker, text.format("89.10"))
    assert "= 99.10%" in msg  # (at the rate's own precision)


def test_a_list_total_of_no_stated_scope_is_the_base_of_a_share_of_the_reports_scope(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全年共办理各类法律援助案件7900件，其中涉及农民工群体的法律援助案件{}件，占全省法律援助总案件量的27.7%。"
    assert not _errors(checker, text.format(2188))
    assert _errors(checker, text.format(2688))
    # a total of another scope is not it
    assert not _errors(checker, "全市共受理案件9428件，其中区政府受理2688件，占区政府受案总数的27.7%。")


def test_a_count_opening_with_the_rates_word_in_other_words_is_its_numerator(checker) -> None:  # type: ignore[no-untyped-def]
    text = "共调处各类矛盾纠纷2596件，矛盾纠纷调解率达到了100%。成功化解各类矛盾纠纷{}件，调解成功率达到98%。"
    assert not _errors(checker, text.format(2544))
    assert _errors(checker, text.format(2344))  # (成功化解 is what 调解成功率 counts)


def test_a_sentence_listing_kinds_after_a_colon_lists_kinds_of_the_count_before(checker) -> None:  # type: ignore[no-untyped-def]
    text = "三季度共受理工单2848件。投诉类工单：{}件；咨询类：482件；求助类：1210件；建议、表扬类：14件；举报类：6件。"
    assert not _errors(checker, text.format(1136))
    assert _errors(checker, text.format(1436))  # (3148 kinds of 2848 tickets)


def test_a_segment_with_a_list_of_its_own_is_no_dimension_and_no_step_of_the_list_before(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "全市交通窗口办件数量为30751件，其中行政许可16634件、其他权利事项{}件；市本级办件数量为9651件，"
        "其中行政许可9310件、其他权利事项341件。"
    )
    assert not _errors(checker, text.format(14117))  # (the 市本级 list is of its 9651, not of the 30751)
    assert _errors(checker, text.format(15117))  # (the first list is still whole)
    text = (
        "共向法院提出抗诉89件，法院审结29件，其中改判10件，发回重审15件；开展民事审判和行政诉讼监督，依法提出抗诉614件，"
        "法院再审审结298件，其中改判161件，撤销原判发回重审10件，调解{}件。"
    )
    assert not _errors(checker, text.format(64))  # (the 614 is no part of the 89)
    assert _errors(checker, text.format(164))


def test_a_share_of_a_whole_an_earlier_part_names_is_of_that_part(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "在838件代表建议中，有792件代表建议内容公开，占代表建议总数的94.5%；有434件代表建议办理结果公开，"
        "占代表建议内容公开总数的{}%。"
    )
    assert not _errors(checker, text.format("54.8"))  # (434 of the 792, not a sibling of it in the 838)
    assert _errors(checker, text.format("64.8"))


def test_a_request_for_information_is_no_review_application(checker) -> None:  # type: ignore[no-untyped-def]
    text = "我办共主动公开政府信息19条，受理政府信息公开申请6件，答复6件，收到针对我办政府信息公开的行政复议{}件。"
    assert not _errors(checker, text.format(3))  # (the 6 requests are no 受理 of 行政复议)
    assert _errors(checker, "共收到行政复议申请3件，受理6件。")


def test_the_rest_after_a_ranking_is_no_rank(checker) -> None:  # type: ignore[no-untyped-def]
    text = "排名前五的类别为：网络交易监管2664件；服务消费监管1028件；投诉举报处理818件；食品监管{}件；其他1213件等。"
    assert not _errors(checker, text.format(479))  # (其他 makes the five but ranks nowhere)
    assert _errors(checker, text.format(979))


def test_a_negated_header_names_no_step_and_what_was_received_bounds_what_was_concluded(checker) -> None:  # type: ignore[no-untyped-def]
    table = (
        "单位 | 接收量 | 受理量 | 不受理量 | 办结量 | 办结率 |\n| --- | --- | --- | --- | --- | --- |\n"
        "12315热线晋中市局 | 64 | 39 | 25 | 58 | {} |\n"
    )
    assert not _errors(checker, table.format("90.63%"))  # (58 ÷ 64: 不受理量 is no 受理)
    assert _errors(checker, table.format("80.63%"))
    text = "12315热线接收投诉508件，其中不予受理232件，受理269件，办结{}件，办结率为86.02%。"
    assert not _errors(checker, text.format(437))  # (of the 508 received, not of the 269 accepted)
    assert _errors(checker, text.format(537))


def test_a_rate_in_a_segment_of_its_own_subject_is_not_of_the_count_before(checker) -> None:  # type: ignore[no-untyped-def]
    text = "举报47件，占比4.89%，已办结40件，办结率为{}；咨询783件，占比81.39%，办结率为100%。"
    assert not _errors(checker, text.format("85.11%"))  # (the 100% is of the 咨询)
    assert _errors(checker, text.format("95.11%"))


def test_a_list_of_shares_goes_on_past_its_last_share(checker) -> None:  # type: ignore[no-untyped-def]
    text = "劳资争议终结案件25337件，处理方式以调解25056件，占98.9%最高，协调269件，占1.1%，仲裁{}件。"
    assert not _errors(checker, text.format(12))
    assert _errors(checker, text.format(112))


def test_a_figure_after_a_list_of_branches_is_of_the_whole_for_the_metric_rules_too(checker) -> None:  # type: ignore[no-untyped-def]
    text = "5月份接收消费者投诉信息508件，其中：承办单位初查不受理232件、尚在初查中7件、正式受理269件，目前已办结{}件。"
    assert not _errors(checker, text.format(437))  # (an info note at most: the 437 is of the 508)
    assert _errors(checker, "共受理复议申请269件，审结437件。")  # (no list: the order still holds)


def test_a_qizhong_after_its_own_segments_figure_is_of_it_though_parts_parallel_the_list_before(
    checker,
) -> None:  # type: ignore[no-untyped-def]
    text = (
        "全市交通窗口办件数量为30751件，其中行政许可16634件、其他权利事项14117件；市本级办件数量为{}件，"
        "其中行政许可9310件、其他权利事项341件。"
    )
    assert not _errors(checker, text.format(9651))
    [msg] = _errors(checker, text.format(11651))
    assert msg.startswith("HC002 市本级办件数量11651件")  # (of the 11651, not of the 16634 before)


def test_a_status_a_few_words_after_a_figure_opening_its_clause(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全区共处理政府信息公开申请件1717件（包含上年结转76件），1646件已按规定在法定期限内予以答复，{}件结转下年答复。"
    assert not _errors(checker, text.format(71))
    assert _errors(checker, text.format(91))


def test_an_amount_and_rate_of_a_change_joined_by_huo(checker) -> None:  # type: ignore[no-untyped-def]
    text = "2016年劳动争议案件计25587件，较2015年增加2383件或{}%。"
    assert not _errors(checker, text.format("10.3"))
    assert _errors(checker, text.format("15.3"))


def test_an_extreme_share_shown_to_a_decimal_is_rounded(checker) -> None:  # type: ignore[no-untyped-def]
    text = "共受理案件25337件，其中仲裁{}件，占0.0%。"
    assert not _errors(checker, text.format(12))  # (0.047% shows as 0.0%)
    assert _errors(checker, text.format(120))  # (0.47% shows as 0.5%)


def test_the_rate_of_one_way_of_concluding_is_no_closure_rate(checker) -> None:  # type: ignore[no-untyped-def]
    text = "共新收行政案件8件，结案2件，其中1件由承办法官通过行政协调后原告撤诉结案，协调结案率达到{}%。"
    assert not _errors(checker, text.format(50))  # (1 of the 2 concluded, not 2 of the 8 received)
    assert _errors(checker, "共新收行政案件8件，结案2件，结案率为50%。")


def test_a_share_after_a_list_is_of_the_lists_sum(checker) -> None:  # type: ignore[no-untyped-def]
    text = "市本级审结的163件案件中，现场勘查73件、公开听证21件、当面调查询问17件，专家参与集体讨论8件，占比{}%。"
    assert not _errors(checker, text.format("73.01"))  # (the 119 of the 163, not the 8 alone)
    assert _errors(checker, text.format("83.01"))


def test_a_list_of_its_own_segments_figure_restates_no_parts_of_the_list_before(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "已经解决或基本解决的(A类)共6件，其中人大建议3件，政协提案3件；已列入计划正在解决的(B类)共11件，"
        "其中人大建议3件，政协提案{}件。"
    )
    assert not _errors(checker, text.format(8))  # (B类's 8 are no part of A类's 3)
    assert _errors(checker, text.format(18))  # (3 + 18 > 11)


def test_a_vague_part_makes_no_sum_a_share_is_of(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "在调解的1580多万件纠纷中，调解疑难复杂纠纷近600万件，占调解纠纷总数的37.9%；调解公民与法人之间的纠纷"
        "277.3万件，占调解纠纷总数的{}%。"
    )
    assert not _errors(checker, text.format("17.5"))
    assert _errors(checker, text.format("27.5"))  # (not a share of 近600万 + 277.3万, which fits too much)


def test_a_count_of_levels_qualifies_the_part_it_names(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全市调解委员会共有1554个，其中乡镇、村两级人民调解委员会1282个，行业性专业人民调解委员会{}个。"
    assert not _errors(checker, text.format(272))  # (the 两级 is no part of the list)
    assert _errors(checker, text.format(352))  # (1282 + 352 > 1554)


def test_statuses_divide_the_intake_and_the_carry_over_a_part_includes(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全区共收到政府信息公开申请454件，答复{}件（含上年结转8件），结转下年办理4件。"
    assert not _errors(checker, text.format(458))  # (454 + 8 = 458 + 4)
    assert _errors(checker, text.format(478))


def test_a_segment_opening_with_another_field_is_no_part_of_the_list_nor_over_its_total(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "办结35件，其中复议纠错1件，纠错率2.86%，调解6件，调撤率17.14%；行政诉讼{}，败诉2件，败诉率11.11%。"
    )
    assert not _errors(checker, text.format("发案量13件"))  # (the 败诉率 is of the suits, not of the 35 复议)
    assert not _errors(checker, text.format("审结18件"))
    assert _errors(checker, text.format("审结13件"))  # (2 ÷ 13 = 15.38%)


def test_filed_to_be_handled_is_the_intake(checker) -> None:  # type: ignore[no-untyped-def]
    text = "2018年，该仲裁院立案处理564件，结案516件，结案率92%，其中调解256件，调解率{}。"
    # (the 结案率 is warned of on its own: 516 ÷ 564 = 91.49%, 92% only when rounded twice)
    assert not [
        e for e in _errors(checker, text.format("45%")) if "调解率" in e
    ]  # (256 ÷ 564: over the 立案)
    assert [e for e in _errors(checker, text.format("60%")) if "调解率" in e]


def test_a_courts_main_kinds_of_case_are_parts_not_all(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "全国法院受理各类审判执行案件851万件。审判执行案件中，受理刑事案件41.2万件；受理民商事案件504.8万件；"
        "受理行政案件17.9万件；受理执行案件{}万件。"
    )
    assert not _errors(checker, text.format(265.7))  # (21.4万 of other kinds: 国家赔偿, 司法救助…)
    assert _errors(checker, text.format(365.7))  # (the 执行案件 are one of the kinds, not beside the whole)


def test_what_a_court_tried_in_the_year_is_no_new_intake(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全年共审理案件94314件，审结80524件，结案率{}，案件结收比98.35%。"
    assert not _errors(
        checker, text.format("85.38%")
    )  # (结收比 is over the 新收, unstated; 审理 holds the 旧存)
    assert _errors(checker, text.format("75.38%"))


def test_a_carry_over_stated_before_lets_each_kind_conclude_more_than_it_took_in(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "全院新收各类案件3396件，旧存845件，共计4241件。结案3569件。其中船舶建造合同纠纷立案51件，结案{}件。"
    )
    assert not _errors(checker, text.format(72))  # (some of the 845 carried in were of this kind)
    assert _errors(checker, text.format(172))  # (more than twice the intake)


def test_a_list_of_likely_kinds_covering_under_two_thirds_is_a_selection(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "新收民事二审实体案件{}件中，发明和实用新型专利侵权案件1583件，较2021年增长14.5%；技术秘密侵权案件73件，"
        "较2021年增长2.8%；植物新品种侵权案件134件，较2021年增长112.7%。"
    )
    assert not _errors(checker, text.format(2956))  # (1790 of 2956: the 侵权 cases among them, not all)
    assert _errors(checker, text.format(1990))  # (1790 of 1990: all but a few, so all, one figure wrong)


def test_a_timeliness_rate_is_over_what_was_due_in_any_word_of_the_step(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全年共受理诉求30000件，应结案数29186件，结案数25783件，结案率88.34%；按时办结数24165件，按时办结率{}。"
    assert not _errors(checker, text.format("82.8%"))  # (24165 ÷ 29186: 应结案 is what was due for 办结 too)
    assert _errors(checker, text.format("92.8%"))


def test_paths_opening_the_next_sentence_divide_the_whole_of_the_parts_before(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "共受理各类诉求83218件，其中，当月受理78589件，上月结转4629件。"
        "市12345在线通过查询知识库、三方通话等方式直接办理41489件，交办服务工单{}件。"
    )
    assert not _errors(checker, text.format(41729))  # (41489 + 41729 = 83218, not of the 4629)
    assert _errors(checker, text.format(47729))


def test_a_bracket_saying_besides_holds_no_part(checker) -> None:  # type: ignore[no-untyped-def]
    text = "一季度共扑救火灾1.4万起（{}2.2万起火灾因已被群众扑救完毕等原因未出动扑救），抢险救援10.3万起。"
    assert not _errors(checker, text.format("另有"))  # (the 2.2万 are besides the 1.4万, not among them)
    assert _errors(checker, text.format("其中"))


def test_in_those_named_dangzhong_opens_a_list_of_the_figure_before(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "2025年，民治街道累计公开信息8775条（2025年新增388条），在已公开信息当中公告、新闻动态类信息累计{}条"
        "（2025年新增163条），发布各类重点工作和专题信息累计1919条（2025年新增126条），其他信息累计1425条（2025年新增99条）。"
    )
    assert not _errors(checker, text.format(5431))
    assert _errors(checker, text.format(5434))  # (5434 + 1919 + 1425 = 8778, over 8775: as published)


def test_items_published_count_alike_in_tiao_and_pian(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "全年发布信息306条。其中，政府工作报告1篇，区政府常务会议信息公开稿17条，英文新闻、双语视频{}条，"
        "通知公告等信息12条，区级提案建议办理情况报告3篇。"
    )
    assert not _errors(checker, text.format(273))
    assert _errors(checker, text.format(373))  # (406 items over 306, whether counted as 条 or 篇)


def test_a_rate_after_a_years_count_is_over_the_year_befores_count(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "2022年全省法院新收一审商事案件17.06万件，2023年新收20.30万件，同比上升{}，2024年新收22.61万件，"
        "同比上升11.37%，2025年1月至7月新收17.47万件，同比上升32.52%。"
    )
    assert not _errors(
        checker, text.format("19.02%")
    )  # (nor 17.47万 of seven months against 2024's whole year)
    assert _errors(checker, text.format("29.02%"))  # (20.30 ÷ 17.06 − 1 = 19.0%)


def test_a_rate_said_against_last_year_twice_is_of_the_count_before(checker) -> None:  # type: ignore[no-untyped-def]
    text = "受理行政诉讼13件，较去年同比下降{}。"
    assert not _errors(checker, text.format("31.6%"))  # (13 ÷ 19 − 1)
    assert _errors(checker, text.format("35.6%"))  # (no whole prior gives it)
    text = "2024年1-9月，共新收行政一审诉讼案件24件，与2023年同期相比，下降了{}。"
    assert not _errors(checker, text.format("27.27%"))  # (24 ÷ 33 − 1)
    assert _errors(checker, text.format("29.27%"))


def test_an_outcome_rate_of_one_instance_is_over_that_instances_concluded(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "全省法院新收各类行政诉讼案件38061件，审结38369件。其中，新收一审行政案件17378件，同比下降3.8%；"
        "审结17701件，同比增长2.4%。此外，新收、审结非诉行政执行案件7702件、7679件。全省行政机关一审败诉案件{}件，"
        "一审败诉率7.8%。"
    )
    assert not _errors(checker, text.format(1376))  # (1376 ÷ 17701, the 一审 concluded two sentences back)
    assert _errors(checker, text.format(1776))


def test_a_carry_over_and_a_later_years_intake_are_all_of_the_whole(checker) -> None:  # type: ignore[no-untyped-def]
    text = "2021年，共办理针对各区管理局的行政复议案件{}宗（含2020年度结转1宗，2021年受理4宗）。"
    assert not _errors(checker, text.format(5))
    assert _errors(checker, text.format(8))  # (1 carried over + 4 received: all of them)


def test_qizhong_right_after_a_part_divides_that_part_even_when_exceeded(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "主动公开政府信息505条。其中，安全生产领域167条、救灾领域73条，依法公开行政许可决定22条，行政处罚决定6条；"
        "政策解读12篇，其中负责人解读{}篇、其他解读4篇、上级政策解读4篇。"
    )
    assert not _errors(checker, text.format(4))
    assert _errors(checker, text.format(7))  # (15 over the 12 解读, not a list of the 505)


def test_proposals_adopted_are_at_most_those_sent(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "2021年以来，共受理各类行政诉讼监督案件89件。其中：行政审判违法行为案32件，行政机关怠于履职案14件。"
        "发出检察建议67件，采纳{}件。"
    )
    assert not _errors(checker, text.format(65))
    assert _errors(checker, text.format(75))


def test_a_part_includes_the_carry_over_of_the_year_before_in_any_words(checker) -> None:  # type: ignore[no-untyped-def]
    text = "收到政府信息公开申请27件，答复政府信息公开申请{}件（含上一年度结转1件），结转下年度继续办理2件。"
    assert not _errors(checker, text.format(26))  # (27 + 1 = 26 + 2)
    assert _errors(checker, text.format(36))


def test_the_outcomes_of_one_status_are_no_statuses_of_the_whole(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "共受理政府信息依申请公开121件，已答复{}件，属于同意公开的60件，部分公开13件，不同意公开的6件，"
        "无法提供的26件，不予处理3件，其他处理11件，另2件结转下一年处理。"
    )
    assert not _errors(checker, text.format(119))  # (121 = 119 + 2; the outcomes are of the 119)
    assert _errors(checker, text.format(129))


def test_a_carry_over_stated_among_the_statuses_is_added_to_the_whole(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全区共受理政府信息公开申请45件，办结{}件，上年结转政府信息公开申请3件，结转下年度继续办理3件。"
    assert not _errors(checker, text.format(45))  # (45 + 3 = 45 + 3: the 上年结转 is no part)
    assert _errors(checker, text.format(55))


def test_the_statuses_end_before_counts_of_another_thing(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "全市新收政府信息公开申请136件，结转上年度依申请公开3件，办理答复{}件，结转下年度办理0件，"
        "因政府信息公开产生的行政复议26件、行政诉讼5件。"
    )
    assert not _errors(checker, text.format(139))  # (the 复议 and 诉讼 are no statuses of the requests)
    assert _errors(checker, text.format(129))


def test_a_figure_of_the_year_before_is_no_whole_of_a_list(checker) -> None:  # type: ignore[no-untyped-def]
    text = (  # (the bracket after 107 is never closed, as published)
        "全市共新收行政复议申请205件，与去年177件相比上升16%，受理190件，与去年163件相比上升17%\n\n其中市本级新收"
        "行政复议申请107(受理98件，不予受理9件已受理案件办结94件(含去年结转15件)，作出维持决定的26件，占已审结总数的"
        "27.7%；驳回1件，占已审结总数的1.1%；确认违法6件，占已审结总数的6.4%；撤销2件，占已审结总数的2.1%；"
        "责令履行{}件，占已审结总数的45.7%；终止决定的16件，占已审结总数的17%。"
    )
    assert not _errors(checker, text.format(43))  # (the shares cover the 94, not the 190 or last year's 163)
    assert _errors(checker, text.format(53))


def test_a_bracket_of_several_years_gives_the_prior_of_the_year_before(checker) -> None:  # type: ignore[no-untyped-def]
    text = "2018年全省共处理劳动人事争议案件29008件，同比上升{}%（2016年22494件，同比增幅7.9%；2017年25647件，同比上升14.02%）。"
    assert not _errors(checker, text.format("13.1"))  # (over 2017's 25647, not 2016's 22494)
    assert _errors(checker, text.format("23.1"))


def test_shares_of_a_list_that_fit_its_own_sum_are_of_that_sum(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "过去一年，全市检察机关共立案公益诉讼案件2385件。\n\n还综合运用磋商、检察建议等监督方式督促履职整改，"
        "行政公益诉讼案件开展磋商1277件、提出检察建议536件，分别占比{}%、29.56%。"
    )
    assert not _errors(checker, text.format("70.44"))  # (of the 1813 the two make, not of the 2385)
    assert _errors(checker, text.format("80.44"))


def test_one_small_share_that_fits_the_figure_before_by_chance_leaves_the_list_of_its_own_sum(
    checker,
) -> None:  # type: ignore[no-untyped-def]
    # (1件次，占1% fits the 96 before as well as the 57 the five make; the other four fit only the 57)
    text = (
        "全县共受理信访件96件。从职级来看，反映乡科级干部的18件次，占32%；反映一般干部9件次，占16%；"
        "反映村级干部20件次，占{}%；反映事业单位9件次，占16%，其它1件次，占1%。"
    )
    assert not _errors(checker, text.format("35"))
    assert _errors(checker, text.format("45"))


def test_a_share_of_the_year_before_is_not_read_against_this_years_counts(checker) -> None:  # type: ignore[no-untyped-def]
    text = "新增法定领域探索全面推进，办案764件，同比上升79.76%，办案总量占比从上年度的19.22%提升至32.03%。"
    assert not _errors(checker, text)  # (19.22% is last year's share, of counts the text does not state)
    assert _errors(checker, "共立案公益诉讼案件2385件，其中新增法定领域办案764件，占比19.22%。")


def test_a_share_after_a_part_without_its_own_covers_both(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "就全年审结的117件案件按裁判结果种类划分，判决行政机关胜诉案件43件，胜诉率37%；判决行政机关败诉案件26件，"
        "败诉率22%；裁定准予原告撤诉案件20件，裁定按撤诉处理案件9件，占{}%；裁定驳回原告起诉案件19件，占16%。"
    )
    assert not _errors(checker, text.format(25))  # (the 20 and the 9 together: 29 of 117)
    assert _errors(checker, text.format(35))


def test_the_cases_a_figure_is_counted_among_are_not_what_it_counts(checker) -> None:  # type: ignore[no-untyped-def]
    text = "2018年我院受理一审行政诉讼案件123件，审结{}件（其中含旧存案件7件）。审结的117件案件中当事人上诉58件。"
    assert not _errors(checker, text.format(117))  # (the 58 appealed are no count of cases received)
    assert _errors(checker, text.format(137))  # (137 concluded of 123 + 7)


def test_a_rates_own_name_after_a_count_does_not_make_the_count_its_numerator(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全年受理“区长信箱”信件245件、办结率97.96%，“部门信箱”信件237件、办结率98.73%。"
    assert not _errors(checker, text)  # (245 and 237 are what was received; what was concluded is unstated)
    assert _errors(checker, "全年受理“区长信箱”信件245件，办结信件237件，办结率98.73%。")
    assert _errors(
        checker, "全年受理“区长信箱”信件245件、办结率97.36%。"
    )  # (of 245, no whole count gives it)


def test_a_rate_of_a_quality_is_not_counted_by_a_count_without_it(checker) -> None:  # type: ignore[no-untyped-def]
    text = "起诉181件228人，其中法院已经作出判决149件180人，{}有罪判决率100%。"
    assert not _errors(checker, text.format(""))  # (the 149 judged are its base; those of guilt are unstated)
    assert _errors(checker, text.format("作出有罪判决140件，"))  # (140 of 149)


def test_what_was_examined_is_the_base_of_what_was_granted(checker) -> None:  # type: ignore[no-untyped-def]
    text = "两级法院共受理行政非诉案件387件，审查386件，裁定准予执行326件，准予执行率{}%。"
    assert not _errors(checker, text.format("84.46"))  # (326 of the 386 examined, not of the 387 received)
    assert _errors(checker, text.format("86.46"))


def test_requests_carried_to_the_next_year_in_other_words_are_a_status(checker) -> None:  # type: ignore[no-untyped-def]
    text = "新受理政府信息公开申请17件，办结{}件，上年转结政府信息公开申请0件，转下一年办理0件。"
    assert not _errors(checker, text.format(17))
    assert _errors(checker, text.format(14))  # (17 + 0 = 14 + 0 fails)
    text = "共受理政府信息公开申请16件，上年结转政府信息公开办理数量1件，共办结政府信息公开申请{}件，结转至2024年办理1件。"
    assert not _errors(checker, text.format(16))
    assert _errors(checker, text.format(13))


def test_a_share_of_a_wider_scope_takes_its_subjects_figure_as_part(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "2010年至2013年，深圳市两级法院共判处未成年罪犯6667人，同期广东省法院共判处未成年罪犯34884人，"
        "深圳约占全省的{}%，在全省21个中级法院中位居前列。"
    )
    assert not _errors(checker, text.format("19.11"))  # (6667 of 34884, not the reverse)
    assert _errors(checker, text.format("29.11"))


def test_a_figure_compared_in_the_same_period_is_no_whole_of_the_list_after(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "2010年至2013年，深圳市两级法院共判处未成年罪犯6667人，同期广东省法院共判处未成年罪犯34884人，在全省位居前列。"
        "其中，2010年判处未成年罪犯1639人，2011年判处未成年罪犯{}人，2012年判处未成年罪犯1730人，2013年判处未成年罪犯1303人。"
    )
    assert not _errors(checker, text.format(1995))  # (the years of the 6667, not of the province's 34884)
    assert _errors(checker, text.format(2995))


def test_cases_of_a_kind_received_are_not_what_a_rate_of_that_word_counts(checker) -> None:  # type: ignore[no-untyped-def]
    text = "2013年度受理各类执行案件811件(其中旧存61件)，结案797件，结案率98.27%，{}实际执行率80.66%，执行到位率87.3%。"
    assert not _errors(checker, text.format(""))  # (811 received: no numerator of 实际执行率)
    assert _errors(checker, text.format("实际执行604件，"))  # (604 of 811 is 74.5%)


def test_items_joined_by_a_space_make_the_sum_a_share_after_them_is_of(checker) -> None:  # type: ignore[no-untyped-def]
    text = "其中诈骗罪和妨害公务罪人数最多，审查起诉分别受理 98人 66人 ，合计占受理总数的 {}% 。"
    assert not _errors(checker, text.format("52.2"))  # (of 98 + 66 over an unstated whole; not 66 of 98)
    assert _errors(checker, text.format("152.2"))  # (still no share above 100%)


def test_what_was_received_is_no_share_of_a_decision(checker) -> None:  # type: ignore[no-untyped-def]
    text = "危险驾驶罪仍是起诉人数最多的罪名，共起诉173941人。在各类犯罪中，经济犯罪和网络犯罪案件共受理157053人，占总体案件量的14.2%。"
    assert not _errors(checker, text)  # (of all cases received, unstated; not of the 173941 prosecuted)
    assert _errors(
        checker, "全年共受理1106000人，其中经济犯罪和网络犯罪案件共受理157053人，占总体案件量的24.2%。"
    )


def test_a_list_cut_off_by_the_end_of_the_text_may_go_on(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "2020年共收到政府信息公开申请70件，其中，予以公开的21件，部分公开的0件，不予公开的11件，无法提供的{}件"
        "{}"
    )
    cut = "，申请信息属于信访举报投诉类、重复申请、要求行政机关确"
    assert not _errors(
        checker, text.format(33, cut)
    )  # (the excerpt stops inside the list: 不予处理… is cut off)
    assert _errors(checker, text.format(33, "。"))  # (a closed list of the template's outcomes: 5 missing)


def test_a_list_of_some_of_a_hotlines_kinds_is_a_selection(checker) -> None:  # type: ignore[no-untyped-def]
    text = "受理疫情相关问题办件36.2万件（其中投诉类7.1万件、咨询类{}万件），办结率99.98%。"
    assert not _errors(checker, text.format("28.6"))  # (two of the kinds: 求助, 建议… not listed)
    assert _errors(checker, text.format("38.6"))  # (7.1万 + 38.6万 over 36.2万)


def test_more_received_or_concluded_is_the_amount_of_a_change(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全年共受理各类案件9197件，同比多收1863件，上升{}%；结案8635件，同比多结1719件，上升24.86%。"
    assert not _errors(checker, text.format("25.4"))  # (1863 of the 7334 the year before)
    assert _errors(checker, text.format("35.4"))


def test_steps_enumerated_as_kinds_are_siblings_not_nested(checker) -> None:  # type: ignore[no-untyped-def]
    text = "各试点地区检察机关办理公益诉讼案件1710件，其中办理诉前程序案件1668件、提起诉讼案件{}件。"
    assert not _errors(checker, text.format(42))
    assert _errors(checker, text.format(92))  # (1668 + 92 over 1710: the 92 is no part of the 1668)


def test_a_part_after_qizhong_is_no_figure_of_all_claimed(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "近三年来，县劳动人事争议仲裁委员会共受理仲裁案件65起，现均已结案，结案率达100%，其中调解结案24起。"
    )
    assert not _errors(checker, text)  # (the 24 mediated are some of the 65 concluded)
    assert _errors(checker, "近三年来，县劳动人事争议仲裁委员会共受理仲裁案件65起，现均已结案，共结案60起。")


def test_a_figure_of_one_enumeration_is_no_whole_of_the_next(checker) -> None:  # type: ignore[no-untyped-def]
    text = "2021年新收、审结破产案件数量分别为362件、288件，2022年新收、审结破产案件数量分别为400件、343件。"
    assert not _errors(checker, text)  # (400 and 343 are 2022's, not parts of 2021's 288)
    assert _errors(checker, "全年审结破产案件288件，维持、撤销分别为200件、143件。")  # (200 + 143 over 288)


def test_what_came_by_way_of_a_step_is_no_count_of_the_step(checker) -> None:  # type: ignore[no-untyped-def]
    text = "2022年，法院诉前调解离婚纠纷1038件，经诉前调解和好或解除婚姻关系的有337件、撤回起诉67件，诉前调解成功率{}%。"
    assert not _errors(checker, text.format("38.92"))  # (337 + 67 of the 1038; the 337 are no count of 调解)
    assert _errors(checker, text.format("48.92"))  # (no whole number of the 1038 gives it)


def test_a_bullets_share_is_of_the_heading_over_the_bullets(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "2025年8月，12315热线共接听群众来电6976件，其中，咨询3214件，投诉3112件，举报650件。\n"
        "商品类投诉(1420件，占比45.63%)\n\n★ 食品类：575件，占比{}%，仍居首位。\n★ 交通工具类：129件，占比9.08%。"
    )
    assert not _errors(checker, text.format("40.49"))  # (575 of the heading's 1420)
    assert _errors(checker, text.format("50.49"))


def test_what_a_count_includes_in_brackets_is_not_all_of_it(checker) -> None:  # type: ignore[no-untyped-def]
    text = "新收到政府信息公开申请1182件，办理1187件（含上年度结转申请57件，另有52件申请顺延到下年度答复）。"
    assert not _errors(checker, text)  # (the 57 are in the 1187; the 52 are not: no itemisation of it)
    assert _errors(checker, "办理1187件（刑事1100件，民事200件）。")  # (an itemisation over its total)
    assert _errors(
        checker, "主动公开市政府规章15件（含新制定5件，修改4件，废止4件）。"
    )  # (含 may itemise it all)


def test_a_step_word_before_lei_names_a_kind_and_the_verb_before_the_kinds_names_the_figure(checker) -> None:  # type: ignore[no-untyped-def]
    text = "审结许可、登记类行政案件1025件，审结涉企类行政案件4375件，一审审结公安行政案件1986件。"
    assert not _errors(checker, text)  # (three kinds concluded, no 登记 step before 审结)
    assert _errors(checker, "受理行政案件1025件，审结行政案件4375件。")


def test_a_heading_naming_another_classing_starts_a_new_list_of_shares(checker) -> None:  # type: ignore[no-untyped-def]
    text = "(一)按诉求类别统计\n咨询类共76件，占比76%。\n求助类共16件，占比{}%。\n投诉类共8件，占比8%。\n(二)按诉求内容统计\n城市管理类共7件，占比7%。"
    assert not _errors(checker, text.format(16))  # (the 7% classes the same requests anew: no 107%)
    assert any(e.startswith("HC008") for e in _errors(checker, text.format(26)))  # (76 + 26 + 8 in one list)


def test_a_figure_named_by_its_channel_is_no_whole_of_the_statuses_after(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "热线受理各类诉求共计4415件，其中有效诉求3942件，无效诉求473件；平台有效来电3744件，微信有效受理91件，"
        "网站有效受理25件。截至8月11日，累计办结3884件，协调办理中59件，总体办结率{}%。"
    )
    assert not _errors(checker, text.format("98.53"))  # (of the valid 3942, not of the website's 25)
    assert _errors(checker, text.format("99.53"))  # (no reading gives it)
    assert _errors(
        checker, "热线受理各类诉求共计25件。累计办结3884件，协调办理中59件。"
    )  # (a whole of its own)


def test_a_pass_rate_over_a_reviews_grades_counts_every_grade_up_to_its_own(checker) -> None:  # type: ignore[no-untyped-def]
    text = "本次评查共抽查案件15件，共评出优秀案件2件、良好案件12件、合格案件1件，合格率达{}%。"
    assert not _errors(checker, text.format(100))  # (2 + 12 + 1 of the 15: 合格 or better)
    assert _errors(checker, text.format(90))
    assert _errors(checker, "共受理案件30件，其中调解20件、撤诉10件，撤诉率100%。")  # (no grades: 撤诉 alone)


def test_a_figure_restating_the_wholes_step_or_after_tongqi_starts_a_record_of_its_own(checker) -> None:  # type: ignore[no-untyped-def]
    text = "医调委受理医疗纠纷650起，调解成功{}起，同期，全市两级医调会受理医疗纠纷2525起，其中涉及死亡507起，成功调处2288起。"
    assert not _errors(
        checker, text.format(625)
    )  # (the 2525 and 2288 are the city's, no statuses of the 650)
    assert _errors(checker, text.format(725))  # (more mediated than received)
    assert _errors(
        checker, "受理医疗纠纷650起，调解成功625起，调解不成功35起。"
    )  # (statuses over their whole)


def test_a_rank_with_its_own_figure_takes_no_figures_after_it(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "样本中专业技术岗的人员最多(占88.1%)，行政管理岗和后勤服务岗的比例分别为9.1%和2.8%；在职称分布上，"
        "大部分为初级职称(占41.2%)，其次为中级职称(占{}%)，副高级和正高级职称者分别占9.1%和2.5%，无职称样本占10.6%。"
    )
    assert not _errors(checker, text.format("36.6"))  # (10.6 after 2.5 is ranked by nothing)
    assert _errors(checker, text.format("96.6"))  # (the second above the first)
    assert _errors(
        checker, "投诉最多的是A局，共432宗；其次为B局及C局，分别有323宗及513宗。"
    )  # (分别: each ranked)


def test_a_tables_share_column_may_move_one_share_a_step_to_add_up_to_100(checker) -> None:  # type: ignore[no-untyped-def]
    rows = [
        ("维持", 3509, "74.7"),
        ("终止", 678, "14.4"),
        ("驳回", 295, "6.3"),
        ("改正后终止", 77, "{}"),
        ("撤销", 63, "1.3"),
        ("确认违法", 43, "0.9"),
        ("责令履行", 8, "0.2"),
        ("其他", 23, "0.5"),
    ]
    table = "| 结果 | 数量 | 比例 |\n|---|---|---|\n" + "".join(f"| {a} | {b} | {c}% |\n" for a, b, c in rows)
    table += "| 合计 | 4696 | 100% |\n"
    # (1.64% shown 1.7 so that the column adds to 100.0: a plug, a warning naming it, no error)
    plug = _errors(checker, table.format("1.7"))
    assert plug and all("尾差调整" in e for e in plug)
    assert any("尾差调整" not in e for e in _errors(checker, table.format("2.7")))


def test_under_a_heading_of_one_instance_a_shares_base_is_of_that_instance(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "行政案件\n全年全省法院新收行政一审、二审、再审案件4 364件,同比下降6.8%;审结4 477件,上升0.3%。\n1.一审案件\n"
        "全省法院{}3 111件,同比上升1.0%;审结3 147件,上升6.5%。居第二位的是公安案件,收591件,上升8.2%,占收案的{}%。"
    )
    assert not _errors(
        checker, text.format("共收行政一审案", "19.0")
    )  # (of the 3111, not the 4364 of all instances)
    assert _errors(checker, text.format("一审收案", "29.0"))  # (the 3111 named: 19.0%)


def test_a_number_of_levels_or_a_grade_is_no_part_nor_base_of_a_share(checker) -> None:  # type: ignore[no-untyped-def]
    text = "大多数样本来自二级医院和三级医院，占比分别为44.4%和38.4%，一级或无级别医疗机构占{}%。"
    assert not _errors(checker, text.format("17.2"))  # (grades of hospital, no counts)
    assert _errors(checker, text.format("117.2"))  # (a share over 100% still is one)


def test_shares_said_after_zhanbi_fenbie_pair_with_the_counts_in_turn(checker) -> None:  # type: ignore[no-untyped-def]
    text = "受理案件100件，其中维持44件、撤销38件，占比分别为{}%和38%。"
    assert not _errors(checker, text.format(44))  # (44 of 100, then 38 of 100)
    assert _errors(checker, text.format(54))


def test_shares_of_the_total_each_in_its_own_paragraph_are_one_list_of_it(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "本局共受理信息公开申请10件。\n在已经答复的9件申请中，“同意公开”的7件，占总数的70%。\n"
        "“不予公开”的1件，占总数的10%。\n“信息不存在”的1件，占总数的10%。\n{}"
    )
    assert not _errors(checker, text.format(""))  # (7 + 1 + 1 of the 10: 90%)
    more = "“申请内容不明确”的1件，占总数的10%。\n“非本机关政府信息”的1件，占总数的10%。"
    # (each fits the 10, yet the outcomes of one set of requests cannot pass 100% together)
    assert any(e.startswith("HC008") for e in _errors(checker, text.format(more)))


def test_a_figure_opening_its_clause_with_a_step_after_it_goes_on_from_the_part_before(checker) -> None:  # type: ignore[no-untyped-def]
    text = "共收到公众来信927件，其中有效信件770件，{}件已转有关部门办理，已办结657件，108件信访投诉类信件已指引。"
    assert not _errors(checker, text.format(662))  # (662 of the 770 valid went on to be handled: no sibling)
    assert _errors(
        checker, "共收到公众来信927件，其中有效信件770件，无效信件662件。"
    )  # (two kinds: 1432 over 927)


def test_one_body_beside_others_is_no_whole_of_them(checker) -> None:  # type: ignore[no-untyped-def]
    text = "截至12月31日，市政府主动公开政府信息共2367条，市直各部门主动公开政府信息3666条，镇（区）主动公开政府信息2064条。"
    assert not _errors(checker, text)  # (the city government's own, beside its departments' and the towns')
    assert _errors(
        checker,
        "全市主动公开政府信息共2367条，市直各部门主动公开政府信息3666条，镇（区）主动公开政府信息2064条。",
    )  # (all of the city: its parts cannot pass it)


def test_an_average_names_no_step_of_the_cases(checker) -> None:  # type: ignore[no-untyped-def]
    text = "上半年院长办理案件2件，审结{}件，本院法官平均审结数量为12.73件，其他院领导平均审结数量为11.33件。"
    assert not _errors(checker, text.format(1))  # (the judges' average is no later step of the president's 2)
    assert _errors(checker, text.format(3))  # (more concluded than handled)


def test_a_conditional_non_prosecution_is_no_count_of_non_prosecutions(checker) -> None:  # type: ignore[no-untyped-def]
    text = "提起公诉35228人，不起诉22585人，附条件不起诉19783人，不捕率、不诉率、附条件不起诉率分别为50.4%、{}%、29.7%。"
    assert not _errors(checker, text.format("39.1"))  # (22585 of 35228 + 22585, not the 19783)
    assert _errors(checker, text.format("49.1"))


def test_an_average_per_judge_of_a_step_the_sentence_before_states(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全院共受理案件40000件，结案32825件。全院78名法官，人均结案{}件。"
    assert not _errors(checker, text.format(421))  # (32825 ÷ 78 ≈ 420.8)
    assert _errors(checker, text.format(521))
    # (each average of the step it names: 人均受理 of 受理, 人均审结 of 结案)
    text = "全国法院共受理案件1458.6万件，结案888.7万件。全国共计约12万名员额法官，人均受理案件{}件，人均审结案件74.0件。"
    assert not _errors(checker, text.format("121.4"))
    assert _errors(checker, text.format("161.4"))
    # (another court's figures before: of which the average is, the text does not say)
    assert not _errors(checker, "全市法院共受理案件40000件，结案32825件。我院78名法官，人均结案521件。")


def test_the_average_a_wrong_quotient_names_is_the_likely_wrong_figure(checker) -> None:  # type: ignore[no-untyped-def]
    # (the check reads 421件 as 420.5 to 421.5: so does the repair, and 521 → 421 fixes it)
    [message] = _errors(checker, "全院78名法官，共结案32825件，人均结案521件。")
    assert "最可能有误的是人均结案521件（应为421）" in message


def test_an_average_is_no_status_of_the_cases_received(checker) -> None:  # type: ignore[no-untyped-def]
    text = "2020年，全市法院受理案件39518件，审结{}件，结案率99.01%，法官人均结案184.55件。"
    assert not _errors(checker, text.format(39125))  # (the judges' average is no part of the 39518)
    assert _errors(checker, text.format(49125))  # (more concluded than received: beyond a carry-over)


def test_a_figure_compared_from_the_year_before_is_no_whole_nor_part(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "全市共受理各类行政诉讼案件1372件，与2021年同期收案1364件相比增加8件。"
        "其中，新收案件{}件，与2021年同期新收1269件相比减少99件。"
    )
    assert not _errors(checker, text.format(1170))  # (1269 and 1364 are last year's)
    assert _errors(checker, text.format(1470))  # (a part over the 1372)


def test_a_share_after_an_aside_naming_what_a_count_involves_is_of_the_count(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全市共收到建议1292件。市政府系统办理建议1221件（涉及分办建议7件），占全市建议总数的{}%。"
    assert not _errors(checker, text.format("94.5"))  # (1221 of 1292, not the 7)
    assert _errors(checker, text.format("84.5"))


def test_non_suit_enforcement_cases_are_no_cases_of_a_suit(checker) -> None:  # type: ignore[no-untyped-def]
    text = "依法审结行政诉讼案件19363件，审查行政非诉执行案件7896件。"
    assert not _errors(checker, text)  # (applications to enforce a decision, not the suits concluded)
    assert _errors(checker, "全年发生行政诉讼案件7896件，已审结19363件。")


def test_shares_said_with_fenbie_of_kinds_named_after_the_counts_pair_with_no_counts(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "全国检察机关办结行政裁判监督案件1万件，提出监督意见2600余件，提出的抗诉、再审检察建议法院改判占比分别为"
        "68.8%、{}%。"
    )
    assert not _errors(checker, text.format("89.2"))  # (each of its own kind: no list of the 1万 and 2600)
    assert _errors(checker, text.format("189.2"))  # (a share over 100%)


def test_a_new_subjects_total_past_the_semicolon_is_no_part_of_a_qizhong_list(checker) -> None:  # type: ignore[no-untyped-def]
    text = "县组共3家单位，3家单位考评成绩均为满分，其中东海县、灌云县“三率”均为100%；区组共{}家单位，其中4家单位得分为满分。"
    assert not _errors(checker, text.format(6))  # (the 6 are the district group's, not the county group's)
    assert _errors(checker, text.format(3))  # (4 of 3)


def test_others_named_after_their_figures_end_a_qizhong_list(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全市共有专职人民调解员85名，其中政法系统和乡镇退休干部{}名，274名人民陪审员、11名人民监督员参与调解。"
    assert not _errors(checker, text.format(9))  # (the 274 and 11 are others, not among the 85)
    assert _errors(checker, text.format(95))  # (a part over the whole)


def test_qizhong_between_shares_opens_a_list_of_its_own(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全市共有调委会8718个，占应建数的99%，调解委员41061人，其中一类调委会5052个，占57.9%；二类调委会3361个，占{}%。"
    assert not _errors(checker, text.format("38.6"))  # (no 99% + 57.9% + 38.6% of one base)
    assert _errors(checker, text.format("58.6"))  # (57.9% + 58.6% of the one list after 其中)


def test_a_share_after_heji_is_of_the_clauses_it_joins(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "共提交提案1043件，经审查立案950件。目前，所提问题已经解决或采纳的有438件，列入计划将逐步解决的有445件，"
        "合计占提案总数的93%，留作参考的有{}件。"
    )
    assert not _errors(checker, text.format(67))  # (438 + 445 of the 950: 93%; not the 445 alone)
    assert _errors(checker, "共提交提案1043件。列入计划将逐步解决的有445件，占提案总数的93%。")


def test_quan_bu_naming_a_shares_whole_claims_nothing_of_the_count(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "新收一审行政案件数量居前五位的地区依次为昆明1370件、昭通770件、铁路452件、曲靖388件、大理336件，"
        "共计3316件，占全部一审新收案件的60.72%。新收一审行政案件数量较少的地区分别为迪庆23件。"
    )
    assert not _errors(checker, text)  # (占全部…的: the base's words, no claim that all 3316 are anything)
    assert _errors(checker, "共收到行政复议申请35件，均已依法受理。受理33件。")


def test_a_share_of_a_target_over_100_is_held_to_its_counts(checker) -> None:  # type: ignore[no-untyped-def]
    text = "共完成审计项目27个，占年初审计项目计划20个的{}%。"
    assert not _errors(checker, text.format(135))  # (27 of the 20 planned)
    assert _errors(checker, text.format(155))  # (over 100% of a plan, still 27 ÷ 20)


def test_a_rate_over_the_total_of_its_numerators_list_takes_it_whatever_its_counter(checker) -> None:  # type: ignore[no-untyped-def]
    text = "接听群众来电8947个，其中转办2274件，办结1715件，办结率75.42%；直办6673件，直办率{}%。"
    assert not _errors(checker, text.format("74.58"))  # (6673 of the 8947 calls)
    assert _errors(checker, text.format("84.58"))


def test_a_review_opening_a_sentence_is_a_step_after_the_intake_before_it(checker) -> None:  # type: ignore[no-untyped-def]
    text = "大会共收到提案157件。经审查，共立案{}件。"
    assert not _errors(checker, text.format(133))
    assert _errors(checker, text.format(183))  # (more filed than received)


def test_a_count_opening_its_clause_takes_its_step_from_the_words_after_it(checker) -> None:  # type: ignore[no-untyped-def]
    text = "共收到公众来信927件，其中有效信件698件，344件已转有关部门办理，已办结{}件。"
    assert not _errors(checker, text.format(328))
    assert _errors(checker, text.format(368))  # (more concluded than passed on)


def test_a_change_of_a_count_is_passed_over_for_the_part_of_a_share(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "共接收投诉举报咨询51451件。其中咨询40745件，相比2020年增加11342件，增幅为38.57%，占接收总量的{}%。"
    )
    assert not _errors(checker, text.format("79.19"))  # (40745 of 51451, not the 11342 more)
    assert _errors(checker, text.format("89.19"))


def test_a_rate_and_its_negation_beside_a_third_share_need_not_add_to_100(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "依法审查行政非诉执行案件28件，准予执行16件，准予执行率57.14%；不准予执行案件3件，不准予执行率{}%{}。"
    )
    third = "，准予撤回申请9件，占案件总数的32.14%"
    assert not _errors(checker, text.format("10.71", third))  # (a third way out: 57.14 + 10.71 + 32.14)
    assert _errors(checker, "审查逮捕案件中，逮捕率60%，不捕率30%。")  # (a rate and its negation alone)


def test_last_months_figure_in_brackets_is_no_part(checker) -> None:  # type: ignore[no-untyped-def]
    text = "通过湖城管家应用共上报3013件（上月{}件），有效积分1533件（上月5502件）。"
    assert not _errors(checker, text.format(7010))  # (last month's, no part of this month's 3013)
    assert _errors(checker, "通过湖城管家应用共上报3013件（事件3200件）。")  # (a part over its whole)


def test_a_rate_column_is_over_the_column_of_what_was_due(checker) -> None:  # type: ignore[no-untyped-def]
    table = (
        "城区 | 未派遣数 | 应结案数 | 结案数 | 结案率 | 延期数 | 延期率 |\n"
        "金水区 | 0 | 1935 | 1912 | {}% | 0 | 0.00% |\n"
        "管城区 | 3 | 953 | 953 | 100.00% | 0 | 0.00% |\n"
        "二七区 | 0 | 848 | 806 | 95.05% | 0 | 0.00% |\n"
    )
    assert not _errors(checker, table.format("98.81"))  # (1912 of the 1935 due; 0 of a base of 0)
    assert _errors(checker, table.format("88.81"))


def test_a_rate_column_is_over_all_that_came_in_when_the_table_says_it(checker) -> None:  # type: ignore[no-untyped-def]
    table = (
        "单位 | 接受量 | 受理量 | 不受理量 | 办结量 | 办结率 |\n"
        "晋中市局 | 157 | 24 | 133 | 153 | {}% |\n"
        "榆次区局 | 4628 | 3357 | 1264 | 4610 | 99.61% |\n"
        "榆社县局 | 96 | 55 | 41 | 93 | 96.88% |\n"
    )
    assert not _errors(checker, table.format("97.45"))  # (153 of the 157 received, not of the 24 accepted)
    assert _errors(checker, table.format("87.45"))


def test_a_part_said_to_be_among_the_part_before_is_nested_in_it(checker) -> None:  # type: ignore[no-untyped-def]
    text = "登记在册市场主体共计1.34亿户。其中，企业4200.0万户，企业中的外商投资企业64.1万户；个体工商户{}万户；农民专业合作社222.2万户。"
    assert not _errors(checker, text.format("9021.6"))  # (the 64.1万 are among the 4200万 enterprises)
    assert _errors(checker, text.format("10021.6"))  # (the parts pass the whole)


def test_a_count_of_kinds_is_no_count_a_rate_counts(checker) -> None:  # type: ignore[no-untyped-def]
    text = "从具体产品来看，有30种产品合格率低于80%，其中自镇流LED灯产品合格率仅为{}%。"
    assert not _errors(checker, text.format("65.6"))  # (a rate over that product's batches, not the 30 kinds)
    assert _errors(checker, text.format("165.6"))  # (over 100%)


def test_a_figure_sizing_the_noun_after_it_is_no_part_nor_base_of_its_share(checker) -> None:  # type: ignore[no-untyped-def]
    text = "其中10人以下事务所占比为60.5%，11-20人事务所占比为21.06%，21-51人事务所占比为{}%，51人以上事务所占比为7.96%。"
    assert not _errors(
        checker, text.format("10.48")
    )  # (firm-size bands: shares of the firms, no counts of them)
    assert _errors(checker, text.format("110.48"))  # (a share over 100%)


def test_a_level_before_a_noun_leaves_the_figure_its_verb() -> None:
    ex = extract("共办理热线工单2495件，交办二级责任单位2388件，县热线办直办107件。")
    assert [f.metric for f in ex.facts if f.q.unit == "件"] == [None, "hotline.assigned", "hotline.direct"]
    plain = extract("共办理热线工单2495件，交办责任单位2388件。")
    assert plain.facts[1].metric == "hotline.assigned"  # (as without the level)


def test_a_grade_before_a_noun_is_no_count(checker) -> None:  # type: ignore[no-untyped-def]
    text = "共办理热线工单2495件，交办二级责任单位{}件，县热线办直办107件。"
    assert not _errors(checker, text.format(2388))  # (the two paths of the 2495: 二级 grades the units)
    assert _errors(checker, text.format(2188))  # (the paths fall short of the whole)
    counts = [
        f.mention.text for f in extract("邀请市、区两级执法监督员，落实三级矛盾纠纷排查化解格局。").facts
    ]
    assert counts == ["两级", "三级"]  # (two and three levels are counts)


def test_instances_listed_with_a_dunhao_leave_the_verb_before_them_its_figure(checker) -> None:  # type: ignore[no-untyped-def]
    text = "开庭审理各类一、二审行政诉讼案件3322件，行政机关负责人出庭应诉案件2421件，出庭应诉率{}%。"
    assert not _errors(checker, text.format("72.88"))  # (2421 of the 3322 heard)
    assert _errors(checker, text.format("62.88"))


def test_shares_after_one_naming_an_unfound_whole_share_that_whole(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "第一类10个市职能部门和责任单位的立案数为140件，占当月立案总数的3.07%。其中，城乡建设局(68件)是6月份受理量"
        "最多的职能部门，占第一类的48.57%，公安局(11件)占{}%，城管局(6件)占4.29%，园林局(8件)占5.71%、交通局(10件)"
        "占7.14%、水利局(0件)占0.00%、房管局(0件)占0.00%、轨道公司(32件)占22.86%、邮政公司(1件)占0.71%、"
        "常州日报社(4件)占2.86%。"
    )
    assert not _errors(checker, text.format("7.86"))  # (all of the 140 the words 第一类 name, not of the 68)
    assert _errors(checker, text.format("17.86"))  # (11 of 140 is 7.86%)


def test_a_table_row_the_excerpt_cuts_off_is_not_read(checker) -> None:  # type: ignore[no-untyped-def]
    table = (
        "单位 | 接收量 | 受理量 | 不受理量 | 办结量 | 办结率 |\n"
        "晋中市局 | 64 | 39 | 25 | 58 | {}% |\n"
        "平遥县局 | 70 | 40 | 30 | 66 | 94.29% |\n"
        "榆次区局 | 188 | 81 | 105 | 174 | 9"
    )
    assert not _errors(checker, table.format("90.63"))  # (174 of 188 is no 9%: the cell is cut off)
    assert _errors(checker, table.format("80.63"))  # (58 of 64 is 90.63%)


def test_what_was_due_names_the_base_of_a_rate_of_a_step_the_vocabulary_lacks(checker) -> None:  # type: ignore[no-untyped-def]
    text = "各部门应处置案件26702件，报到处置26177件，报到处置率为{}%。"
    assert not _errors(checker, text.format("98.03"))  # (26177 of the 26702 due)
    assert _errors(checker, text.format("88.03"))


def test_dispatching_is_a_step_after_filing(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全市共受理案件51571件，立案51229件，立案率99.34%；派遣49151件，派遣率{}%。"
    assert not _errors(checker, text.format("95.94"))  # (49151 of the 51229 filed)
    assert _errors(checker, text.format("85.94"))


def test_the_negation_of_the_step_before_is_its_sibling_not_nested(checker) -> None:  # type: ignore[no-untyped-def]
    text = "共收到行政复议申请2371件，申请人总数6207人。其中，受理1968件，不予受理或作其他处理{}件。"
    assert not _errors(checker, text.format(403))  # (1968 + 403 of the 2371)
    assert _errors(checker, text.format(503))  # (the two pass the whole)


def test_a_courts_concluded_cases_may_exceed_its_intake_by_old_cases(checker) -> None:  # type: ignore[no-untyped-def]
    # a court's 受理 is often the year's new cases; its old cases routinely lift 审结 above them
    text = "全省人民法院受理一审金融犯罪案件共2971件。其中2021年受理一审金融犯罪案件1217件，审结{}件。"
    assert not _errors(checker, text.format(1328))
    assert _errors(checker, text.format(2528))  # (more than twice: no carry-over explains it)
    # elsewhere an intake not said to be new holds what there was to conclude: more is a warning
    assert _errors(checker, "全市12345热线受理群众诉求539件，办结566件。")


def test_a_courts_closure_rate_may_pass_100_percent_over_new_cases(checker) -> None:  # type: ignore[no-untyped-def]
    # a court's 结案率 is as often 结收比: old cases lift it past 100%; it is still held to its counts
    text = "西湖区人民法院共受理各类知识产权案件1476件，审结1510件，同期结案率{}%。"
    assert not _errors(checker, text.format("102.3"))
    assert _errors(checker, text.format("132.3"))
    assert _errors(checker, "区信访局共受理信访事项1476件，办结1510件，同期办结率102.3%。")


def test_outcomes_and_statuses_side_by_side_are_no_steps(checker) -> None:  # type: ignore[no-untyped-def]
    # a withdrawal is an outcome of a concluded case, beside the corrections (not a step before them)
    text = "审结146件。其中补正过期9件，不予受理11件，决定维持49件，驳回申请12件，撤回复议申请32件，直接纠错{}件。"
    assert not _errors(checker, text.format(33))
    assert _errors(checker, "新收行政复议案件1083件，办结921件，调解后撤回复议申请987件。")  # (within 办结)
    # two statuses of one list's parts
    text = "受理代表意见建议共73件。其中已经办理完毕的意见建议30件，占总数的41.1%，已采纳且正在办理的意见建议{}件，占总数的46.6%。"
    assert not _errors(checker, text.format(34))
    assert _errors(checker, text.format(54))


def test_a_top_list_out_of_order_in_several_places_is_not_listed_by_rank(checker) -> None:  # type: ignore[no-untyped-def]
    # (前8名为…192件、273件、220件、159件、235件…: out of order twice and in order elsewhere, the top eight named,
    # not ranked; a single slip breaks the order once)
    text = (
        "案卷量前8名为道路两侧1674件、噪声达标1186件、案件办理192件、小区内环境273件、城市道路220件、"
        "村内道路159件、违法建设管理235件、道路桥梁175件。"
    )
    assert not _errors(checker, text)
    assert _errors(
        checker, "投诉问题排名前五位的是：质量371件、售后服务369件、合同280件、虚假宣传300件、价格120件。"
    )


def test_the_first_quarters_of_a_year_are_no_top_ranks(checker) -> None:  # type: ignore[no-untyped-def]
    # 前三季度…分别为 lists quarters in time order; 前三位…分别为 lists ranks, highest first
    text = "前三{}援助情况分别为：一季度援助案件933件；二季度援助案件1273件；三季度援助案件6227件。"
    assert not _errors(checker, text.format("季度"))
    assert _errors(
        checker, "援助案件最多的前三位分别为：甲市援助案件933件；乙市援助案件1273件；丙市援助案件6227件。"
    )


def test_a_part_under_way_has_no_later_step_nested_in_it(checker) -> None:  # type: ignore[no-untyped-def]
    # 受理中 is a status beside 已办结, not a step the 已办结 were taken from
    text = "环保举报受理平台共接举报件11件，其中未受理0件、受理中0件、已办结{}件、不受理5件。"
    assert not _errors(checker, text.format(6))
    assert _errors(checker, text.format(16))


def test_scopes_far_over_a_figure_not_stated_as_a_whole_are_its_siblings(checker) -> None:  # type: ignore[no-untyped-def]
    text = "海珠新收约{}件借款合同纠纷案件，白云法院新收约15000件著作权纠纷案件，黄埔法院新收约4500件信用卡纠纷案件，越秀法院新收约34000件案件。"
    assert not _errors(checker, text.format(20000))
    assert _errors(checker, text.replace("约", "").format(50000))  # (parts a little over a whole: a slip)
    text = "政府网站主动公开政府信息173769条。市政府及其部门主动公开政府信息75656条，县(区)政府及其部门主动公开政府信息{}条。"
    assert _errors(checker, text.format(108113))


def test_a_share_list_ends_where_a_list_nested_in_it_opens(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "以危险驾驶罪判处2218人，处以实刑的2028人，占91.4%，适用缓刑的190人，占8.6%，无一免予刑事处罚，"
        "其中涉及32名公职人员，有31人被判处实刑、1人缓刑。"
    )
    assert not _errors(checker, text)
    assert _errors(checker, text.replace("2028人", "2128人"))


def test_one_thing_at_a_later_step_and_one_cases_figure_are_no_parts(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "全市稽查执法部门共办理案件1206件。其中，一般程序立案724件，比去年同期上升24%；一般程序结案581件，"
        "比去年同期上升51%；罚没款合计983万元；移送公安部门案件共计57件。其中，协同公安部门查办的"
        "“颜某某等人生产销售假药案”涉案货值达1100余万元。"
    )
    assert not _errors(checker, text)
    assert _errors(checker, text.replace("立案724件", "立案1724件"))  # (a part over the whole)


def test_a_share_of_what_kinds_hold_is_not_of_the_number_of_kinds(checker) -> None:  # type: ignore[no-untyped-def]
    text = "受理行政复议案件176件。行政强制、信息公开、行政处罚、行政不作为四类案件约占案件总量的{}%。"
    assert not _errors(checker, text.format("76.7"))
    assert _errors(checker, text.format("176.7"))


def test_a_rate_may_count_every_way_its_word_names(checker) -> None:  # type: ignore[no-untyped-def]
    text = "仲裁院受理劳动争议案件31起，其中，案外调解16件、劳动仲裁调解9件、仲裁裁决6件，案件结案率100%，案件调解率{}%。"
    assert not _errors(checker, text.format("80.6"))  # (16 + 9 of 31)
    assert _errors(checker, text.format("90.6"))


def test_parts_of_one_total_by_two_breakdowns_hold_no_order(checker) -> None:  # type: ignore[no-untyped-def]
    text = "2020年4月，共受理生态环境投诉举报事项7901件，其中市生态环境局接收453件、市民热线服务中心12369专席接收7448件，已办结{}件，正在办理中237件。"
    assert not _errors(checker, text.format(7664))  # (the 7664 are of the 7901, by status)
    assert _errors(checker, text.format(8664))  # (8664 + 237 over the whole)


def test_a_share_right_after_a_list_may_be_its_sum_over_a_whole_before_it(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "全省共计排查发现违法违规建设项目6600个(其中需关闭淘汰458个，需整治规范3155个，需完善备案2987个)。"
        "截至8月底，已完成关闭淘汰335个、整治规范1248个、完善备案1760个，已完成清理整顿项目所占比率为{}%。"
    )
    assert not _errors(checker, text.format("50.65"))  # (3343 of 6600)
    assert _errors(checker, text.format("60.65"))


def test_a_clause_printed_twice_in_a_row_states_its_figures_once(checker) -> None:  # type: ignore[no-untyped-def]
    clause = "已采纳且正在办理的意见建议34件，占总数的46.6%，"
    text = "受理代表意见建议共73件。其中已经办理完毕的意见建议30件，占总数的41.1%，{}{}其他9件。"
    assert not _errors(checker, text.format(clause, clause))
    assert _errors(checker, text.format(clause, clause.replace("46.6", "56.6")))  # (two shares, 144.3%)


def test_the_reports_received_a_sentence_back_are_the_whole_of_a_list_among_them(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "全国环保举报管理平台共接到环保举报32404件，环比下降19.6%。本月接到的举报中，受理24787件，"
        "因举报线索不详而未受理{}件。"
    )
    assert not _errors(checker, text.format(7617))
    assert _errors(checker, text.format(8617))  # (more than were received)
    # a percent sign with no figure: the page lost a number from the list, which is then no whole list
    lost = "全国接到环保举报19666件。全国接到的举报中，“12369”环保举报热线%，网上举报2365件，约12.0%，其他渠道132件，约占0.7%。"
    assert not _errors(checker, lost)


def test_those_received_into_community_correction_are_released_or_still_in_it(checker) -> None:  # type: ignore[no-untyped-def]
    text = "累计接收社区服刑人员2890人，累计解除社区服刑人员{}人，现有社区服刑人员1056人。"
    assert not _errors(checker, text.format(1834))
    assert _errors(checker, text.format(1934))


def test_tickets_on_time_or_late_after_their_two_paths_divide_them_all(checker) -> None:  # type: ignore[no-untyped-def]
    text = "共办理热线工单2495件。交办二级责任单位2388件，县热线办直办107件；按期回复2424件、二级单位逾期回复{}件。"
    assert not _errors(checker, text.format(71))  # (not of the 2388 passed on)
    assert _errors(checker, text.format(91))
    text = "共受理群众诉求2877件，自行处理2276件，派单601件，按时结案597件，超时办理{}件，结案率100%。"
    assert not _errors(checker, text.format(4))  # (of the 601 passed on)
    assert _errors(checker, text.format(14))


def test_a_rate_naming_its_path_is_over_the_intake_of_its_sentence(checker) -> None:  # type: ignore[no-untyped-def]
    text = "登记受理市民有效工单36514件，同比增长40.04%，在线办结工单25658件，在线办结率{}%，接通率95.55%。"
    assert not _errors(checker, text.format("70.27"))
    assert _errors(checker, text.format("80.27"))  # (not only a note: the base is no guess)


def test_the_figure_a_change_starts_from_is_no_part_of_a_sum(checker) -> None:  # type: ignore[no-untyped-def]
    text = "信息发布量由2013年的1128条增加到2014年的1887条，在省政府网站专栏发布信息514条，总计{}条。"
    assert not _errors(checker, text.format(2401))  # (1887 + 514)
    assert _errors(checker, text.format(2101))


def test_a_series_of_years_after_qizhong_is_no_breakdown_of_one_year(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "该法院同期案件数2016年新收503件，2015年新收357件，2014年新收193件。"
        "其中上涨速度最快的是执行案件，同期2014年新收39件，2015年新收118件，2016年新收224件。"
    )
    assert not _errors(checker, text)
    assert _errors(
        checker, "2014年新收193件。其中，执行案件新收39件，民事案件新收218件。"
    )  # (one year's parts)


def test_shares_said_respectively_after_a_list_among_a_figure_pair_with_its_parts(checker) -> None:  # type: ignore[no-untyped-def]
    text = "在已经审结的1672件离婚纠纷案件中，判决结案485件，调解结案607件，裁定准许撤诉方式结案558件，分别占结案总数的{}%、36.3%、33.37%。"
    assert not _errors(checker, text.format("29.01"))
    assert _errors(checker, text.format("39.01"))


def test_visits_counted_in_jianci_break_down_into_letters_and_visits_in_jian(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "全镇共受理群众来信来访1874件次，同比下降8.3%，其中初信初访1321件，重信重访553件，分别占{}%与29.5%。"
    )
    assert not _errors(checker, text.format("70.5"))
    assert _errors(checker, text.format("80.5"))


def test_a_rest_naming_a_kind_of_its_own_closes_a_sublist_not_the_whole(checker) -> None:  # type: ignore[no-untyped-def]
    text = "承办法律援助民事案件387宗，同比增长28%。其中涉及农民工工伤案件96宗，职业病1宗，非因工受伤案件3宗，其他劳资纠纷{}宗。"
    assert not _errors(checker, text.format(91))  # (the rest of the labour disputes, not of the 387)
    assert _errors(checker, text.format(391))
    # the rest of the items, whatever they are called, closes the list
    assert _errors(checker, "全市交通窗口办件数量为34751件，其中行政许可16634件、其他权利事项14117件。")


def test_a_count_per_unit_is_no_base_of_a_share(checker) -> None:  # type: ignore[no-untyped-def]
    assert not _errors(
        checker, "彩票公益金法援项目：每售2857注彩票即可资助受理法援案件一例，农民工案件占比44.1%。"
    )
    assert _errors(
        checker, "彩票公益金法援项目资助受理法援案件7件，农民工案件占比44.1%。"
    )  # (no whole number of 7)


def test_a_part_no_metric_rule_names_is_summed_with_the_others(checker) -> None:  # type: ignore[no-untyped-def]
    # the review pack's total rule checks 审结 ≥ 维持 + 驳回; the breakdown adds the 改判 it cannot name
    text = "受理抗诉案件61件，审结59件，其中，维持{}件，改判10件，调解、驳回等17件。"
    assert not _errors(checker, text.format(32))
    assert _errors(checker, text.format(42))


def test_an_outcome_after_a_judgment_is_its_sibling(checker) -> None:  # type: ignore[no-untyped-def]
    # 判决 and 裁定 name how a case ended, as 撤诉 does: one list of the concluded cases
    text = "以上73件行政诉讼案件，当年全部审结，结案率为100%。其中：判决26件，撤诉{}件，裁定不予受理9件，裁定驳回起诉1件，移送2件。"
    assert not _errors(checker, text.format(35))
    assert _errors(checker, text.format(45))


def test_a_kind_enumerated_beside_a_step_part_stays_a_part(checker) -> None:  # type: ignore[no-untyped-def]
    # the parts naming the total's step (受理…) do not push out the kind listed with them by 、
    text = (
        "共计受理消费者诉求9326件，其中，受理政策咨询4423件、商品和服务投诉4008件，投诉办结率100%，"
        "消费者满意率98.56%；受理举报{}件。"
    )
    assert not _errors(checker, text.format(895))
    assert _errors(checker, text.format(1195))


def test_sexes_and_penalty_procedures_are_closed_sets(checker) -> None:  # type: ignore[no-untyped-def]
    # a list naming both members of such a set is whole: falling short of the total is an error
    sexes = "目前在矫211人。在矫人员中，其中：女性28人，男性{}人。"
    assert not _errors(checker, sexes.format(183))
    assert _errors(checker, sexes.format(163))
    procedures = "全局共立案1875件，其中一般程序案件{}件，简易程序案件938件。"
    assert not _errors(checker, procedures.format(937))
    assert _errors(checker, procedures.format(737))
    # of all kinds of enforcement cases only the penalties have a procedure: no whole of those
    assert not _errors(
        checker,
        "大队共办理各类行政执法案件216件，较2024年的244件减少11.5%。其中，一般程序案件8件，同比增长14.3%；"
        "简易程序案件22件，同比增长46.7%。",
    )


def test_a_closure_rate_counts_the_complaints_settled(checker) -> None:  # type: ignore[no-untyped-def]
    # 结案率 of a consumer association: the complaints 解决 over those 受理
    text = "全市各级消委会共受理消费者投诉2049件，解决{}件，结案率99.95%。"
    assert not _errors(checker, text.format(2048))
    assert _errors(checker, text.format(1748))


def test_a_sibling_of_the_total_past_a_semicolon_is_no_part(checker) -> None:  # type: ignore[no-untyped-def]
    # 辅助执法人员 beside 在编执法人员: not among the 27
    text = "现有在编执法人员27名，其中持有有效执法证件人员{}名；辅助执法人员15名。"
    assert not _errors(checker, text.format(24))
    assert _errors(checker, text.format(29))


def test_a_platform_closes_what_it_received_not_only_what_it_accepted(checker) -> None:  # type: ignore[no-untyped-def]
    # 12315: 办结 counts the complaints closed, accepted or not; it is bounded by those received
    text = "平台接收投诉54件，已受理31件，办结{}件，调解成功11件。"
    assert not _errors(checker, text.format(33))
    assert _errors(checker, text.format(63))
    # a review body concludes the cases it accepted
    assert _errors(checker, "收到行政复议申请35件，受理30件，审结32件。")


def test_a_mediation_rate_may_be_over_the_closures_later_in_its_sentence(checker) -> None:  # type: ignore[no-untyped-def]
    # 12315 reports count 调解成功率 over 办结, stated further on in the sentence
    text = (
        "全国12315平台共接收投诉1707件，受理932件；调解成功490件，同比上升61.18%，调解成功率{}%；"
        "“诉转案”21件，同比降低25%，办结1621件，同比上升83.79%。"
    )
    assert not _errors(checker, text.format("30.23"))
    assert _errors(checker, text.format("40.23"))


def test_a_share_joined_by_a_list_comma_after_bracketed_items_is_of_their_sum(checker) -> None:  # type: ignore[no-untyped-def]
    # (…售后服务(98件)、合计占比81.12%: 756 of the 932, not a share of the 98)
    text = "投诉受理量较大的问题主要有:质量(256件)、其他(233件)、食品安全(169件)、售后服务(98件)、合计占比81.12%。"
    assert not _errors(checker, "全国12315平台共接收投诉1707件，受理932件。" + text)
    assert _errors(checker, "全国12315平台共接收投诉1707件，受理932件。" + text.replace("81.12", "61.12"))
    # (the share right after the items, no 合计, is of their sum too, after a lead naming the main ones)
    assert not _errors(
        checker, "全国12315平台共接收投诉1707件，受理932件。" + text.replace("(98件)、合计", "(98件)")
    )


def test_people_named_by_what_each_had_done_may_overlap(checker) -> None:  # type: ignore[no-untyped-def]
    # one person may both have a contract and be insured: each count at most the whole, not its parts
    text = "核实安置残疾人361人，其中312人依法签订劳动合同，{}人缴纳社会保险。"
    assert not _errors(checker, text.format(262))
    assert _errors(checker, text.format(462))
    # what they are, or did not do, divides them still
    assert _errors(checker, "共有调解员300人，其中120人为专职，190人为兼职。")
    assert _errors(checker, "培训300人，其中220人参加考试，90人未参加考试。")


def test_a_list_among_one_instances_cases_takes_that_instances_total(checker) -> None:  # type: ignore[no-untyped-def]
    # 在审结的一审行政案件中: of the 15213 一审 cases concluded, not the nearer 二审 审结2799件
    text = (
        "2014年全省法院受理一审行政诉讼案件16208件，其中审结15213件。受理二审行政案件2931件，审结2799件。"
        "据通报，在审结的一审行政案件中，以实体判决方式结案{}件。"
    )
    assert not _errors(checker, text.format(3301))
    assert _errors(checker, text.format(23301))


def test_a_count_of_another_thing_in_the_same_counter_is_no_part(checker) -> None:  # type: ignore[no-untyped-def]
    # 97个城市 after 11个一级指标当中，有8个一级指标…: cities, not indicators
    text = "2023年全国100个城市参与评估，11个一级指标当中，有{}个一级指标相对于上年实现了增长，同时有97个城市得分率在60%以上。"
    assert not _errors(checker, text.format(8))
    assert _errors(checker, text.format(18))


def test_a_rate_after_a_move_naming_another_measure_is_not_its_change(checker) -> None:  # type: ignore[no-untyped-def]
    # 审批效率提速80%: how much faster approval got, not how far the items fell (1033 → 495)
    assert not _errors(checker, "将市一级行政审批事项由1033项减少到495项，使审批效率提速80%。")
    assert _errors(checker, "将市一级行政审批事项由1033项减少到495项，减少80%。")


def test_an_average_moved_from_one_value_to_another_averages_no_stated_total(checker) -> None:  # type: ignore[no-untyped-def]
    text = "170个县直部门207个审批印章全部封存，县(市、区)级政务服务中心平均进驻事项从386项增至534项。"
    assert not _errors(checker, text)  # (the average of the centres, moved; not 534 over 207)
    assert _errors(checker, "处理集体劳动争议7200件，涉及劳动者16.33万人，案均涉及33人。")


def test_a_list_after_the_only_part_named_of_a_whole_divides_that_part(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "2014年全省法院受理一审行政诉讼案件16208件，其中审结15213件。受理二审行政案件2931件，审结2799件。"
        "据通报，在审结的一审行政案件中，以实体判决方式结案3301件，其中行政机关实体败诉案件数为{}件。"
    )
    assert not _errors(checker, text.format(1124))
    assert _errors(checker, text.format(4124))  # (beyond the 3301 it is of, though within the 15213)


def test_items_of_information_in_jian_and_tiao_make_one_list(checker) -> None:  # type: ignore[no-untyped-def]
    text = "主动公开政府信息47条，其中部门文件{}件，通知公告16条，人事任免5条，财政预决算2条，工作计划1条，工作总结1条。"
    assert not _errors(checker, text.format(22))
    assert _errors(checker, text.format(28))


def test_a_part_stated_as_the_sum_of_its_kinds_is_still_a_part(checker) -> None:  # type: ignore[no-untyped-def]
    # 其中…共计N件: the part's own subtotal (a fix for 共上报3013件 past a rate, fa21 p37, was tried and dropped)
    text = "去年共受理各类环境资源行政案件1364件，审结1151件，同比分别增长19%、23.3%。其中，涉土地、地矿、林业等资源类行政管理案件数量突出，共计{}件，审结1087件，同比分别增长17.2%、28.6%。"
    assert not _errors(checker, text.format(1291))
    assert _errors(checker, text.format(1491))


def test_shares_of_100_percent_leave_room_for_a_small_item_within_their_rounding(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "全市12315热线平台共接收各类投诉举报咨询324983件。从热线平台三大数据来源看，传统的人工话务接收243000件，"
        "占比74.8%；群众通过互联网渠道自行登记{}件，占比25.2 %；各级监管人员录入(邮箱、来函、其他部门转办等)278件。"
    )
    assert not _errors(checker, text.format(81975))  # (8 short: within what 74.8% and 25.2% leave room for)
    assert _errors(checker, text.format(80975))  # (1008 short: beyond it)
    assert _errors(checker, "共收到申请6300件，其中依法受理4955件，占79.9%；不予受理1245件，占20.1%。")


def test_a_rate_right_after_the_one_part_of_a_qizhong_its_words_name_is_of_that_part(checker) -> None:  # type: ignore[no-untyped-def]
    text = "大队共有在编人员32人，其中持有行政执法证件人员30人，持证率达{}%。"
    assert not _errors(checker, text.format("93.75"))
    assert _errors(checker, text.format("98.75"))
    assert not _errors(checker, "受理投诉100件，其中咨询60件，满意率98%。")  # (not a subset its words name)


def test_a_first_part_beyond_the_figure_of_its_step_is_of_the_whole_stated_as_one(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "2021年，新区分局共接受各类消费者投诉举报共计2978件。通过全国12315互联网平台受理1121件，同比上升119%；"
        "通过浙江省统一政务咨询投诉举报平台受理1834件，同比上升30.44%；通过群众来信来电及其他部门转办23件。"
        "其中，受理消费投诉{}件，占投诉举报总量的77%，已处理2178件。举报件共受理688件，占投诉举报总量的23%。"
    )
    assert not _errors(checker, text.format(2290))  # (of the 2978, not of the 1834 受理 on one platform)
    assert _errors(checker, text.format(2590))
    # a part merely beyond the figure of its step, with no share of a whole, is a slip to flag
    assert _errors(
        checker,
        "共受理各类一审民事案件227690件，审结195141件，其中审结涉及环境污染损害赔偿一审案件205589件。",
    )


def test_a_funds_income_outgo_and_balance_are_no_parts_of_each_other(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "2013年全国社会保险基金收入32829亿元，比上年增长9.9%，其中保险费收入24664亿元，财政补贴收入{}亿元；"
        "支出27913亿元，比上年增长16.8%；本年收支结余4915亿元，年末滚存结余40943亿元。"
    )
    assert not _errors(checker, text.format(7180))  # (the income's parts end at 支出)
    assert _errors(checker, text.format(9180))  # (its own parts still add up to no more than it)


def test_rates_after_counts_of_two_kinds_pair_with_them_in_order(checker) -> None:  # type: ignore[no-untyped-def]
    # 14.92% is of the 593 accidents, 0.42% of the 236 deaths
    text = "全市共发生道路交通事故593起，死亡236人，同比下降14.92%和{}%。"
    assert not _errors(checker, text.format("0.42"))
    assert _errors(checker, text.format("9.42"))
    # three counts and three rates: not the last two counts with the first two rates
    assert not _errors(
        checker, "滥伐林木罪数量最多，共423件，审结394件，判处罪犯580人，同比增长13.7%、12.6%和12.8%。"
    )
    shares = (
        "前8个月66万起火灾事故，共亡1324人、伤1760人，直接财产损失49.2亿元。从区域分布看，农村地区火灾共39.1万起、"
        "亡645人，占总数的59.1%和{}%，农村火灾仍然相对多发；城市地区火灾25.3万起、亡620人，占总数的38.3%和46.8%；"
        "工业区、旅游区等其他区域火灾1.7万起、亡59人，占总数的2.6%和4.5%。"
    )
    assert not _errors(checker, shares.format("48.7"))  # (each rate of its own kind's whole: fires, deaths)
    assert _errors(checker, shares.format("58.7"))


def test_a_larger_figure_alone_in_a_bracket_is_what_the_figure_is_out_of(checker) -> None:  # type: ignore[no-untyped-def]
    text = "公安部门败诉42件(生效275件)，败诉率{}%；人力资源和社会保障部门败诉22件(生效168件)，败诉率13.1%。"
    assert not _errors(checker, text.format("15.27"))
    assert _errors(checker, "受理100件(其中调解150件)。")  # (其中 says it is a part)


def test_more_than_last_year_by_a_figure_names_the_change_not_the_prior(checker) -> None:  # type: ignore[no-untyped-def]
    text = "受理一审行政案件152件，比上年多16件，上升{}%。"
    assert not _errors(checker, text.format("11.8"))  # (16 more than 136)
    assert _errors(checker, text.format("21.8"))


def test_the_total_said_again_in_its_list_is_no_part(checker) -> None:  # type: ignore[no-untyped-def]
    text = "该庭共审结各类行政诉讼案件79件，其中行政行为合法，政府胜诉的5件，仅占结案数的6.3%，该县79件“民告官”案行政机关{}件败诉。"
    assert not _errors(checker, text.format(74))
    assert _errors(checker, text.format(84))


def test_a_figure_that_is_itself_a_share_of_the_whole_is_no_base_for_the_whole(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "全年共接报火灾63.68万起，死亡1441人。22时至次日8时共死亡760人，占总数的52.7%，多与夜间火灾发现晚有关；"
        "其中，0-2时为亡人火灾高发时段，共死亡183人，占亡人总数的12.7%。"
    )
    assert not _errors(checker, text)  # (183 of all 1441 deaths, not of the 760 at night)
    assert _errors(checker, "全年火灾共死亡1441人，其中0-2时死亡183人，占亡人总数的22.7%。")


def test_areas_counted_and_a_subsets_rate_are_no_readings_of_the_problems(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "整改报告从省级财政管理、国有资产管理六个方面报告了整改情况，审计工作报告反映2212个的问题中，已整改1970个，"
        "整改率{}%，其中立行立改类问题基本整改到位，整改率96.19%。"
    )
    assert not _errors(checker, text.format("89.06"))  # (六个方面 are areas; 96.19% is of the 立行立改 ones)
    assert _errors(checker, text.format("79.06"))


def test_a_courts_non_litigation_enforcement_review_is_a_kind_of_case_not_a_step(checker) -> None:  # type: ignore[no-untyped-def]
    text = "2017年，全市法院共受理各类行政案件953件（不含旧存，下同），审结966件。受理非诉行政执行审查案件508件，审结{}件。"
    assert not _errors(checker, text.format(510))  # (old cases concluded too: up to twice the new)
    assert _errors(checker, text.format(1510))


def test_items_after_bao_kuo_past_a_semicolon_stay_the_parts_own_while_they_fit_it(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "2018年两级法院共受理各类行政案件10447宗。其中，受理行政诉讼案件6299宗，包括一审行政诉讼案件4049宗，同比减少10.7%；"
        "二审行政诉讼案件2250宗，同比增加48.2%；行政管辖案件2宗；行政非诉执行案件{}宗，同比增长3.5%。"
    )
    assert not _errors(checker, text.format(4146))  # (6299 + 2 + 4146: the 一审 and 二审 are the 6299's)
    assert _errors(checker, text.format(4846))


def test_a_pair_told_by_chu_wai_and_the_rest_splits_the_part_before_it(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "以上52件行政诉讼案件，当年全部审结。其中：判决20件，撤诉24件，裁定不予受理5件，裁定驳回起诉1件，移送2件。"
        "判决的20件中，上诉{}件，除2件因一方当事人提出新的证据二审予以改判外，其他13件均维持一审判决。"
    )
    assert not _errors(checker, text.format(15))  # (2 + 13 are the 15 appealed)
    assert _errors(checker, text.format(25))


def test_a_part_involving_people_past_a_semicolon_is_still_a_sibling(checker) -> None:  # type: ignore[no-untyped-def]
    # (涉及农民工… after a part is no 包括: the next part past the ； is its sibling, not nested in it)
    text = "共检查用人单位160余家，其中建筑业企业98家，涉及农民工1.12万余人；加工、餐饮业{}家，涉及农民工0.3万余人。"
    assert not _errors(checker, text.format(45))
    assert _errors(checker, text.format(85))


def test_shares_of_counts_in_several_units_are_each_of_its_own_measures_whole(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "2017年，全国共接报火灾28.1万起，亡1390人，伤881人，已核直接财产损失36亿元。从火灾发生单位看，发生在非消防安全"
        "重点单位的火灾共25.8万起，亡1317人，伤810人，直接财产损失31.5亿元，分别占总数的91.8%、94.7%、{}%和87.6%。"
    )
    assert not _errors(checker, text.format("91.9"))  # (810 of the 881 injured, 1317 of the 1390 dead)
    assert _errors(checker, text.format("81.9"))


def test_a_share_of_the_whole_named_by_its_measure_takes_that_measures_count_and_the_grand_total(
    checker,
) -> None:  # type: ignore[no-untyped-def]
    text = (
        "前8个月66万起火灾事故，共亡1324人。从场所类型看，居民家庭火灾共21.7万起，造成999人死亡。从建筑类型看，"
        "高层建筑火灾共3.6万起，亡203人，火灾起数虽然只占总数的{}%，但亡人数占总数的15%以上。"
    )
    assert not _errors(checker, text.format("5.4"))  # (3.6万 of the 66万 fires, not 203 of anything)
    assert _errors(checker, text.format("9.4"))


def test_a_count_of_kinds_before_a_measure_named_is_no_part_to_replace(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "检察机关受理审查起诉未成年犯罪嫌疑人数量居前六位的罪名、人数分别是盗窃113077人、抢劫57845人、故意伤害47881人、"
        "聚众斗殴39881人、寻衅滋事39082人、强奸17690人，六类犯罪嫌疑人数量占全部犯罪人数的82.28%。"
    )
    assert not _errors(checker, text)  # (the six together, of a whole not stated)


def test_a_long_parenthesis_after_a_figure_itemises_it(checker) -> None:  # type: ignore[no-untyped-def]
    # (the parts' labels may run past 40 characters before the bracket closes)
    text = "环卫处{}人(在职在编132人、退休人员148人、临聘人员272人、3个市场化公司聘用人员1155人)。"
    assert not _errors(checker, text.format(1707))
    assert _errors(checker, text.format(1607))


def test_what_an_inspection_found_bounds_what_was_put_right(checker) -> None:  # type: ignore[no-untyped-def]
    # (查出, like 发现 and 排查出, is a screening: what it found is the earlier step of 整改)
    text = "查出一般隱患23條,限期整改{}條。"
    assert not _errors(checker, text.format(23))
    assert _errors(checker, text.format(29))


def test_a_share_of_a_measure_may_be_of_the_whole_its_named_parts_make_up(checker) -> None:  # type: ignore[no-untyped-def]
    # (民事…类立案 and 行政…类立案 are parts of the 32914: 占同期立案数 may be of the whole, which is tried too)
    text = (
        "全国检察机关共立案办理公益诉讼案件32914件。立案办理的公益诉讼案件中，民事公益诉讼类立案3374件，"
        "占立案总数的10.3%；行政公益诉讼类立案29540件，占立案总数的89.7%。全国检察机关共提起公益诉讼1242件，"
        "占同期立案数的{}%。"
    )
    assert not _errors(checker, text.format("3.8"))  # (1242 of the 32914)
    assert _errors(checker, text.format("8.8"))


def test_a_split_listed_under_one_total_is_no_split_of_a_later_total(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "开展文物执法巡查232103次，发现各类违法行为{}起，其中按简易程序处理522起，按一般程序立案查处157起。"
        "对全国重点文物保护单位违法案件立案90起，实施行政处罚32起，责令改正70起。"
    )
    assert not _errors(checker, text.format(679))  # (the procedures split the 679, not the 32 penalties)
    assert _errors(checker, text.format(579))


def test_a_field_named_nearer_the_figure_than_a_cue_takes_the_cue_away(checker) -> None:  # type: ignore[no-untyped-def]
    # (对行政处罚结果…申请行政复议案件3件: review cases about penalties, not penalties)
    text = (
        "全市公安机关共办结案件3223708件，适用简易程序3174731件，适用一般程序48977件。"
        "对行政处罚结果向市公安局申请行政复议案件3件。"
    )
    assert not _errors(checker, text)
    assert _errors(checker, "全年办理行政处罚案件3件，其中适用简易程序3174731件，适用一般程序48977件。")


def test_shares_each_of_its_own_kind_are_no_list_of_one_whole(checker) -> None:  # type: ignore[no-untyped-def]
    text = "节能产品采购规模为566.6亿元，占{0}采购规模的71.5%；环保产品采购规模为1360亿元，占{0}采购规模的81.5%。"
    assert not _errors(checker, text.format("同类产品"))  # (each of its own kind's purchases)
    assert _errors(checker, text.format(""))  # (of one whole: 153% is too much)


def test_a_slogan_with_zero_is_no_count_of_zero(checker) -> None:  # type: ignore[no-untyped-def]
    assert not _errors(
        checker, "全市政务服务事项跑零次实现率95.4%，网上办事实现率98.34%，掌上办事实现率98.61%。"
    )
    assert _errors(checker, "全市共有政务服务事项1000项，其中跑零次事项954项，跑零次实现率85.4%。")


def test_ways_an_item_is_handled_overlap(checker) -> None:  # type: ignore[no-untyped-def]
    # (the "四办": an item may be 网上办 and 一次办 at once; each is still at most the whole)
    text = "市本级1256项，其中马上办{}项、就近办347项、网上办462项、一次办1184项。"
    assert not _errors(checker, text.format(508))
    assert _errors(checker, text.format(1508))


def test_a_reductions_figures_are_no_parts_and_its_rate_no_plain_rate(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "原12.4万个义务教育阶段线下学科类校外培训机构压减到9728个，压减率为92.14%，"
        "原263个线上校外培训机构压减到34个，压减率为{}%。"
    )
    assert not _errors(checker, text.format("87.07"))  # ((263 - 34) / 263, not 34 of 12.4万)
    assert _errors(checker, text.format("97.07"))


def test_a_rate_after_a_semicolon_is_no_rate_of_the_count_before_it(checker) -> None:  # type: ignore[no-untyped-def]
    text = "二次供水设施189家中161家持有卫生许可证{}设施卫生合格率为63.49%。"
    assert not _errors(checker, text.format("；"))  # (a segment of its own, of another property)
    assert _errors(checker, text.format("，"))  # (right after the count: its numerator or base)


def test_a_table_cell_in_another_unit_is_no_part_of_the_rows_total(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "单位名称 | 警告 | 通报批评 | 罚款 | 没收违法所得 | 没收非法财物 | 责令停产停业 | 合计 (宗) |\n"
        "文化和旅游局 | 8 | 0 | 0 | 0 | 304册 | 1 | {} |\n"
    )
    assert not _errors(checker, text.format(9))  # (304 books seized, not 304 decisions)
    assert _errors(checker, text.format(19))


def test_shares_of_a_kind_and_of_a_channel_are_two_classifications(checker) -> None:  # type: ignore[no-untyped-def]
    assert not _errors(checker, "投诉举报总量有上升趋势，医疗执业类占总数的60.71%；电话举报占总数的70.84%。")
    assert _errors(checker, "投诉举报总量有上升趋势，医疗执业类占总数的60.71%；无证行医类占总数的70.84%。")


def test_shares_beside_counts_hecha_does_not_read_are_shares_with_counts(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "在被检查的用人单位中，设立职业卫生管理机构的{}，占68.88%；落实目标管理责任制的{}，占67.93%；"
        "制定职业病防治计划的{}，占60.76%。"
    )
    # (attributes, each of all; 7万9千家 is a count hecha does not read)
    assert not _errors(checker, text.format("7万9千家", "7万8千家", "7万1千家"))
    assert _errors(checker, text.format("", "", ""))  # (shares alone, of one whole: 197.6%)


def test_a_base_a_tenth_of_the_part_or_less_counts_another_thing(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "实际扣留进出口侵权嫌疑货物6.09万批、7793.85万件。全年受理备案申请23412件，其中国内权利人备案数量为15091件。"
        "扣留涉嫌侵犯商标权的货物高达{}件，占全部扣留数量的97.93%。"
    )
    assert not _errors(checker, text.format("7632.31万"))  # (of the 7793.85万 seized, not of 15091 filings)
    assert _errors(checker, text.format("15000"))  # (a figure near 15091 may be its share: 99.4%, not 97.93%)


def test_a_list_of_shares_after_fen_bie_ends_with_its_kinds(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "所检查的6920个建设项目中，国家级、省级、市级、县级分别为137项(占2.0%)、950项(占13.7%)、2360项(占{}%)、"
        "3473项(占50.2%)；严重职业病危害项目数为1536项(占22.2%)。"
    )
    assert not _errors(checker, text.format("34.1"))  # (the 22.2% is of all the projects, no fifth level)
    assert _errors(checker, text.format("54.1"))


def test_shares_agree_on_the_sum_of_parts_within_what_the_parts_display(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "全国共有执业律师52.2万多人。从文化程度看，本科学历的律师38.59万多人，占{}%，硕士研究生学历的律师10.49万多人，"
        "占20.15%，博士研究生学历的律师7000多人，占1.35%，本科学历以下的律师2.3万多人，占4.43%。"
    )
    assert not _errors(checker, text.format("74.07"))  # (all of 52.08万多: the four add up to it)
    assert _errors(checker, text.format("64.07"))


def test_shares_of_a_list_far_smaller_than_the_figure_before_say_nothing_of_it(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "全省检察机关共收集案件线索{}件，其中，提起民事公益诉讼17件，占4.58%；提起刑事附带民事公益诉讼158件，"
        "占42.59%；提起行政公益诉讼196件，占52.83%。"
    )
    assert not _errors(checker, text.format("1.9万余"))  # (shares of the 371 suits, not of the clues)
    assert _errors(checker, text.format("391"))  # (shares adding to 100% of a whole near them: it is short)


def test_an_average_over_a_span_of_time_names_no_count(checker) -> None:  # type: ignore[no-untyped-def]
    assert not _errors(
        checker,
        "全市共发生交通事故122742起，其中死亡事故509起，531人在事故中丧生，平均不到一天就有两人因事故身亡。",
    )
    assert _errors(checker, "处理集体劳动争议7200件，涉及劳动者16.33万人，案均涉及13人。")


def test_a_monthly_average_per_person_is_of_that_months_total_and_of_its_own_scope(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "全市共保障城乡低保对象104604户、156253人，其中：城市38678户、53734人，农村65926户、102519人；"
        "补助水平城市达到月人均{}元，农村达到月人均324元；{}支出资金7550.24万元，其中：城市支出4226.28万元，"
        "农村支出3323.96万元。"
    )
    assert not _errors(checker, text.format(787, "当月"))  # (4226.28万 of the city over its 53734 persons)
    assert _errors(checker, text.format(887, "当月"))
    assert not _errors(checker, text.format(887, "累计"))  # (a total of months: the span is another)


def test_a_rate_per_amount_of_output_is_no_share_of_counts(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "全年共发生各类伤亡事故15709起,死亡2902人。其中,道路交通事故8865起,死亡2190人;工矿商贸事故273起,死亡361人;"
        "铁路交通事故422起,死亡303人;水上交通事故13起,死亡10人;火灾事故6136起,死亡38人。全省{}死亡率为0.63%。"
    )
    assert not _errors(checker, text.format("亿元GDP生产安全事故"))  # (deaths per 亿元 of output)
    assert _errors(
        checker, text.format("火灾事故")
    )  # (38 of 6136 fires, read as a rate of the counts: 0.62%… no)


def test_a_share_of_two_bracketed_items_together_is_of_their_sum(checker) -> None:  # type: ignore[no-untyped-def]
    text = "其中，扑救火灾共74.5万起、占38.1%；公务执勤(9.6万起)及其他出动(10.5万起)占总数的{}%。"
    assert not _errors(checker, text.format("10.3"))  # (20.1万 of 195.6万, unstated here)
    assert _errors(checker, "其中，扑救火灾共74.5万起、占38.1%；公务执勤(9.6万起)占出动(10.5万起)的10.3%。")


def test_the_row_numbering_a_statistical_forms_columns_holds_no_figures(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "指标名称 | 单位 | 代码 | 数量 | 上期 | 环比 |\n甲 | 丙 | 乙 | 1 | 2 | 3 |\n"
        "乡级行政区划 | 个 | YZH011110000 | 3,101 | 3,101 | {} |\n"
    )
    assert not _errors(checker, text.format(0))
    assert not [f for f in extract(text.format(0)).facts if f.mention.text == "1"]


def test_households_hold_their_people(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全市共保障城乡低保对象104604户、156253人，其中：城市38678户、53734人，农村65926户、{}人。"
    assert not _errors(checker, text.format(102519))
    assert _errors(checker, text.format(133275))  # (the persons of the parts exceed the whole's)


def test_a_change_and_the_figure_compared_with_are_no_bases(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "我省现有七类残疾人共221.1万人，占全省总人口比例为6.25%，与1987年比较，全省残疾人口总量增加90.2万人。各类残疾人的人数及比重分别是："
        "视力残疾35.6万人，占16.10%；听力残疾61.3万人，占27.73%；言语残疾2.7万人，占1.22%；肢体残疾49.9万人，"
        "占22.57%；智力残疾19.1万人，占8.64%；精神残疾16.3万人，占7.37%；多重残疾36.2万人，占{}%。"
    )
    assert not _errors(checker, text.format("16.37"))  # (of the 221.1万, not of the increase of 90.2万)
    assert _errors(checker, text.format("26.37"))


def test_a_share_of_persons_has_no_count_of_events_for_its_part(checker) -> None:  # type: ignore[no-untyped-def]
    text = "去年，境内发生了3起重大交通事故，死亡人数同比上升了3个百分点，占各类生产安全事故{}的74.4%。"
    assert not _errors(checker, text.format("死亡人数"))
    assert _errors(checker, text.format("起数"))  # (3 of a whole number of events: no whole gives 74.4%)


def test_shares_of_a_scope_only_are_each_of_their_own_measure(checker) -> None:  # type: ignore[no-untyped-def]
    text = "在环境执法中收缴罚款8152万元，占全省{0}48.9%；下达按日计罚4757万元，占全省{0}41.0%；查处环境违法案件1165件，占全省{0}36.3%。"
    assert not _errors(checker, text.format(""))  # (the province's fines, its daily penalties, its cases)
    assert _errors(
        checker, text.format("罚没总额的")
    )  # (one whole named: 89.9% of money in two shares, and more)


def test_a_change_between_shares_does_not_break_their_list(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "章丘因事故死亡人数最多，有127人，占全市总数的23.92%，同比增加19人；历城区死亡73人，占全市总数的13.75%，"
        "同比增加12人；济阳死亡72人，占全市总 数的{}%，同比增加25人；长清共死亡59人，占全市总数的11.11%，同比减少12人。"
    )
    assert not _errors(checker, text.format("13.55"))
    assert _errors(checker, text.format("63.55"))  # (the shares of one whole add up past 100%)


def test_all_of_a_kind_before_a_count_qualifies_that_count(checker) -> None:  # type: ignore[no-untyped-def]
    text = "我省共完成并公布31297批次食品样品监督抽检结果，所检项目全部合格的30765批次，不合格的532批次，总体合格率为{}%。"
    assert not _errors(
        checker, text.format("98.30")
    )  # (the samples whose items all passed: no claim on the 31297)
    assert _errors(checker, text.format("88.30"))


def test_a_rate_beside_the_count_it_leaves_out_is_of_the_rest(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全省共完成11089批次食品样品监督抽检，其中不合格样品480批次，样品总体合格率为{}%。"
    assert not _errors(checker, text.format("95.67"))  # ((11089 - 480) / 11089)
    assert _errors(checker, text.format("85.67"))


def test_a_part_listed_under_one_total_is_no_qualified_subset_of_another(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "各省人大及其常委会制定地方性法规386件，修改396件，批准设区的市的地方性法规{}余件，"
        "其中设区的市新制定地方性法规521件。"
    )
    assert not _errors(checker, text.format(700))  # (521 of the 700 approved, not of the 386 made)
    assert _errors(checker, text.format(400))  # (400余 cannot hold 521)


def test_a_bracketed_qizhong_list_ends_with_its_bracket(checker) -> None:  # type: ignore[no-untyped-def]
    text = "医院按等级分：三级医院{}个(其中：三级甲等医院1580个)，二级医院10404个，一级医院12252个，未定级医院9742个。"
    assert not _errors(checker, text.format(2996))  # (the 二级… are its siblings, not its parts)
    assert _errors(checker, text.format(1296))  # (1580 of 1296)


def test_a_count_shown_with_decimals_is_rounded_to_them(checker) -> None:  # type: ignore[no-untyped-def]
    text = "指标 | 2018年第四季度 | 2017年第四季度 | 增减绝对数 |\n总计 | 13091.10 | 12747.20 | {} |\n"
    assert not _errors(checker, text.format("343.91"))  # (13091.10 − 12747.20, each to its last digit)
    assert _errors(checker, text.format("353.91"))


def test_a_list_beyond_the_figure_its_step_names_is_of_the_whole_stated_after_it(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "法规工作室对报送备案的72件规范性文件全部进行了初步审查、登记备案，对连同委托审查的1件党内规范性文件共73件规范性"
        "文件全部提出了办理建议。其中，分送专门委员会审查54件，有关专门委员会共同审查6件，法规工作室审查{}件。"
    )
    assert not _errors(
        checker, text.format(13)
    )  # (of the 73, not of the 1 added; nor is the 1 the 72 reviewed)
    assert _errors(checker, text.format(23))


def test_a_failure_rate_is_of_what_was_sampled(checker) -> None:  # type: ignore[no-untyped-def]
    # (抽检, 检测, 检验 are steps; a rate named by a negated step, …不合格率, is over the count before that step)
    text = "全年共抽检342004批次，不合格6258批次，监督抽检总体不合格率为{}%。"
    assert not _errors(checker, text.format("1.83"))
    assert _errors(checker, text.format("6.83"))


def test_a_change_read_past_a_bracketed_aside_and_with_its_rate_in_brackets(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全省卫生人员总数达786380人(包括村卫生室人员数,下同),比上年增加47086人,增长{}%。"
    assert not _errors(checker, text.format("6.37"))
    assert _errors(checker, text.format("11.37"))
    text = "总诊疗人次(含村卫生室)达37000.3万人次,比上年增加594.2万人次(增长{}%)。"
    assert not _errors(checker, text.format("1.6"))
    assert _errors(checker, text.format("6.6"))


def test_a_non_overlapping_part_says_the_others_overlap(checker) -> None:  # type: ignore[no-untyped-def]
    # (水资源总量 = 地表水资源量 + 地下水与地表水资源不重复量: 地下水 overlaps 地表水)
    text = (
        "全国水资源总量为27462.5亿立方米，其中，地表水资源量为26323.2亿立方米，地下水资源量为{}亿立方米，"
        "地下水与地表水资源不重复量为1139.3亿立方米。"
    )
    assert not _errors(checker, text.format("8246.5"))
    assert _errors(checker, text.format("28246.5"))  # (a part alone beyond the whole)


def test_a_light_verb_in_front_of_a_name_picks_out_no_subset(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "今年前三季度，全国结婚登记474.7万对，离婚登记196.7万对。2023年前三季度，全国共办理结婚登记569.0万对，"
        "办理离婚登记197.3万对。"
    )
    assert not _errors(checker, text)  # (办理离婚登记 of another year is no part of 离婚登记196.7万对)
    assert _errors(checker, "全市共办理婚姻登记7056对，其中结婚登记5081对，离婚登记2975对。")


def test_a_share_of_a_target_may_pass_100_and_each_is_of_its_own_target(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全省新建公共租赁住房12.9万套，占年目标任务的103.2%；完成农村危房改造10.4万户，占年{}的130%。"
    assert not _errors(checker, text.format("目标任务"))
    assert _errors(checker, text.format("改造总量"))  # (a share of a whole, not a target: 130% is too much)


def test_a_statement_of_the_year_after_a_semicolon_ends_a_qizhong_list(checker) -> None:  # type: ignore[no-untyped-def]
    text = "中等职业教育学校15所；全年招生5608人；年末在校学生11504人，其中：少数民族在校学生{}人；全年毕业学生4760人。"
    assert not _errors(checker, text.format(5149))  # (the graduates are no part of those enrolled)
    assert _errors(checker, text.format(15149))


def test_a_row_of_means_is_no_total_row(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "城市 | 一级天数 | 比例(%) | 二级天数 | 比例(%) |\n合肥 | 53 | 14.5 | 257 | 70.4 |\n"
        "黄山 | 257 | 70.4 | 108 | 29.6 |\n全省{} | 155 | 42.5 | 183 | 50.0 |\n"
    )
    assert not _errors(
        checker, text.format("平均")
    )  # (the cities' mean: each 比例 is of its own row's 365 days)
    assert _errors(checker, text.format("合计"))  # (a total row of 155 days: 53 and 257 are no parts of it)


def test_shares_of_two_years_in_one_sentence_are_no_list_of_one_whole(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "劳动争议处理方式，从2016年的仲裁调解为主(占比为52%)和仲裁裁决为辅(占比为27.5%)，"
        "转变为{}年的仲裁裁决(占比为47.0%)和仲裁调解(占比44.3%)并重。"
    )
    assert not _errors(checker, text.format("2020"))  # (79.5% in 2016, 91.3% in 2020)
    assert _errors(checker, text.format("2016"))  # (one year's four shares: 170.8%)
    assert _errors(checker, text.format("2020").replace("44.3", "64.3"))  # (2020's two: 111.3%)


def test_a_figure_written_without_its_unit_is_the_whole_of_the_list_after_it(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "收到政府信息公开申请534件，在本月内完成答复件502，其中同意公开的为368件，占73%；"
        "同意部分公开的为22件，占4%；否决公开的为112件，占22%。"
    )
    assert not _errors(checker, text)  # (368 + 22 + 112 = 502, not 534; the shares are of the 502 too)
    read = text.replace("完成答复件502", "完成答复502件")  # (the same figure with its unit after it)
    assert not _errors(checker, read)
    assert _errors(checker, read.replace("112件", "102件"))  # (368 + 22 + 102 falls short of the 502)


def test_a_count_awaiting_a_step_has_not_taken_it(checker) -> None:  # type: ignore[no-untyped-def]
    text = "共收到行政复议申请31件，已受理30件。现复议机关已审结28件，其余2件待审，1件{}。"
    assert not _errors(checker, text.format("待受理"))
    assert _errors(checker, text.format("受理"))  # (as it reads: 28 concluded of 1 received)


def test_the_verb_before_subjects_listed_names_the_figure(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全市共审结4311件；审结市政府、市直部门案件536件，败诉33件，败诉率为{}%；审结各县区案件3775件。"
    assert not _errors(checker, text.format("6.16"))
    found = _errors(checker, text.format("6.20"))
    assert found and "6.16%" in found[0]  # (33 ÷ 536 shown at the stated places, beside 6.20%)
    assert not any("HC301" in f for f in found)  # (536 is concluded, no intake below the 3775 concluded)


def test_an_overall_rate_naming_several_steps_counts_them_together(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "审结行政复议案件304件，直接纠错69件，纠错率22.7%；调解结案64件；推动实质性化解15件，综合{}率48.7%。"
    )
    assert not _errors(checker, text.format("纠错化解"))  # ((69 + 64 + 15) ÷ 304)
    assert _errors(checker, text.format("化解"))  # (of the 15 alone: no whole-number base gives 48.7%)


def test_a_set_named_before_its_list_is_the_count_of_that_name(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "某局作为被告参加行政诉讼12件，其中一审案件9件、上诉案件2件、再审案件1件。目前，人民法院共开庭审理"
        "行政应诉案件5件。2.涉案业务领域。一审案件中，注册登记类案件3件，占案件总数的33.32%；食品类案件2件，"
        "占案件总数的22.22%；质量标准类案件{}件，占案件总数的22.22%；价格类案件1件，占案件总数的11.12%；"
        "政府信息公开案件1件，占案件总数的11.12%。"
    )
    lists = roles(text.format(2), "breakdown")
    assert {
        "total": ["9件"],
        "parts": ["3件", "2件", "2件", "1件", "1件"],
        "bases": [],
    } in lists  # (not the 5 heard; 政府信息公开案件 is a kind of case like the others, no step)
    assert _errors(checker, text.format(5))  # (3 + 2 + 5 + 1 parts exceed the 9)


def test_what_was_done_before_a_step_names_no_count_of_it(checker) -> None:  # type: ignore[no-untyped-def]
    text = "2024年新受理行政复议案件151件，其中已办结案件135件。2024年复议{}协商化解案件17件。"
    metric = {f.mention.text: f.metric for f in extract(text.format("受理前")).facts}
    assert metric["17件"] is None  # (resolved before acceptance: no 受理 of 17 below the 135 concluded)
    metric = {f.mention.text: f.metric for f in extract(text.format("受理后")).facts}
    assert metric["17件"] == "review.accepted"


def test_a_rate_whose_numerator_is_in_its_base_is_reported_with_its_quotient(checker) -> None:  # type: ignore[no-untyped-def]
    text = "共批准逮捕各类犯罪嫌疑人3210人。不批准逮捕1070人，不捕率为{}%。"
    assert not _errors(checker, text.format("25"))
    [found] = _errors(checker, text.format("35"))
    assert "1070 ÷ 4280 = 25.0%" in found  # (not "no whole number gives this rate": 不捕 is stated)


def test_arrests_with_those_decided_are_more_than_a_non_arrest_rate_is_of(checker) -> None:  # type: ignore[no-untyped-def]
    # (批准和决定逮捕 holds the arrests decided in a procuratorate's own cases, which no arrest review decided)
    text = "共{}各类犯罪嫌疑人22.2万人；不捕13.9万人，不捕率39.2%。"
    assert not _errors(checker, text.format("批准和决定逮捕"))  # (a note only: the base is a little smaller)
    assert _errors(checker, text.format("批准逮捕"))  # (13.9 ÷ 36.1 = 38.5%)


def test_a_band_of_caseloads_and_the_judges_in_it_are_no_cases_and_their_people(checker) -> None:  # type: ignore[no-untyped-def]
    text = "员额法官人均结案233.13件，其中，500件{}1人，400件以上2人。"
    assert not _errors(checker, text.format("以上 "))  # (one judge closed more than 500 cases)
    assert _errors(checker, text.format("，涉及"))  # (500 cases and one person in them all)


def test_a_share_of_what_listed_kinds_hold_is_not_of_the_number_of_kinds(checker) -> None:  # type: ignore[no-untyped-def]
    text = "民事一审收案26059件。民事一审收案案由无变动，列出的14个{}共占民事一审收案总数的77.59%。"
    assert not _errors(checker, text.format("案由"))  # (20220 cases of the 14 kinds: unstated)
    assert _errors(checker, text.format("法庭"))  # (14 of some whole: no whole number gives 77.59%)


def test_a_share_of_a_bodys_whole_is_of_no_count_of_one_kind(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "1.受理诉讼类案件123件，受案数量占全院总收案数的62.12%。2.受理行政案件24件(其中行政一审案件22件、"
        "行政赔偿一审案件2件)。3.受理执行类案件71件，受案数量占全院总收案数的{}%。"
    )
    assert not _errors(checker, text.format("35.86"))  # (71 of 198, a whole the text does not state)
    assert _errors(checker, text.format("35.96"))  # (62.12% and 35.96% admit no one whole-number base)


def test_a_rate_of_a_subset_of_a_subset_may_be_of_the_outer_set(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "审结的548件买卖合同一审案件中，适用简易程序的有525件，简易程序适用率为95.8%，其中适用小额诉讼程序的有"
        "220件，小额诉讼程序适用率为{}%。"
    )
    assert not _errors(checker, text.format("40.15"))  # (220 of the 548 concluded)
    assert not _errors(checker, text.format("41.90"))  # (220 of the 525 simple procedures)
    assert _errors(checker, text.format("45.15"))


def test_rates_after_as_many_counts_joined_alike_are_theirs_in_order(checker) -> None:  # type: ignore[no-untyped-def]
    text = "入选最高人民法院公报案例9件、指导性案例1件，占全国法院入选数的42.9%和{}%。"
    assert not _errors(checker, text.format("4.8"))  # (9 and 1 of 21, 分别 left unsaid)
    assert _errors(checker, text.format("14.8"))  # (9 of 21 and 1 of 21: no one whole gives both)
    [a, b] = roles(text.format("4.8"), "share")
    assert (a["part"], b["part"]) == (["9件"], ["1件"])


def test_a_share_is_of_no_whole_stated_for_other_years(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "2013年1月至2017年12月，全国检察机关共受理涉法涉诉信访172万件次，其中民事申诉信访65万件次，占37.8%。"
        "{}1月至9月，受理民事申诉信访9.5万件次，占各类涉法涉诉信访总数的40.4%。"
    )
    assert not _errors(checker, text.format("2018年"))  # (of 2018's whole, unstated)
    assert _errors(checker, text.format("2017年"))  # (read as of the 172万 of the years that hold it: 5.5%)


def test_what_a_body_issues_is_no_earlier_step_of_the_cases_it_handles(checker) -> None:  # type: ignore[no-untyped-def]
    text = "提出抗诉、再审检察建议202件，{}1883件，同比增长33.17%。"
    assert not _errors(checker, text.format("办理行政检察案件"))
    assert _errors(checker, text.format("法院采纳再审检察建议"))  # (more adopted than issued)


def test_parts_listed_side_by_side_hold_no_one_another(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "2021年，总队共计办理案件1368件，其中履行处罚职权结案450件、撤销立案结案876件、公告结案11件、"
        "移送结案24件、案件终止结案7件。"
    )
    assert not _errors(checker, text)
    assert _errors(checker, text.replace("1368件", "1168件"))  # (the five parts exceed the whole)


def test_shares_each_of_the_set_its_segment_opens_with_are_no_list(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "日用百货类投诉中涉及最多的为服装类投诉，占27%；家用电器类投诉中最多的为空调产品投诉，占39%；"
        "通讯产品类投诉中最多的为手机投诉，占92%。"
    )
    assert not _errors(checker, text)  # (27%, 39% and 92% of three sets)
    one = "商品类投诉中，服装类投诉占27%；空调产品投诉占39%；手机投诉占92%。"
    assert _errors(checker, one)  # (three kinds of one set: 158%)


def test_a_rate_is_of_the_set_its_numerators_words_name_it_among(checker) -> None:  # type: ignore[no-untyped-def]
    text = "共制发各类检察建议277482份，已收到回复192939份，占69.53%；已收到的回复中被采纳186544份，采纳率为{}%。"
    assert not _errors(checker, text.format("96.69"))  # (of the 192939 replies, not the 277482 issued)
    assert _errors(checker, text.format("86.69"))


def test_a_qizhong_clause_stating_a_share_only_lists_nothing_past_its_semicolon(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全国检察机关办理公益诉讼案件12.9万余件，其中行政公益诉讼案件占比91.7%{}制发检察建议7.7万余件，检察建议回复整改率97.3%。"
    assert not _errors(checker, text.format("；"))  # (97.3% of the 7.7万 proposals: rectified, unstated)
    assert [g["total"] for g in roles(text.format("，"), "breakdown")] == [["12.9万余件"]]  # (one clause)


def test_the_national_templates_joined_outcomes_name_one_metric() -> None:
    text = (
        "行政处罚被申请行政复议9宗，复议决定撤销、变更或者确认违法2宗。行政处罚直接被提起行政诉讼5宗，"
        "判决撤销、部分撤销、变更、确认违法或者确认无效0宗。"
    )
    metric = [f.metric for f in extract(text).facts]
    assert metric == ["review.applications", "review.corrected", "litigation.cases", "litigation.lost"]


def test_an_order_a_metric_rule_could_only_note_is_still_held_to_the_steps_bound(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全年受理行政诉讼案件220件，已审结{}件。"
    assert not _errors(checker, text.format(225))  # (a few per cent over a 受理 that may hold the carry-over)
    assert any(e.startswith("HC010") for e in _errors(checker, text.format(240)))  # (HC301 notes it only)


def test_ways_of_one_step_before_a_rate_are_read_truncated_too(checker) -> None:  # type: ignore[no-untyped-def]
    text = "接听来电38944个，在线答复办结28517个，转承办单位办结10414个，办结率{}%。"
    assert not _errors(checker, text.format(99))  # ((28517 + 10414) ÷ 38944 = 99.97%, truncated: a note)
    assert _errors(checker, text.format(89))


def test_shares_of_suggestions_and_proposals_are_each_of_their_own_whole(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "国务院部门牵头办理全国人大代表{}7162件，全国政协委员提案3281件，分别占两会建议提案总数的87.8%和85%。"
    )
    assert not _errors(
        checker, text.format("建议")
    )  # (of the NPC's suggestions and of the CPPCC's proposals)
    assert _errors(checker, text.format("提案"))  # (two counts of one kind: 172.8% of one whole)


def test_a_count_each_taking_its_own_share_is_no_whole_of_the_next(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "涉及房屋土地纠纷有47件，占所有案件的比例为45.6%；劳动和社会保障、农业纠纷分别有5件，各占所有案件的比例为"
        "4.9%；食品卫生有4件，占所有案件的比例为{}%。"
    )
    assert not _errors(checker, text.format("3.9"))  # (4 of the 103 cases, unstated; not of the 5)
    assert _errors(checker, text.format("13.9"))  # (no one whole gives 45.6%, 4.9% and 13.9%)


def test_a_count_compared_with_is_last_years_and_no_base(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全省共收到复议申请13935件，立案受理数量为13102件，{}受理案件数9728件增幅较大。共审结12888件，结案率为98.37%。"
    assert not _errors(checker, text.format("对比2011年度"))  # (12888 of the 13102, not of last year's 9728)
    metric = {f.mention.text: f.metric for f in extract(text.format("对比2011年度")).facts}
    assert metric["9728件"] is None
    assert _errors(checker, text.format("对比2011年度").replace("98.37", "91.02"))  # (not 12888 ÷ 13102)


def test_statuses_each_over_the_last_count_before_divide_no_such_whole(checker) -> None:  # type: ignore[no-untyped-def]
    text = "12345短信平台共收到短信6件；其他渠道{}件。目前，办结工单750件，794件正在办理，按时办结率100%。"
    assert not _errors(checker, text.format(38))  # (of all 3353 received, stated before: no whole of 38)
    assert _errors(checker, text.format(1500))  # (750 + 794 over the 1500 whole before them)


_RANKED_ROWS = (
    "{}前五位的仲裁机构如下:\n1、武汉仲裁委,受案4363件,争议额43亿元;\n2、广州仲裁委,受案{}件,争议额46.3亿元;\n"
    "3、北京仲裁委,受案1796件,争议额50亿元;\n4、深圳仲裁委,受案1751件,争议额25.8亿元;\n5、上海仲裁委,受案1073件,争议额26.8亿元。"
)


def test_a_ranking_of_rows_of_two_figures_ranks_the_one_its_heading_names(checker) -> None:  # type: ignore[no-untyped-def]
    assert not _errors(checker, _RANKED_ROWS.format("案件受理数量", 3125))  # (the 争议额 are in no order)
    assert _errors(checker, _RANKED_ROWS.format("案件受理数量", 5125))  # (5125 after 4363)
    assert not _errors(checker, _RANKED_ROWS.format("排名", 3125))  # (named by none: the rows' first figures)
    money = (
        _RANKED_ROWS.format("争议额", 3125).replace("46.3", "43").replace("50", "30").replace("26.8", "25")
    )
    assert not _errors(checker, money)  # (43, 43, 30, 25.8 … ranked by 争议额; the 受案 in no order)
    assert _errors(checker, money.replace("争议额30", "争议额60"))


def test_a_share_base_counted_in_another_counter_of_cases(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全县共受理行政复议案件9起,已全部审结。维持原行政行为{}件,占比22.2%。"
    assert [s["bases"] for s in share(text.format(2))] == [["9起"]]  # (起 and 件 both count cases)
    assert not _errors(checker, text.format(2))
    assert _errors(checker, text.format(4))


def test_a_change_stated_with_yu_year_xiangbi(checker) -> None:  # type: ignore[no-untyped-def]
    text = "13个市州政府本级共收到行政复议申请2526件,与2019年相比增加了1325件,增幅为{}%。"
    assert not _errors(checker, text.format("110.32"))  # (1325 ÷ (2526 − 1325))
    assert _errors(checker, text.format("130.32"))


def test_counts_then_respective_yoy_rates_pair_in_order(checker) -> None:  # type: ignore[no-untyped-def]
    text = "2016年，该院共受理各类行政诉讼案件{}件，结案61件，同比分别上升76.9%和60.5%。"
    groups = roles(text.format(69), "yoy")
    assert [(g["current"], g["delta"]) for g in groups] == [(["69件"], ["76.9%"]), (["61件"], ["60.5%"])]
    assert not _errors(checker, text.format(69))  # (69 ÷ 1.769 = 39.0: 39 last year)
    assert _errors(checker, text.format(70))  # (no whole count last year gives 76.9%)
    more = "收案80件，受理69件，结案61件，同比分别上升76.9%和60.5%。"
    assert not roles(more, "yoy")  # (three counts, two rates: which are whose is not said)


def test_letters_counted_in_feng_are_items_of_a_list_in_jian(checker) -> None:  # type: ignore[no-untyped-def]
    text = "12345热线共受理非话务渠道诉求277件，其中，省长信箱转派工单23件，书记市长信箱信件41封，书记县长信箱信件{}封，政协云转派工单111件。"
    [g] = roles(text.format(102), "breakdown")
    assert g["parts"] == ["23件", "41封", "102封", "111件"]
    assert not _errors(checker, text.format(102))
    assert _errors(checker, text.format(152))  # (327 listed of 277)


def test_baokuo_after_a_count_lists_its_parts_named_before_or_after_their_figures(checker) -> None:  # type: ignore[no-untyped-def]
    after = "全年共受理的{}起法律援助案件，包括10813起民事案件，4790起刑事案件以及217起行政案件。"
    [g] = roles(after.format(15820), "breakdown")
    assert g["total"] == ["15820起"] and g["parts"] == ["10813起", "4790起", "217起"]
    assert not _errors(checker, after.format(15820))
    assert _errors(checker, after.format(15280))  # (15820 listed of 15280)
    before = "全年共受理法律援助案件15280起，包括民事案件10813起，刑事案件4790起，行政案件217起。"
    assert _errors(checker, before)


def test_a_rate_is_of_the_set_its_numerators_clause_names_before_yi(checker) -> None:  # type: ignore[no-untyped-def]
    text = "截至2021年8月，16656件重复信访案件已办结15660件，办结率{}%。"
    [g] = roles(text.format("94.02"), "rate")
    assert g["part"] == ["15660件"] and g["base"] == ["16656件"]
    assert not _errors(checker, text.format("94.02"))
    assert _errors(checker, text.format("84.02"))


def test_averages_before_respective_rates_need_no_whole_prior(checker) -> None:  # type: ignore[no-untyped-def]
    assert not _errors(checker, "法官人均新收案件232件，人均结案107件，同比分别上升76.62%和64.62%。")
    assert _errors(
        checker, "全院新收案件232件，结案107件，同比分别上升76.62%和64.62%。"
    )  # (no whole prior of 232)


def test_a_way_of_concluding_and_a_change_divide_no_caseload(checker) -> None:  # type: ignore[no-untyped-def]
    way = "2010年共受理各类案件3119件，审结、执结2898件，结案率93%；调解结案416件，占总诉讼案件的13.3%。"
    assert not roles(way, "breakdown") and not _errors(checker, way)  # (416 of the 2898 concluded)
    change = "全年共受理各类案件1134件，审(执)结1123件，收结案分别比上年度增加了257件和258件，结案率99.03%。"
    assert not roles(change, "breakdown") and not _errors(checker, change)
    pending = "全年共受理各类案件1134件，审结1123件，未结案件{}件。"
    assert _errors(checker, pending.format(21))  # (1144 of 1134: the caseload divided, 未结 named)
    assert not _errors(checker, pending.format(11))


def test_tiers_of_a_ranking_are_no_counts_and_a_share_after_a_top_n_is_theirs(checker) -> None:  # type: ignore[no-untyped-def]
    tiers = "在前十名中，东部城市占据8个，中部2个；在前二十名中，东部城市占据15个，中部3个，西部2个；在前五十名中，东部城市占据33个。"
    assert not _errors(checker, tiers)
    top = "全市法院共受理行政案件7232件，其中一审行政案件4050件，收案数位列前五位的分别为城建、公安、工商的行政案件，占到收案总数的63.3%。"
    assert not _errors(checker, top)  # (63.3% of the top five's cases, unstated: not 4050 of 7232)
    assert _errors(checker, "全市法院共受理行政案件7232件，其中一审行政案件4050件，占到收案总数的63.3%。")


def test_statuses_after_old_and_new_cases_divide_both(checker) -> None:  # type: ignore[no-untyped-def]
    text = "今年上半年，全国法院旧存执行案件113万件，新收执行案件345.2万件，结案229.4万件，未结案件{}万件。"
    assert not _errors(checker, text.format("228.8"))  # (113 + 345.2 = 229.4 + 228.8)
    assert _errors(checker, text.format("258.8"))


def test_respective_before_the_comparison_pairs_counts_and_rates_too(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全院受理案件{}件，审结61件，分别较去年同期上升了76.9%和60.5%。"
    assert len(roles(text.format(69), "yoy")) == 2
    assert _errors(checker, text.format(70)) and not _errors(checker, text.format(69))


def test_a_figure_per_minute_is_no_base(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "每分钟有57件诉前化解\n最高人民法院立案庭庭长介绍，截至今年6月30日，全国法院累计登记立案13837.17万件，"
        "其中，民事一审9306.25万件，行政一审187.89万件，全国法院平均当场立案率95.7%。"
    )
    assert not _errors(checker, text)


def test_parts_that_make_up_a_nearer_figure_exactly_divide_it(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "全市基层法院共设有人民法庭151个，目前已实际运行的有147个，另有4个法庭已批待建。"
        "其中城区法庭4个、城乡结合法庭33个、乡村法庭{}个。"
    )
    assert roles(text.format(110), "breakdown")[0]["total"] == ["147个"] and not _errors(
        checker, text.format(110)
    )
    assert _errors(checker, text.format(100))  # (137: neither 147 nor 151)


def test_the_people_of_a_count_of_cases_are_no_item_of_a_respective_list(checker) -> None:  # type: ignore[no-untyped-def]
    text = "2023年，审结诉讼时间逾三年案件1914件，久押不决案件2455件6909人，清理占比分别为81.3%、86.8%。"
    assert not any("part" in g for g in roles(text, "share")) and not _errors(checker, text)
    deaths = (
        "农村地区火灾共39.1万起、亡645人，占总数的59.1%和48.7%。"  # (起 and 人: two measures, each its own)
    )
    assert [g["part"] for g in roles(deaths, "share")] == [["39.1万起"], ["645人"]]


def test_a_count_a_bracket_says_the_figure_before_includes_is_no_item_of_a_joined_rate(checker) -> None:  # type: ignore[no-untyped-def]
    text = "共审结一审民商事案件18595件，其中判决12071件；撤诉4427件(含按撤诉处理案件1420件)，调解1642件，调撤率达{}%。"
    assert [g["part"] for g in roles(text.format("32.64"), "rate")] == [["4427件", "1642件"]]
    assert not _errors(checker, text.format("32.64")) and _errors(checker, text.format("32.54"))


def test_shares_each_of_another_years_whole_are_no_list(checker) -> None:  # type: ignore[no-untyped-def]
    years = "2008年合同类案件为106件，占收案的37%，2009年合同类案件168件，占收案的39%，2010年一季度合同类案件39件，占收案的40%。"
    assert not _errors(checker, years)
    one_year = "2009年合同类案件168件，占收案的69%，赔偿类案件100件，占收案的39%。"
    assert any(e.startswith("HC008") for e in _errors(checker, one_year))


def test_a_rate_beside_the_rest_of_an_incomplete_list_may_count_the_other_part(checker) -> None:  # type: ignore[no-untyped-def]
    text = "共接收网上立案申请14300份，其中审查通过11785份，审查不合格2508份，合格率为{}%。"
    assert not _errors(checker, text.format("82.41"))  # (11785 ÷ 14300; 7 are neither)
    assert not _errors(checker, text.format("82.46"))  # (all but the 2508)
    assert _errors(checker, text.format("84.41"))


def test_a_counter_of_times_in_brackets_after_cases_reads_as_one_unit(checker) -> None:  # type: ignore[no-untyped-def]
    from .helpers import run_text

    text = "1-10月，共受理人民群众来信来访195件次，同比减少89件(次)，下降{}%。"
    assert roles(text.format(31), "growth_both")[0]["amount"] == ["89件次"]
    cited = [text[f.start : f.end] for f in run_text(checker, text.format(31)).facts]
    assert "89件(次)" in cited  # (the citation keeps both brackets)
    assert not _errors(checker, text.format(31)) and _errors(checker, text.format(41))


def test_statuses_after_an_intake_and_its_carry_over(checker) -> None:  # type: ignore[no-untyped-def]
    after = "全院新收各类案件3964件，旧存194件，未结1578件，已结{}件，综合结案率62.05%。"
    assert not _errors(checker, after.format(2580))  # (3964 + 194 = 1578 + 2580)
    assert _errors(checker, after.format(2680))
    summed = "矿区法院新收案件103件，旧存案件3件，共审理各类案件106件。已审结71件，未结{}件。"
    assert not _errors(checker, summed.format(35))  # (the 106 holds the 3 already)
    assert _errors(checker, summed.format(38))


def test_a_list_going_on_with_an_item_read_as_no_figure_is_not_known_complete(checker) -> None:  # type: ignore[no-untyped-def]
    text = "上述8348件案件中，判决结案4138件、调解结案2138件、撤诉结案1665件、其余为其他方式结案396件{}"
    assert not _errors(checker, text.format("、尚未审结11"))  # (the page cut off after the last figure)
    assert _errors(checker, text.format("。"))  # (listed to 其余: complete, 11 short)


def test_a_way_of_concluding_is_of_all_those_concluded(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "共受理各类劳动争议案件29676件，其中，一审收案21703件，二审收案7973件；审结29570件，其中一审结案22082件，"
        "二审结案7488件，调解、撤诉结案7053件，调撤率达到{}%。"
    )
    assert roles(text.format("23.85"), "rate")[0]["base"] == ["29570件"]
    assert not _errors(checker, text.format("23.85")) and _errors(checker, text.format("33.85"))


def test_keys_of_division_each_own_their_list_and_name_their_whole(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "共受理一审家事纠纷4249件；共结案3992件，总体结案率为93.95%。从家事纠纷部门分布看，区法院民二庭受理案件数较多，"
        "达1615件，占某市所有家事纠纷的38.01%；从家事纠纷的类型分布看，抚养费纠纷共194件，离婚纠纷3730件，"
        "两者合计{}件，占所有家事纠纷的92.35%。"
    )
    assert ("4249件", ["194件", "3730件"]) in [
        (g["total"][0], g["parts"]) for g in roles(text.format(3924), "breakdown")
    ]
    assert not _errors(checker, text.format(3924))  # (a selection of the 4249; the 1615 is of no list)
    assert _errors(checker, text.format(3934))


def test_a_count_taken_by_a_way_the_rate_does_not_name_is_not_its_numerator(checker) -> None:  # type: ignore[no-untyped-def]
    text = "2023年，全省化解矛盾纠纷28.4万件，其中通过联动方式化解疑难复杂矛盾纠纷2.4万件，矛盾纠纷基层一线化解率达88.7%。"
    assert not any("part" in g for g in roles(text, "rate")) and not _errors(checker, text)
    named = "2023年，全省化解矛盾纠纷28.4万件，其中通过联动方式化解疑难复杂矛盾纠纷2.4万件，联动化解率达{}%。"
    assert not _errors(checker, named.format("8.5")) and _errors(checker, named.format("88.7"))


def test_a_change_from_one_years_figure_to_anothers(checker) -> None:  # type: ignore[no-untyped-def]
    moved = "该类案件从2017年的149,609件减少至2018年的132,373件，同比下降达{}%。"
    assert roles(moved.format("11.52"), "growth_rate")[0]["prior"] == ["149,609件"]
    assert not _errors(checker, moved.format("11.52")) and _errors(checker, moved.format("21.52"))
    peak = "收案数从2018年顶峰时期的314276件下降至2022年的181275件，降幅达{}%。"
    assert not _errors(checker, peak.format("42.32"))
    assert any("2018年314276件" in e for e in _errors(checker, peak.format("52.32")))  # (not 上年)


def test_a_series_by_year_gives_each_rate_its_prior(checker) -> None:  # type: ignore[no-untyped-def]
    series = "黑龙江各级法院2012年共计审理32123件，2013年为31953件，比上一年下降{}%，2014年为31435件，比上一年下降1.6%。"
    assert len(roles(series.format("0.5"), "growth_rate")) == 2
    assert not _errors(checker, series.format("0.5")) and _errors(checker, series.format("5.5"))
    annual = "西藏地区2012年一审离婚案件数量为781件，2013年为874件，年增长率{}%。"
    assert not _errors(checker, annual.format("11.9")) and _errors(checker, annual.format(1))


def test_new_and_carried_in_halves_make_the_whole(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全区累计处理政府信息依申请公开92件，其中，本年度新接收{}件，2020年结转办理1件。除4件转结2022年办理以外，均依法依规完成答复。"
    assert roles(text.format(91), "breakdown")[0]["parts"] == ["91件", "1件"]
    assert not _errors(checker, text.format(91)) and _errors(checker, text.format(81))


def test_a_change_in_points_written_as_percent_names_no_figure_as_wrong(checker) -> None:  # type: ignore[no-untyped-def]
    from .helpers import run_text

    text = "其中，颜单法庭第一季度调撤率达72%，比去年同期40%上升32%。"
    found = [f for f in run_text(checker, text).findings if f.rule == "HC006"]
    assert (
        found and found[0].severity == "warning" and not found[0].suspects
    )  # (72 − 40 = 32: the % is wrong)


def test_whole_percents_moved_by_neither_reading_are_reported_not_crashed_on(checker) -> None:  # type: ignore[no-untyped-def]
    from .helpers import run_text

    result = run_text(checker, "其中，颜单法庭第一季度调撤率达72%，比去年同期40%上升30%。")
    assert result.doc.error is None  # (was: TypeError, max() of one int, the document reported as failed)
    assert [f.rule for f in result.findings if f.severity == "error"] == ["HC006"]


def test_a_clause_opening_with_another_year_starts_the_rates_own_figures(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "据统计，2019年全乡共排查矛盾纠纷总数215件，调处民间纠纷总数195件，调解率100%，调处成功193件，成功率98.9%；"
        "2020年，全乡人民调解组织共调处各类民间纠纷186件，已调解185件，调解率100%，调解成功率达99%，"
        "2021年全乡人民调解组织共调处各类民间纠纷118件，已调解118件，调解率100%，调解成功率100%。"
    )
    # (not 185 or 118 of the 2019 215, nor 2021's 100% of 2019's 193 of 195; the one finding left is 2020's own
    # 调解率100% for 185 of 186, 99.46%, which HC405 reads as the blind batch fa95 p18 annotates it: inconsistent)
    found = _errors(checker, text)
    assert found and all(e.startswith("HC405") and "185" in e and "186" in e for e in found)
    years = "2019年全乡共受理矛盾纠纷215件，调解成功193件，成功率89.8%；2020年，全乡共受理民间纠纷186件，调解成功155件，调解成功率{}%。"
    assert not _errors(checker, years.format("83.3")) and _errors(checker, years.format(100))


def test_an_item_of_a_list_by_year_opens_no_new_subject_for_a_rate(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "某市基层法院相关审判庭共受理一审家事纠纷4249件，其中2009年860件，2010年778件，2011年860件，2012年907件，"
        "2013年844件；共结案3992件，总体结案率为{}%。"
    )
    assert roles(text.format("93.95"), "rate")[0]["base"] == ["4249件"]
    assert _errors(checker, text.format("83.95"))


def test_a_closure_rate_beside_a_stated_carry_over_is_not_softened(checker) -> None:  # type: ignore[no-untyped-def]
    from .helpers import run_text

    text = "2019年至2023年，两级人民法院受理劳动争议案件11621件，其中旧存210件，新收11411件，结案11277件，结案率{}%。"
    assert roles(text.format("97.04"), "breakdown")[0]["parts"] == ["210件", "11411件"]
    assert not _errors(checker, text.format("97.04"))  # (11277 ÷ 11621)
    found = [f for f in run_text(checker, text.format("87.04")).findings if f.rule == "HC009"]
    assert (
        found and found[0].severity == "error"
    )  # (was info: "报告未说明上期结转", though 旧存210件 is stated)


def test_a_count_of_what_a_rate_takes_a_step_on_is_not_its_numerator(checker) -> None:  # type: ignore[no-untyped-def]
    text = "政务服务各渠道收集用户评价数2373.6万条。其中，差评数3591条，差评按时整改率100%，差评率0.015%。"
    assert not _errors(checker, text)  # (100% of the 3591 rectified in time, not 3591 of 2373.6万)
    assert _errors(checker, "共收到差评3591条，其中按时整改3500条，差评按时整改率80%。")


def test_shares_of_no_named_base_in_two_counters_are_not_summed_as_one_whole(checker) -> None:  # type: ignore[no-untyped-def]
    text = "截至目前，我区1169个事项实现了“不见面审批”，占比99.7%；全区即办事项达647项，占比55.1%。"
    assert not _errors(checker, text)  # (two properties of the items, which overlap)
    assert _errors(checker, "其中行政处罚类649件，占比79.7%；行政许可类347件，占比55.1%。")


def test_an_amount_after_a_segment_larger_than_the_whole_is_its_sibling(checker) -> None:  # type: ignore[no-untyped-def]
    text = "有关主管部门违规使用资金26.93亿元，其中用于建房买车5837.4万元；不规范管理资金45.75亿元；配套资金不到位65.97亿元。"
    assert roles(text, "breakdown")[0]["parts"] == ["5837.4万元"] and not _errors(checker, text)
    assert _errors(
        checker, "有关主管部门违规使用资金26.93亿元，其中用于建房买车5837.4万元、用于对外出借45.75亿元。"
    )


def test_a_pair_of_totals_and_parts_in_pairs_are_two_columns(checker) -> None:  # type: ignore[no-untyped-def]
    # (受理和审结 X件和Y件: the first of each pair of parts is of the received, the second of the concluded)
    text = (
        "共受理和审结知识产权民事一审案件1000件和900件。其中，受理和审结专利案件{}件和350件，商标案件300件和250件，"
        "著作权案件300件和300件。"
    )
    got = {(g["total"][0], tuple(g["parts"])) for g in roles(text.format(400), "breakdown")}
    assert got == {("1000件", ("400件", "300件", "300件")), ("900件", ("350件", "250件", "300件"))}
    assert not _errors(checker, text.format(400))
    assert _errors(checker, text.format(480))  # (480 + 300 + 300 pass the 1000 received)


def test_parts_of_one_list_of_shares_are_no_steps_of_each_other(checker) -> None:  # type: ignore[no-untyped-def]
    # (three ways a bankruptcy case came in, each with its share of all: the 受理 of one is no step after the
    # 申请 of another)
    text = (
        "（二）债权人申请为主。债权人申请债务人破产的44件，占比61.97%；债务人提出申请的7件，占9.86%；"
        "适用执行移送破产审查程序受理的20件，占比28.17%。"
    )
    assert not _errors(checker, text)
    assert _errors(checker, "全年收到行政复议申请7件，受理20件。")


def test_the_grounds_of_rulings_listed_are_some_of_them(checker) -> None:  # type: ignore[no-untyped-def]
    # (驳回起诉, 撤诉, 终结: three of the many grounds a ruling ends a case on; a bracket of parts alone, 刑事, 民事,
    # 行政, itemises its figure whole)
    text = (
        "审结3842件，其中判决1817件，裁定1005件(其中驳回起诉17件、撤诉{}件、终结3件)，调解982件，移送38件。"
    )
    assert not _errors(checker, text.format(929))
    assert _errors(checker, text.format(1029))  # (the parts pass the 1005)
    assert _errors(
        checker, "办理法律援助案件245件(刑事189件，民事45件，行政1件)。"
    )  # (itemised whole: short)
    assert _errors(
        checker, "共办理法律援助案件1628宗(其中民事案件381宗、刑事案件242宗、行政案件1宗、法律帮助804宗)。"
    )


def test_a_share_of_a_bodys_own_figure_is_not_of_its_areas(checker) -> None:  # type: ignore[no-untyped-def]
    # (占最高法…总数的: the Supreme Court's own intake, unstated; not all the courts' 442.2万)
    text = "一季度全国法院新收审判类案件442.2万件。最高人民法院巡回法庭新收各类案件2922件，占{}新收相应类型案件总数的67.2%。"
    assert not _errors(checker, text.format("最高法"))
    assert _errors(checker, text.format("全国法院"))  # (of the 442.2万 the text states: 0.07%)


def test_a_list_of_shares_covering_the_whole_goes_on_no_further(checker) -> None:  # type: ignore[no-untyped-def]
    # (11% + 89% cover the 109: the 88 after them is how many were concluded, no third part)
    text = "共办理各类法律援助案件109件，其中刑事案件28件，民事案件81件；非诉讼12件，占11%，诉讼{}件，占89%，结案88件，结案率80.7%。"
    assert not _errors(checker, text.format(97))
    assert _errors(checker, text.format(107))  # (12 + 107 pass the 109)


def test_shares_closing_at_100_before_a_semicolon_are_one_classification(checker) -> None:  # type: ignore[no-untyped-def]
    # (city and country, then occupations: two classifications of one whole, each adding up to 100%)
    text = (
        "全国法院人民陪审员现有33.2万余人。其中城镇居民占53.9%，农村居民占46.1%；企事业单位人员占{}%，"
        "基层干部、社区工作者占36.4%，农民及无固定职业人员占21.9%。"
    )
    assert not _errors(checker, text.format("41.7"))
    assert _errors(checker, text.format("51.7"))  # (the occupations alone pass 100%)
    # (the sexes divide the whole by themselves: no kinds of the shares beside them)
    assert not _errors(
        checker,
        "陪审员现有33.2万余人。其中男性占53.9%，女性占46.1%；企事业单位人员占41.7%，基层干部占58.3%。",
    )


def test_disclosure_outcomes_listed_in_part_are_a_selection(checker) -> None:  # type: ignore[no-untyped-def]
    # (the national template's outcomes of a year's requests: 予以公开, 部分公开, 不予公开, 无法提供, 不予处理, 其他处理;
    # a list of those disclosed, 予以公开 and 部分公开, leaves the rest unstated; 信息公开 names the requests, not a step)
    text = "全年受理依申请信息公开21件，其中予以公开10件，部分公开{}件。"
    assert not _errors(checker, text.format(2))
    assert _errors(checker, text.format(12))  # (the parts pass the whole)
    text = "全年受理依申请信息公开21件，其中予以公开10件，部分公开2件，不予公开{}件。"
    assert not _errors(checker, text.format(9))
    assert _errors(checker, text.format(5))  # (what was not disclosed named too: the list is whole)


def test_requests_for_arrest_received_are_no_arrests(checker) -> None:  # type: ignore[no-untyped-def]
    # (受理…提请批准逮捕的…54件: requests received, the intake the 批准逮捕 after it are of; not arrests themselves)
    text = "全市检察机关共受理侦查机关提请批准逮捕的涉黑涉恶案件54件124人，批准逮捕涉黑涉恶案件{}件109人。"
    assert not _errors(checker, text.format(43))
    found = _errors(checker, text.format(63))  # (more arrested than asked for)
    assert found and "多于批准逮捕54件" not in found[0]  # (the 54 named as what it is, no arrests)


def test_a_qualified_parts_share_of_the_unqualified_whole(checker) -> None:  # type: ignore[no-untyped-def]
    # (网购投诉…占投诉的: of all the complaints, 27723, not of the 网购 list's total)
    text = (
        "共接收投诉举报37894件。其中投诉27723件；举报10171件。共接收网购投诉举报20965件，其中网购投诉15475件，"
        "占投诉的{}%；网购举报5490件，占举报的53.98%。"
    )
    assert not _errors(checker, text.format("55.82"))
    found = _errors(checker, text.format("55.5"))
    assert found and "占投诉27723件的比例应为55.8%" in found[0]  # (not 73.8%, of the 20965)


def test_amounts_beside_groups_that_overlap_overlap_too(checker) -> None:  # type: ignore[no-untyped-def]
    # (a minor may be a woman too: the groups' amounts may add up to more than the whole; each is at most it)
    text = (
        "决定给予国家司法救助369件405人，发放救助金755.7万余元，其中救助未成年人146人，发放救助金{}万元；"
        "救助困难妇女160人，发放救助金305.93万元；救助残疾人69人，发放救助金244.68万元。"
    )
    assert not _errors(checker, text.format("270.56"))
    assert _errors(checker, text.format("870.56"))  # (one group's alone passes the whole)


def test_a_net_change_is_the_amount_of_a_change(checker) -> None:  # type: ignore[no-untyped-def]
    # (比上年净增480人: 480 of the prior 8241 is 5.82%)
    text = "2021年度，全市执业律师达到8721人，比上年净增480人，同比增长了{}%。"
    assert not _errors(checker, text.format("5.82"))
    assert _errors(checker, text.format("8.82"))
    assert not _errors(checker, "全市律师8721人，比上年净减480人，同比下降5.2%。")  # (480 of the prior 9201)


def test_a_move_written_zeng_zhi_or_jiang_zhi_is_checked(checker) -> None:  # type: ignore[no-untyped-def]
    # (增至, 降至: 由…增加到 in short; 7.6万 → 11.8万 is +55.3%, within the 万's rounding of 54.12%)
    text = "全省法院受理案件从2012年的7.6万件增至2016年的11.8万件，增幅为{}%。"
    assert not _errors(checker, text.format("54.12"))
    assert _errors(checker, text.format("74.12"))
    assert not _errors(checker, "案件数从120件降至90件，下降25%。")
    assert _errors(checker, "案件数从120件降至90件，下降35%。")


def test_an_amount_right_after_a_yoy_rate_is_of_the_same_change(checker) -> None:  # type: ignore[no-untyped-def]
    # (同比增长…，增加12958件: the comparison goes without saying; 12958 of the prior 32770 is 39.54%)
    text = "全市法院结案45728件，同比增长{}%，增加12958件。"
    assert not _errors(checker, text.format("39.54"))
    assert _errors(checker, text.format("36.18"))
    assert not _errors(
        checker, "全市法院结案45728件，同比增长36.18%，减少案件积压1200件。"
    )  # (another thing)


def test_a_change_against_the_year_before_named_with_yu(checker) -> None:  # type: ignore[no-untyped-def]
    # (与去年同期相比增长, 与上年同期上升: the same year-on-year rate as 同比增长; 210 = 47 × 4.468)
    for words in ("与去年同期相比增长", "与上年同期上升", "与上年相比增长"):
        text = f"办理法律援助案件210件，{words}{{}}%。"
        assert not _errors(checker, text.format("346.8")), words
        assert _errors(checker, text.format("246.8")), words  # (no whole prior gives it)


def test_a_shares_part_may_say_what_it_did_after_its_thing(checker) -> None:  # type: ignore[no-untyped-def]
    # (28个城市在平均分之上: the thing counted, 城市, then what they did; the share is of the cities)
    text = "被评估的40个城市平均得分为188.87分，共有28个城市在平均分之上，占被评估城市的{}%。"
    assert not _errors(checker, text.format(70))
    assert _errors(checker, text.format(80))
    # (a thing of its own after the count, which the base's words do not name, is still another thing)
    assert not _errors(checker, "共受理案件500件，涉及31个行政管理领域，占案件总数的90%。")


def test_a_share_after_a_clause_of_an_unmet_target_is_actual(checker) -> None:  # type: ignore[no-untyped-def]
    # (the 目标 of the clause before is no target of the share; 未达到… after the count is what it did, not
    # the thing it counts)
    text = "在抽查的60个项目中，有24个未达到设计要求和预期目标，占抽查项目总数的{}%。"
    assert not _errors(checker, text.format(40))
    assert _errors(checker, text.format(60))
    # (a target in the figure's own clause still makes it one: not checked as stated)
    assert not _errors(checker, "抽查项目60个，力争达标项目占抽查项目总数的60%。")


def test_a_hotlines_answered_calls_are_a_step_after_the_calls_in(checker) -> None:  # type: ignore[no-untyped-def]
    # (接听 those answered of those 呼入; 人次 and 次 count the same calls)
    text = "全年热线共呼入12000人次，有效接听11400次，接通率{}%，群众满意度98.34%。"
    assert not _errors(checker, text.format(95))
    assert _errors(checker, text.format(85))
    # (a part of the answered calls and its whole are no two paths of one step: 办结 is of the 转办)
    text = "接听群众来电8947个，其中转办2274件，办结{}件；直办6673件。"
    assert not _errors(checker, text.format(1715)) and _errors(checker, text.format(2715))


def test_a_rate_past_a_semicolon_takes_the_topic_of_its_sentence(checker) -> None:  # type: ignore[no-untyped-def]
    # (结案率 is a rate of several fields: the figures of the segments before it, in its sentence, say which)
    text = "上半年，全市法院共受理各类诉讼案件1000件，已结800件，未结200件；结案率{}%；审限内结案率95%。"
    assert not _errors(checker, text.format("80.00"))
    assert _errors(checker, text.format("90.00"))
    # (nor when a segment of other figures stands between)
    text = "全市法院新收各类案件1000件，办结800件，存案200件；法官人均结案45件，同比增长5%；结案率为{}%。"
    assert not _errors(checker, text.format("80.00")) and _errors(checker, text.format("70.00"))
    # (not across a full stop: the sentence before is another statement)
    assert not _errors(checker, "全市法院共受理各类诉讼案件1000件，已结800件。结案率90%。")


def test_every_own_body_word_ends_where_the_fast_test_looks() -> None:
    # (subset._names_own_body tries the words only where they can end: a word added to yaml `scopes` that
    # ends otherwise would never be read)
    from hecha.structures import subset
    from hecha.structures.words import load_words

    for word, (_, area) in load_words().scope_of.items():
        if not area:
            assert word.endswith(subset._OWN_BODY_ENDS) and len(word) <= subset._OWN_BODY_LONGEST, word


def test_an_areas_own_body_counts_a_part_of_the_areas_figure(checker) -> None:  # type: ignore[no-untyped-def]
    # (省法院 is one of 全省法院; 中院 one of 全市两级法院; 市本级 of 全市: the same measure, at most the area's)
    text = "去年，全省法院受理各类案件18.36万件，审结15.31万件。此外，省法院去年共受理各类案件{}万件，审结2.43万件。"
    assert {(s["part"][0], s["whole"][0]) for s in roles(text.format("2.92"), "subset")} == {
        ("2.92万件", "18.36万件"),
        ("2.43万件", "15.31万件"),
    }
    assert not _errors(checker, text.format("2.92"))
    assert _errors(checker, text.format("29.2"))
    text = "全市两级法院新收行政案件1220件，审结1190件；中院新收行政案件{}件。"
    assert not _errors(checker, text.format(513)) and _errors(checker, text.format(1513))
    assert _errors(checker, "全市受理行政复议申请120件；市本级受理行政复议申请130件。")
    # another measure, or another kind of body, is no part of it
    assert not _errors(checker, "全省法院受理刑事案件1000件；省法院受理民事案件2000件。")
    assert not _errors(checker, "全省检察机关受理案件1000件；省法院受理案件2000件。")


def test_a_larger_amount_past_the_segment_leaves_the_list_its_whole(checker) -> None:  # type: ignore[no-untyped-def]
    # (the sibling past the ；, beside the whole, must not swell the parts until no figure before holds them)
    text = "全年查出违规资金5000万元，其中县本级{}万元；损失浪费资金90000万元，其中县本级600万元。"
    got = roles(text.format(2100), "breakdown")[0]
    assert (got["total"], got["parts"]) == (["5000万元"], ["2100万元"])
    assert not _errors(checker, text.format(2100))
    assert _errors(checker, text.format(7100))  # (the part above its whole: a slip to report)


def test_a_figure_after_a_segment_with_its_own_change_ends_the_list(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "全国检察机关共办结行政生效裁判监督案件3000余件，其中向法院提出抗诉37件；对行政审判活动违法行为提出检察建议2222件，"
        "同比上升1.7倍；对行政执行活动违法行为提出检察建议5978件，同比上升85.4%。"
    )
    assert roles(text, "breakdown")[0]["parts"] == ["37件"] and not _errors(checker, text)
    assert _errors(
        checker, "共检查企业1000家，其中危险化学品企业300家；工贸企业1700家。"
    )  # (no change of its own)


def test_a_count_belongs_to_the_rate_of_its_own_full_sentence(checker) -> None:  # type: ignore[no-untyped-def]
    # (the rate two ；-segments on, not that of the sentence before, one segment back: 存案 is its base's part)
    text = (
        "全市法院新收各类案件5000件，办结4800件，存案600件，同比下降4%；法官人均结案300件；结案率为88.89%，同比上升1.4个"
        "百分点。市中院新收各类案件1000件，办结1020件，存案190件，同比下降5%；法官人均结案120件，同比增长3%；结案率为{}%，"
        "同比上升0.5个百分点。"
    )
    assert not _errors(checker, text.format("84.30"))  # (1020 ÷ (1020 + 190))
    assert _errors(checker, text.format("74.30"))


def test_a_ruling_on_a_suit_is_no_filing_step(checker) -> None:  # type: ignore[no-untyped-def]
    # (驳回原告起诉 dismisses the suit: 起诉 there is what the ruling acts on, so 撤诉 after it is its sibling)
    text = "审结行政案件500件，其中判决维持80件，驳回原告起诉60件，裁定撤诉{}件，以其他方式结案40件。"
    assert roles(text.format(320), "breakdown")[0]["parts"] == ["80件", "60件", "320件", "40件"]
    assert not _errors(checker, text.format(320))
    assert not any(s["earlier"] == ["60件"] for s in roles(text.format(320), "step"))


def test_a_remainder_named_as_the_other_ways_closes_the_list(checker) -> None:  # type: ignore[no-untyped-def]
    # (以其它方式结案 / 通过其他途径: the rest of the ways the whole ended, so the parts are all of it)
    text = "审结行政案件500件，其中判决维持80件，驳回诉讼请求60件，撤销行政行为{}件，以其它方式结案40件。"
    got = roles(text.format(320), "breakdown")[0]
    assert got["parts"] == ["80件", "60件", "320件", "40件"] and not _errors(checker, text.format(320))
    assert _errors(checker, text.format(300))  # (20 short of 500: a complete list must add up)


def test_bare_shares_after_one_that_names_the_whole_are_of_that_whole(checker) -> None:  # type: ignore[no-untyped-def]
    # (判决撤销…占行政机关败诉案件的53.8%，判决…履行法定职责占33%…: each bare 占 is of the whole the first names)
    text = "从判决方式看，判决撤销行政行为占行政机关败诉案件的50%，判决履行法定职责占30%，判决确认违法占{}%。"
    assert roles(text.format(15), "share_list")[0]["shares"] == ["50%", "30%", "15%"]
    assert not _errors(checker, text.format(15))
    assert _errors(checker, text.format(35))  # (115% of one whole: over beyond any rounding)
    # (a bare 占 before the share that names a whole is no share of it)
    assert not roles("调解占20%，判决占受理案件的30%，撤诉占受理案件的60%。", "share_list")


def test_a_shares_whole_qualified_with_words_between_names_its_base(checker) -> None:  # type: ignore[no-untyped-def]
    # (占农民工法律援助案件量的 of 涉及农民工群体的法律援助案件: the qualifier's words, with 群体的 between them)
    text = (
        "全年共办理各类法律援助案件5000件，其中涉及农民工群体的法律援助案件1200件，占全部案件量的24%；"
        "办结农民工法律援助案件900件，占农民工法律援助案件量的{}%。"
    )
    assert {tuple(s.get("base", [])) for s in roles(text.format(75), "share")} >= {("1200件",)}
    assert not _errors(checker, text.format(75)) and _errors(checker, text.format(85))


def test_a_verb_around_a_noun_alias_names_the_figure(checker) -> None:  # type: ignore[no-untyped-def]
    # (办结法律援助案件: 办结…案件 around 法律援助案件, the alias of 受理, and 援助案件 inside it)
    ex = extract("全年受理法律援助案件2000件，办结法律援助案件1762件。")
    assert [f.metric for f in ex.facts] == ["legal_aid.accepted", "legal_aid.concluded"]
    assert not _errors(checker, "全年受理法律援助案件2000件，办结法律援助案件1762件，办结率88.1%。")
    assert _errors(checker, "全年受理法律援助案件2000件，办结法律援助案件1762件，办结率98.1%。")


def test_a_list_opening_a_paragraph_breaks_down_the_figure_of_its_noun_before(checker) -> None:  # type: ignore[no-untyped-def]
    # (…300件建议已全部办结。⏎其中，大会类建议…，闭会类建议…: the suggestions of the paragraph before, made at the
    # session or between sessions, all of them)
    text = "共收到代表建议300件。截至年底，300件建议已全部办结。\n其中，大会类建议{}件，闭会类建议20件。"
    assert roles(text.format(280), "breakdown")[0]["total"] == ["300件"]
    assert not _errors(checker, text.format(280)) and _errors(checker, text.format(260))
    # (a noun of anything, 案件, ties no list across a paragraph)
    assert not roles(
        "全年有5000件案件未进入诉讼。\n其中，\n办理土地领域案件1700件，办理环境领域案件900件。", "breakdown"
    )


def test_party_and_state_sanctions_may_fall_on_one_person(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全年给予处分300人（其中党纪处分{}人；政务处分30人）。"
    assert not _errors(checker, text.format(280))  # (310 > 300: some were given both)
    assert _errors(checker, text.format(380))  # (each still at most the whole)
    assert not _errors(checker, "共处分300人，其中党纪处分280人，政务处分30人。")


def test_a_bulletins_measure_is_a_share_of_the_total_it_names(checker) -> None:  # type: ignore[no-untyped-def]
    # (亡…人, 伤…人, or …人死亡、…人受伤: each measure's share of its own total, not of the other's)
    text = (
        "全年共接报火灾20万起，亡1000人，伤800人。从发生场所看，住宅火灾共10万起，亡600人，伤{}人，"
        "分别占总数的50%、60%、55%。"
    )
    assert not _errors(checker, text.format(440)) and _errors(checker, text.format(520))
    text = (
        "全年共接报火灾20万起，造成1000人死亡、800人受伤。冬春季节共发生火灾12万起，造成650人死亡、450人受伤，分别占全年的"
        "60%、65%、56.3%。东部地区发生火灾8万起，造成300人死亡、{}人受伤，分别占总数的40%、30%、40%。"
    )
    bases = {s["part"][0]: s["base"] for s in roles(text.format(320), "share") if "part" in s}
    assert bases["300人"] == ["1000人"] and bases["320人"] == ["800人"]  # (not a season's 450人受伤)
    assert not _errors(checker, text.format(320)) and _errors(checker, text.format(420))


def test_a_share_of_an_average_year_has_no_stated_base(checker) -> None:  # type: ignore[no-untyped-def]
    # (近五年平均每年冬季…20.4万起，占全年的57.2%: of the average year's total, not of this year's 74.8万起)
    text = "2021年全国共接报火灾74.8万起。据统计，近五年{}冬季发生火灾20.4万起，占全年的57.2%。"
    assert not _errors(checker, text.format("平均每年"))
    assert _errors(checker, text.format(""))


def test_the_difference_from_a_prior_figure_is_no_part(checker) -> None:  # type: ignore[no-untyped-def]
    # (…401件，比上年同期687件少268件: 268 is how many fewer, not a kind of the 550)
    text = (
        "共接受信访举报550件。其中，业务范围内检举控告401件，比上年同期687件少{}件；业务范围外举报136件，"
        "比上年同期157件少21件。"
    )
    assert roles(text.format(286), "breakdown")[0]["parts"] == ["401件", "136件"]
    assert not _errors(checker, text.format(286)) and _errors(checker, text.format(268))


def test_the_rest_of_another_kind_is_no_part_of_the_first_item(checker) -> None:  # type: ignore[no-untyped-def]
    # (违纪行为…，职务违法犯罪行为…，其他违法犯罪行为…: three kinds side by side, the rest of 违法犯罪 not of 违纪)
    assert not roles("违纪行为40件，职务违法犯罪行为9件，其他违法犯罪行为3件。", "breakdown")
    text = "受理各类纠纷500件，婚姻家庭纠纷200件，邻里纠纷150件，其他纠纷{}件。"  # (the rest closes it)
    assert not _errors(checker, text.format(150)) and _errors(checker, text.format(50))


def test_the_total_said_again_by_its_own_words_is_no_part_of_itself(checker) -> None:  # type: ignore[no-untyped-def]
    # (…受理信访举报71件。…呈明显增长趋势，其中受理信访举报71件，…，业务范围内检举控告47件: 71 restated, then a part)
    text = "1至3月受理信访举报71件。\n与去年同期相比，受理信访举报呈明显增长趋势，其中受理信访举报71件，总量上升77.5%，业务范围内检举控告{}件。"
    assert [g["parts"] for g in roles(text.format(47), "breakdown")] == [["47件"]]
    assert not _errors(checker, text.format(47)) and _errors(checker, text.format(147))


def test_proposals_by_who_made_them_are_all_of_them(checker) -> None:  # type: ignore[no-untyped-def]
    # (政协提案: made by members alone or jointly, or by a body; the kinds a list names by that cover the whole)
    text = "确定立案500件。其中委员提案{}件，组织提案45件，界别提案42件。"
    assert not _errors(checker, text.format(413)) and _errors(checker, text.format(393))
    # (other bodies, 社会团体 and 其他组织, are no proposers)
    assert not _errors(
        checker, "共有鉴定机构2000家，依托社会团体的鉴定机构181家，依托其他组织的鉴定机构787家。"
    )


def test_a_whole_one_part_and_the_rest_are_all_of_it(checker) -> None:  # type: ignore[no-untyped-def]
    # (共提出了议案14件，…1件议案交由…审议，其余13件议案全部转为建议: the one and the rest make the whole)
    text = "与会代表共提出了议案{}件，经审查后，1件议案交由常委会审议，其余13件议案全部转为建议。"
    assert roles(text.format(14), "breakdown")[0]["parts"] == ["1件", "13件"]
    assert not _errors(checker, text.format(14)) and _errors(checker, text.format(19))
    # (no whole stated as one: items side by side)
    assert not roles("A类30件，B类20件，其余50件。", "breakdown")


def test_rates_of_the_ways_cases_ended_are_at_most_all_of_them(checker) -> None:  # type: ignore[no-untyped-def]
    # (复议维持率…，直接纠错率…，驳回率…: each its own outcome of the cases concluded)
    text = "全市复议机关审结复议案件800件，复议维持率60%，直接纠错率20%，调解、和解率5%，驳回率{}%。"
    assert roles(text.format(10), "share_list")[0]["shares"] == ["60%", "20%", "10%"]
    assert not _errors(checker, text.format(10)) and _errors(checker, text.format(30))
    # (one outcome twice, of two instances: no list of one set)
    assert not roles("一审败诉率5%，二审败诉率8%。", "share_list")


def test_a_completion_rate_of_counted_things_is_checked(checker) -> None:  # type: ignore[no-untyped-def]
    # (…的600个问题，完成整改590个，…，总体完成率: the share of the problems done, not a plan's fulfilment)
    text = "截至目前，巡察反馈的600个问题，完成整改590个，持续整改问题6个，未完成4个，总体完成率{}%。"
    assert not _errors(checker, text.format("98.33")) and _errors(checker, text.format("88.33"))
    assert not roles(
        "全年完成投资100亿元，完成率102%。", "rate"
    )  # (money against a plan: no count of things)


def test_a_change_against_a_month_of_last_year_is_checked(checker) -> None:  # type: ignore[no-untyped-def]
    # (比去年12月的4310起减少47%: the prior figure of a named month last year)
    text = "其中，查处乡科级干部问题2000起，比去年12月的4000起减少{}%。"
    assert not _errors(checker, text.format(50)) and _errors(checker, text.format(70))


def test_a_move_between_two_dated_figures_and_its_rate_are_checked(checker) -> None:  # type: ignore[no-untyped-def]
    # (从1月的920人增加到6月份的2127人，增加了131.2% / 从1996年的2634件增加至2016年的37939起，增长速度为1340%)
    text = "处理人数从1月的500人增加到6月份的800人，增加了{}%。"
    assert not _errors(checker, text.format(60)) and _errors(checker, text.format(80))
    text = "未结案件数从2000年的200件增加至2020年的3000起，增长速度为{}%。"
    assert not _errors(checker, text.format(1400)) and _errors(checker, text.format(1900))


def test_persons_before_a_part_count_who_did_it_not_a_part(checker) -> None:  # type: ignore[no-untyped-def]
    # (2204名代表提出建议9008件: the 2204 deputies made the 9008 suggestions; the parts are in 件, the total's counter)
    text = "代表们共提出建议9203件。其中，2204名代表提出建议{}件，24个代表团以代表团名义提出建议195件。"
    assert ("9203件", ["9008件", "195件"], "likely") in _breakdowns(text.format(9008))
    assert not _errors(checker, text.format(9008))
    assert _errors(checker, text.format(9108)) and _errors(checker, text.format(8008))


def test_a_change_after_a_share_or_an_aside_is_of_the_figure_before_them(checker) -> None:  # type: ignore[no-untyped-def]
    # (公职律师2647人，占15.09%，较上年增长182人，增长7.38%: the 182 and the 7.38% are of the 2647, past its share;
    # 律所959家(注：…则为1005家)，较上年增加49家: of the 959, past the figure of the aside)
    text = "全市公职律师2647人，占15.09%，较上年增长182人，增长{}%。"
    assert not _errors(checker, text.format("7.38")) and _errors(checker, text.format("17.38"))
    text = "全市共有律所959家(注：本地分所合并计算，不合并计算则为1005家)，较上年增加{}家，增长5.38%。"
    assert not _errors(checker, text.format(49)) and _errors(checker, text.format(69))


def test_a_part_named_like_every_part_before_goes_on_past_an_exact_sum(checker) -> None:  # type: ignore[no-untyped-def]
    # (265 + 65 = 330 by a slip for 256: the third 代表机构 is one more of the kinds, not a figure after the list)
    text = "共设立了330家代表机构，其中外国律师事务所驻华代表机构{}家，香港律师事务所驻内地代表机构65家，台湾地区律师事务所驻大陆代表机构9家。"
    assert not _errors(checker, text.format(256))
    assert ("330家", ["265家", "65家", "9家"], "no") in _breakdowns(text.format(265))
    assert _errors(checker, text.format(265))
    # (a figure of another step after the parts that reach the total is no part)
    assert ("87件", ["72件", "15件"], "yes") in _breakdowns(
        "受理案件87件，其中新收案件72件，上年结转案件15件，审结案件70件。"
    )


def test_statuses_opening_segments_after_the_whole_divide_it(checker) -> None:  # type: ignore[no-untyped-def]
    # (共受理…9471件，…；审执结各类案件7018件，…；尚有各类未结案2453件: each segment opens with a status of the
    # whole's own cases, 审执结 among those concluded)
    text = "共受理各类案件{}件，同比上升7.85%；审执结各类案件7018件，同比上升2.04%；尚有各类未结案2453件。"
    assert ("9471件", ["7018件", "2453件"], "yes") in _breakdowns(text.format(9471))
    assert not _errors(checker, text.format(9471)) and _errors(checker, text.format(9971))
    # (a segment about another subject after the ； still ends the list)
    assert not _breakdowns("受理案件100件，已办结60件；另一批信访事项50件，未办结40件。")


def test_visits_counted_in_jiaci_are_no_whole_of_places(checker) -> None:  # type: ignore[no-untyped-def]
    # (413万家次 counts visits: read in 家 it was a whole the list of enterprises fit when an edit made them
    # exceed their 2769家)
    text = "共检查重点场所部位413万家次，发现非法违法企业2769家。其中，生产类企业1184家，经营类企业{}家，储存类企业935家。"
    assert extract(text.format(650)).facts[0].mention.text == "413万家次"
    assert not _errors(checker, text.format(650)) and _errors(checker, text.format(850))
    # (findings in 项次 and in 项 count alike: 86 of the 483)
    assert ("483项次", ["86项"], "no") in _breakdowns(
        "已完成整改483项次，其中：查处重大事故隐患86项，同比减少27.7%。"
    )


def test_rates_named_together_and_given_in_turn_each_take_their_name(checker) -> None:  # type: ignore[no-untyped-def]
    # (办理工作满意率和办理结果满意率分别达到99.8%和98.5%: the second is the 办理结果满意率, 519 of the 527)
    text = (
        "共收回反馈意见表527份，其中对办理工作满意或基本满意的526件，对办理结果满意或基本满意的有519件，"
        "办理工作满意率和办理结果满意率分别达到99.8%和{}%。"
    )
    assert [r["part"] for r in roles(text.format("98.5"), "rate")] == [["526件"], ["519件"]]
    assert not _errors(checker, text.format("98.5")) and _errors(checker, text.format("88.5"))


def test_a_figure_said_to_be_above_or_below_others_is_compared_with_each() -> None:
    [g] = roles("全市每万人拥有律师3.2人，高于全省2.4人和全国1.6人。", "comparison")
    assert g["more"] == ["3.2人"] and g["less"] == ["2.4人", "1.6人"]
    [g] = roles("我市每万人拥有律师0.79人，低于2012年公布的全国每万人拥有律师1.6名。", "comparison")
    assert g["more"] == ["1.6名"] and g["less"] == ["0.79人"]
    # (a difference in another unit, or a bound opening its clause, is no comparison of levels)
    assert not roles("结案率98.5%，高于全省平均水平2.4个百分点。", "comparison")
    # (nor when a change in points comes before it: the rate is above the average by the 14.99, not the 4.28)
    assert not roles(
        "败诉率达33.09%，较上年同期上升4.28个百分点，高于全国平均水平14.99个百分点。", "comparison"
    )
    assert not roles("律师人数超过1万人的省有18个，其中超过3万人的省有4个。", "comparison")


def test_a_bound_opening_a_clause_is_no_comparison_with_the_figure_before(checker) -> None:  # type: ignore[no-untyped-def]
    # (超过80%的行政争议…: a bound on the disputes the clause is about, not "the 20% is above 80%")
    text = "经复议后再诉讼率不到20%，超过80%的行政争议在复议程序中实现案结事了。"
    assert not roles(text, "comparison") and not _errors(checker, text)
    # (a level compared with is still one: 超过98%的目标)
    assert any(e.startswith("HC021") for e in _errors(checker, "全年执结率96%，超过98%的目标。"))


def test_a_bound_on_what_the_clause_counts_is_neither_whole_nor_part(checker) -> None:  # type: ignore[no-untyped-def]
    # (超过1万人的省有18个，其中超过3万人的省有4个: the 4 provinces are of the 18, the 1万人 and 3万人 are bounds)
    text = "律师人数超过1万人的省(区、市)有{}个，其中超过3万人的省(市)有4个。"
    assert ("18个", ["4个"], "no") in _breakdowns(text.format(18))
    assert not _errors(checker, text.format(18)) and _errors(checker, text.format(3))


def test_what_was_concluded_of_all_taken_in_since_a_start_is_at_most_that(checker) -> None:  # type: ignore[no-untyped-def]
    # (截至…已累计接收68688人: nothing carried in from before the start, so no allowance for it)
    text = "截至今年9月底，全省已累计接收社区服刑人员68688人，成功解除矫正{}人。"
    assert not _errors(checker, text.format(50303))
    assert any(e.startswith("HC010") for e in _errors(checker, text.format(70303)))
    # (a year's cases so far may be concluded with those carried in: only the few per cent let pass)
    assert not _errors(checker, "1-11月，全区累计受理各类纠纷1000件，办结1020件。")


def test_a_bound_with_no_top_is_no_further_reading_of_a_shares_base(checker) -> None:  # type: ignore[no-untyped-def]
    # (超过3万人 fits any share of a count above it: beside the 65.16万多 lawyers it let an edited part pass)
    text = (
        "全国共有执业律师65.16万多人。律师人数超过1万人的省有23个，其中超过3万人的省有8个。"
        "从年龄结构看，30岁以下的律师10.79万多人，占16.56%，30岁(含)至50岁的律师{}万多人，占64.39%，"
        "50岁(含)至65岁的律师10.63万多人，占16.32%，65岁(含)以上的律师1.77万多人，占2.73%。"
    )
    assert not _errors(checker, text.format("41.95"))
    assert any(e.startswith("HC003") for e in _errors(checker, text.format("47.95")))


def test_the_figure_a_list_marker_follows_at_once_is_its_whole(checker) -> None:  # type: ignore[no-untyped-def]
    # (通过其中24件，包括…: the 24 passed, whether or not an edited part makes the list exceed it; not the 40 before)
    text = "共审议法律、法律解释、决定草案40件，通过其中24件，包括制定法律6件，修改法律{}件，作出法律解释1件、有关法律问题和重大问题的决定3件。"
    assert ("24件", ["6件", "14件", "1件", "3件"], "no") in _breakdowns(text.format(14))
    assert not _errors(checker, text.format(14)) and _errors(checker, text.format(19))


def test_the_figure_closing_the_sentence_before_a_list_is_its_whole(checker) -> None:  # type: ignore[no-untyped-def]
    # (立案26699件,。其中…: past a full stop, and a mirror page's doubled marks; not the 28930 proposed)
    text = "提出提案28930件,经审查,,立案26699件,。其中,委员提案25114件,,八个民主党派中央和全国工商联提案{}件,,人民团体提案26件,,政协专门委员会提案212件。"
    assert not _errors(checker, text.format(1347))
    # (whole or not, the proposers being kinds of one set: what is asked here is the list's whole)
    assert ("26699件", ["25114件", "1847件", "26件", "212件"]) in [
        b[:2] for b in _breakdowns(text.format(1847))
    ]


def test_one_share_no_reading_fits_stands_out_among_siblings_that_fit_one(checker) -> None:  # type: ignore[no-untyped-def]
    # (the others fit the 2686 filed, a further reading of 提案总数 beside the 3045 received: 41.1% fits neither)
    text = (
        "五年来，市政协共收到提案3045件，经审查立案2686件，其中委员提案1640件，占提案总数的{}%；各党派团体提案753件，"
        "占提案总数的28%；界别提案251件，占提案总数的9.3%；政协各专门委员会提案42件，占提案总数的1.6%；"
        "另有359件提案转为委员来信等方式处理。"
    )
    assert not _errors(checker, text.format("61.1"))
    assert any(e.startswith("HC003") for e in _errors(checker, text.format("41.1")))


def test_the_shares_of_men_and_women_of_one_noun_make_the_whole(checker) -> None:  # type: ignore[no-untyped-def]
    # (男性律师占比为68%，女性律师占比为32%: no counts, the two sexes divide the lawyers by themselves)
    text = "在目前的律师队伍中，男性律师占比为68%，女性律师占比为{}%。"
    assert roles(text.format(32), "share_list")[0]["shares"] == ["68%", "32%"]
    assert not _errors(checker, text.format(32)) and _errors(checker, text.format(42))
    # (of two nouns, the two are no pair)
    assert not roles("男性患者占比为60%，女性医生占比为70%。", "share_list")


def test_shares_given_in_turn_after_the_kinds_they_are_of_are_of_one_whole(checker) -> None:  # type: ignore[no-untyped-def]
    # (判决、调解、撤诉案件占比分别为…: three kinds, three shares in turn, no count: together at most 100%)
    text = "全年审结行政案件中，判决、调解、撤诉案件占比分别为61.1%和30.2%、{}%。"
    assert roles(text.format("8.7"), "share_list")[0]["shares"] == ["61.1%", "30.2%", "8.7%"]
    assert not _errors(checker, text.format("8.7")) and _errors(checker, text.format("18.7"))
    # (rates given in turn are each of their own base; as many shares as names, or none is read)
    assert not roles("结案率、调撤率分别为98%、60%。", "share_list")
    assert not roles("一审、二审、再审案件分别占70%和40%。", "share_list")


def test_what_was_adopted_is_at_most_what_was_submitted(checker) -> None:  # type: ignore[no-untyped-def]
    # (提出…报告4篇，被批示采用的…4篇: 采用 concludes what 提出 took in, as 采纳 does)
    text = "全年提出审计专题、综合性报告和信息简报4篇，被批示采用的审计专题、综合性报告和信息简报{}篇。"
    assert not _errors(checker, text.format(4)) and _errors(checker, text.format(6))


def test_a_figure_set_apart_by_chu_wai_is_some_of_the_whole_before_it(checker) -> None:  # type: ignore[no-untyped-def]
    # (46个问题，除7个尚在继续整改外: the 7 are of the 46; with the rest's count in its segment, both together)
    text = "5个专项审计查出的46个问题，除{}个尚在继续整改外，其余均已整改到位。"
    assert ("46个", ["7个"], "no") in _breakdowns(text.format(7))
    assert not _errors(checker, text.format(7)) and _errors(checker, text.format(57))
    assert ("120家", ["5家", "110家"], "no") in _breakdowns(
        "全市共有律所120家，除5家外，均已完成年度考核，考核合格110家。"
    )
    # (除因符合不予公开情形的20起案件外: the words between 除 and the figure may say why it is set apart)
    reason = "在去年查办的23500起案件中，除因符合不予公开情形的20起案件外，已公开{}件，公开率99.9%。"
    assert not _errors(checker, reason.format(23480)) and _errors(checker, reason.format(33480))


def test_what_the_receiving_body_filed_is_at_most_what_was_sent_to_it(checker) -> None:  # type: ignore[no-untyped-def]
    # (向公安部门移送…案件70件，公安部门立案侦查68件: the police filed some of the cases sent)
    text = "2018年向公安部门移送涉嫌拒不支付劳动报酬罪案件70件，公安部门立案侦查{}件。"
    assert not _errors(checker, text.format(68)) and _errors(checker, text.format(88))


def test_a_list_the_marker_follows_at_once_is_not_sent_to_an_earlier_figure_it_sums_to(checker) -> None:  # type: ignore[no-untyped-def]
    # (行政诉讼案件1件，其中1件已撤回，1件不予立案: of the 1, not of the 2 复议 cases the parts happen to add up to)
    text = "2018年，大南街道共受理行政复议案件2件，当事人均已撤销复议。行政诉讼案件{}件，其中1件已撤回，1件不予立案。"
    assert not _errors(checker, text.format(4))
    assert any(e.startswith("HC002") for e in _errors(checker, text.format(1)))


def test_what_some_of_a_whole_have_may_overlap(checker) -> None:  # type: ignore[no-untyped-def]
    # (1400个事项具备全程网办能力；1839个事项具备“最多跑一次”能力: one item may have both; each at most the 2035)
    text = "平台已接入2035个政务服务事项。其中，1400个事项具备全程网办能力；{}个事项具备“最多跑一次”能力。"
    assert not _errors(checker, text.format(1839))
    assert _errors(checker, text.format(2839))  # (more than all of them)


def test_a_list_of_every_usual_kind_of_a_ticket_is_likely_whole(checker) -> None:  # type: ignore[no-untyped-def]
    text = "第二季度受理热线事项3136宗，其中：咨询类57宗、投诉类{}宗、求助类169宗、建议类12宗、举报类58宗。"
    assert not _errors(checker, text.format(2840))
    found = _errors(checker, text.format(2240))  # (600 short: all five usual kinds, no 表扬 or 其他 listed)
    assert found and "全部常见类别" in found[0]
    assert not _errors(checker, text.replace("、举报类58宗", "").format(2240))  # (four of them: a selection)


def test_the_persons_of_cases_handled_bound_the_persons_of_a_later_step(checker) -> None:  # type: ignore[no-untyped-def]
    # 办理 is no concluding step: the decisions are a later step of the 259 persons, not their partition
    text = "共办理审查起诉案件138件259人，提起公诉{}人、不起诉66人。"
    assert not _errors(checker, text.format(193))
    assert _errors(checker, text.format(293))
    # (as a later step, the persons of 3件 answer through their cases: no step of 10 persons after 2)
    assert not _errors(checker, "因证据不足撤回起诉2人，建议移送单位撤回审查起诉3件10人。")


def test_a_list_opened_by_the_filed_ones_of_a_whole_two_sentences_back_divides_it(checker) -> None:  # type: ignore[no-untyped-def]
    # 在已立案提案中 names the 2712 filed (立案), a sentence between; 集体 and 委员个人 proposals are all of them
    text = (
        "省政协共收到提案2794件，经审查立案交有关单位办理的2712件。截至去年年底，审查立案的提案已全部办复。"
        "十届省政协期间，委员们积极通过提案履行职能。在已立案提案中，各民主党派、有关人民团体的集体提案{}件，"
        "委员个人提案2119件。"
    )
    assert not _errors(checker, text.format(593))
    assert _errors(checker, text.format(993))  # (over the whole)
    assert _errors(checker, text.format(393))  # (short of it: the two kinds are all the filed ones)


def test_a_list_goes_on_past_its_part_s_own_list_to_that_part_s_sibling(checker) -> None:  # type: ignore[no-untyped-def]
    # 党派团体提案 past the ； is beside 委员个人提案 (one closed set), not in its 其中 list
    text = (
        "共收到提案145件，经审查，立案140件。在立案的提案中，委员个人提案133件，其中委员3人以上联名提案11件；"
        "党派团体提案{}件。"
    )
    assert not _errors(checker, text.format(7))
    assert _errors(checker, text.format(17))


def test_the_five_proposers_of_the_national_committee_are_all_of_its_proposals(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "立案26699件。其中，委员提案{}件，八个民主党派中央和全国工商联提案1347件，人民团体提案26件，"
        "界别、小组提案190件，政协专门委员会提案22件。"
    )
    assert not _errors(checker, text.format(25114))
    assert _errors(checker, text.format(20114))  # (5000 short: each proposal has one of the five proposers)


def test_a_success_rate_over_a_count_of_something_not_tried_is_a_guess(checker) -> None:  # type: ignore[no-untyped-def]
    # 调解成功率 is over what was taken into mediation: the complaints received the sentence before are not
    # that count, so 50.5% against 59.4% is a note, not a warning
    text = "全市共受理投诉8875件，办结8742件，办结率98.5%。调解成功4482件，调解成功率{}%。"
    assert not _errors(checker, text.format("59.4"))
    # (disputes received are what mediation tries: the same figures are flagged)
    assert _errors(checker, "全市共受理矛盾纠纷8875件。调解成功4482件，调解成功率59.4%。")


def test_a_share_after_a_run_of_items_is_their_sum_over_the_whole_named(checker) -> None:  # type: ignore[no-untyped-def]
    # 投诉受理量较大的… ranks what was accepted (受理757件), not all received (1028); 75.44% is the items' rounded
    # shares added (571/757 is 75.43%)
    text = (
        "二、投诉情况分析\n本月共接收投诉1028件，受理757件，按期办结率100%。\n"
        "(一)从投诉问题来看，投诉受理量较大的问题主要有：其他投诉问题(191件)、食品安全(165件)、售后服务(117件)、"
        "质量(98件)，合计占比{}%。\n(二)从商品投诉来看，投诉受理量较大的商品主要有：食品(237件)、服装(54件)、"
        "家居用品(44件)，合计占比70.57%。"
    )
    assert not _errors(
        checker, text.format("75.44")
    )  # (and no base for the goods: their count is not stated)
    found = _errors(checker, text.format("55.44"))
    assert found and found[0].startswith("HC022")
    # (分别占: each item's own share, not their sum)
    each = "商品类投诉324件。排名前三位的依次是一般食品类102件、交通工具类37件、家居用品类35件，分别占商品类投诉总量的31.5%、11.4%、10.8%。"
    assert not _errors(checker, each)


def test_the_top_kinds_restated_by_their_number_are_summed_before_their_share(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "共新接收行政诉讼案件264件，审结264件。从行政管理领域看，收案数位列前三位的分别是劳动和社会保障126件、城建41件、"
        "公安10件，上述三类案件占到收案总数的{}%。"
    )
    [g] = roles(text.format("67.05"), "summed_share")
    assert g["parts"] == ["126件", "41件", "10件"] and not _errors(checker, text.format("67.05"))
    [e] = _errors(checker, text.format("77.05"))  # (收案 abbreviates 新接收…案件: the base its words name)
    assert e.startswith("HC022") and "177件" in e


def test_two_kinds_joined_by_dun_then_one_share_are_summed(checker) -> None:  # type: ignore[no-untyped-def]
    text = "贵州全省共有律师17475人。\n2023年，贵州律师中具有博士研究生学历125人、硕士研究生学历2091人，占全省律师总数的{}%。"
    [g] = roles(text.format("12.68"), "summed_share")
    assert g["parts"] == ["125人", "2091人"] and not _errors(checker, text.format("12.68"))
    assert _errors(checker, text.format("22.68"))


def test_bracketed_items_joined_by_dun_are_summed_before_their_share(checker) -> None:  # type: ignore[no-untyped-def]
    # (not the last item's share: the 29.4万 is no 66.4% of 336.5万)
    text = "共受理举报336.5万件，同比下降25.6%，广告违法行为(147.6万件)、侵害消费者权益行为(46.6万件)、食品违法行为(29.4万件)，合计占比为{}%。"
    assert not _errors(checker, text.format("66.4"))
    assert _errors(checker, text.format("46.4"))


def test_the_five_kinds_of_the_environmental_law_s_cases_are_all_of_them(checker) -> None:  # type: ignore[no-untyped-def]
    # 移送行政拘留 names a kind of the set (no later step), counted in 起 as cases alike
    text = (
        "全国适用《环境保护法》配套办法的案件总数为3385件。其中，按日连续处罚案件103件，查封、扣押案件{}件，"
        "限产、停产案件624件，移送行政拘留717起，移送涉嫌环境污染犯罪案件213件。"
    )
    assert not _errors(checker, text.format(1728))
    assert _errors(checker, text.format(1228))  # (500 short: the five kinds are all of them)


def test_a_tied_list_whose_parts_add_up_to_an_earlier_count_is_of_it_when_all_but_one_fit(checker) -> None:  # type: ignore[no-untyped-def]
    # the 63 received is five candidates back; the list adds up to it and two of its three shares fit it
    text = (
        "共收到行政复议申请63件。其中，市政府收到行政复议申请24件，县区政府收到行政复议申请39件。"
        "公民提出行政复议申请52件，法人和其他组织提出行政复议申请11件。"
        "经审查，立案受理45件，占收到申请的71.4%；不予受理12件，占收到申请的19%；作其他处理6件，占收到申请的{}%。"
    )
    assert not _errors(checker, text.format("9.5"))
    found = _errors(checker, text.format("9.6"))  # (a plug: 6/63 is 9.5%)
    assert found and "尾差调整" in found[0]
    assert any("尾差调整" not in e for e in _errors(checker, text.format("19.5")))


def test_a_change_s_rate_may_name_its_measure_again(checker) -> None:  # type: ignore[no-untyped-def]
    # 比去年同期增加433件，举报量增长12%: the 举报 of 3618 rose by 433 from 3185, 13.6%, not 12%
    text = "受理消费者投诉9880件，占73%；举报3618件，占27%。比去年同期增加433件，举报量增长{}%。"
    assert not _errors(checker, text.format("13.6"))
    assert _errors(checker, text.format("12"))


def test_the_three_kinds_of_market_entity_are_all_of_them(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全国新设经营主体2480.8万户。其中，新设企业751.8万户；新设个体工商户{}万户；新设农民专业合作社9.4万户。"
    assert not _errors(checker, text.format("1719.6"))
    assert _errors(checker, text.format("1319.6"))  # (400万 short: every entity is one of the three)
    # (not of a total of other things: 企业 alone beside 个体工商户 is no whole of 纳税人)
    assert not _errors(checker, "纳税人共3000户。其中，企业1000户，个体工商户1000户，农民专业合作社100户。")


def test_a_partial_list_of_a_total_a_metric_rule_checks_is_still_summed(checker) -> None:  # type: ignore[no-untyped-def]
    # the review rules hold 纠错 and 调解 each to 审结, none their sum
    text = "审结的{}件行政复议案件中，直接纠错56件，以调解、和解等方式结案51件。"
    assert not _errors(checker, text.format(262))
    assert _errors(checker, text.format(102))  # (56 + 51 = 107 > 102)


def test_the_digits_of_a_figure_name_no_year(checker) -> None:  # type: ignore[no-untyped-def]
    # 1951.1万件 is no year 1951 apart from the 2009 of its sentence: the two are steps of one year
    text = "2009年，地方各级人民法院受理案件1951.1万件，审结、执结{}万件。"
    assert not _errors(checker, text.format("1671.4"))
    assert _errors(checker, text.format("2671.4"))
    # (two years written apart are still two years: no step across them)
    assert not _errors(
        checker, "2023总共需办理复议案件66件，2024年总共需办理复议案件151件，其中2024年已办结案件135件。"
    )


def test_a_sentence_opening_on_a_bare_step_word_goes_on_from_the_one_before(checker) -> None:  # type: ignore[no-untyped-def]
    # 提起公诉 alone opens the sentence: a later step of the 597 received for review
    text = "本季度，我院受理审查起诉的各类刑事案件597件，同比下降9.7%。提起公诉{}件，同比下降26.9%。"
    assert not _errors(checker, text.format(389))
    assert _errors(checker, text.format(1389))  # (beyond twice the intake, carry-over or not)


def test_a_figure_before_its_noun_and_zhong_you_opens_a_list(checker) -> None:  # type: ignore[no-untyped-def]
    text = "838件代表建议中有820件已办复，另有{}件仍在办理期限内，尚未办复。"
    assert not _errors(checker, text.format(18))
    assert _errors(checker, text.format(38))  # (820 + 38 > 838)


def test_a_bracketed_list_covering_little_of_its_figure_names_what_it_includes(checker) -> None:  # type: ignore[no-untyped-def]
    # (含…: two kinds the 7983487 includes, a fifth of it: no shortfall to report)
    text = "全省法院共受理各类案件7983487件(含诉前调解成功案件{}件、涉诉信访案件93639件)，办结7951579件。"
    assert not _errors(checker, text.format(1487838))
    assert _errors(checker, text.format(8487838))  # (the parts still cannot exceed it)


def test_a_list_whose_shares_name_their_whole_is_of_that_whole(checker) -> None:  # type: ignore[no-untyped-def]
    # 其中 follows the 142 to be handled, but every part is a share of 立案总数: the list is of the 169 filed
    text = (
        "经审查，不予立案15件，立案169件，合并处理11件，实际应提交承办142件。其中，涉及经济发展方面提案{}件，"
        "占立案总数的39%；涉及乡村振兴方面提案34件，占立案总数的20%；涉及生态保护方面提案4件，占立案总数的2%；"
        "涉及教育卫生方面提案35件，占立案总数的21%；涉及社会治理方面提案20件，占立案总数的12%；"
        "涉及民族宗教及其他10件，占立案总数的6%。"
    )
    assert not _errors(checker, text.format(66))
    assert _errors(checker, text.format(96))


def test_the_calls_answered_are_some_of_the_calls_and_a_rate_compared_with_is_not_theirs(checker) -> None:  # type: ignore[no-untyped-def]
    text = "这五天的话务总量为16567个，接通量为{}个，平均接通率为98.78%，比今年上半年平均接通率98.12%高出0.66个百分点。"
    assert not _errors(
        checker, text.format(16365)
    )  # (98.12% is the half-year's, compared with: not of 16365)
    assert any(
        e.startswith("HC010") for e in _errors(checker, text.format(20365))
    )  # (more answered than came in)


def test_complaints_handled_are_no_step_of_cases_opened(checker) -> None:  # type: ignore[no-untyped-def]
    assert not _errors(checker, "共检查农资市场38个，立案查处违法案件9起，端掉窝点3个，处理投诉21起。")
    # (cases of complaints are: 受理…举报案件1352件，已办结1340件 stays a step)
    assert _errors(checker, "共受理拖欠农民工工资举报案件1352件，已办结1940件。")


def test_forms_sent_back_are_no_part_of_the_proposals(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "县政府共收到代表建议97件，目前，已办结96件，其中，已得到解决62件，占63.92%，正在解决的18件，占18.56%，"
        "规划解决的16件，占16.49%，发出并收回办理工作征求意见表288份，满意率100%。"
    )
    assert not _errors(checker, text)
    assert _errors(checker, text.replace("已得到解决62件", "已得到解决92件"))  # (92 + 18 + 16 > 96)


def test_tickets_passed_on_to_each_kind_of_body_are_all_of_them(checker) -> None:  # type: ignore[no-untyped-def]
    text = "共转办工单72838件。其中，向区(市)县转办54270件，向部门转办{}件。"
    assert not _errors(checker, text.format(18568))
    assert _errors(
        checker, text.format(13568)
    )  # (5000 short: each ticket passed on went to one or the other)


def test_penalty_decisions_are_a_step_after_the_cases_opened(checker) -> None:  # type: ignore[no-untyped-def]
    text = "立案调查11件，下达处罚决定书{}件。"
    assert not _errors(checker, text.format(7))
    assert _errors(checker, text.format(17))


def test_a_figures_second_change_against_another_period(checker) -> None:  # type: ignore[no-untyped-def]
    # 同比 then 环比 of one figure: each amount and rate of the count stated before both
    text = "本月共受理举报270件，与去年同期相比增加33件，同比增长13.9%；与上月相比增加27件，环比增长{}%。"
    assert not _errors(checker, text.format("11.1"))
    assert any(e.startswith("HC006") for e in _errors(checker, text.format("6.7")))  # (27 ÷ 243 = 11.1%)
    text = "共受理消费者投诉1023件，同比增加265件，同比增长35.0%，环比增加229件，环比增长{}%。"
    assert not _errors(checker, text.format("28.8"))
    assert _errors(checker, text.format("38.8"))


def test_the_comprehensive_correction_rate_is_at_least_the_direct_one(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全年共审结422件，撤销和确认违法65件，变更和责令履行21件，综合纠错率为{}%。"
    assert not _errors(checker, text.format("22.5"))  # (more than the 86 direct: 调解、和解 too)
    assert any(e.startswith("HC214") for e in _errors(checker, text.format("20.1")))  # (86 ÷ 422 = 20.4%)


def test_a_headlines_figure_is_the_bodys(checker) -> None:  # type: ignore[no-untyped-def]
    text = "前三季度全國海關共立案偵辦走私犯罪案件3122起\n新華社北京11月2日電 今年1月至9月，全國海關共立案偵辦走私犯罪案件{}起。"
    assert not _errors(checker, text.format(3122))
    assert any(e.startswith("HC023") for e in _errors(checker, text.format(3922)))
    # a headline rounds, truncates and bounds; its words may lie apart in the body's (查办各类案件)
    text = "今年查办案件{}万件 罚没金额17亿元\n记者获悉，今年以来全国市场监管部门查办各类案件315241件，罚没金额16.8亿元。"
    assert not _errors(checker, text.format("31.5"))
    assert not _errors(checker, text.format("31"))  # (truncated)
    assert any(e.startswith("HC023") for e in _errors(checker, text.format("21.5")))
    assert not _errors(checker, "前8月罚没款超90亿元\n生态环境部通报，前8月全国罚没款金额为91.23亿元。")
    assert _errors(checker, "前8月罚没款超90亿元\n生态环境部通报，前8月全国罚没款金额为71.23亿元。")


def test_a_headlines_figure_may_be_the_second_of_a_pair_in_the_body(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "一季度离婚登记量同比增加{}万对\n据民政部公布的数据，今年一季度全国结婚登记量为214.7万对，离婚登记量为64.1万对。"
        "与2022年一季度相比，两项数据同比分别增加4万对和12.7万对。"
    )
    assert not _errors(checker, text.format("12.7"))
    [e] = _errors(checker, text.format("15.7"))
    assert e.startswith("HC023") and "正文为12.7万对" in e


def test_a_headlines_year_is_not_the_bodys_span_of_years(checker) -> None:  # type: ignore[no-untyped-def]
    body = "\n报告显示，五年来，全区法院共受理案件391.8万件，审结386.5万件。2022年，全年收案86.7万件，结案81.3万件。"
    assert not _errors(
        checker, "去年全区法院受理案件86.7万件" + body
    )  # (五年来: five years' total, no year's)
    more = "\n2022年，全区法院受理案件86.7万件，审结81.3万件。"
    assert _errors(checker, "去年全区法院受理案件96.7万件" + more)


def test_a_headlines_figure_restated_with_another_verb_agrees(checker) -> None:  # type: ignore[no-untyped-def]
    # (提交提案5641件 in the headline is the body's 收到提案5641件, not the 提交提案2712件 of one channel)
    text = (
        "全国政协十二届一次会议共提交提案5641件\n报告显示，大会共收到提案5641件。其中通过委员办公平台提交提案"
        "2712件，纸质提案2929件。"
    )
    assert not [e for e in _errors(checker, text) if e.startswith("HC023")]
    assert any(
        e.startswith("HC023") for e in _errors(checker, text.replace("共收到提案5641件", "共收到提案5041件"))
    )


def test_a_ranked_items_own_list_ends_at_the_next_item(checker) -> None:  # type: ignore[no-untyped-def]
    # 较多的有 ranks the items (no change); 其中 divides the item before it, up to 其次是 (the next item)
    text = (
        "全省新收一审行政案件3966件。收案较多的有公安行政领域635件，占到新收行政一审案件的16%，其中最主要的是治安类案件"
        "{}件，占比58.1%；其次是城建拆迁领域案件369件，占到新收行政一审案件的9.3%。"
    )
    assert not _errors(checker, text.format(369))
    assert _errors(checker, text.format(469))  # (469 of 635 is 73.9%)


def test_a_list_divides_the_whole_of_the_field_its_words_name(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "十年来，全国公安机关共办理行政复议案件25万余件、行政应诉案件4.5万余件。其中，通过行政复议决定撤销、变更等方式"
        "直接纠错的案件达4.6万余件，通过撤回申请等方式间接纠错的案件达{}万余件。"
    )
    assert not _errors(checker, text.format("4.1"))  # (of the 25万 复议 cases, not the 4.5万 应诉 ones)
    assert _errors(checker, text.format("24.1"))  # (28.7万 > 25万)


def test_some_cities_intake_is_no_step_before_the_provinces_concluded(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "粤东西北12市新收行政一审案件共6144件，占全省的23.9%。\n3.行政诉讼裁判结果。2022年，全省共审结行政一审案件"
        "26893件。"
    )
    assert not _errors(checker, text)
    # (the same area: still a step)
    assert _errors(
        checker, "全省新收行政一审案件共6144件。\n3.行政诉讼裁判结果。2022年，全省共审结行政一审案件26893件。"
    )


def test_the_channels_in_brackets_itemise_an_intake(checker) -> None:  # type: ignore[no-untyped-def]
    text = "共受理市民诉求42172件（热线受理{}件，多媒体受理135件），办结38552件。"
    assert not _errors(checker, text.format(42037))
    assert any(e.startswith("HC002") for e in _errors(checker, text.format(32037)))  # (10000 short)
    # (ways of concluding in brackets stay some of those concluded)
    assert not _errors(checker, "结案440件（调解结案211件，撤诉97件），结案率95%。")


def test_the_tickets_formed_are_what_is_done_on_time_of(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "市12345平台共收到群众来电来信126544件，接通121386件，接通率95.92%。其中，话务员当场解答94165件，占比77.57%，"
        "形成任务工单27221件，占比22.43%，按期办结27195件，按期办结率{}%。"
    )
    assert not _errors(checker, text.format("99.90"))
    assert _errors(checker, text.format("89.90"))  # (27195 of the 27221 tickets formed)


def test_a_paragraph_opening_with_a_key_divides_the_whole_the_one_before_divided(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "本月区长信箱共63件，其中区委书记信箱18件，区长信箱45件。\n其中按信访目的分类：揭发控告1件、求决40件、申诉3件、"
        "意见建议19件。\n按信件类型分类：建议类{}件、投诉15件、举报13件、咨询13件、其他1件。"
    )
    assert not _errors(checker, text.format(21))
    assert any(e.startswith("HC002") for e in _errors(checker, text.format(31)))  # (73 of 63, 其他 last)


def test_what_is_concluded_is_of_the_intake_the_new_cases_are_part_of(checker) -> None:  # type: ignore[no-untyped-def]
    text = "共受理各类案件37739件。其中，新收33868件，办结{}件。"
    assert not _errors(checker, text.format(33191))
    # (more than all: an error, not a question of an unstated carry-over)
    assert any(e.startswith("HC010") and "不能超过" in e for e in _errors(checker, text.format(43191)))
    # (one kind's new cases beside other kinds: concluded past them is only the carry-over's question)
    assert not [
        e
        for e in _errors(
            checker, "全省法院受理各类行政案件29154件，其中一审新收行政案件12577件，审结12919件。"
        )
        if e.startswith("HC010") and "不能超过" in e
    ]


def test_a_share_after_an_aside_on_what_the_things_are(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "本局共主动公开政府信息734条。在主动公开的信息中，机构职能类信息16条，主要为领导信息、处室职能信息等，"
        "占总体的比例为{} %；规划类信息25条，占总体的比例为3.4 %。"
    )
    assert not _errors(checker, text.format("2.2"))
    assert any(e.startswith("HC003") for e in _errors(checker, text.format("2.8")))  # (16 ÷ 734 = 2.2%)


def test_an_alias_spelled_with_its_bracket_names_the_figure(checker) -> None:  # type: ignore[no-untyped-def]
    from .helpers import run_text

    facts = run_text(checker, "不批准(决定)逮捕2453人，不捕率为32.8%。").facts
    assert facts[0].metric == "procuratorate.non_arrests"  # (not 逮捕, after the bracket that ends a clause)
    facts = run_text(checker, "收回执法证件33本，换(发)证111本。").facts
    assert facts[1].metric == "enforcement.certificates_issued"


def test_the_things_either_side_of_a_bound_divide_their_whole(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全省公证处总数为{}个，近3年人均业务收入达到3万元以上的公证处有55个，人均业务收入不足3万元的公证处有39个。"
    assert not _errors(checker, text.format(94))
    assert any(e.startswith("HC002") for e in _errors(checker, text.format(95)))  # (one short)


def test_a_part_counting_the_things_is_of_their_count_not_of_a_step_on_them(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "2020上半年，湖北网民留言量18804件，湖北省各级领导干部及办理单位回复网民留言为11330件，回复率为60.25%。"
        "湖北网民留言主要集中在医疗、城建等方面，其中医疗方面留言量最多，达到5145条，占总留言数{}。"
    )
    # (5145 of the 18804 messages, not of the 11330 replies)
    assert not _errors(checker, text.format("近三成"))
    assert not _errors(checker, text.format("的27.4%"))
    assert _errors(checker, text.format("的45.4%"))  # (45.4% is of the replies: 27.4% of the messages)


def test_a_parenthesis_after_the_figures_noun_gives_its_parts(checker) -> None:  # type: ignore[no-untyped-def]
    text = "共抽取了11件案件（含{}件民事案件、5件刑事案件）进行评查。"
    assert not _errors(checker, text.format(6))
    assert any(e.startswith("HC002") for e in _errors(checker, text.format(8)))  # (13 of 11)


def test_an_excellent_and_good_rate_counts_both_grades(checker) -> None:  # type: ignore[no-untyped-def]
    text = "经评估，100件案件全部合格，整体合格率为100%，其中优秀案件9件，良好案件21件，优良率为{}%。"
    assert not _errors(checker, text.format(30))
    assert any(e.startswith("HC009") for e in _errors(checker, text.format(50)))  # ((9 + 21) ÷ 100)


def test_parts_concluded_by_their_own_words_are_of_what_was_concluded(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "全年，全省法院共受理各类案件866083件，办结786869件，分别比上年增长10.47%和8.51%。其中，审结各类案件551432件，"
        "同比增长15.06%；执结各类案件{}件，执行标的金额452.11亿元。"
    )
    assert not _errors(checker, text.format(235437))
    assert any(
        e.startswith("HC002") for e in _errors(checker, text.format(285437))
    )  # (836869 of the 786869 办结)


def test_a_clean_up_keeps_amends_or_repeals_each_document(checker) -> None:  # type: ignore[no-untyped-def]
    text = "共清理规范性文件120件，其中保留{}件，修改18件，废止12件。"
    assert not _errors(checker, text.format(90))
    assert any(e.startswith("HC002") for e in _errors(checker, text.format(80)))  # (10 short: likely whole)


def test_a_sum_of_one_figure_in_its_segment_is_of_those_before_the_semicolon_too(checker) -> None:  # type: ignore[no-untyped-def]
    text = "审核发放659件法律援助案件的办案补贴96.74万元；审核发放454人次的值班补贴18.16万元，共计{}万元。"
    assert not _errors(checker, text.format("114.9"))
    assert any(e.startswith("HC002") for e in _errors(checker, text.format("144.9")))  # (30万 short)


def test_shares_naming_one_whole_in_paragraphs_apart_share_its_base(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "1.我院2023年1月，受理诉讼类案件123件，同比上升7%，占全院总收案数的{}%；结案5件，结案率4.1%。\n"
        "2.我院2023年1月，受理执行类案件71件，同比下降16.47%；受案数量占全院总收案数的35.86%。\n"
        "3.我院2023年1月，受理程序类案件4件，同比下降50%；受案数量占全院总收案数的2.0%。\n"
    )
    assert not _errors(checker, text.format("62.12"))
    assert _errors(checker, text.format("42.12"))  # (the other two share a base of 198; 123 of it is 62.1%)
    # not shares of wholes named otherwise, each alone
    apart = (
        "1.受理诉讼类案件123件，占全院收案的42.12%。\n2.受理执行类案件71件，占全市收案的35.86%。\n"
        "3.受理程序类案件4件，占全省收案的2.0%。\n"
    )
    assert not _errors(checker, apart)


def test_two_shares_naming_one_whole_in_sentences_one_after_the_other_share_its_base(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "川渝两地共登记处理投诉66.09万件。商品类投诉37.75万件，占投诉总量的{}%，同比增长12.00%。"
        "服务类投诉28.34万件，占投诉总量的42.88%，同比增长31.82%。"
    )
    assert not _errors(checker, text.format("57.12"))
    found = _errors(checker, text.format("67.12"))
    assert found and "67.12%（应为57.12%）" in found[0]  # (either share may be the wrong one: both named)
    region = "珠三角地区新收19545件，占全省的{}%。粤东西北地区新收6144件，占全省的23.9%。"
    assert not _errors(checker, region.format("76.1"))
    assert _errors(checker, region.format("86.1"))
    # not each of its own month, nor in paragraphs apart
    assert not _errors(checker, "1月受理19545件，占当月总量的86.1%。2月受理6144件，占当月总量的23.9%。")
    assert not _errors(
        checker, "珠三角地区新收19545件，占全省的86.1%。\n粤东西北地区新收6144件，占全省的23.9%。"
    )


def test_a_share_naming_the_whole_of_an_earlier_share_of_its_sentence_is_of_it(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "7月份，晋城市市场监督管理局12315指挥中心共受理消费者各类信息3732件，同比增长5.9%，环比增长18.3%。其中咨询2439件，同比下降3.5%，环比增长15.8%，"
        "占受理总量的65.4%；投诉1023件，同比增长35.0%，环比增长28.8%，占受理总量的27.4%；截至目前已办结反馈595件，"
        "办结反馈率58.2%，涉及争议金额87.8万元，为消费者挽回经济损失17.9万元；举报270件，同比增长13.9%，环比增长6.7%，"
        "占受理总量的{}%；截至目前已办结反馈176件，办结反馈率65.2%。"
    )
    assert not _errors(checker, text.format("7.2"))
    assert _errors(checker, text.format("17.2"))


def test_public_interest_cases_are_civil_or_administrative(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全国检察机关共立案公益诉讼案件67万余件，其中，民事公益诉讼5.8万件，行政公益诉讼{}万件。"
    assert not _errors(checker, text.format("61.4"))
    assert _errors(checker, text.format("41.4"))  # (the two kinds are all of them: 47.2万 is short of 67万)
    # a third kind beside them makes the two no whole
    assert not _errors(
        checker, "立案公益诉讼案件120件，其中民事公益诉讼20件，行政公益诉讼60件，刑事附带民事公益诉讼40件。"
    )


def test_a_headlines_figure_is_the_body_figure_its_step_names(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "去年本市法院审结行政案件1983件 行政机关败诉率8.8%\n\n"
        "本报讯 去年上海法院共受理一审行政案件1990件，审结{}件，行政机关败诉率为8.8%，与前年基本持平。"
    )
    assert not _errors(checker, text.format(1983))  # (not the 1990 received, which shares the noun 行政案件)
    assert _errors(checker, text.format(1993))


def test_grades_after_a_run_of_things_checked_are_of_the_runs_sum(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "组织开展安全生产行政执法案卷评查，抽查各县(市、区)应急管理局行政处罚案卷30份、行政许可案卷30份和7起事故调查卷，"
        "经评查共评出优秀案卷5份、合格案卷{}份、不合格8份。"
    )
    assert not _errors(checker, text.format(54))  # (of the 67 files and reports checked, not of the last 30)
    assert not _errors(
        checker, "抽查行政处罚案卷30份、行政许可案卷30份，经评查共评出优秀案卷5份、合格案卷47份、不合格8份。"
    )
    # a later step naming the run's member it follows is still of that one (一般 of 一般隐患)
    hazards = "排查一般安全隐患问题4963项、重大隐患9项，督促一般问题整改{}项，重大隐患整改1项。"
    assert not _errors(checker, hazards.format(4630))
    assert _errors(checker, hazards.format(5630))


def test_a_headline_naming_a_place_is_not_the_whole_areas_figure(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "陕西执业律师破万人 西安地区共有律所338家\n"
        "截至今年6月底，全省共有律师事务所614家，其中合伙律师事务所504家。按分布情况，西安（含省）有{}家，宝鸡43家。"
    )
    assert not _errors(checker, text.format(338))  # (not the province's 614)
    assert not _errors(checker, "西安地区共有律所338家\n截至今年6月底，全省共有律师事务所614家。")
    # the whole area's headline still meets its figure
    assert _errors(
        checker, "全省共有律师事务所614家\n截至今年6月底，全省共有执业律师10620人，律师事务所641家。"
    )


def test_a_bare_share_in_a_paragraph_opening_on_what_it_is_among_is_of_that(checker) -> None:  # type: ignore[no-untyped-def]
    head = "前三季度共受理消费者诉求623.8万件，同比增长7.7%。其中，消费者投诉152万件，增长30%。\n"
    assert not _errors(
        checker, head + "三是在服务投诉中，网络购物投诉量大、增长快。受理网络购物投诉22.3万件，占31.1%。"
    )
    # the paragraph naming what a figure near states keeps it as the base
    assert _errors(checker, head + "在消费者投诉中，商品投诉80.2万件，占62.8%。")
    # and a figure stated before under the words the paragraph names is its base
    stated = (
        "前三季度共受理消费者诉求623.8万件。其中，消费者投诉152万件，增长30%。商品投诉80.2万件，服务投诉71.8万件。\n\n"
        "三是在服务投诉中，网络购物投诉量大。受理网络购物投诉22.3万件，占{}%。"
    )
    assert not _errors(checker, stated.format("31.1"))
    found = _errors(checker, stated.format("41.1"))
    assert found and "占服务投诉71.8万件的比例应为31.1%" in found[0]  # (not of all 623.8万 requests)


def test_a_concluding_step_after_a_share_is_no_further_part_of_the_list(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "全年共受理消费者咨询投诉举报114889件。其中，接受消费者咨询90080件，占受理总量的78.41%；受理投诉20697件，"
        "占受理总量18.01%，办结{}件，办结率为82.95%，为消费者挽回经济损失1939.33万元；受理举报4112件，占受理总量的3.58%。"
    )
    assert not _errors(
        checker, text.format(17168)
    )  # (the complaints concluded, not a fourth kind of request)
    assert _errors(checker, text.format(27168))  # (more concluded than the 20697 complaints received)


def test_a_first_part_said_to_be_a_whole_beyond_the_sentence_before_is_no_part_of_it(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "按期结案数15289件，按期结案率99.88%。交办应结案数1101件，交办按期结案数1101件，交办按期结案率100%。"
        "其中，通过湖城管家应用共上报3013件(上月7010件)，有效积分1533件(上月5502件)。"
    )
    assert not _errors(checker, text)
    # a part beyond its total in the total's own sentence is still an error
    assert _errors(checker, "交办应结案数1101件，其中通过湖城管家应用上报3013件，有效积分1533件。")


def test_pre_suit_procedures_beyond_the_cases_filed_are_a_warning_of_carry_over(checker) -> None:  # type: ignore[no-untyped-def]
    # (some are of cases filed before the period: with no carry-over stated, a warning that says so, not an error —
    # HC712; past twice the cases filed, no carry-over explains it)
    from .helpers import run_text

    text = "全区检察机关共梳理公益诉讼案件线索117件，立案64件，办理诉前程序{}件，向法院提起公益诉讼2件。"
    flags = [f for f in run_text(checker, text.format(76)).findings if f.severity != "info"]
    assert [(f.rule, f.severity) for f in flags] == [("HC712", "warning")] and "上期结转" in flags[0].message
    assert not _errors(checker, text.format(56))
    assert any(f.severity == "error" for f in run_text(checker, text.format(176)).findings)


def test_a_rate_after_a_subset_counts_what_the_subsets_words_name(checker) -> None:  # type: ignore[no-untyped-def]
    # (专职 counts some of the 15 that set up the office, not the 15 of the 18)
    assert not _errors(
        checker,
        "省国资委监管的18户省属国有企业中，有15户企业建立了总法律顾问制度，总法律顾问专职率为86.67%。",
    )
    assert _errors(
        checker, "2418项政务服务事项中，2331项纳入本级政务服务中心一体化管理，政务服务事项入驻率达到86.4%。"
    )


def test_a_list_after_numbered_kinds_is_of_the_kinds_together(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "案件类型主要分为三类：一是企业或个人无证开采，共10起；二是有证矿山越界开采，共6起；三是以环境治理等名义违法采矿，"
        "共4起。其中，有{}起案件法院已判决追究刑事责任。"
    )
    assert not _errors(checker, text.format(13))  # (of the 20 the three kinds make, not of the last kind's 4)
    assert _errors(checker, "三是以环境治理等名义违法采矿，共4起，其中有13起案件法院已判决。")


def test_a_total_row_totals_the_rows_of_its_merged_group_cell(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "专业部门 | 应处置数 | 处置数 | 处置率 |\n"
        "市城管执法直属一大队 | 一中队 | 1378 | 1378 | 100% |\n"
        "二中队 | 616 | 616 | 100% |\n"
        "合计 | 1994 | 1994 | 100% |\n"
        "市城管直属二大队 | 15 | 15 | 100% |\n"
        "市政工程处 | 维修所 | 5 | 5 | 100% |\n"
        "路灯所 | {} | 23 | 100% |\n"
        "合计 | 28 | 28 | 100% |\n"
    )
    assert not _errors(checker, text.format(23))  # (the 28 are of 维修所 and 路灯所, not of 二大队 too)
    assert _errors(checker, text.format(33))


def test_all_of_some_kinds_claims_no_rate(checker) -> None:  # type: ignore[no-untyped-def]
    # (the 8 are kinds of post; the rate counts the staff who took part)
    assert not _errors(
        checker,
        "本机关现设置行政执法岗位8类，全部为A类执法岗位，实际在岗人数100人，执法人员参与执法率为91.78%。",
    )
    assert _errors(checker, "对本级收回的659件结案案件进行质量考核，评查结果均为合格以上等次，合格率90%。")


def test_a_stock_is_no_share_of_what_was_newly_added(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "新注册登记机动车3478万辆，新注册登记汽车2323万辆。截至2022年底，全国机动车保有量达4.17亿辆。"
        "全国汽车保有量达3.19亿辆，占机动车总量的{}%。全国新能源汽车保有量达1310万辆，占汽车总量的4.10%。"
    )
    assert not _errors(checker, text.format("76.59"))  # (of the 4.17亿 held, not the 3478万 newly registered)
    assert _errors(checker, text.format("86.59"))


def test_a_sum_after_bare_figures_sharing_the_last_ones_unit_sums_them(checker) -> None:  # type: ignore[no-untyped-def]
    # (3218 and 3051 share the 起 of 2821起: the 共计 is of the three, not of 22905 and 2821)
    text = (
        "查处饮酒驾驶22905起，同比上升12.6%；长治、运城、吕梁查处量较高，分别为3218、3051、2821起，共计{}起。"
    )
    assert not _errors(checker, text.format(9090))
    assert _errors(checker, text.format(7090))
    # bare figures a scaled unit ends (万起) stay unread: no sum of the rest
    assert not _errors(checker, "查处饮酒驾驶22905起；分别为1.5、2.3万起，共计3.8万起。")


def test_shares_of_a_bulletins_measures_are_each_of_its_own_whole(checker) -> None:  # type: ignore[no-untyped-def]
    text = "居民住宅发生火灾63881起，亡754人，伤320人，其中，住宅火灾起数占火灾总数的31.9%，亡人占68%，伤人占53.4%。"
    assert not _errors(checker, text)  # (of all deaths and all injuries: 68% + 53.4% is no sum of one whole)
    assert _errors(checker, "其中，投诉类占受理总数的61.9%，咨询类占58%，举报类占13.4%。")


def test_shares_of_small_counts_each_exact_far_apart_are_each_of_its_own_whole(checker) -> None:  # type: ignore[no-untyped-def]
    # (60 of 65 较大 fires and 5 of 6 重大 ones: no one whole, and no slip gives two exact wholes so far apart)
    text = (
        "发生在非消防安全重点单位的火灾共25.8万起，亡1317人，伤810人，直接财产损失31.5亿元，分别占总数的91.8%、94.7%、"
        "91.9%和87.6%；其中较大火灾60起、占总数的92.3%，重大火灾5起、占总数的{}%。"
    )
    assert not _errors(checker, text.format("83.3"))
    assert _errors(checker, text.format("73.3"))  # (5 of no whole number is 73.3%)


def test_a_base_is_never_named_wrong_with_nothing_as_its_repair(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "冬春季节天干物燥，共发生火灾14.3万起，造成914人死亡、465人受伤，分别占全年的60.2%、65%，"
        "其中45起较大火灾和1起特别重大火灾、1起重大火灾均发生在冬春季节，分别占全年火灾总数的67.2%、40%。"
    )
    assert all("应为0万" not in e and "应为0）" not in e for e in _errors(checker, text))


def test_shares_of_counts_in_wan_share_a_base_too(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "110报警服务台处置各类警情总量：1528万起。违法犯罪警情：128.6万起，占总警情{}%，同比上升5.6%；交通类警情：442万起，"
        "占总警情28.9%；纠纷类警情：180万起，占总警情11.8%；群众求助警情：423万起，占总警情27.7%。"
    )
    assert not _errors(checker, text.format("8.4"))
    found = _errors(checker, text.format("18.4"))
    assert (
        found and "1522.4万～1531.9万" in found[0]
    )  # (442万 of 28.9% admits 15.22–15.34 million: still a tie)


def test_a_figure_that_is_a_share_of_the_total_population_is_not_that_whole(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "全国60岁及以上老年人口达22200万人，占总人口的16.1%。其中，65岁及以上人口达14386万人，占总人口的{}%。"
    )
    assert not _errors(
        checker, text.format("10.5")
    )  # (of the 138,000万 people, not the 22200万 aged 60 and over)
    assert _errors(
        checker, "全国60岁及以上老年人口达22200万人。其中，65岁及以上人口达14386万人，占老年人口的10.5%。"
    )


def test_a_headlines_whole_number_may_round_the_bodys_decimals(checker) -> None:  # type: ignore[no-untyped-def]
    text = "每千名老人有养老床位30张\n截至2015年年底，全国每千名老年人拥有养老床位{}张，比上年增长1.9%。"
    assert not _errors(checker, text.format("30.3"))
    assert _errors(checker, text.format("31.3"))


def test_a_share_of_the_parts_own_kind_is_not_of_the_lists_total(checker) -> None:  # type: ignore[no-untyped-def]
    text = "接报农村地区的火灾4.4万起，环比上升8.9%。其中，农村自建房火灾1.4万起，环比上升2.0%，占城乡自建房火灾总数的77.2%。"
    assert not _errors(
        checker, text
    )  # (of all 自建房 fires, town and country, which the text does not state)
    assert _errors(checker, "接报农村地区的火灾4.4万起。其中，农村自建房火灾1.4万起，占农村火灾总数的77.2%。")


def test_a_share_of_a_count_and_one_more_together_has_no_part_stated(checker) -> None:  # type: ignore[no-untyped-def]
    lead = "前4月，金属非金属矿山、化工、烟花爆竹、建筑业、道路运输、铁路运输、农业机械等7个行业领域事故同比“双下降”，"
    # (the 7 and 航空运输 together: 8 of 12)
    assert not _errors(checker, lead + "航空运输未发生事故，共占重点统计12个行业领域的66.7%。")
    assert not _errors(
        checker, lead + "航空运输未发生事故，共占重点统计行业领域的66.7%，其余5个领域有所上升。"
    )
    assert _errors(checker, lead + "共占重点统计12个行业领域的66.7%。")


def test_questionnaires_returned_and_leads_checked_are_steps(checker) -> None:  # type: ignore[no-untyped-def]
    survey = "对在押人员进行了问卷调查(发放286份，回收有效问卷{}份，另外有些人未填写)。"
    assert not _errors(checker, survey.format(257))
    assert _errors(checker, survey.format(357))
    leads = "一季度接收全国服务平台根治欠薪问题线索2080件，完成核查{}件，核查率在全省排名第二。"
    assert not _errors(checker, leads.format(2048))
    assert _errors(checker, leads.format(2648))


def test_a_mediation_centre_is_no_status_in_progress(checker) -> None:  # type: ignore[no-untyped-def]
    # (调解中心 holds 调解中, "being mediated": no status of the set 成功调处 belongs to)
    text = (
        "2020年，全县共受理案件2681起，成功调处化解2628起，调成率98%。其中，县联合调解中心接待受理各类矛盾纠纷2177起，"
        "成功调处化解{}起。"
    )
    assert not _errors(checker, text.format(2021))
    assert _errors(checker, text.format(2721))  # (more resolved than the centre received)


def test_two_shares_apart_say_plainly_when_no_whole_number_gives_one(checker) -> None:  # type: ignore[no-untyped-def]
    text = "机关少数民族干部19人，占机关总人数的33.4%；女性14人，占机关总人数的24.6%。"
    found = _errors(checker, text)
    # (19 of no whole number is 33.4%: no empty range such as 57～56 in the message)
    apart = [e for e in found if "都是占机关总人数" in e]
    assert apart and "前者任何整数基数都得不到" in apart[0] and "57～56" not in apart[0]


def test_what_was_due_is_no_other_numerator_of_the_rate(checker) -> None:  # type: ignore[no-untyped-def]
    # (7487 of 7720 is 97% too: but 应结案 is what was due, the 结案率's base, never its numerator)
    text = "共派遣案件7720件，应结案7487件，结案{}件，结案率97%。"
    assert not _errors(checker, text.format(7263))
    assert _errors(checker, text.format(6263))


def test_the_six_judgments_an_agency_loses_by_are_all_its_lost_cases(checker) -> None:  # type: ignore[no-untyped-def]
    # 行政诉讼法: 撤销, 确认违法, 责令履行, 确认无效, 变更, 赔偿 — all six named, the list is whole (too few is an error)
    text = (
        "行政机关败诉2683件。其中，判决撤销或部分撤销行政行为1222件，确认行政行为违法{}件，责令履行法定职责411件，"
        "确认行政行为无效46件，判决变更行政行为13件，单独判决承担赔偿责任231件。"
    )
    assert not _errors(checker, text.format(760))
    assert any("HC002" in e for e in _errors(checker, text.format(560)))
    # five of them named: maybe not all of the lost cases
    assert not _errors(checker, text.replace("，单独判决承担赔偿责任231件", "").format(560))


def test_a_numerator_stated_again_takes_the_bases_beside_its_first_statement(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "2022年，仲裁院共受理劳动人事争议案件{}件，同比增加36%。审结案件2965件，同比增加36%。\n"
        "面对案件数量激增的压力，仲裁院全力清理积案，共审结案件2965件，累计结案率达98.9%。"
    )
    assert not _errors(checker, text.format(2995))  # (2965 of 2995 is 98.99%, shown truncated)
    assert _errors(checker, text.format(3395))  # (2965 of 3395 is 87.3%)


def test_what_a_heading_count_mostly_involves_is_some_of_it(checker) -> None:  # type: ignore[no-untyped-def]
    # (the count in brackets right after its heading's words is the whole; 主要涉及 lists some of it, at most it)
    text = "1.住房保障类(793件,占比17.36%)。主要涉及物业管理{}件、房屋建设226件、房产交易138件、拆迁改造21件、人防工程1件。"
    assert not _errors(checker, text.format(390))
    assert any("HC002" in e for e in _errors(checker, text.format(490)))
    # (a bracket after a figure holds a part of it, no whole: 受理755件(含旧存280件))
    assert not _errors(checker, "受理755件(含旧存280件)，主要涉及物业管理390件、房屋建设326件。")


def test_a_sum_word_opening_its_clause_with_what_it_counts_sums_the_figures_before(checker) -> None:  # type: ignore[no-untyped-def]
    text = "本期新收案件中受理1243件，上期结转{}件，合计审理案件1369件。"
    assert not _errors(checker, text.format(126))
    assert _errors(checker, text.format(226))
    # (a sum with its share after it: 共48件 占…4.18%, no statement of its own)
    text = "已审结案件1148件。撤销原具体行政行为22件、确认违法{}件、变更1件、责令履行4件，共48件 占已审结案件4.18%。"
    assert not _errors(checker, text.format(21))
    assert _errors(checker, text.format(31))


def test_shares_of_the_whole_and_of_the_whole_in_short_are_one_list(checker) -> None:  # type: ignore[no-untyped-def]
    # (占案件总数的 and 占总数的 name one whole: the four shares are one list, agreeing on the 59)
    text = (
        "全区新收行政复议案件88件，受理59件。今年受理治安管理类案件13件，占案件总数的22.0%，较去年增加116.7%；"
        "工商投诉举报类受理21件，占总数的{}%，较去年下降27.6%；征迁安置类新收6件，占总数的10.2%；"
        "其他各类案件新收19件，占案件总数的32.2%。"
    )
    assert not _errors(checker, text.format("35.6"))
    assert _errors(checker, text.format("45.6"))


def test_a_rate_right_after_a_bracket_is_of_the_figure_the_bracket_follows(checker) -> None:  # type: ignore[no-untyped-def]
    # (the 6 in brackets is an aside of the 21: 20 of 21 won is 95.24%)
    text = "收到以市政府为被告的行政应诉案件24件，已经审结21件(含2019年收案、2020年结案6件)，胜诉率{}%。"
    assert not _errors(checker, text.format("95.24"))
    assert _errors(checker, text.format("95.34"))  # (no whole number of 21 gives it)


def test_a_change_stated_as_rate_then_amount_past_a_margin_over_the_province(checker) -> None:  # type: ignore[no-untyped-def]
    # (the margin over the province's average stands between the rate and the amount of one change)
    text = "全年共受理各类案件50101件，同比增长{}%，比全省平均高出19.81%，增加12077件。"
    assert not _errors(checker, text.format("31.76"))
    assert _errors(checker, text.format("34.11"))  # (12077 over 38024 is 31.76%: a published error)


def test_the_ways_cases_ended_go_on_past_a_bracketed_list_of_one_of_them(checker) -> None:  # type: ignore[no-untyped-def]
    # (判决, 裁定 with its own list in brackets, then 调解 and 移送: four ways the 3842 ended, summed)
    text = "全年审结3842件，其中判决{}件，裁定1005件(其中驳回起诉17件、撤诉929件、终结3件)，调解982件，移送38件。"
    assert [g["parts"] for g in breakdown(text.format(1817)) if g["total"] == ["3842件"]] == [
        ["1817件", "1005件", "982件", "38件"]
    ]
    assert not _errors(checker, text.format(1817))
    assert any("HC002" in e for e in _errors(checker, text.format(2017)))


def test_a_list_ends_where_a_segment_does_something_in_another_field(checker) -> None:  # type: ignore[no-untyped-def]
    # (…；办理行政应诉案件42件: past its verb, the segment names 应诉, another field than the 复议 list's)
    text = "司法局办理行政复议案件63件，办结54件，其中调解终止19件，维持17件，受理前化解9件；办理行政应诉案件42件，其中审结30件。"
    assert [g["parts"] for g in breakdown(text) if g["total"] == ["54件"]] == [["19件", "17件", "9件"]]


def test_a_share_among_a_whole_named_before_its_zhan_is_of_that_whole(checker) -> None:  # type: ignore[no-untyped-def]
    # (在全市调解纠纷量中占27%: as 占全市调解纠纷量的27%, of the 45870 stated before, the 12266 its part)
    text = "上半年，全市调解纠纷共45870宗，成功43952宗。\n社区调解组织调解{}宗，在全市调解纠纷量中占27%。"
    assert not _errors(checker, text.format(12266))
    assert _errors(checker, text.format(16266))


def test_a_rate_list_said_respectively_is_of_the_counts_listed_so_before_it(checker) -> None:  # type: ignore[no-untyped-def]
    # (the i-th 回复率 is the i-th 回复量 over the i-th 留言量: three parallel lists said 分别)
    text = (
        "省、市、区(县)三级网民留言量分别为51864条、50262条、35451条，其中省级层面网民留言最多；回复量分别为34380条、"
        "39681条、29512条，市级领导回复量最大；回复率分别为：66.29%、78.95%与{}%，区(县)级回复率最高。"
    )
    assert len(roles(text.format("83.25"), "rate")) == 3
    assert not _errors(checker, text.format("83.25"))
    [msg] = _errors(checker, text.format("88.25"))
    assert msg.startswith("HC009 88.25%与29512条、35451条不符")  # (named by itself, not by 78.95%与)


def test_the_kinds_of_a_closed_set_go_on_past_a_segment_opening_with_a_step_word(checker) -> None:  # type: ignore[no-untyped-def]
    # (移送行政拘留 names its kind by a step word: the fourth of the five kinds, no new clause doing something else)
    text = "前4月，全国共查处五类案件6407件。其中，按日连续处罚案件104件；查封、扣押案件{}件；限产、停产案件633件；移送行政拘留1078起。"
    assert not _errors(checker, text.format(4090))
    assert _errors(checker, text.format(4690))  # (104 + 4690 + 633 + 1078 = 6505, over the 6407)


def test_a_bracketed_list_after_a_figure_is_no_restatement_of_the_list_before(checker) -> None:  # type: ignore[no-untyped-def]
    # (the 98 and 171 are the 269's, not parts of the 59 and 48 of 2015)
    text = (
        "行政争议案件数量从2015年的107件(其中行政复议案件59件，行政诉讼案件48件)，"
        "增长到2018年的269件(其中行政复议案件98件，行政诉讼案件{}件)。"
    )
    assert not _errors(checker, text.format(171))
    assert _errors(checker, text.format(191))  # (98 + 191 is over the 269)


def test_counts_with_their_nouns_after_them_name_two_things_not_two_steps(checker) -> None:  # type: ignore[no-untyped-def]
    # (222件代表议案 and 4084件代表建议: the 建议 resolved are no later step of the 议案)
    text = (
        "五年来，市人大代表共提出222件代表议案和5338件代表建议，有4084件代表建议得到解决采纳，占总数的{}%。"
    )
    assert not _errors(checker, text.format(77))
    assert _errors(checker, text.format(87))  # (4084 of 5338 is 76.5%)
    # (a step stated after the count with no mark between is still a step: 收到提案162件立案132件)
    assert _errors(checker, "区政协九届二次会议期间收到提案162件立案182件。")


def test_a_filing_rate_is_of_the_proposals_decided_on(checker) -> None:  # type: ignore[no-untyped-def]
    # (立案率 = 立案 ÷ (立案 + 不予立案), as 不捕率 is of the arrests decided: 118 of 129 is 91.5%)
    text = "经审查，同意立案118件，不予立案的11件，立案率为{}%。"
    assert not _errors(checker, text.format("91.5"))
    assert _errors(checker, text.format("97.5"))


def test_a_bare_amount_then_a_rate_said_year_on_year_is_one_change(checker) -> None:  # type: ignore[no-untyped-def]
    # (律师7546人，增长870人，同比增长12%: 870 over 6676 is 13.0% — a published error)
    text = "2022年，苏州有律所412家，增长30家，律师7546人，增长870人，同比增长{}%。"
    assert not _errors(checker, text.format(13))
    assert _errors(checker, text.format(12))


def test_a_figure_whose_unit_was_lost_between_a_base_and_the_numerator_unties_the_rate(checker) -> None:  # type: ignore[no-untyped-def]
    # (受理6323 lost its 件: the 3668 are of the 6323, 58%, not of the 9272 before)
    text = "2022年，12315平台共接投诉9272件，按期办结率100%，其中受理6323调解成功3668件，调解成功率{}%。"
    assert not _errors(checker, text.format(58))
    assert not [e for e in _errors(checker, text.format(40)) if "9272" in e]


def test_a_list_in_brackets_ends_at_its_bracket_whatever_its_first_parts_add_up_to(checker) -> None:  # type: ignore[no-untyped-def]
    # (with 城市管理类 edited up to 54, the first four parts make 79: the list still runs to its bracket's close)
    text = "2、公共管理类共计79件,(其中交通管理类5件,农村管理类8件,经济管理类12件,城市管理类{}件,文体科教类8件,卫生健康类2件);"
    assert not _errors(checker, text.format(44))
    assert _errors(checker, text.format(54))


def test_items_in_brackets_are_one_run_where_a_page_lost_the_mark_between_two(checker) -> None:  # type: ignore[no-untyped-def]
    # (家居用品(420件)房屋(397件): the 、 lost; the four items' share is of the 9272, not 397 + 340 of the 1802)
    text = (
        "2022年，平台共接投诉9272件。投诉量较大的商品主要有：食品(1802件)、家居用品(420件)房屋(397件)、交通工具(340件)"
        "合计占比{}%。"
    )
    assert not _errors(checker, text.format("31.9"))
    assert _errors(checker, text.format("36.9"))


def test_a_share_of_the_areas_total_may_be_of_a_later_total_of_its_step(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "一季度，全市共查处机动车违规占用应急车道行为820起，违规停车1200起。\n"
        "专项整治开展以来，全市各地共查处电动自行车闯红灯违法行为5000起。从查处数据看，排名前三的城区共计查处{}起，"
        "占全市查处总数的62%。"
    )
    assert not _errors(
        checker, text.format(3100)
    )  # (of the campaign's 5000, the second total of 查处, not the first)
    assert _errors(checker, text.format(3600))  # (of neither whole)


def test_a_segment_opening_with_a_figure_that_is_no_part_ends_the_list(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "今年以来，区执法大队共查处案件{}起，其中简易程序案件20起，一般程序立案45起，上年立案本年结案5起；"
        "已结案一般程序30起，罚款38.6万元，移送司法机关涉嫌犯罪案件9起。"
    )
    assert not _errors(
        checker, text.format(70)
    )  # (the 9 past the ；-segment of what was since done: no part)
    assert _errors(checker, text.format(60))  # (20 + 45 > 60)


def test_a_rate_with_no_base_of_its_own_takes_the_base_its_sentences_rates_share(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "应办结工单8000件，办结7600件，办结率95%；按时办结7200件，按时办结率90%，退回重办160件，重办率{}%。"
    )
    assert not _errors(checker, text.format(2))  # (160 of the 8000 the two rates before are over)
    assert _errors(checker, text.format(3))
    # (only two rates or more over one base, the nearest before: 立案率 is over 受理, 办结率 alone over 应办结)
    assert not _errors(
        checker,
        "受理工单9000件，立案8500件，立案率94.44%；应办结工单8000件，办结7600件，办结率95%；退回重办160件，重办率3%。",
    )


def test_figures_stated_as_shares_of_the_whole_with_their_pair_are_no_whole(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "从区域看，乡镇地区火灾共12万起、亡300人，占总数的60%和50%；城区火灾8万起、亡300人，占总数的40%和50%。"
        "从原因看，因用火不慎引发的火灾{}万起，比上年下降3%，占总数的25%。"
    )
    assert not _errors(
        checker, text.format(5)
    )  # (of the 20万 unstated: 12万 and 8万 are shares of it themselves)
    assert _errors(checker, "全年共发生火灾20万起。" + text.format(6))  # (stated: 6万 of 20万 is 30%)
    # (nor is a figure below the part, a share of the whole in words further on: 2万 for 6万)
    tall = "从建筑看，高层建筑火灾共2万起，亡100人，火灾起数虽然只占总数的10%，但亡人较多。"
    assert not _errors(checker, text.replace("从原因看", tall + "从原因看").format(5))


def test_a_median_or_average_is_no_whole_of_the_list_after_it(checker) -> None:  # type: ignore[no-untyped-def]
    text = "本季度，各区投诉量的中位数为{}件。其中，东区1200件，西区900件，南区700件，北区500件。"
    assert not _errors(checker, text.format(800))  # (the median: the four make 3300, no part of 800)
    assert _errors(
        checker, "本季度，各区共受理投诉3000件。其中，东区1200件，西区900件，南区700件，北区500件。"
    )


def test_a_clause_among_a_set_named_by_a_figures_own_words_is_of_that_figure(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "全年共受理消费投诉5000件。其中，涉及电商平台企业3000件，涉及实体商户2000件。\n"
        "在涉及电商平台企业投诉中，虚假宣传纠纷1200件，占比40%；物流纠纷900件，占比30%。"
        "在涉及实体商户投诉中，价格纠纷1000件，占比{}%；服务纠纷600件，占比30%。"
    )
    assert not _errors(checker, text.format(50))  # (of the 2000, not of the 900 right before)
    assert _errors(checker, text.format(40))


def test_a_share_of_a_kinds_whole_is_of_the_listed_part_that_kind_names(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "全年共接收银行业投诉8000件。其中，涉及城市商业银行2000件，占投诉总量的25%；涉及农村金融机构6000件，"
        "占投诉总量的75%。城市商业银行投诉量的中位数为150件。信用卡业务投诉500件，占城市商业银行投诉总量的{}%。"
    )
    assert not _errors(checker, text.format(25))  # (of the 2000 listed, not of the 8000 nor of the median)
    assert _errors(checker, text.format(35))


def test_an_overall_failure_rate_counts_the_failing_grade_alone(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全年共抽检食品样品2000批次，其中合格1950批次，不合格50批次，总体不合格率为{}%。"
    assert not _errors(checker, text.format(2.5))  # (50 of the 2000, not 合格 and 不合格 together)
    assert _errors(checker, text.format(3.5))


def test_a_run_of_shares_said_respectively_of_a_base_its_clause_states(checker) -> None:  # type: ignore[no-untyped-def]
    text = "今年以来，全市共检查餐饮单位3000家，立案查处240家，分别占全市4000家餐饮单位总数的75%、{}%。"
    assert not _errors(checker, text.format(6))  # (3000 and 240 of the 4000, each in turn)
    assert _errors(checker, text.format(8))
    # (two steps, the second of the first: no partition of the 4000, 3900 + 240 may pass it)
    assert not _errors(checker, text.replace("3000家", "3900家").replace("75%", "97.5%").format(6))


def test_a_share_after_qizhong_with_no_count_of_its_own_is_of_the_figure_before(checker) -> None:  # type: ignore[no-untyped-def]
    text = "两年共接到投诉举报案件350件，其中以来电投诉最多，占{}%；类别以食品安全为主。"
    assert not _errors(checker, text.format("60.57"))  # (212 of the 350, uncounted: not 350 of some whole)
    assert _errors(checker, text.format("60.50"))  # (no whole number of the 350 gives it)
    # (not past a bracket's aside: 合伙所647家(其中…分所63家)，占85.6% is the 647's share)
    text = "全省共有律师事务所756家。合伙所647家(其中分所63家)，占{}%；国资所57家，占7.5%。"
    assert not _errors(checker, text.format("85.6"))
    assert _errors(checker, text.format("88.6"))


def test_a_sum_over_items_one_counted_in_another_unit_is_not_complete_in_its_own(checker) -> None:  # type: ignore[no-untyped-def]
    text = "抽检了游泳场所6家、宾馆8家、集中空调通风系统{}个、理发店5家，合计抽检31家。"
    assert not _errors(checker, text.format(12))  # (19 in 家 and 12 systems: the 家 alone are not all)
    assert _errors(checker, "抽检了游泳场所6家、宾馆8家、理发店25家，合计抽检31家。")  # (39 > 31)


def test_a_headline_figure_may_be_the_sum_of_the_bodys_figures_named_alike(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "今年市县两级执法检查共查处违法案件{}起\n2024-12-01 来源：本网\n"
        "今年以来，市级执法检查共查处违法案件1200起，罚款300万元。各县区同步开展执法检查，共查处违法案件3800起。"
    )
    assert not _errors(checker, text.format(5000))  # (of both levels: 1200 + 3800)
    assert _errors(checker, text.format(5600))


def test_a_span_of_years_right_before_a_rate_is_not_what_it_counts(checker) -> None:  # type: ignore[no-untyped-def]
    assert not _errors(
        checker, "从近5年的抽查情况看，产品抽查合格率分别为88.9%、92.3%、91.1%、91.6%、91.5%。"
    )
    assert _errors(
        checker, "共抽查产品20批次，产品抽查合格率为88.9%。"
    )  # (no whole number of the 20 gives it)


def test_a_whole_said_again_past_the_end_of_a_line_is_no_part(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "   2017年全省第四季度全省共抽检各类食品样品8000批次,其中不合格{}批次,总体合格率为97.5\n"
        "   2017年全省第四季度全省共抽检各类食品样品8000批次,其中不合格200批次,总体合格率为97.50%。"
    )
    assert not _errors(checker, text.format(200))  # (the summary cut short, said again: 8000 is no part)
    assert _errors(checker, text.format(9000))


def test_a_count_of_places_is_no_whole_of_a_share_of_things(checker) -> None:  # type: ignore[no-untyped-def]
    text = "抽查范围覆盖全国31个省(区、市)，抽查广东省产品批次数最多，占抽查产品批次总数的{}%，其次是浙江(15.8%)。"
    assert not _errors(
        checker, text.format("24.9")
    )  # (not of the 31 provinces: of the batches, unstated here)
    assert _errors(checker, "全年共抽查产品2000批次。抽查广东省产品批次数最多，占抽查产品批次总数的24.97%。")


def test_a_whole_in_the_parts_own_unit_comes_before_one_in_ge_of_its_sentence(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "全年共接收有效投诉{}件，同比增长12%，反映投诉事项5600个。其中，热线投诉3000件，占75%；信件投诉600件，占15%；"
        "网络投诉400件，占10%。"
    )
    assert not _errors(checker, text.format(4000))  # (of the 4000 complaints, not the 5600 matters)
    assert _errors(checker, text.format(3000))


def test_a_count_after_a_rate_and_a_qizhong_is_of_a_subset_not_the_rates(checker) -> None:  # type: ignore[no-untyped-def]
    text = "平台共调解纠纷1000件，调解成功率{}%，其中线上申请调解600件，调解成功240件；法院引调400件，调解成功210件。"
    assert not _errors(checker, text.format(45))  # (240 + 210 of the 1000: not the 240 of the 600 alone)
    assert _errors(checker, "平台共调解纠纷1000件，调解成功240件，调解成功率45%。")


def test_shares_of_parts_in_measures_no_one_whole_is_counted_in_are_each_their_own(checker) -> None:  # type: ignore[no-untyped-def]
    text = "上半年，边境地区查获假烟8000万支，占全省查获量的48%；查获走私烟叶500吨，占全省查获量的{}%。"
    assert not _errors(checker, text.format("60.8"))  # (cigarettes and leaf: each of its own thing's whole)
    assert _errors(
        checker,
        "上半年，边境地区查获假烟8000万支，占全省查获量的48%；查获走私卷烟5000万支，占全省查获量的60.8%。",
    )


def test_a_rate_past_100_that_is_the_quotient_of_the_counts_before_it_is_a_note(checker) -> None:  # type: ignore[no-untyped-def]
    text = "截至月底，全镇共有户籍人口5000人，已关联标准地址的户籍人口5100人，全镇人房关联率为{}%。"
    assert not _errors(checker, text.format(102))  # (5100 over 5000, as stated: the counts say so, a note)
    assert _errors(checker, text.format(112))


def test_a_clause_saying_the_state_now_starts_another_dimension_of_the_list(checker) -> None:  # type: ignore[no-untyped-def]
    text = "本周通过预警平台下发工单8件，其中重点人员预警8件，目前{}件已办结，1件正在处理中。"
    assert not _errors(
        checker, text.format(7)
    )  # (8 of one kind; 7 + 1 concluded or not: two splits of the 8)
    assert _errors(checker, "本周通过预警平台下发工单8件，其中重点人员预警6件、矛盾纠纷预警5件。")


def test_a_whole_named_again_with_a_verb_past_the_segment_end_is_no_part(checker) -> None:  # type: ignore[no-untyped-def]
    text = "假期全市共接报刑事案件80宗，治安案件{}宗，其中盗窃案件60宗；破刑事案件9宗，查处治安案件70宗。"
    assert not _errors(
        checker, text.format(100)
    )  # (破…/查处… say what was done of the wholes: no parts of 100)
    assert _errors(checker, text.format(50))  # (60 of 50)


def test_a_part_counting_other_things_in_the_totals_is_no_part(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全镇共划分综合网格{}个，其中进入网格的党组织数160个，党员3218名，党建达标网格100个。"
    assert not _errors(checker, text.format(120))  # (the 160 party bodies in the grids are no grids)
    assert _errors(checker, text.format(90))  # (100 of 90)


def test_an_average_after_qizhong_is_of_some_not_of_all(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全年共巡查2000次，督办解决问题2500个，其中东部各地河湖长巡查较为积极，平均巡查{}次以上。"
    assert not _errors(checker, text.format(4))  # (the average of some places: not 2000 over 2500)
    assert _errors(checker, "全年共处理案件200件，罚款总计1000万元，平均罚款金额8万元。")  # (5万 a case)


def test_an_amount_shown_to_fewer_places_than_its_parts_may_be_their_sum_cut_short(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全县月发低保金{}万元，其中城市低保金373.9052万元，农村低保金503.8417万元。"
    assert not _errors(checker, text.format("877.74"))  # (877.7469 cut short, not rounded to 877.75)
    assert _errors(checker, text.format("867.74"))


def test_parts_named_by_a_measure_are_of_the_total_that_measure_names(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全市累计发生各类安全事故3000起，死亡300人，受伤2500人。其中道路交通死亡250人，火灾死亡{}人。"
    assert not _errors(checker, text.format(50))  # (of the 300 dead, not the 2500 injured)
    assert _errors(checker, text.format(80))


def test_the_state_now_after_a_list_is_another_split_of_its_total(checker) -> None:  # type: ignore[no-untyped-def]
    text = "本周通过预警平台下发工单8件，其中重点人员预警8件，目前{}件已办结，1件正在处理中。"
    assert not _errors(checker, text.format(7))  # (7 + 1: concluded or under way, all of the 8)
    assert _errors(checker, text.format(5))


def test_a_pass_rate_after_the_sampled_and_the_failed_is_of_those_that_passed(checker) -> None:  # type: ignore[no-untyped-def]
    text = "调味品抽检2000批次，不合格{}批次，样品合格率为97.50%；酒类抽检800批次，不合格20批次，样品合格率为97.50%。"
    assert not _errors(checker, text.format(50))  # (1950 of the 2000 sampled)
    assert _errors(checker, text.format(150))


def test_a_solve_rate_is_of_the_criminal_cases_solved_over_those_filed(checker) -> None:  # type: ignore[no-untyped-def]
    text = "立各类刑事案件831起，同比下降3.37%。破各类刑事案件464起，破案率{}%。"
    assert not _errors(checker, text.format("55.8"))
    assert _errors(checker, text.format("65.8"))


def test_those_received_are_those_released_and_those_still_in_correction(checker) -> None:  # type: ignore[no-untyped-def]
    text = "截止2015年10月底，全县累计接收社区服刑人员750人，累计解除528人，在册社区服刑人员{}人，其中缓刑207人。"
    assert not _errors(checker, text.format(222))
    assert _errors(checker, text.format(262))  # (528 + 262 past the 750 received since the start)
    # a year's or a dated period's intake: those in correction before it are in the stock too
    assert not _errors(checker, "2018年，全省累计接收社区服刑人员22872人，解除22255人，在矫24862人。")
    assert not _errors(
        checker,
        "2020年7月1日至今，全市共累计接收社区矫正对象1159人，累计解除社区矫正对象1061人，现在册人数为1167人。",
    )


def test_an_alias_naming_the_setting_a_thing_happens_in_is_no_cue(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "今年上半年，两级法院开庭审理行政案件837件，正职负责人出庭案件76件；铁路运输法院开庭审理行政案件169件，"
        "正职负责人出庭案件39件。两级法院开庭审理的行政案件中，负责人在庭审活动中发言的共计663件，占比{}%。"
        "两级法院及铁路法院开庭审理的行政案件中，正职负责人出庭应诉率为11.43%。"
    )
    assert not _errors(
        checker, text.format("79.21")
    )  # (663 spoke in hearings: no count of hearings, no base)
    assert _errors(checker, text.format("89.21"))  # (663 of 837 is 79.21%)


def test_an_on_time_rate_is_of_those_concluded_not_of_those_received(checker) -> None:  # type: ignore[no-untyped-def]
    text = "2025年第一季度，共受理行政复议案件54件，办结24件，案件按时办结率达{}%，无超期审理现象。"
    assert not _errors(checker, text.format(100))  # (24 of the 24 concluded in time; not 24 of 54)
    assert _errors(checker, text.format(90))  # (no count of 24 gives 90%)


def test_a_list_after_qizhong_naming_the_totals_beside_its_own_is_of_the_run(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "截至6月底，全省实施查封、扣押案件19件，实施限制生产、停产整治案件27件，行政拘留案件共19件，案件移送共9件。"
        "其中，1月份实施限制生产、停产整治案件最多，共计{}件；行政拘留案件5月和6月较多，分别是6件和7件。"
    )
    assert not _errors(checker, text.format(15))  # (15 of the 27, 6 and 7 of the 19: none of the 9 moved on)
    assert _errors(checker, "全省案件移送共9件。其中，环境污染案件6件，其他案件7件。")


def test_past_a_semicolon_another_subjects_set_ends_the_list(checker) -> None:  # type: ignore[no-untyped-def]
    text = "市碱业公司{}件应办结工单中1件工单超时办结，导致按时办结率得分为5分；连职院7件工单中1件超时签收。"
    assert not _errors(checker, text.format(5))  # (7 is 连职院's set, no part of the 5)
    assert _errors(checker, "市碱业公司5件应办结工单中6件工单超时办结；连职院7件工单中1件超时签收。")


def test_a_share_naming_a_total_may_be_of_the_step_before_its_part(checker) -> None:  # type: ignore[no-untyped-def]
    text = "市政协共收到提案739件，其中大会提案714件，平时提案25件，经审查立案579件，交付政府系统办理567件，占交办提案总数的{}%。"
    assert not _errors(checker, text.format("97.93"))  # (567 of the 579 filed)
    assert _errors(checker, text.format("87.93"))  # (no reading gives it)


def test_past_the_sublist_of_a_shared_item_the_list_of_shares_goes_on(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "本次会议共收到提案718件。经审查，立案602件。其中，委员提案478件、集体提案124件，立案率83.8%。本次提案质量明显提高。\n"
        "据统计，会议收到的提案中，经济建设类提案271件，占45%；政治建设类提案33件，"
        "占5.5%；文化建设类提案44件，占7.3%；社会建设类提案158件，占26.3%。其中，教育事业类44件，医疗健康类41件，"
        "社会保障类73件；生态文明建设类提案96件，占{}%。"
    )
    # (96 of the 602, as its siblings; no part of the 158 — whose 26.3% for 26.246% is only rounded twice, a warning)
    assert [f for f in _errors(checker, text.format("15.9")) if "两次四舍五入" not in f] == []
    assert [f for f in _errors(checker, text.format("25.9")) if "两次四舍五入" not in f]


def test_answers_due_are_no_step_after_those_handled(checker) -> None:  # type: ignore[no-untyped-def]
    text = "市政府系统办理的567件提案应有答复{}件（部分提案需多个单位分办），截至2021年底已全部答复完毕。"
    assert not _errors(
        checker, text.format(616)
    )  # (one answer per unit sharing a proposal: may pass the 567)
    assert _errors(checker, "市政府系统办理提案567件，答复616件。")


def test_the_results_of_a_check_published_are_no_step_and_all_kinds_again_no_part(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "全年主动公开各类政府信息{}条。其中，公开行政规范性文件7件、疫情防控及健康科普信息13条、“双随机、一公开”检查结果14条，"
        "在账号“卫生健康委员会”的微信公众号上主动公开各类信息115条。"
    )
    assert not _errors(
        checker, text.format(70)
    )  # (检查结果 a kind of information; 115 all kinds on another channel)
    assert _errors(checker, text.format(30))  # (7 + 13 + 14 past 30)


def test_two_verbs_sharing_the_head_word_of_the_items_around_them_are_one_item(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "本报告内容包括：总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、因政府信息公开工作被申请行政复议、"
        "提起行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项等{}项内容。"
    )
    assert not _errors(
        checker, text.format("六")
    )  # (…被申请行政复议、提起行政诉讼情况: one item, six in all)
    assert _errors(checker, text.format("五"))


def test_pieces_after_juti_wei_are_parts_of_the_count_before(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "全省建设项目违法行为查处案件共176件。具体为：1-3月共计32件；4月共计32件；5月共计42件；6月共计{}件。"
    )
    assert not _errors(checker, text.format(70))
    assert _errors(checker, text.format(90))  # (196 past 176)


def test_those_ordered_to_be_put_right_by_a_deadline_are_the_rest_of_those_found(checker) -> None:  # type: ignore[no-untyped-def]
    text = "非煤矿山检查企业12家次，发现一般隐患33条、已整改{}条，限期整改3条。"
    assert not _errors(checker, text.format(30))
    assert _errors(checker, text.format(20))  # (20 + 3 short of the 33 found: each is one or the other)


def test_a_rate_that_fits_no_reading_cites_the_other_numerator_tried(checker) -> None:  # type: ignore[no-untyped-def]
    text = "纳入行政复议调解27件，调解结案{}件，行政复议调解率62.96%。"
    assert not _errors(checker, text.format(17))  # (17 of 27)
    from .helpers import run_text

    found = [f for f in run_text(checker, text.format(13)).findings if f.severity == "error"]
    assert found and "13件" in {e.text for f in found for e in f.evidence}  # (the edited count is named)
    assert "也试过" in found[0].message


def test_documents_cleaned_up_are_kept_revised_or_repealed(checker) -> None:  # type: ignore[no-untyped-def]
    text = "共64件。清理结果为：保留（继续有效）45件，宣布失效（废止）16件，拟修改{}件。"
    assert not _errors(checker, text.format(3))
    assert _errors(checker, text.format(13))  # (74 past the 64 cleaned up)
    # (those kept unstated: repealed and revised are some)
    assert not _errors(checker, "开展规范性文件全面清理，梳理排查相关文件268件，废止60件、拟修改9件。")


def test_the_next_point_of_a_numbered_run_ends_a_set(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "一是扎实推进“高效办成一件事”，国务院重点推进的13项高效办成一件事中，有{}项已正常运行，其余事项正在推动；"
        "二是持续开展流程再造工作，压缩审批服务时限1422项。"
    )
    assert not _errors(checker, text.format(6))  # (1422 is the second point's, no part of the 13)
    assert _errors(checker, text.format(16))


def test_an_intake_of_new_and_old_cases_is_all_there_was_to_conclude(checker) -> None:  # type: ignore[no-untyped-def]
    text = "受理执行案件4697件，新收{}件，旧存171件，执结3851件。"
    assert not _errors(checker, text.format(4526))
    assert _errors(checker, text.format(4026))  # (4026 + 171 short of the 4697: new and old are all of it)
    # (the old cases stated in the intake: more concluded than it is an error, not a carry-over unstated)
    found = _errors(checker, "受理执行案件4697件，新收4526件，旧存171件，执结4851件。")
    assert found and found[0].startswith("HC010") and "除非" not in found[0]


def test_a_clause_of_the_total_alone_takes_its_noun_from_the_clause_before(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "梳理形成成熟完备的全区行政执法事项清单，目前共4568项，全面完成综合执法事项划转，承接综合执法事项1461项，"
        "占全区总执法事项{}%。"
    )
    assert not _errors(checker, text.format("31.98"))  # (1461 of the 4568 the list holds)
    assert _errors(checker, text.format("38.98"))


def test_those_merged_and_what_the_merging_left_divide_the_count_filed(checker) -> None:  # type: ignore[no-untyped-def]
    text = "收到提案110件。经审查，立案78件、并案6件，实际立案{}件，转为意见建议32件。"
    assert not _errors(checker, text.format(72))  # (78 = 72 + 6; 110 = 78 + 32: not 78 + 6 + 72 + 32)
    assert _errors(checker, text.format(62))


def test_suits_ended_by_mediation_are_no_step_of_pre_suit_mediation(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全力打造诉前诉中齐头并进的大调解模式，引导诉前调解924件，以调解撤诉方式结案{}件。"
    assert not _errors(
        checker, text.format(4908)
    )  # (the suits ended so: no step after the pre-suit mediations)
    assert _errors(
        checker, "诉前委派调解案件11240件、调解成功14560件。"
    )  # (a step of the pre-suit mediation)


def test_cases_of_a_kind_of_crime_are_some_of_the_criminal_cases_of_the_same_step(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "审结刑事案件5820件，判处罪犯7602人。依法审结杀人、抢劫、盗窃等危害社会治安犯罪案件{}件。"
        "审结贪污、贿赂、渎职等职务犯罪案件40件。"
    )
    assert not _errors(checker, text.format(1440))
    assert _errors(checker, text.format(6440))  # (6440 of some kinds of crime past the 5820 criminal cases)


def test_a_reply_count_after_its_subject_is_done_to_the_messages_counted_before(checker) -> None:  # type: ignore[no-untyped-def]
    text = "湖北网民留言量18804件，湖北省各级领导干部及办理单位回复网民留言为11330件，回复率为{}%。"
    assert not _errors(checker, text.format("60.25"))
    assert _errors(checker, text.format("66.25"))  # (11330 of the 18804 messages)


def test_those_helped_after_release_are_those_released_and_those_out_of_correction(checker) -> None:  # type: ignore[no-untyped-def]
    text = "我区目前处于帮教期内的安置帮教对象有584名，解除矫正人数为{}人，监所释放人数为567人。"
    assert not _errors(checker, text.format(17))
    assert _errors(checker, text.format(77))  # (77 + 567 past the 584: persons counted in 名 and 人 alike)


def test_disputes_by_how_hard_they_are_divide_their_whole_when_the_ordinary_are_named(checker) -> None:  # type: ignore[no-untyped-def]
    text = "评出符合发放条件的案件1727件，其中简单纠纷{}件，一般纠纷87件，重大纠纷9件。"
    assert not _errors(checker, text.format(1631))
    assert _errors(checker, text.format(1431))  # (200 short: each dispute is of one grade)
    assert not _errors(checker, "全年调解纠纷500件，其中重大纠纷9件，疑难纠纷12件。")  # (the hard ones only)


def test_cases_ended_by_mediation_are_what_a_tribunals_mediation_success_rate_counts(checker) -> None:  # type: ignore[no-untyped-def]
    text = "共受理仲裁案件65起，现均已结案，结案率达100%，其中调解结案24起，调解成功率达{}%。"
    assert not _errors(checker, text.format(37))
    assert _errors(checker, text.format(47))  # (24 of 65)


def test_those_holding_a_certificate_are_what_a_certificate_rate_counts(checker) -> None:  # type: ignore[no-untyped-def]
    text = "执法人员数量为40人，执法证持有人员{}人，执证率达95%。"
    assert not _errors(checker, text.format(38))
    assert _errors(checker, text.format(33))  # (no whole number of staff gives 95% of 33)


def test_what_came_after_past_a_semicolon_ends_the_list(checker) -> None:  # type: ignore[no-untyped-def]
    text = "现已审结67件（含2021年结转12件），其中纠错{}件，调解25件，调解率为37.3%；复议后起诉的案件12件，暂无败诉。"
    assert not _errors(checker, text.format(6))
    assert _errors(checker, text.format(66))  # (66 + 25 past the 67; the 12 sued after review are no part)


def test_requests_for_information_are_no_review_applications(checker) -> None:  # type: ignore[no-untyped-def]
    # 依申请公开: requests under the information disclosure rules, counted with their carry-over, not 行政复议's
    text = (
        "二、依申请公开方面。2024年共受理依申请公开事项59件，结转上年后新收到依申请公开事项47件。"
        "三、行政复议方面。共收到行政复议申请12件，受理{}件。"
    )
    assert not _errors(checker, text.format(10))
    assert _errors(checker, text.format(14))  # (复议's own figures still checked)


def test_statuses_past_a_heading_divide_no_count_above_it(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "(二)依申请公开方面\n2024年，通过线上、信函等渠道收到依申请公开信息16件，已全部按期限答复办结。\n"
        "(三)政府信息管理方面\n开展行政规范性文件专项清理工作，对以县政府名义发布的规范性文件进行全面梳理，"
        "继续有效20件，失效2件、废止4件。"
    )
    assert not _errors(checker, text)
    # (within one section, past a sentence with no figure naming the thing again, they do)
    same = "共提交提案831件。\n提案委员会对收到的提案进行了认真审查。经审查，立案803件；不予立案{}件。"
    assert not _errors(checker, same.format(28))
    assert _errors(checker, same.format(58))


def test_complaints_are_about_goods_or_services(checker) -> None:  # type: ignore[no-untyped-def]
    # 12315: every complaint is of the goods class or the services class, so the two make up the whole
    text = "2024年收到投诉5109件，其中商品类1654件，服务类{}件。"
    assert not _errors(checker, text.format(3455))
    assert _errors(checker, text.format(855))  # (short of the whole: a list of two kinds, all of them)


def test_a_paragraph_ending_on_a_figure_ends_its_list_at_a_blank_line(checker) -> None:  # type: ignore[no-untyped-def]
    # a web page's paragraphs, with no full stop at their ends: the next paragraph's figures are no parts
    text = (
        "2021年9月，全市共受理举报132件。其中，食品类举报{}件，占举报总量的45.45%；药品类举报30件，"
        "占举报总量的22.73%\n\n投诉的主要是：一般食品52件，占总投诉的39.39%；质量问题37件，占总投诉的28.03%"
    )
    assert not _errors(checker, text.format(60))
    assert _errors(checker, text.format(70))  # (70 of 132 is 53.03%)
    from hecha.model import Document

    result = checker.check_document(Document("d", "d.txt", text.format(60)))
    cut = text.index("\n\n")
    starts = {f.id: f.start for f in result.facts}
    lists = [g for g in result.groups if g.kind == "breakdown" and starts[g.facts["total"][0]] < cut]
    assert lists and all(starts[p] < cut for g in lists for p in g.facts["parts"])
    # (a page break after a clause mark still joins)
    assert not _errors(checker, "全年共收到行政复议申请35件，\n\n其中不予受理2件，受理33件。")
    assert _errors(checker, "全年共收到行政复议申请35件，\n\n其中不予受理2件，受理38件。")


def test_a_closed_pair_is_summed_though_a_metric_rule_only_bounds_its_total(checker) -> None:  # type: ignore[no-untyped-def]
    # HC509 holds the penalty cases to at least the two procedures; each case takes one of them, so the two
    # add up to all (a shortfall is an error the structure reports)
    text = "本年度共办理行政处罚案件42起，其中适用简易程序案件{}起，适用普通程序案件2起。"
    assert not _errors(checker, text.format(40))
    assert any(e.startswith("HC002") for e in _errors(checker, text.format(30)))


def test_a_rate_of_what_is_done_to_the_thing_the_sentence_before_counts(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全国共发生林政案件43.98万起，比2002年下降6%。全国共查处林政案件43.18万起，查处率为{}%。"
    assert not _errors(checker, text.format("98.18"))
    assert _errors(checker, text.format("92.18"))
    # (of another thing, or of a figure that is no intake, no reading)
    assert not _errors(checker, "全国共发生森林火灾4.3万起。全国共查处林政案件43.18万起，查处率为92.18%。")


def test_a_ranked_run_may_be_a_share_of_the_count_an_earlier_section_states(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "一、总体情况\n2021年全市共接收消费者咨询投诉举报信息51451件。其中：咨询40745件，占接收总量的79.19%；投诉8660件，"
        "占接收总量的16.83%；举报2046件，占接收总量的3.98%。\n二、投诉举报办理情况\n从全市接收消费者投诉的地区来看，"
        "投诉量较大的区县主要有：榆次区(4628件)、开发区分局(1179件)、平遥县(679件)、太谷区(542件)，合计占比{}%。"
    )
    assert not _errors(checker, text.format("81.15"))  # (7028 of the 8660 complaints)
    assert _errors(checker, text.format("87.15"))


def test_those_still_under_way_are_the_siblings_of_those_done(checker) -> None:  # type: ignore[no-untyped-def]
    text = "2025年，办理行政复议答复案件5件，其中申请人撤回行政复议3件，复议维持1件，{}件正在办理中。"
    assert not _errors(checker, text.format(1))
    assert _errors(checker, text.format(3))  # (3 + 1 + 3 over the 5)
    # (not after a rating: those under way are of all the suggestions, not of the ones concluded)
    assert not _errors(
        checker,
        "提出的365件代表建议已办结363件，其中：代表对办理结果表示满意的330件，比较满意的33件；还有2件正在进一步办理之中。",
    )


def test_shares_with_their_counts_down_to_the_rest_add_up_to_all(checker) -> None:  # type: ignore[no-untyped-def]
    # each share fits the total stated before, the list goes down to 其他: the counts are all of it
    text = (
        "受理群众诉求4371件，办结4368件。从反映方式来看，来访{}件(次)，占比{}%；来电719件(次)，占比16.45%；"
        "来信101件(次)，占比2.31%；其他65件，占比1.49%。"
    )
    assert not _errors(checker, text.format(3486, "79.75"))
    assert any(e.startswith("HC002") for e in _errors(checker, text.format(3483, "79.68")))
    # no total stated: the shares themselves add up to 100%
    alone = "从反映方式来看，来访{}件(次)，占比{}%；来电719件(次)，占比16.45%；来信101件(次)，占比2.31%；其他65件，占比1.49%。"
    assert not _errors(checker, alone.format(3486, "79.75"))
    assert any(e.startswith("HC016") for e in _errors(checker, alone.format(3483, "79.68")))
    # (the last few of a list broken off above, down to the rest: far from all of the total, no whole)
    assert not _errors(
        checker,
        "共计收案2403件。其余纠纷收案量依次为：\n劳务派遣合同纠纷103件，占4.28%；工伤保险待遇纠纷72件，占3.00%；"
        "确认劳动关系纠纷62件，占2.58%；另有其他劳动争议15件，占比为0.62%。",
    )


def test_bare_shares_with_a_kind_and_the_rest_together_add_up_to_all(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "按照投诉事项分类，涉及银行卡投诉占比11.89%，涉及贷款业务投诉占比77.84%，涉及银行自营理财投诉、代理业务投诉"
        "及其他类投诉占比{}%，对公业务投诉占比1.62%。"
    )
    assert not _errors(checker, text.format("8.65"))
    assert any(e.startswith("HC016") for e in _errors(checker, text.format("5.95")))
    # (no rest among the kinds: some may be left out, the shares are at most 100%)
    assert not _errors(
        checker, "涉及银行卡投诉占比11.89%，涉及贷款业务投诉占比77.84%，对公业务投诉占比1.62%。"
    )
    # (a run that is itself the rest of a list, opening with its 其他: no whole)
    assert not _errors(
        checker,
        "火灾原因中，电气原因占调查总数的30.5%；其余依次为：其他原因占调查总数的9%、自燃原因占调查总数的6.2%、"
        "玩火原因占调查总数的5.2%。",
    )


def test_changes_named_by_a_counter_or_by_the_measure_and_its_unit(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全年发生较大事故1起，死亡13人，与上年同期相比，起数减少1起、下降{}%，死人减少9人、下降{}%。"
    assert not _errors(checker, text.format(50, "40.9"))
    assert _errors(checker, text.format(50, "45.8"))  # (9 of 22 the year before)
    assert _errors(checker, text.format(30, "40.9"))  # (1 of 2)


def test_a_key_naming_the_thing_it_classifies_divides_that_count(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "在检举控告类信访举报件中，违纪行为37件，职务违法犯罪行为7件，其他违法犯罪行为2件。\n"
        "在检举控告类信访举报件中，按违纪行为分类，违反组织纪律3件，违反廉洁纪律行为9件，违反群众纪律{}件，"
        "违反工作纪律行为13件，违反生活纪律2件。"
    )
    assert not _errors(checker, text.format(10))
    assert any(e.startswith("HC002") for e in _errors(checker, text.format(17)))


def test_a_list_opening_a_paragraph_divides_a_bare_step_of_the_thing_named_before(checker) -> None:  # type: ignore[no-untyped-def]
    text = "2025年政协收到提案1190件，审查立案893件，立案率75.04%。\n\n“其中委员提案670件，占比75.03%，集体提案{}件，占比24.97%。"
    assert not _errors(checker, text.format(223))
    assert any(e.startswith("HC002") for e in _errors(checker, text.format(233)))
    # (a list of another thing after the paragraph: no parts of the step)
    assert not _errors(
        checker,
        "2025年政协收到提案1190件，审查立案893件，立案率75.04%。\n\n其中委员建议670件，集体建议233件。",
    )
    # (parts that are steps of a subset, not kinds of the thing: 起诉 and 不起诉 of the minors)
    assert not _errors(
        checker,
        "全国检察机关共决定起诉犯罪嫌疑人12880人，不起诉2712人。\n\n其中，对未成年犯罪嫌疑人决定起诉6285人，不起诉2362人。",
    )


def test_a_rate_after_a_list_of_the_total_stated_before_is_of_that_total(checker) -> None:  # type: ignore[no-untyped-def]
    text = "收到提案718件。经审查，立案602件。其中，委员提案478件、集体提案124件，立案率{}%。"
    assert not _errors(checker, text.format("83.8"))
    assert _errors(checker, text.format("88.8"))
    # (a rate that names no step of that total: not read so)
    assert not _errors(
        checker, "收到提案718件。经审查，立案602件。其中，委员提案478件、集体提案124件，满意率88.8%。"
    )
    # (each part with its own rate, of a base unstated: not of the total)
    assert not _errors(
        checker,
        "武汉市留言量为4944件，回复量为3328件。其中，给市委书记的留言有1871件得到回复，回复率达到78%；"
        "给市长的留言1457件得到回复，回复率达到了96%。",
    )


def test_those_not_yet_concluded_are_no_kind_of_thing_a_step_concludes(checker) -> None:  # type: ignore[no-untyped-def]
    # (未结案17件 is a status of the cases, no things that 调解处理 in the next sentence concluded)
    text = "仲裁部门办结案件552件，同比上升48.39%，未结案17件，与去年持平。调解处理452件，裁决处理95件，撤销案件1件。"
    assert not _errors(checker, text)
    # (a kind of thing right before a bare step is still what it concludes)
    assert not _errors(checker, "行政化服务类事项20549件，办结14937件。")
    assert _errors(checker, "行政化服务类事项20549件，办结24937件。")


def test_requests_answered_and_carried_into_a_named_year_are_all_received(checker) -> None:  # type: ignore[no-untyped-def]
    # received and carried in = concluded + carried into the next year, named by its number
    text = "共收到依申请公开件30件，上年度结转办理件1件，共办结24件，结转到2025年办理{}件。"
    assert not _errors(checker, text.format(7))
    assert any(e.startswith("HC002") for e in _errors(checker, text.format(9)))
    # (a status said after a figure that opens its clause, past a long adverbial: 依法依规进行了答复)
    text = "共收到依申请公开20件，大部分通过信函或在线申请，{}件已按照规定时限和程序依法依规进行了答复，1件结转下年。"
    assert not _errors(checker, text.format(19))
    assert any(e.startswith("HC002") for e in _errors(checker, text.format(15)))


def test_requests_answered_and_under_way_are_all_received_and_carried_in(checker) -> None:  # type: ignore[no-untyped-def]
    # (合计 of two channels, then the carry-over: those answered and those still under way are all of them; what
    # was answered is no later step of one channel's count)
    text = "全年依申请公开共收到群众网上申请105件，快递17件，合计122件，上年结转11件，截至12月底已回复{}件，7件正在办理中。"
    assert not _errors(checker, text.format(126))
    assert any(e.startswith("HC002") for e in _errors(checker, text.format(146)))


def test_requests_for_information_named_first_are_no_review_applications(checker) -> None:  # type: ignore[no-untyped-def]
    from .helpers import run_text

    res = run_text(checker, "全年依申请公开共收到群众网上申请105件，快递17件，合计122件。")
    assert [f.metric for f in res.facts if f.mention.text == "105件"] == [None]
    # (a review's applications are still read)
    res = run_text(checker, "全年共收到行政复议申请105件，受理98件。")
    assert [f.metric for f in res.facts if f.mention.text == "105件"] == ["review.applications"]


def test_a_change_by_its_amount_said_to_have_grown_more(checker) -> None:  # type: ignore[no-untyped-def]
    # (增多 as 增加; no commas between the figure, its amount and its rate)
    text = "山前辖区发生3起同比增多1起上升{}%。"
    assert not _errors(checker, text.format(50))
    assert any(e.startswith("HC006") for e in _errors(checker, text.format(100)))


def test_a_change_is_of_a_figure_further_back_only_when_that_is_its_lists_whole(checker) -> None:  # type: ignore[no-untyped-def]
    # (a bulletin of small counts: 2起 elsewhere in the paragraph is no figure the 山前 change is of)
    text = "桐山辖区发生2起同比持平；山前辖区发生3起同比增多1起上升{}%。"
    assert not _errors(checker, text.format(50))
    assert any(e.startswith("HC006") for e in _errors(checker, text.format(100)))
    # (the whole of the list the figure is in: 53 of the 2420 institutions the year before)
    assert not _errors(
        checker,
        "全国共有司法鉴定机构2473家，其中，新审核登记机构数为87家，注销机构数为25家，比去年增加53家，增长率为2.2%。",
    )
    # (from none the year before, a rate has nothing to be held to; below none, the amount is wrong)
    assert not _errors(checker, "前岐辖区发生1起同比增多1起上升100%。")
    assert any(e.startswith("HC006") for e in _errors(checker, "前岐辖区发生1起同比增多2起上升100%。"))


def test_a_share_that_fits_only_rounded_twice_is_a_warning(checker) -> None:  # type: ignore[no-untyped-def]
    # (../DOMAIN.md: a value that fits only by a tail adjustment is a warning; 60/703 = 8.5349% → 8.535 → 8.54)
    text = "政协提案703件。其中，委员个人或联名提案643件，占总数的{}；集体提案60件，占{}。"
    assert not _errors(checker, text.format("91.47%", "8.53%"))
    from .helpers import run_text

    flags = [f for f in run_text(checker, text.format("91.46%", "8.54%")).findings if f.severity != "info"]
    assert flags and all(f.severity == "warning" and "两次四舍五入" in f.message for f in flags)


def test_the_whole_of_one_kind_is_a_part_of_all_kinds(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "2018年两级法院共受理各类案件7666件，同比上升28.58%。其中，行政案件受理总数为{}件，同比上升42.84%。"
    )
    assert not _errors(checker, text.format(4818))
    assert _errors(checker, text.format(8818))
    # (a total of another measure after the first part is still no part: 税收总收入 beside 一般预算收入)
    assert not _errors(checker, "财政总收入20万元，其中：地方一般预算收入12万元；税收总收入10万元。")


def test_a_rate_after_a_list_is_of_the_whole_the_sentence_opens_with(checker) -> None:  # type: ignore[no-untyped-def]
    # (the opener and its own list before the numerator; 12345 is the hotline's number, no count left unread)
    text = (
        "今年1至8月，群众诉求网格事件17457件，其中网格员上报17146件，12345热线转化为事件215件，政协云事件43件，"
        "市长信箱41件，APP 12件，办结{}件，办结率99%。"
    )
    assert not _errors(checker, text.format(17443))
    assert _errors(checker, text.format(15443))


def test_an_enforcement_closure_rate_counts_those_closed(checker) -> None:  # type: ignore[no-untyped-def]
    text = "截至10月末，全省法院执行案件收案总数为219977件，已结{}件，执结率为89.93%。"
    assert not _errors(checker, text.format(197831))
    assert _errors(checker, text.format(177831))


def test_a_sum_named_by_a_step_none_of_the_figures_took_is_no_sum_of_them(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "全年新收到政府信息公开申请779件，上年结转政府信息公开申请数量37件，共计办结{}件，结转下年办理42件。"
    )
    assert not _errors(checker, text.format(774))  # (779 + 37 = 774 + 42: no sum of the two before)
    assert _errors(checker, text.format(794))
    assert _errors(checker, "全年新收申请779件，上年结转37件，共计收到826件。")  # (a sum of the intake still)


def test_a_change_after_a_figure_of_the_year_before_is_the_later_figure_s(checker) -> None:  # type: ignore[no-untyped-def]
    text = "2022年共收到政府信息公开申请{}件，均已按时回复。2021年收到政府信息公开申请1件，收到申请的数量同比增加600%。"
    assert not _errors(checker, text.format(7))  # (7 against the 1: no change of the 1 itself)
    assert _errors(checker, text.format(9))


def test_the_rest_after_the_statuses_is_a_part_too(checker) -> None:  # type: ignore[no-untyped-def]
    text = "共收到提案703件，与往年基本持平。经审查，立案686件，不予立案10件，剩余{}件尚在修改之中。"
    assert not _errors(checker, text.format(7))
    assert _errors(checker, text.format(9))


def test_shares_that_fit_their_parts_sum_of_approximate_counts_are_of_it(checker) -> None:  # type: ignore[no-untyped-def]
    # (the ages of 52.09万 lawyers, not of all the 52.2万: each share fits the four parts' sum, none the whole)
    text = (
        "截至2020年底，全国共有执业律师52.2万多人。律师人数超过1万人的省(区、市)有21个。\n从律师类别看，专职律师"
        "42.44万多人，占81.23%，兼职律师1.35万多人，占2.59%。\n从年龄结构看，30岁(含)以下的律师9.98万多人，占19.16%，"
        "30岁至50岁(含)的律师32.61万多人，占{}%，50岁至65岁(含)的律师8.44万多人，占16.20%，"
        "65岁以上的律师1.06万多人，占2.03%。"
    )
    assert not _errors(checker, text.format("62.61"))
    assert _errors(checker, text.format("68.61"))


def test_a_body_figure_of_another_thing_is_no_restated_headline(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "在二○○九年,本署共接获21 173宗法援申请,并批出11 831张法律援助证书:\n"
        "所有民事诉讼的法援申请均由申请及审查科审批。在二○○九年,{}。\n"
    )
    assert not _errors(checker, text.format("该组共接获42 232宗查询"))  # (queries, not applications)
    assert _errors(checker, text.format("本署共接获21 713宗法援申请"))


def test_a_second_key_of_the_same_thing_divides_the_same_whole(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "2016年，市12345平台共受理问题267323件，结案率98.81%。\n"
        "按受理问题类别分：市政管理类210144件，占受理问题总数的78.61%；咨询服务类23219件，占总数的8.69%；"
        "批评投诉类30972件，占总数的11.59%；意见建议类2976件，占总数的1.11%；应急救助类12件。\n"
        "按受理问题来源分：12345政府热线电话150509件，占受理问题总数的56.30%；信息采集监督员上报115370件，"
        "占总数的43.16%；门户网站1152件，占总数的0.43%；微信198件；微博{}件。"
    )
    assert not _errors(checker, text.format(94))  # (of the 267323, not of the 12 just before the key)
    assert _errors(checker, text.format(194))


def test_a_rate_said_to_reach_high_is_still_a_rate(checker) -> None:  # type: ignore[no-untyped-def]
    text = "各专业性、行业性调解委员会共受理各类案件599件，已办结582件，办结率高达{}%。"
    assert not _errors(checker, text.format(97))
    assert _errors(checker, text.format(98))  # (582 of 599 is 97.2%)


def test_full_time_and_part_time_staff_are_all_of_it(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全市在153个乡镇建立了司法所，有{}名司法助理员，其中专职司法助理员135名，兼职司法助理员254名。"
    assert not _errors(checker, text.format(389))
    assert _errors(checker, text.format(393))


def test_rounded_parts_fitting_their_own_sum_do_not_hide_a_wrong_whole(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "上半年全省市场监管部门共受理投诉{}万件，回复各类咨询6.98万件。\n重点对象。从投诉对象分析：\n"
        "商品类投诉共46.14万件，占比77.04%，主要是一般食品等方面；\n服务类投诉共13.75万件，占比22.96%，主要是餐饮等方面。"
    )
    assert not _errors(checker, text.format("59.89"))
    assert _errors(checker, text.format("69.89"))  # (46.14 + 13.75 fit their own 59.89: the whole is off)


def test_those_overdue_are_only_some_of_those_not_done(checker) -> None:  # type: ignore[no-untyped-def]
    text = "需镇(区)和相关部门处理的转送电子工单47件，已回复37件，{}未回复4件。"
    assert not _errors(checker, text.format("逾期"))  # (6 more not yet due)
    assert _errors(checker, text.format(""))  # (replied or not: all 47)
    assert _errors(
        checker, "转送电子工单47件，已回复47件，逾期未回复4件。"
    )  # (still no more than all of them)


def test_a_share_of_all_the_proposals_may_be_of_those_filed_the_sentence_before(checker) -> None:  # type: ignore[no-untyped-def]
    text = "2014年，广大市政协委员和政协参加单位，共提出提案369件，立案322件。有关社会建设方面的提案174件，占提案总数的{}%。"
    assert not _errors(checker, text.format("54.0"))  # (174 of the 322 filed)
    assert _errors(checker, text.format("58.0"))


def test_a_closed_set_of_kinds_then_groups_of_people_is_whole_up_to_the_groups(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全年共受理法律援助案件501件，其中，刑事225件，民事{}件，行政1件，农民工175件，妇女103件，未成年人25件，老年人26件。"
    assert not _errors(checker, text.format(275))
    assert _errors(checker, text.format(265))  # (the three kinds are all of the 501; the groups overlap them)


def test_examples_before_deng_leave_the_clause_s_step_naming_the_figure(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "2001年，全省受理行政复议案17件，审结某某加油站不服某市国土资源局收取年租金申请复议案等18件(其中上年遗留1件)，"
        "复议结果：维持{}件，变更1件，确认违法1件，撤销2件，撤回4件。"
    )
    assert not _errors(checker, text.format(10))  # (18 concluded, 1 of them carried in: no more than 17 + 1)
    assert _errors(checker, text.format(16))


def test_a_rate_is_of_those_done_not_of_those_not_done(checker) -> None:  # type: ignore[no-untyped-def]
    text = "相关行政机关及时纠正违法或履行职责322件，行政机关逾期未纠正违法或履行职责32件，纠正率90.9%，尚未到一个月回复期限216件。"
    assert not _errors(checker, text)  # (322 of 354, truncated: the 32 is no numerator, nor the base alone)
    assert _errors(
        checker, "抽查回访工单1699件，其中不满意41件，满意率91.59%。"
    )  # (the rest a rate leaves out, still)


def test_a_share_of_what_was_due_needs_a_figure_said_to_be_due(checker) -> None:  # type: ignore[no-untyped-def]
    text = "督查组共检查32004家企业(单位)，发现20482家企业存在环境问题，约占检查总数的64%。{}共现场检查企业888家，占应检查企业总数的{}%。"
    assert not _errors(
        checker, text.format("截至7月13日，", 50)
    )  # (the due count unstated: not the 32004 checked)
    assert _errors(checker, text.format("全市应检查企业1776家，截至7月13日，", 60))


def test_staged_conclusion_is_a_status_beside_those_concluded(checker) -> None:  # type: ignore[no-untyped-def]
    text = "截至目前，共计127件，已办结63件，阶段性办结{}件。"
    assert not _errors(checker, text.format(64))
    assert _errors(checker, text.format(44))  # (the two statuses are all of the 127)


def test_good_days_are_those_rated_excellent_and_those_rated_good(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全年空气质量优良天数为112天，其中优为20天、良为{}天。"
    assert not _errors(checker, text.format(92))
    assert _errors(checker, text.format(82))  # (优良 is 优 and 良 together)


def test_qizhong_opening_a_segment_splits_the_figures_of_the_segment_before(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "全年抽检62715批次，合格62589批次，不合格126批次，合格率99.80%；其中蔬菜61204批次，合格61090批次，"
        "不合格114批次，合格率{}%；水产品1511批次，合格1499批次，不合格12批次，合格率99.21%。"
    )
    assert not _errors(checker, text.format("99.81"))  # (61090 of the 61204 vegetables, not of all 62715)
    assert _errors(checker, text.format("99.71"))


def test_a_table_header_may_give_its_unit_after_a_slash(checker) -> None:  # type: ignore[no-untyped-def]
    rows = [
        ("粮食加工品", 35631, 35062, 569, "98.4"),
        ("食用油", 18941, 18452, 489, "97.4"),
        ("调味品", 21191, 20798, 393, "98.1"),
        ("肉制品", 24582, 24096, 486, "{}"),
    ]
    head = "各类食品监督抽检结果见下表：\n\n序号\n\n食品种类\n\n样品抽检\n\n数量/批次\n\n合格样品\n\n数量/批次\n\n不合格样品\n\n数量/批次\n\n样品\n\n合格率\n\n"
    body = "".join(
        f"{i}\n\n{n}\n\n{a}\n\n{b}\n\n{c}\n\n{d}%\n\n" for i, (n, a, b, c, d) in enumerate(rows, 1)
    )
    assert not _errors(checker, head + body.format("98.0"))
    assert _errors(checker, head + body.format("96.0"))  # (24096 of 24582 is 98.0%)


def test_statuses_stop_at_a_subset_with_statuses_of_its_own(checker) -> None:  # type: ignore[no-untyped-def]
    text = "受理信访事项181件，已办结161件，正在办理{}件，其中13件重点关注案件已办结8件，正在办理5件。"
    assert not _errors(checker, text.format(20))  # (the 13 and its statuses are inside the 181)
    assert _errors(checker, text.format(30))


def test_parts_opening_with_one_verb_are_kinds_side_by_side(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全年查处环境违法行为16起，其中责令改正违法行为{}起，责令整改并处罚款5起。"
    assert not _errors(checker, text.format(11))
    assert _errors(checker, text.format(15))  # (11 + 5 of the 16: 15 + 5 is beyond it)


def test_a_change_after_a_dimension_key_is_no_part(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "全市累计发生各类生产安全事故107起，同比下降27.7%从类别上看，道路运输共发生事故76起，同比下降25.5%；"
        "工矿商贸企业事故共发生{}起，同比下降37.0%；水上交通共发生事故2起，同比增加2起；渔业船舶未发生事故。"
    )
    assert not _errors(checker, text.format(29))  # (the 增加2起 is a change, no kind of accident)
    assert _errors(checker, text.format(39))


def test_a_ranked_list_holds_as_many_parts_as_it_says(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "共受理城市管理问题30674件。高发案件中，前五名分别为市容环境类13182件、道路交通类{}件、施工管理类2459件、"
        "街面秩序类2232件、公共设施类1468件；各部门应处置案件26702件，报到处置26177件。"
    )
    assert not _errors(checker, text.format(3302))  # (five ranked; the 26702 after them is no sixth)
    assert _errors(checker, text.format(13302))


def test_a_rate_that_fits_only_rounded_twice_is_a_warning(checker) -> None:  # type: ignore[no-untyped-def]
    from .helpers import run_text

    text = "全年接收群众诉求703件，回访60件，回访率{}%。"
    assert not _errors(checker, text.format("8.53"))
    found = [f for f in run_text(checker, text.format("8.54")).findings if f.severity != "info"]
    assert found and all(f.severity == "warning" for f in found)  # (60/703 = 8.5349%: 8.54 only via 8.535)


def test_segments_after_a_key_each_state_the_measures_again(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "全市累计发生各类生产安全事故107起、死亡86人，同比分别下降27.7%、31.7%，从类别上看，道路运输共发生事故76起、"
        "死亡57人；工矿商贸企业事故共发生29起、死亡{}人；水上交通共发生事故2起、死亡3人。"
    )
    assert not _errors(checker, text.format(26))
    assert _errors(
        checker, text.format(36)
    )  # (57 + 26 + 3 deaths of the 86, as 76 + 29 + 2 accidents of the 107)


def test_a_key_may_open_with_fen(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "全市共发生生产安全事故17起、死亡20人。分行业来看，工矿商贸事故13起、死亡14人(工程建设领域事故10起、死亡11人)；"
        "道路运输事故{}起、死亡4人；铁路事故2起、死亡2人。"
    )
    assert not _errors(checker, text.format(2))  # (the bracket's 10 is within the 13)
    assert _errors(checker, text.format(12))


def test_a_figure_after_a_part_in_its_own_segment_is_the_part_s(checker) -> None:  # type: ignore[no-untyped-def]
    text = "本批次移交信访件104件。按区域分类：杭州44件；宁波31件；温州11件，重点件1件；湖州{}件。"
    assert not _errors(checker, text.format(18))  # (温州's 重点件 is among its 11)
    assert _errors(checker, text.format(28))


def test_a_bracket_s_parts_run_past_a_bracket_nested_in_it(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "全区共发生生产安全事故7起(3起道路运输事故,死亡2人;1起轻工事故,死亡1人;1起工商贸其他(火灾),死亡2人;"
        "{}起冶金,死亡1人;1起其他,死亡1人)。"
    )
    assert not _errors(checker, text.format(1))  # (3 + 1 + 1 + 1 + 1: the list goes on past 其他(火灾))
    assert _errors(checker, text.format(3))


def test_the_words_after_a_count_may_name_it_what_a_rate_leaves_out(checker) -> None:  # type: ignore[no-untyped-def]
    text = "卫生监督部门共抽检了30家消毒产品生产经营企业的102份样品，其中只有1份不合格，合格率为{}%。"
    assert not _errors(checker, text.format("99.02"))  # (101 of 102: the 1 is 不合格, the rest)
    assert _errors(checker, text.format("98.02"))


def test_an_all_claim_ending_in_de_and_a_noun_qualifies_the_count_after_it(checker) -> None:  # type: ignore[no-untyped-def]
    text = "在对550间游泳场所进行水质抽样检测后，指标全部合格的单位503间，综合合格率为{}%。"
    assert not _errors(checker, text.format("91.45"))  # (503 of 550: no claim that all 550 passed)
    assert _errors(checker, text.format("93.45"))


def test_a_step_taken_and_not_taken_are_some_of_what_came_in(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全年共收到行政许可申请1816568件，受理1816008件，不予受理{}件。"
    assert not _errors(checker, text.format(560))
    assert _errors(checker, text.format(1560))  # (1816008 + 1560 is more than all that came in)


def test_parts_in_the_total_s_measure_beside_a_count_of_another_thing(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "修建水泥、沥青路1282公里，其中通乡公路10条143.4公里，县乡骨干网络线28条191.8公里，通村公路{}公里。"
    )
    assert not _errors(checker, text.format("946.8"))  # (the kilometres add up; the 条 count the roads)
    assert _errors(checker, text.format("1946.8"))


def test_counts_named_by_kinds_after_a_total_are_some_of_it(checker) -> None:  # type: ignore[no-untyped-def]
    text = "今年以来累计公布信息{}条，工作动态61条，运输管理5条，建设管理3条，航务管理1条。"
    assert not _errors(checker, text.format(70))
    assert _errors(checker, text.format(69))  # (61 + 5 + 3 + 1 is more than all published)


def test_cases_are_filed_from_the_violations_found(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全县发现各类违法用地行为26起，立案查处{}起，有效制止3起。"
    assert not _errors(checker, text.format(23))
    assert _errors(checker, text.format(28))  # (more filed than found)


def test_a_figure_in_the_one_unit_of_a_measure_named_again_beside_it(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "全县共排查种植业农业设施18373个，面积12449.6亩，其中：塑料大棚{}个，面积12057亩；日光温室50个，面积84.5亩；"
        "连栋温室30个，面积199亩；其他设施11个，面积109.1亩。"
    )
    assert not _errors(checker, text.format(18282))  # (the facilities add up as the areas do)
    assert _errors(checker, text.format(16282))


def test_a_unit_two_figures_of_a_segment_share_names_neither_alone(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "对1114家企业实施行政处罚，处罚金额为1624.09万元。其中，对3579家危险化学品企业检查8837次，对54家危险化学品企业"
        "行政处罚207.2万元；对49051家工贸企业检查120016次，对663家工贸企业行政处罚636.89万元。"
    )
    assert not _errors(checker, text)  # (the 3579 inspected are no part of the 1114 penalised)


def test_a_qizhong_after_a_list_item_s_segment_is_no_split_of_that_item(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "全年共办理行政执法处罚案件32件，其中简易程序28起，共计罚款6350元；普通程序4起，共计罚款50500元；其中关于落实"
        "《条例》相关法律责任，行政处罚26起，罚款50500元；关于落实《规定》相关法律责任，行政处罚4起，罚款350元。"
    )
    assert not _errors(
        checker, text
    )  # (the second 其中 lists the 32 by law, not the 4 by the general procedure)


def test_an_enumeration_after_gong_is_no_total_and_kinds(checker) -> None:  # type: ignore[no-untyped-def]
    text = "去年，全市各级执法机构共查扣非法网约车285台、非法巡游出租车128台、黑客车11台、非法营运小客车39台、违规经营班线客车155台。"
    assert not _errors(checker, text)  # (the 285 is the first item 共 leads, not the whole of the rest)


def test_the_step_taken_beside_its_negation_stays_the_base_of_what_follows(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全年共收到行政许可申请1256件，受理1108件，不予受理98件；办结1046件，办结率{}%。"
    assert not _errors(checker, text.format("94.4"))  # (1046 of the 1108 accepted)
    assert _errors(checker, text.format("70.0"))


def test_segments_of_amounts_are_no_groups_of_people_that_overlap(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "对生产经营单位作出行政处罚47件，罚款金额共计520.5万元，其中：一般行政处罚38件，罚款金额130.5万元；"
        "事故处罚{}件，罚款金额390万元。"
    )
    assert not _errors(checker, text.format(9))
    assert _errors(checker, text.format(4))  # (38 + 4 falls short of 47: the fines add up, the list is whole)


def test_a_sibling_said_alike_in_a_part_s_segment_stays_a_part(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "目前，全国共有3146个公证处。按管理层级划分，法务部管理的公证处有1个；由省司法厅管理的公证处有47个，占1.49%，"
        "由地级市司法局管理的有372个，占11.82%；由县司法局管理的有{}个，占63.99%、市辖区司法局管理的有713个，占22.66%。"
    )
    assert not _errors(checker, text.format(2013))  # (372 and 713 are parts, each in the segment of another)
    assert _errors(checker, text.format(2113))


def test_a_carry_over_the_intake_leaves_out_in_a_bracket_is_divided_too(checker) -> None:  # type: ignore[no-untyped-def]
    text = "2022年全市各级行政机关共收到政府信息公开申请208件(不含上年结转5件)，其中已办结196件，结转下年办理{}件。"
    assert not _errors(checker, text.format(17))  # (196 + 17 = 208 + 5)
    assert _errors(checker, text.format(19))
    text = "全年共收到政府信息公开申请208件(另有上年结转5件)，已办结196件，结转下年办理{}件。"
    assert not _errors(checker, text.format(17))
    assert _errors(checker, text.format(19))


def test_an_outcome_named_as_agreed_is_a_sibling_of_the_other_outcomes(checker) -> None:  # type: ignore[no-untyped-def]
    # (同意公开 is 予以公开 in other words: not a whole the next outcomes divide)
    text = "我局共受理依申请公开20件，已全部办结。同意公开12件，部分公开{}件、不予公开5件。"
    assert not _errors(checker, text.format(3))
    assert _errors(checker, text.format(9))  # (12 + 9 + 5 exceed the 20)


def test_a_status_carried_into_a_named_year_is_carried_into_the_next(checker) -> None:  # type: ignore[no-untyped-def]
    # (结转2020年继续办理 in a report of 2019: 结转下年)
    text = "2019年，我局共受理依申请公开136件，按时办结{}件，结转2020年继续办理的6件。"
    assert not _errors(checker, text.format(130))
    assert _errors(checker, text.format(124))


def test_letters_answered_or_in_hand_and_requesters_by_kind_are_whole(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全年共收到群众来信359件，其中答复{}件，正在处理8件。"
    assert not _errors(checker, text.format(351))
    assert _errors(checker, text.format(341))
    text = "全年共收到政府信息公开申请204件，其中自然人{}件，法人及其他组织11件。"
    assert not _errors(checker, text.format(193))
    assert _errors(checker, text.format(183))


def test_a_line_saying_what_follows_is_no_headline(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "一、8月份热线诉求办理情况\n\n8月份共受理群众诉求事项2390件,具体办理情况如下:\n\n"
        "(一)承办交办网民诉求9件,已回复办结7件,正在办理2件。\n\n"
        "(四)受理洛阳网百姓呼声诉求事项228件,已回复办结208件,办结率{}%"
    )
    assert not _errors(
        checker, text.format("91.2")
    )  # (the 2390 is the whole of the sections, not the 228 restated)
    assert _errors(checker, text.format("81.2"))


def test_ways_a_case_ended_side_by_side_are_no_steps(checker) -> None:  # type: ignore[no-untyped-def]
    text = "5月份审结诉讼案件108件，结案方式为判决54件，调解12件，撤诉{}件，其他20件。"
    assert not _errors(checker, text.format(22))  # (22 withdrawn beside 12 mediated: no step after it)
    assert _errors(checker, text.format(28))  # (the ways add up to the 108 concluded)


def test_a_bracket_comparing_with_last_year_holds_no_part(checker) -> None:  # type: ignore[no-untyped-def]
    text = "1-5月份全院共受理各类案件1529件,其中新收1155件,旧存374件,结案870件(比去年同期的929件下降{}%),未结659件。"
    assert not _errors(checker, text.format("6.35"))
    assert _errors(checker, text.format("9.35"))


def test_a_paragraph_ending_on_a_figure_before_one_opening_on_a_period_ends_its_sentence(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "5月份全院共受理各类案件839件,其中新收216件,旧存623件,结案180件,未结659件,结案率21.45%\n\n"
        "1-5月份全院共受理各类案件1529件,其中新收1155件,旧存374件,结案{}件,未结659件,累计结案率56.90%"
    )
    assert not any(
        "HC010" in e or "HC002" in e for e in _errors(checker, text.format(870))
    )  # (870 of the 1529)
    assert _errors(checker, text.format(1870))


def test_a_rate_named_after_its_rise_is_no_rate_of_a_respective_list(checker) -> None:  # type: ignore[no-untyped-def]
    text = "五年来,我院共受理各类案件188397件,审结187871件,同比分别上升66.9%和67.6%,年均增长率11.2%,结收比99.7%。"
    assert not _errors(checker, text)  # (五年 counts no cases; 年均增长率 is no third rise)
    text = "五年来,我院共受理各类案件18件,审结17件,同比分别上升{}%和70%,年均增长率11.2%。"
    assert not _errors(checker, text.format(50))
    assert _errors(checker, text.format("52.3"))  # (no whole prior gives a rise of 52.3% to 18)


def test_statuses_after_a_list_of_an_earlier_whole_are_of_that_whole(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "11月份,我市政府信箱共收到网民留言3059条,市政府各部门收到1904条,各县(市、区)收到1155条,其中咨询类留言1160条、"
        "投诉类留言1859条、建言献策类留言40条,各级各部门处理答复3055条,还有{}条正在处理中。"
    )
    assert not _errors(checker, text.format(4))  # (3055 + 4 of the 3059, not of the counties' 1155)


def test_a_share_list_whose_first_count_went_unread_is_not_closed_by_its_run(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "全区共完成政府信息依申请公开答复1453件。其中,予以公开答复966件,占66.48%;部分公开67,占4.61%;不予公开81件,"
        "占5.57%;无法提供的182件,占12.53%;不予处理的61件,占4.20%;其他处理96件,占{}%。"
    )
    assert not _errors(checker, text.format("6.61"))  # (the shares from 66.48% on add to 100%)
    assert _errors(checker, text.format("9.61"))  # (96 of 1453 is 6.61%)


def test_steps_named_together_name_the_figures_in_a_row_in_turn(checker) -> None:  # type: ignore[no-untyped-def]
    # (受理、审结…35件、31件 with no 分别: the first figure is the received, the second the concluded)
    text = "2023年，全市受理、审结行政复议案件35件、{}件。"
    assert not _errors(checker, text.format(31))
    assert _errors(checker, text.format(39))  # (more concluded than received)
    assert not _errors(
        checker, "审结许可、登记类行政案件1025件、32件。"
    )  # (kinds of one step: no steps in turn)


def test_a_bare_number_before_its_share_is_a_count_in_the_unit_before_it(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "全年共收到行政复议申请6200件。引发行政争议的具体行政行为居于前五位的是:行政处罚2100,占收到申请总数的{}%;"
        "政府信息公开1060,占收到申请总数的17.1%。"
    )
    assert not _errors(checker, text.format("33.9"))
    assert _errors(checker, text.format("36.9"))  # (2100 of the 6200 is 33.9%)


def test_the_usual_correcting_decisions_make_up_the_corrections(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "2016年,全省各级行政复议机关直接纠错的案件有374件,其中确认违法70件,撤销209件,变更10件,责令履行{}件。"
    )
    assert not _errors(checker, text.format(85))
    assert _errors(checker, text.format(58))  # (the four usual ways of correcting: all of the 374, likely)


def test_a_step_taken_and_not_taken_or_handled_otherwise_is_all_of_it(checker) -> None:  # type: ignore[no-untyped-def]
    text = "2016年，全省共收到行政复议申请2371件。其中,受理{}件,不予受理或作其他处理403件。"
    assert not _errors(checker, text.format(1968))
    assert _errors(checker, text.format(1868))
    text = "共收到行政复议申请6200件,其中,依法受理4955件;不予受理、告知受理机关、以转送等方式处理{}件。"
    assert not _errors(checker, text.format(1245))
    assert _errors(checker, text.format(1145))


def test_a_named_year_s_intake_and_the_carry_over_make_the_caseload(checker) -> None:  # type: ignore[no-untyped-def]
    text = "2016年，全省各级行政复议机关审理的2118件(包括2016年受理的1968件和上年结转的{}件)。"
    assert not _errors(checker, text.format(150))
    assert _errors(checker, text.format(105))


def test_a_hotline_s_six_kinds_after_a_segment_are_all_of_its_tickets(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全市共受理热线诉求1655件,其中大冶市573件,阳新县278件;包括咨询{}件、求助257件、投诉248件、建议17件、举报5件、表扬1件。"
    assert not _errors(checker, text.format(1127))
    assert _errors(checker, text.format(1027))


def test_a_bracket_counting_the_same_again_after_splitting_is_no_part(checker) -> None:  # type: ignore[no-untyped-def]
    text = "截至今日,督察组累计交办3314件(分解后交办3336件),其中重点件266件(分解后交办272件)。"
    assert not _errors(checker, text)  # (the same counts told another way, after splitting)


def test_items_each_opening_with_what_they_concern_are_siblings_however_long(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "1.主动公开情况:主动公开政府信息21条。其中涉及行政法规、规章和规范性文件的0条,涉及机关职能、机构设置、办公地址、"
        "办公时间、联系方式、负责人姓名的1条,涉及实施行政处罚、行政强制的依据、条件、程序以及本行政机关认为具有一定社会影响的"
        "行政处罚决定的0条,涉及财政预算、决算信息的2条,涉及行政事业性收费的0条,法治政府工作报告1条,其他信息{}条。"
    )
    assert not _errors(checker, text.format(17))  # (no 0条 is the whole of the items after it)
    assert _errors(checker, text.format(27))


def test_a_subset_introduced_by_dui_qizhong_is_divided_by_its_statuses(checker) -> None:  # type: ignore[no-untyped-def]
    text = "今年共清理文件675033件,对其中现行有效的97504件规范性文件,经清理,保留{}件,决定修改5491件,废止45777件。"
    assert not _errors(checker, text.format(46236))
    # (kept, amended and repealed are all of the 97504, the nearest whole, not the 675033 farther back)
    assert any("现行有效97504件" in e for e in _errors(checker, text.format(46632)))
    text = (
        "今年共清理文件{}件,对其中现行有效的97504件规范性文件,经清理,保留46236件,决定修改5491件,废止45777件。"
    )
    assert _errors(checker, text.format(67503))  # (the subset is some of the whole)


def test_ranks_listed_after_qici_or_yici_keep_the_order_of_the_ranking(checker) -> None:  # type: ignore[no-untyped-def]
    text = "“四大类”机构最多的是湖南(189家),其次是河南(187家)、广东({}家)。"
    assert not _errors(checker, text.format(177))
    assert _errors(checker, text.format(197))  # (ranked third, above the second)
    text = "比例最低的是上海(21.82%),其次是陕西(25.00%)、广东({}%)。"
    assert not _errors(checker, text.format("25.42"))
    assert _errors(checker, text.format("24.42"))  # (from the lowest up)
    text = (
        "从事法医类鉴定的机构最多，有1951家。其他依次为从事司法会计鉴定的1233家,建设工程类鉴定1047家,"
        "价格类鉴定{}家,法医病理鉴定783家。"
    )
    assert not _errors(checker, text.format(930))
    assert _errors(checker, text.format(1204))


def test_a_ranking_from_the_highest_keeps_its_order(checker) -> None:  # type: ignore[no-untyped-def]
    text = "四大类机构占比最高的是河南(99.47%),其次是河北(87.59%)、辽宁({}%)。"
    assert not _errors(checker, text.format("87.50"))
    assert _errors(checker, text.format("88.50"))


def test_shares_after_cici_go_on_the_list_of_the_sentence_before(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "在第11批信访件中,群众举报主要集中在大气类、涉水类、生态类问题,相关信访件分别占比31.5%、23.0%、17.7%。此外,"
        "对噪声类问题的举报占12.3%,对土壤类问题的举报占9.2%,对辐射类问题的举报占3.8%,其他生态环境问题举报占2.3%。"
    )
    assert not _errors(checker, text)  # (the rest of a list of seven, not four down to 其他)


def test_bodies_of_one_kind_at_other_levels_are_siblings(checker) -> None:  # type: ignore[no-untyped-def]
    text = "共办理国家信访局登记网上信访事项1024件,省信访局登记130件,市信访局登记32件,县本级登记221件。"
    assert not _errors(
        checker, text
    )  # (the state bureau's beside the province's, the city's and the county's)
    text = "全市法院共受理案件1000件，中级法院受理300件，基层法院受理{}件。"
    assert not _errors(checker, text.format(700))
    assert _errors(checker, text.format(800))


def test_a_carry_over_after_the_requesters_list_adds_to_its_whole(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "全年共收到和办理依申请公开12件,其中自然人申请件12件,法人或其他组织申请件0件,上年度结转政府信息公开申请0件。"
        "处理结果中,予以公开2件,部分公开{}件,因本机关不掌握相关政府信息无法提供1件,信息不存在的1件。"
    )
    assert not _errors(checker, text.format(8))  # (of the 12 received, not of the organisations' 0)
    assert _errors(checker, text.format(9))


def test_what_goes_on_to_next_year_is_not_among_those_answered(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "2023年度我办受理政府信息公开申请96件。在已经答复的91件申请中:予以公开{} 件;部分公开0 件;不予公开2件;"
        "无法提供63件;其他处理4件;结转下年度办理5件。"
    )
    assert not _errors(checker, text.format(22))
    assert _errors(checker, text.format(25))


def test_the_three_kinds_of_non_prosecution_are_all_of_those_not_prosecuted(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "共不起诉67件70人,其中法定不起诉0人,犯罪情节轻微不起诉{}人(含刑事和解后不起诉9人),证据不足不起诉5人。"
    )
    assert not _errors(checker, text.format(65))
    assert _errors(checker, text.format(55))  # (likely whole: 附条件不起诉 would be a fourth kind)


def test_a_list_whose_clause_names_a_set_stated_in_a_section_before_divides_it(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "本周,市12345在线平台共受理各类诉求25560件。其中,公众来电23898件,其他诉求1662件。\n\n二、工单办理情况\n\n"
        "本周,市12345在线平台承办、受理各类诉求中,在线直接答复{}件,向各网络成员单位派发工单4403件。"
    )
    assert not _errors(checker, text.format(21157))
    assert _errors(checker, text.format(21557))  # (answered at once and passed on: all of the 25560)


def test_a_third_outcome_of_the_set_goes_on_a_list_its_first_two_reach(checker) -> None:  # type: ignore[no-untyped-def]
    text = "三季度,共受理审查起诉案件624件768人。审结597件712人,其中提起公诉{}件550人;不起诉129件154人;附条件不起诉7件8人。"
    assert not _errors(checker, text.format(461))
    # (468 + 129 reach the 597 by chance: 附条件不起诉 is a third outcome, and the list passes its total)
    assert any("提起公诉468件" in e for e in _errors(checker, text.format(468)))


def test_a_rate_named_by_a_grade_is_no_share_of_the_count_before_it(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "通过量化考评,此次评查确定优秀案卷24件,良好案卷41件,合格案卷12件,不合格案卷3件,"
        "优秀率占比30%,良好率占比51%,合格率占比15%,不合格率占比{}%。"
    )
    assert not _errors(checker, text.format(4))  # (优秀率 is of the 24 among 80, not of the 3 before it)
    assert _errors(checker, text.format(14))  # (the grades' shares pass 100%)


def test_answers_rated_as_satisfied_are_no_count_of_answers(checker) -> None:  # type: ignore[no-untyped-def]
    text = "市政府系统承办的74件建议全部办理完毕,所有代表建议均在规定时间内办结,办复率为100%!从代表反馈的意见看,{}。"
    # (ratings of the 74)
    assert not _errors(checker, text.format("70件答复为满意,4件答复为基本满意,没有不满意件"))
    assert _errors(checker, text.format("办复70件"))  # (all concluded, yet 70 answered)


def test_a_court_s_cases_tried_may_be_passed_by_those_concluded(checker) -> None:  # type: ignore[no-untyped-def]
    text = "【民(商)事审判】 本院审理各类民(商)事案件3390件,比上年下降1.7%;审结{}件,上升1.3%。"
    # (审理 may be the new cases: old ones concluded too pass them)
    assert not _errors(checker, text.format(3560))
    assert _errors(checker, text.format(7560))  # (more than twice)
    # (not a court: no old cases to conclude)
    assert _errors(checker, "区政府审理行政复议案件33件,审结36件。")


def test_a_list_of_request_outcomes_ending_with_its_remainder_is_whole(checker) -> None:  # type: ignore[no-untyped-def]
    # (四类过程性信息 is a ground of the national template, no count in 类; the list ends at its 其他)
    text = (
        "共收到8件政府信息公开申请,均为自然人申请。其中,予以公开{}件,部分公开2件,属于四类过程性信息1件,"
        "本办不掌握相关政府信息2件,其他1件(申请人自主撤销)。"
    )
    assert not _errors(checker, text.format(2))
    assert _errors(checker, text.format(1))  # (whole by its remainder: one short)
    # (5 + 2 + 1 reach the 8 by chance: the list goes on to its 其他 and passes its total)
    assert any("最可能有误的是予以公开5件" in e for e in _errors(checker, text.format(5)))


def test_persons_counted_in_ren_and_ming_make_one_list(checker) -> None:  # type: ignore[no-untyped-def]
    # (人 and 名 count persons alike: the four kinds of those under community correction are all of them)
    text = "6月份在矫3755人中,管制类37名,缓刑类{}名,假释类177名,暂予监外执行类142名。"
    assert not _errors(checker, text.format(3399))
    assert _errors(checker, text.format(3299))


def test_a_kind_and_its_negation_are_all_of_the_whole(checker) -> None:  # type: ignore[no-untyped-def]
    text = "在矫人员3755人,其中广州户籍2825人,非广州户籍{}人。"
    assert not _errors(checker, text.format(930))
    assert _errors(checker, text.format(730))  # (户籍 here or not: no third)
    # (not a negation of the first: two kinds among more)
    assert not _errors(checker, "在矫人员3755人,其中广州户籍2825人,外省户籍730人。")


def test_the_rest_of_the_persons_who_appeared_is_no_rest_of_the_cases(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "截止2016年3月底,全市法院共收诉讼案件404件。在这些案件中,行政机关负责人出庭57件,"
        "其他工作人员出庭{}件,行政机关负责人出庭率为14.1%。"
    )
    assert not _errors(checker, text.format(154))  # (其他工作人员: not all of the 404 had someone appear)
    assert _errors(checker, text.format(354))  # (more than the cases)


def test_a_top_n_introduced_by_a_colon_is_a_ranking(checker) -> None:  # type: ignore[no-untyped-def]
    text = "2.办件量位于前三的市直部门:住建局99件;公安局{}件;城管局68件。"
    assert not _errors(checker, text.format(77))
    assert _errors(checker, text.format(107))  # (second above the first)
    # (the first three quarters: no ranking)
    assert not _errors(checker, "前三季度:咨询类99件;求助类107件;投诉类68件。")


def test_a_month_s_figure_is_at_most_that_of_the_months_up_to_it(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "今年1-10月,全省环保系统行政处罚共立案8435起,罚款金额36661.93万元。\n"
        "通报显示,今年10月,全省环保系统行政处罚案件共立案{}起,罚款金额5195.58万元。"
    )
    assert not _errors(checker, text.format(964))
    assert any("HC024" in e for e in _errors(checker, text.format(8964)))
    # (a stock at the start of May is no part of that at the start of January)
    stock = "1-5月份全院共受理各类案件1529件,其中新收1155件,旧存374件。\n5月份全院共受理各类案件839件,其中新收216件,旧存623件。"
    assert not _errors(checker, stock)
    # (a day of the month, 10月7日, is no month's scope)
    assert not _errors(checker, "今年1-9月,共立案8435起。10月7日,共立案9964起。")
    # (a month of the year before, said in words, is of no span of this year)
    assert not _errors(checker, "今年上半年,全市共受理群众诉求1000件。去年6月,全市共受理群众诉求1500件。")
    # (2016年1月至2019年6月 is a span, its end's year written: no month of 2019's first half)
    years = "2016年1月至2019年6月共受理离婚纠纷案件1699件，审结1672件。2019年1月至6月受理212件，审结188件。"
    assert not _errors(checker, years)
    # (a change may pass the span's: other months fell)
    assert not _errors(checker, "1-10月,全市受理群众诉求同比增加50件。10月份,全市受理群众诉求同比增加80件。")


def test_a_week_s_figure_is_at_most_the_cumulative_one(checker) -> None:  # type: ignore[no-untyped-def]
    text = "共交办积案1876件,本周化解{}件,累计化解638件,化解率34.01%。"
    assert not _errors(checker, text.format(45))
    assert any("HC024" in e for e in _errors(checker, text.format(645)))
    # (the cumulative stated in the paragraph after the batch's own)
    batch = "移交湖北省的第28批信访举报件{}件,已办结121件。\n截至当日,移交我省前28批信访举报件累计2438件,均按期办理。"
    assert not _errors(checker, batch.format(121))
    assert any("HC024" in e for e in _errors(checker, batch.format(2521)))


def test_outcomes_listed_as_follows_are_of_the_count_before(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "2025年安阳县住建局依申请信息公开办理有69件,均为自然人申请。办理结果如下:予以公开{}件;部分予以公开1件;"
        "不予公开2件,其中1件因涉及第三方合法权益,1件属于政府内部事务信息;由于本机关不掌握相关政府信息而无法提供29件;"
        "不属于政府信息1件;结转下年度继续办理1件。"
    )
    assert not _errors(checker, text.format(35))
    assert _errors(checker, text.format(53))  # (the outcomes pass the 69 handled)


def test_a_last_part_of_those_named_and_the_others_is_the_rest(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "共建立各级各类人民调解委员会3555个,其中乡镇调委会201个,街道调委会25个,村调委会{}个,社区调委会607个,"
        "企事业单位调委会32个,行业性专业性调委会76个,设在公安、法院、信访及其他部门的调委会12个。"
    )
    assert not _errors(checker, text.format(2602))
    assert _errors(checker, text.format(2402))  # (the list goes down to the others: whole)


def test_a_closure_rate_is_over_those_concluded_and_those_still_pending(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "全年全省法院新收行政一审、二审、再审案件4 364件,同比下降6.8%;审结4 477件,上升0.3%;结案率为{}%,"
        "下降2.3个百分点。截至12月底,尚有未结案件187件,同比下降37.7%。"
    )
    assert not _errors(checker, text.format("96.0"))  # (4477 of 4477 + 187)
    assert _errors(checker, text.format("93.0"))  # (the carry-over is stated after all: no room left)
    # (pending cases of the whole court, stated before another kind's rate: no base of it)
    other = (
        "全院新收各类案件3964件,旧存194件,未结1578件,已结2580件。新收执行案件1964件;结案946件;结案率为46.7%。"
    )
    assert not _errors(checker, other)


def test_a_count_given_item_by_item_is_likely_whole(checker) -> None:  # type: ignore[no-untyped-def]
    text = "微信公众号发布各类信息452条,分别是案件报导 182条、便民利民63条、会议活动{}条。"
    assert not _errors(checker, text.format(207))
    assert _errors(checker, text.format(107))  # (分别是: the 452, item by item)
    assert _errors(checker, text.format(270))
    applied = "共受理依申请公开9件,具体为土地征收类{}件,土地出让类1件,矿业权规划1件,城市规划1件。"
    assert not _errors(checker, applied.format(6))
    assert _errors(checker, applied.format(4))
    # (a selection said so: 主要 leaves some out)
    assert not _errors(checker, "共受理依申请公开9件,主要为土地征收类4件,土地出让类1件,矿业权规划1件。")


def test_the_share_closed_within_the_time_limit_is_no_closure_rate(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "2020年第一季度,行政案件收案4件,结案4件;执行案件收案299件,结案139件。其中,{}100%、当庭宣判率89.35%。"
    )
    assert not _errors(checker, text.format("法定审限内结案率"))  # (of those closed, on time)
    assert _errors(checker, text.format("结案率"))  # (139 of 299 is no 100%)


def test_passed_on_to_be_handled_is_the_other_path(checker) -> None:  # type: ignore[no-untyped-def]
    text = "共受理群众诉求7147宗,同比增长3倍;其中由热线话务员直接答复的{}宗,转派部门处理的1613宗。"
    assert not _errors(checker, text.format(5534))
    assert _errors(checker, text.format(5354))  # (answered at once or passed on to be handled: all of them)
    online = "受理新冠肺炎疫情事项54.06万件,中心在线答疑{}万件,转派承办单位办理13.25万件。"
    assert not _errors(checker, online.format("40.81"))
    assert _errors(checker, online.format("48.81"))


def test_a_list_is_of_the_nearest_count_its_own_segment_adds_up_to(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "2022年,嘉陵街道通过区政府门户网站上报信息229条,审发推送213条,其中工作动态{}条、其他信息3条;"
        "通过“嘉陵街”官方微博发布信息121条、“嘉陵发布”微信公众号发布信息352条。"
    )
    assert not _errors(checker, text.format(210))  # (of the 213 sent on, not the 229 reported)
    assert _errors(checker, text.format(200))  # (down to 其他: the 213, ten short)


def test_a_closure_rate_said_to_include_the_carried_in_is_over_the_caseload(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全年共受理各类案件13270件,审执结11794件,结案率{}%(含旧存)。"
    assert not _errors(checker, text.format("88.88"))
    # (no carry-over left to explain it: an error)
    assert any(e.startswith("HC009") for e in _errors(checker, text.format("84.88")))


def test_those_released_and_out_of_correction_are_no_parts_of_those_taken_in(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全市接收社区矫正对象2131人、解除矫正2033人,接送刑满释放人员{}人,无脱管漏管。"
    assert not _errors(checker, text.format(4964))  # (of 安置帮教, which the text does not count)
    helped = "我区目前处于帮教期内的安置帮教对象有584名，解除矫正人数为{}人，监所释放人数为567人。"
    assert _errors(checker, helped.format(77))  # (of those under 安置帮教: all of them)


def test_a_step_not_taken_is_a_way_the_cases_ended_beside_the_outcomes(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "审结146件,占收案总量的85%。其中补正过期9件,不予受理11件,决定维持{}件,驳回申请12件,"
        "经工作人员调解后申请人撤回复议申请32件,约占结案总数的22%,直接纠错33件。"
    )
    assert not _errors(checker, text.format(49))
    assert _errors(checker, text.format(59))  # (the outcomes past the 146 concluded)


def test_carried_into_the_following_year_is_carried_into_the_next(checker) -> None:  # type: ignore[no-untyped-def]
    text = "2022年,共办理8件政府信息公开申请,其中本机关新收5件,上年度未办结3件。办结{}件,结转次年办理1件。"
    assert not _errors(checker, text.format(7))
    assert _errors(checker, text.format(6))  # (concluded, or carried into 次年: all of the 8)


def test_a_list_of_ways_the_cases_ended_goes_on_past_a_sum_reached_by_chance(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "以上73件行政诉讼案件,当年全部审结,结案率为100%。其中:判决26件,撤诉{}件,裁定不予受理9件,"
        "裁定驳回起诉1件,移送2件。"
    )
    assert not _errors(checker, text.format(35))
    assert _errors(checker, text.format(38))  # (26 + 38 + 9 reach the 73 by chance: two more ways follow)


def test_classes_right_after_a_count_are_some_of_it(checker) -> None:  # type: ignore[no-untyped-def]
    text = "形成电子工单189件,咨询类{}件,求助类55件,投诉类16件,建议类3件,举报类8件,感谢类1件。"
    assert not _errors(checker, text.format(106))
    assert _errors(checker, text.format(136))  # (the classes pass the tickets)
    # (a class itself first: siblings, no whole of the rest)
    assert not _errors(
        checker,
        "本月来信中,反映文体科教类65件,市场管理类19件,交通管理类26件,卫生健康类12件,城市管理类106件。",
    )


def test_the_one_part_a_whole_holds_beside_parts_of_none_is_no_restatement(checker) -> None:  # type: ignore[no-untyped-def]
    # (found by tests/test_property_localize.py: 终止1件 equals the 审结1件 and is its only non-zero part)
    text = "共收到行政复议申请1件，受理1件，受理率100%，审结1件，其中维持0件，驳回0件，撤销0件，确认违法0件，终止{}件。"
    assert not _errors(checker, text.format(1))
    assert _errors(checker, text.format(2))  # (the parts pass the one case concluded)


def test_valid_tickets_are_the_base_a_hotline_s_closure_rate_may_take(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "9月份,衡东县12345政府服务热线接收市民来电总量4630次,共形成有效电子工单3338件,其中在线办结数2882件,"
        "转办工单456件。本月已综合办结数3285件,综合办结率{}%。"
    )
    # (3285 of the 3338 valid tickets, not of the 456 passed on)
    assert not _errors(checker, text.format("98.41"))
    assert _errors(checker, text.format("95.41"))


def test_a_website_s_three_columns_of_updates_are_all_it_published(checker) -> None:  # type: ignore[no-untyped-def]
    # (政府网站工作年度报表: 信息发布 总数 is 概况类 + 政务动态 + 信息公开目录, however little one column holds)
    text = "2025年区政府网站共发布信息{}条，其中概况类信息更新量1条，政务动态信息更新量7279条，信息公开目录信息更新量38条。"
    assert not _errors(checker, text.format(7318))
    assert _errors(checker, text.format(23117))
    other = "全年主动公开信息{}条，其中，政务动态信息2014条、信息公开目录信息165条、概况类信息61条。"
    assert not _errors(checker, other.format(2240))
    assert _errors(checker, other.format(2250))  # (a part edited down: the three fall short)


def test_a_list_goes_on_past_its_full_stop_to_its_remainder(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "经审查后受理430件，不予受理39件。其中行政处罚类案件为112件，占案件总数的26%，行政确权类案件为98件，"
        "占案件总数的22.7%，行政征收类案件为90件，占案件总数的20.9%。行政不作为类案件{}件，信息公开类案件27件，"
        "行政确认类案件为23件，行政许可8件，其他类案件10件。"
    )
    assert not _errors(checker, text.format(62))
    assert _errors(checker, text.format(58))  # (down to 其他 in the next sentence: the kinds fall short)
    # (a sentence opening another dimension is no more of the list)
    apart = "受理430件。其中行政处罚类案件112件，行政确权类案件98件。从被申请人情况看，乡镇政府36件，县政府386件，其他8件。"
    assert not _errors(checker, apart)


def test_an_adverb_before_a_rate_s_verb_is_no_word_of_its_name(checker) -> None:  # type: ignore[no-untyped-def]
    text = "共立案577件，已结案{}件，结案率也均为100%。"
    assert not _errors(checker, text.format(577))
    assert _errors(checker, text.format(557))  # (也 and 均 stand between 结案率 and its figure)
    assert _errors(checker, "受理复议申请40件，审结32件，审结率亦为90%。")


def test_the_likely_wrong_figure_is_named_by_the_words_before_it(checker) -> None:  # type: ignore[no-untyped-def]
    # (a figure no metric word names is named as the finding's sentence names it, not by a one-character cue or
    # by its figure alone; the words after another figure of its clause, not that figure: 事项整合26个)
    found = _errors(
        checker, "全年主动公开信息2250条，其中，政务动态信息2014条、信息公开目录信息165条、概况类信息61条。"
    )
    assert any("最可能有误的是主动公开信息2250条" in e for e in found)
    from hecha.findings import own_words

    text = "精简24个部门176个事项整合26个"
    assert own_words(text, text.index("26个")) == "事项整合"
    text = "来访95件127人次"  # (the persons of those cases: named with them)
    assert own_words(text, text.index("127")) == "来访95件"
    text = "犯罪时未满18周岁290名"  # (a figure inside the name is a word of it)
    assert own_words(text, text.index("290")) == "犯罪时未满18周岁"


def test_a_report_on_a_year_is_not_signed_before_its_last_month(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "现将广西壮族自治区法律援助中心2023年度办理自治区本级法律援助案件、使用法律援助资金等情况进行公示。\n"
        "2023年，共组织办理法律援助案件355件。\n广西壮族自治区司法厅\n{}\n"
    )
    assert not _errors(checker, text.format("2024年3月1日"))
    assert not _errors(
        checker, text.format("2023年12月29日")
    )  # (signed in the year's last month: as reports are)
    found = _errors(checker, text.format("2023年3月1日"))
    assert any(e.startswith("HC025") for e in found)
    # (a plan for the year, or a title in 《》, is written before the year ends)
    plan = "关于印发《2023年度法治政府建设工作要点》的通知\n2023年度全区法治政府建设工作会议召开。\n区司法局\n2023年3月1日"
    assert not _errors(checker, plan)
    # (a date in the body, not a signature on a line of its own, says nothing)
    body = (
        "2023年度办理法律援助案件情况：截至2023年3月1日，共办理法律援助案件35件。\n此后继续办理。\n区司法局"
    )
    assert not _errors(checker, body)


def test_a_count_shown_in_ten_thousands_may_be_truncated_as_a_share_may(checker) -> None:  # type: ignore[no-untyped-def]
    text = "共接收投诉1.35万件，受理1.26万件。从数据来源看，群众互联网填写2351件，占比{}%；监管人员录入1.12万件，占比82.68%。"
    # (13572 written 1.35万: 2351 ÷ 13572 = 17.32%, a base the usual reading's [13450, 13550) misses)
    assert not _errors(checker, text.format("17.32"))
    assert _errors(checker, text.format("18.32"))


def test_a_list_of_blanks_filled_in_is_read(checker) -> None:  # type: ignore[no-untyped-def]
    text = "网站发布政务信息({})条，其中：概况类信息(22)条、政务动态信息(1335)条，信息公开目录(350)条。"
    assert not _errors(checker, text.format(1707))
    assert _errors(checker, text.format(1386))  # (the three columns pass the total)


def test_a_table_s_running_numbers_are_no_column_of_figures(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "4月份网站公开信息报送情况统计表\n"
        "| 序号 | 单位 | 报送信息数(条) | 采纳数(条) | 采纳率 |\n"
        "| 1 | 南川东路办事处 | 14 | 7 | 50% |\n"
        "| 2 | 饮马街办事处 | 10 | 5 | 50% |\n"
        "| 3 | 区财政局 | 8 | 6 | {}% |\n"
        "| 4 | 区政府办公室 | 18 | 18 | 100% |\n"
    )
    # (the 采纳率 over the 报送 column, not over the 序号 1, 2, 3…)
    assert not _errors(checker, text.format(75))
    assert _errors(checker, text.format(95))


def test_about_a_figure_of_four_digits_still_fits_its_counts(checker) -> None:  # type: ignore[no-untyped-def]
    text = "送审金额约8632.04万元，审定金额约7522.48万元，审减金额约1109.56万元，平均审减率约{}%。"
    assert not _errors(checker, text.format("12.85"))
    assert _errors(checker, text.format("15.85"))  # (约 hedges the rounding of 12.85, not three points)


def test_a_budget_s_flows_across_its_sentences_when_the_balance_names_both(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "全县一般公共预算财政总收入380,869万元，完成年初预算391,267万元的97.34%。一般公共预算财政总支出379,347万元，"
        "完成年初预算391,267万元的96.95%。当年收支结余{}万元。"
    )
    assert not _errors(checker, text.format("1,522"))
    assert _errors(checker, text.format("2,522"))  # (收支结余: of the income and expense stated before it)
    # (another budget's expense, or a balance carried from the years before, is none of these flows)
    other = "一般公共预算收入38万元。政府性基金支出37万元。当年收支结余5万元。"
    assert not _errors(checker, other)


def test_what_an_inspection_found_is_among_what_it_inspected(checker) -> None:  # type: ignore[no-untyped-def]
    sampled = "共完成国家和省级食品抽检任务11557批次，不合格{}批次。"
    assert not _errors(checker, sampled.format(114))
    assert _errors(checker, sampled.format(11914))  # (those that failed are among those sampled)
    checked = "共检查企业760家，发现{}家存在环境问题。"
    assert not _errors(checker, checked.format(612))
    assert _errors(checker, checked.format(812))
    # (发现 opening its own process is an intake still: the problems found, then those rectified)
    assert not _errors(checker, "发现问题82个，已整改61个，正在整改21个。")


def test_a_report_on_a_span_of_two_years_may_be_signed_within_the_later(checker) -> None:  # type: ignore[no-untyped-def]
    span = "2022-2023年度学校法治宣传教育工作总结\n本年度共办理法治讲座12场。\n区教育局\n2023年7月1日"
    assert not _errors(checker, span)
    assert _errors(checker, span.replace("2022-2023年度", "2023年度"))  # (one year: not ended by July)


def test_what_is_done_already_of_the_things_counted_is_some_of_them(checker) -> None:  # type: ignore[no-untyped-def]
    problems = "群众反映的400个问题，已完成整改{}个。"
    assert not _errors(checker, problems.format(336))
    assert _errors(checker, problems.format(436))
    due = "应上缴财政资金4800万元，已上缴{}万元。"
    assert not _errors(checker, due.format(2500))
    assert _errors(checker, due.format(5200))  # (what was due bounds what was done)
    opening = "督察组交办问题共涉及56项，{}项已经完成整改。"
    assert not _errors(checker, opening.format(20))
    assert _errors(checker, opening.format(70))  # (the count opens its clause; its words follow it)
    # (all done since a start may pass this period's; two things done are side by side)
    assert not _errors(checker, "今年新增问题50个，累计已整改问题300个。")
    assert not _errors(checker, "已整改问题30个，已办结信访件45个。")
    # (the cases carried in are no set of what was handled; a target may be passed)
    assert not _errors(checker, "共收到公开申请93件，上年结转3件，已办理90件，结转下年度办理6件。")
    assert not _errors(checker, "已完成案件数3511件，完成目标任务数2800件的125%，已完成其他事项数19141件。")


def test_those_dealt_with_at_a_check_are_among_those_checked(checker) -> None:  # type: ignore[no-untyped-def]
    text = "共检查过往车辆16681辆，查处超限超载车辆{}辆。"
    assert not _errors(checker, text.format(1390))
    assert _errors(checker, text.format(16990))


def test_the_problems_the_cases_involve_are_no_parts_of_the_cases(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "我省接到督察组交办的群众信访举报案件196件，其中，来电91件，来信105件。"
        "交办的信访案件中，涉及各类生态环境问题324个。"
    )
    assert not _errors(checker, text)
    assert _errors(checker, text.replace("来信105件", "来信155件"))


def test_parts_said_to_share_cases_may_add_up_past_their_whole(checker) -> None:  # type: ignore[no-untyped-def]
    text = "本批交办案件45件，其中涉水类10件、大气类21件、土壤类7件，其他类12件{}。"
    assert _errors(checker, text.format(""))
    assert not _errors(checker, text.format("(部分案件涉及2种及以上污染类型)"))


def test_a_figure_in_brackets_is_of_the_part_before_them_in_a_set_s_list(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "60件案件中，哈尔滨市35件(重点关注案件1件)，齐齐哈尔市10件，牡丹江市5件(重点关注案件1件)，"
        "大庆市5件，绥化市{}件。"
    )
    assert not _errors(checker, text.format(4))
    assert _errors(checker, text.format(14))


def test_the_incomes_summed_are_what_a_fund_s_balance_is_of(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "全区政府性基金上年结余26.38亿元，上级补助收入14.78亿元，债券转贷收入1.34亿元，"
        "收入合计42.5亿元，支出19.43亿元，年终结余{}亿元。"
    )
    assert not _errors(checker, text.format("23.07"))
    assert _errors(checker, text.format("25.07"))


def test_a_run_ends_at_its_rest_and_what_follows_is_its_whole_s_sibling(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "一般转移支付收入1478万元(含均衡性转移支付收入166万元、结算补助收入{}万元、其他一般转移支付收入212万元，"
        "专项转移支付收入406万元)。"
    )
    assert not _errors(checker, text.format(1100))
    assert _errors(checker, text.format(1200))  # (166 + 1200 + 212 is more than the 1478)
    # (a kind named 其他… in the middle of a run joined by 、 is no rest: the run goes on)
    mid = (
        "主动公开政府信息25214条，其中概况类147条、政务信息6379条、其他文件2179条、微博13970条、微信2539条。"
    )
    assert not _errors(checker, mid)


def test_places_named_in_turn_each_have_their_own_ratio(checker) -> None:  # type: ignore[no-untyped-def]
    own = "青山湖区、东湖区、青云谱区和西湖区税收收入占财政总收入比重分别为97.2%、97%、95.9%和94.3%。"
    assert not _errors(checker, own)
    # (shares named by no whole of their own are of one whole: together at most 100%)
    assert _errors(checker, "市法院、区法院和县法院审结案件占比分别为71.1%、30.2%、8.7%。")


def test_parts_after_qizhong_go_to_the_counts_whose_things_they_name(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "对5个部门、5个镇乡街道开展整体支出绩效评价，15个专项开展重点绩效评价，其中：良好部门5个；"
        "优秀镇乡街道3个，良好镇乡街道{}个；良好专项14个，中等专项1个。"
    )
    assert not _errors(checker, text.format(2))
    assert _errors(checker, text.format(4))  # (3 + 4 of the 5 镇乡街道)


def test_a_title_s_figure_the_body_restates_is_no_other_figure_s(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "原标题:督察组向我省转办第9批信访举报问题148件\n\n"
        "4月15日，督察组向我省转办第9批群众环境信访举报问题，来电75件，来信73件，共148件。\n\n"
        "截至4月15日，督察组已向我省转办9批群众环境信访举报问题共986件。"
    )
    assert not _errors(checker, text)
    assert _errors(checker, text.replace("来信73件", "来信83件"))


def test_a_segment_whose_figures_add_up_to_its_first_is_no_dimension_of_the_whole(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "问题共涉及90家企业。其中：存在立项问题企业3家，已整改1家，其余2家停止生产经营；"
        "存在环保问题企业34家，已整改27家，其余7家停止生产经营；存在安全问题企业52家，已整改43家，其余9家正在整改。"
    )
    assert not _errors(checker, text)
    assert _errors(checker, text.replace("已整改43家", "已整改63家"))  # (more rectified than had problems)


def test_a_year_end_balance_after_a_carry_in_is_of_more_than_one_income(checker) -> None:  # type: ignore[no-untyped-def]
    text = "政府性基金上年结余26.37亿元，上级补助收入14.64亿元，债务转贷收入1.34亿元；支出19.31亿元，年终结余23.04亿元。"
    assert not _errors(checker, text)
    # (with no carry-in, the balance is the income less the expense)
    assert _errors(checker, "政府性基金收入14.64亿元，支出9.31亿元，年终结余6.04亿元。")


def test_a_budget_s_income_total_sums_the_sources_listed_before_it(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "2022年，全区一般公共预算收入预算数为15.39亿元，实际完成15.39亿元，比上年决算数14.94亿元增长3.0%，"
        "加上上级补助收入13.36亿元、债券转贷收入{}亿元、调入资金0.05亿元、上年结余0.67亿元，收入合计31.52亿元；"
        "一般公共预算支出24.98亿元，加上上解支出6.15亿元，支出合计31.13亿元。"
    )
    assert not _errors(checker, text.format("2.05"))  # (the target and last year's figure are no sources)
    assert _errors(checker, text.format("2.65"))
    added = "一般公共预算收入完成147.1亿元，同比增长7.2%。加上转移性收入{}亿元，收入合计196.3亿元。"
    assert not _errors(checker, added.format("49.2"))
    assert _errors(
        checker, added.format("44.2")
    )  # (加上: what is added to the amount of the sentence before)


def test_a_second_target_of_the_same_figure_done(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "财政总收入完成545876万元，完成年初上报县人民代表大会预算收入计划552200万元的98.9%，"
        "完成调整预算收入计划550000万元的{}。"
    )
    assert not _errors(checker, text.format("99.3%"))
    assert _errors(checker, text.format("97.3%"))
    # (an amount done to 99.86% of its target is said 100%: rounded)
    assert not _errors(checker, "一般公共预算收入完成274609万元，完成调整预算收入计划275000万元的100%。")


def test_a_bracket_working_a_figure_out_lists_no_parts_of_it(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "一般公共预算支出178,731万元(中央及省市财政补助收入142,507万元，调入基金10,000万元，减去上解上级支出4,916万元，"
        "平衡预算)。"
    )
    assert not _errors(checker, text)
    itemised = "一般公共预算支出178,731万元(教育支出142,507万元，卫生支出40,000万元)。"
    assert _errors(checker, itemised)


def test_a_bracket_with_a_total_of_its_own_is_an_aside(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "处理野生动物违法线索8件，其中立案查处2件(全市共查处野生动物违法案件56件，其中市场监管局2件、公安局7件、"
        "林业局{}件)、现场整改1件、移交其他部门5件。"
    )
    assert not _errors(checker, text.format(47))
    assert _errors(checker, text.format(57))  # (the aside's own parts still add up to at most its total)


def test_an_enumeration_after_another_figure_breaks_down_no_count_before_it(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "查处自然保护地环境违法案件11件，群众相关投诉同比下降20.6%，特别是危废领域和自动监控领域涉刑案件数量"
        "分别达到18件、10件。"
    )
    assert not _errors(checker, text)
    assert _errors(checker, "审结18件，维持、驳回、撤销分别为8件、7件、13件。")


def test_an_all_claim_is_not_held_to_another_segment_s_figure(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "市长公开电话办理承办单38件，全部办结；网民留言38件，办结37件，还有1件正在办理；"
        "热线转办平台2053件，办结1957件；《省长信箱》12件，全部办结。"
    )
    assert not _errors(checker, text)
    # (a figure of the same segment, or of a later one with no count of its own, is still held to it)
    assert _errors(checker, "共收到行政复议申请35件，均已依法受理；行政复议受理33件，审结25件。")


def test_a_budget_sum_of_the_main_items_is_no_whole(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全年教育支出90656万元、卫生健康支出25023万元、交通运输支出20824万元等民生支出合计{}万元。"
    assert not _errors(checker, text.format(310769))  # (等: the main ones)
    assert _errors(checker, text.format(126503))  # (at least the items named)


def test_a_share_of_the_local_budget_is_a_share(checker) -> None:  # type: ignore[no-untyped-def]
    text = "地方财政收入11.65亿元，增长4.3%，其中税收收入8.19亿元，增长5.3%，占地方财政收入的比重为{}。"
    assert not _errors(checker, text.format("70.3%"))
    assert _errors(checker, text.format("73.3%"))  # (占地方…: a share, not 占地, land taken)
    # (增收…: how much the revenue grew, no part of it)
    grew = (
        "地方财政收入完成100223万元。其中：税收收入完成66342万元，增收10304万元，税收收入占地方财政收入{}。"
    )
    assert not _errors(checker, grew.format("66.19%"))
    assert _errors(checker, grew.format("61.69%"))


def test_tax_and_non_tax_income_are_all_of_it_past_their_changes(checker) -> None:  # type: ignore[no-untyped-def]
    text = "一般公共预算收入1,042,625万元。其中：税收收入720,801万元，同比减收92,021万元；非税收入{}万元，同比增收57,935万元。"
    assert not _errors(checker, text.format("321,824"))
    assert _errors(checker, text.format("312,824"))  # (short of the whole: the two are all of it)


def test_a_grand_total_after_amounts_added_sums_them_and_the_amount_before(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "一般公共预算收入1,042,625万元，完成年度预算的100.99%。其中：税收收入720,801万元；非税收入321,824万元。"
        "加上上级补助收入566,352万元、调入资金{}万元、上年结转71,020万元，2022年一般公共预算总收入2,040,830万元。"
    )
    assert not _errors(checker, text.format("360,833"))
    assert _errors(checker, text.format("306,833"))
    # (增收节支: an audit's result, no change of a figure)
    audit = "通过审计，为国家增收节支159.8亿元，其中已上交财政93.6亿元，已减少财政拨款22亿元，已归还原渠道资金{}亿元。"
    assert not _errors(checker, audit.format("44.2"))
    assert _errors(checker, audit.format("74.2"))


def test_cases_sent_on_are_some_of_those_an_agency_dealt_with(checker) -> None:  # type: ignore[no-untyped-def]
    text = "查处农村假冒伪劣食品案件2140件，移送司法机关{}件。"
    assert not _errors(checker, text.format(21))
    assert _errors(checker, text.format(2210))
    sent = "去年共立案查处民生领域违法案件10419件，涉案金额近2亿元，向公安机关移送案件{}件。"
    assert not _errors(checker, sent.format(260))
    assert _errors(checker, sent.format(12600))  # (sent to the police, not 公安机关移送: sent by them)
    # (an order given beside a penalty is no step of the cases dealt with)
    assert not _errors(
        checker, "查处非法机动车维修业户12家，责令整改未备案机动车维修企业100家，已完成备案66家。"
    )


def test_a_budget_s_own_level_is_part_of_its_whole_area(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全县一般公共预算收入预计完成81000万元，县级一般公共预算收入预计完成{}万元。"
    assert not _errors(checker, text.format(64000))
    assert _errors(checker, text.format(84000))
    # (the message names the measure whole: 一般公共预算, not 一般公预算)
    assert any("一般公共预算收入" in e for e in _errors(checker, text.format(84000)))


def test_a_closure_rate_of_more_closed_than_due_is_capped_at_all(checker) -> None:  # type: ignore[no-untyped-def]
    table = "责任单位\n\n应结案数\n\n结案数\n\n结案率\n\n同城集团\n\n1\n\n2\n\n{}\n\n金潮公司\n\n24\n\n24\n\n100.00%\n"
    assert not _errors(checker, table.format("100.00%"))  # (2 closed of 1 due: the rate is capped)
    assert _errors(
        checker, "3月份共受理问题454件，应结案数429件，结案数413件，结案率100%。"
    )  # (413 of 429: not all)


def test_a_segment_s_first_part_itemised_after_it_is_the_part(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "因信息公开引发行政争议11件，其中，行政复议7件，结果维持6件，尚未审结1件；"
        "行政诉讼{}件，结果维持2件，尚未审结2件。"
    )
    assert not _errors(checker, text.format(4))
    assert _errors(checker, text.format(6))  # (7 + 6 of 11, and 6 is not 2 + 2)


def test_the_late_half_s_rate_takes_the_base_of_the_on_time_half(checker) -> None:  # type: ignore[no-untyped-def]
    text = "已办理2798件，办结率100%。按期办结2794件，按期办结率99.86%，超期办结{}件，超期办结率0.14%。"
    assert not _errors(checker, text.format(4))
    assert _errors(checker, text.format(14))  # (14 of the 2798 is 0.50%)


def test_rates_after_shares_most_of_which_no_whole_prior_gives_are_no_count_s_growth(checker) -> None:  # type: ignore[no-untyped-def]
    changes = (
        "其中人力资源社会保障类75件，占5.8%，同比增幅39.34%。环境保护类71件，占5.5%，同比增幅36.17%。"
        "公共服务类183件，占14.16%，同比增幅17.81%。城市管理类92件，占7.12%，同比减幅14.81%。"
    )
    assert not _errors(checker, changes)  # (three of four fit no whole prior: changes of something else)
    counts = (
        "专职律师28064人，占78.76%，同比增长10.49%；兼职律师786人，占2.21%，同比增长20.56%；"
        "公职律师5000人，占14.03%，同比增长19.47%。"
    )
    assert _errors(checker, counts)  # (the others fit: 19.47% of 5000 is the outlier)


def test_a_sentence_opening_with_a_verb_of_jia_adds_no_amount(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全区一般公共预算收入35亿元，上级补助收入12亿元。加强收支管理，基金收入8亿元，债务收入3亿元，收入合计11亿元。"
    assert not _errors(checker, text)  # (加强: no amount added to the sentence before's)


def test_a_table_printed_two_records_a_line_is_read_one_record_a_row(checker) -> None:  # type: ignore[no-untyped-def]
    from hecha.tables import find_tables

    text = (
        "| 各县承办工单数量、考评得分及排名表 | | | | | | | |\n"
        "| 单位 | 总工单数 | 得分 | 排名 | 单位 | 总工单数 | 得分 | 排名 |\n"
        "| 灌云县 | 1115 | 145.76 | 1 | 东海县 | 1857 | {} | 3 |\n"
        "| 赣榆区 | 1955 | 145.35 | 2 | 灌南县 | 1268 | 144.42 | 4 |\n"
        "| 各区承办工单数量、考评得分及排名表 | | | | | | | |\n"
        "| 单位 | 总工单数 | 得分 | 排名 | 单位 | 总工单数 | 得分 | 排名 |\n"
        "| 徐圩新区 | 716 | 100 | 1 | 海州区 | 8500 | 94.16 | 4 |\n"
        "| 云台山景区 | 191 | 97.57 | 2 | 市开发区 | 1068 | 93.75 | 5 |\n"
        "| 连云区 | 2133 | 94.65 | 3 | | | | |\n"
    )
    tables = find_tables(text.format("144.69"))
    # (two tables, each under its own title: the second's ranks start again at 1)
    assert [[c.text for c in t.header] for t in tables] == [["单位", "总工单数", "得分", "排名"]] * 2
    assert [[r[0].text for r in t.rows] for t in tables] == [
        ["灌云县", "东海县", "赣榆区", "灌南县"],
        ["徐圩新区", "海州区", "云台山景区", "市开发区", "连云区"],
    ]
    assert not _errors(checker, text.format("144.69"))
    [error] = _errors(checker, text.format("145.69"))  # (ranked 3rd above the 145.35 ranked 2nd)
    assert error.startswith("HC026 排名第2的得分145.35低于排名第3的145.69")


def test_ranks_order_the_column_before_them_only_where_the_rows_rank_from_the_top(checker) -> None:  # type: ignore[no-untyped-def]
    table = "| 单位 | 投诉量 | 排名 |\n| 甲区 | {} | 1 |\n| 乙区 | 30 | 2 |\n| 丙区 | 45 | 3 |\n| 丁区 | 60 | 4 |\n"
    assert not _errors(checker, table.format(12))  # (the fewest first: a ranking from the bottom is not read)
    assert not _errors(checker, table.format(35))
    scores = "| 单位 | 得分 | 排名 |\n| 甲区 | 98.5 | 1 |\n| 乙区 | {} | 2 |\n| 丙区 | 96.06 | 3 |\n| 丁区 | 95.88 | 4 |\n"
    assert not _errors(checker, scores.format("97.2"))
    assert _errors(checker, scores.format("99.2"))


def test_table_columns_named_by_steps_bound_each_row(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "表1:省直部门行政复议案件情况\n\n收案数\n\n受理数\n\n收案数\n\n受理数\n\n省人社厅\n\n132\n\n{}\n\n"
        "省卫健委\n\n7\n\n5\n\n省自然资源厅\n\n115\n\n38\n\n省发改委\n\n6\n\n4\n"
    )
    assert not _errors(checker, text.format(118))
    [error] = _errors(checker, text.format(138))
    assert error.startswith("HC010 受理138件多于收案132件")
    # a concluding column after an intake may hold cases carried over, unstated row by row: twice it is beyond it
    head = "| 单位 | 受理件数 | 办结件数 | 即办件办结件数 | 承诺件办结件数 | 审批系统办结件数 |\n"
    rows = "| 住建局 | 16 | {} | 0 | 17 | 22 |\n| 卫健委 | 296 | 296 | 256 | 40 | 68 |\n| 民政局 | 158 | 158 | 110 | 48 | 105 |\n"
    assert not _errors(checker, head + rows.format(17))  # (22 is of a kind of 办结, no step after 受理)
    assert _errors(checker, head + rows.format(37))


def test_a_fraction_of_another_figure_is_no_level_compared_with_a_rate(checker) -> None:  # type: ignore[no-untyped-def]
    text = "重新犯罪率常年保持{}以下，仅相当于全省平均值的三分之二，远低于全国2‰的平均水平。"
    assert not _errors(checker, text.format("0.6‰"))
    assert not _errors(checker, "重新犯罪率为0.6‰，远低于全国2‰的平均水平。")
    [error] = _errors(checker, "重新犯罪率为2.6‰，远低于全国2‰的平均水平。")
    assert "应为2‰" in error and "%" not in error  # (a rate written per mille is named per mille)


def test_a_step_s_amount_is_no_count_of_the_step_a_later_change_is_of(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "新收民事二审实体案件1948件，收案数量增加986件，同比增长102%；"
        "新收行政二审案件670件，收案数量增加429件，同比增长{}%。"
    )
    assert not _errors(checker, text.format(178))  # (of the 670, not of the 986 that is itself an increase)
    assert _errors(checker, text.format(148))  # (429 more than 241 is 178%)


def test_a_later_year_of_a_list_of_years_concludes_cases_of_the_years_before(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "全省人民法院受理一审金融犯罪案件共2971件。其中2021年受理一审金融犯罪案件1217件，审结一审金融犯罪案件1328件，"
        "2022年受理1043件，审结{}件。"
    )
    assert not _errors(checker, text.format(1138))
    assert _errors(checker, text.format(2638))  # (more than twice its intake)


def test_a_small_count_in_words_that_runs_on_into_a_name_is_no_numerator(checker) -> None:  # type: ignore[no-untyped-def]
    text = "截止2012年11月20日，全院四项未结案件共{}件，四项案件未结率为26.78%，同比上升12.48个百分点。"
    assert not _errors(checker, text.format(211))  # (211 of 788; not 4 of any whole number)
    assert _errors(checker, text.format(231))  # (no whole number of cases gives 26.78% of 231)


def test_a_rate_named_by_a_second_intake_step_is_over_the_first(checker) -> None:  # type: ignore[no-untyped-def]
    text = "全市共受理案件51571件，立案51229件，立案率{}%；派遣49151件，派遣率95.94%。"
    assert not _errors(checker, text.format("99.34"))
    assert _errors(checker, text.format("94.34"))  # (51229 of the 51571 received is 99.34%)


def test_respective_shares_of_a_whole_named_by_an_earlier_list_take_its_counts_in_turn(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "2020年至2022年，检察机关受理审查起诉未成年犯罪嫌疑人数分别为54954人、73998人、78467人，总体呈上升趋势。\n\n"
        "低龄未成年人犯罪占比上升。2020年至2022年，检察机关受理审查起诉14至16周岁的未成年犯罪嫌疑人数分别为{}人、"
        "8169人、8710人，分别占受理审查起诉未成年犯罪嫌疑人总数的9.57%、11.04%、11.1%。"
    )
    assert not _errors(checker, text.format(5259))
    assert _errors(checker, text.format(5859))  # (5859 of 54954 is 10.66%)


def test_what_another_adds_past_parts_that_make_the_whole_is_besides_it(checker) -> None:  # type: ignore[no-untyped-def]
    text = "2023年底大徐镇实有在编人员50名，其中行政28人、事业{}人；另有编外用工32人。"
    assert not _errors(checker, text.format(22))
    assert _errors(checker, text.format(25))  # (28 + 25 + 32 is past the 50 and 28 + 25 is not it)
    funds = (
        "共筹集资金3706.9058万元，其中：上级补助收入1854.1万元、本级一般预算安排36.66万元，土地出让金收入安排{}万元、"
        "住房公积金增值收益安排513.8816万元，另有公共租赁住房租金收入79.42万元。"
    )
    assert not _errors(checker, funds.format("1302.2642"))
    assert _errors(checker, funds.format("1402.2642"))


def test_by_how_much_a_count_moved_is_no_base_of_a_rate(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "全年共受案394件(含消协联络处办理的60件)，涉案标的额5.88亿元。与2005年相比，受案数增加82件，标的额增加1.5亿元。"
        "所受理的案件当年结案326件，结案率82.7%。"
    )
    assert not _errors(checker, text)  # (326 of 394; not of the 82 more than the year before)
    ex = extract(text)
    value = {f.id: f.q.value for f in ex.facts}
    assert [[value[b] for b in g.facts.get("base", [])] for g in ex.groups if g.kind == "rate"] == [[394]]


def test_a_figure_stated_as_a_share_of_a_whole_is_not_that_whole(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "2020年全年至2021年12月，共处理离婚案件55起，约占所有案件的48.67%。其中2021年全年离婚案件共31起，"
        "占所有案件的50.81%；2020年离婚案件共24起，占所有案件的46.15%。"
    )
    assert not _errors(checker, text)  # (the 55 is some of 所有案件, not all of them)
    decided = (
        "其中，已审结案件1148件，未审结案件221件。在已审结案件中，维持原具体行政行为的763件，占已审结案件的66.46%。"
        "撤销原具体行政行为22件、确认违法21件、变更1件、责令履行4件，共48件占已审结案件4.18%。驳回68件，占已审结案件的{}%。"
    )
    assert not _errors(checker, decided.format("5.92"))
    assert _errors(
        checker, decided.format("6.92")
    )  # (68 of the 1148, still tied after the sibling 48 is set aside)


def test_multiples_make_no_breakdown(checker) -> None:  # type: ignore[no-untyped-def]
    text = "被告的男女比率为39.4:60.6，女性起诉人数超越男性的1.5倍。其中，被告为80后的离婚案件中，女性比重是男性的6倍多。"
    assert not _errors(checker, text)
    assert _errors(checker, "起诉离婚案件15件。其中，被告为80后的离婚案件中，女方起诉60件。")


def test_kinds_a_bracket_says_a_figure_includes_other_ones_among_them_may_be_a_few_of_it(checker) -> None:  # type: ignore[no-untyped-def]
    assert not _errors(checker, "2022年医疗损害责任纠纷案件总计5074件(含执行案件1件、其他案件6件)。")
    assert not _errors(checker, "受理案件100件(含民事60件、刑事30件、其他10件)。")
    assert _errors(checker, "受理案件100件(含民事60件、刑事30件、其他7件)。")  # (most of it listed: whole)


def test_concluded_said_to_hold_old_cases_passes_the_intake_unless_twice_it(checker) -> None:  # type: ignore[no-untyped-def]
    text = "2018年至2022年，郑州两级法院受理破产及强制清算类案件752件，审结{}件(含旧存)，以破产重整、和解方式结案87件。"
    assert not _errors(checker, text.format(766))
    assert _errors(checker, text.format(1766))


def test_the_last_two_names_joined_by_he_are_two(checker) -> None:  # type: ignore[no-untyped-def]
    text = "内设机构{}个，分别为党政办公室、经济发展办公室、社会事务办公室和卫生与计划生育办公室。"
    assert not _errors(checker, text.format(4))
    assert _errors(checker, text.format(5))


def test_bodies_of_another_kind_are_no_part_of_a_set_of_places(checker) -> None:  # type: ignore[no-untyped-def]
    assert not _errors(
        checker,
        "审计调查的54个县中，有16个县的教育部门及学校共142个单位，把向学生收取的收费共计4065.15万元。",
    )
    assert _errors(checker, "审计调查的54个县中，有16个县存在问题，有40个县未发现问题。")  # (56 of 54 places)


def test_a_set_named_for_all_courts_is_not_a_figure_of_one_level_of_them(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "2020年至2023年，全市法院共审结民商事案件164239件，审结交通事故案件10605件，占比6.46%。其中，中级法院审结民商事"
        "案件16167件，审结交通事故案件1597件，占比9.88%；基层法院审结民商事案件148072件，审结交通事故案件9008件，占比6.08%。\n"
        "从调解情况看，该类案件调解率相对较低。2020年至2023年，全市法院审结的交通事故案件中，以调解方式结案1782件，调解率16.80%。"
    )
    assert not _errors(
        checker, text
    )  # (1782 of the 10605 of all courts is 16.80%; not of the 基层法院's 9008)


def test_parts_of_one_total_by_channel_and_by_status_are_no_steps_of_one_another(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "7月10日至7月16日，本周我县共受理110联动、网民诉求事项258件，其中新受理110联动事项126件，网民诉求事项132件，"
        "已办结{}件，正在办理1件，办结率99.6%。"
    )
    assert not _errors(checker, text.format(257))  # (257 of the 258, not of the 126)
    assert _errors(checker, text.format(267))  # (267 and 1 are not the 258)


def test_a_bracket_with_a_list_of_its_own_first_figure_is_an_aside(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "文章研究样本为检索到的行政机关败诉的环境行政诉讼案件92件(数据检索截至日期为2018年8月30日，检索到环境行政诉讼"
        "案件473件，其中，行政机关胜诉案件381件，败诉案件{}件)。"
    )
    assert not _errors(checker, text.format(92))
    assert _errors(checker, text.format(99))  # (381 + 99 is not the 473)
    nested = "主动公开各类信息{}条(其中：政务公开类信息1462条(其中，招商引资类信息89条、民生领域类信息468条)，规范性文件2件)。"
    assert not _errors(checker, nested.format(6306))
    assert _errors(checker, nested.format(1306))  # (the outer bracket's 其中 lists the figure's own parts)


def test_shares_of_a_bare_total_adding_up_to_100_are_of_their_parts_sum(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "2010年我局共受理“12345”服务热线来电15176件，同比上升了31%，网络交办934件，同比上升了71%，其中咨询类10471件，"
        "占总量的65%；投诉类4350件，占总量的{}%；建议类1289件，占总量的8%。"
    )
    assert not _errors(checker, text.format(27))  # (of 16110, the calls and the tickets passed on together)
    assert _errors(checker, text.format(37))


def test_a_numerator_naming_what_came_in_is_over_the_last_intake_of_its_paragraph(checker) -> None:  # type: ignore[no-untyped-def]
    text = (
        "全年共受案394件(含消协联络处办理的60件)，涉案标的额5.88亿元。与2005年相比，受案数增加82件，标的额增加1.5亿元。"
        "所受理的案件当年结案326件，结案率{}%。"
    )
    assert not _errors(
        checker, text.format("82.7")
    )  # (326 of the 394; not of the 82 more than the year before)
    assert _errors(checker, text.format("86.7"))


def test_kinds_named_in_the_clause_before_fenbie_are_its_labels(checker) -> None:  # type: ignore[no-untyped-def]
    # (消费者维权、治安类，分别占…: the kinds end their clause and 分别 opens the next; two shares of one whole)
    text = "全市受理行政调解案件122件。位居前二的行政调解案件为消费者维权、治安类，分别占案件总数{}%、15.6%。"
    assert not _errors(checker, text.format("84.4"))
    assert any(e.startswith("HC016") for e in _errors(checker, text.format("84.6")))
    # (the next in a ranking after a figure of its own is no breakdown of that figure)
    assert not roles(
        "房屋署居榜首，已跟进并结案共432宗，其次为食环署及地政总署，分别有323宗及213宗。", "breakdown"
    )


def test_a_step_word_in_quotation_marks_names_a_kind_not_a_step() -> None:
    # (“双随机、一公开”监管2件: 公开 is part of the campaign's name, the item one more kind of what was published)
    text = (
        "网站主动公开信息79件，包括政策解读1件，“双随机、一公开”监管2件，财政信息预决算2件，行政执法公示38件，"
        "食品药品监管信息34件。"
    )
    [b] = roles(text, "breakdown")
    assert b["parts"] == ["1件", "2件", "2件", "38件", "34件"]
    # (not so a step taken, named without quotation marks: 公开答复 is what was done with the requests)
    [b] = roles("收到依申请公开申请30件，其中咨询类18件，投诉类12件，公开答复30件。", "breakdown")
    assert b["parts"] == ["18件", "12件"]


def test_a_list_of_shares_closed_by_the_rest_begins_before_a_share_of_two_kinds_at_once(checker) -> None:  # type: ignore[no-untyped-def]
    # (…分别有5件，各占…4.9%: the run of counted shares after it is the list's tail, not all of it)
    text = (
        "信息公开类案件中，涉及房屋土地纠纷有47件，占所有案件的比例为45.6%；财政纠纷案有7件，占所有案件的比例为6.8%；"
        "劳动和社会保障、农业纠纷分别有5件，各占所有案件的比例为4.9%；金融纠纷有2件，占所有案件的比例为1.9%；"
        "交通纠纷1件，占所有案件的比例为0.97%；其他23件，占所有案件的比例为22.3%。"
    )
    assert not _errors(checker, text)
    # (a list closed by the rest from its first share adds up to 100%)
    whole = "涉及房屋土地纠纷有47件，占所有案件的比例为47%；金融纠纷有2件，占比2%；交通纠纷1件，占比1%；其他50件，占比{}%。"
    assert not _errors(checker, whole.format("50"))
    assert any(e.startswith("HC016") for e in _errors(checker, whole.format("30")))


def test_shares_said_in_turn_after_one_count_are_not_shares_of_it(checker) -> None:  # type: ignore[no-untyped-def]
    # (65宗 over three periods, then each period's share: none is 65's)
    text = (
        "2007年至2009年上半年，共受理行政诉讼案件709件。2007年至2009年上半年，共受理各镇政府案件65宗，"
        "占案件总数比例分别为6%、5%、22%，主要集中在征地拆迁纠纷。"
    )
    assert not _errors(checker, text)
    assert not share(text)
    # (as many counts as shares: each its own)
    [first, *_] = share("全年受理各镇政府案件65宗，其中征地类40宗、拆迁类25宗，分别占案件总数的8%、5%。")
    assert first["part"] == ["40宗"]


def test_a_list_of_classes_goes_on_past_a_part_edited_up_to_the_total(checker) -> None:  # type: ignore[no-untyped-def]
    # (each named a class, 类: the fourth is one more of them, though the first three reach the 34)
    text = "全年受理行政复议案件34件。受理案件中投诉举报类12件，行政处罚类{}件，行政强制类1件，行政确权类2件，行政不作为2件。"
    assert not _errors(checker, text.format(17))
    assert any(e.startswith("HC002") for e in _errors(checker, text.format(21)))
    # (not a step after the list: 新收72件，上年结转15件 reach the 87, 审结70件 is what became of them)
    [b] = roles("受理案件87件，其中新收72件，上年结转15件，审结70件。", "breakdown")
    assert b["parts"] == ["72件", "15件"]


def test_figures_in_an_items_words_leave_the_list_in_the_counter_of_its_whole(checker) -> None:  # type: ignore[no-untyped-def]
    # (6艘…渔船 and 1个…装备箱 say what each amount is for: the list is in 万元, whatever its amounts add up to)
    text = "补助资金1200万元，其中计划用于完成6艘近海渔船更新改造{}万元，用于建设1个桁架类大型养殖装备箱600万元。"
    assert not _errors(checker, text.format(600))
    assert any(e.startswith("HC002") for e in _errors(checker, text.format(800)))
    # (not a figure of another counter set apart by a comma: the calls that brought the tickets)
    [b] = roles("受理问题10920件。其中，人工接听电话20769个，转办10843件，网络舆情转办77件。", "breakdown")
    assert b["parts"] == ["10843件", "77件"]


def test_letters_among_a_whole_counted_in_letters_are_in_its_counter(checker) -> None:  # type: ignore[no-untyped-def]
    # (封 counts as 件 beside other items, but a whole in 封 keeps its parts in 封, whatever they add up to)
    text = "其中有效信件23561封，已处理23561封。有效信件中，涉信访类信件{}封转省信访局办理，涉省直单位、市州类信件17271封。"
    assert not _errors(checker, text.format(6290))
    assert any(e.startswith("HC002") for e in _errors(checker, text.format(6920)))
    # (letters beside visits of a whole in 件: one list of items)
    [b] = roles("来信来访共1000件，其中来信780封，来访220件。", "breakdown")
    assert b["parts"] == ["780封", "220件"]


def test_kinds_sharing_a_head_noun_go_on_past_the_parts_that_reach_the_total(checker) -> None:  # type: ignore[no-untyped-def]
    # (解读 heads every kind: the third is one more, though the first two reach the 205)
    text = "政府网站发布政策解读205篇，其中文字解读144篇，图片解读{}篇，视频解读1篇。"
    assert not _errors(checker, text.format(60))
    assert any(e.startswith("HC002") for e in _errors(checker, text.format(61)))
    # (not a head any count may have, 案件: 法律帮助案件 are another service's)
    [b] = roles("办理法律援助案件729件，其中民事案件631件、刑事案件98件，法律帮助案件35件。", "breakdown")
    assert b["parts"] == ["631件", "98件"]
    # (nor a budget's 收入: the grant from above adds to the whole)
    [b, *_] = roles(
        "一般预算收入完成20707万元，其中税收收入8059万元，非税收入12648万元，上级补助收入147757万元。",
        "breakdown",
    )
    assert b["parts"] == ["8059万元", "12648万元"]


def test_those_done_already_and_the_rest_make_up_the_whole(checker) -> None:  # type: ignore[no-untyped-def]
    # (已整改 those done, 其余 the rest: together the 3, whatever they add up to; no 共 needed)
    text = "存在项目立项问题企业3家，已整改1家（已搬迁），其余{}家停止生产经营。"
    assert not _errors(checker, text.format(2))
    assert any(e.startswith("HC002") for e in _errors(checker, text.format(4)))
    # (not items side by side, the first no whole of them and none said done)
    assert not roles("受理A类30件，B类20件，其余50件。", "breakdown")


def test_a_list_naming_a_kind_with_none_goes_through_all_of_the_whole(checker) -> None:  # type: ignore[no-untyped-def]
    # (来信举报0件: a kind none of the 13 is of, named all the same; the list is kind by kind)
    text = "第十二批群众信访举报件13件，其中来电举报{}件，来信举报0件。"
    assert not _errors(checker, text.format(13))
    assert any(e.startswith("HC002") for e in _errors(checker, text.format(11)))
    [b] = roles(text.format(11), "breakdown")
    assert b["parts"] == ["11件", "0件"]


def test_a_change_after_a_whole_is_no_second_whole_its_parts_may_be_of(checker) -> None:  # type: ignore[no-untyped-def]
    # (事故3起，同比减少1起: the 1 is a change; parts adding up to 4 are not of 3 and 1 together)
    text = "建设施工方面，全市发生事故3起，同比减少1起，下降25%。其中房屋建筑业{}起，死亡2人；建筑安装业1起，死亡1人。"
    assert not _errors(checker, text.format(2))
    assert any(e.startswith("HC002") for e in _errors(checker, text.format(3)))


def test_kinds_after_a_key_are_of_the_count_their_head_noun_names(checker) -> None:  # type: ignore[no-untyped-def]
    # (合格账号…不合格账号 of 政务新媒体账号31个, no 共 before it and whatever they add up to)
    text = "县政府门户网站1个、政务新媒体账号31个。从检查情况来看，门户网站运行正常；全县政务新媒体合格账号29个，不合格账号{}个。"
    assert not _errors(checker, text.format(2))
    assert any(e.startswith("HC002") for e in _errors(checker, text.format(5)))
    # (not a verb every figure ends with, 完成: no head noun of a thing)
    assert not _errors(
        checker,
        "非税收入完成97431万元。从财政支出完成情况来看，盟本级一般公共预算支出完成287998万元，旗级一般公共预算支出完成819317万元。",
    )


def test_a_rate_of_one_status_whose_words_hold_another_leaves_the_statuses_whole(checker) -> None:  # type: ignore[no-untyped-def]
    # (不合格样品检出率 names 不合格样品 only: the 合格样品 inside it is no second status, the two divide the whole)
    text = "全区共抽检74039批次食品样品，合格样品{}批次，不合格样品1150批次，总体不合格样品检出率为1.55%。"
    assert not _errors(checker, text.format(72889))
    assert any(e.startswith("HC002") for e in _errors(checker, text.format(72989)))
    # (a rate named by both statuses says they are not all: 满意和基本满意率88.9%)
    assert not _errors(checker, "回访群众244件，满意173件、基本满意44件，满意和基本满意率88.9%。")


def test_a_step_word_right_after_putting_forward_names_what_was_put_forward(checker) -> None:  # type: ignore[no-untyped-def]
    # (提出纠正: the notices raised, then 已纠正 those acted on; the rate of the second over the first)
    text = "对审判活动中的违法情形提出纠正9178件，同比上升3.6倍；同期已纠正7775件，纠正率{}%。"
    assert not _errors(checker, text.format(84.7))
    assert any(e.startswith("HC009") for e in _errors(checker, text.format(74.7)))
    steps = roles("对审判活动中的违法情形提出书面纠正9178件，已纠正9775件。", "step")
    assert steps and all(s["earlier"] == ["9178件"] and s["later"] == ["9775件"] for s in steps)
    # (notices raised on two matters side by side, one said 书面: no step of the other)
    assert not roles("对超期羁押提出纠正11人，对监外执行活动履职不当提出书面纠正25人。", "step")


def test_a_second_share_right_after_the_first_is_of_the_same_count(checker) -> None:  # type: ignore[no-untyped-def]
    # (占调整预算…，占一般公共预算收入的…: each share names its own base, both are of the 13,866)
    text = (
        "地方一般公共预算收入完成28,583万元。从征收部门来看：税务部门完成{}万元，占调整预算100.93%，"
        "占一般公共预算收入的48.51%；财政部门完成14,717万元，占调整预算110.14%，占一般公共预算收入的51.49%。"
    )
    assert not _errors(checker, text.format("13,866"))
    assert any(e.startswith("HC003") for e in _errors(checker, text.format("15,866")))
    # (a second share naming no base of its own is not read so)
    shares = roles("税务部门完成13,866万元，占调整预算100.93%，占48.51%。", "share")
    assert [s.get("part") for s in shares if s["rate"] == ["48.51%"]] in ([], [None])


def test_a_key_looking_at_how_a_thing_is_spread_divides_the_first_count_of_it(checker) -> None:  # type: ignore[no-untyped-def]
    # (从律师分布来看: of the 10620 律师 the paragraph opens with, not of the 女律师 after it, whatever the cities add up to)
    text = (
        "律师人数突破1万人。\n截至今年6月底，全省执业律师10620人，女律师3430人，占全省执业律师的32.3%。从律师分布来看，"
        "西安律师7430人，宝鸡569人，咸阳{}人，铜川106人，渭南470人，延安308人，榆林569人，安康281人，汉中287人，"
        "商洛165人，杨凌示范区31人，韩城44人。"
    )
    assert not _errors(checker, text.format(360))
    assert any(e.startswith("HC002") for e in _errors(checker, text.format(660)))
    [b] = roles(text.format(660), "breakdown")
    assert b["total"] == ["10620人"]


def test_a_key_right_after_a_count_in_its_sentence_looks_at_that_count(checker) -> None:  # type: ignore[no-untyped-def]
    # (78件…转办件，从地域来看: the regions' figures are of the 78, with no 共 before it; 各9件 twice)
    text = (
        "第二十七批78件办结转办件，从地域来看，乌鲁木齐市{}件、伊犁州和昌吉州各9件，喀什地区6件，克拉玛依市和阿勒泰地区"
        "各4件，塔城地区3件。"
    )
    assert not _errors(checker, text.format(32))
    assert any(e.startswith("HC002") for e in _errors(checker, text.format(52)))
    # (not a count with another figure of its unit before the key in its sentence)
    assert all(
        b["total"] != ["78件"]
        for b in roles("受理案件78件，办结70件，从地域来看，甲市32件、乙市30件。", "breakdown")
    )


def test_a_key_by_a_dimension_opening_its_sentence_looks_at_the_count_before(checker) -> None:  # type: ignore[no-untyped-def]
    # (分产业看: the sectors of the 2735.07 stated the sentence before, whatever they add up to)
    text = (
        "初步核算，全年全市地区生产总值为2735.07亿元，增长3.7%。分产业看，第一产业增加值为258.11亿元，增长4.1%；"
        "第二产业增加值为{}亿元，增长4.4%；第三产业增加值为1270.90亿元，增长2.8%。"
    )
    assert not _errors(checker, text.format("1206.06"))
    assert any(e.startswith("HC002") for e in _errors(checker, text.format("1226.06")))
    # (not steps of one process after such a key: they divide nothing, least of all the 16 before them)
    assert not _errors(
        checker,
        "全省共立案公益诉讼案件14397件。上述案件中，16件被评为全国典型案例。\n分领域来看，立案生态环保领域公益诉讼案件8882件，"
        "发出检察建议7377件，起诉647件。",
    )


def test_a_part_of_a_second_dimension_named_by_a_kind_of_the_first_is_some_of_that_kind(checker) -> None:  # type: ignore[no-untyped-def]
    # (two lists of the 34, by type and by field: 市场监管领域投诉举报案件 are some of the 投诉举报类 cases)
    text = (
        "共收到行政复议案件35件，受理34件。\n案件类型情况：受理案件中投诉举报类{}件，行政处罚类15件，行政强制类1件，"
        "行政确权类2件，行政不作为2件。\n行政管理类别：受理案件以市场监管及公共资源交易监管领域为主，其中市场监管领域"
        "投诉举报案件13件，公共资源交易监管领域行政处罚案件12件。"
    )
    assert not _errors(checker, text.format(14))
    assert any(e.startswith("HC005") for e in _errors(checker, text.format(12)))
    # (a kind of the second list named as a kind again, 投诉举报类: the same kind, no qualifier in front)
    assert not roles(
        "受理34件，其中投诉举报类12件，行政处罚类22件。受理34件中，投诉举报类12件，行政处罚类22件。", "subset"
    )


def test_each_year_of_a_span_divides_its_total_past_it(checker) -> None:  # type: ignore[no-untyped-def]
    # (2007年至2011年…109件: the years divide the span's total, whether or not they add up to it)
    text = (
        "2007年至2011年，辖区法院共审结工伤认定案件235件。其中，2007年审结36件，2008年审结55件，2009年审结45件，2010年"
        "审结52件，2011年审结47件。\n我院2007年至2011年共审结工伤认定二审案件109件，其中，2007年审结18件，2008年审结26件，"
        "2009年审结18件，2010年审结26件，2011年审结{}件。"
    )
    assert not _errors(checker, text.format(21))
    assert any(e.startswith("HC002") for e in _errors(checker, text.format(24)))


def test_a_list_goes_on_in_its_run_past_parts_edited_up_to_the_total(checker) -> None:  # type: ignore[no-untyped-def]
    # (放弃申请2件: one more outcome in the run, though the parts before it reach 73 when one is edited up)
    text = "受理复议案件73件，审理结果是维持46件，驳回{}件，确认违法3件，撤销1件，中止1件，终止13件，放弃申请2件。"
    assert not _errors(checker, text.format(7))
    assert any(e.startswith("HC002") for e in _errors(checker, text.format(9)))
    # (not past a closed set, nor to a step of its own, nor to what is left after a change)
    for other in (
        "全县共有调解员120人，其中专职80人，兼职40人，女性50人。",
        "全年办理案件87件，其中新收72件，上年结转15件，审结70件。",
        "95件重点矛盾风险中，8件高风险降为中风险，77件中风险降为低风险，10件直接销号，高风险存量锐减至1件。",
    ):
        assert not _errors(checker, other)


def test_parts_whose_shares_name_the_total_stay_its_parts_past_it(checker) -> None:  # type: ignore[no-untyped-def]
    # (占受理咨询总数的…: the shares name the 5466 the parts follow, so the parts are its parts, past it too)
    text = (
        "上半年，共受理消费咨询5466件，其中属于市场监督管理部门的咨询5343件，占受理咨询总数的97.75%；"
        "非市场监督管理部门的咨询{}件，占受理总数的2.25%。"
    )
    assert not _errors(checker, text.format(123))
    assert any(e.startswith("HC002") for e in _errors(checker, text.format(153)))
    # (not shares naming another whole, unstated: 立案总数 is no 分办)
    assert not roles(
        "单办280件，分办451件。其中，政府系统办理的672件，占立案总数的92%，其他部门办理的58件，占立案总数的8%。",
        "breakdown",
    )


def test_a_bare_success_rate_counts_the_success_of_the_way_before_it(checker) -> None:  # type: ignore[no-untyped-def]
    # (成功率 after 调解…，调解成功…: the mediated ones that succeeded, of those mediated)
    text = "委托工会组织在线调解劳动人事争议案件4821件，调解成功{}件，成功率86.95%。"
    assert not _errors(checker, text.format(4192))
    assert any(e.startswith("HC009") for e in _errors(checker, text.format(4392)))
    # (but 调解结案 is some of what 结案率 counts, not its numerator)
    [r] = roles("审结100件，其中调解结案57件，结案率95%。", "rate")
    assert r.get("part") != ["57件"]


def test_a_status_and_its_negation_divide_the_count_of_the_sentence_before_past_a_share(checker) -> None:  # type: ignore[no-untyped-def]
    # (立案757件，占总数的89%；不立案…: the share of the first status stands between the two, of the 851 before)
    text = "共收到提案851件。经审查决定：立案757件，占总数的89%；不立案{}件。"
    assert not _errors(checker, text.format(94))
    assert any(e.startswith("HC002") for e in _errors(checker, text.format(49)))


def test_proposals_handled_by_one_office_or_shared_make_up_the_whole(checker) -> None:  # type: ignore[no-untyped-def]
    # (单办…，分办…: each proposal handled by one office alone or by several)
    text = "立案交办的731件提案全部办复，其中单办{}件，分办451件。"
    assert not _errors(checker, text.format(280))
    assert any(e.startswith("HC002") for e in _errors(checker, text.format(208)))


def test_a_proposal_not_filed_may_be_passed_on_as_public_opinion_or_withdrawn(checker) -> None:  # type: ignore[no-untyped-def]
    # (转为社情民意9件，撤案5件: the last two ways a proposal received goes, with 立案, 并案 and 转为意见和建议)
    [b] = [
        g
        for g in roles(
            "共收到提案239件。经审查，立案101件，立案率42.3%；并案33件，转为意见和建议91件，转为社情民意9件，撤案5件。",
            "breakdown",
        )
        if g["total"] == ["239件"]
    ]
    assert b["parts"] == ["101件", "33件", "91件", "9件", "5件"]
    text = "共收到提案239件。经审查，立案101件，立案率42.3%；并案33件，转为意见和建议{}件，转为社情民意9件，撤案5件。"
    assert not _errors(checker, text.format(91))
    assert any(e.startswith("HC002") for e in _errors(checker, text.format(19)))
    # (not a police force's cases filed and dropped: no division of what it took in)
    assert not _errors(checker, "共受理刑事案件200起。经审查，立案180起，撤案5起。")
