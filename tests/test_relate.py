"""Relations: exact triples from made-up snippets, one or more per rule."""


def test_located_in_after_a_trigger(extract):
    _, rels, _ = extract("柳州鑫达精工科技有限公司位于柳江区新兴工业园，主要生产汽车零部件。")
    assert ("鑫达精工科技", "locatedIn", "柳江新兴工业园") in rels
    assert ("鑫达精工科技", "inIndustry", "汽车零部件") in rels


def test_export_spreads_over_an_enumeration_and_coreference(extract):
    _, rels, _ = extract("柳州鑫达精工科技有限公司成立于2010年。该公司总经理李明华表示，产品已出口越南、泰国等东盟国家。")
    assert {("鑫达精工科技", "exportsTo", "越南"), ("鑫达精工科技", "exportsTo", "泰国"),
            ("鑫达精工科技", "exportsTo", "东盟")} <= rels
    assert ("李明华", "worksFor", "鑫达精工科技") in rels
    assert ("越南", "partOf", "东盟") in rels


def test_this_county_refers_to_the_county_named_last_in_the_paragraph(extract):
    _, rels, _ = extract("广西昭平县茶园面积不断扩大。昭平县人大常委会主任黄某说，品牌价值上升。"
                         "未来，该县将加强与香港有关部门合作。")
    assert ("昭平县", "cooperatesWith", "香港") in rels
    assert not any(r == "cooperatesWith" and "人大" in h for h, r, t in rels)
    # a reference states no part of a place: 该区 before a project named after its city
    _, rels, _ = extract("柳南区工业提速。2023年，该区签约柳州市鑫宏轴承搬迁项目。")
    assert ("柳南区", "partOf", "柳州") not in rels


def test_this_park_refers_to_the_park_that_opens_the_sentence_before(extract):
    # 该园 goes back to the park the paragraph speaks of, even one the story
    # does not centre on, and not to the parks it is compared with
    _, rels, _ = extract("梧州循环经济产业园毗邻西江，是继贵港产业园、玉林产业园之后的第三个园区。"
                         "目前，该园已引进华泰橡塑、东升木业等企业12家。")
    assert {("华泰橡塑", "locatedIn", "梧州循环经济产业园"), ("东升木业", "locatedIn", "梧州循环经济产业园")} <= rels
    assert not any(t in ("贵港产业园", "玉林产业园") for h, r, t in rels if r == "locatedIn" and h != t)


def test_zone_focuses_on_industries(extract):
    _, rels, facts = extract("2023年，柳州高新区聚焦智能装备、新能源汽车、生物医药等产业，实现规上工业产值1200亿元，同比增长8.5%。")
    assert {("柳州高新区", "inIndustry", "新能源汽车"), ("柳州高新区", "inIndustry", "智能装备"),
            ("柳州高新区", "inIndustry", "生物医药")} <= rels
    assert ("柳州高新区", "工业产值", "120000000000", "元", 2023) in facts
    assert ("柳州高新区", "增速", "8.5", "%", 2023) in facts


def test_cooperation_is_symmetric_and_stays_in_its_clause(extract):
    _, rels, _ = extract("本周广西柳工机械股份有限公司与越南鸿山集团签署合作协议，双方将在河内共建装配工厂。")
    assert ("柳工", "cooperatesWith", "鸿山集团") in rels
    assert not any("河内" in (h, t) for h, r, t in rels if r == "cooperatesWith")


def test_cooperation_with_a_direct_object(extract):
    _, rels, _ = extract("南宁高新区、钦州港经济技术开发区等园区积极对接粤港澳大湾区。")
    assert ("南宁高新区", "cooperatesWith", "粤港澳大湾区") in rels


def test_company_builds_a_project_in_a_zone(extract):
    _, rels, _ = extract("廣西汽車集團在柳東新區建設新能源整車基地，產品遠銷東南亞。")
    assert ("新能源整车基地", "locatedIn", "柳东新区") in rels
    assert ("广西汽车集团", "exportsTo", "东南亚") in rels


def test_project_named_after_its_company(extract):
    _, rels, _ = extract("目前，玉柴发动机智能工厂、玉柴全球研发中心等项目加快推进。")
    assert ("玉柴", "develops", "玉柴发动机智能工厂") in rels


def test_employer_title_person(extract):
    _, rels, _ = extract("柳州市人民政府副市长王海涛出席活动并讲话。")
    assert rels == {("王海涛", "worksFor", "柳州市人民政府")}


def test_pillar_industries_of_a_city(extract):
    _, rels, _ = extract("钢铁、汽车是柳州的支柱产业。")
    assert {("柳州", "inIndustry", "钢铁"), ("柳州", "inIndustry", "汽车")} <= rels


def test_investment(extract):
    _, rels, _ = extract("广西投资集团投资柳州华锐新材料公司，持股三成。")
    assert any(h == "广西投资集团" and r == "investsIn" for h, r, t in rels)


def test_investment_in_a_city_and_in_a_project(extract):
    _, rels, _ = extract("台湾鸿海集团在柳州投资设厂。")
    assert ("富士康", "investsIn", "柳州") in rels  # 鸿海集团 is a known name of 富士康
    _, rels, _ = extract("玉柴集团投资15亿元建设新能源动力系统项目。")
    assert ("玉柴", "investsIn", "新能源动力系统项目") in rels
    assert ("玉柴", "develops", "新能源动力系统项目") in rels


def test_traditional_script_relations(extract):
    _, rels, _ = extract("柳州螺螄粉企業借助中國—東盟博覽會平台，產品遠銷馬來西亞、新加坡等東盟國家。")
    assert {("柳州", "exportsTo", "马来西亚"), ("柳州", "exportsTo", "新加坡"),
            ("马来西亚", "partOf", "东盟")} <= rels
    _, rels, _ = extract("香港貿發局與柳州市人民政府簽署合作備忘錄，推動柳州企業對接粵港澳大灣區市場。")
    assert ("柳州市人民政府", "cooperatesWith", "香港贸易发展局") in rels  # the lexicon name
    assert ("柳州", "cooperatesWith", "粤港澳大湾区") in rels


def test_company_builds_in_a_city(extract):
    _, rels, _ = extract("明阳智能在柳州建设风电装备制造基地。")
    assert ("明阳智能", "develops", "风电装备制造基地") in rels
    assert ("风电装备制造基地", "locatedIn", "柳州") in rels


def test_clause_without_subject_takes_the_sentence_subject(extract):
    _, rels, _ = extract("玉柴集团董事长韦建华受访时表示，玉柴明年对东盟出口发动机有望增长三成，并已与泰国正大集团签订供货协议。")
    assert ("正大集团", "cooperatesWith", "玉柴") in rels
    assert ("玉柴", "exportsTo", "东盟") in rels
    assert ("韦建华", "worksFor", "玉柴") in rels


def test_an_unrecognised_subject_is_not_replaced(extract):
    _, rels, _ = extract("优必选表示，人形机器人与柳州这座老工业城市加速融合。")
    assert not any(r == "cooperatesWith" for _, r, _ in rels)


def test_bare_company_noun_refers_back(extract):
    _, rels, _ = extract("柳钢集团董事长韦国平表示，集团今年将加快钢铁产业节能降碳改造。")
    assert ("柳钢集团", "inIndustry", "钢铁") in rels


def test_place_before_sector(extract):
    _, rels, _ = extract("作为柳州新能源汽车产业的领头羊，五菱销量领先。")
    assert ("柳州", "inIndustry", "新能源汽车") in rels


def test_chained_titles_give_every_employer(extract):
    _, rels, _ = extract("柳州市政协副主席、北部生态新区党工委书记覃海峰表示，园区将对接大湾区。")
    assert {("覃海峰", "worksFor", "柳州市政协"), ("覃海峰", "worksFor", "北部生态新区")} <= rels
    # the official and his other employer dock with nobody; 园区 is his zone
    assert not any(r == "cooperatesWith" and {h, t} & {"覃海峰", "柳州市政协"} for h, r, t in rels)
    assert ("北部生态新区", "cooperatesWith", "粤港澳大湾区") in rels


def test_a_party_committee_employs_its_secretaries_and_members(extract):
    # a province's, a city's, a zone's and a town's committee alike
    _, rels, _ = extract("柳州市委常委、北部生态新区党工委书记覃海峰表示，园区将对接大湾区。")
    assert {("覃海峰", "worksFor", "北部生态新区"), ("覃海峰", "worksFor", "中共柳州市委")} <= rels
    _, rels, _ = extract("广西壮族自治区党委书记刘明华会见代表团；土桥镇党委书记韦明表示欢迎。")
    assert {("韦明", "worksFor", "土桥镇党委"), ("刘明华", "worksFor", "广西壮族自治区党委")} <= rels


def test_place_of_a_partner_is_no_partner(extract):
    _, rels, _ = extract("柳工与广东中山的粤明风电科技有限公司签署合作协议。")
    assert ("柳工", "cooperatesWith", "粤明风电科技") in rels or ("粤明风电科技", "cooperatesWith", "柳工") in rels
    assert not any(r == "cooperatesWith" and "中山" in (h, t) for h, r, t in rels)


def test_joint_investors_and_money_for_a_project_of_the_next_clause(extract):
    _, rels, _ = extract("华鑫风电科技股份有限公司与柳州城投有限公司共同出资组建桂华装备有限公司。")
    assert {("华鑫风电科技", "investsIn", "桂华装备"), ("柳州城投", "investsIn", "桂华装备")} <= rels  # 柳州城投 is a lexicon company
    _, rels, _ = extract("鸿远动力控股拟投资35亿元，在柳州高新区建设鸿远动力总成产业基地。")
    assert ("鸿远动力", "investsIn", "鸿远动力总成产业基地") in rels
    assert ("鸿远动力总成产业基地", "locatedIn", "柳州高新区") in rels


def test_the_company_refers_to_the_previous_sentence_subject(extract):
    _, rels, _ = extract("鸿林风能装备有限公司由华鑫风电科技股份有限公司投资设立。该公司总经理覃立平表示，产品将出口越南。")
    assert ("覃立平", "worksFor", "鸿林风能装备") in rels


def test_a_railway_freight_centre_is_a_body_its_staff_work_for(extract):
    m, rels, _ = extract("桂林货运中心调度科科长周明说，今年发送货物增长两成。")
    assert ("周明", "worksFor", "桂林货运中心") in rels
    assert ("桂林货运中心", "Organization") in m


def test_managing_director_title(extract):
    _, rels, _ = extract("恆昌汽車配件有限公司投產。恆昌董事總經理何志明說，訂單飽滿。")
    assert ("何志明", "worksFor", "恒昌汽车配件") in rels


def test_firm_from_a_place_but_not_a_place_in_its_name(extract):
    _, rels, _ = extract("柳州高新区今年引进项目30个。来自东莞的华科电子与台中永锋液压工业股份有限公司同日签约落户柳州高新区。")
    assert ("华科电子", "locatedIn", "东莞") in rels
    # 台中 is part of the firm's own name (an alias), not a statement of where it is
    assert not any(h.startswith("永锋液压") and t == "台中" for h, r, t in rels)
    assert ("永锋液压工业", "locatedIn", "柳州高新区") in rels
    # the story's most named city, written before 的 and a firm, is where that firm is from
    _, rels, _ = extract("来自佛山的华宏精工有限公司落户柳东。佛山企业看好这里的配套。")
    assert ("华宏精工", "locatedIn", "佛山") in rels


def test_a_product_shipped_abroad_is_exported_by_its_maker(extract):
    _, rels, _ = extract("30台柳工856H轮式装载机在钦州港装船，发往越南和印度尼西亚。")
    assert {("柳工", "exportsTo", "印度尼西亚"), ("柳工", "exportsTo", "越南")} <= rels
    assert not any(r == "exportsTo" and h == "广西" for h, r, t in rels)


def test_goods_made_in_a_place_and_shipped_abroad_are_its_exports(extract):
    _, rels, _ = extract("滚装船载着一批玉林生产的柴油机缓缓驶离码头，驶向泰国。")
    assert ("玉林", "exportsTo", "泰国") in rels
    _, rels, _ = extract("集装箱船装载着梧州产的人造宝石，向新加坡、印度尼西亚雅加达港进发。")
    assert {("梧州", "exportsTo", "新加坡"), ("梧州", "exportsTo", "印度尼西亚")} <= rels
    # a ship sailing says nothing of whose goods it carries
    _, rels, _ = extract("千年以前，商船从北海出发，驶向东南亚。")
    assert not any(r == "exportsTo" for _, r, _ in rels)


def test_exporter_is_not_the_platform_or_the_customer(extract):
    _, rels, _ = extract("柳味源公司通过Shopee、Lazada等平台，产品销往马来西亚、美国。")
    assert ("柳味源", "exportsTo", "马来西亚") in rels
    assert not any(r == "exportsTo" and h in ("Shopee", "Lazada") for h, r, t in rels)
    _, rels, _ = extract("鸿林风能装备有限公司投产。产品将首先供给华润电力在广西的风电场，随后出口越南。")
    assert not any(r == "exportsTo" and h in ("华润电力", "广西") for h, r, t in rels)


def test_a_reporting_clause_is_not_the_topic(extract):
    _, rels, _ = extract("柳州高新区今年建成项目多个。市科技局相关负责人介绍，柳州高新区已建成鸿翔新材料中试基地。")
    assert ("柳州高新区", "develops", "鸿翔新材料中试基地") in rels


def test_a_place_in_brackets_after_a_project_is_its_site(extract):
    # X项目（县）: the county the signed project is built in; a province in brackets qualifies a name
    _, rels, _ = extract("现场签约项目包括：龙腾轮胎厂项目（鹿寨），桂中冷链物流园项目(融安县)，华南汽配城项目（广西）。")
    located = {(h, t) for h, r, t in rels if r == "locatedIn"}
    assert located == {("龙腾轮胎厂项目", "鹿寨县"), ("桂中冷链物流园项目", "融安县")}


def test_a_district_short_name_in_brackets_is_a_signed_projects_site(extract):
    # X项目（秀峰）: the district's short name is a place, not the project's abbreviation;
    # a project of plain words listed with its county is a named one
    ments, rels, _ = extract("南宁签约项目有：江湾文旅中心项目（青秀），秸秆综合利用发电项目（宾阳）。")
    assert {("青秀", "Region"), ("秸秆综合利用发电项目", "Project")} <= ments
    located = {(h, t) for h, r, t in rels if r == "locatedIn"}
    assert located == {("江湾文旅中心项目", "青秀区"), ("秸秆综合利用发电项目", "宾阳县")}


def test_the_station_refers_to_the_power_station_named_before(extract):
    # 该电站 points back to the station; a kind of station (光伏电站) points to none
    _, rels, _ = extract("乐滩水电站扩建完成。该电站位于大化瑶族自治县境内。")
    assert ("乐滩水电站", "locatedIn", "大化瑶族自治县") in rels
    _, rels, _ = extract("乐滩水电站扩建完成。该县还建设了多座光伏电站，位于都安瑶族自治县。")
    assert not any(h == "乐滩水电站" and r == "locatedIn" for h, r, _ in rels)


def test_a_bare_concentration_zone_refers_to_the_one_named_before(extract):
    # 工业集中区 alone, after the story named its zone: that zone (words.json coref)
    _, rels, _ = extract("沙塘工业集中区今年新引进企业6家。其中，广西鑫达电子有限公司在工业集中区投资建设了晨光电子元件生产项目。")
    assert ("晨光电子元件生产项目", "locatedIn", "沙塘工业集中区") in rels


def test_the_city_opening_an_earlier_clause_signs_after_a_date(extract):
    # 我市引进A，2024年3月又与B签署…: the city goes on as the subject, a date names none
    _, rels, _ = extract("贺州招商成果丰硕。去年以来,我市引进了桂东电子有限公司,2024年3月又与广东华兴玻璃集团签署合作框架协议。")
    coop = {frozenset((h, t)) for h, r, t in rels if r == "cooperatesWith"}
    assert coop == {frozenset(("华兴玻璃集团", "贺州"))}


def test_a_firm_with_a_site_of_its_own_abroad_is_located_there(extract):
    # 在越南设有子公司, 在泰国、马来西亚等地布局工厂: the firm is there; 在东盟拥有…: a market, no site
    _, rels, _ = extract("玉柴在越南设有子公司。柳工已在泰国、马来西亚等地布局组装工厂。东风柳汽在东盟拥有广泛的经销网络。")
    located = {(h, t) for h, r, t in rels if r == "locatedIn"}
    assert located == {("玉柴", "越南"), ("柳工", "泰国"), ("柳工", "马来西亚")}


def test_opening_works_in_a_place_locates_the_firm(extract):
    # 在P开设厂区, 在P设厂: a site of the firm's own
    _, rels, _ = extract("恒瑞鞋业有限公司已在北流市开设3个厂区。去年，金桂食品有限公司在崇左设厂。")
    assert {("恒瑞鞋业", "locatedIn", "北流市"), ("金桂食品", "locatedIn", "崇左")} <= rels


def test_bodies_listed_before_lianhe_act_together(extract):
    # A、B、C联合印发…: every pair of them; A、B联合主办…: hosts of an event, no partners
    _, rels, _ = extract("市商务局、市工信局、市科技局联合印发《扶持办法》。市农业局、市文旅局联合主办美食节。")
    coop = {frozenset((h, t)) for h, r, t in rels if r == "cooperatesWith"}
    assert coop == {frozenset(("市商务局", "市工信局")), frozenset(("市商务局", "市科技局")),
                    frozenset(("市工信局", "市科技局"))}


def test_selling_to_provinces_at_home_is_counted_but_not_to_the_home_country(extract):
    # 销往/畅销 a province: the annotation counts it; 在中国市场热销: no export; 出口 says abroad
    _, rels, _ = extract("桂柳重卡有限公司的产品约三成销往云南、贵州等省份。融安金桔畅销广东、湖南等地。"
                         "宝骏新车在中国市场热销。")
    exports = {(h, t) for h, r, t in rels if r == "exportsTo"}
    assert exports == {("桂柳重卡", "云南"), ("桂柳重卡", "贵州"), ("融安县", "广东"), ("融安县", "湖南")}


def test_firms_a_place_relies_on_or_a_landmark_build_nothing(extract):
    _, rels, _ = extract("梧州市依托鑫源铜业有限公司、宏达精工有限公司等龙头企业，精准招商，促成瑞丰铜箔生产基地项目签约落地。")
    assert not any(r == "develops" and h in ("鑫源铜业", "宏达精工") for h, r, t in rels)
    ments, rels, _ = extract("距离宏达精工有限公司不远处，瑞丰铜箔生产基地项目建设如火如荼。")
    assert ("宏达精工有限公司", "Company") in ments  # (距离 is no part of the name)
    assert not any(r == "develops" for h, r, t in rels)
    # a firm that is the clause's own subject still builds
    _, rels, _ = extract("宏达精工有限公司加快推进瑞丰铜箔生产基地项目建设。")
    assert ("宏达精工", "develops", "瑞丰铜箔生产基地项目") in rels


def test_firms_taking_a_stake_own_part_of_the_unit_this_company_refers_to(extract):
    _, rels, _ = extract("鸿基投资集团有限公司旗下广西瑞丰海上风电有限公司在钦州揭牌。该公司是海上风电项目的建设单位，"
                         "由鸿基投资集团有限公司控股，华星电力、宏远能源等多家央企以及海川重工、远航电气等行业龙头企业参股。")
    investors = {h for h, r, t in rels if r == "investsIn" and t == "瑞丰海上风电"}
    assert investors == {"鸿基投资", "华星电力", "宏远能源", "海川重工", "远航电气"}
    assert not any(r == "investsIn" and t == "鸿基投资" for h, r, t in rels)


def test_the_news_source_builds_nothing(extract):
    # 记者从X获悉: where the reporter learnt it; the firm is no builder (but it is when it acts)
    _, rels, _ = extract("记者从桂港物流有限公司获悉，钦州港东站扩建工程于本月开工。")
    assert not any(r == "develops" for h, r, t in rels)
    _, rels, _ = extract("桂港物流有限公司表示，钦州港东站扩建工程于本月开工。")
    assert ("桂港物流", "develops", "钦州港东站") in rels


def test_an_exchange_is_an_organisation_not_a_project(extract):
    ments, rels, _ = extract("升禾环保的许可项目在广西知识产权交易中心完成交易。")
    assert ("广西知识产权交易中心", "Organization") in ments
    assert not any(r == "develops" and t == "广西知识产权交易中心" for h, r, t in rels)


def test_the_city_pillar_sectors_are_not_its_firms_sectors(extract):
    _, rels, _ = extract("工程机械、汽车是柳州的支柱产业，这几年，园区主动对接柳工“三全”规划。")
    assert not any(h == "柳工" and r == "inIndustry" and t == "汽车" for h, r, t in rels)


def test_firms_with_a_sector_of_their_own_take_none_of_the_sectors_opening_the_sentence(extract):
    _, rels, _ = extract("制糖、造纸、建材三大产业加快转型，鸿桂糖业、华泰纸业等骨干制糖企业扩产。")
    firm_sectors = {(h, t) for h, r, t in rels if r == "inIndustry" and h in ("鸿桂糖业", "华泰纸业")}
    assert ("鸿桂糖业", "造纸") not in firm_sectors and ("华泰纸业", "建材") not in firm_sectors
    # with no sector of their own in their clause, the opening sectors are theirs
    _, rels, _ = extract("风电等新能源产业“串珠成链”，嘉泰风能、远航电气等企业相继落户。")
    assert ("嘉泰风能", "inIndustry", "风电") in rels


def test_a_sector_word_qualifying_a_product_is_no_sector(extract):
    ments, _, _ = extract("鸿翔智能科技主要生产智慧物流机器人和康养机器人。")
    assert ("智慧物流", "Industry") not in ments


def test_the_firm_founded_earlier_in_the_sentence_makes_the_sector(extract):
    _, rels, _ = extract("台商投资5亿元在柳州设立鼎丰精密科技有限公司，主要生产汽车电子零组件。")
    assert ("鼎丰精密科技", "inIndustry", "汽车电子") in rels


def test_a_zone_that_reports_stays_the_topic(extract):
    _, rels, _ = extract("柳州高新区管委会主任介绍，鸿翔科技、立恒电子等企业已落户。柳州高新区今年签约项目多个，柳州高新区发展迅速。")
    assert ("鸿翔科技", "locatedIn", "柳州高新区") in rels


def test_a_place_does_not_cooperate_with_its_own_body(extract):
    _, rels, _ = extract("香港贸发局与柳工签署合作协议，香港与柳州合作前景广阔。")
    assert not any(r == "cooperatesWith" and {h, t} == {"香港", "香港贸易发展局"} for h, r, t in rels)


def test_the_first_or_only_one_of_a_place_is_in_it(extract):
    _, rels, _ = extract("鸿翔职业学院获教育部批准，成为广西第一所在泰国办学的高职院校。")
    assert ("鸿翔职业学院", "locatedIn", "广西") in rels
    assert not any(h == "教育部" and r == "locatedIn" for h, r, t in rels)


def test_acquisitions_are_investments_in_the_firm_not_its_country(extract):
    _, rels, _ = extract("柳工收购波兰HSW公司工程机械事业部。")
    assert ("柳工", "investsIn", "HSW") in rels
    _, rels, _ = extract("吉利集团斥资收购马来西亚宝腾汽车49.9%股份。")
    assert not any(r == "investsIn" and t == "马来西亚" for h, r, t in rels)


def test_a_counted_list_of_sectors_belongs_to_the_zone_it_is_credited_to(extract):
    text = ("阳和工业新区今年引进企业15家。阳和工业新区产值稳步增长，阳和工业新区还新建了标准厂房。"
            "风电装备、新材料两大产业贡献了新区过半的工业产值。")
    _, rels, _ = extract(text)
    assert {("北部生态新区", "inIndustry", "风电装备"), ("北部生态新区", "inIndustry", "新材料")} <= rels
    # a firm in the sentence may own the sectors instead: the zone gets none
    _, rels, _ = extract(text.replace("风电装备、新材料两大产业贡献了", "鸿翔科技的风电装备、新材料两大产业贡献了"))
    assert ("北部生态新区", "inIndustry", "新材料") not in rels


def test_a_project_started_in_a_place_is_there_and_the_place_does_not_build_it(extract):
    _, rels, _ = extract("3月8日，鸿翔电子柳州智能制造基地项目在柳州市鱼峰区开工建设，项目总投资12亿元。")
    assert ("鸿翔电子柳州智能制造基地项目", "locatedIn", "鱼峰区") in rels
    assert ("鸿翔电子", "develops", "鸿翔电子柳州智能制造基地项目") in rels
    assert not any(r == "develops" and h in ("鱼峰区", "柳州") for h, r, t in rels)


def test_what_is_set_up_in_a_zone_is_in_it(extract):
    _, rels, _ = extract("其中，鸿翔电子集团于柳州高新区设立的鸿翔柳州工厂，主要生产汽车电子。")
    assert ("鸿翔柳州工厂", "locatedIn", "柳州高新区") in rels
    assert not any(r == "develops" and h == "柳州高新区" for h, r, t in rels)


def test_a_place_that_qualifies_a_partner_is_no_partner(extract):
    _, rels, _ = extract("签约仪式上，鸿翔科技有限公司与越南企业南方机电集团签署战略合作协议。")
    assert ("南方机电集团", "cooperatesWith", "鸿翔科技") in rels
    assert not any(r == "cooperatesWith" and "越南" in (h, t) for h, r, t in rels)
    _, rels, _ = extract("柳州市商务局将与深圳、东莞的跨境电商服务商对接。")
    assert not any(r == "cooperatesWith" for h, r, t in rels)  # the partner is unnamed
    _, rels, _ = extract("柳州市商务局将加强与东盟的合作。")
    assert ("东盟", "cooperatesWith", "柳州市商务局") in rels


def test_partners_listed_in_clauses_all_work_with_the_first_subject(extract):
    _, rels, _ = extract("鸿翔科技有限公司当天签署三项协议：与立恒电子有限公司签订供货协议；"
                         "与南方动力有限公司签署合作协议，与宏达重工有限公司战略合作签约。")
    assert {("南方动力", "cooperatesWith", "鸿翔科技"), ("宏达重工", "cooperatesWith", "鸿翔科技")} <= rels
    assert not any(r == "cooperatesWith" and {h, t} == {"南方动力", "宏达重工"} for h, r, t in rels)


def test_a_clause_after_a_semicolon_keeps_its_topic(extract):
    _, rels, _ = extract("柳州引进鸿翔科技有限公司、立恒电子有限公司等一批零部件企业；"
                         "引进南方动力有限公司、宏达重工有限公司等行业龙头企业。")
    assert {("南方动力", "locatedIn", "柳州"), ("宏达重工", "locatedIn", "柳州"),
            ("鸿翔科技", "locatedIn", "柳州")} <= rels


def test_relations_keep_the_types_annotation_allows():
    from kg.model import Mention
    from kg.relate import _Doc
    from kg.resources import load_resources

    ms = [Mention("d", 0, 2, "风电", "Industry", "lexicon", key="风电"),
          Mention("d", 5, 11, "白云岭风电场", "Project", "suffix", key="白云岭风电场"),
          Mention("d", 12, 14, "柳州", "Region", "lexicon", key="柳州")]
    d = _Doc("d", "风电公司建设白云岭风电场，柳州", [], ms, load_resources())
    assert not d._fits("风电", "develops", "白云岭风电场")  # an industry builds nothing
    assert d._fits("白云岭风电场", "locatedIn", "柳州")
    assert not d._fits("柳州", "locatedIn", "白云岭风电场")


def test_a_sentence_of_sectors_that_names_no_zone_gives_the_story_zone_none(extract):
    # neither sectors acting themselves nor their firms gathering somewhere
    # unnamed are the story's zone's sectors
    text = "柳州高新区加快发展。柳州高新区引进企业。柳州高新区新增项目。{}"
    _, rels, _ = extract(text.format("当前，5G等新一代信息技术、新材料正推动汽车产品形态发生深度变革。"))
    assert not any(r == "inIndustry" and h == "柳州高新区" for h, r, t in rels)
    _, rels, _ = extract(text.format("新材料、新能源产业链企业加快集聚。"))
    assert not any(r == "inIndustry" and h == "柳州高新区" for h, r, t in rels)
    # a sentence that names the zone still gives it its sectors
    _, rels, _ = extract(text.format("柳州高新区重点发展新材料、新能源产业。"))
    assert ("柳州高新区", "inIndustry", "新材料") in rels


def test_a_parent_invests_in_the_subsidiary_it_set_up(extract):
    _, rels, _ = extract("柳州华光电子有限公司是广西汽车集团在柳东投资设立的全资子公司。")
    assert ("广西汽车集团", "investsIn", "华光电子") in rels
    # a subsidiary of someone else, named after the second firm, is no holding of it
    _, rels, _ = extract("柳州华光电子有限公司是广西汽车集团的供应商，也是玉柴设立的子公司的客户。")
    assert not any(r == "investsIn" for _, r, _ in rels)


def test_shareholders_invest_in_the_firm_they_hold(extract):
    _, rels, _ = extract("鸿翔汽车有限公司成立于2003年，是一家三方合资公司。其中，东风汽车占40%的股份，立恒电子有限公司占35%的股份，"
                         "柳州城建控股公司占25%的股份。")
    assert {("东风汽车", "investsIn", "鸿翔汽车"), ("立恒电子", "investsIn", "鸿翔汽车"),
            ("柳州城建控股", "investsIn", "鸿翔汽车")} <= rels
    _, rels, _ = extract("鸿翔印尼公司由南方动力有限公司持有约60%股份及由宏达重工有限公司持有约40%股份。")
    assert {("南方动力", "investsIn", "鸿翔印尼"), ("宏达重工", "investsIn", "鸿翔印尼")} <= rels


def test_a_place_builds_only_as_the_subject_of_a_build_verb(extract):
    _, rels, _ = extract("自治区有关负责人表示，广西将以鸿翔钢铁基地等重点项目为支撑，推动钢铁产业向沿海布局。")
    assert not any(r == "develops" and h == "广西" for h, r, t in rels)
    _, rels, _ = extract("今年以来，柳州加快建设鸿翔新能源汽车产业基地。")
    assert ("柳州", "develops", "鸿翔新能源汽车产业基地") in rels
    # 加快X项目建设: the works named after the project, the place pushing them on
    _, rels, _ = extract("梧州市将加快岑溪花岗岩产业园项目建设。")
    assert ("梧州", "develops", "岑溪花岗岩产业园项目") in rels
    _, rels, _ = extract("梧州市将以岑溪花岗岩产业园项目为依托，扩大石材出口。")
    assert not any(r == "develops" for _, r, _ in rels)


def test_a_clause_that_names_its_own_place_puts_its_firms_there(extract):
    _, rels, _ = extract("鸿翔工业园位于鱼峰区，而鱼峰区聚集了立恒电子有限公司、南方动力有限公司等企业。")
    assert {("立恒电子", "locatedIn", "鱼峰区"), ("南方动力", "locatedIn", "鱼峰区")} <= rels
    assert not any(r == "locatedIn" and t == "鸿翔工业园" for h, r, t in rels)


def test_a_story_without_a_chinese_city_has_no_foreign_city_and_firms_keep_their_country(extract):
    _, rels, _ = extract("鸿翔汽车电子有限公司是由汽车零部件制造商德国博世和立恒电子有限公司合资的企业。")
    assert ("博世", "locatedIn", "德国") in rels
    _, rels, _ = extract("签约仪式上，鸿翔公司与波兰工业发展局签署协议，波兰政府表示支持。")
    assert not any(r == "locatedIn" and h in ("波兰工业发展局", "波兰政府") for h, r, t in rels)


def test_founders_invest_in_their_firm_and_a_works_name_ends_at_a_legal_suffix(extract):
    _, rels, _ = extract("鸿翔电子有限公司成立于2001年，由南方动力有限公司、宏达重工有限公司等5家企业共同出资组建。")
    assert {("南方动力", "investsIn", "鸿翔电子"), ("宏达重工", "investsIn", "鸿翔电子")} <= rels
    ents, rels, _ = extract("柳东新区与立恒电子有限公司柳州新厂项目正式签约。")
    assert ("立恒电子有限公司", "Company") in ents and ("柳州新厂项目", "Project") in ents


def test_fields_of_cooperation_are_no_industries_of_the_place(extract):
    _, rels, _ = extract("近年来，广西务实推动桂港在教育、旅游、检验检测、物流等领域交流合作。")
    assert not any(r == "inIndustry" for h, r, t in rels)
    ents, _, _ = extract("柳工确定了以主机制造业务为核心的发展战略。")
    assert not any(t == "Industry" for n, t in ents)  # 制造|业务 is no 制造业


def test_car_makers_listed_before_zhengche_are_in_the_car_industry(extract):
    _, rels, _ = extract("目前该市拥有鸿翔汽车有限公司、立恒汽车有限公司等多家整车生产企业。")
    assert {("鸿翔汽车", "inIndustry", "汽车"), ("立恒汽车", "inIndustry", "汽车")} <= rels


def test_a_clause_goes_on_with_the_place_that_opened_the_clause_before(extract):
    _, rels, _ = extract("鸿翔工业园二期项目进展顺利，柳州成功引进立恒电子有限公司等一批项目落地建设，"
                         "推动南方动力有限公司、宏达重工有限公司等一批项目竣工投产。")
    assert {("南方动力", "locatedIn", "柳州"), ("宏达重工", "locatedIn", "柳州"),
            ("立恒电子", "locatedIn", "柳州")} <= rels


def test_based_in_and_born_in_a_city(extract):
    _, rels, _ = extract("鸿翔重工集团亦立足柳州布局东盟市场。")
    assert ("鸿翔重工集团", "locatedIn", "柳州") in rels
    _, rels, _ = extract("柳州工业基础雄厚，已经诞生了南方动力有限公司、宏达重工有限公司等龙头企业。")
    assert {("南方动力", "locatedIn", "柳州"), ("宏达重工", "locatedIn", "柳州")} <= rels


def test_joint_ventures_and_witnessing_officials(extract):
    _, rels, _ = extract("10月20日，鸿翔重工集团与康明斯公司正式签署合资合同，双方合资成立广西鸿康动力有限公司。")
    assert {("鸿翔重工集团", "investsIn", "鸿康动力"), ("康明斯", "investsIn", "鸿康动力")} <= rels
    assert ("康明斯", "cooperatesWith", "鸿翔重工集团") in rels  # 康明斯 is not 广西康明斯
    _, rels, _ = extract("上海市市长王建国与泰国工业部部长李明共同见证了项目签约。")
    assert not any(r == "cooperatesWith" for h, r, t in rels)


def test_a_place_joined_to_a_name_by_a_dash_builds_nothing(extract):
    _, rels, _ = extract("柳州高新区加速推进与鸿翔研究所合作共建“柳东新区—鸿翔所技术成果转化中心”项目建设。"
                         "柳州高新区引进企业12家。柳州高新区产值增长。")
    assert not any(r == "develops" and h == "柳东新区" for h, r, t in rels)


def test_the_group_that_owns_a_partner_is_no_partner(extract):
    _, rels, _ = extract("今年5月，鸿翔重工集团与上海电气集团旗下的南方机电股份有限公司签署战略合作协议。")
    assert ("南方机电", "cooperatesWith", "鸿翔重工集团") in rels
    assert not any(r == "cooperatesWith" and "上海电气" in (h, t) for h, r, t in rels)


def test_firms_listed_before_a_sector_and_its_leaders_are_in_the_sector(extract):
    ments, rels, _ = extract("目前，全市已形成以远景储能科技有限公司、柳州明德新能源有限公司等电芯龙头企业为引领的产业链。")
    assert ("远景储能科技有限公司", "Company") in ments  # 以 frames the list, it is no part of the name
    assert ("明德新能源", "inIndustry", "电芯") in rels
    assert ("远景储能科技", "inIndustry", "电芯") in rels


def test_the_vanguard_of_a_sector_is_in_it(extract):
    _, rels, _ = extract("拥有六十年历史的柳工，是中國工程機械的排頭兵。")
    assert ("柳工", "inIndustry", "工程机械") in rels


def test_biggest_partner_outside_a_place_is_not_in_it(extract):
    _, rels, _ = extract("恒远动力集团将湖北列为广西以外最大的投资目的地。")
    assert not any(r == "locatedIn" for _, r, _ in rels)


def test_the_exporting_countries_of_an_import_sell_to_the_importer(extract):
    _, rels, _ = extract("梧州市今年从东盟进口的木材增长三成，主要出口国为缅甸、老挝和柬埔寨。")
    assert {("缅甸", "exportsTo", "梧州"), ("老挝", "exportsTo", "梧州"), ("柬埔寨", "exportsTo", "梧州")} <= rels
    assert not any(r == "exportsTo" and h == "梧州" for h, r, t in rels)
    _, rels, _ = extract("我国从南美进口的大豆中，主要出口国家是巴西、阿根廷。")
    assert {("巴西", "exportsTo", "中国"), ("阿根廷", "exportsTo", "中国")} <= rels
    # without an import, 出口国家 are the markets a firm sells to
    _, rels, _ = extract("瑞祥机械产品出口国家包括越南、泰国。")
    assert not any(r == "exportsTo" and t == "中国" for h, r, t in rels)


def test_markets_listed_after_an_export_are_the_exporters(extract):
    _, rels, _ = extract("去年梧州陶瓷出口增长两成，越南、泰国和中东是主要市场。")
    assert {("梧州", "exportsTo", "越南"), ("梧州", "exportsTo", "泰国"), ("梧州", "exportsTo", "中东")} <= rels
    # without an export in the sentence, a market names no seller
    _, rels, _ = extract("梧州是广西的东大门，越南是重要市场。")
    assert not any(r == "exportsTo" for h, r, t in rels)


def test_domestic_destinations_are_no_exports(extract):
    _, rels, _ = extract("柳工首批装载机发往越南、泰国及中国部分地区，以及新疆、四川等国内工地。")
    exports = {(h, t) for h, r, t in rels if r == "exportsTo"}
    assert exports == {("柳工", "越南"), ("柳工", "泰国")}


def test_hong_kong_is_an_export_market(extract):
    _, rels, _ = extract("柳州螺蛳粉企业今年出口香港和澳门的订单大增。")
    assert ("柳州", "exportsTo", "香港") in rels


def test_venue_and_hosts_are_no_partners(extract):
    _, rels, _ = extract("东风汽车集团有限公司与自治区政府在南宁签署战略合作框架协议。"
                         "由市商务局、市工信局和建设银行柳州分行主办的政银企对接会在柳州举行。")
    coop = {frozenset((h, t)) for h, r, t in rels if r == "cooperatesWith"}
    assert not any("南宁" in p for p in coop)
    assert not any("建设银行" in p for p in coop)


def test_partners_follow_a_direct_verb_closely(extract):
    _, rels, _ = extract("自治区政府与东风公司签署协议，双方将携手将东风柳汽打造为中国南方重要的商用车基地。")
    coop = {frozenset((h, t)) for h, r, t in rels if r == "cooperatesWith"}
    assert not any("中国" in p or "东风柳汽" in p for p in coop)


def test_a_groundbreaking_builds_the_firms_named_works(extract):
    _, rels, _ = extract("恒达陶瓷有限公司成立于2003年。上月，恒达陶瓷岑溪生产基地正式奠基。")
    assert ("恒达陶瓷", "develops", "恒达陶瓷岑溪生产基地") in rels


def test_a_unit_said_to_be_its_parents_makes_what_the_sentence_names(extract):
    ments, rels, _ = extract("桂岭重工有限公司是中国重汽在广西的子公司，主要生产豪沃T7H、豪沃TX系列重卡。")
    assert {("桂岭重工", "produces", "豪沃T7H"), ("桂岭重工", "produces", "豪沃TX")} <= rels
    assert ("中国重汽", "produces", "豪沃T7H") not in rels


def test_a_firm_bought_abroad_named_in_latin_letters(extract):
    ments, rels, _ = extract("玉柴股份去年收购德国MTX，进军欧洲市场。")
    assert ("MTX", "Company") in ments
    assert ("玉柴股份", "investsIn", "MTX") in rels
    assert ("玉柴股份", "investsIn", "德国") not in rels


def test_a_firm_buys_every_firm_of_a_list(extract):
    ments, rels, _ = extract("2015年，玉柴收购上海叉车和上海宏达利重工。")
    assert {("上海叉车", "Company"), ("上海宏达利重工", "Company")} <= ments
    assert ("玉柴", "investsIn", "上海叉车") in rels  # 叉车 alone names no firm: the key keeps its city
    assert ("玉柴", "investsIn", "宏达利重工") in rels


def test_a_kind_of_firm_bought_is_no_name(extract):
    ments, _, _ = extract("该集团收购上海企业和部分股权。")
    assert not any(ty == "Company" for _, ty in ments)


def test_markets_opened_and_models_launched_abroad_are_exports(extract):
    _, rels, _ = extract("上汽通用五菱推出五菱星光。上汽通用五菱已打开中东、中南美洲等40个国家的市场；"
                         "五菱星光在越南、缅甸上市。")
    exports = {t for h, r, t in rels if r == "exportsTo" and h == "上汽通用五菱"}
    assert {"中南美洲", "中东", "越南", "缅甸"} <= exports


def test_a_city_the_goods_pass_through_is_no_exporter(extract):
    _, rels, _ = extract("货物在南宁集结后，经过重庆或成都发往歐洲各國。")
    assert not any(r == "exportsTo" and h in ("重庆", "成都") for h, r, _ in rels)
    _, rels, _ = extract("一列汽车专列从柳州铁路港驶出，再经海运发往泰国。")
    assert ("柳州", "exportsTo", "泰国") in rels


def test_a_place_and_its_province_in_different_sentences_state_no_containment(extract):
    _, rels, _ = extract("柳州汽车产量再创新高。今年以来，广西外贸持续增长。")
    assert not any(r == "partOf" for _, r, _ in rels)
    _, rels, _ = extract("广西柳州汽车产量再创新高。")
    assert ("柳州", "partOf", "广西") in rels


def test_a_project_is_in_the_sector_it_is_named_after_when_the_sentence_speaks_of_it(extract):
    _, rels, _ = extract("在新能源产业方面，园区已建成宏驰新能源汽车生产基地。")
    assert ("宏驰新能源汽车生产基地", "inIndustry", "新能源") in rels
    _, rels, _ = extract("满载设备的班列从柳州南物流中心驶出。")
    assert not any(r == "inIndustry" for _, r, _ in rels)


def test_a_project_built_by_a_named_firm(extract):
    _, rels, _ = extract("桂北储能电池项目由全球储能领军企业华远储能科技有限公司投资建设，规划占地300亩。")
    assert ("华远储能科技", "develops", "桂北储能电池项目") in rels
    assert ("华远储能科技", "investsIn", "桂北储能电池项目") in rels
    _, rels, _ = extract("桂中冷链物流中心项目由柳州鸿翔物流集团承建。")
    assert ("鸿翔物流集团", "develops", "桂中冷链物流中心项目") in rels
    assert not any(r == "investsIn" for _, r, _ in rels)


def test_a_place_goes_on_to_build_in_a_clause_without_subject(extract):
    _, rels, _ = extract("在用水紧张时，广西参与“保供水”计划，并建设西津水利枢纽工程。")
    assert ("广西", "develops", "西津水利枢纽工程") in rels
    _, rels, _ = extract("柳州积极招商，鸿翔集团建设柳南物流中心项目。")
    assert not any(h == "柳州" and r == "develops" for h, r, _ in rels)


def test_a_place_before_a_kind_of_body_is_no_partner(extract):
    _, rels, _ = extract("柳州职业技术学院与基辅国立大学等两所乌克兰知名高校达成合作意向。")
    coop = {frozenset((h, t)) for h, r, t in rels if r == "cooperatesWith"}
    assert coop == {frozenset(("柳州职业技术学院", "基辅国立大学"))}


def test_a_stock_listing_and_an_opened_door_are_no_exports(extract):
    _, rels, _ = extract("柳工推出856H装载机。柳工在香港上市，募资50亿元；柳州打开局面，东盟客商纷纷来访。")
    assert not any(r == "exportsTo" for _, r, _ in rels)


def test_two_hosts_of_their_own_event_cooperate(extract):
    _, rels, _ = extract("柳州与东盟举办经贸对接会。")
    assert ("东盟", "cooperatesWith", "柳州") in rels


def test_a_group_owns_the_firm_that_is_in_a_place(extract):
    _, rels, _ = extract("华东船舶集团旗下鸿翔海上风电装备有限公司在钦州投产。")
    located = {h for h, r, t in rels if r == "locatedIn" and t == "钦州"}
    assert located == {"鸿翔海上风电装备"}


def test_every_firm_of_a_list_settles_where_the_list_does(extract):
    _, rels, _ = extract("富士康、光宝、台泥、旺旺、康师傅等一批大企业进驻广西。")
    located = {h for h, r, t in rels if r == "locatedIn" and t == "广西"}
    assert {"富士康", "光宝", "台泥", "旺旺", "康师傅"} <= located
    assert not any(r == "investsIn" for _, r, _ in rels)


def test_firms_listed_before_big_firms_and_big_groups_settle_where_they_go(extract):
    _, rels, _ = extract("近年来，宏达电子、金象客车、华联超市等一批大企业大集团相继进驻柳州。")
    assert {("宏达电子", "locatedIn", "柳州"), ("金象客车", "locatedIn", "柳州"),
            ("华联超市", "locatedIn", "柳州")} <= rels


def test_a_place_that_opens_the_sentence_holds_what_a_later_clause_lists(extract):
    _, rels, _ = extract("梧州是有名的陶瓷之乡，聚集着鸿达陶瓷、华美建材等知名企业。")
    assert {("鸿达陶瓷", "locatedIn", "梧州"), ("华美建材", "locatedIn", "梧州")} <= rels
    _, rels, _ = extract("位于广西西南部的东兴市，南与越南隔河相望，境内有东兴口岸和峒中口岸两个国家一类口岸。")
    assert {("东兴口岸", "locatedIn", "东兴市"), ("峒中口岸", "locatedIn", "东兴市")} <= rels


def test_a_dash_between_a_title_and_a_name_and_a_centre_with_a_head(extract):
    _, rels, _ = extract("北海鸿运公司常务副总经理——黄明辉告诉记者，订单已排到年底。")
    assert ("黄明辉", "worksFor", "北海鸿运") in rels
    ments, rels, _ = extract("钦州市港航发展中心主任李建国介绍，港口吞吐量稳步增长。")
    assert ("钦州市港航发展中心", "Organization") in ments
    assert ("李建国", "worksFor", "港航发展中心") in rels
    # a firm's own centre: its head works for the firm
    ments, rels, _ = extract("柳工智能制造中心总经理王建平表示，产能将翻番。")
    assert ("柳工智能制造中心", "Project") in ments
    assert ("王建平", "worksFor", "柳工") in rels


def test_a_trigger_inside_a_name_states_nothing(extract):
    _, rels, _ = extract("富士康、九兴控股、台泥等企业进驻广西。")
    assert not any(r == "investsIn" for _, r, _ in rels)


def test_a_firm_has_sites_in_every_place_of_a_list(extract):
    _, rels, _ = extract("玉柴机器在上海、天津、江阴等地建有5个生产基地。")
    assert {("玉柴", "locatedIn", "上海"), ("玉柴", "locatedIn", "天津"),
            ("玉柴", "locatedIn", "江阴市")} <= rels


def test_a_place_holds_the_firms_it_lists(extract):
    _, rels, _ = extract("南宁拥有富士康、冠捷、瑞声3家电子信息龙头企业；玉林拥有广阔的市场。")
    assert {("富士康", "locatedIn", "南宁"), ("冠捷", "locatedIn", "南宁"), ("瑞声", "locatedIn", "南宁")} <= rels
    assert not any(r == "locatedIn" and t == "玉林" for _, r, t in rels)


def test_a_firm_said_to_be_one_of_a_place(extract):
    _, rels, _ = extract("柳州五菱柳机是广西柳州市一家专业生产发动机的企业。")
    assert ("五菱柳机", "locatedIn", "柳州") in rels


def test_a_place_said_to_be_a_firm_or_place_market(extract):
    _, rels, _ = extract("泰国是广西玉柴机器股份有限公司最大的海外销售市场；越南也是广西的第一大出口市场；柳州是玉柴的重要基地。")
    assert ("玉柴股份", "exportsTo", "泰国") in rels
    assert ("广西", "exportsTo", "越南") in rels
    assert not any(r == "exportsTo" and t == "柳州" for _, r, t in rels)


def test_china_as_a_foreign_countrys_market(extract):
    _, rels, _ = extract("中国是马来西亚最大的出口市场，湖南是广西重要的销售市场。")
    assert ("马来西亚", "exportsTo", "中国") in rels
    # a home province sells in another one, it does not export there
    assert not any(r == "exportsTo" and t == "湖南" for _, r, t in rels)


def test_a_firm_set_up_in_a_place(extract):
    _, rels, _ = extract("广西玉柴物流有限公司在钦州市正式揭牌成立。")
    assert ("玉柴物流", "locatedIn", "钦州") in rels


def test_a_zone_leads_with_firms_that_are_in_it(extract):
    _, rels, _ = extract("鹿寨经济开发区以玉柴机器、柳钢为龙头，大力提升物流、会展等现代服务业。")
    assert {("玉柴", "locatedIn", "鹿寨经济开发区"), ("柳钢集团", "locatedIn", "鹿寨经济开发区"),
            ("鹿寨经济开发区", "inIndustry", "物流"), ("鹿寨经济开发区", "inIndustry", "会展")} <= rels
    assert not any(h in ("玉柴", "柳钢集团") and r == "inIndustry" for h, r, _ in rels)


def test_firms_that_stand_for_a_place_cluster_are_in_the_place(extract):
    _, rels, _ = extract("形成了以华谊、恒逸、桐昆等为代表的钦州石化产业集群。")
    assert {("华谊", "locatedIn", "钦州"), ("恒逸", "locatedIn", "钦州"), ("桐昆", "locatedIn", "钦州")} <= rels


def test_partners_named_by_their_short_names(extract):
    _, rels, _ = extract("湘桂经贸合作不断深化。湖南与广西山水相连；推动柳州与港澳的交流。香港、澳门客商到访。")
    assert ("广西", "cooperatesWith", "湖南") in rels
    assert ("澳门", "cooperatesWith", "香港") not in rels


def test_traditional_short_names_of_partners(extract):
    _, rels, _ = extract("桂臺經貿交流合作取得成效，臺灣與廣西往來密切。")
    assert ("台湾", "cooperatesWith", "广西") in rels


def test_firms_that_found_a_firm_together_invest_in_it(extract):
    _, rels, _ = extract("柳工、玉柴联合重组发起设立了广西柳玉动力有限公司。")
    assert {("柳工", "investsIn", "柳玉动力"), ("玉柴", "investsIn", "柳玉动力")} <= rels


def test_the_shareholders_of_the_firm_named_next(extract):
    _, rels, _ = extract("在东风汽车集团、柳州市国资委及广西汽车集团三方股东的支持下，东风柳汽产销两旺。")
    assert {("东风汽车集团", "investsIn", "东风柳汽"), ("柳州市国资委", "investsIn", "东风柳汽"),
            ("广西汽车集团", "investsIn", "东风柳汽")} <= rels


def test_builders_named_before_what_they_build(extract):
    _, rels, _ = extract("由柳钢集团和玉柴集团合力打造的总投资50亿元的柳州再生资源产业园项目开工。")
    assert {("柳钢集团", "develops", "柳州再生资源产业园项目"), ("玉柴", "develops", "柳州再生资源产业园项目"),
            ("柳钢集团", "cooperatesWith", "玉柴")} <= rels


def test_a_zone_that_opens_the_sentence_holds_the_firms_listed_later(extract):
    _, rels, _ = extract("在以光伏产业为主导的钦州工业园区，除晶科外，还汇聚有华润、德力等众多知名光伏制造企业。")
    assert {("华润", "locatedIn", "钦州工业园区"), ("德力", "locatedIn", "钦州工业园区"),
            ("钦州工业园区", "inIndustry", "光伏"), ("华润", "inIndustry", "光伏")} <= rels


def test_sectors_listed_as_fields_of_joint_work_are_no_place_industries(extract):
    _, rels, _ = extract("湘桂两地已形成制造、物流、会展、金融等全面产业合作格局。广西重点发展汽车、机械等产业。")
    assert not any(r == "inIndustry" and t in ("物流", "金融", "会展") for _, r, t in rels)
    assert ("广西", "inIndustry", "汽车") in rels


def test_an_official_of_two_bodies_listed_before_one_title(extract):
    _, rels, _ = extract("会上，国务院台办、中共中央台办副主任刘军川致辞。")
    assert {("刘军川", "worksFor", "中共中央台湾工作办公室"), ("刘军川", "worksFor", "国务院台湾事务办公室")} <= rels


def test_a_product_alone_in_its_sentence_is_made_by_the_paragraphs_firm(extract):
    # the sentence names only the product (and a fair, which is no node)
    _, rels, _ = extract("东风柳汽近年加快乘用车转型。在本届广州车展上，其新款车型风行T9正式发布。")
    assert ("东风柳汽", "produces", "风行T9") in rels


def test_the_thing_located_is_the_whole_name_not_the_firm_inside_it(extract):
    _, rels, _ = extract("玉柴新能源动力项目位于玉林经济开发区。")
    assert ("玉柴新能源动力项目", "locatedIn", "玉林经济开发区") in rels
    assert ("玉柴", "locatedIn", "玉林经济开发区") not in rels


def test_set_up_in_a_place_with_an_adverb_between(extract):
    _, rels, _ = extract("香港贸发局驻桂联络处在南宁正式成立。")
    assert ("香港贸发局驻桂联络处", "locatedIn", "南宁") in rels


def test_a_zone_where_two_places_meet_lies_in_both(extract):
    _, rels, _ = extract("永桂产业园区位于湖南省永州市和广西壮族自治区桂林市交界处。")
    assert {("永桂产业园区", "locatedIn", "永州"), ("永桂产业园区", "locatedIn", "桂林")} <= rels
    # the first place only when the phrase does not say where they meet
    _, rels, _ = extract("恭城工业园区位于桂林市，与贺州市合作共建。")
    assert ("恭城工业园区", "locatedIn", "桂林") in rels
    assert ("恭城工业园区", "locatedIn", "贺州") not in rels


def test_lying_in_a_chain_of_places_lies_in_each_below_the_province(extract):
    _, rels, _ = extract("桂南抽水蓄能电站位于钦州市灵山县檀圩镇。鑫源光伏项目位于广西贵港市覃塘区。")
    assert {("桂南抽水蓄能电站", "locatedIn", "钦州"), ("桂南抽水蓄能电站", "locatedIn", "灵山县"),
            ("桂南抽水蓄能电站", "locatedIn", "檀圩镇")} <= rels
    assert {("鑫源光伏项目", "locatedIn", "贵港"), ("鑫源光伏项目", "locatedIn", "覃塘区")} <= rels
    assert ("鑫源光伏项目", "locatedIn", "广西") not in rels
    # settling (落户) names where it settles: the most specific place only
    _, rels, _ = extract("金鹏光伏项目落户柳州市柳江区。")
    assert ("金鹏光伏项目", "locatedIn", "柳江区") in rels
    assert ("金鹏光伏项目", "locatedIn", "柳州") not in rels


def test_located_at_the_edge_of_a_county_names_the_county(extract):
    _, rels, _ = extract("我们来到位于象州县城郊的象州木材加工产业园。")
    assert ("象州木材加工产业园", "locatedIn", "象州县") in rels


def test_an_address_names_a_place_inside_a_bigger_one(extract):
    _, rels, _ = extract("广西壮族自治区的东兴市与越南接壤。广西龙州县口岸繁忙。")
    assert {("东兴市", "partOf", "广西"), ("龙州县", "partOf", "广西")} <= rels


def test_a_town_written_after_its_county_in_a_name_is_where_the_thing_is(extract):
    _, rels, _ = extract("贺州市昭平县走马镇石门光伏电站二期项目昨日并网。")
    assert ("石门光伏电站二期项目", "locatedIn", "走马镇") in rels
    _, rels, _ = extract("在北流市民安镇陶瓷产业园，窑炉正在点火。")
    assert ("陶瓷产业园", "locatedIn", "民安镇") in rels


def test_places_listed_before_the_group_they_belong_to(extract):
    _, rels, _ = extract("班车通达缅甸、泰国和老挝等中南半岛国家。")
    assert {("缅甸", "partOf", "中南半岛"), ("泰国", "partOf", "中南半岛"), ("老挝", "partOf", "中南半岛")} <= rels
    # one place before 等 is no list
    _, rels, _ = extract("企业在缅甸等中南半岛国家设厂。")
    assert ("缅甸", "partOf", "中南半岛") not in rels


def test_states_counted_after_a_list_and_after_their_bloc(extract):
    # A、B、C三国… and 东盟N国 in one sentence: the listed states are members
    _, rels, _ = extract("代表团先后与泰国、老挝、柬埔寨三国企业签约，加上缅甸的项目，与上述东盟四国共签约9个项目。")
    assert {("泰国", "partOf", "东盟"), ("老挝", "partOf", "东盟"), ("柬埔寨", "partOf", "东盟")} <= rels
    # a state firm (国企) is no count of states
    _, rels, _ = extract("代表团先后与泰国、老挝两家国企签约，东盟市场前景广阔。")
    assert ("泰国", "partOf", "东盟") not in rels


def test_places_listed_with_a_province_named_before_them_lie_in_it(extract):
    # the province in an earlier clause, and in the sentence before
    _, rels, _ = extract("广西光伏装机去年翻番，新增项目集中在百色、河池、崇左等地。")
    assert {("百色", "partOf", "广西"), ("河池", "partOf", "广西"), ("崇左", "partOf", "广西")} <= rels
    _, rels, _ = extract("廣西今年新增風電裝機三百萬千瓦。灌陽、龍勝、鹿寨等縣的風場率先並網。")
    assert {("灌阳县", "partOf", "广西"), ("龙胜各族自治县", "partOf", "广西"), ("鹿寨县", "partOf", "广西")} <= rels
    # a place the lexicon puts elsewhere breaks the list; a new paragraph breaks the story
    _, rels, _ = extract("广西光伏装机去年翻番，新增项目集中在百色、湛江等地。")
    assert ("百色", "partOf", "广西") not in rels
    _, rels, _ = extract("广西光伏装机去年翻番。\n百色、河池等地的项目率先并网。")
    assert ("百色", "partOf", "广西") not in rels


def test_owners_that_invested_in_building_a_firm(extract):
    _, rels, _ = extract("柳州新宇电子2021年由南宁产投集团和柳工共同投资建设。")
    assert {("南宁产投集团", "investsIn", "新宇电子"), ("柳工", "investsIn", "新宇电子")} <= rels


def test_the_body_a_project_belongs_to(extract):
    _, rels, _ = extract("三江古宜风电场工程装机5万千瓦，建设地点位于三江县北部。项目单位为广西桂能新能源有限公司。")
    assert ("桂能新能源", "develops", "三江古宜风电场工程") in rels


def test_every_pair_of_a_counted_list_of_parties_cooperates(extract):
    _, rels, _ = extract("自治区人民政府、东风集团、柳州市和东风柳汽四方达成共识。")
    pairs = {frozenset((h, t)) for h, r, t in rels if r == "cooperatesWith"}
    assert len(pairs) == 6


def test_a_market_named_after_a_firm_with_a_remark_in_brackets(extract):
    _, rels, _ = extract("泰国是广西华达机械股份有限公司（下称“华达”）重要的海外销售市场。")
    assert ("华达机械", "exportsTo", "泰国") in rels


def test_firms_listed_before_a_head_and_an_adverb_settle_in_a_place(extract):
    _, rels, _ = extract("玉柴、国轩高科、多氟多等一批关键零部件制造企业扎堆入驻柳州。")
    assert {("玉柴", "locatedIn", "柳州"), ("国轩高科", "locatedIn", "柳州"), ("多氟多", "locatedIn", "柳州")} <= rels


def test_a_share_held_by_a_firm_named_after_it(extract):
    _, rels, _ = extract("东风柳汽由东风汽车集团持股75%，其余25%股份由柳州市城投集团持有。")
    assert ("柳州市城投集团", "investsIn", "东风柳汽") in rels


def test_a_bodys_bare_head_before_a_title_refers_to_the_body_named_before(extract):
    _, rels, _ = extract("代表团走访了广西智能装备产业技术研究院，与研究院院长覃某某座谈。")
    assert ("覃某某", "worksFor", "广西智能装备产业技术研究院") in rels


def test_a_zone_named_after_its_city_and_a_partner_place_lies_in_the_city(extract):
    # 柳州|香港科技产业园: 香港 is not inside 柳州, so the address stops at 柳州
    _, rels, _ = extract("上月，柳州香港科技产业园又签下两家电子企业。")
    assert ("香港科技产业园", "locatedIn", "柳州") in rels
    assert not any(r == "locatedIn" and t == "香港" for h, r, t in rels)


def test_a_sectors_leading_firm_named_after_a_dash_or_an_as_clause(extract):
    _, rels, _ = extract("梧州电子产业的龙头企业——广西华信电子有限公司今年扩产。")
    assert ("华信电子", "inIndustry", "电子") in rels
    _, rels, _ = extract("作为玉林工程机械领域的骨干企业，广西恒远重工有限公司新建两条产线。")
    assert ("恒远重工", "inIndustry", "工程机械") in rels
    # no 作为: a comma after the head ends the apposition
    _, rels, _ = extract("梧州有多家电子企业，广西华信电子有限公司今年扩产。")
    assert not any(h == "华信电子" and r == "inIndustry" for h, r, t in rels)


def test_a_place_that_is_an_object_or_a_setting_is_no_sentence_topic(extract):
    _, rels, _ = extract("港商在贵港的投资已涉及纺织、食品、物流等领域。")
    assert not any(r == "inIndustry" for h, r, t in rels)
    _, rels, _ = extract("记者团走进贵港，聚焦电动车产业发展。")
    assert not any(r == "inIndustry" for h, r, t in rels)
    _, rels, _ = extract("贵港正加快发展电动车产业。")
    assert ("贵港", "inIndustry", "电动车") in rels


def test_a_subjectless_export_clause_goes_on_about_the_paragraphs_firm(extract):
    _, rels, _ = extract("广西金禾生物科技有限公司位于宜州。该公司去年扩建了生产线。产品出口欧美、日本等地。")
    assert {("金禾生物科技", "exportsTo", "欧美"), ("金禾生物科技", "exportsTo", "日本")} <= rels
    # a quote opening the next paragraph speaks for the firm
    _, rels, _ = extract("厂房里，爱华电子有限公司的工人正在赶工。\n“我们每月产量2万台，全部出口到孟加拉国。”该公司负责人说。")
    assert ("爱华电子", "exportsTo", "孟加拉国") in rels


def test_partners_after_a_planning_verb_and_after_joining_hands(extract):
    _, rels, _ = extract("玉柴正与上游企业接洽，计划加大与福田汽车合作。")
    assert ("玉柴", "cooperatesWith", "福田汽车") in rels or ("福田汽车", "cooperatesWith", "玉柴") in rels
    _, rels, _ = extract("云南携手四川、贵州与老挝共建跨境物流通道。")
    pairs = {frozenset((h, t)) for h, r, t in rels if r == "cooperatesWith"}
    assert {frozenset(("云南", x)) for x in ("四川", "贵州", "老挝")} <= pairs
    assert frozenset(("四川", "老挝")) not in pairs


def test_a_part_of_a_belt_or_an_economic_region_needs_a_statement(extract):
    # an economic region and its province, a special region and its country,
    # a province and a macro-region in one sentence: no part stated
    _, rels, _ = extract("北部湾经济区是广西开放的前沿。香港是中国的国际金融中心。")
    assert not any(r == "partOf" for h, r, t in rels)
    _, rels, _ = extract("云南与泛珠三角各省加强合作。")
    assert not any(r == "partOf" for h, r, t in rels)
    # but a place said to lie in it is, and a country of a bloc is
    _, rels, _ = extract("云南地处泛珠三角和大湄公河次区域的交汇处。越南是东盟的重要成员。")
    assert {("云南", "partOf", "泛珠三角"), ("越南", "partOf", "东盟")} <= rels


def test_a_partner_of_a_zone_is_not_located_in_it(extract):
    _, rels, _ = extract("昨天，鹿寨经济开发区与广西恒远重工有限公司举行签约仪式。")
    assert ("恒远重工", "cooperatesWith", "鹿寨经济开发区") in rels
    assert ("恒远重工", "locatedIn", "鹿寨经济开发区") not in rels
    _, rels, _ = extract("鹿寨经济开发区今年引进了广西恒远重工有限公司。")
    assert ("恒远重工", "locatedIn", "鹿寨经济开发区") in rels


def test_a_bare_company_word_before_a_title_refers_to_the_firm_named_before(extract):
    _, rels, _ = extract("柳州鸿翔机械股份有限公司今年扩产。股份公司总裁曾立新表示，将加大投入。")
    assert ("曾立新", "worksFor", "鸿翔机械") in rels
    # after two firms it is unclear whose
    _, rels, _ = extract("考察团走访鸿翔机械股份有限公司、华信电子有限公司，与公司董事长刘志明座谈。")
    assert not any(h == "刘志明" for h, r, t in rels if r == "worksFor")
    assert not any(r == "cooperatesWith" for h, r, t in rels)


def test_a_subjectless_list_goes_on_with_the_zone_before(extract):
    text = ("广西鹿寨工业园区由两个片区组成。截至目前，园区共引进企业120个。"
            "主要有华远电子、金桥科技、恒信木业等企业。项目涉及电子信息、食品加工等行业。")
    _, rels, _ = extract(text)
    for firm in ("华远电子", "金桥科技", "恒信木业"):
        assert (firm, "locatedIn", "鹿寨工业园区") in rels
    assert ("鹿寨工业园区", "inIndustry", "电子信息") in rels
    assert ("鹿寨工业园区", "inIndustry", "食品") in rels
    # a list led by its own subject is that subject's
    _, rels, _ = extract("广西鹿寨工业园区由两个片区组成。华远电子主要有电视机、显示器等产品。")
    assert not any(r == "locatedIn" and h == "华远电子" for h, r, t in rels)


def test_a_seat_in_brackets_after_a_body(extract):
    _, rels, _ = extract("论坛由中山大学港澳研究院、海峡发展研究会(厦门)和亚太经贸基金会(台湾)主办。")
    assert ("海峡发展研究会", "locatedIn", "厦门") in rels
    assert ("亚太经贸基金会", "locatedIn", "台湾") in rels
    # inside a firm's name the bracket is the name's
    _, rels, _ = extract("华星电子(钦州)有限公司去年投产。")
    assert not any(r == "locatedIn" and t == "钦州" for h, r, t in rels)


def test_an_official_titled_by_a_place_works_for_no_body_before_it(extract):
    # (the city's party committee is a body: its secretary works for it)
    _, rels, _ = extract("中共广西梧州市委书记韦光明、梧州市市长陆建华出席仪式。")
    assert {r for r in rels if r[1] == "worksFor"} == {("韦光明", "worksFor", "梧州市委")}
    _, rels, _ = extract("国务院总理李强与泰国总理赛塔共同见证签约。")
    assert ("赛塔", "worksFor", "国务院") not in rels
    # a body's office for a region is still the body's (华南首席代表)
    _, rels, _ = extract("香港贸易发展局华南首席代表陈家明说，两地合作前景广阔。")
    assert ("陈家明", "worksFor", "香港贸易发展局") in rels


def test_the_writers_own_firm_is_not_the_firm_named_before(extract):
    _, rels, _ = extract("恒达集团总经理杨华，以及我集团公司总裁刘一鸣出席。")
    assert ("杨华", "worksFor", "恒达集团") in rels
    assert ("刘一鸣", "worksFor", "恒达集团") not in rels


def test_a_project_named_after_its_firm_is_developed_where_it_is_built(extract):
    _, rels, _ = extract("恒达机械有限公司是本地龙头企业。恒达机械智能装备产业园项目上月开工建设。")
    assert ("恒达机械", "develops", "恒达机械智能装备产业园项目") in rels
    # a count of its output names no building
    _, rels, _ = extract("恒达机械有限公司是本地龙头企业。恒达机械智能装备产业园项目去年实现产值5亿元。")
    assert not any(r == "develops" for _, r, _ in rels)
    # its investment stated: the firm written before the name invests and builds
    _, rels, _ = extract("这是总投资8亿元、装机60兆瓦的华能集团青狮岭风电项目。")
    assert ("华能", "develops", "华能集团青狮岭风电项目") in rels


def test_a_place_and_its_province_in_one_clause_only(extract):
    _, rels, _ = extract("考察团到访广西，随后在梧州召开座谈会。")
    assert ("梧州", "partOf", "广西") not in rels
    _, rels, _ = extract("考察团到访广西的梧州和贺州。")
    assert ("梧州", "partOf", "广西") in rels
    assert ("贺州", "partOf", "广西") in rels


def test_trade_both_ways_and_a_sea_outlet_are_no_exports(extract):
    _, rels, _ = extract("今年前三季度，广西对泰国进出口额增长两成。")
    assert not any(r == "exportsTo" for _, r, _ in rels)
    _, rels, _ = extract("北海是面向东盟的出海口。")
    assert not any(r == "exportsTo" for _, r, _ in rels)
    _, rels, _ = extract("今年前三季度，广西对泰国出口额增长两成。")
    assert ("广西", "exportsTo", "泰国") in rels


def test_a_zone_built_in_a_place_lies_there(extract):
    _, rels, _ = extract("华信集团计划在钦州建设面向东盟的华信电子信息产业园。")
    assert any(r == "locatedIn" and t == "钦州" and "产业园" in h for h, r, t in rels)


def test_firms_moving_into_a_named_zone(extract):
    _, rels, _ = extract("东兴市宏远工艺品厂、东兴市宏泰贸易有限公司等5家企业同时进入新近开园的那良工业集中区。")
    assert {("宏远工艺品厂", "locatedIn", "那良工业集中区"), ("宏泰贸易", "locatedIn", "那良工业集中区")} <= rels
    _, rels, _ = extract("柳工产品进入东盟市场。")
    assert not any(r == "locatedIn" for _, r, _ in rels)  # a market, not a zone


def test_firms_entering_the_park_named_before(extract):
    _, rels, _ = extract("宾阳黎塘产业示范园区去年开园。目前，盛达铝业、华兴纸业等4家企业已经入园。")
    assert {("盛达铝业", "locatedIn", "宾阳黎塘产业示范园区"),
            ("华兴纸业", "locatedIn", "宾阳黎塘产业示范园区")} <= rels


def test_a_park_within_a_zone_is_where_its_firms_are(extract):
    _, rels, _ = extract("柳州高新区洛维工业园已引进华盛电子、南方精密等企业。")
    assert {("华盛电子", "locatedIn", "洛维工业集中区"), ("南方精密", "locatedIn", "洛维工业集中区")} <= rels
    assert ("华盛电子", "locatedIn", "柳州高新区") not in rels


def test_a_park_before_its_project_is_where_it_is_not_who_builds_it(extract):
    _, rels, _ = extract("上月，钦州海上风电产业园明阳风机总装基地项目正式开工。")
    assert ("明阳风机总装基地项目", "locatedIn", "钦州海上风电产业园") in rels
    assert not any(r == "develops" for _, r, _ in rels)


def test_landmarks_near_a_zone_are_neither_built_nor_in_it(extract):
    _, rels, _ = extract("那良工业园距南广高速公路出口仅5公里，毗邻贵港火车站，交通便利。")
    assert not any(r in ("develops", "locatedIn") and "那良工业园" in (h, t) for h, r, t in rels)
    _, rels, _ = extract("那良工业园靠近325国道和南广高速公路，已建成标准厂房。")
    assert not any(r in ("develops", "locatedIn") and "那良工业园" in (h, t) for h, r, t in rels)


def test_a_road_before_a_word_of_side_is_a_landmark_nobody_builds(extract):
    _, rels, _ = extract("今年开工的重点项目中，广西华丰新材料股份有限公司搬迁项目位于柳东新区文华大道北面，主要建设电池材料生产线。")
    assert not any(r == "develops" and t == "文华大道" for h, r, t in rels)


def test_a_firm_named_in_one_item_of_a_list_of_projects_builds_only_that_item(extract):
    _, rels, _ = extract("竣工项目：柳州东盟汽车贸易中心、柳州华达精工有限公司汽车轻量化零部件建设项目、"
                         "龙泉汽车配件制造项目、柳东新区文昌路北段。")
    assert ("华达精工", "develops", "柳州华达精工有限公司汽车轻量化零部件建设项目") in rels
    assert not any(h == "华达精工" and t == "龙泉汽车配件制造项目" for h, r, t in rels)
    _, rels, _ = extract("开工项目：广西机电学院、耐世特二期（电动助力转向系统项目）、明德中学、深圳飞扬专用车项目。")
    assert not any(h == "耐世特" and r == "develops" and t == "深圳飞扬专用车项目" for h, r, t in rels)
    # builders listed before a verb are no list of projects: the firm builds
    _, rels, _ = extract("由柳州华达精工有限公司、广西科技大学联合打造的智能制造实训中心投用。")
    assert ("华达精工", "develops", "智能制造实训中心") in rels


def test_a_projects_owner_named_as_such_develops_it(extract):
    _, rels, _ = extract("北海铜箔基地项目的业主是广西华源新材料有限公司。")
    assert ("华源新材料", "develops", "北海铜箔基地项目") in rels


def test_every_builder_named_after_a_project_develops_it(extract):
    _, rels, _ = extract("融安光伏电站项目由柳州宏源机械有限公司和南宁恒通电力有限公司共同参建。")
    assert {("宏源机械", "develops", "融安光伏电站项目"), ("恒通电力", "develops", "融安光伏电站项目")} <= rels


def test_the_sector_heading_a_list_of_firms_is_theirs_not_their_partners(extract):
    _, rels, _ = extract("玉柴先后与宁德时代、远航智控等动力电池企业签署协议。")
    assert {("宁德时代", "inIndustry", "动力电池"), ("远航智控", "inIndustry", "动力电池")} <= rels
    assert ("玉柴", "inIndustry", "动力电池") not in rels


def test_a_firm_develops_the_projects_listed_after_a_colon(extract):
    _, rels, _ = extract("宏达电子股份有限公司已在园区开发两个项目：智能家电配件项目和精密模具项目。")
    assert ("宏达电子", "develops", "智能家电配件项目") in rels


def test_three_parties_one_of_them_a_multinational_cooperate_pairwise(extract):
    ments, rels, _ = extract("防城港市、明阳集团、西門子三方將在防城港攜手打造海上風電裝備基地。")
    assert ("西门子", "Company") in ments  # (the mentions in simplified script)
    assert {("明阳智能", "cooperatesWith", "西门子"), ("西门子", "cooperatesWith", "防城港"),
            ("明阳智能", "cooperatesWith", "防城港")} <= rels


def test_a_place_named_with_its_capital_and_a_part_before_de(extract):
    _, rels, _ = extract("位于广西首府南宁市北郊的那良经济园区，已入驻企业50家。")
    assert ("那良经济园区", "locatedIn", "南宁") in rels


def test_a_project_built_eagerly_in_a_park(extract):
    _, rels, _ = extract("华创新能源10GWh储能电池项目已经在南宁市兴宁区那良产业园火热建设。")
    assert ("华创新能源10GWh储能电池项目", "locatedIn", "那良产业园") in rels


def test_a_foreign_countrys_port_written_after_it(extract):
    _, rels, _ = extract("航线连接印尼雅加达港和马来西亚巴生港。")
    assert {("雅加达港", "locatedIn", "印度尼西亚"), ("巴生港", "locatedIn", "马来西亚")} <= rels


def test_joining_a_region_or_a_plan_is_cooperation_with_it(extract):
    _, rels, _ = extract("近年来，钦州主动融入粤港澳大湾区，承接产业转移。")
    assert ("粤港澳大湾区", "cooperatesWith", "钦州") in rels  # (unordered: kept in one order)
    _, rels, _ = extract("新区积极融入上汽通用五菱“一二五”工程。")
    assert not any(r == "cooperatesWith" and "上汽通用五菱" in (h, t) for h, r, t in rels)


def test_sales_to_chinas_own_regions_are_no_exports(extract):
    _, rels, _ = extract("融安县的木材加工产品远销珠三角及东南亚市场。")
    exports = {(h, t) for h, r, t in rels if r == "exportsTo"}
    assert ("融安县", "东南亚") in exports
    assert not any(t == "珠三角" for _, t in exports)


def test_a_zone_described_by_the_sectors_it_grows(extract):
    _, rels, _ = extract("这家企业选择了重点发展新能源汽车产业的柳东新区。")
    assert ("柳东新区", "inIndustry", "新能源汽车") in rels
    _, rels, _ = extract("大力发展电子信息产业的北海工业园区吸引了众多企业。")
    assert ("北海工业园区", "inIndustry", "电子信息") in rels


def test_a_city_that_is_a_national_production_base_of_a_sector(extract):
    _, rels, _ = extract("梧州是全国重要的再生资源生产基地，园区内有企业百余家。")
    assert ("梧州", "inIndustry", "再生资源") in rels
    _, rels, _ = extract("玉林是國家內燃機製造基地之一。")
    assert ("玉林", "inIndustry", "内燃机") in rels
    # a base for teaching children about science is no sector of the town
    _, rels, _ = extract("项目选在钦南区，建设内容包括生态种养和科普教育基地。")
    assert not any(r == "inIndustry" for h, r, t in rels)


def test_members_listed_in_a_sentence_about_a_groups_countries(extract):
    _, rels, _ = extract("东盟国家客商踊跃报名，柬埔寨、菲律宾、新加坡等3个国家组团参会。")
    assert {("柬埔寨", "partOf", "东盟"), ("菲律宾", "partOf", "东盟"), ("新加坡", "partOf", "东盟")} <= rels
    # a list that is no list of member countries states nothing of the group
    _, rels, _ = extract("东盟国家市场需求旺盛，公司产品进入泰国、缅甸和马来西亚。")
    assert not any(r == "partOf" for h, r, t in rels)


def test_places_a_region_is_said_to_take_in_are_its_parts(extract):
    _, rels, _ = extract("规划中的西南地区，涵盖四川、贵州、云南三个省，以及重庆。")
    assert {("四川", "partOf", "西南地区"), ("贵州", "partOf", "西南地区"), ("云南", "partOf", "西南地区")} <= rels
    _, rels, _ = extract("珠三角包括深圳、东莞等城市。")
    assert {("深圳", "partOf", "珠三角"), ("东莞", "partOf", "珠三角")} <= rels
    # a list that runs on into another noun names no parts of the place
    _, rels, _ = extract("广西的出口目的地包括越南、泰国在内的东盟市场。")
    assert not any(r == "partOf" and t == "广西" for h, r, t in rels)


def test_our_city_signs_with_each_listed_city_and_an_address_names_the_city(extract):
    _, rels, _ = extract("贺州市地处湘粤桂三省交界。去年我市对外合作亮点频现，分别与广东省江门、中山两市签订合作协议。")
    coop = {frozenset((h, t)) for h, r, t in rels if r == "cooperatesWith"}
    assert coop == {frozenset(("贺州", "江门")), frozenset(("贺州", "中山"))}


def test_short_names_of_partners_with_the_fields_between(extract):
    _, rels, _ = extract("琼桂两地在港口、航运等方面的合作不断加深。海南是广西的近邻。")
    assert ("广西", "cooperatesWith", "海南") in rels


def test_signatories_listed_before_the_verb_are_partners(extract):
    _, rels, _ = extract("北海市政府、中国电建集团、明阳智能共同签署合作框架协议。")
    coop = {frozenset((h, t)) for h, r, t in rels if r == "cooperatesWith"}
    assert coop == {frozenset(("北海市政府", "中国电建")), frozenset(("北海市政府", "明阳智能")),
                    frozenset(("中国电建", "明阳智能"))}


def test_firms_listed_before_a_sectors_mingqi(extract):
    _, rels, _ = extract("县里近年吸引华润电力、远景能源等新能源名企投资兴业。")
    assert {("华润电力", "inIndustry", "新能源"), ("远景科技集团", "inIndustry", "新能源")} <= rels


def test_customs_chiefs_and_salesmen_work_for_their_employer(extract):
    _, rels, _ = extract("东兴海关副关长陆明表示，通关时间大幅缩短。")
    assert ("陆明", "worksFor", "东兴海关") in rels
    _, rels, _ = extract("广西鑫源物流有限公司业务员黄涛说，货量比去年多了一倍。")
    assert ("黄涛", "worksFor", "鑫源物流") in rels


def test_an_export_base_for_a_market_abroad(extract):
    ments, rels, _ = extract("鸿泰汽车有限公司是华南重要的商用车生产基地、中东出口基地。")
    assert ("鸿泰汽车", "exportsTo", "中东") in rels
    assert not any(t == "Project" for _, t in ments)  # 中东出口基地 names no project
    _, rels, _ = extract("钦州已成为面向东盟的新能源汽车出口制造基地。")
    assert ("钦州", "exportsTo", "东盟") in rels


def test_a_park_listed_with_a_project_is_no_builder_and_ji_opens_no_name(extract):
    ments, rels, _ = extract("鸿达公司将在贺州投资建设华南循环经济产业园及再制造示范基地，总投资10亿元。")
    assert ("再制造示范基地", "Project") in ments
    assert not {r for r in rels if r[1] == "develops" and r[0] == "华南循环经济产业园"}


def test_members_of_a_joint_team_are_no_partners(extract):
    _, rels, _ = extract("由商务部、财政部、海关总署组成的联合验收组对钦州综合保税区进行验收。")
    assert not {r for r in rels if r[1] == "cooperatesWith"}
    _, rels, _ = extract("论坛由商务部、海关总署联合主办。")
    assert ("商务部", "cooperatesWith", "海关总署") in rels or ("海关总署", "cooperatesWith", "商务部") in rels


def test_a_projects_building_site_is_where_it_lies(extract):
    _, rels, _ = extract("金鹰光伏电站项目建设地点为藤县象棋镇。")
    assert ("金鹰光伏电站项目", "locatedIn", "象棋镇") in rels


def test_a_city_written_after_its_province_is_the_subject(extract):
    _, rels, _ = extract("广西梧州市大力发展再生资源产业。")
    assert ("梧州", "inIndustry", "再生资源") in rels
    assert ("广西", "inIndustry", "再生资源") not in rels
    _, rels, _ = extract("越南谅山省积极承接纺织产业转移。")
    assert ("谅山省", "inIndustry", "纺织") not in rels and ("谅山", "inIndustry", "纺织") not in rels


def test_joint_ventures_are_partners_but_parts_of_a_whole_are_not(extract):
    _, rels, _ = extract("玉柴与康明斯合资成立发动机公司。")
    assert ("康明斯", "cooperatesWith", "玉柴") in rels or ("玉柴", "cooperatesWith", "康明斯") in rels
    _, rels, _ = extract("由华丰工业园和金桥工业园组建而成的金华产业园加快建设。")
    assert not {r for r in rels if r[1] == "cooperatesWith"}


def test_a_person_taking_a_post_works_for_the_firm(extract):
    _, rels, _ = extract("集团副总裁李建国担任梧州华鑫新材料有限公司总经理。")
    assert ("李建国", "worksFor", "梧州华鑫新材料") in rels or ("李建国", "worksFor", "华鑫新材料") in rels
    # said to be the firm's staff: 是 / 现任, the firm and its title (的 between them or not)
    _, rels, _ = extract("班组长覃志远，目前是柳州恒达机械有限公司的工程师。")
    assert ("覃志远", "worksFor", "恒达机械") in rels
    _, rels, _ = extract("工程师覃志远现任柳州恒达机械有限公司副总经理。")
    assert ("覃志远", "worksFor", "恒达机械") in rels
    _, rels, _ = extract("班组长覃志远是柳州恒达机械有限公司的老客户。")
    assert not any(r == "worksFor" for h, r, t in rels)


def test_stores_a_firm_sells_in_are_no_exporters(extract):
    _, rels, _ = extract("广西金穗食品有限公司的产品已进驻沃尔玛、家乐福等大卖场，并出口到马来西亚。")
    assert ("金穗食品", "exportsTo", "马来西亚") in rels
    assert not {r for r in rels if r[1] == "exportsTo" and r[0] in ("沃尔玛", "家乐福")}


def test_investing_in_a_listed_pair_of_projects_and_in_a_county_come_to(extract):
    _, rels, _ = extract("华越电子有限公司在园区投资开发了两个项目：华越音响生产项目、华越电池回收项目。")
    assert {("华越电子", "investsIn", "华越音响生产项目"), ("华越电子", "investsIn", "华越电池回收项目")} <= rels
    _, rels, _ = extract("去年又引进明源新能源有限公司来兴安投资风电项目。")
    assert ("明源新能源", "investsIn", "兴安县") in rels


def test_a_port_cooperates_through_its_operator(extract):
    _, rels, _ = extract("下一步，北部湾港将发挥区位优势，携手中远海运集团深化战略合作。")
    assert {r for r in rels if r[1] == "cooperatesWith"} & {
        ("北部湾港", "cooperatesWith", "中远海运"), ("中远海运", "cooperatesWith", "北部湾港")}
    _, rels, _ = extract("钦州港与新加坡港签署友好港协议。")
    assert {("钦州港", "cooperatesWith", "新加坡港"), ("新加坡港", "cooperatesWith", "钦州港")} & rels


def test_a_place_that_is_a_big_province_or_county_of_a_sector_is_in_it(extract):
    _, rels, _ = extract("桂平市是林业大市，木材加工企业超过千家。")
    assert ("桂平市", "inIndustry", "林业") in rels
    _, rels, _ = extract("去年兴业县一跃成为广西风电第一大县。")
    assert ("兴业县", "inIndustry", "风电") in rels
    assert ("广西", "inIndustry", "风电") not in rels  # the ranking is made within Guangxi


def test_a_firm_written_right_before_a_project_develops_it(extract):
    _, rels, _ = extract("梧州华鑫冶炼有限公司（以下简称“华冶公司”）是当地骨干企业。"
                         "华冶公司锌基新材料高科技产业园项目计划新建年产5万吨锌冶炼厂。")
    assert ("华鑫冶炼", "develops", "锌基新材料高科技产业园项目") in rels


def test_zones_listed_side_by_side_are_no_parts_of_each_other(extract):
    _, rels, _ = extract("今年，靖西铝工业园区、广西高新技术产业开发区、田东工业园区年产值均突破100亿元。")
    assert not {r for r in rels if r[1] == "partOf"}
    _, rels, _ = extract("南宁高新区内的电子信息产业园发展迅速。")
    assert ("电子信息产业园", "partOf", "南宁高新区") in rels


def test_building_a_plant_in_a_place_is_investing_there(extract):
    _, rels, _ = extract("近年来柳工在巴西建立生产基地，玉柴也在泰国建厂。")
    assert {("柳工", "investsIn", "巴西"), ("玉柴", "investsIn", "泰国")} <= rels


def test_setting_up_subsidiaries_in_listed_places_is_investing_in_each(extract):
    _, rels, _ = extract("多年来，三一集团在包括印度、巴西、美国等地相继成立了子公司。")
    assert {("三一集团", "investsIn", "印度"), ("三一集团", "investsIn", "巴西"),
            ("三一集团", "investsIn", "美国")} <= rels
    _, rels, _ = extract("東風柳汽走出國門，在越南設立工廠。")
    assert ("东风柳汽", "investsIn", "越南") in rels


def test_the_country_of_a_partner_described_as_a_maker_is_no_partner(extract):
    _, rels, _ = extract("玉柴与德国汽车零部件供应商博世签署战略合作协议。")
    assert ("博世", "cooperatesWith", "玉柴") in rels or ("玉柴", "cooperatesWith", "博世") in rels
    assert not {r for r in rels if r[1] == "cooperatesWith" and "德国" in (r[0], r[2])}


def test_a_body_that_approves_a_site_in_a_place_is_not_in_the_place(extract):
    _, rels, _ = extract("工信部、科技部批准在柳州设立国家级车联网先导区。")
    assert not {r for r in rels if r[1] == "locatedIn" and r[2] == "柳州"}
    _, rels, _ = extract("柳州市科技局在柳东新区设立了技术转移中心。")
    assert ("柳州市科学技术局", "locatedIn", "柳东新区") in rels


def test_a_firm_opening_in_a_place_is_there(extract):
    _, rels, _ = extract("华骏电子8日在钦州举行开业仪式。")
    assert ("华骏电子", "locatedIn", "钦州") in rels


def test_a_sectors_maker_or_one_of_its_leaders_in_apposition_is_in_the_sector(extract):
    _, rels, _ = extract("风电装备龙头之一的广西华创重工有限公司宣布扩产。")
    assert ("华创重工", "inIndustry", "风电装备") in rels
    _, rels, _ = extract("螺蛳粉生产企业柳州螺乡食品有限公司再获订单。")
    assert ("螺乡食品", "inIndustry", "螺蛳粉") in rels
    # 机械制造|商: the sector's name took the trade of the head noun; 电声产品龙头企业——X
    _, rels, _ = extract("这批设备由机械制造商广西鼎力重工有限公司提供。")
    assert ("鼎力重工", "inIndustry", "机械") in rels
    _, rels, _ = extract("电声产品龙头企业——梧州华音电子有限公司扩建厂房。")
    assert ("华音电子", "inIndustry", "电声") in rels


def test_a_model_launched_in_a_foreign_market_is_exported_there(extract):
    _, rels, _ = extract("玉柴YC6K发动机在泰国市场的正式推出，标志着产品走向东盟。")
    assert ("玉柴", "exportsTo", "泰国") in rels


def test_what_a_home_place_turns_out_are_its_sectors(extract):
    _, rels, _ = extract("如今，玉林生产的内燃机、新材料远销海内外。")
    assert {("玉林", "inIndustry", "内燃机"), ("玉林", "inIndustry", "新材料")} <= rels


def test_the_firm_given_the_role_of_an_export_base_exports(extract):
    _, rels, _ = extract("作为集团的发动机生产基地、东盟出口基地，玉柴正加快推进电动化转型。")
    assert ("玉柴", "exportsTo", "东盟") in rels


def test_becoming_the_first_of_a_place_locates_but_being_described_by_a_ranking_does_not(extract):
    _, rels, _ = extract("玉林职业技术学院成为广西第一所在越南设立分校的高职院校。")
    assert ("玉林职业技术学院", "locatedIn", "广西") in rels
    _, rels, _ = extract("河池工业园区是广西首个以循环经济为主题的工业园区。")
    assert ("河池工业园区", "locatedIn", "广西") not in rels


def test_every_place_of_a_toward_phrase_is_a_market(extract):
    _, rels, _ = extract("广西的风电装备制造基地可向周边省份乃至东南亚地区输出整机产品。")
    assert ("广西", "exportsTo", "东南亚") in rels
    _, rels, _ = extract("玉柴向泰國和越南的組裝廠輸出發動機散件。")
    assert {("玉柴", "exportsTo", "泰国"), ("玉柴", "exportsTo", "越南")} <= rels


def test_a_clause_of_means_takes_the_subject_of_the_next_clause(extract):
    _, rels, _ = extract("通过向巴西和墨西哥的工厂输出整车技术，柳州五菱汽车工业有限公司每年收取授权费。")
    assert {("五菱工业", "exportsTo", "巴西"), ("五菱工业", "exportsTo", "墨西哥")} <= rels
    assert not any(t == "exportsTo" and h == "柳州" for h, t, _ in rels)


def test_a_project_named_beside_one_built_by_a_firm_is_not_the_firms(extract):
    _, rels, _ = extract("由华峰能源有限公司投资建设的华峰北海叶片产业基地，与同在园区的南方重工塔筒基地等项目，构成了完整的产业链。")
    assert ("华峰能源", "develops", "华峰北海叶片产业基地") in rels
    assert not any(r == "develops" and t == "南方重工塔筒基地" for _, r, t in rels)


def test_a_colon_inside_brackets_splits_no_clause(extract):
    _, rels, _ = extract("6月2日，柳钢集团与华润电力(以下简称：华润)签署战略合作协议。")
    assert ("华润电力", "cooperatesWith", "柳钢集团") in rels or ("柳钢集团", "cooperatesWith", "华润电力") in rels


def test_bodies_and_firms_that_sign_an_agreement_in_a_city_are_partners_not_the_city(extract):
    ents, rels, _ = extract("昨日，贵港市政府与比亚迪股份有限公司在广西南宁签下“新能源电池”项目框架协议。")
    assert ("比亚迪", "cooperatesWith", "贵港市政府") in rels or ("贵港市政府", "cooperatesWith", "比亚迪") in rels
    assert not any(r == "cooperatesWith" and "南宁" in (h, t) for h, r, t in rels)
    assert not any("签下" in n for n, _ in ents)


def test_a_model_of_a_known_makers_brand_is_made_only_by_that_maker(extract):
    _, rels, _ = extract("展会上，宝骏530与东风柳汽的乘龙H7一同亮相并正式上市。")
    assert ("东风柳汽", "produces", "乘龙H7") in rels
    assert not any(r == "produces" and t == "宝骏530" and h != "上汽通用五菱" for h, r, t in rels)


def test_firms_counted_in_a_later_clause_are_other_firms(extract):
    _, rels, _ = extract("玉林拥有玉柴、广西华原2家汽车零部件生产企业，以及6家专用车生产企业。")
    assert ("玉柴", "inIndustry", "汽车零部件") in rels
    assert ("玉柴", "inIndustry", "专用车") not in rels


def test_we_in_a_quotation_is_the_speakers_firm(extract):
    _, rels, _ = extract("“去年我们出口越南市场轮胎12万条。”柳州安泰轮胎有限公司销售总监韦明说。")
    assert ("安泰轮胎", "exportsTo", "越南") in rels
    _, rels, _ = extract("柳州安泰轮胎有限公司总经理韦明介绍：“我们出口主要集中在东盟。”")
    assert ("安泰轮胎", "exportsTo", "东盟") in rels
    # a speaker of no named firm: nobody is the exporter, not even the story's place
    _, rels, _ = extract("在柳州，“我们的轮胎已经打开泰国市场。”一位工人说。")
    assert not any(r == "exportsTo" for _, r, _ in rels)


def test_sectors_in_brackets_after_a_base_are_its_sectors(extract):
    _, rels, _ = extract("获批建设玉林国家外贸转型升级基地（内燃机、新材料），带动出口。")
    base = "玉林国家外贸转型升级基地"
    assert {(base, "inIndustry", "内燃机"), (base, "inIndustry", "新材料")} <= rels


def test_a_zone_inside_the_one_named_in_brackets_after_it(extract):
    _, rels, _ = extract("雒容片区（阳和工业新区范围内）正加快建设。")
    assert ("雒容片区", "partOf", "北部生态新区") in rels
    _, rels, _ = extract("洛维工业集中区（柳江区境内）正加快建设。")
    assert ("洛维工业集中区", "locatedIn", "柳江区") in rels


def test_goods_of_a_sector_rolling_off_a_firms_line_put_the_firm_in_it(extract):
    _, rels, _ = extract("首台工业机器人在柳州华诚智能装备有限公司生产下线。")
    assert ("华诚智能装备", "inIndustry", "工业机器人") in rels
    _, rels, _ = extract("首台工业机器人在柳州华诚智能装备有限公司生产展出。")  # (shown there: made elsewhere)
    assert ("华诚智能装备", "inIndustry", "工业机器人") not in rels


def test_a_project_built_at_a_place_after_jiang_yu_lies_there(extract):
    _, rels, _ = extract("宁德时代将于柳东新区投建年产20GWh储能电池生产基地。")
    assert ("年产20GWh储能电池生产基地", "locatedIn", "柳东新区") in rels
    _, rels, _ = extract("该中心位于柳东新区，致力于推动储能电池生产基地建设。")
    assert not any(r == "locatedIn" and h == "储能电池生产基地" for h, r, t in rels)


def test_a_project_lies_where_its_start_ceremony_is_held(extract):
    _, rels, _ = extract("桂华铝业年产5万吨铝箔项目开工暨二期项目签约仪式20日在来宾高新技术产业园区举行。")
    assert ("桂华铝业年产5万吨铝箔项目", "locatedIn", "来宾高新技术产业园区") in rels
    _, rels, _ = extract("桂华铝业年产5万吨铝箔项目开工，推介会20日在来宾高新技术产业园区举行。")
    assert ("桂华铝业年产5万吨铝箔项目", "locatedIn", "来宾高新技术产业园区") not in rels


def test_a_person_elected_to_an_associations_office_works_for_it(extract):
    _, rels, _ = extract("柳州市汽配行业协会召开换届大会，选举华成电子公司董事长韦建平为新一届协会会长。")
    assert ("韦建平", "worksFor", "柳州市汽配行业协会") in rels
    # the story's only association, named in a sentence before
    _, rels, _ = extract("柳州市汽配行业协会召开换届大会。会上，鸿翔公司董事长韦建平当选会长，"
                         "推举原会长陈明为荣誉会长。")
    assert {("韦建平", "worksFor", "柳州市汽配行业协会"), ("陈明", "worksFor", "柳州市汽配行业协会")} <= rels
    # two associations in the story: a bare office names neither
    _, rels, _ = extract("柳州市汽配行业协会和柳州市物流协会召开座谈会。会上，鸿翔公司董事长韦建平当选会长。")
    assert not any(h == "韦建平" and t.endswith("协会") for h, r, t in rels)


def test_acoustics_and_optics_are_sectors_of_a_firm(extract):
    _, rels, _ = extract("鸿翔科技在声学、光学领域技术领先。")
    assert {("鸿翔科技", "inIndustry", "声学"), ("鸿翔科技", "inIndustry", "光学")} <= rels


def test_money_goes_to_the_last_place_of_an_address(extract):
    _, rels, _ = extract("华丰公司将在广东省肇庆市投资。")
    assert ("华丰", "investsIn", "肇庆") in rels and ("华丰", "investsIn", "广东") not in rels
    # not down to a town of the address
    _, rels, _ = extract("鸿达公司将在鹿寨县中渡镇投资。")
    assert ("鸿达", "investsIn", "鹿寨县") in rels


def test_a_firm_settling_in_a_bare_zone_word_is_in_the_zone_named_so(extract):
    _, rels, _ = extract("桂东(贺州)经济合作试验区是全国多个经济合作试验区之一。2012年，鸿翔集团入驻试验区。")
    assert ("鸿翔集团", "locatedIn", "桂东(贺州)经济合作试验区") in rels


def test_a_firms_sites_named_by_their_places_put_it_there(extract):
    _, rels, _ = extract("鸿达集团南宁、武汉两大基地今年同时扩产。")
    assert {("鸿达集团", "locatedIn", "南宁"), ("鸿达集团", "locatedIn", "武汉")} <= rels
    # places listed after a firm without its sites say nothing of where it is
    _, rels, _ = extract("鸿达集团南宁、武汉两地的经销商参加了会议。")
    assert not any(h == "鸿达集团" and r == "locatedIn" for h, r, t in rels)


def test_a_firm_called_its_sectors_leader_with_de_is_in_the_sector(extract):
    # 作为…领军企业的X: the firm the description is of
    _, rels, _ = extract("作为国内工程机械龙头企业的柳工，今年海外销量增长两成。")
    assert ("柳工", "inIndustry", "工程机械") in rels


def test_a_zone_made_in_a_place_lies_there(extract):
    _, rels, _ = extract("鸿达集团计划出资80亿元在钦州打造鸿达化工新材料产业园。")
    assert ("鸿达化工新材料产业园", "locatedIn", "钦州") in rels


def test_a_name_said_to_hold_a_title_at_an_employer_works_for_it(extract):
    ments, rels, _ = extract("覃国栋是鸿达集团的总经理。")
    assert ("覃国栋", "Person") in ments and ("覃国栋", "worksFor", "鸿达集团") in rels
    # the employer after its place, its office somewhere before the title
    _, rels, _ = extract("韦明是香港华丰集团驻南宁办事处的负责人。")
    assert ("韦明", "worksFor", "华丰集团") in rels
    ments, _, _ = extract("该公司是广西最大的汽车配件供应商。")
    assert not any(t == "Person" for _, t in ments)


def test_a_snack_food_maker_is_in_its_sector(extract):
    _, rels, _ = extract("知名休闲食品业龙头企业华味集团入驻园区。")
    assert ("华味集团", "inIndustry", "休闲食品") in rels


def test_an_agreement_entered_into_is_cooperation(extract):
    _, rels, _ = extract("柳工与玉柴订立采购框架协议，为期三年。")
    assert ("柳工", "cooperatesWith", "玉柴") in rels
    _, rels, _ = extract("柳工與玉柴訂立經修訂採購協議。")
    assert ("柳工", "cooperatesWith", "玉柴") in rels


def test_places_listed_after_a_province_address_lie_in_that_province(extract):
    _, rels, _ = extract("该集团已在广西藤县、岑溪、苍梧一带布局多个砂石基地。")
    assert {("藤县", "partOf", "广西"), ("岑溪市", "partOf", "广西"), ("苍梧县", "partOf", "广西")} <= rels
    # the list ends at a place outside the province; another province opens its own
    _, rels, _ = extract("该集团已在广西藤县、岑溪、广东封开、德庆布局工厂。")
    assert ("藤县", "partOf", "广西") in rels and ("岑溪市", "partOf", "广西") in rels
    assert ("封开县", "partOf", "广东") in rels
    assert not any(h in ("封开县", "德庆县") and t == "广西" for h, r, t in rels)
    _, rels, _ = extract("企业在广西南宁、深圳设有工厂。")
    assert ("深圳", "partOf", "广西") not in rels


def test_a_zone_lies_where_its_opening_ceremony_is_held(extract):
    _, rels, _ = extract("3月5日，桂北精密制造产业园开园仪式在鹿寨县举行。")
    assert ("桂北精密制造产业园", "locatedIn", "鹿寨县") in rels
    _, rels, _ = extract("桂北精密制造产业园开园活动在柳东新区举行，首批8家企业入驻。")
    assert ("桂北精密制造产业园", "locatedIn", "柳东新区") in rels
    # a plaque unveiled or a deal signed may be far from the zone
    _, rels, _ = extract("桂北精密制造产业园揭牌仪式在深圳举行。")
    assert not any(r == "locatedIn" and h == "桂北精密制造产业园" for h, r, t in rels)
    # a province is too wide to say where the zone lies
    _, rels, _ = extract("桂北精密制造产业园开园仪式在广西举行。")
    assert not any(r == "locatedIn" and h == "桂北精密制造产业园" for h, r, t in rels)


def test_projects_listed_under_a_sector_head_are_in_that_sector(extract):
    _, rels, _ = extract("钦州铝箔深加工项目、北海玻璃纤维二期项目等一批新材料重点项目集中签约。")
    assert {("钦州铝箔深加工项目", "inIndustry", "新材料"), ("北海玻璃纤维二期项目", "inIndustry", "新材料")} <= rels
    # a firm listed among them, under a head of supporting projects of the chain
    _, rels, _ = extract("梧州引进华锦陶瓷有限公司、岑溪陶瓷产业园等一批新材料及产业链配套项目。")
    assert {("华锦陶瓷", "inIndustry", "新材料"), ("岑溪陶瓷产业园", "inIndustry", "新材料")} <= rels


def test_a_project_opening_a_sentence_grows_the_sectors_it_names(extract):
    _, rels, _ = extract("鹿寨县正在规划桂中科创智谷。该项目是区域科创平台，将重点发展新材料、智能制造等产业。")
    assert {("桂中科创智谷", "inIndustry", "新材料"), ("桂中科创智谷", "inIndustry", "智能制造")} <= rels
    # a project named as where something happens is no subject
    _, rels, _ = extract("在桂中科创智谷，代表们参观了新材料展厅，了解智能制造发展情况。")
    assert not any(h == "桂中科创智谷" and r == "inIndustry" for h, r, t in rels)


def test_a_foreign_city_written_after_its_country_is_a_place_in_it(extract):
    ments, rels, _ = extract("梧州市与泰国的罗勇市结为友好城市。美国的大城市很多，德国的汽车市场很大。")
    assert ("罗勇市", "Region") in ments
    assert {("罗勇市", "partOf", "泰国"), ("梧州", "cooperatesWith", "罗勇市")} <= rels
    assert not any(t in ("大城市", "汽车市") for t, _ in ments)


def test_a_foreign_firm_and_the_city_it_meets_are_no_foreign_city(extract):
    # 美国X集团与Y市: the firm's name, 与 and a home city make no town of the country
    ments, rels, _ = extract("加拿大北辰集团与梧州市签署合作备忘录。")
    assert not any(t == "Region" and "与" in n for n, t in ments)
    assert ("北辰集团", "cooperatesWith", "梧州") in rels


def test_places_listed_side_by_side_are_not_parts_of_each_other(extract):
    _, rels, _ = extract("考察团一行先后走访了南宁、钦州、灵山、北海等地。")
    assert not any(r == "partOf" for _, r, _ in rels)
    _, rels, _ = extract("考察团走访了钦州灵山的茶园。")
    assert ("灵山县", "partOf", "钦州") in rels


def test_towns_listed_in_a_countys_land_are_part_of_the_county_named_before(extract):
    _, rels, _ = extract("三江侗族自治县境内的丹洲镇和古宜镇都有茶园。")
    assert {("丹洲镇", "partOf", "三江侗族自治县"), ("古宜镇", "partOf", "三江侗族自治县")} <= rels
    # the county may be named sentences before; 乡镇 closes the list
    _, rels, _ = extract("融水县位于桂北山区。光伏电站分布在县境内的四荣乡、安陲乡、白云乡3个乡镇。")
    assert {("四荣乡", "partOf", "融水苗族自治县"), ("安陲乡", "partOf", "融水苗族自治县"),
            ("白云乡", "partOf", "融水苗族自治县")} <= rels


def test_a_foreign_province_city_and_town_written_in_turn_are_each_part_of_the_one_before(extract):
    ments, rels, _ = extract("工厂位于印尼中爪哇省三宝垄市格农镇。泰国总理府发表声明。")
    assert {("中爪哇", "partOf", "印度尼西亚"), ("三宝垄", "partOf", "中爪哇"),
            ("格农镇", "partOf", "三宝垄")} <= rels
    assert not any(t == "Person" for _, t in ments)  # 总理府: a leader's office, no name after a title


def test_a_name_opening_with_a_conjunction_character_is_a_partner(extract):
    # 同 and 和 open some names (同方, 和记); such a name is a side, not the word "with"
    _, rels, _ = extract("同方股份有限公司與上汽通用五菱簽署合作備忘錄。")
    assert ("上汽通用五菱", "cooperatesWith", "同方") in rels
    _, rels, _ = extract("和记港口信托与广西北部湾港集团宣布签订合作备忘录。")
    assert ("北部湾港集团", "cooperatesWith", "和记港口信托") in rels
    assert not any("广西" in (h, t) for h, r, t in rels if r == "cooperatesWith")


def test_titles_of_one_person_run_across_commas(extract):
    # one person's titles, separated by 、 and commas: every body of the run employs them
    _, rels, _ = extract("柳州市人民政府副市长、党组成员，柳东新区管委会主任王建平主持签约。")
    assert {("王建平", "worksFor", "柳州市人民政府"), ("王建平", "worksFor", "柳东新区")} <= rels
    # the body opens the run and a place's own office (市委书记) closes it
    _, rels, _ = extract("自治區工業和信息化廳副廳長、黨組副書記，市委書記劉曉東講話。")
    assert ("刘晓东", "worksFor", "自治区工业和信息化厅") in rels
    # two people, each with his own body, stay apart
    _, rels, _ = extract("柳工集团董事长曾光安，柳钢集团总经理韦晓明出席。")
    assert ("韦晓明", "worksFor", "柳工") not in rels and ("曾光安", "worksFor", "柳钢集团") not in rels


def test_the_work_before_a_copula_is_no_partner_of_those_who_make_it(extract):
    # X是A与B的合作项目, X由A和B共建: A and B are partners; X is what they make
    _, rels, _ = extract("柳州工业博物馆是柳州与德国的重点合作项目。")
    assert not any(r == "cooperatesWith" and "柳州工业博物馆" in (h, t) for h, r, t in rels)
    _, rels, _ = extract("中泰崇左产业园由廣西與泰國共同建設。")
    assert ("广西", "cooperatesWith", "泰国") in rels or ("泰国", "cooperatesWith", "广西") in rels
    assert not any(r == "cooperatesWith" and "中泰崇左产业园" in (h, t) for h, r, t in rels)


def test_a_model_named_after_its_maker_and_the_models_listed_with_it_are_its_products(extract):
    _, rels, _ = extract("三台玉柴YC6K发动机和YC4S发动机运抵工地。")
    assert {("玉柴", "produces", "YC6K"), ("玉柴", "produces", "YC4S")} <= rels
    _, rels, _ = extract("兩台柳工CLG835H裝載機和CLG936E挖掘機交付客戶。")
    assert {("柳工", "produces", "CLG835H"), ("柳工", "produces", "CLG936E")} <= rels


def test_the_sector_of_a_list_head_after_many_and_a_maker_noun(extract):
    # 等诸多/众多 + sector + 厂家/供应商/生产企业: every listed firm is of the sector
    _, rels, _ = extract("南宁钢厂的客户包括鸿翔科技、立恒电子等诸多汽车零部件厂家。"
                         "宏达重工、金象机械等众多工程机械供应商也来了。")
    assert {("鸿翔科技", "inIndustry", "汽车零部件"), ("立恒电子", "inIndustry", "汽车零部件"),
            ("宏达重工", "inIndustry", "工程机械"), ("金象机械", "inIndustry", "工程机械")} <= rels


def test_a_place_with_its_sector_firms_counted_after_the_sector(extract):
    # 现有X企业N家: the place's sector; in an address (柳州|融安) the inner place is meant
    _, rels, _ = extract("柳州融安现有木材加工企业60多家。南宁目前汽车零部件生产企业已达120家。")
    assert {("融安县", "inIndustry", "木材加工"), ("南宁", "inIndustry", "汽车零部件")} <= rels
    assert ("柳州", "inIndustry", "木材加工") not in rels


def test_items_of_one_list_are_not_in_each_other(extract):
    _, rels, _ = extract("该港口群拥有防城港、钦州港和北海港三个港区，引进了一批企业。")
    assert not any(r == "locatedIn" and t == "防城港" for h, r, t in rels)


def test_a_places_key_project_is_developed_by_the_place(extract):
    _, rels, _ = extract("华锦年产5万吨纺织品项目是柳北区重点建设项目，计划总投资3亿元。")
    assert ("柳北区", "develops", "华锦年产5万吨纺织品项目") in rels


def test_a_projects_total_investment_before_it_is_nobodys_investment(extract):
    _, rels, _ = extract("园区引进的项目有总投资3亿元的柳钢集团年产5万吨钢管项目、总投资1亿元的玉柴集团年产2万台发动机项目。")
    assert not any(r == "investsIn" for _, r, _ in rels)


def test_a_carried_subject_that_became_a_sector_firm(extract):
    # …，一跃成为X最大的钢铁企业: the clause's subject is the firm named before it
    _, rels, _ = extract("2010年，柳钢实现产量超800万吨，一跃成为西南地区最大的钢铁企业。")
    assert ("柳钢集团", "inIndustry", "钢铁") in rels


def test_a_list_of_firms_closed_by_a_sector_and_chang_jia(extract):
    # 等诸多汽车厂家: jieba's one word 汽车厂家 holds the sector of the listed firms
    _, rels, _ = extract("钢厂的主要客户有上汽通用五菱、东风柳汽等诸多汽车厂家。")
    assert {("上汽通用五菱", "inIndustry", "汽车"), ("东风柳汽", "inIndustry", "汽车")} <= rels


def test_zhu_xiao_sells_mainly_to_a_market(extract):
    _, rels, _ = extract("投产以来，冠捷科技产品主销东盟，产量逐年翻番。")
    assert ("冠捷", "exportsTo", "东盟") in rels


def test_a_bare_yuanqu_opening_a_clause_is_the_paragraphs_zone(extract):
    _, rels, _ = extract("旺甫工业区位于贺州东部。目前园区已有40多家企业进驻，包括食品、建材、化工等优势产业。")
    assert {("旺甫工业区", "inIndustry", "食品"), ("旺甫工业区", "inIndustry", "建材"),
            ("旺甫工业区", "inIndustry", "化工")} <= rels
    assert not any(h == "贺州" and r == "inIndustry" for h, r, _ in rels)


def test_every_pair_of_a_list_of_partners_cooperates(extract):
    # A、B和C联合…, A、B、C等企业联合…: one list of partners acting together
    for text in ("玉柴集团、柳钢集团和柳工集团联合组建产业联盟。",
                 "市里支持玉柴集团、柳钢集团、柳工集团等龙头企业联合组建产业联盟。"):
        _, rels, _ = extract(text)
        pairs = {frozenset((h, t)) for h, r, t in rels if r == "cooperatesWith"}
        assert pairs == {frozenset(("玉柴", "柳钢集团")), frozenset(("柳工集团", "柳钢集团")),
                         frozenset(("玉柴", "柳工集团"))}, text


def test_a_provinces_gulf_is_part_of_the_province(extract):
    _, rels, _ = extract("面向东盟最近的出海口就在广西北部湾。")
    assert ("北部湾", "partOf", "广西") in rels


def test_a_port_inside_a_bay_of_the_gulf_lies_in_the_bay(extract):
    _, rels, _ = extract("新建的港区位于北部湾东部的廉州湾内，背靠大西南。")
    assert ("廉州湾", "partOf", "北部湾") in rels
    ments, rels, _ = extract("新建的物流基地位于钦州湾内。")
    assert ("钦州湾", "Region") in ments


def test_a_stake_held_in_a_named_firm_is_an_investment(extract):
    _, rels, _ = extract("目前，柳工持有HSW公司80%的股权，其余由员工持有。")
    assert ("柳工", "investsIn", "HSW") in rels


def test_firms_a_place_drew_in_to_invest_invest_in_it(extract):
    for text in ("近年来，资源县风电产业发展迅速，先后吸引国电投、特变电工等新能源名企投资。",
                 "近年来，资源县风电产业发展迅速，吸引了国电投、特变电工等新能源名企投资。"):
        _, rels, _ = extract(text)
        assert {("国电投", "investsIn", "资源县"), ("特变电工", "investsIn", "资源县")} <= rels, text


def test_an_address_before_a_firms_own_name_places_the_firm(extract):
    # 广东|东莞南卓集团: province, city, then the firm's own name
    ments, rels, _ = extract("两家供应商均隶属广东东莞南卓集团。")
    assert ("东莞", "Region") in ments
    assert {("南卓集团", "locatedIn", "东莞"), ("东莞", "partOf", "广东")} <= rels
    # but 湖南飞沃科技: a single place is part of the firm's name
    ments, rels, _ = extract("湖南飞沃科技在柳州投资。")
    assert not any(r == "locatedIn" and t == "湖南" for _, r, t in rels)


def test_a_bare_zone_word_before_a_title_is_the_paragraphs_zone(extract):
    # the story names many places, so no zone is its own; 开发区 goes back to the paragraph's
    text = ("总投资10亿元的锂电材料项目签约仪式在钦州港经济技术开发区举行，钦州、北海、防城港的企业代表参加。"
            "开发区工委书记韦明出席仪式并见证签约。")
    _, rels, _ = extract(text)
    assert ("韦明", "worksFor", "钦州港经济技术开发区") in rels


def test_a_firm_opening_one_listed_projects_name_builds_none_of_the_next(extract):
    # the next item opens with its zone (…、X片区|Y项目): still an item apart
    _, rels, _ = extract("新开工项目有：梧州市恒通陶瓷有限公司窑炉技改项目、龙圩片区回建安置房项目、城东污水处理厂项目等。")
    assert ("恒通陶瓷", "develops", "恒通陶瓷有限公司窑炉技改项目") in rels
    assert ("恒通陶瓷", "develops", "回建安置房项目") not in rels


def test_a_firm_signing_with_a_zone_builds_what_follows(extract):
    # A与B园区签约，在P建设X: the zone is A's partner, A builds X
    _, rels, _ = extract("玉柴集团与南宁五象新区正式签约，在南宁建设邕江动力研发中心。")
    assert ("玉柴", "develops", "邕江动力研发中心") in rels
    assert ("五象新区", "develops", "邕江动力研发中心") not in rels


def test_a_zone_visitors_come_to_builds_nothing_they_see(extract):
    _, rels, _ = extract("上午，考察团来到钦州港片区，了解片区规划，参观了正在建设的大榄坪集装箱码头。")
    assert not any(r == "develops" for _, r, _ in rels)


def test_a_port_written_after_its_province_or_country_is_there(extract):
    _, rels, _ = extract("满载农机的货轮昨日驶离广东湛江港，三天后抵达越南海防港。")
    assert {("湛江港", "locatedIn", "广东"), ("海防港", "locatedIn", "越南")} <= rels
    # a city before a port is part of the port's name, no statement of where it is
    _, rels, _ = extract("货轮驶离湛江港。")
    assert not any(r == "locatedIn" for _, r, _ in rels)


def test_a_firm_that_pays_for_building_a_project_invests_in_it(extract):
    _, rels, _ = extract("由华能广西清洁能源有限公司投资建设的2000亩渔光互补光伏项目并网发电。")
    assert {("华能广西清洁能源", "develops", "渔光互补光伏项目"),
            ("华能广西清洁能源", "investsIn", "渔光互补光伏项目")} <= rels
    _, rels, _ = extract("由中建八局承建的柳州东站综合枢纽项目完工。")
    assert not any(r == "investsIn" for _, r, _ in rels)


def test_goods_leaving_the_place_a_sentence_opens_with_are_its_exports(extract):
    _, rels, _ = extract("在玉林铁路物流中心，一台台柴油机经过装箱，通过海铁联运班列运往越南、泰国等地。")
    assert {("玉林", "exportsTo", "越南"), ("玉林", "exportsTo", "泰国")} <= rels


def test_a_zones_committee_named_bare_before_a_title_is_the_zone(extract):
    _, rels, _ = extract("玉林经济开发区举行项目签约仪式。工委委员、管委副主任刘勇主持仪式，工委委员韩梅致辞。市直机关工委书记陆平出席。")
    assert {("刘勇", "worksFor", "玉林经济开发区"), ("韩梅", "worksFor", "玉林经济开发区")} <= rels
    assert ("陆平", "worksFor", "玉林经济开发区") not in rels


def test_a_verb_inside_a_builders_name_is_no_verb(extract):
    _, rels, _ = extract("西江冷链仓储基地项目由柳州东城投资开发集团有限公司、广西港航投资控股集团有限公司共同开发，"
                         "占地120亩。")
    builders = {h for h, r, t in rels if r == "develops" and t == "西江冷链仓储基地项目"}
    assert len(builders) == 2
    assert not any(r == "investsIn" for h, r, t in rels)


def test_a_headquarters_run_by_the_county_is_a_body_and_an_employer(extract):
    ments, rels, _ = extract("融水县政协副主席、县杉木产业发展指挥部副指挥长韦建国介绍了情况。")
    assert ("杉木产业发展指挥部", "Organization") in ments
    assert ("韦建国", "worksFor", "杉木产业发展指挥部") in rels
    assert ("韦建国", "worksFor", "融水县政协") in rels


def test_a_province_named_with_its_country_is_no_stated_part(extract):
    _, rels, _ = extract("广西积极融入中国对外开放大局。")
    assert ("广西", "partOf", "中国") not in rels
    # but an address, or a sentence saying it is one of the country's provinces
    _, rels, _ = extract("来自中国广西的企业参展。")
    assert ("广西", "partOf", "中国") in rels
    _, rels, _ = extract("广西是中国唯一与东盟海陆相连的省区。")
    assert ("广西", "partOf", "中国") in rels


def test_two_countries_short_names_before_their_ties_are_partners(extract):
    _, rels, _ = extract("老挝是重要伙伴。中老两国经贸关系日益密切，双方合作不断深化。中国企业积极参与。")
    assert ("中国", "cooperatesWith", "老挝") in rels or ("老挝", "cooperatesWith", "中国") in rels


def test_lying_inside_a_place_named_after_a_wider_one(extract):
    _, rels, _ = extract("峒中口岸位于广西西南部的防城港市境内。")
    assert ("峒中口岸", "locatedIn", "防城港") in rels
    assert ("峒中口岸", "locatedIn", "广西") not in rels


def test_the_staff_of_a_firms_own_unit_work_for_the_firm(extract):
    _, rels, _ = extract("孔辉科技成立了数字化发展中心。孔辉科技数字化发展中心软件室主任韦志远介绍了情况。")
    assert ("韦志远", "worksFor", "孔辉科技数字化发展中心") in rels
    assert ("韦志远", "worksFor", "孔辉科技") in rels


def test_firms_settled_in_the_zone_the_sentence_named_before_them(extract):
    _, rels, _ = extract("目前，金田产业园内道路已通车，已有华远集团、东盛铝业等5家企业进驻园区。")
    assert {("华远集团", "locatedIn", "金田产业园"), ("东盛铝业", "locatedIn", "金田产业园")} <= rels
    # the zone of the sentences before, when the sentence names none
    _, rels, _ = extract("金田产业园去年开园。今年又有华远集团、东盛铝业等企业落户园区。")
    assert {("华远集团", "locatedIn", "金田产业园"), ("东盛铝业", "locatedIn", "金田产业园")} <= rels


def test_a_zone_named_after_a_sector_the_sentence_names_too(extract):
    _, rels, _ = extract("今年钦州大力发展新材料产业，钦州新材料产业园已开园。")
    assert ("钦州新材料产业园", "inIndustry", "新材料") in rels
    # the sector only inside the zone's name states nothing
    _, rels, _ = extract("钦州新材料产业园已开园，园区道路通车。")
    assert not any(r == "inIndustry" for _, r, _ in rels)


def test_a_place_whose_focus_is_building_a_works_builds_it(extract):
    _, rels, _ = extract("梧州正以建设梧州陶瓷交易中心项目为重点，推动产业升级。")
    assert ("梧州", "develops", "梧州陶瓷交易中心项目") in rels
    # a works the place relies on is a means: no builder named
    _, rels, _ = extract("广西将以梧州陶瓷交易中心项目为依托，推动产业升级。")
    assert not any(r == "develops" for _, r, _ in rels)


def test_firms_whose_projects_a_counted_list_of_sector_firms_holds(extract):
    text = "和平县先后引进丰骏公司年产8万套方向盘项目、恒福公司车灯总成项目、冠达公司年产3万套雨刮器项目等3家汽配企业。"
    _, rels, _ = extract(text)
    assert {("丰骏", "inIndustry", "汽车零部件"), ("恒福", "inIndustry", "汽车零部件"),
            ("冠达", "inIndustry", "汽车零部件")} <= rels
    # a list of projects that closes with no firms' sector gives none
    _, rels, _ = extract("和平县先后引进丰骏公司座椅项目、冠达公司碳罐项目等3个项目。")
    assert not any(r == "inIndustry" for _, r, _ in rels)


def test_a_second_officer_after_an_unknown_employer_is_not_the_first_ones(extract):
    _, rels, _ = extract("鼎丰集团董事长李明和远通中国总裁王强出席仪式。")
    assert ("李明", "worksFor", "鼎丰集团") in rels
    assert ("王强", "worksFor", "鼎丰集团") not in rels
    # a second title of the same employer after the first officer still counts
    _, rels, _ = extract("鼎丰集团董事长李明、总裁王强出席仪式。")
    assert {("李明", "worksFor", "鼎丰集团"), ("王强", "worksFor", "鼎丰集团")} <= rels


def test_named_firms_and_a_further_list_of_sector_firms_settling_in_a_place(extract):
    _, rels, _ = extract("鼎丰集团、远恒集团等龙头企业以及一大批纺织、食品等企业陆续落户贵州。")
    assert {("鼎丰集团", "locatedIn", "贵州"), ("远恒集团", "locatedIn", "贵州")} <= rels
    # the sectors after the named firms' list are the further firms', not theirs
    assert not any(r == "inIndustry" and h in ("鼎丰集团", "远恒集团") for h, r, _ in rels)


def test_working_in_concert_with_regions_is_cooperation(extract):
    _, rels, _ = extract("贵州省将积极与京津冀地区、长三角地区协同发展，并与重庆开展对口协作。")
    assert {("京津冀", "cooperatesWith", "贵州"), ("贵州", "cooperatesWith", "长三角")} <= rels


def test_a_firm_founding_a_firm_invests_in_it(extract):
    _, rels, _ = extract("去年，鼎丰集团来到柳州，成立宁远新能源公司，并在当地建设工厂。")
    assert ("鼎丰集团", "investsIn", "宁远新能源") in rels
    # founded in a year: no firm founded
    _, rels, _ = extract("鼎丰集团成立于2001年，远恒集团是其客户。")
    assert not any(r == "investsIn" for _, r, _ in rels)


def test_a_regions_head_of_government_after_its_party_secretary_is_not_the_committees(extract):
    _, rels, _ = extract("贵州省委书记彭大华、省长陈一武出席仪式。")
    assert ("彭大华", "worksFor", "贵州省委") in rels
    assert ("陈一武", "worksFor", "贵州省委") not in rels


def test_a_firm_after_zai_is_where_the_seller_sells_not_the_seller(extract):
    _, rels, _ = extract("鼎丰食品有限公司在京东、拼多多等平台开设店铺，产品销往美国、澳大利亚等国。")
    assert {("鼎丰食品", "exportsTo", "美国"), ("鼎丰食品", "exportsTo", "澳大利亚")} <= rels
    assert not any(h == "拼多多" and r == "exportsTo" for h, r, _ in rels)


def test_firms_listed_as_a_zones_newcomers_are_in_the_zone(extract):
    _, rels, _ = extract("黔南鼎丰工业园区成立于2010年。今年新入园并开工的项目有鼎丰机械有限公司、远恒电子有限公司等8个企业。")
    assert {("鼎丰机械", "locatedIn", "黔南鼎丰工业园区"), ("远恒电子", "locatedIn", "黔南鼎丰工业园区")} <= rels


def test_a_count_after_deng_heads_the_list_of_sector_firms(extract):
    _, rels, _ = extract("说起贵阳，它是拥有鼎丰集团、远恒集团等两大汽车集团的城市。")
    assert {("鼎丰集团", "inIndustry", "汽车"), ("远恒集团", "inIndustry", "汽车")} <= rels


def test_firms_settling_at_their_clauses_end_are_in_the_zone_named_before(extract):
    _, rels, _ = extract("开工仪式结束后，黔南鼎丰工业园区又举行签约仪式，远恒电子、宁昌机械等6家企业正式签约入驻。")
    assert {("远恒电子", "locatedIn", "黔南鼎丰工业园区"), ("宁昌机械", "locatedIn", "黔南鼎丰工业园区")} <= rels


def test_a_bracketed_short_name_after_a_listed_firm_keeps_it_in_the_list(extract):
    _, rels, _ = extract("远恒电子、鼎丰集团(鼎丰)、宁昌机械等一批零部件企业相继落户贵州。")
    assert {("远恒电子", "locatedIn", "贵州"), ("鼎丰集团", "locatedIn", "贵州"),
            ("宁昌机械", "locatedIn", "贵州")} <= rels


def test_firms_listed_after_their_sector_and_head_are_in_the_sector(extract):
    _, rels, _ = extract("黔南的新能源汽车生产企业有投资10亿元的远恒汽车公司、投资5亿元的宁昌车辆公司等。")
    assert {("远恒汽车", "inIndustry", "新能源汽车"), ("宁昌车辆", "inIndustry", "新能源汽车")} <= rels
    # 投资N亿元的 describes the item named next; the item before it invests in nothing
    assert not any(r == "investsIn" for _, r, _ in rels)


def test_this_zone_opening_a_sentence_refers_to_the_zone_named_before(extract):
    _, rels, _ = extract("黔南鼎丰工业园区规划面积55平方公里。这一园区位于贵州都匀。")
    assert ("黔南鼎丰工业园区", "locatedIn", "都匀市") in rels


def test_a_place_before_a_closed_list_of_sectors_is_in_each(extract):
    _, rels, _ = extract("贵州商会会长李凯文致辞时称赞遵义化工、烟草、机械等产业集群取得的成绩。")
    assert {("遵义", "inIndustry", "化工"), ("遵义", "inIndustry", "烟草"), ("遵义", "inIndustry", "机械")} <= rels


def test_places_a_sectors_base_is_built_around_are_in_the_sector(extract):
    _, rels, _ = extract("规划提出，重点建设以遵义、安顺、都匀等为核心的汽车零部件生产基地。")
    assert {("遵义", "inIndustry", "汽车零部件"), ("安顺", "inIndustry", "汽车零部件"),
            ("都匀市", "inIndustry", "汽车零部件")} <= rels


def test_a_place_said_to_be_a_member_of_listed_regions_is_part_of_each(extract):
    _, rels, _ = extract("遵义是成渝地区双城经济圈、长江经济带成员城市。")
    assert {("遵义", "partOf", "长江经济带"), ("遵义", "partOf", "成渝地区双城经济圈")} <= rels


def test_delivering_to_a_foreign_customer_is_an_export(extract):
    _, rels, _ = extract("远恒重工集团近日向沙特客户交付了30台装载机。")
    assert ("远恒重工集团", "exportsTo", "沙特") in rels
    # delivering to buyers at home is no export
    _, rels, _ = extract("远恒重工集团近日向贵阳用户交付了30台装载机。")
    assert not any(r == "exportsTo" for _, r, _ in rels)


def test_money_spent_on_an_unnamed_site_in_a_place_is_invested_in_the_place(extract):
    _, rels, _ = extract("鼎丰集团昨日斥资8亿元，在贵州都匀市建设一个智能制造产业园。")
    assert ("鼎丰集团", "investsIn", "都匀市") in rels


def test_a_firm_alone_that_settles_in_the_zone_word_is_in_the_zone_named_before(extract):
    _, rels, _ = extract("深圳恒远达股份有限公司看好鹿寨储能产业园的配套。"
                         "今年，恒远达等5个项目已入驻产业园。")
    assert ("深圳恒远达", "locatedIn", "鹿寨储能产业园") in rels


def test_a_subsidiary_set_up_and_named_after_the_verb_is_invested_in(extract):
    _, rels, _ = extract("深圳鸿达集团在柳州设立全资子公司柳州鸿达科技有限公司。")
    assert ("鸿达集团", "investsIn", "鸿达科技") in rels


def test_a_bare_zone_word_opening_a_clause_after_a_year_is_the_zone_named_so_before(extract):
    _, rels, _ = extract("湘桂合作试验区位于永州，重点发展电子信息产业。"
                         "2020年，试验区引进了华鑫电子、博远智能两家企业。")
    assert {("华鑫电子", "locatedIn", "湘桂合作试验区"), ("博远智能", "locatedIn", "湘桂合作试验区")} <= rels


def test_a_zone_hosting_firms_is_not_in_the_place_named_after_them(extract):
    _, rels, _ = extract("端州电子产业园位于肇庆。园区现已入驻企业90余家，鼎湖片区占一半。")
    assert ("端州电子产业园", "locatedIn", "鼎湖片区") not in rels
    assert ("端州电子产业园", "locatedIn", "肇庆") in rels


def test_sectors_listed_as_aspects_are_not_grown(extract):
    _, rels, _ = extract("柳东新区位于柳州。新区在用地、用工和金融等方面给予企业支持。新区重点发展汽车、机械等产业。")
    assert ("柳东新区", "inIndustry", "金融") not in rels
    assert ("柳东新区", "inIndustry", "汽车") in rels


def test_money_spent_on_listed_projects_sized_before_them_goes_to_each(extract):
    _, rels, _ = extract("明阳智慧能源集团股份有限公司将在德保县投资建设装机容量20万千瓦的"
                         "凤凰风电项目、青山风电项目和龙潭风电项目。")
    assert {("明阳智慧能源集团", "investsIn", x) for x in ("凤凰风电项目", "青山风电项目", "龙潭风电项目")} <= rels
    assert ("明阳智慧能源集团", "investsIn", "德保县") not in rels


def test_a_zones_committee_as_the_source_leaves_the_zone_the_sentences_topic(extract):
    _, rels, _ = extract("记者日前从永州高新区管委会获悉，目前永州高新区把新材料、电子信息、生物医药等作为园区发展的主导产业。")
    assert {("永州高新区", "inIndustry", x) for x in ("新材料", "电子信息", "生物医药")} <= rels


def test_a_firm_said_to_be_now_the_only_one_of_a_place_is_there(extract):
    _, rels, _ = extract("华锐新能源科技有限公司是目前湖南唯一一家钠电池企业。")
    assert ("华锐新能源科技", "locatedIn", "湖南") in rels


def test_the_first_works_of_a_place_named_after_a_dash_are_there(extract):
    _, rels, _ = extract("湘西首个抽水蓄能项目——吉首抽水蓄能电站项目首批机组昨日并网发电。")
    assert ("吉首抽水蓄能电站项目", "locatedIn", "湘西土家族苗族自治州") in rels


def test_a_project_described_then_built_by_a_groups_unit_in_a_clause_of_its_own(extract):
    _, rels, _ = extract("岳阳抽水蓄能电站项目总投资80亿元，由湖南发展集团旗下湘能集团牵头建设。")
    assert ("湘能集团", "develops", "岳阳抽水蓄能电站项目") in rels
    assert ("湖南发展集团", "develops", "岳阳抽水蓄能电站项目") not in rels


def test_the_places_a_sectors_firms_gather_in_are_in_the_sector(extract):
    _, rels, _ = extract("目前，湖南工程机械产业主要集中在长沙、株洲等地。")
    assert {("长沙", "inIndustry", "工程机械"), ("株洲", "inIndustry", "工程机械")} <= rels


def test_a_firm_name_holding_wei_does_not_make_the_firms_after_it_served(extract):
    # 为 inside 华为 is no 为 of serving (为A、B等车企配套): 中兴 and 联想 are the cluster's firms
    _, rels, _ = extract("防城港已形成以华为、中兴、联想等为代表的电子信息产业集群。")
    assert {("华为", "inIndustry", "电子信息"), ("中兴", "inIndustry", "电子信息"),
            ("联想", "inIndustry", "电子信息")} <= rels
    # firms served by a maker are not in the maker's sector
    _, rels, _ = extract("鑫源电池公司为华为、中兴等企业配套锂电池。")
    assert ("鑫源电池", "inIndustry", "锂电池") in rels
    assert not any(h in ("华为", "中兴") for h, r, t in rels if r == "inIndustry")


def test_projects_started_together_in_a_zone_are_in_it(extract):
    # an adverb before the verb (集中开工, 陆续落地) still says where the listed projects are
    _, rels, _ = extract("3月8日，鑫盛汽车部件生产项目等6个项目在鹿寨经济开发区集中开工。")
    assert ("鑫盛汽车部件生产项目", "locatedIn", "鹿寨经济开发区") in rels


def test_a_city_said_to_be_one_of_a_region_is_part_of_it(extract):
    _, rels, _ = extract("澳门是粤港澳大湾区的中心城市之一，会展业发达。")
    assert ("澳门", "partOf", "粤港澳大湾区") in rels
    # the region named further on, after a verb of its own, is no whole
    _, rels, _ = extract("澳门是沟通粤港澳大湾区与葡语国家的平台。")
    assert ("澳门", "partOf", "粤港澳大湾区") not in rels


def test_firms_listed_with_their_home_place_are_in_it(extract):
    _, rels, _ = extract("展馆里，宏远电机、华腾实业和恒达动力等3家广东企业带来了新品。")
    assert {("宏远电机", "locatedIn", "广东"), ("华腾实业", "locatedIn", "广东"),
            ("恒达动力", "locatedIn", "广东")} <= rels
    # a bloc is the firms' market or origin in a loose sense, no home
    _, rels, _ = extract("展馆里，宏远电机、华腾实业等东盟企业带来了新品。")
    assert not any(r == "locatedIn" for h, r, t in rels)
    # nor is the project's own province, too wide to place a firm of its stories
    _, rels, _ = extract("展馆里，宏远电机、华腾实业等广西企业带来了新品。")
    assert not any(r == "locatedIn" for h, r, t in rels)


def test_linked_development_is_cooperation(extract):
    _, rels, _ = extract("今后，北部湾经济区将与珠三角联动发展，共建产业链。")
    assert ("北部湾经济区", "cooperatesWith", "珠三角") in rels or ("珠三角", "cooperatesWith", "北部湾经济区") in rels


def test_a_bare_city_committee_in_a_list_of_officials_is_the_one_named_before(extract):
    _, rels, _ = extract("贺州市委书记李明远，市长张建国，市委常委、常务副市长王立新陪同调研。")
    assert ("王立新", "worksFor", "中共贺州市委") in rels or ("王立新", "worksFor", "贺州市委") in rels
    # with no committee named before, a bare 市委 names none
    _, rels, _ = extract("市委常委、常务副市长王立新陪同调研。")
    assert not any(r == "worksFor" for h, r, t in rels)


def test_money_spent_to_set_foot_in_a_place_is_invested_there(extract):
    # 布局 / 进军 after the sum: the place is where the money goes
    _, rels, _ = extract("上海华昌化工集团斥资120亿元布局防城港，建设新材料基地。")
    assert any(r == "investsIn" and t == "防城港" for h, r, t in rels)


def test_projects_whose_start_is_held_in_a_zone_lie_there(extract):
    _, rels, _ = extract("上月，远航动力装配基地项目、远航全球营销中心项目奠基典礼在柳州市宏图工业园区隆重举行。")
    assert ("远航动力装配基地项目", "locatedIn", "宏图工业园区") in rels
    assert ("远航全球营销中心项目", "locatedIn", "宏图工业园区") in rels


def test_a_bare_new_area_after_settling_is_the_storys_new_area(extract):
    text = ("五象新区今年招商成效明显。远航智能装备产业园的厂房已经完工。"
            "远航集团总经理李明远说，远航集团落户新区三年来发展迅速。")
    _, rels, _ = extract(text)
    assert ("远航集团", "locatedIn", "五象新区") in rels
    assert ("远航集团", "locatedIn", "远航智能装备产业园") not in rels


def test_money_put_in_a_place_to_build_a_named_project_goes_to_the_project(extract):
    _, rels, _ = extract("恒丰泰集团决定投资80亿元在钦州建设恒丰泰新材料产业基地项目。")
    assert ("恒丰泰集团", "investsIn", "恒丰泰新材料产业基地项目") in rels
    assert ("恒丰泰集团", "investsIn", "钦州") not in rels
    # with no project named, the money goes to the place
    _, rels, _ = extract("恒丰泰集团投资5亿元在钦州建设一个水泥厂。")
    assert ("恒丰泰集团", "investsIn", "钦州") in rels


def test_firms_counted_into_a_base_are_in_it(extract):
    _, rels, _ = extract("青山县建成华南电动工具生产基地，恒达、宏力等12家企业已入驻。")
    assert {("恒达", "locatedIn", "华南电动工具生产基地"), ("宏力", "locatedIn", "华南电动工具生产基地")} <= rels


def test_people_listed_under_one_title_work_where_the_first_does(extract):
    _, rels, _ = extract("鹿寨高新区负责人周海涛、吴静带队考察华星集团。")
    assert {("周海涛", "worksFor", "鹿寨高新区"), ("吴静", "worksFor", "鹿寨高新区")} <= rels
    _, rels, _ = extract("華星集團副總經理周海濤、吳靜出席簽約儀式。")
    assert {("周海涛", "worksFor", "华星集团"), ("吴静", "worksFor", "华星集团")} <= rels


def test_a_place_before_its_verb_of_lying_is_what_lies_there(extract):
    _, rels, _ = extract("华星集团选址钦州，钦州市位于北部湾经济区的中心。")
    assert ("华星集团", "locatedIn", "钦州") in rels  # (选址: where it settles)
    assert ("华星集团", "locatedIn", "北部湾经济区") not in rels
    _, rels, _ = extract("华星集团位于钦州市。")
    assert ("华星集团", "locatedIn", "钦州") in rels


def test_the_market_a_firm_is_listed_in_is_no_partner(extract):
    _, rels, _ = extract("香港上市物流企業嘉運供應鏈控股與柳州市政府簽約。")
    assert ("嘉运供应链控股", "cooperatesWith", "柳州市人民政府") in rels
    assert not {x for x in rels if "香港" in (x[0], x[2]) and x[1] == "cooperatesWith"}


def test_a_fair_is_no_party_to_what_is_done_during_it(extract):
    ments, rels, _ = extract("第20届东博会今日开幕\n东博会期间，华星集团与越南长海集团签约。")
    assert ("东博会", "Initiative") in ments  # (a node of its own)
    assert ("华星集团", "cooperatesWith", "长海集团") in rels
    assert not {x for x in rels if "中国—东盟博览会" in (x[0], x[2])}


def test_firms_flocking_in_are_in_the_storys_zone(extract):
    _, rels, _ = extract("鹿寨高新区十年发展综述\n鹿寨高新区十年来发展迅速。恒达精工、宏力电子等行业龙头纷至沓来，产业链日益健全。")
    assert {("恒达精工", "locatedIn", "鹿寨高新区"), ("宏力电子", "locatedIn", "鹿寨高新区")} <= rels


def test_money_put_in_to_back_a_place(extract):
    _, rels, _ = extract("华星电网公司计划投资30亿元支持鹿寨县建设现代化电网。")
    assert ("华星电网", "investsIn", "鹿寨县") in rels


def test_the_firm_just_founded_is_what_gai_gongsi_refers_to(extract):
    _, rels, _ = extract("龙升集团与鹿寨宏力机械制造有限公司合资成立了广西龙升农业装备股份有限公司。"
                         "目前，该公司已有7款产品，销往古巴、老挝等国家。")
    assert ("龙升农业装备", "exportsTo", "古巴") in rels
    assert ("龙升集团", "exportsTo", "古巴") not in rels


def test_a_controlling_shareholder_owns_the_firm(extract):
    _, rels, _ = extract("鹿寨宏力机械有限公司的控股股东为龙升集团。")
    assert ("龙升集团", "investsIn", "宏力机械") in rels
    assert ("宏力机械", "investsIn", "龙升集团") not in rels


def test_each_holder_of_a_share_clause_owns_the_firm(extract):
    for text in ("鹿寨宏力机械有限公司由三方合资组建，其中龙升集团占股51%，华星集团为30%，天海集团则为19%。",
                 "鹿寨宏力机械有限公司由龙升集团、华星集团和天海集团分别持股51%、30%和19%。"):
        _, rels, _ = extract(text)
        owners = {h for h, r, t in rels if r == "investsIn" and t == "宏力机械"}
        assert owners == {"龙升集团", "华星集团", "天海集团"}, text
        assert not {x for x in rels if x[1] == "investsIn" and x[2] != "宏力机械"}, text


def test_a_count_of_sectors_naming_nothing_else_is_the_storys_citys(extract):
    _, rels, _ = extract("鹿寨县工业稳步增长\n鹿寨县工业经济稳步增长。传统产业方面，林木加工、化工、冶金三大支柱产业提档升级。")
    assert {("鹿寨县", "inIndustry", x) for x in ("木材加工", "化工", "冶金")} <= rels  # (林木加工: 木材加工)
    _, rels, _ = extract("鹿寨县工业稳步增长\n鹿寨县工业经济稳步增长。宏力集团的林木加工、化工两大业务都在扩张。")
    assert ("鹿寨县", "inIndustry", "化工") not in rels  # (a firm's lines, not the county's sectors)


def test_firms_named_after_qizhong_are_in_the_place_that_counts_them(extract):
    _, rels, _ = extract("鹿寨企业亮相农机展\n本届农机展鹿寨县共有9家企业参展，其中宏力机械公司展出了播种机，龙升农机有限公司展出了收割机。")
    assert {("宏力机械", "locatedIn", "鹿寨县"), ("龙升农机", "locatedIn", "鹿寨县")} <= rels
    _, rels, _ = extract("本届农机展共有90家企业参展，其中宏力机械公司展出了播种机。")
    assert not {x for x in rels if x[1] == "locatedIn"}  # (no place counts them)


def test_partners_named_before_the_comma_of_the_signing_verb(extract):
    _, rels, _ = extract("鸿翔重工集团与南方资本、龙升投资和华星基金3家战略投资者，签订了总额为12亿元的增资协议。")
    pairs = {frozenset((h, t)) for h, r, t in rels if r == "cooperatesWith"}
    assert pairs == {frozenset(("鸿翔重工集团", x)) for x in ("南方资本", "龙升投资", "华星基金")}
    _, rels, _ = extract("鸿翔重工集团与南方资本的负责人座谈。双方还签订了供货协议。")
    assert not {x for x in rels if x[1] == "cooperatesWith"}  # (the sentence before is no clause of this one)
    _, rels, _ = extract("广西代表团赴广东座谈，对深化粤桂协作和融入粤港澳大湾区作出部署，并签署了合作框架协议。")
    assert ("粤桂协作", "cooperatesWith", "粤港澳大湾区") not in rels  # (no clause opening with A与/A和)


def test_the_business_areas_a_firm_has_entered_are_its_sectors(extract):
    _, rels, _ = extract("鸿翔集团近年来发展迅速，所涉足的业务板块逐步由工程机械扩大到润滑油、新材料等领域。")
    assert {("鸿翔集团", "inIndustry", x) for x in ("工程机械", "润滑油", "新材料")} <= rels
    _, rels, _ = extract("作为鸿翔集团发动机产业链板块的核心力量，龙升动力聚焦船用发动机的研发。")
    assert ("鸿翔集团", "inIndustry", "船舶") not in rels  # (a 板块 of a chain, not of its business)


def test_a_sentence_opening_with_its_subjects_role_is_about_the_subject(extract):
    _, rels, _ = extract("作为鹿寨经济开发区核心区的鹿寨高新产业园，规划面积约30平方公里，重点发展电子信息、商贸物流等产业。")
    assert {("鹿寨高新产业园", "inIndustry", "电子信息"), ("鹿寨高新产业园", "inIndustry", "商贸物流")} <= rels
    assert not {x for x in rels if x[0] == "鹿寨经济开发区" and x[1] == "inIndustry"}


def test_a_list_of_sectors_after_a_place_is_that_places(extract):
    _, rels, _ = extract("依托贺州面向粤港澳的区位优势，鹿寨的林木加工、化工、冶金等工业产品可以开拓更多市场。")
    assert {("鹿寨县", "inIndustry", x) for x in ("木材加工", "化工", "冶金")} <= rels
    assert not {x for x in rels if x[0] == "贺州" and x[1] == "inIndustry"}
    _, rels, _ = extract("依托佛山市机器人产业的优势和柳州市汽车和机械领域的基础，双方将加强面向汽车和机械领域的合作。")
    assert {("柳州", "inIndustry", "汽车"), ("柳州", "inIndustry", "机械")} <= rels
    assert {x for x in rels if x[0] == "佛山" and x[1] == "inIndustry"} == {("佛山", "inIndustry", "机器人")}


def test_the_firm_opening_a_sentence_sets_up_a_site_named_in_a_later_clause(extract):
    _, rels, _ = extract("宏达电子有限公司看好鹿寨的产业基础，去年底在鹿寨经济开发区设立子公司，生产电池模组。")
    assert ("宏达电子", "locatedIn", "鹿寨经济开发区") in rels
    _, rels, _ = extract("总部位于台中的鸿翔液压昨宣布，与柳工签署供货协议，将在柳州高新区设立液压阀生产线。")
    assert ("鸿翔液压", "locatedIn", "柳州高新区") in rels and ("柳工", "locatedIn", "柳州高新区") not in rels
    _, rels, _ = extract("记者从宏达电子获悉，龙升公司去年底在鹿寨经济开发区设立子公司。")
    assert ("宏达电子", "locatedIn", "鹿寨经济开发区") not in rels  # (a source, no actor)


def test_a_firm_that_is_anothers_unit_in_a_place_is_in_the_place(extract):
    _, rels, _ = extract("鹿寨宏达电子有限公司是龙升集团在鹿寨县投资兴建的电池生产基地。")
    assert ("宏达电子", "locatedIn", "鹿寨县") in rels
    _, rels, _ = extract("鹿寨宏达电子有限公司是龙升集团在鹿寨县最大的客户。")
    assert ("宏达电子", "locatedIn", "鹿寨县") not in rels  # (a customer, no unit)


def test_gai_jidi_refers_back_to_a_zone_named_a_base(extract):
    _, rels, _ = extract("鹿寨的桂中新能源电动车生产基地发展迅速。该基地集聚了宏达电动、龙升电动等知名企业。")
    assert {("宏达电动", "locatedIn", "桂中新能源电动车生产基地"),
            ("龙升电动", "locatedIn", "桂中新能源电动车生产基地")} <= rels


def test_a_firms_site_in_a_place_places_the_firm(extract):
    _, rels, _ = extract("宏达重工有限公司在越南的工厂已经投产。")
    assert ("宏达重工", "locatedIn", "越南") in rels
    _, rels, _ = extract("宏达重工有限公司在越南的销售额增长三成。")
    assert ("宏达重工", "locatedIn", "越南") not in rels  # (sales there, no site)


def test_a_time_word_between_a_founder_and_its_partner_keeps_both_founders(extract):
    _, rels, _ = extract("龙升集团去年与宏达机械有限公司合资成立鹿寨华星精工有限公司。")
    assert {("龙升集团", "investsIn", "华星精工"), ("宏达机械", "investsIn", "华星精工")} <= rels
