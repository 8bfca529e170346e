"""Recognition on short, made-up news snippets (none copied from an article)."""
from kg.model import Mention
from kg.recognise import company_core, select_longest, split_tokens
from kg.model import Token


def test_company_with_legal_suffix_and_city_prefix(extract):
    ments, _, _ = extract("柳州鑫达精工科技有限公司位于柳江区新兴工业园，主要生产汽车零部件。")
    assert ("柳州鑫达精工科技有限公司", "Company") in ments
    assert ("柳江区新兴工业园", "IndustrialPark") in ments
    assert ("汽车零部件", "Industry") in ments


def test_enumeration_takes_the_type_of_its_head_noun(extract):
    ments, _, _ = extract("柳州嘉和机电、广西福达精工、柳州华锐汽车等企业加快转型。")
    assert {("柳州嘉和机电", "Company"), ("广西福达精工", "Company"), ("柳州华锐汽车", "Company")} <= ments


def test_enumeration_with_count_and_qualifier(extract):
    ments, _, _ = extract("风电产业加速集聚，远景动力、明阳传动、华创储能3大配套企业相继投产。")
    assert {("远景动力", "Company"), ("明阳传动", "Company"), ("华创储能", "Company")} <= ments


def test_enumeration_under_firms_from_home_and_abroad(extract):
    ments, _, _ = extract("开发区已引进华泰橡塑、东升木业、金禾家居等国内外知名企业30家。")
    assert {("华泰橡塑", "Company"), ("东升木业", "Company"), ("金禾家居", "Company")} <= ments


def test_listed_kinds_of_parts_before_a_firm_head_are_no_firms(extract):
    ments, _, _ = extract("新区已聚集转向系统、座椅总成、车灯组件等配套企业40余家。")
    assert not {t for t, typ in ments if typ == "Company"}
    ments, _, _ = extract("园區引進電控系統、華駿機電等配套企業。")
    assert ("华骏机电", "Company") in ments and ("电控系统", "Company") not in ments


def test_a_firms_short_name_that_is_a_word_needs_a_firms_context(extract):
    ments, _, _ = extract("华星钢构与日产组建合资公司。")
    assert ("日产", "Company") in ments
    ments, _, _ = extract("新产线日产钢构件120吨。")
    assert ("日产", "Company") not in ments


def test_listed_kinds_of_product_are_no_products_but_models_are(extract):
    ments, _, _ = extract("该厂主要生产船用柴油机、燃气轮机、液压泵等产品，主力机型包括YC6、YC8等系列。")
    products = {t for t, typ in ments if typ == "Product"}
    assert not products & {"船用柴油机", "燃气轮机", "液压泵"}
    assert "YC6" in products
    ments, _, _ = extract("公司推出2000毫米宽幅冷轧板、1500毫米镀锌卷板等产品。")
    assert ("1500毫米镀锌卷板", "Product") in ments


def test_two_model_codes_joined_by_and_are_two_list_items(extract):
    ments, _, _ = extract("新工厂首批投产的产品包括QK30、QK50和QK70三大系列。")
    assert {("QK30", "Product"), ("QK50", "Product"), ("QK70", "Product")} <= ments


def test_a_makers_company_name_is_no_part_of_its_models_name(extract):
    ments, rels, _ = extract("展会上，柳工XG958装载机和三一SY75挖掘机同台亮相。")
    assert ("XG958", "Product") in ments and ("柳工XG958", "Product") not in ments
    assert ("柳工", "produces", "XG958") in rels


def test_a_latin_firm_name_after_a_date_and_yu_is_whole(extract):
    ments, rels, _ = extract("今年3月与KTM公司签署了合作协议。")
    assert ("KTM公司", "Company") in ments
    assert not any(t.startswith("与") for t, _ in ments)


def test_economic_regions_and_the_mainland_are_places(extract):
    ments, _, _ = extract("台商在中國大陸的投資正從環渤海、閩三角轉向北部灣經濟圈。")
    assert {("中国大陆", "Region"), ("环渤海", "Region"), ("闽三角", "Region"), ("北部湾经济圈", "Region")} <= ments


def test_wire_agencies_are_media_outlets(extract):
    ments, _, _ = extract("据路透社报道，柳工已与韩国斗山接洽；共同社的消息称，日方尚未回应。")
    assert ("共同社", "Organization") in ments


def test_a_titled_name_followed_by_a_weekday_or_a_day(extract):
    ments, _, _ = extract("总经理黄志明周四在签约仪式上致辞。董事长覃丽今日透露，新厂将投产。")
    assert {("黄志明", "Person"), ("覃丽", "Person")} <= ments


def test_hong_kong_policy_bureaus_are_bodies(extract):
    ments, rels, _ = extract("商務及經濟發展局局長丘某某率團訪問柳州。")
    assert ("商务及经济发展局", "Organization") in ments


def test_the_short_name_of_the_taiwan_investors_federation(extract):
    ments, _, _ = extract("全國台企聯組團赴欽州考察。")
    assert ("全国台企联", "Organization") in ments


def test_a_zone_named_after_a_known_firm_names_the_firm(extract):
    ments, _, _ = extract("京东物流华南智慧供应链产业园正式开园。")
    assert ("京东物流", "Company") in ments


def test_hong_kong_port_and_power_groups_are_known_firms(extract):
    ments, rels, _ = extract("和記港口信託行政總裁周某某與中華電力代表出席簽約。")
    assert {("和记港口信托", "Company"), ("中华电力", "Company")} <= ments
    assert ("周某某", "worksFor", "和记港口信托") in rels


def test_the_showroom_of_a_named_centre_is_the_centre(extract):
    ments, _, _ = extract("代表团参观了桂港科技合作中心体验中心。")
    names = {t for t, _ in ments}
    assert "桂港科技合作中心" in names and not any(t.endswith("体验中心") for t in names)


def test_enumeration_counted_in_chinese_numerals(extract):
    ments, _, _ = extract("近年来，华科电器、广东美创、深圳蓝鲸等十多家家电企业相继落户园区。")
    assert {("广东美创", "Company"), ("深圳蓝鲸", "Company")} <= ments
    ments, _, _ = extract("开发区引进金鹏科技、湖南瑞丰等二十余家配套企业。")
    assert {("金鹏科技", "Company"), ("湖南瑞丰", "Company")} <= ments


def test_everyday_words_listed_before_a_project_head_name_no_project(extract):
    ments, _, _ = extract("双方确定共同推进运输、旅游及商贸合作项目等项目。")
    assert not {m for m in ments if m[1] == "Project"}


def test_list_heads_with_leaders_and_known_firms_sub_sectors_and_supporting_firms(extract):
    ments, _, _ = extract("柳东新区现已集聚金辉食品、鑫源调味品等行业龙头及知名食品企业。")
    assert {("金辉食品", "Company"), ("鑫源调味品", "Company")} <= ments
    ments, _, _ = extract("园区已形成果酒、乳品、烘焙食品等细分行业。")
    assert {("果酒", "Industry"), ("乳品", "Industry"), ("烘焙食品", "Industry")} <= ments
    ments, _, _ = extract("今年已落地华新包装、鸿运印务等食品配套类企业12家。")
    assert {("华新包装", "Company"), ("鸿运印务", "Company")} <= ments


def test_a_verb_before_a_list_ends_its_first_item_but_not_inside_a_suffix(extract):
    ments, _, _ = extract("该基地集聚金象电动、锐驰车业等知名企业。")
    assert ("金象电动", "Company") in ments
    ments, _, _ = extract("小镇规划建设茶叶加工集聚区、生态农业示范区、农旅融合研学实训区。")
    assert ("茶叶加工集聚区", "IndustrialPark") in ments


def test_lists_headed_by_central_state_or_taiwanese_firms(extract):
    ments, _, _ = extract("鸿泰能源、中盛电力等多家央企相继落户园区。")
    assert ("鸿泰能源", "Company") in ments
    ments, _, _ = extract("金达纺织、宏图服饰等台企纷纷前来投资。")
    assert {("金达纺织", "Company"), ("宏图服饰", "Company")} <= ments


def test_two_lists_joined_after_the_first_ones_deng(extract):
    ments, _, _ = extract("园区吸引宏达电子、金象科技等央企以及鸿运重工、瑞通车业等行业龙头企业入驻。")
    assert {("金象科技", "Company"), ("鸿运重工", "Company"), ("瑞通车业", "Company")} <= ments


def test_a_list_item_of_fifteen_characters_keeps_the_run(extract):
    ments, _, _ = extract("园区吸引宏达电子、金象科技等多家央企以及鸿运重工、瑞通车业等行业龙头企业入驻。")
    assert ("鸿运重工", "Company") in ments


def test_joint_work_events_and_counts_in_a_list_of_sectors_are_no_sectors(extract):
    ments, _, _ = extract("签约项目涵盖装备制造、基础设施、科技合作、文化旅游等产业领域。")
    assert ("科技合作", "Industry") not in ments
    ments, _, _ = extract("第五届中国—东盟(南宁)家电、电子及配件博览会昨日开幕。")
    assert not {m for m in ments if m[0].endswith("博览会") and m[1] == "Industry"}


def test_a_list_headed_by_a_count_of_hundred_billion_yuan_sectors(extract):
    ments, _, _ = extract("近年来，该市聚焦机械、新材料、五金制品三大千亿元产业。")
    assert ("五金制品", "Industry") in ments


def test_a_word_ending_in_ju_for_a_situation_is_no_bureau(extract):
    ments, _, _ = extract("受市场影响，梧州陶瓷产业一度陷入困局。")
    assert not {m for m in ments if m[1] == "Organization"}
    assert ("梧州", "Region") in ments


def test_light_energy_and_trade_sectors_in_both_scripts(extract):
    ments, _, _ = extract("贺州大力发展碳酸钙产业，玉林的服装业和玩具业加快转型。")
    assert {("碳酸钙产业", "Industry"), ("服装业", "Industry"), ("玩具业", "Industry")} <= ments
    ments, _, _ = extract("東興積極發展邊境貿易和加工貿易。")
    assert {("边境贸易", "Industry"), ("加工贸易", "Industry")} <= ments


def test_cooperation_park_zones_and_kinds_of_zones(extract):
    ments, _, _ = extract("桂湘(富川)经济合作园区莲花大道工程开工建设。")
    assert ("桂湘(富川)经济合作园区", "IndustrialPark") in ments
    assert ("莲花大道", "Project") in ments
    ments, _, _ = extract("形成了以一批中越边贸合作园区为代表的产业集群，建成首个全国性桂湘合作园区。")
    assert not {m for m in ments if m[1] == "IndustrialPark"}


def test_the_east_and_west_of_china_name_no_place(extract):
    ments, _, _ = extract("推动东部地区加工贸易向中国西部转移，柳州积极承接。")
    assert {m for m in ments if m[1] == "Region"} == {("柳州", "Region")}


def test_a_credit_in_brackets_with_its_outlet_yields_nothing(extract):
    ments, _, _ = extract("两岸企业合作不断深化。(台湾网广西台办通讯员 韦明)")
    assert ments == set()


def test_the_party_before_a_places_committee_is_no_body_of_its_own(extract):
    ments, _, _ = extract("中共梧州市委书记王大明表示，要加快发展。")
    assert ("中共", "Organization") not in ments
    assert ("王大明", "Person") in ments


def test_kinds_of_ownership_and_verbs_before_a_group_name_no_firm(extract):
    ments, _, _ = extract("柳州产投公司是市国资委监管的国有独资有限公司，为有效调配集团公司资源而设。")
    assert not {m for m in ments if m[1] == "Company" and m[0] != "柳州产投公司"}
    ments, _, _ = extract("像华顺渔业公司、海鑫食品公司的产品全部出口。")
    assert ("华顺渔业公司", "Company") in ments


def test_an_area_before_a_zone_is_no_part_of_its_name(extract):
    ments, _, _ = extract("全力打造12平方公里钦南临港产业新城。")
    assert ("钦南临港产业新城", "IndustrialPark") in ments


def test_a_place_before_yu_and_a_year_after_a_verb_open_no_project(extract):
    ments, _, _ = extract("昭平县与富川龙头山风电场二期工程项目签约。")
    assert ("富川龙头山风电场二期工程项目", "Project") in ments
    ments, _, _ = extract("该县已取得2025年光伏发电项目开发指标。")
    assert not {m for m in ments if m[1] == "Project"}


def test_a_listed_sector_written_with_ye_is_the_sector(mention_keys):
    keys = mention_keys("园区产业定位为电子信息业、冷链仓储业、现代服务业等产业。")
    assert {"电子信息", "冷链仓储", "现代服务业"} <= keys


def test_a_guangxi_countys_short_name_is_the_county(mention_keys):
    keys = mention_keys("兴安、灵川两县加快发展风电。")
    assert {"兴安县", "灵川县"} <= keys


def test_a_group_known_by_its_legal_name_is_read_though_its_words_are_ordinary(extract):
    # 中国|联通 are everyday words, but the lexicon knows the group's legal name: the group
    ments, rels, _ = extract("中国联通在钦州投资建设数据中心项目。")
    assert ("中国联通", "Company") in ments
    assert ("中国联通", "investsIn", "钦州") in rels
    ments, _, _ = extract("中国联通发展迅速。")  # (a place and a word, acting as no firm does)
    assert not any(t == "Company" for _, t in ments)


def test_a_known_groups_name_of_two_everyday_words_opening_a_sentence_is_the_group(extract):
    # 阳光|电源 are everyday words; the lexicon knows the firm's legal name and no place opens it
    ments, rels, _ = extract("阳光电源计划投资建设岜莫山光伏项目。")
    assert ("阳光电源", "Company") in ments
    assert {("阳光电源", "investsIn", "岜莫山光伏项目"), ("阳光电源", "develops", "岜莫山光伏项目")} <= rels


def test_the_aluminium_chain_and_building_materials_are_sectors_of_their_own(mention_keys):
    keys = mention_keys("百色加快发展氧化铝、电解铝和铝精深加工，贵港则发展水泥、商品混凝土和砂石骨料。")
    assert {"氧化铝", "电解铝", "铝加工", "水泥", "混凝土", "骨料"} <= keys
    assert "铝" not in keys


def test_a_firm_named_by_a_place_and_a_sector_before_chanye_is_the_places_sector(extract):
    # 中国建材 is a firm; 中国建材产业 is the country's building-materials sector
    ments, _, _ = extract("西南乃至中国建材产业迎来新机遇。")
    assert ("建材产业", "Industry") in ments
    assert ("中国建材", "Company") not in ments


def test_regional_specialities_are_sectors(mention_keys):
    keys = mention_keys("梧州人造宝石产业、横州茉莉花产业和融安金桔产业发展迅速，山区大力发展林下经济。")
    assert {"人造宝石", "茉莉花", "金桔", "林下经济"} <= keys
    # a firm's new-energy batteries are its product; the sector is named with 产业
    assert "新能源电池" not in mention_keys("该公司的新能源电池等产品远销海外。")
    assert "新能源电池" in mention_keys("南宁新能源电池产业加快集聚。")


def test_water_and_power_as_utilities_are_no_sector(mention_keys):
    # 水电 bare is a sector only in a list of sectors; 水电费, 土地、水电等成本 are the utilities
    assert "水电" not in mention_keys("园区的土地、水电等要素成本较低，水电费也有优惠。")
    assert "水电" in mention_keys("该省大力发展水电、风电、光伏等清洁能源产业。")


def test_a_national_programme_is_an_initiative(extract):
    ments, _, _ = extract("作为南水北调的重要水源地，当地建成多座水库；西氣東輸管道也经过这里。")
    assert {("南水北调", "Initiative"), ("西气东输", "Initiative")} <= ments


def test_a_power_station_named_after_its_place_is_a_project(extract):
    ments, _, _ = extract("红水河上的乐滩水电站扩建完成，昌江核电站二期开工，大容山风电场并网发电，长洲水利枢纽蓄水。")
    assert {("乐滩水电站", "Project"), ("昌江核电站", "Project"), ("大容山风电场", "Project"),
            ("长洲水利枢纽", "Project")} <= ments
    # a kind of station, a rank, a charging station, a station inside its project's name: none
    ments, _, _ = extract("该县建成光伏电站和大型电站多座，省内首座抽水蓄能电站开工，市区新增充电站，"
                          "福田风电场项目开建。")
    projects = {t for t, ty in ments if ty == "Project"}
    assert not any(p.endswith("电站") for p in projects)
    assert "福田风电场" not in projects


def test_a_dash_joined_name_opening_a_line_holds_no_line_break(extract):
    ments, _, _ = extract("双方表示将给予支持。\n中国—东盟(钦州)海产品交易中心选址于钦州港。")
    assert ("中国—东盟(钦州)海产品交易中心", "Organization") in ments
    assert not {m for m in ments if m[0][:1].isspace()}


def test_a_classifier_before_a_model_is_no_part_of_its_name(extract):
    ments, _, _ = extract("宝骏推出这款宝骏E300 Plus车型，全系宝骏E300 Plus采用新电池。")
    assert ("宝骏E300 Plus", "Product") in ments
    assert not {m for m in ments if m[1] == "Product" and m[0].startswith(("这款", "全系"))}


def test_person_after_title_and_employer(extract):
    ments, _, _ = extract("柳州市人民政府副市长王海涛出席活动并讲话。")
    assert ("王海涛", "Person") in ments
    assert ("柳州市人民政府", "Organization") in ments


def test_bylines_yield_no_person(extract):
    ments, _, _ = extract("（全媒体记者 李华 通讯员 陈刚）园区企业总经理刘志强介绍，订单已排到明年。(王小明 摄)")
    people = {t for t, ty in ments if ty == "Person"}
    assert people == {"刘志强"}


def test_a_lettered_model_right_after_its_kind_of_machine(extract):
    ments, rels, _ = extract("柳州达尔智能科技有限公司推出巡检机器人Rover K，用于工厂车间生产巡检。")
    assert ("Rover K", "Product") in ments
    assert ("达尔智能科技", "produces", "Rover K") in rels


def test_product_with_latin_model_name(extract):
    ments, rels, _ = extract("上汽通用五菱推出新款五菱缤果EV，在柳州宝骏基地下线。")
    assert ("五菱缤果EV", "Product") in ments
    assert ("上汽通用五菱", "produces", "五菱缤果EV") in rels


def test_traditional_script_is_recognised(extract):
    ments, _, _ = extract("廣西汽車集團在柳東新區建設新能源整車基地，產品遠銷東南亞。")
    assert ("广西汽车集团", "Company") in ments
    assert ("柳东新区", "IndustrialPark") in ments
    assert ("东南亚", "Region") in ments


def test_traditional_particle_zhe_is_no_part_of_a_name(extract):
    # 隨著 simplifies to 随著 (著 is a simplified character too)
    ments, _, _ = extract("隨著北部灣經濟區加快開發，港口吞吐量持續增長。")
    assert ("北部湾经济区", "Region") in ments
    assert not any(t.startswith("随") for t, _ in ments)


def test_general_associations_guilds_and_unions(extract):
    ments, _, _ = extract("除港台文化交流基金会外，越南台商总会、台中市五金商业同业公会、梧州市总工会也派员参加。")
    assert ("港台文化交流基金会", "Organization") in ments  # 除…外 frames the name
    assert ("越南台商总会", "Organization") in ments
    assert ("梧州市总工会", "Organization") in ments
    assert any(t.endswith("五金商业同业公会") and ty == "Organization" for t, ty in ments)


def test_a_foreign_ministry_and_its_official(extract):
    ments, rels, _ = extract("马来西亚国际贸易和工业部副部长阿都拉曼表示，双方贸易增长很快。")
    assert ("马来西亚国际贸易和工业部", "Organization") in ments
    assert ("阿都拉曼", "worksFor", "马来西亚国际贸易和工业部") in rels
    # a unit of the ministry, and a second ministry the official also heads
    _, rels, _ = extract("老挝工贸部进出口司司长坎培出席。")
    assert ("坎培", "worksFor", "老挝工贸部") in rels
    _, rels, _ = extract("缅甸商务部兼计划部部长吴昂敏致辞。")
    assert ("吴昂敏", "worksFor", "缅甸商务部") in rels
    assert ("吴昂敏", "worksFor", "计划部") in rels
    # traditional script
    _, rels, _ = extract("柬埔寨商業部部長潘索拉出席開幕式。")
    assert ("潘索拉", "worksFor", "柬埔寨商业部") in rels


def test_collaborative_centres_are_bodies(extract):
    ments, _, _ = extract("中国—东盟海洋科技协同创新中心在钦州揭牌，广西(上海)产业合作中心同日挂牌。")
    assert ("中国—东盟海洋科技协同创新中心", "Organization") in ments
    assert ("广西(上海)产业合作中心", "Organization") in ments


def test_an_economic_park_and_the_taiwan_spelling_of_brunei(extract):
    ments, _, _ = extract("中国-东盟经济园区位于南宁北郊。台商常说的汶萊就是文莱。")
    assert ("中国-东盟经济园区", "IndustrialPark") in ments
    assert ("汶莱", "Region") in ments


def test_another_citys_body_is_not_the_storys_own(extract):
    # 市人大常委会 alone is the story's city's (a lexicon alias); after 南宁 it is Nanning's
    ments, rels, _ = extract("南宁市人大常委会副主任刘雄表示，合作成果丰硕。")
    assert ("南宁市人大常委会", "Organization") in ments
    assert not any("柳州" in t for _, r, t in rels)


def test_slogans_of_the_economy_are_no_initiatives(extract):
    # 双循环 and 新型工业化 name a policy climate; no annotator of the sixteen
    # real-news sets counted them (乡村振兴, a named strategy, stays)
    ments, _, _ = extract("融入国内国际双循环，推进新型工业化，服务乡村振兴。")
    assert {t for t, ty in ments if ty == "Initiative"} == {"乡村振兴"}


def test_an_economic_corridor_between_two_places_is_an_initiative(extract):
    ments, _, _ = extract("两国同意共建昆明—曼谷经济走廊，这条经济走廊将带动沿线发展。")
    assert ("昆明—曼谷经济走廊", "Initiative") in ments
    assert not any(t.startswith("这") for t, _ in ments)


def test_a_size_to_reach_names_no_park(extract):
    ments, _, _ = extract("力争把开发区打造成千亿元新材料产业园区。")
    assert not any(ty == "IndustrialPark" for _, ty in ments)
    ments, _, _ = extract("隨著上述百億元冶金產業園的建成，當地將受益。")
    assert not any(ty == "IndustrialPark" for _, ty in ments)


def test_a_countys_party_committee_before_a_title_is_a_body_not_a_firm(extract):
    ments, rels, _ = extract("融水县委书记韦强介绍了当地情况。")
    assert ("融水县委", "Company") not in ments
    assert ("融水县委", "Organization") in ments
    assert {r for r in rels if r[1] == "worksFor"} == {("韦强", "worksFor", "融水县委")}


def test_words_before_a_bare_committee_and_title_name_no_employer(extract):
    ments, rels, _ = extract("诚如市委书记覃建华所言，工业是立市之本。")
    assert ("覃建华", "Person") in ments
    assert not {t for t, typ in ments if typ in ("Company", "Organization")}
    assert not any(r == "worksFor" for _, r, _ in rels)


def test_generic_phrases_are_not_entities(extract):
    ments, _, _ = extract("当地企业积极开拓海外市场，重点园区和产业园区建设提速，龙头企业带动明显。")
    assert not {t for t, _ in ments} & {"当地企业", "海外市场", "重点园区", "产业园区", "龙头企业"}


def test_management_committee_is_the_zone_itself(extract):
    ments, rels, _ = extract("鹿寨经济开发区管委会主任黄建国表示，园区将加快发展。")
    assert ("鹿寨经济开发区", "IndustrialPark") in ments
    assert ("黄建国", "worksFor", "鹿寨经济开发区") in rels
    # a rank before the title (常务副主任) changes nothing
    ments, rels, _ = extract("东兴边境经济合作区管委会常务副主任覃志明介绍了情况。")
    assert ("东兴边境经济合作区", "IndustrialPark") in ments
    assert ("覃志明", "worksFor", "东兴边境经济合作区") in rels


def test_a_management_committee_acting_on_its_own_is_a_body(extract):
    ments, rels, _ = extract("鹿寨经济开发区管委会与广西恒远重工有限公司签订投资协议。")
    assert ("鹿寨经济开发区管委会", "Organization") in ments
    assert ("恒远重工", "cooperatesWith", "鹿寨经济开发区管委会") in rels


def test_town_after_district(extract):
    ments, rels, _ = extract("柳州市柳南区太阳村镇的竹鼠养殖基地扩建。")
    assert ("太阳村镇", "Region") in ments
    assert ("太阳村镇", "partOf", "柳南区") in rels


def test_industry_words_only_in_sector_context(extract):
    ments, _, _ = extract("他每天坐公交上班，顺路去银行办理金融业务。")
    assert not {t for t, ty in ments if ty == "Industry"}
    ments, _, _ = extract("全市大力发展现代物流、金融等生产性服务业。")
    assert ("生产性服务业", "Industry") in ments


def test_a_sector_measured_as_a_whole_is_a_sector(extract):
    # 产量, 销量, 装机 after a lexicon sector: the whole sector's output
    ments, rels, _ = extract("去年玉林新能源汽车产量突破十万辆。")
    assert ("新能源汽车", "Industry") in ments
    assert ("玉林", "inIndustry", "新能源汽车") in rels
    _, rels, _ = extract("贺州风電裝機容量明年將翻番。")
    assert ("贺州", "inIndustry", "风电") in rels
    # a car driven in passing is no sector
    ments, _, _ = extract("他开着新能源汽车去上班。")
    assert not any(ty == "Industry" for _, ty in ments)


def test_a_name_before_dao_and_no_state_office_as_employer(extract):
    ments, rels, _ = extract("广西恒通机械有限公司董事长兼总经理钟立华道。")
    assert ("钟立华", "Person") in ments
    assert ("钟立华", "worksFor", "恒通机械") in rels
    # 国家副主席: a state office, no employer named 中国国家
    ments, rels, _ = extract("越南国家副主席阮氏平出席开幕式。")
    assert not any(t.endswith("国家") for t, _ in ments)
    assert not any(r == "worksFor" for _, r, _ in rels)


def test_a_sector_word_before_a_vehicle_names_a_vehicle(extract):
    ments, rels, _ = extract("该工厂主要生产新能源物流车和城市物流用车。")
    assert ("物流", "Industry") not in ments


def test_a_sector_word_naming_a_floor_area_an_engine_or_a_quarter_is_no_sector(extract):
    ments, _, _ = extract("新厂房建筑面积12万平方米，主要生产天然气发动机。")
    assert ("建筑", "Industry") not in ments and ("天然气", "Industry") not in ments
    ments, _, _ = extract("新城规划了居住区、物流区、会展区等功能区。")
    assert not any(t == "Industry" for _, t in ments)
    ments, _, _ = extract("该区重点发展物流、会展等产业。")
    assert ("物流", "Industry") in ments and ("会展", "Industry") in ments


def test_longest_match_first_then_rule_priority():
    a = Mention("d", 0, 6, "柳工全球研发中心", "Project", "suffix:project_centre")
    b = Mention("d", 0, 2, "柳工", "Company", "lexicon")
    c = Mention("d", 4, 6, "研发", "Industry", "industry")
    assert [m.text for m in select_longest([b, c, a])] == ["柳工全球研发中心"]
    x = Mention("d", 0, 2, "柳工", "Company", "enum")
    y = Mention("d", 0, 2, "柳工", "Company", "lexicon")
    assert select_longest([x, y])[0].rule == "lexicon"


def test_tokens_are_cut_at_name_boundaries():
    toks = [Token("创柳钢", 0, 3), Token("集团", 3, 5)]
    assert [t.text for t in split_tokens(toks, {1})] == ["创", "柳钢", "集团"]


def test_company_short_forms():
    is_region = {"柳州", "广西"}.__contains__
    assert company_core("广西福达精工机械有限公司", is_region) == [
        "广西福达精工机械", "福达精工机械", "广西福达精工", "福达精工"]


def test_stock_code_marks_a_company(extract):
    ments, _, _ = extract("广西华锐新材料科技（688999.SH）在鹿寨经济开发区投资建厂。")
    assert ("广西华锐新材料科技", "Company") in ments


def test_words_before_a_known_firm_and_its_code_are_no_part_of_it(extract):
    ments, _, _ = extract("先有潍柴動力(000338)收购海外企业，又有中联重科(000157)跟进。")
    assert {("中联重科", "Company"), ("潍柴动力", "Company")} <= ments
    assert not any(t.startswith(("先有", "又有")) for t, _ in ments)


def test_a_group_brand_before_a_place_opens_its_units_name(extract):
    # 国电 opens the names of several known firms: it leads its unit's name
    ments, _, _ = extract("当天，以国电武汉电力设备股份有限公司为代表的9家企业签约入园。")
    assert ("国电武汉电力设备股份有限公司", "Company") in ments
    # an everyday word before the place does not
    ments, _, _ = extract("当天，根本没有武汉市华艺纸业有限公司的名字。")
    assert ("武汉市华艺纸业有限公司", "Company") in ments


def test_stock_codes_are_not_matched_in_running_numbers(extract):
    ments, _, _ = extract("该项目累计投资600249元。")
    assert not {t for t, ty in ments if ty == "Company"}


def test_employer_before_a_title(extract):
    ments, rels, _ = extract("台灣正新橡膠董事長陳秀雄率團考察柳州。")
    assert ("台湾正新橡胶", "Company") in ments
    assert ("陈秀雄", "worksFor", "正新橡胶") in rels


def test_party_committee_of_a_town(extract):
    ments, rels, _ = extract("土博镇党委书记韦衍祯表示，镇里将发展特色农业。")
    assert ("土博镇党委", "Organization") in ments
    assert ("韦衍祯", "worksFor", "土博镇党委") in rels


def test_ordinals_name_no_project(extract):
    ments, _, _ = extract("五菱将在印尼建设第二工厂。")
    assert not {t for t, ty in ments if ty == "Project"}


def test_qualified_sectors_keep_their_qualifier(extract):
    ments, _, _ = extract("园区今年重点培育风电装备制造产业，引进一批智能机器人产业链企业。")
    assert ("风电装备制造产业", "Industry") in ments
    assert ("智能机器人产业链", "Industry") in ments
    # a quantity before 产业 is no sector
    ments, _, _ = extract("我们希望在梧州布局更多产业项目，带来众多产业机会。")
    assert not any(t == "Industry" for _, t in ments)


def test_enumerated_firms_under_a_project_head(extract):
    ments, _, _ = extract("园区督促嘉芒电子、瑞晶智能科技等一批项目尽快达产。")
    assert {("嘉芒电子", "Company"), ("瑞晶智能科技", "Company")} <= ments
    # a known firm among the items: the other bare names are firms too
    ments, _, _ = extract("年内，宁德时代、朗拓、沃锐等项目先后投产。")
    assert {("朗拓", "Company"), ("沃锐", "Company")} <= ments
    # with no firm among them, bare names stay projects
    ments, _, _ = extract("年内，朗拓、沃锐等项目先后投产。")
    assert ("朗拓", "Project") in ments


def test_a_full_name_declared_short_as_a_known_firm_is_that_firm(mention_keys):
    # the short form in brackets is a known firm: the full name, an older one
    # the lexicon lacks, names that firm
    keys = mention_keys("柳州东风汽车制造有限公司（以下简称“东风柳汽”）当年营收增长。")
    assert keys == {"东风柳汽"}
    # a short form no lexicon knows keeps the full name
    keys = mention_keys("柳州恒达汽车部件有限公司（简称“恒达部件”）成立于2001年。")
    assert "恒达汽车部件" in keys


def test_a_firm_noun_before_a_brand_and_its_trade_word(extract):
    # the word for a firm right before the brand is no part of its name
    ments, _, _ = extract("港资饮料厂宏泰食品也在梧州设立灌装线。本地进口商嘉味源贸易负责人李明透露，订单增加。")
    assert {("宏泰食品", "Company"), ("嘉味源贸易", "Company")} <= ments
    # 国际 between a brand and its trade word belongs to the name
    ments, _, _ = extract("港资企业瑞通国际物流与北部湾港务集团签约。")
    assert ("瑞通国际物流", "Company") in ments


def test_a_hydraulics_maker_is_a_firm(extract):
    ments, rels, _ = extract("总部位于常州的恒川液压昨宣布，与柳工签署供货协议。")
    assert ("恒川液压", "Company") in ments
    assert ("恒川液压", "cooperatesWith", "柳工") in rels or ("柳工", "cooperatesWith", "恒川液压") in rels


def test_an_engineering_institute_is_a_body(extract):
    ments, rels, _ = extract("恒力机械工程院院长周建表示，中国工程院院士也到场指导。")
    assert {("恒力机械工程院", "Organization"), ("中国工程院", "Organization")} <= ments
    assert ("周建", "worksFor", "恒力机械工程院") in rels


def test_jieba_guesses_do_not_hide_a_suffix(extract):
    ments, _, _ = extract("英国车辆认证局是一家历史悠久的认证机构。")
    assert ("英国车辆认证局", "Organization") in ments


def test_named_programmes(extract):
    ments, _, _ = extract("2025年，鹿寨县提出加快实施制造业提质三年行动实施方案和数字经济赋能三年行动实施方案。")
    assert {("制造业提质三年行动", "Initiative"), ("数字经济赋能三年行动", "Initiative")} <= {
        (t.replace("实施方案", ""), ty) for t, ty in ments}


def test_short_form_in_parentheses_and_units_of_known_companies(extract):
    ments, rels, _ = extract("香港贸易发展局（贸发局）与柳州市投资促进局签署备忘录。贸发局助理总裁周启良在会上表示，将加强合作。")
    assert ("周启良", "worksFor", "香港贸易发展局") in rels
    _, rels, _ = extract("柳工国际业务部总经理韦志强介绍，海外订单增长。")
    assert rels == {("韦志强", "worksFor", "柳工")}


def test_banks_and_branches(extract):
    ments, _, _ = extract("汇丰银行柳州分行正式开业。")
    assert ("汇丰银行柳州分行", "Company") in ments


def test_datelines_yield_no_place(extract):
    ments, rels, _ = extract("本报记者何敏仪柳州报道：上汽通用五菱宣布新车投产。")
    assert ("柳州", "Region") not in ments
    assert not any(t == "柳州" for _, _, t in rels)


def test_investor_before_a_place_and_an_investment_verb(extract):
    ments, rels, _ = extract("台湾正新橡胶在柳州投资兴建轮胎工厂。")
    assert ("台湾正新橡胶", "Company") in ments
    assert ("正新橡胶", "investsIn", "柳州") in rels


def test_bank_brands_but_not_bank_kinds(extract):
    ments, _, _ = extract("客户登录手机银行办理业务，很多中小银行也推出新服务。浙商银行柳州分行开业。")
    assert {t for t, ty in ments if ty == "Company"} == {"浙商银行柳州分行"}


def test_a_list_ends_at_deng(extract):
    ments, _, _ = extract("邀请在汽车、机械、新材料等领域的42名院士、博导、教授、专家为园区企业提供咨询。")
    assert not {t for t, ty in ments if t in ("博导", "教授", "专家")}
    assert ("新材料", "Industry") in ments


def test_lists_cut_to_nothing_do_not_break_the_build(extract):
    # a run with 等 in its first item and a last item that ends inside a word
    ments, _, _ = extract("张某等人利用相关车辆伪造、故意制造交通事故骗取保险理赔金后被查处。")
    assert not {t for t, ty in ments if ty in ("Company", "Industry")}


def test_brand_then_sector_then_descriptor_is_a_company(extract):
    ments, rels, _ = extract("鸿翔汽车科技、立恒电子等企业积极拓展新能源汽车配套市场。")
    assert ("鸿翔汽车科技", "Company") in ments
    assert ("新能源汽车", "Industry") in ments
    assert ("鸿翔汽车科技", "inIndustry", "新能源汽车") in rels


def test_sector_word_alone_with_a_descriptor_is_no_company(extract):
    ments, _, _ = extract("中国汽车科技水平不断提升。")
    assert not any(ty == "Company" for _, ty in ments)


def test_industry_named_before_its_value_chain(extract):
    ments, rels, _ = extract("立恒电子、鸿翔动力等企业争夺新能源汽车价值链高端。")
    assert ("新能源汽车", "Industry") in ments
    assert ("鸿翔动力", "inIndustry", "新能源汽车") in rels


def test_project_named_by_owner_company_and_place(extract):
    ments, rels, _ = extract("鸿翔机电公司柳州项目顺利投产。")
    assert ("鸿翔机电公司柳州项目", "Project") in ments
    assert ("鸿翔机电", "develops", "鸿翔机电公司柳州项目") in rels


def test_a_place_alone_before_project_names_no_project(extract):
    ments, _, _ = extract("目前柳州项目建设进展顺利。")
    assert not any(ty == "Project" for _, ty in ments)


def test_known_company_inside_project_keeps_its_place_like_name(extract):
    _, rels, _ = extract("宁德时代柳州电池基地开工建设。")
    assert ("宁德时代", "develops", "宁德时代柳州电池基地") in rels


def test_count_and_sector_head_type_a_list_of_companies(extract):
    ments, rels, _ = extract("当地聚集了华锋、远驰、恒达三大汽车集团。")
    assert {("华锋", "Company"), ("远驰", "Company"), ("恒达", "Company")} <= ments
    assert {("华锋", "inIndustry", "汽车"), ("恒达", "inIndustry", "汽车")} <= rels


def test_listed_sectors_do_not_swallow_the_verb(extract):
    ments, _, _ = extract("全区正加快发展风电、氢能等新能源产业。")
    assert ("风电", "Industry") in ments
    assert not any(t.startswith("发展") for t, _ in ments)


def test_project_of_an_unknown_brand_names_the_brand_up_to_its_first_descriptor(extract):
    ments, rels, _ = extract("鼎芯科技光电材料项目近期将投产。")
    assert ("鼎芯科技", "Company") in ments
    assert ("鼎芯科技", "develops", "鼎芯科技光电材料项目") in rels


def test_unknown_partner_between_yu_and_a_cooperation_verb_is_a_company(extract):
    ments, rels, _ = extract("柳工与深圳鹏瑞签约，双方将共建研发中心。")
    assert ("深圳鹏瑞", "Company") in ments
    assert ("柳工", "cooperatesWith", "鹏瑞") in rels


def test_common_words_after_yu_are_no_partner(extract):
    ments, _, _ = extract("我们与当地政府签署协议，与会人员共同合作。")
    assert not any(ty == "Company" for _, ty in ments)


def test_everyday_word_descriptors_need_a_firm_context(extract):
    ments, _, _ = extract("网购家电很方便，但自建物流成本高。")
    assert not any(ty == "Company" for _, ty in ments)
    ments, rels, _ = extract("台资企业旺禾食品也在南宁投资，华港供应链、嘉运国际物流等企业入驻。")
    assert {("旺禾食品", "Company"), ("华港供应链", "Company"), ("嘉运国际物流", "Company")} <= ments


def test_listed_company_kind_is_no_name(extract):
    ments, _, _ = extract("香港上市公司港翔动力控股将投资20亿元。")
    assert ("港翔动力控股", "Company") in ments
    assert not any(t.startswith("香港上市") for t, _ in ments)


def test_model_numbers_and_brand_lines_are_products(extract):
    ments, rels, _ = extract("鸿远重工主要生产解放J7、解放J9系列重型卡车，20台935F挖掘机已装船。")
    assert {("解放J7", "Product"), ("解放J9", "Product"), ("935F", "Product")} <= ments
    assert ("鸿远重工", "produces", "解放J9") in rels
    ments, rels, _ = extract("东风柳汽的乘龙系列重卡已批量出口越南。")
    assert ("乘龙", "Product") in ments
    assert ("东风柳汽", "produces", "乘龙") in rels


def test_plain_numbers_are_no_models(extract):
    ments, _, _ = extract("2023年全市产量达到500辆，同比增长3.5%。")
    assert not any(ty == "Product" for _, ty in ments)


def test_lexicon_name_written_with_spaces(extract):
    ments, _, _ = extract("五菱推出宏光MINI EV敞篷版。")
    assert ("宏光MINI EV", "Product") in ments


def test_unknown_brand_in_apposition_to_a_sector_firm_noun(extract):
    ments, rels, _ = extract("螺蛳粉企业螺鲜生与港味源贸易签约。工程机械龙头柳工加快海外布局。")
    assert ("螺鲜生", "Company") in ments
    assert {("螺鲜生", "inIndustry", "螺蛳粉"), ("柳工", "inIndustry", "工程机械")} <= rels
    ments, _, _ = extract("物流企业也还存在大量的问题，汽车企业纷纷转型。")
    assert not any(ty == "Company" for _, ty in ments)


def test_new_zone_suffixes_and_planning_verbs(extract):
    ments, rels, _ = extract("柳州高新区正在创新规划江湾智谷，北海出口加工区内的晟丰科技投产。")
    assert {("北海出口加工区", "IndustrialPark"), ("晟丰科技", "Company")} <= ments
    # a 智谷 is a science and innovation complex the zone builds: a project
    assert ("江湾智谷", "Project") in ments and ("柳州高新区", "develops", "江湾智谷") in rels


def test_places_written_as_one_jieba_word_are_each_a_place(extract):
    ments, _, _ = extract("第21屆東博會24日在廣西南寧開幕。")
    assert {("广西", "Region"), ("南宁", "Region")} <= ments


def test_generic_factories_are_no_firms(extract):
    ments, _, _ = extract("笔电代工大厂纷纷转移，产品就近供应整车厂。")
    assert not any(ty in ("Company", "Region") for _, ty in ments)
    ments, _, _ = extract("柳钢集团一轧厂技术员韦某介绍。")
    assert ("柳钢集团一轧厂", "Project") in ments  # a works of a known firm: its facility (as the seed gold types it)


def test_taiwan_affairs_offices_and_reform_commissions(extract):
    ments, _, _ = extract("據北海市台辦統計，柳州市發改委表示歡迎台商投資。")
    assert {("北海市台办", "Organization")} <= ments
    assert any(ty == "Organization" and "发改委" in t for t, ty in ments)


def test_a_group_named_right_after_a_firm_noun(extract):
    ments, rels, _ = extract("港资企业华丰集团投资8亿元，在柳东新区建设华丰汽车零部件产业园项目。")
    assert ("华丰集团", "Company") in ments
    assert ("华丰集团", "investsIn", "华丰汽车零部件产业园项目") in rels


def test_a_count_before_chanye_heads_a_list_and_ends_no_name(extract):
    ents, _, _ = extract("风电装备、新材料两大产业贡献了过半的工业产值；新能源、机械三大產業加快發展。")
    industries = {n for n, t in ents if t == "Industry"}
    assert {"风电装备", "新材料", "新能源", "机械"} <= industries
    assert not any("两大" in n or "三大" in n for n in industries)


def test_people_after_titles_before_dates_and_verbs(extract):
    ents, rels, _ = extract("該市市長王建國19日在南寧市表示，柳州將加快發展。鸿翔科技有限公司董事长、总裁李明远宣布项目正式开工。")
    people = {n for n, t in ents if t == "Person"}
    assert {"王建国", "李明远"} <= people  # (mentions are in the normalised script)
    assert not any(t == "Project" and "宣布" in n for n, t in ents)  # no 李明远宣布项目
    assert ("李明远", "worksFor", "鸿翔科技") in rels
    # a preposition after the name; 著 (traditional 着) after a verb
    ents, rels, _ = extract("鸿翔集团党委书记、董事长吴建平从建厂说起。園區管委會副主任黃志明忙著介紹。")
    assert {("吴建平", "Person"), ("黄志明", "Person")} <= ents
    assert ("吴建平", "worksFor", "鸿翔集团") in rels
    # the head of a delegation (以…会长李某为团长的考察团), every body of the chain
    ents, rels, _ = extract("市长会见了以全国工商联副主席、梧州商会会长李德明为团长的考察团。")
    assert {("李德明", "worksFor", "梧州商会"), ("李德明", "worksFor", "全国工商联")} <= rels


def test_hong_kong_robot_word_and_models_after_the_kind(extract):
    ents, rels, _ = extract("鸿翔汽车在總裝車間部署10台鸿翔机器人公司生產的工業人形機械人K2 Pro，推動人形機械人產業發展。")
    assert ("人形机械人", "Industry") in ents  # 機械人: the Hong Kong word for robot
    assert ("K2 Pro", "Product", ) in ents
    assert ("鸿翔机器人公司", "Company") in ents  # not 部署10台鸿翔机器人公司: a count ends a name
    assert not any(t == "Industry" and n == "机械" for n, t in ents)
    ents, _, _ = extract("鸿翔科技的机器人H7进厂实训。")
    assert not any("进厂" in n for n, t in ents)


def test_people_before_adverbs_partners_and_titles_after_the_name(extract):
    ents, _, _ = extract("鸿翔集团总裁王立新特为庆典发去贺电。副总经理陈海涛向记者表示，工厂已投产。"
                         "今年4月，李国华同志在柳州调研。国务院总理张明远与泰国总理共同见证签约。"
                         "自治区人大常委会主任黄志强将于近日率团访问香港。")
    people = {n for n, t in ents if t == "Person"}
    assert {"王立新", "陈海涛", "李国华", "张明远", "黄志强"} <= people
    ents, _, _ = extract("但郭先生仍然坚持。")
    assert not any(t == "Person" for n, t in ents)


def test_places_of_an_address_before_a_name_are_mentioned(extract):
    ents, rels, _ = extract("当日，广西柳州市鹿寨县黄冕乡青山风电场二期项目首台风机并网发电。")
    assert ("广西柳州市鹿寨县黄冕乡青山风电场二期项目", "Project") in ents
    assert {("柳州市", "Region"), ("鹿寨县", "Region"), ("黄冕乡", "Region")} <= ents
    assert {("鹿寨县", "partOf", "柳州"), ("黄冕乡", "partOf", "鹿寨县")} <= rels
    ents, _, _ = extract("湖南鸿翔新能源科技股份有限公司在柳州设厂。")
    assert ("湖南", "Region") not in ents  # one place without 省: part of the firm's name


def test_a_regional_branch_is_its_parent(extract):
    ents, rels, _ = extract("风场由中国华电集团广西风电公司出资兴建，中建五局华南公司广西分公司负责施工。")
    companies = {n for n, t in ents if t == "Company"}
    assert {"中国华电集团广西风电公司", "中建五局华南公司广西分公司"} <= companies
    assert not any(n in ("广西风电公司", "华南公司") for n in companies)
    # a branch named after a compass region (南方, 北方) too
    ents, _, _ = extract("光伏电站由华信能源集团有限公司南方分公司投资建设。")
    assert {n for n, t in ents if t == "Company"} == {"华信能源集团有限公司南方分公司"}


def test_a_bank_branch_named_after_a_long_region_is_its_bank(extract):
    ents, _, _ = extract("中国工商银行股份有限公司广西壮族自治区分行为项目提供贷款。")
    companies = {n for n, t in ents if t == "Company"}
    assert companies == {"中国工商银行股份有限公司广西壮族自治区分行"}


def test_a_subsidiary_of_its_own_name_after_a_known_firm_is_one_firm(extract):
    ents, _, _ = extract("柳钢集团物流配送有限公司承接了运输业务。")
    companies = {n for n, t in ents if t == "Company"}
    assert companies == {"柳钢集团物流配送有限公司"}
    # (a place after the firm is its local arm: the parent, as before)
    ents, _, _ = extract("中国华电集团广西风电公司出资兴建风场。")
    assert {n for n, t in ents if t == "Company"} == {"中国华电集团广西风电公司"}
    # a compass region opening a name of its own does not make it an arm
    ents, _, _ = extract("勘察由中国能建集团西南电力设计院有限公司承担。")
    assert {n for n, t in ents if t == "Company"} == {"中国能建集团西南电力设计院有限公司"}


def test_a_common_word_opening_a_firm_name_is_no_glued_verb(extract):
    ents, _, _ = extract("项目由经济技术合作有限公司承建。")
    assert ("经济技术合作有限公司", "Company") in ents


def test_sectors_listed_before_a_counted_cluster_head(extract):
    ents, _, _ = extract("鸿翔集团将打造动力总成、热管理、智能座舱三个百亿自主产业集群，拉动电池、电机等核心零部件集群壮大。")
    industries = {n for n, t in ents if t == "Industry"}
    assert {"动力总成", "热管理", "智能座舱", "电池", "电机"} <= industries
    ents, _, _ = extract("打造能源管理、柳州螺蛳粉、智能移动机器人三个特色产业集群。")
    industries = {n for n, t in ents if t == "Industry"}
    assert "智能移动机器人" in industries and "能源管理" in industries
    assert "柳州螺蛳粉" not in industries  # a place's sector, not a sector's name


def test_unknown_sector_after_a_growth_verb_and_a_sector_before_project(extract):
    ents, _, _ = extract("鸿翔公司全面整合布局碳酸钙产业，是柳州第一个并网发电的风电项目的投资方。")
    industries = {n for n, t in ents if t == "Industry"}
    assert {"碳酸钙产业", "风电"} <= industries


def test_the_home_province_is_read_before_a_city_jieba_finds_inside_it(extract):
    ents, _, _ = extract("走进位于南宁东部新城的广西宁福新能源科技有限公司生产车间，生产线全速运转。")
    assert ("广西宁福新能源科技有限公司", "Company") in ents
    assert ("西宁", "Region") not in ents


def test_a_zone_named_after_two_places_joined_by_a_dot(extract):
    ents, _, _ = extract("近日，贺州·佛山工业加工区五个新项目同时开工。")
    assert ("贺州·佛山工业加工区", "IndustrialPark") in ents


def test_short_form_markers_and_particles_end_names(extract):
    ents, _, _ = extract("鸿翔钢铁基地项目(以下简称鸿钢项目)开工。鹿寨县雒容镇与花莲县的凤林镇缔结友好乡镇。")
    assert ("鸿翔钢铁基地项目", "Project") in ents and ("鸿钢项目", "Project") in ents
    assert not any(n.startswith(("以下", "的")) for n, t in ents)


def test_long_facility_names_with_yu_inside(extract):
    ents, _, _ = extract("我市已建成广西柑橘良种创制与评价中试研究基地、广西竹木复合材料精深加工科技成果转化中试研究基地。")
    projects = {n for n, t in ents if t == "Project"}
    assert {"广西竹木复合材料精深加工科技成果转化中试研究基地", "广西柑橘良种创制与评价中试研究基地"} <= projects


def test_a_partner_named_like_the_brand_of_a_project_of_the_story(extract):
    ents, rels, _ = extract("柳州高新区正在建设国信云联大数据产业基地。目前，柳州高新区与国信云联双方已达成合作意向。")
    assert ("国信云联", "Company") in ents
    assert ("国信云联", "cooperatesWith", "柳州高新区") in rels


def test_a_list_closed_by_a_place_and_a_size_before_its_head(extract):
    ents, _, _ = extract("值得注意的是，鸿翔水泥、立恒等一批台湾大型企业相继落户广西。")
    assert ("立恒", "Company") in ents


def test_list_items_that_describe_a_kind_name_nothing(extract):
    ents, _, _ = extract("鸿翔支付已和40家大型基金公司、国内所有航空公司及立恒、南方等大型互联网企业签约。")
    companies = {n for n, t in ents if t == "Company"}
    assert not any("所有" in n or "大型" in n for n in companies)
    assert "南方" in companies


def test_titled_name_that_is_also_a_city_is_a_person(extract):
    ments, rels, _ = extract("广西华联重工总经理南宁表示，新厂年底投产。")
    assert ("南宁", "Person") in ments
    assert ("南宁", "Region") not in ments
    assert ("南宁", "worksFor", "华联重工") in rels


def test_person_before_a_degree_adverb_and_a_rare_surname(extract):
    ments, rels, _ = extract("柳州市汽配协会负责人竺明远十分看好这项合作；东源机械董事长傅启东高度评价新园区。")
    assert {("竺明远", "Person"), ("傅启东", "Person")} <= ments
    assert ("竺明远", "worksFor", "柳州市汽配协会") in rels


def test_suffix_name_starts_after_the_titled_person_who_leads_it(extract):
    ments, rels, _ = extract("柳州驻深圳办事处主任覃立新率深圳商会代表团来柳考察。")
    assert ("覃立新", "Person") in ments
    assert ("深圳商会", "Organization") in ments
    assert not any("覃立新率" in t for t, _ in ments)


def test_model_code_after_the_kind_of_machine_is_the_product(extract):
    ments, rels, _ = extract("柳工本次交付挖掘机975F和电动装载机862H-E等产品。")
    assert {("975F", "Product"), ("862H-E", "Product")} <= ments
    assert ("柳工", "produces", "862H-E") in rels
    assert not any(t.startswith("挖掘机") for t, _ in ments)


def test_brand_at_the_end_of_a_longer_word_starts_the_model(extract):
    ments, rels, _ = extract("上汽通用五菱以全球車寶駿560為主銷產品。")
    assert ("宝骏560", "Product") in ments
    assert ("上汽通用五菱", "produces", "宝骏560") in rels


def test_a_name_starts_after_the_verb_before_a_known_place(extract):
    ments, _, _ = extract("满载配件的中欧班列驶离柳州南物流中心；考察团瞄准柳州汽车城的发展空间；"
                          "依托整车厂的需求和广西智能制造实验室的支撑。")
    assert ("柳州南物流中心", "Project") in ments
    assert ("广西智能制造实验室", "Organization") in ments
    assert not any(t.startswith(("驶离", "瞄准", "需求")) or "驶离" in t for t, _ in ments)


def test_a_liaison_office_keeps_its_stationed_in_place(extract):
    ments, _, _ = extract("香港特区政府驻广西联络处近日组团来柳考察。")
    assert ("香港特区政府驻广西联络处", "Organization") in ments


def test_a_brand_made_of_a_verb_stays_whole(extract):
    ments, _, _ = extract("腾飞科技有限公司与柳州永进机械签约。")
    assert ("腾飞科技有限公司", "Company") in ments


def test_what_a_place_is_or_becomes_names_no_project(extract):
    ments, _, _ = extract("桂平是国家林产品加工基地；玉林将打造国内一流的中高端内燃机制造基地。")
    assert not any(ty == "Project" for _, ty in ments)


def test_what_a_place_is_built_into_or_a_counted_kind_names_no_project(extract):
    # 建成 + a sector's base; a count before a designation whose words jieba
    # cut apart (零部|件)
    ments, _, _ = extract("力争五年内把贵港建成电动车产业基地。")
    assert not any(ty == "Project" for _, ty in ments)
    ments, _, _ = extract("两部委公布了5个国家汽车及零部件出口基地的名单。")
    assert not any(ty == "Project" for _, ty in ments)


def test_a_national_title_names_no_project(extract):
    # 国家/中国 + sectors and common words: a title a city holds, wherever it stands
    ments, _, _ = extract("考核结果显示，国家汽车及零部件出口基地整体向好。")
    assert not any(ty == "Project" for _, ty in ments)
    ments, _, _ = extract("这座城市被誉为中国新能源汽车城，企业云集。")
    assert not any(ty == "Project" for _, ty in ments)
    # a national body's own base, or a named zone of two partners, stays
    ments, _, _ = extract("国家信息中心大数据基地昨日揭牌运营。")
    assert ("国家信息中心大数据基地", "Project") in ments


def test_a_built_facility_and_a_place_own_designation_are_projects(extract):
    ments, _, _ = extract("我市已建成广西智能装备科技成果转化中试研究基地；积极打造柳州国家物流枢纽示范基地。")
    assert ("广西智能装备科技成果转化中试研究基地", "Project") in ments
    assert ("柳州国家物流枢纽示范基地", "Project") in ments


def test_a_title_covers_every_name_of_its_list(extract):
    ments, _, _ = extract("中国机械工业联合会名誉会长王立新、吴建华以及多位专家出席。")
    assert {("王立新", "Person"), ("吴建华", "Person")} <= ments


def test_a_foreign_leader_after_the_country_and_title(extract):
    ments, _, _ = extract("国务院总理与越南总理范明政共同见证签约；泰国总理宣布辞职。")
    assert ("范明政", "Person") in ments
    assert not any(t.startswith("宣布") for t, _ in ments)


def test_names_before_an_adverb_in_de_or_a_verb_in_zhe(extract):
    ments, _, _ = extract("雒容镇纪委书记韦绍东愉快地回忆了往事；产业园讲解员蓝诗敏指着流水线介绍。")
    assert {("韦绍东", "Person"), ("蓝诗敏", "Person")} <= ments
    assert ("雒容镇纪委", "Organization") in ments


def test_promotion_societies_and_a_body_centre_are_organisations(extract):
    ments, _, _ = extract("海峡两岸产业合作促进会与科技部火炬高技术产业开发中心座谈。")
    assert ("海峡两岸产业合作促进会", "Organization") in ments
    assert ("科技部火炬高技术产业开发中心", "Organization") in ments


def test_districts_written_short_after_their_city(extract):
    ments, rels, _ = extract("班列开行至成都青白江和重庆江津、綦江，并延伸至上海嘉定。")
    assert {("青白江", "Region"), ("江津", "Region"), ("綦江", "Region"), ("嘉定", "Region")} <= ments
    assert {("青白江区", "partOf", "成都"), ("江津区", "partOf", "重庆")} <= rels
    # two characters after a city that name none of its districts stay unread
    ments, _, _ = extract("重庆渝北的企业和重庆市场都很活跃，重庆火锅闻名。")
    assert ("渝北", "Region") in ments
    assert not any(t in ("火锅", "市场") for t, _ in ments)


def test_towns_after_a_city_and_villages_after_a_town(extract):
    ments, rels, _ = extract("柳州市雒容镇与台湾凤林镇结为友好乡镇；忻城县大塘镇大同村拉则屯的石材厂投产。柳州市城乡建设加快。")
    assert {("雒容镇", "Region"), ("凤林镇", "Region"), ("大同村", "Region"), ("拉则屯", "Region")} <= ments
    assert ("拉则屯", "partOf", "大同村") in rels
    assert ("雒容镇", "partOf", "柳州") in rels
    assert {h for h, r, t in rels if r == "cooperatesWith"} | {t for h, r, t in rels if r == "cooperatesWith"} \
        == {"雒容镇", "凤林镇"}
    assert not any(t.endswith("城乡") for t, _ in ments)


def test_names_after_a_title_before_any_verb_or_with_a_double_surname_or_a_dot(extract):
    ments, _, _ = extract("现任行政长官崔明安访问广西；集团董事长刘建华计划扩产；"
                          "时任香港特区行政长官林郑月娥参与会议；老挝KP集团董事长坎培·西里冯表示欢迎。")
    people = {t for t, ty in ments if ty == "Person"}
    assert {"崔明安", "刘建华", "林郑月娥", "坎培·西里冯"} <= people


def test_common_words_after_a_title_are_no_names(extract):
    ments, _, _ = extract("公司董事长方面表示同意，副总经理陆续到任。")
    assert not any(ty == "Person" for _, ty in ments)


def test_a_commissioner_office_is_an_organisation(extract):
    ments, rels, _ = extract("外交部驻香港特派员公署特派员韦明光及各界嘉宾出席。")
    assert ("外交部驻香港特派员公署", "Organization") in ments
    assert ("韦明光", "worksFor", "外交部驻香港特派员公署") in rels


def test_a_name_then_its_title_after_a_preposition(extract):
    ments, _, _ = extract("在陈志刚书记的带领下，园区发展迅速；常务副书记主持会议。")
    people = {t for t, ty in ments if ty == "Person"}
    assert people == {"陈志刚"}


def test_parties_and_the_central_government_are_organisations(extract):
    ments, _, _ = extract("国民党副主席与中共代表、中央政府官员出席论坛。")
    assert {("国民党", "Organization"), ("中共", "Organization"), ("中央政府", "Organization")} <= ments


def test_a_name_that_is_also_a_rare_verb_stays_a_name(extract):
    ments, _, _ = extract("国民党荣誉主席连战表示，两岸合作前景广阔。")
    assert ("连战", "Person") in ments


def test_strategies_in_corner_brackets_and_plans_in_book_titles(extract):
    ments, _, _ = extract("廣西推進「雙核驅動」戰略，印發《桂北生态经济发展规划》，签订《全面战略合作协议》。")
    assert ("「双核驱动」战略", "Initiative") in ments
    assert ("桂北生态经济发展规划", "Initiative") in ments
    assert not any("全面战略合作协议" in t for t, _ in ments)
    # programmes and policy papers too, but not an office's rules
    ments, rels, _ = extract("梧州印发《梧州再生资源产业三年实施方案》和《关于支持再生资源企业的若干规定》，"
                             "又转发《园区企业登记管理办法》。")
    assert {("梧州再生资源产业三年实施方案", "Initiative"), ("关于支持再生资源企业的若干规定", "Initiative")} <= ments
    assert not any("管理办法" in t for t, _ in ments)


def test_national_programmes_of_cooperation_are_known_in_both_scripts(extract):
    ments, _, _ = extract("依托CEPA和泛珠三角區域合作，兩地踐行「一國兩制」。")
    assert {("CEPA", "Initiative"), ("泛珠三角区域合作", "Initiative"), ("一国两制", "Initiative")} <= ments


def test_a_body_and_its_verb_or_a_leading_verb_start_no_name(extract):
    ments, _, _ = extract("商务部公布新一批广西汽车出口基地名单；伤者被送到中大医院救治。")
    assert ("广西汽车出口基地", "Project") in ments
    assert ("中大医院", "Organization") in ments


def test_a_place_then_a_verb_like_word_is_still_one_name(extract):
    ments, _, _ = extract("张家口联合石油化工有限公司投产；中国支付清算协会发布报告。")
    assert ("张家口联合石油化工有限公司", "Company") in ments


def test_a_short_place_name_that_is_a_word_counts_in_a_list_of_places(extract):
    ments, _, _ = extract("计划在華東、華北、中南、西南等设立区域仓储中心。")
    assert {("中南", "Region"), ("西南", "Region")} <= ments
    ments, _, _ = extract("这条路通往西南方向。")
    assert not any(ty == "Region" for _, ty in ments)


def test_a_foreign_country_before_a_national_firm_is_that_country_firm(extract):
    ments, rels, _ = extract("上汽通用五菱与越南国家电网签署合作协议；国家电网柳州供电局投资建设。")
    assert ("越南国家电网", "Company") in ments
    assert ("上汽通用五菱", "cooperatesWith", "越南国家电网") in rels


def test_names_after_two_places_joined_by_a_dash(extract):
    ments, _, _ = extract("中国—东盟智能装备协同创新中心揭牌，双方将共建中国-东盟产业合作区。")
    assert ("中国—东盟智能装备协同创新中心", "Organization") in ments
    assert ("中国-东盟产业合作区", "IndustrialPark") in ments


def test_an_organising_committee_and_a_secretariat_are_organisations(extract):
    ments, _, _ = extract("中国—东盟林业博览会组委会在南宁举行发布会。")
    assert ("中国—东盟林业博览会组委会", "Organization") in ments


def test_a_park_ends_before_a_locative_jieba_glued_to_it(extract):
    ments, _, _ = extract("位于贵港市电子电路信息产业园内的工厂正在加班生产。")
    assert ("贵港市电子电路信息产业园", "IndustrialPark") in ments


def test_a_known_brand_in_a_list_of_brands_is_a_product(extract):
    ments, _, _ = extract("东风、宝骏等汽车品牌深受消费者喜爱。")
    assert ("宝骏", "Product") in ments
    assert ("东风", "Company") in ments


def test_a_park_inside_a_known_zone_is_known_by_its_own_name(extract):
    ments, rels, _ = extract("鸿翔公司已入驻柳东新区花岭片零部件产业园。")
    assert ("柳东新区花岭片零部件产业园", "IndustrialPark") in ments  # the surface
    assert ("花岭片零部件产业园", "partOf", "柳东新区") in rels  # the key: its own name


def test_a_bracketed_qualifier_inside_a_name_and_a_local_arm_in_brackets(extract):
    ments, _, _ = extract("中国香港(地区)商会广西柳州分会与冠捷科技(北海)有限公司座谈。")
    assert ("中国香港(地区)商会广西柳州分会", "Organization") in ments
    assert ("冠捷科技(北海)有限公司", "Company") in ments
    assert not any(t.startswith(("北海)", "地区)")) for t, _ in ments)


def test_towns_listed_after_their_county_are_its_parts(extract):
    ments, rels, _ = extract("茶园分布在昭平县的走马镇、文竹镇和黄姚镇，以及八步区的贺街镇。")
    assert {("走马镇", "Region"), ("文竹镇", "Region"), ("黄姚镇", "Region"), ("贺街镇", "Region")} <= ments
    assert {("文竹镇", "partOf", "昭平县"), ("黄姚镇", "partOf", "昭平县"), ("贺街镇", "partOf", "八步区")} <= rels
    assert ("贺街镇", "partOf", "昭平县") not in rels


def test_a_town_after_its_county_and_de(extract):
    ments, rels, _ = extract("花莲县的凤林镇和柳州市雒容镇是结对友好交流乡镇。")
    assert ("凤林镇", "Region") in ments
    assert {frozenset((h, t)) for h, r, t in rels if r == "cooperatesWith"} == {frozenset(("雒容镇", "凤林镇"))}


def test_names_that_go_on_past_a_zone_or_a_project(extract):
    ments, rels, _ = extract("柳州市桂中智能家电产业集聚区（三期）项目按计划实施；加快粤黔经济带合作试验区（来宾）广西园建设；"
                             "鸿翔装载机数字工厂-无人施工试验场项目加快推进。")
    assert ("柳州市桂中智能家电产业集聚区(三期)项目", "Project") in ments
    assert ("粤黔经济带合作试验区(来宾)广西园", "IndustrialPark") in ments
    assert ("鸿翔装载机数字工厂-无人施工试验场项目", "Project") in ments
    assert ("粤黔经济带合作试验区(来宾)广西园", "partOf", "粤黔经济带合作试验区") in rels


def test_a_quoted_programme_being_built(extract):
    ments, _, _ = extract("鸿翔集团大力推动“数智鸿翔”建设；坚持以“六保六稳”统揽全局。")
    assert ("“数智鸿翔”建设", "Initiative") in ments
    assert ("六保六稳", "Initiative") in ments


def test_kinds_of_projects_and_trades_in_titles_name_nothing(extract):
    ments, rels, _ = extract("2025年一季度重大项目集中开工；伴随中国援外项目，柳工进入非洲。")
    assert not any(ty == "Project" for _, ty in ments)
    ments, rels, _ = extract("据上汽通用五菱海外事业及工程中心工艺工程经理韦立峰介绍，订单增长。")
    assert ("韦立峰", "worksFor", "上汽通用五菱") in rels
    assert not any(ty in ("Project", "Company") and "工程" in t for t, ty in ments)


def test_a_body_named_after_a_zone(extract):
    ments, _, _ = extract("广西壮族自治区产业园区改革发展办公室主任出席；天津宝坻石桥工业园区管理委员会发布公告。")
    assert ("广西壮族自治区产业园区改革发展办公室", "Organization") in ments
    assert ("天津宝坻石桥工业园区管理委员会", "Organization") in ments


def test_kinds_of_towns_and_villages_are_no_places(extract):
    ments, _, _ = extract("柳州市重点镇建设加快；融安县各乡镇推进美丽乡村建设。")
    assert not any(ty == "Region" and t.endswith(("镇", "乡", "村")) for t, ty in ments)


def test_a_brand_made_of_a_verb_and_a_firm_with_he_in_its_name(extract):
    ments, rels, _ = extract("联合重工集团有限公司成立；柳工收购了和谐汽车公司。")
    assert ("联合重工集团有限公司", "Company") in ments
    assert not any(t in ("谐汽车", "") for t, _ in ments)


def test_a_first_hospital_may_employ(extract):
    ments, _, _ = extract("柳州市第一人民医院院长王立明表示，新院区投用。")
    assert ("王立明", "Person") in ments


def test_the_verb_that_grows_a_list_of_sectors_is_no_item(extract):
    ments, _, _ = extract("新区重点发展智能电网、节能环保、高端工程机械等产业。")
    assert ("智能电网", "Industry") in ments
    assert not any(t.startswith(("发展", "重点")) for t, _ in ments)


def test_a_firm_named_after_a_zone_with_business_words(extract):
    ments, _, _ = extract("柳州柳东新区投资发展有限公司与粤明风电科技股份有限公司共同出资组建。"
                          "澳门城(中国)投资发展有限公司总经理韦国明介绍。本公司投资发展有限公司。")
    assert ("柳州柳东新区投资发展有限公司", "Company") in ments
    assert ("澳门城(中国)投资发展有限公司", "Company") in ments
    assert not any(t.startswith(("投资发展", "公司投资")) for t, _ in ments)


def test_counts_dashes_and_leader_words_before_names(extract):
    ments, _, _ = extract("中国──东盟智慧港口协同创新中心揭牌；一辆港珠澳大桥穿梭巴士驶过；"
                          "新建一座现代化装载机制造工厂；中国电子行业龙头华电信息产业集团落户北海。")
    assert ("中国──东盟智慧港口协同创新中心", "Organization") in ments
    assert ("港珠澳大桥", "Project") in ments
    assert not any(t.endswith("制造工厂") for t, _ in ments)
    assert not any("龙头" in t for t, _ in ments)


def test_two_bodies_side_by_side_and_two_projects_joined_by_ji(extract):
    ments, _, _ = extract("商务部发改委公布名单；鸿翔新能源汽车项目暨鸿翔新能源整车项目开工。")
    assert not any(t == "商务部发改委" for t, _ in ments)
    assert {("鸿翔新能源汽车项目", "Project"), ("鸿翔新能源整车项目", "Project")} <= ments


def test_leaders_listed_after_a_body_up_to_the_verb(extract):
    ments, rels, _ = extract("桂中新区领导覃立新、黄雪梅陪同考察；市、县领导陆振华、蒙冬梅、卢宏图出席仪式。")
    assert {("覃立新", "Person"), ("黄雪梅", "Person"), ("陆振华", "Person"),
            ("蒙冬梅", "Person"), ("卢宏图", "Person")} <= ments
    assert ("覃立新", "worksFor", "桂中新区") in rels


def test_a_three_character_name_before_an_adverb_word(extract):
    ments, _, _ = extract("新工厂由鹏达集团总经理马建强直接负责；商务司司长梁永康介绍了情况。")
    assert ("马建强", "Person") in ments and ("马建", "Person") not in ments
    assert ("梁永康", "Person") in ments


def test_a_two_character_name_keeps_its_verb_out(extract):
    ments, _, _ = extract("副局长刘洋说，园区招商引资势头良好；总裁陈刚也表示支持。")
    assert {("刘洋", "Person"), ("陈刚", "Person")} <= ments


def test_a_firm_named_only_by_its_sector_is_a_kind_of_firm(extract):
    ments, _, _ = extract("园区又引进两家新能源汽车公司；柳州机器人公司同日揭牌。")
    assert ("新能源汽车公司", "Company") not in ments
    assert ("新能源汽车", "Industry") in ments
    assert ("柳州机器人公司", "Company") in ments


def test_names_after_a_title_before_a_common_word_or_de(extract):
    ments, _, _ = extract("自治区主席韦永这样说；集团董事长黄光明座谈时介绍；随着市委书记覃俊康的宣布，企业代表庄永毅发言。")
    assert {("韦永", "Person"), ("黄光明", "Person"), ("覃俊康", "Person"), ("庄永毅", "Person")} <= ments


def test_a_county_town_with_a_common_name_is_a_place_in_a_list(extract):
    ments, _, _ = extract("公司在常州、江阴等地设厂；代工大厂订单饱满。")
    assert ("江阴", "Region") in ments
    assert not any(t == "大厂" for t, _ in ments)


def test_a_rank_between_a_place_and_a_zone_suffix_is_part_of_the_name(extract):
    ments, _, _ = extract("钦州国家级高新区揭牌；鹿寨升级为国家级高新区后，又规划一批自治区级高新区。")
    assert ("钦州国家级高新区", "IndustrialPark") in ments
    assert not any(t in ("国家级高新区", "自治区级高新区") for t, _ in ments)


def test_firms_that_stand_for_a_cluster_are_firms(extract):
    ments, rels, _ = extract("钦州形成了以华谊、恒逸、桐昆等为代表的石化产业集群。")
    assert {("华谊", "Company"), ("恒逸", "Company"), ("桐昆", "Company")} <= ments
    assert ("恒逸", "inIndustry", "石化") in rels


def test_the_opening_of_a_leads_frame_is_not_part_of_the_first_firm(extract):
    # jieba glues 以 to the first name (形成|以惠科); the frame's close (等为代表) shows it is the preposition
    ments, rels, _ = extract("北海已经形成以惠科、三诺、朗科等为代表的智能终端产业集群。")
    assert {("惠科", "Company"), ("三诺", "Company"), ("朗科", "Company")} <= ments
    assert not any(t.startswith("以") for t, _ in ments)
    assert ("惠科", "inIndustry", "智能终端") in rels
    # a name that begins with 以 and no frame after the list keeps it
    ments, _, _ = extract("以色列、伊朗等国家的客商到访。")
    assert ("以色列", "Region") in ments


def test_electronics_alone_is_a_sector_only_among_sectors(extract):
    ments, _, _ = extract("柳州联合电子公司增资；园区发展汽车、电子、机械等产业，电子产业增长较快。")
    assert ("电子", "Industry") in ments and ("电子产业", "Industry") in ments
    assert sum(1 for t, ty in ments if t == "电子" and ty == "Industry") == 1


def test_service_and_vehicle_words_are_sectors_only_among_sectors_or_with_chanye(extract):
    ments, _, _ = extract("这家物流公司新建仓储物流中心，客车停在充电桩旁；"
                          "园区发展汽车、物流等产业，物流产业增长较快。")
    assert sum(1 for t, ty in ments if t == "物流" and ty == "Industry") == 1
    assert ("物流产业", "Industry") in ments
    assert not any(t in ("客车", "充电桩") for t, _ in ments)
    ments, _, _ = extract("該市的智能製造示範工廠投產，商用車銷量上升；商用車行業回暖。")
    assert ("商用车行业", "Industry") in ments
    assert not any(t in ("智能制造", "商用车") for t, _ in ments)


def test_ports_airports_and_stations_named_after_places_are_facilities(extract):
    ments, _, _ = extract("北海港和广西防城港吞吐量增长，贵港、香港也受益；百色机场扩建，柳州火车南站投用，促进香港发展。")
    assert {("北海港", "Project"), ("百色机场", "Project"), ("柳州火车南站", "Project")} <= ments
    assert {("贵港", "Region"), ("香港", "Region")} <= ments
    assert not any(t.endswith("香港") and ty == "Project" for t, ty in ments)


def test_a_science_park_zone_is_a_park_and_the_topic_of_its_sentence(extract):
    ments, rels, _ = extract("据悉，梧州粤港科技园区主要承接电子信息和新材料两大产业的企业投资。")
    assert ("梧州粤港科技园区", "IndustrialPark") in ments
    assert {("梧州粤港科技园区", "inIndustry", "电子信息"), ("梧州粤港科技园区", "inIndustry", "新材料")} <= rels
    assert ("梧州", "inIndustry", "电子信息") not in rels


def test_an_address_and_a_bare_kind_of_park_after_a_zone(extract, mention_keys):
    # a house number ends an address before the zone; a bare 工业园区 after a
    # known zone is that zone
    ments, rels, _ = extract("厂址：儋州市滨海路8号洋浦经济开发区工业园区。")
    assert not any(t.startswith(("儋州市滨海路", "滨海路")) for t, _ in ments)
    assert "工业园区" not in mention_keys("厂址：儋州市滨海路8号洋浦经济开发区工业园区。")
    assert not any(h == "工业园区" or t == "工业园区" for h, _, t in rels)


def test_a_day_word_before_a_zone_is_no_part_of_its_name(extract):
    for day in ("当天", "昨天", "次日"):
        ments, _, _ = extract(f"{day}梧州高新开发区启动了5个园区建设项目。")
        assert ("梧州高新开发区", "IndustrialPark") in ments, day


def test_halls_named_after_their_place_are_facilities(extract):
    ments, _, _ = extract("签约仪式在梧州人民会堂举行，展会设在南宁展览馆和百色博物馆。")
    assert {("梧州人民会堂", "Project"), ("南宁展览馆", "Project"), ("百色博物馆", "Project")} <= ments
    # a hall named by no place is none
    ments, _, _ = extract("孩子们去过博物馆，也参观了展览馆。")
    assert not any(t == "Project" for _, t in ments)


def test_a_list_of_firms_after_a_verb_starts_at_the_first_name(extract):
    ments, _, _ = extract("园区还汇聚有华润、晶科、德力等众多知名光伏制造企业；爱尚佳电子、晶宇智能科技等一批项目落户。")
    assert {("华润", "Company"), ("晶科", "Company"), ("德力", "Company"), ("爱尚佳电子", "Company")} <= ments


def test_a_generic_qualifier_before_a_listed_sector_names_no_new_sector(extract):
    ments, _, _ = extract("新区积极布局氢能、光伏和配套储能产业。")
    assert ("储能产业", "Industry") in ments
    assert not any(t.startswith("配套") for t, _ in ments)


def test_a_foreign_country_before_a_ministry_names_its_own_ministry(extract):
    ments, _, _ = extract("泰国商务部官员到访；商务部表示欢迎；國務院臺辦副主任出席。")
    assert ("泰国商务部", "Organization") in ments and ("商务部", "Organization") in ments
    assert ("国务院台办", "Organization") in ments  # (the text is read in simplified script)


def test_trade_fairs_are_read_as_one_name_and_not_kept(extract):
    # a fair is an event: no class of the contract, so no node; but its name
    # is one name, so 东盟 inside it is not a mention of the bloc
    ments, rels, _ = extract("本届中國—東盟博覽會期间，柳州一家车企在会上与泰国经销商签约。")
    assert "中国—东盟博览会" not in {t for t, _ in ments}
    assert ("东盟", "Region") not in ments
    assert ("泰国", "Region") in ments
    ments, _, _ = extract("东博会前夕，柳州汽博会也开幕。")
    assert not ments


def test_names_after_places_joined_by_dashes(extract):
    ments, _, _ = extract("首批企业进驻中国靖西—越南茶岭边境产业合作区。")
    assert ("中国靖西—越南茶岭边境产业合作区", "IndustrialPark") in ments
    ments, _, _ = extract("谅山—河内—海防高速公路项目进展顺利。")
    assert ("谅山—河内—海防高速公路项目", "Project") in ments
    # a province before a city is only a prefix, not part of the joint name
    ments, _, _ = extract("推进广西钦州—澳门中医药产业园建设。")
    assert ("钦州—澳门中医药产业园", "IndustrialPark") in ments


def test_a_name_that_opens_a_clause_and_speaks_is_a_person(extract):
    ments, _, _ = extract("谈到海外市场，覃志强表示，今年订单比去年多。")
    assert ("覃志强", "Person") in ments
    # a word, a body, a form of address or a pronoun before 表示 is no name
    ments, _, _ = extract("公司表示，园区介绍，金融业认为，张先生说，但他表示，何某称，订单增加。")
    assert not {t for t, ty in ments if ty == "Person"}
    # an adverb after the name is not part of it
    ments, _, _ = extract("蒙立新还表示，产能将翻番。")
    assert ("蒙立新", "Person") in ments


def test_list_heads_with_rankings_and_leaders(extract):
    ments, _, _ = extract("鸿泰精工、永昌机电等世界500强企业及一批龙头陆续落户。")
    assert {("鸿泰精工", "Company"), ("永昌机电", "Company")} <= ments
    ments, _, _ = extract("园区引进了鸿泰精工、桂和物流等国内行业领军企业。")
    assert {("鸿泰精工", "Company"), ("桂和物流", "Company")} <= ments


def test_lines_and_crossings_named_after_places(extract):
    ments, _, _ = extract("黔桂铁路和贵南铁路相继通车，百色至龙邦高速公路建成，中越峒中河二桥已通车，水口口岸开放。")
    assert {("黔桂铁路", "Project"), ("贵南铁路", "Project"), ("百色至龙邦高速公路", "Project"),
            ("中越峒中河二桥", "Project"), ("水口口岸", "Project")} <= ments
    # kinds of line or crossing name none
    ments, _, _ = extract("开行抵边铁路和城际铁路，各国口岸和边境口岸加强合作，中国铁路运力充足。")
    assert not {t for t, ty in ments if ty == "Project"}
    # a belt named after a line is the belt's name, not the line's
    ments, _, _ = extract("推进湘桂跨高铁路经济带合作示范区建设。")
    assert ("湘桂跨高铁路经济带合作示范区", "IndustrialPark") in ments


def test_a_line_name_begins_after_a_verb_of_travelling_on_it(extract):
    # 利用|…铁路, jieba's 走南防|铁路, 开行|…铁路: the verb is no part of the line's name
    ments, _, _ = extract("货物向北利用黔桂铁路运往贵州，向南可走南防铁路，今年还首次开行中越铁路货运列车。")
    assert {t for t, ty in ments if ty == "Project"} == {"黔桂铁路", "南防铁路", "中越铁路"}


def test_no_name_after_a_particle_or_inside_a_frame(extract):
    # 摆放在|码头: a kind of place after 在; 对除…以外: the frame is no part of a name
    ments, _, _ = extract("集装箱整齐地摆放在码头上。细则对除高速公路以外的开放道路作出规定。")
    assert not {t for t, ty in ments if ty == "Project"}


def test_taiwan_investors_associations(extract):
    # 台协 then the title 会长; 台协会 written whole
    ments, rels, _ = extract("钦州市台协会长黄志明表示，台商信心足。贺州市台协会举行换届大会。")
    assert {("钦州市台协", "Organization"), ("贺州市台协会", "Organization")} <= ments
    assert ("黄志明", "worksFor", "钦州市台协") in rels


def test_names_after_titles_before_a_full_date_and_more_titles(extract):
    ments, rels, _ = extract("广西玉柴机器集团有限公司董事长李振华5月8日表示，订单充足。")
    assert ("李振华", "Person") in ments
    ments, rels, _ = extract("自治区商务厅二级巡视员黄立明出席活动。")
    assert ("黄立明", "Person") in ments


def test_models_after_a_known_brand_in_any_sentence(extract):
    ments, _, _ = extract("宝骏530、乘龙H9和风行T6等车型在市场上很受欢迎。")
    assert {("宝骏530", "Product"), ("乘龙H9", "Product"), ("风行T6", "Product")} <= ments
    # a number after an ordinary word is no model
    ments, _, _ = extract("全市共有汽车配套企业300家。")
    assert not {t for t, ty in ments if ty == "Product"}


def test_car_brands_of_the_region_are_products(extract):
    ments, _, _ = extract("寶駿品牌与東風風神、乘龙重卡同台亮相。")
    assert {("宝骏", "Product"), ("东风风神", "Product"), ("乘龙", "Product")} <= ments


def test_a_listed_short_name_running_into_an_everyday_word_is_none(extract):
    # 四方达 is a listed firm, but 四方|达成 reads "the four parties reach"
    ments, _, _ = extract("政府、企业和高校四方达成共识。")
    assert "四方达" not in {t for t, _ in ments}


def test_a_deputys_title_names_no_body(extract):
    ments, rels, _ = extract("全国人大代表、玉林市委书记黄某某在会上发言。")
    assert "全国人大" not in {t for t, _ in ments}
    assert not any(t == "全国人大" for _, _, t in rels)
    ments, _, _ = extract("全国人大常委会审议通过该法。")
    assert ("全国人大常委会", "Organization") in ments


def test_verbs_and_list_heads_before_a_project_are_no_part_of_its_name(extract):
    ments, _, _ = extract("全力支持鹿寨化肥配送中心项目建设，借力铁山港东岸码头发展。")
    assert {("鹿寨化肥配送中心项目", "Project"), ("铁山港东岸码头", "Project")} <= ments
    ments, _, _ = extract("园区在建重点项目华宇铝业年产10万吨铝板带项目进展顺利。")
    assert ("华宇铝业年产10万吨铝板带项目", "Project") in ments
    ments, _, _ = extract("又一大项目花落梧州高新区；另一项目选址港南区东津工业园；这里指钦州临港产业园。")
    assert {("梧州高新区", "IndustrialPark"), ("钦州临港产业园", "IndustrialPark")} <= ments
    assert not any(t.startswith(("花落", "选址", "指", "这里")) for t, _ in ments)
    # a verb of having or sharing, then only the kind: no name at all
    ments, rels, _ = extract("广西恒远重工有限公司已在玉林、贵港建有生产基地，与伙伴共同分享新区机遇。")
    assert not any(t in ("Project", "IndustrialPark") for _, t in ments)
    assert {("恒远重工", "locatedIn", "玉林"), ("恒远重工", "locatedIn", "贵港")} <= rels
    ments, _, _ = extract("当天的开工项目恒达柳江汽配产业园项目计划投资3亿元。")
    assert ("恒达柳江汽配产业园项目", "Project") in ments
    # 年 of 年产 is no date
    ments, _, _ = extract("公司将投建年产5GWh储能电池生产基地。")
    assert ("年产5GWh储能电池生产基地", "Project") in ments


def test_a_quoted_plan_is_a_project_but_a_five_year_plan_is_nobodys_own(extract):
    ments, _, _ = extract("集团将围绕“十四五”规划目标加快发展，推进鸿翔“三化”规划。")
    assert ("“三化”规划", "Project") in ments
    assert not any("十四五" in t for t, _ in ments)


def test_zone_endings_and_a_county_part_of_a_zone(extract):
    ments, _, _ = extract("在贺州电子产业园八步区信都集中区，新厂房已封顶。")
    assert {("贺州电子产业园", "IndustrialPark"), ("八步区信都集中区", "IndustrialPark")} <= ments
    ments, _, _ = extract("在北流再生资源加工园区和田东锦江铝产业示范园区，项目陆续投产。")
    assert {("北流再生资源加工园区", "IndustrialPark"), ("田东锦江铝产业示范园区", "IndustrialPark")} <= ments


def test_a_province_title_of_a_kind_of_zone_is_no_zone(extract):
    ments, _, _ = extract("走进广西新兴产业城贵港，电动车企业集聚。")
    assert not any(t == "IndustrialPark" for _, t in ments)
    ments, _, _ = extract("北部新区着力打造广西智能制造产业城。")
    assert ("广西智能制造产业城", "IndustrialPark") in ments


def test_an_everyday_word_listed_with_known_sectors_is_a_sector(extract):
    ments, rels, _ = extract("该园区重点发展家具、纺织、玩具产业。")
    assert {("玩具产业", "Industry"), ("家具", "Industry"), ("纺织", "Industry")} <= ments
    ments, _, _ = extract("两地将进一步协调产业链上下游。")
    assert not any(t == "Industry" for _, t in ments)


def test_a_list_ends_at_its_deng_not_at_a_head_further_on(extract):
    ments, _, _ = extract("今年，高新区在城市更新、产业升级、民生保障等重点领域开展两轮“五大工程”。")
    assert ("“五大工程”", "Project") in ments
    assert not any(n in ("城市更新", "产业升级", "民生保障") for n, _ in ments)


def test_a_verb_of_developing_is_no_part_of_a_projects_name(extract):
    ments, _, _ = extract("新加坡港务集团与北部湾港务集团签署备忘录，共同开发钦州自动化集装箱码头。")
    assert ("钦州自动化集装箱码头", "Project") in ments


def test_a_kind_of_group_is_no_groups_name(extract):
    ments, rels, _ = extract("柳州鸿达集团是广西国有大型化工集团。")
    assert not any(n.endswith("化工集团") for n, _ in ments)
    assert ("鸿达集团", "inIndustry", "化工") in rels
    ments, _, _ = extract("广西汽车集团在柳州。")
    assert ("广西汽车集团", "Company") in ments


def test_dotted_names_before_any_verb_and_a_ministers_ministry(extract):
    ments, _, _ = extract("印度尼西亚总统佐科·维多多视察工厂。")
    assert ("佐科·维多多", "Person") in ments
    ments, rels, _ = extract("菲律宾贸工部长阿尔弗雷多·帕斯夸尔出席论坛。")
    assert ("菲律宾贸工部", "Organization") in ments
    assert ("阿尔弗雷多·帕斯夸尔", "worksFor", "菲律宾贸工部") in rels


def test_more_titles_and_names_before_a_title(extract):
    ments, rels, _ = extract("德福新材料有限公司总经理助理王海波介绍说，新厂年底投产。")
    assert ("王海波", "worksFor", "德福新材料") in rels
    ments, _, _ = extract("副市长、车展指挥部指挥长韦建国向记者介绍。")
    assert ("韦建国", "Person") in ments
    ments, _, _ = extract("公司分別與王建明院士、李华清院士簽署协议。")
    assert {("王建明", "Person"), ("李华清", "Person")} <= ments
    ments, _, _ = extract("特邀嘉宾巴基斯坦總統阿里夫·阿爾維以及東盟代表出席。")
    assert ("阿里夫·阿尔维", "Person") in ments


def test_a_list_of_people_by_its_head_noun(extract):
    ments, _, _ = extract("交流会今天在南宁举行。王建明、洪国强、李文华等台湾知名人士和企业家出席。")
    assert {("王建明", "Person"), ("洪国强", "Person"), ("李文华", "Person")} <= ments
    ments, _, _ = extract("市领导、企业代表等嘉宾出席。")
    assert not any(t == "Person" for _, t in ments)


def test_a_qualifier_written_before_a_known_sector_narrows_it(extract):
    ments, rels, _ = extract("钦州港区将重点发展港口物流、现代农业和金属新材料产业。")
    assert {("港口物流", "Industry"), ("现代农业", "Industry"), ("金属新材料产业", "Industry")} <= ments
    ments, _, _ = extract("园区大力发展物流、农业。")
    assert {("物流", "Industry"), ("农业", "Industry")} <= ments
    ments, _, _ = extract("贺州市将壮大先进装备制造、生物医药两大产业。")
    assert ("先进装备制造", "Industry") in ments


def test_a_material_after_a_known_sector_and_a_sector_joined_to_it(extract):
    ments, _, _ = extract("钦州将打造千亿元特种玻璃及锂电材料产业集群。")
    assert {("特种玻璃", "Industry"), ("锂电材料", "Industry")} <= ments
    ments, _, _ = extract("柳州发展汽车及零部件产业。")
    assert ("汽车", "Industry") in ments
    assert not any(n.startswith("发展") for n, _ in ments)


def test_two_titles_joined_by_jian_stand_after_the_employer(extract):
    ments, rels, _ = extract("宏泰集团首席运营官兼总裁林家乐说，新厂明年投产。")
    assert ("林家乐", "worksFor", "宏泰集团") in rels
    ments, _, _ = extract("宏泰糖业首席运营官兼总裁林家乐说。")
    assert not any("首席运营官" in n for n, _ in ments)


def test_a_places_investment_promotion_body_keeps_its_place(extract):
    ments, rels, _ = extract("融安县投资促进中心主任韦明介绍，今年签约项目12个。")
    assert ("融安县投资促进中心", "Organization") in ments
    assert ("韦明", "worksFor", "融安县投资促进中心") in rels


def test_a_numbered_works_of_a_known_firm_is_its_facility(extract):
    ments, rels, _ = extract("柳工第二装配厂厂长王明说，新生产线已投产。")
    assert ("柳工第二装配厂", "Project") in ments
    assert ("王明", "worksFor", "柳工") in rels


def test_a_phrase_with_a_place_or_a_clause_in_a_sector_list_is_no_sector(extract):
    ments, _, _ = extract("方案提出了引链、延链、固链重点打造的6大产业集群、主动对接北部湾经济区5大产业。")
    assert not any(t == "Industry" for _, t in ments)
    ments, _, _ = extract("新航线让东南各省与高雄之间航运、仓储、石化、能源等行业往来更便利。")
    assert not any(n.startswith("高雄") and t == "Industry" for n, t in ments)
    assert {("高雄", "Region"), ("仓储", "Industry"), ("石化", "Industry")} <= ments


def test_a_size_and_a_whole_chain_are_no_part_of_a_sector(extract):
    ments, _, _ = extract("三江县着力培育百亿级茶叶全产业链。")
    assert ("茶叶全产业链", "Industry") in ments
    assert not any(n.startswith("百亿") for n, _ in ments)


def test_towns_listed_under_the_head_xiangzhen(extract):
    ments, _, _ = extract("风电场覆盖全县的龙江镇、古宜乡、丹洲镇等6个乡镇。")
    assert {("龙江镇", "Region"), ("古宜乡", "Region"), ("丹洲镇", "Region")} <= ments
    # without the head, a word ending in 乡 is no town
    ments, _, _ = extract("他回到家乡、故乡。")
    assert not any(t == "Region" for _, t in ments)


def test_a_road_is_works_only_where_its_sentence_builds_or_opens_it(extract):
    ments, _, _ = extract("无人驾驶测试路段涉及文昌大道、华泰大道和白沙大桥，全长约20公里。")
    assert not any(t == "Project" for _, t in ments)
    ments, _, _ = extract("今年，文昌大道、白沙大桥等相继建成通车。")
    assert {("文昌大道", "Project"), ("白沙大桥", "Project")} <= ments


def test_a_works_suffix_inside_a_sectors_word_names_no_project(extract):
    ments, _, _ = extract("它是湖南及全国工程机械行业第一家上市企业。")
    assert not any(t == "Project" for _, t in ments)
    ments, _, _ = extract("填补了北部湾无大型海洋工程装备制造能力的空白。")
    assert not any(t == "Project" for _, t in ments)
    assert ("海洋工程装备", "Industry") in ments


def test_a_board_a_verb_of_consent_or_of_planning_is_no_part_of_a_name(extract):
    ments, _, _ = extract("公告称，公司董事会同意公司在园区投资建设新厂房。")
    assert not any(n.startswith(("董事会", "公司董事会")) for n, _ in ments)
    ments, _, _ = extract("玉柴将建大型发动机研发基地，总投资8亿元。")
    assert not any("将建" in n for n, _ in ments)
    ments, _, _ = extract("由北海能源牵头的联合体成功竞得钦州海上风电二期项目。")
    assert ("钦州海上风电二期项目", "Project") in ments


def test_items_under_business_segments_are_sectors_and_under_makers_firms(extract):
    ments, rels, _ = extract("玉柴深耕动力总成、船舶动力、环保装备三大业务板块。")
    assert {("船舶动力", "Industry"), ("环保装备", "Industry")} <= ments
    assert ("玉柴", "inIndustry", "环保装备") in rels
    ments, _, _ = extract("该园打造精密铸造、储能材料两大功能板块。")
    assert {("精密铸造", "Industry"), ("储能材料", "Industry")} <= ments
    ments, _, _ = extract("本地配套的有宏远、锦华、泰丰等厂家。")
    assert {("宏远", "Company"), ("锦华", "Company"), ("泰丰", "Company")} <= ments


def test_an_investment_group_is_named_by_the_words_before_it(extract):
    ments, rels, _ = extract("宏泰投资集团董事长周立明出席签约仪式。")
    assert ("宏泰投资集团", "Company") in ments
    assert ("周立明", "worksFor", "宏泰投资集团") in rels
    # but 投资 as a verb before 公司 makes no firm
    ments, _, _ = extract("欢迎更多企业来柳州投资公司总部。")
    assert not any(t == "Company" for _, t in ments)


def test_a_model_after_a_count_of_units_is_a_product(extract):
    ments, _, _ = extract("展台上，一台Atlas X2正在分拣包裹，两台Atlas X3负责搬运。")
    assert {("Atlas X2", "Product"), ("Atlas X3", "Product")} <= ments


def test_the_second_of_two_firms_counted_as_two_is_a_firm(extract):
    ments, _, _ = extract("玉柴先后与宁德时代和远航智控这两家电池公司签署协议。")
    assert ("远航智控", "Company") in ments
    ments, _, _ = extract("宁德时代和它的两家子公司。")
    assert not any(n.startswith("它") for n, _ in ments)


def test_quoted_names_that_settle_in_a_park_are_firms(extract):
    ments, rels, _ = extract("柳江新兴工业园招商成效明显，“青木家居”和“宏图木业”已相继落户园区。")
    assert {("青木家居", "Company"), ("宏图木业", "Company")} <= ments
    assert ("青木家居", "locatedIn", "柳江新兴工业园") in rels
    # (a quoted project that settles stays a project)
    ments, _, _ = extract("“桂中智能家电产业城”落户柳江新兴工业园。")
    assert not any(t == "Company" for _, t in ments)


def test_a_named_manufacturing_city_is_a_zone_and_a_counted_kind_is_none(extract):
    ments, _, _ = extract("该企业落户于贵港新能源汽车制造城。")
    assert ("贵港新能源汽车制造城", "IndustrialPark") in ments
    ments, _, _ = extract("全省将建设5座智能制造城。")
    assert not any(t == "IndustrialPark" for _, t in ments)


def test_a_bureau_before_its_chiefs_title_is_named_whole(extract):
    ments, rels, _ = extract("钦州市大数据发展局局长黄文斌介绍了情况。")
    assert ("钦州市大数据发展局", "Organization") in ments
    assert any(h == "黄文斌" and r == "worksFor" for h, r, _ in rels)


def test_towns_listed_in_a_countys_land_are_places(extract):
    ments, _, _ = extract("三江侗族自治县境内的丹洲镇和古宜镇都有茶园。")
    assert {("丹洲镇", "Region"), ("古宜镇", "Region")} <= ments


def test_a_signing_verb_is_no_part_of_a_project_name(extract):
    ments, rels, _ = extract("常州天合光电有限公司与河池市签订储能电站项目。")
    assert ("天合光电", "cooperatesWith", "河池") in rels
    assert not any(n.startswith(("河池市签订", "签订")) for n, _ in ments)


def test_the_verb_jian_is_no_part_of_a_works_name(extract):
    ments, _, _ = extract("在泰国建工厂，是这家企业走出去的第一步。")
    assert not any(t == "Project" for _, t in ments)


def test_vietnamese_provinces_are_places_in_vietnam(extract):
    ments, rels, _ = extract("這批零部件將運往越南北江、同奈等地的工廠。")
    assert {("北江", "Region"), ("同奈", "Region")} <= ments
    assert ("北江", "partOf", "越南") in rels
    # a province whose short name is also a Chinese county's is known only with 省
    ments, _, _ = extract("企业在越南兴安省设厂，又在广西兴安县建风电场。")
    assert ("兴安省", "Region") in ments


def test_the_guo_of_guoji_is_no_country(extract):
    ments, rels, _ = extract("广西鑫泰国际物流服务有限公司业务经理韦明说，订单排到了年底。")
    assert ("广西鑫泰国际物流服务有限公司", "Company") in ments
    assert not any(t == "Region" and n == "泰国" for n, t in ments)
    assert ("韦明", "worksFor", "鑫泰国际物流服务") in rels


def test_guangxi_investment_campaigns_are_initiatives(extract):
    ments, _, _ = extract("今年“湾企入桂”活动签约项目42个，“三企入桂”成效明显。")
    assert {("湾企入桂", "Initiative"), ("三企入桂", "Initiative")} <= ments


def test_a_phrase_with_de_after_a_city_is_no_town(extract):
    ments, _, _ = extract("傍晚时分，凭祥市区的街道上车来车往。")
    assert not any(t == "Region" and "的" in n for n, t in ments)


def test_the_gulf_port_is_a_port_and_its_operator_a_firm(extract):
    # a listed firm's short name that is also a port's name is read as the port
    ments, _, _ = extract("今年前十月北部湾港完成货物吞吐量3亿吨。北部湾港股份有限公司同日公布三季报。")
    assert ("北部湾港", "Project") in ments
    assert ("北部湾港股份有限公司", "Company") in ments
    assert ("北部湾港", "Company") not in ments


def test_a_suffix_inside_a_known_place_cuts_no_token(extract):
    # 部 ends a ministry's name, but not inside 北部湾: the group is named by the port
    ments, _, _ = extract("北部湾港集团当天与一家船公司签署航线合作协议。")
    assert ("北部湾港集团", "Company") in ments


def test_a_time_word_before_a_zone_is_no_part_of_its_name(extract):
    ments, _, _ = extract("这是继钦州炼油项目之后北部湾经济区又一个重大工业项目。")
    assert not any("之后" in n for n, _ in ments)


def test_recycled_and_primary_metals_are_sectors(extract):
    ments, _, _ = extract("园区构建起以再生铝、再生铜为主的产业链，原铝、铝材产能同步扩大。")
    assert {("再生铝", "Industry"), ("再生铜", "Industry"), ("原铝", "Industry"), ("铝材", "Industry")} <= ments


def test_a_declared_short_name_is_whole_where_it_is_written_again(extract):
    ments, _, _ = extract("梧州华鑫冶炼有限公司（以下简称“华冶公司”）是当地骨干企业。市里将全力支持华冶公司扩大产能。")
    assert ("华冶公司", "Company") in ments
    assert not any("全力支持" in n for n, _ in ments)
    # a full name that ends with its own short form keeps its whole name
    ments, _, _ = extract("该市把中国—东盟产业合作区广西东兴产业园（下称：东兴产业园）建设作为头等大事。")
    assert ("广西东兴产业园", "IndustrialPark") in ments


def test_a_site_named_only_by_its_sector_is_no_project(extract):
    ments, _, _ = extract("钦州市将加快建设新能源汽车基地和先进制造业基地。")
    assert not {n for n, t in ments if t == "Project"}
    ments, _, _ = extract("广西汽车集团新能源汽车基地建成投产。")
    assert ("广西汽车集团新能源汽车基地", "Project") in ments  # the firm's base is named by the firm


def test_projects_named_only_by_how_they_came_are_a_kind(extract):
    ments, _, _ = extract("今年全区新签招商引资项目1200个，东博会国际合作项目集中签约。")
    assert not {n for n, t in ments if t == "Project"}


def test_a_zone_suffix_ending_a_known_region_starts_at_the_region(extract):
    ments, _, _ = extract("钦州地处北部湾经济区核心，魅力北海贡献铁山港区力量。")
    assert ("北部湾经济区", "Region") in ments and ("铁山港区", "Region") in ments
    assert not any(n.startswith(("地处", "贡献")) for n, _ in ments)


def test_an_outlay_before_zai_place_is_no_investor(extract):
    ments, rels, _ = extract("今年上汽通用五菱斥资2亿美元在泰国建厂。")
    assert not any("斥资" in n for n, _ in ments)
    assert ("上汽通用五菱", "investsIn", "泰国") in rels


def test_firms_named_only_as_listed_are_a_kind(extract):
    ments, _, _ = extract("目前华人企业占东南亚股票市场上市公司的七成，另有多家新三板挂牌企业。")
    assert not {n for n, t in ments if t == "Company"}


def test_a_place_and_wei_before_a_post_is_the_places_party_committee(extract):
    ents, rels, _ = extract("北流市委书记黄志明出席仪式；中共百色市委副书记韦强致辞。")
    assert {("北流市委", "Organization"), ("中共百色市委", "Organization")} <= ents
    assert {("黄志明", "worksFor", "北流市委"), ("韦强", "worksFor", "百色市委")} <= rels
    assert ("北流市", "Region") not in ents
    # (a committee's own name with 委员会 is read whole; a bare 市委 names no body)
    ents, _, _ = extract("诚如市委书记所说，北流市委员会召开会议。")
    assert not any(n == "市委" for n, _ in ents)


def test_a_listed_name_of_everyday_words_before_its_local_branch_is_the_firm(extract):
    ents, _, _ = extract("中国石油广西销售分公司在柳州新建加油站。")
    assert ("中国石油广西销售分公司", "Company") in ents
    ents, _, _ = extract("中国石油发展迅速。")  # (China's oil: no firm named)
    assert not any(t == "Company" for _, t in ents)


def test_tsingshan_industry_is_tsingshan_holding(extract):
    ents, rels, _ = extract("青山实业与宁德时代联合投资建设电池材料项目。")
    assert ("青山实业", "Company") in ents
    assert ("宁德时代", "cooperatesWith", "青山控股") in rels or ("青山控股", "cooperatesWith", "宁德时代") in rels


def test_a_station_named_after_its_place_is_a_facility(extract):
    ents, _, _ = extract("班列从南宁东站发出，经防城港铁路集装箱中心站转运；他在加油站工作。")
    projects = {n for n, t in ents if t == "Project"}
    assert projects == {"南宁东站", "防城港铁路集装箱中心站"}


def test_a_fund_of_its_own_name_is_a_business_a_kind_of_fund_is_not(extract):
    ents, rels, _ = extract("北部湾海丝基金与南宁智诚科技签署投资协议。")
    assert ("北部湾海丝基金", "Company") in ents
    assert ("海丝基金", "investsIn", "智诚科技") in rels
    ents, _, _ = extract("该市设立产业基金，并获得国家自然科学基金和多只公募基金的支持。")
    assert not any(t == "Company" for _, t in ents)


def test_a_latin_acronym_in_brackets_names_the_body_later(extract):
    ents, rels, _ = extract("柳州企业加入国际风能协会（GWEA）。GWEA总部位于比利时，而GWEAX不是它。")
    assert ("GWEA", "Organization") in ents
    assert ("国际风能协会", "locatedIn", "比利时") in rels
    assert ("GWEAX", "Organization") not in ents


def test_a_works_word_inside_a_firms_name_is_no_project(extract):
    ments, rels, _ = extract("广西桂通工程监理有限责任公司董事长韦某某表示，将做好监理。")
    assert ("广西桂通工程监理有限责任公司", "Company") in ments
    assert not any(t == "Project" for _, t in ments)
    assert ("韦某某", "worksFor", "桂通工程监理") in rels
    ments, _, _ = extract("柳州市红光大桥工程开工建设。")
    assert ("柳州市红光大桥工程", "Project") in ments


def test_a_demonstrative_and_a_kind_name_no_project(extract):
    ments, _, _ = extract("这座码头也成为观察临港产业发展的窗口。")
    assert not any(t == "Project" for _, t in ments)


def test_products_listed_by_their_size_under_a_new_products_head(extract):
    ments, rels, _ = extract("广西北港新材料有限公司研发2.5毫米超薄钢带、1500毫米宽幅冷轧板等12个新产品。")
    assert {("2.5毫米超薄钢带", "Product"), ("1500毫米宽幅冷轧板", "Product")} <= ments
    assert {("北港新材料", "produces", "2.5毫米超薄钢带"), ("北港新材料", "produces", "1500毫米宽幅冷轧板")} <= rels
    # without a size, a long listed kind stays no product
    ments, _, _ = extract("企业研发超薄不锈钢带、宽幅冷轧板等新产品。")
    assert not any(t == "Product" for _, t in ments)


def test_names_listed_before_a_verb_of_attending_are_people(extract):
    ments, _, _ = extract("会谈在南宁举行。韦丽萍、黄天明、覃强参加会见。市领导蒙小华、卢杰出席签约仪式。")
    assert {("韦丽萍", "Person"), ("黄天明", "Person"), ("覃强", "Person"), ("蒙小华", "Person"),
            ("卢杰", "Person")} <= ments
    ments, _, _ = extract("企业、高校参加活动，柳州、南宁出席论坛。")
    assert not any(t == "Person" for _, t in ments)


def test_a_verb_or_preposition_glued_to_a_kind_names_nothing(extract):
    ments, _, _ = extract("项目主要对原公司进行搬迁，同时完善口岸功能。")
    assert not any(t in ("Company", "Project") for _, t in ments)
    ments, _, _ = extract("这将是集团旗下继玉柴国际(CYD.US)之后又一家上市公司。")
    assert ("玉柴国际", "Company") in ments and not any(t.startswith("继") for t, _ in ments)


def test_a_projects_contract_is_no_initiative_and_a_works_inside_no_works(extract):
    ments, _, _ = extract("双方签署了《华锂钦州年产5万吨正极材料项目投资协议书》。")
    assert not any(t == "Initiative" for _, t in ments)
    ments, _, _ = extract("双方签署《华锂钦州正极材料项目投资协议书》和《广西—东盟投资合作行动计划》。")
    assert [t for t, typ in ments if typ == "Initiative"] == ["广西—东盟投资合作行动计划"]
    ments, _, _ = extract("参观者可以随时查看厂内生产情况。")
    assert not any(t == "Company" for _, t in ments)


def test_a_hub_on_a_corridor_is_a_role_not_a_works(extract):
    ments, _, _ = extract("钦州打造西部陆海新通道铁海联运枢纽，货物直达东盟。")
    assert ("西部陆海新通道", "Initiative") in ments
    assert not any(t == "Project" for _, t in ments)


def test_a_verb_of_origin_is_no_part_of_a_works_name(extract):
    ments, _, _ = extract("第一辆产自宝骏二期整车工厂的新车驶下生产线。")
    assert ("宝骏二期整车工厂", "Project") in ments


def test_a_zone_named_after_two_countries_with_long_names_is_one_name(extract):
    # the second country of a dashed pair may have four or five characters
    ments, _, _ = extract("中國-馬來西亞欽州產業園區引進了一批項目。")
    assert ("中国-马来西亚钦州产业园区", "IndustrialPark") in ments
    assert not any(t == "马来西亚钦州产业园区" for t, _ in ments)
    ments, _, _ = extract("中国—印度尼西亚经贸合作区昨日揭牌。")
    assert ("中国—印度尼西亚经贸合作区", "IndustrialPark") in ments


def test_a_project_named_by_a_firms_full_name_is_one_project(extract):
    # X有限公司 + what it builds + 项目: one project, the firm inside it builds it
    ments, rels, _ = extract("柳州恒达精密机械有限公司年产5万套汽车座椅骨架项目昨日投产。")
    assert ("柳州恒达精密机械有限公司年产5万套汽车座椅骨架项目", "Project") in ments
    assert ("恒达精密机械", "develops", "柳州恒达精密机械有限公司年产5万套汽车座椅骨架项目") in rels
    ments, _, _ = extract("廣西金盛新材料股份有限公司二期擴建項目開工。")
    assert ("广西金盛新材料股份有限公司二期扩建项目", "Project") in ments
    # a verb of the clause after the firm: the firm is the subject, not part of a name
    ments, _, _ = extract("柳州恒达精密机械有限公司计划新建项目。")
    assert ("柳州恒达精密机械有限公司", "Company") in ments
    assert not any(t == "Project" for _, t in ments)


def test_a_titled_name_before_a_verb_of_addressing_is_a_person(extract):
    ments, rels, _ = extract("开幕式上，柳州市委书记张立新致欢迎词。")
    assert ("张立新", "Person") in ments
    assert ("张立新", "worksFor", "中共柳州市委") in rels
    ments, _, _ = extract("會上，公司董事長李曉峰發表講話。")
    assert ("李晓峰", "Person") in ments


def test_states_and_provinces_of_asean_members_are_places(extract):
    ments, rels, _ = extract("玉柴在泰国罗勇府设厂后，又在马来西亚森美蘭州和印尼西爪哇省开设服务中心。")
    assert {("森美兰州", "Region"), ("西爪哇省", "Region")} <= ments
    assert ("森美兰", "partOf", "马来西亚") in rels
    ments, _, _ = extract("该园区位于彭亨州关丹。")
    assert ("彭亨州", "Region") in ments


def test_a_firms_party_committee_is_no_body_of_its_own(extract):
    # officials of a firm's party committee work for the firm
    ments, rels, _ = extract("广西恒通物流有限公司党委副书记韦志强说。")
    assert ("韦志强", "worksFor", "恒通物流") in rels
    assert not any(t.endswith("党委") for t, _ in ments)
    _, rels, _ = extract("玉柴集團黨委宣傳部部長林曉東表示。")
    assert ("林晓东", "worksFor", "玉柴") in rels
    # a place's party committee stays a body
    ments, rels, _ = extract("土博镇党委书记韦衍明表示。")
    assert ("土博镇党委", "Organization") in ments


def test_an_association_of_invested_firms_is_named_after_its_place(extract):
    # 投资 and 企业 inside such a name are no verb and no head
    ments, rels, _ = extract("梧州市台商投资企业协会会长黄志远表示。")
    assert ("梧州市台商投资企业协会", "Organization") in ments
    assert ("黄志远", "worksFor", "台商投资企业协会") in rels
    ments, _, _ = extract("鼓励投资企业协会发挥作用。")
    assert not any(t == "Organization" for _, t in ments)


def test_bodies_for_overseas_chinese_are_known_by_their_short_names(extract):
    ments, rels, _ = extract("國務院僑辦副主任李國強與中國僑聯代表團出席廣西海外交流協會年會。")
    assert {("国务院侨办", "Organization"), ("中国侨联", "Organization"),
            ("广西海外交流协会", "Organization")} <= ments
    assert ("李国强", "worksFor", "国务院侨务办公室") in rels


def test_a_word_for_a_model_is_no_part_of_its_name_and_names_it(extract):
    # 新车|Voyager: the word for a new model is no brand, and it makes the Latin name a model's
    ments, rels, _ = extract("东风柳汽首款新车Voyager昨日在柳州下线。")
    assert ("Voyager", "Product") in ments and not any(t.startswith("新车") for t, _ in ments)
    assert ("东风柳汽", "produces", "Voyager") in rels


def test_a_malaysian_honorific_before_a_name_is_a_title(extract):
    ments, _, _ = extract("马来西亚中华总商会会长丹斯里林国平表示，愿加强与广西合作。")
    assert ("林国平", "Person") in ments
    ments, _, _ = extract("拿督陳志強出席簽約儀式。")
    assert ("陈志强", "Person") in ments


def test_words_for_both_sides_end_a_name(extract):
    # 两地政府, 两国政府, 双方政府: the governments of the places named before, no body's name
    ments, _, _ = extract("该园区由广西和越南两地政府共同推动。")
    assert ("越南", "Region") in ments and not any(t.endswith("两地政府") for t, _ in ments)


def test_verbs_of_holding_a_post_and_of_inspecting_end_a_name(extract):
    ments, _, _ = extract("李文华曾任广西大学机械工程学院院长。")
    assert ("广西大学机械工程学院", "Organization") in ments
    ments, _, _ = extract("代表团实地考察柳南区青年创业服务中心。")
    assert not any(t.startswith("实地考察") for t, _ in ments)


def test_a_titled_person_inside_a_suffix_name_ends_what_comes_before(extract):
    ments, rels, _ = extract("商务部长黄志强为马来西亚广西总商会颁奖。")
    assert ("黄志强", "Person") in ments
    assert ("马来西亚广西总商会", "Organization") in ments
    assert not any(t.startswith("商务部长") and t != "商务部长" for t, _ in ments)


def test_verbs_of_filling_out_end_a_list_item(extract):
    ments, _, _ = extract("园区将加快充实完善电动乘用车、物流车、客车等整车系列产品矩阵。")
    assert ("电动乘用车", "Product") in ments
    assert not any(t.startswith(("充实", "完善")) for t, _ in ments)


def test_a_grower_or_worker_named_after_the_noun_of_their_work(extract):
    # 农户/茶农/员工 … before a name work as a title: the name is a person's,
    # and a firm right before 员工 employs them (traditional script too)
    ments, rels, _ = extract("“今年收成不错。”果农蒙春林说。融水县安太乡寨怀村蔗农韦德安表示，糖价稳定。"
                             "柳州鸿翔科技有限公司員工李明華說，訂單已排到年底。")
    people = {t for t, ty in ments if ty == "Person"}
    assert people == {"蒙春林", "韦德安", "李明华"}
    assert ("李明华", "worksFor", "鸿翔科技") in rels
    assert not any(r == "worksFor" and h in ("蒙春林", "韦德安") for h, r, t in rels)


def test_a_word_and_an_adverb_after_a_worker_noun_is_no_name(extract):
    ments, _, _ = extract("公司计划在今后招收新员工时也将主要考虑当地人，中方员工也将主要提供技术支持。")
    assert not any(ty == "Person" for t, ty in ments)


def test_a_sector_after_the_verb_that_grows_it_and_a_sector_written_with_ye(extract):
    # jieba leaves 发展 inside the run before 产业: the verb is no part of the name;
    # a known sector written with 业 (纺织服装业) is spoken of as a sector, whatever follows
    ments, _, _ = extract("融安县通过发展竹木生态加工产业带动农户增收。去年，柳州纺织服裝業完成產值20億元。")
    inds = {t for t, ty in ments if ty == "Industry"}
    assert inds == {"竹木生态加工产业", "纺织服装业"}


def test_a_capacity_is_no_model_and_a_quoted_sentence_no_part_of_a_name(extract):
    ments, rels, _ = extract("宁德时代签署《宁德时代钦州年产20GWh 动力电池生产基地项目投资协议》。"
                             "会上，他宣布：“钦州电厂正式投产。”钦州电厂项目总投资30亿元。"
                             "贵港再签大单500MW风电项目，并把覃塘区列为高质量发展示范区。")
    assert not any(ty == "Product" for t, ty in ments)
    assert ("钦州电厂项目", "Project") in ments
    assert ("500MW风电项目", "Project") in ments
    assert not any(t.startswith(("“", "再签", "覃塘区列为")) for t, ty in ments)


def test_a_portal_dash_outlet_byline_and_a_county_slogan_yield_nothing(extract):
    ments, _, _ = extract("科技兴县展现新魅力\n网易-八桂网全媒体讯 6月2日，媒体采访团来到融安，了解“工业强县、林业兴县”做法。"
                          "山西兴县的煤炭运往广西。")
    texts = {t for t, ty in ments}
    assert "网易" not in texts
    assert [t for t, ty in ments if t == "兴县"] == ["兴县"]  # (only Shanxi's, after its province)


def test_words_before_a_name_that_are_no_part_of_it(extract):
    # 曾与, 进行 and 台企 end what comes before a name; a trade in brackets
    # after a firm's place is no part of its short name
    ments, rels, _ = extract("考察期间，他们曾与广西台办座谈，并对钦州市进行项目投资考察。"
                             "新区与台企宏达果业有限公司签约。台中(机电)鸿翔科技有限公司总经理陈志明表示。")
    texts = {t for t, ty in ments}
    assert "广西台办" in texts and "宏达果业有限公司" in texts
    assert not any(t.startswith(("曾与", "台企")) or "进行项目" in t for t in texts)
    assert ("陈志明", "worksFor", "鸿翔科技") in rels


def test_a_name_between_a_firm_and_its_title(extract):
    # a caption's order: X有限公司|王某某|副总经理 (the firm employs the person)
    ments, rels, _ = extract("（图为柳州鸿翔科技有限公司覃建新副总经理介绍新产品）")
    assert ("覃建新", "Person") in ments
    assert ("覃建新", "worksFor", "鸿翔科技") in rels


def test_a_list_of_firms_closed_by_a_described_head(extract):
    # 等一批…的企业: the description between the count and the head leaves the items firms
    ments, rels, _ = extract("随着鸿翔锰业、金象矿业等一批在业内具有影响力的企业进驻，百色市已成为铝业基地。")
    assert {("鸿翔锰业", "Company"), ("金象矿业", "Company")} <= ments
    assert ("鸿翔锰业", "locatedIn", "百色") in rels


def test_commissions_for_industry_and_the_economy_are_bodies(extract):
    ments, rels, _ = extract("自治区工信委有关负责人介绍，南宁市经信委主任黄志明表示支持。")
    assert {("自治区工信委", "Organization"), ("南宁市经信委", "Organization")} <= ments
    assert ("黄志明", "worksFor", "南宁市经信委") in rels


def test_two_bodies_joined_by_and_and_a_citys_own_commission(extract):
    # 自治区发改委|和|市工信局: a body's complete name ends before 和 (but 工业和信息化部
    # keeps it); 从|市商务委: the city's own commission, without the verb before it
    ments, _, _ = extract("自治区发改委和市工信局联合发文。记者从市商务委获悉，工业和信息化部公布了名单。")
    orgs = {t for t, ty in ments if ty == "Organization"}
    assert orgs == {"自治区发改委", "市工信局", "市商务委", "工业和信息化部"}


def test_a_countrys_provinces_in_general_are_no_place(extract):
    # 越南边境省份: the word 省份 names no province; 广西 and 越南 are the partners
    ments, rels, _ = extract("广西与越南边境省份已签署劳务合作协议。")
    assert {t for t, ty in ments if ty == "Region"} == {"广西", "越南"}
    assert ("广西", "cooperatesWith", "越南") in rels


def test_a_titled_name_before_a_conjunction_or_is(extract):
    # 行政长官|林郑某某|和…: a four-character name (double surname) ends before 和;
    # 会长|陈某某|是…: before 是
    ments, rels, _ = extract("香港特别行政区行政长官林郑玉华和广西壮族自治区主席陈武出席。"
                             "柳州市台湾同胞投资企业协会会长黄志鸿是第二代台商。")
    assert {("林郑玉华", "Person"), ("黄志鸿", "Person"), ("陈武", "Person")} <= ments


def test_a_head_of_governments_office_and_its_minister(extract):
    # 总理|公署|部长: the office is a body, not a name between two titles
    ments, rels, _ = extract("马来西亚总理公署部长林志强在签约仪式上表示。")
    assert ("马来西亚总理公署", "Organization") in ments
    assert ("林志强", "worksFor", "马来西亚总理公署") in rels
    assert not any(t == "公署" for t, ty in ments)


def test_listed_brands_with_their_trade_before_a_project_head_are_firms(extract):
    # 等一批项目 after X生物制药、Y粮油(棕榈油): a brand and its trade name a firm;
    # a bracketed product after the last item does not break the list
    ments, rels, _ = extract("目前北海工业园已经引进金禾生物制药、瑞禾粮油(棕榈油)等一批项目。"
                             "园区还引进新能源汽车、智能制造等一批项目。")
    assert {("金禾生物制药", "Company"), ("瑞禾粮油", "Company")} <= ments
    assert not any(ty in ("Company", "Project") and t in ("新能源汽车", "智能制造") for t, ty in ments)


def test_names_listed_between_a_zone_and_their_titles(extract):
    ments, rels, _ = extract("梧州工业园区区建平主任、苏敏书记和当地企业代表参加座谈。")
    assert {("区建平", "Person"), ("苏敏", "Person")} <= ments
    assert {("区建平", "worksFor", "梧州工业园区"), ("苏敏", "worksFor", "梧州工业园区")} <= rels
    # after a party committee too
    ments, rels, _ = extract("该团是自治区党委黄建华书记率队回访的考察团。")
    assert ("黄建华", "Person") in ments
    # a body's name before a title is no person (党工委, 管委会)
    ments, _, _ = extract("梧州新区党工委书记、管委会主任黄华出席。")
    assert not any(t in ("党工委", "管委会") and ty == "Person" for t, ty in ments)


def test_a_name_between_a_known_firm_and_its_title(extract):
    # 东风柳汽|覃某某|书记: a known firm's short name, then the officer's name and title
    ments, rels, _ = extract("主持人与东风柳汽覃建国书记一道体验新车。柳工董事长曾光明说。")
    assert ("覃建国", "Person") in ments
    assert ("覃建国", "worksFor", "东风柳汽") in rels
    assert ("曾光明", "worksFor", "柳工") in rels


def test_an_unknown_zones_committee_names_the_zone_too(extract):
    # X示范园区|管理委员会: the zone is mentioned with its committee (a known zone's
    # committee, 柳东新区管委会, is read as the zone already)
    ments, rels, _ = extract("来宾国家生态工业(制糖)示范园区管理委员会副主任韦志明介绍，园区发展很快。")
    assert ("来宾国家生态工业(制糖)示范园区", "IndustrialPark") in ments
    assert ("韦志明", "worksFor", "来宾国家生态工业(制糖)示范园区管理委员会") in rels


def test_the_scene_of_an_event_is_no_part_of_a_name(extract):
    ments, _, _ = extract("签约仪式现场南宁市融媒体中心进行了直播。")
    assert ("南宁市融媒体中心", "Organization") in ments


def test_a_name_ends_before_give_and_a_conjunction_before_a_titled_name_is_no_part_of_it(extract):
    ments, _, _ = extract("学习刘德明书记和周立主席的讲话。宏达电子副总经理赵明亮给记者介绍新品。")
    assert {("赵明亮", "Person"), ("周立", "Person")} <= ments
    assert not any(t in ("赵明亮给", "和周立") for t, _ in ments)


def test_rural_is_no_township_and_a_delegations_headcount_opens_no_park_name(extract):
    ments, _, _ = extract("鹿寨县推进美丽乡村示范点建设。考察团一行8人到台南科学工业园区参观，"
                          "转自新区门户网站；要满足梧桐湾经济开发区的需要，实现开门红凤岭港工业园开园。")
    assert not any(t.endswith("乡") or t.startswith("村") for t, ty in ments if ty == "Region")
    assert {("台南科学工业园区", "IndustrialPark"), ("梧桐湾经济开发区", "IndustrialPark"),
            ("凤岭港工业园", "IndustrialPark")} <= ments
    assert not any(t.startswith(("一行", "到", "转自", "满足", "开门红")) for t, _ in ments)
    ments, _, _ = extract("贺州再生资源综合利用产业园扩建。")  # (利用 may be inside a name)
    assert ("贺州再生资源综合利用产业园", "IndustrialPark") in ments


def test_a_titled_name_may_end_before_a_bracket_or_an_honorific(extract):
    ments, rels, _ = extract("协会副会长李振邦先生致辞。市委常委、副市长罗一鸣(右二)颁奖。"
                             "广东省物流行业协会常务理事郑海声说，合作前景广阔。")
    assert {("李振邦", "Person"), ("罗一鸣", "Person"), ("郑海声", "Person")} <= ments
    assert ("郑海声", "worksFor", "广东省物流行业协会") in rels


def test_an_official_of_a_body_works_for_it(extract):
    ments, rels, _ = extract("市商务局官员钟立文介绍，今年外贸增长。")
    assert ("钟立文", "Person") in ments
    assert any(h == "钟立文" and r == "worksFor" for h, r, _ in rels)


def test_a_guangxi_districts_short_name_is_the_district_but_not_in_a_road_or_a_river(extract):
    ments, _, _ = extract("项目落户邕宁，二期落户武鸣。柳江区柳北路西段工程竣工。货物经柳江、西江运往广州。")
    assert {("邕宁", "Region"), ("武鸣", "Region")} <= ments
    assert not any(t in ("柳北", "柳江") for t, _ in ments)
    ments, _, _ = extract("西江的支流柳江航道升级。这个项目落户柳江，总投资5亿元。")
    assert sum(1 for t, ty in ments if t == "柳江" and ty == "Region") == 1


def test_a_zone_named_after_a_port_is_a_zone(extract):
    ments, _, _ = extract("新项目位于北海港工业园区内。")
    assert ("北海港工业园区", "IndustrialPark") in ments


def test_a_national_firms_regional_arm_is_named_whole(extract):
    ments, _, _ = extract("中国铁路成都局集团有限公司与玉柴签署合作协议。")
    assert ("中国铁路成都局集团有限公司", "Company") in ments
    assert not any(t == "成都局集团有限公司" for t, _ in ments)


def test_a_verb_and_a_zones_kind_name_no_zone(extract):
    ments, _, _ = extract("要让企业留得住，促进新区经济发展，构建满足新区需要的物流体系。")
    assert not any(ty == "IndustrialPark" for _, ty in ments)


def test_guangxis_battery_sugar_and_aluminium_firms_are_known(extract):
    ments, _, _ = extract("弗迪电池、凤糖和华银铝业的代表出席；特来电在南宁建设充电站。")
    assert {("弗迪电池", "Company"), ("凤糖", "Company"), ("华银铝业", "Company"), ("特来电", "Company")} <= ments


def test_guangxis_farm_and_mining_sectors_are_known(extract):
    ments, rels, _ = extract("百色大力发展芒果产业，崇左的锰业和武鸣的沙糖桔种植规模扩大。")
    assert {("芒果产业", "Industry"), ("锰业", "Industry")} <= ments
    assert ("百色", "inIndustry", "芒果") in rels


def test_gathering_zones_and_industry_transfer_parks(extract):
    ments, _, _ = extract("园区规划建设六麻工业聚集区，并与贺州东部产业转移园区对接。")
    assert {("六麻工业聚集区", "IndustrialPark"), ("贺州东部产业转移园区", "IndustrialPark")} <= ments


def test_a_zone_named_after_a_home_county_whose_name_is_a_word(extract):
    # 钟山 and 兴业 are everyday words, and Guangxi counties: before a zone's kind, the county
    ments, _, _ = extract("一批企业搬迁至钟山工业园区，兴业工业园区也在扩建。")
    assert {("钟山工业园区", "IndustrialPark"), ("兴业工业园区", "IndustrialPark")} <= ments


def test_a_zone_after_a_place_and_a_dot(extract):
    # 南宁·中关村科技园: after a dot the name need not be a place's
    ments, _, _ = extract("去年4月，南宁·中关村科技园揭牌。今年，中滔集团建设的博白节能环保产业区动工。")
    assert {("南宁·中关村科技园", "IndustrialPark"), ("博白节能环保产业区", "IndustrialPark")} <= ments


def test_chief_designers_are_titled(extract):
    ments, rels, _ = extract("玉柴工程研究院技术总师陶泽民加入玉柴已有十年。")
    assert ("陶泽民", "Person") in ments and ("陶泽民", "worksFor", "玉柴工程研究院") in rels


def test_two_bodies_joined_by_yu_and_a_city_science_association(extract):
    # 市科协|与|X协会: the first body's name is complete, 与 joins two bodies
    ments, rels, _ = extract("贵港市科协与江苏省汽车工程协会签订战略合作协议。")
    assert {("贵港市科协", "Organization"), ("江苏省汽车工程协会", "Organization")} <= ments
    assert ("江苏省汽车工程协会", "cooperatesWith", "贵港市科协") in rels


def test_a_name_begins_after_a_preposition_jieba_glued_to_it(extract):
    # 平台|由玉侨|协会: jieba's one word 由玉侨 holds the preposition and the name's start
    ments, _, _ = extract("平台由玉侨协会运营。")
    assert ("玉侨协会", "Organization") in ments


def test_a_wide_places_crossings_are_no_crossing_of_their_own(extract):
    ments, _, _ = extract("货物经广西口岸、湛江口岸出境，凭祥口岸和东兴口岸通关量增长。")
    assert {("凭祥口岸", "Project"), ("东兴口岸", "Project")} <= ments
    assert not any(n in ("广西口岸", "湛江口岸") for n, _ in ments)


def test_a_freight_line_named_by_the_places_it_joins(extract):
    ments, _, _ = extract("今年新开中越班列、中老班列，返程班列和跨境集装箱班列也增加了。")
    assert {("中越班列", "Initiative"), ("中老班列", "Initiative")} <= ments
    assert not any(n.endswith("班列") and n not in ("中越班列", "中老班列") for n, _ in ments)


def test_a_group_at_the_start_of_a_projects_name_is_mentioned_too(extract):
    ments, _, _ = extract("引进的项目有总投资1.2亿元的京盛集团年产5万吨酒精项目。")
    assert {("京盛集团年产5万吨酒精项目", "Project"), ("京盛集团", "Company")} <= ments


def test_a_list_headed_by_sector_projects_lists_firms(extract):
    # 等新兴产业项目: the last head noun (项目) types the list, and brands with a trade are firms
    ments, rels, _ = extract("近年来，贵港引进了华奥新能源汽车、腾骏汽车、爱玛电动车等新兴产业项目。")
    assert {("华奥新能源汽车", "Company"), ("腾骏汽车", "Company"), ("爱玛电动车", "Company")} <= ments
    assert ("腾骏汽车", "locatedIn", "贵港") in rels


def test_a_zones_sub_park_named_right_after_it(extract):
    ments, rels, _ = extract("位于南宁高新区创新园的电子项目总投资5亿元，毗邻人民公园。")
    assert ("创新园", "IndustrialPark") in ments
    assert ("创新园", "partOf", "南宁高新区") in rels
    assert not any(n.endswith("公园") and t == "IndustrialPark" for n, t in ments)


def test_political_consultative_conferences_and_fishermens_associations(extract):
    # X省政协, 省政协 (a level), 屏东渔会 are bodies; 政协委员 alone names none
    ments, _, _ = extract("湖北省政协调研组到访，省政协常委陈立出席。屏东渔会代表随团。他是政协委员。")
    assert {t for t, ty in ments if ty == "Organization"} == {"湖北省政协", "省政协", "屏东渔会"}


def test_a_titled_name_before_an_adverb(extract):
    # 总经理X|都会…, 董事长X|也表示: the adverb opens the predicate after the name
    ments, rels, _ = extract("每逢周末，桂鑫机电有限公司总经理韦志强都会赶回工厂。董事长蒙丽也表示满意。")
    assert {t for t, ty in ments if ty == "Person"} == {"韦志强", "蒙丽"}


def test_a_list_of_firms_projects_names_the_firms(extract):
    # 等一批企业项目: the firms' projects; the items are firms, each settles in the place
    ments, rels, _ = extract("去年，德邦、恒晟、瑞达等一批企业项目落户鹿寨。")
    assert {("德邦", "Company"), ("恒晟", "Company"), ("瑞达", "Company")} <= ments
    assert ("恒晟", "locatedIn", "鹿寨县") in rels


def test_a_known_park_written_with_qu_is_one_name(extract):
    # the lexicon knows 巨石工业园 (中白工业园); the story writes 巨石工业园区: one name, 区 included
    ments, _, _ = extract("该项目位于巨石工业园区，一期已投产。")
    assert ("巨石工业园区", "IndustrialPark") in ments


def test_pointing_words_and_a_town_centre_name_nothing(extract):
    # 该批…项目, 这座码头: pointing back; 柳州市中心: the middle of the city
    ments, _, _ = extract("该批产业项目总投资30亿元。这座码头去年建成。展馆位于梧州市中心。")
    assert not {t for t, ty in ments if ty in ("Project", "Organization", "IndustrialPark")}


def test_listed_facilities_and_activities_are_no_sectors(extract):
    # 等多个领域 / 等板块: a works' building, a platform or a service office listed with sectors is none
    ments, _, _ = extract("项目涉及新材料、生物医药、园区道路建设等多个领域。中心由侨胞服务站、电商直播平台、乡情展览馆等六个板块组成。")
    assert {t for t, ty in ments if ty == "Industry"} == {"新材料", "生物医药"}


def test_a_places_university_students_are_no_university(extract):
    # 香港|大学生: students of Hong Kong's universities, not 香港大学
    ments, _, _ = extract("来访的交流团有30名香港大学生。")
    assert ments == {("香港", "Region")}


def test_a_government_after_yu_and_a_place_and_a_good_start(extract):
    # X与|广西省政府: the government's name starts at its place; 开好局: a good start, no bureau
    ments, _, _ = extract("泰国金源谷与广西省政府展开合作，为鹿寨开好局注入动力。")
    assert ("广西省政府", "Organization") in ments
    assert not any(t.endswith("局") for t, ty in ments)


def test_trade_words_that_end_firm_names(extract):
    # a brand and a trade (鞋业, 时装, 木业, 陶瓷): a firm; the trade alone is a sector
    ments, _, _ = extract("考察团参观了翔鹭鞋业、柏琳时装和闽鑫木业。当地陶瓷产业发展迅速。")
    assert {("翔鹭鞋业", "Company"), ("柏琳时装", "Company"), ("闽鑫木业", "Company")} <= ments
    assert not any(ty == "Company" and "陶瓷" in t for t, ty in ments)


def test_an_acting_head_is_titled_and_no_employer_is_cut_from_the_place(extract):
    # 自治区代主席X, 市代市长X: 代 belongs to the title, not to a body's name
    ments, _, _ = extract("广西壮族自治区代主席韦明出席。梧州市代市长李强致辞。")
    assert {("韦明", "Person"), ("李强", "Person")} <= ments
    assert not any(t.endswith("代") for t, ty in ments)


def test_a_short_name_across_two_other_words_is_neither(extract):
    # 临港|大工业: 港大 (a university's short name) straddles two words
    m, _, _ = extract("北海着力发展临港大工业。")
    assert not any(t == "Organization" for _, t in m)
    m, _, _ = extract("港大与北海市签署合作协议。")
    assert ("港大", "Organization") in m


def test_a_role_word_before_a_firm_is_no_part_of_its_name(extract):
    ments, _, _ = extract("据承建方中建八局集团介绍，因原控股方宏泰集团退出，项目改由新股东接手。")
    assert ("中建八局集团", "Company") in ments
    assert ("宏泰集团", "Company") in ments
    assert not any(n.startswith(("承建方", "原控股方", "控股方")) for n, _ in ments)


def test_a_state_builders_numbered_bureau_names_a_firm(extract):
    ments, _, _ = extract("中铁十一局集团负责施工，中交二局集团负责监理。")
    assert ("中铁十一局集团", "Company") in ments
    assert ("中交二局集团", "Company") in ments


def test_an_adverb_and_a_preposition_glued_by_jieba_are_no_brand(extract):
    ments, _, _ = extract("这个产业,正以科技赋能发展。")
    assert not any(n.endswith("以科技") for n, _ in ments)
    ments, _, _ = extract("迈沃科技在柳州投资建厂。")
    assert ("迈沃科技", "Company") in ments


def test_regional_tea_and_fruit_sectors(extract):
    ments, rels, _ = extract("苍梧县大力发展六堡茶产业，水果产业也稳步增长。")
    assert {("六堡茶产业", "Industry"), ("水果产业", "Industry")} <= ments
    assert ("苍梧县", "inIndustry", "六堡茶") in rels
    # bare, fruit is what people buy, no sector
    ments, _, _ = extract("市民在超市购买水果和蔬菜。")
    assert ("水果", "Industry") not in ments


def test_a_building_or_a_zone_in_a_list_of_sectors_is_no_sector(extract):
    ments, _, _ = extract("今年共引进机械、化工、标准厂房、仓储园区等产业转移项目12个。")
    assert {("机械", "Industry"), ("化工", "Industry")} <= ments
    assert not any(n in ("标准厂房", "仓储园区") and t == "Industry" for n, t in ments)


def test_a_development_centre_is_a_body(extract):
    ments, rels, _ = extract("融水县杉木产业发展中心与南宁木业协会签订合作协议。")
    assert ("融水县杉木产业发展中心", "Organization") in ments
    assert any(r == "cooperatesWith" for _, r, _ in rels)


def test_several_counted_projects_or_a_kind_of_project_name_no_project(extract):
    ments, _, _ = extract("今年全市推进30个固链强基项目，两项稳岗扩能项目已完工。")
    assert not {t for t, typ in ments if typ == "Project"}
    ments, _, _ = extract("湾区新签项目18个，续建项目、新开工项目同步推进。")
    assert not {t for t, typ in ments if typ == "Project"}
    ments, _, _ = extract("一个碧溪锂电项目正在建设。")
    assert ("碧溪锂电项目", "Project") in ments


def test_a_party_committees_department_and_a_countys_media_centre_are_bodies(extract):
    ments, rels, _ = extract("贺州市委组织部副部长韦明介绍，鹿寨县融媒体中心全程直播。")
    assert ("贺州市委组织部", "Organization") in ments
    assert ("韦明", "worksFor", "贺州市委组织部") in rels
    assert ("鹿寨县融媒体中心", "Organization") in ments
    ments, _, _ = extract("梧州工业发展迅速。市委宣传部、县融媒体中心联合采访。")
    assert {("市委宣传部", "Organization"), ("县融媒体中心", "Organization")} <= ments
    # a firm's party committee's department is the firm's: no body of its own
    ments, rels, _ = extract("华创集团党委宣传部部长李振表示，订单增长。")
    assert not any(t.endswith("宣传部") for t, _ in ments)


def test_a_ministrys_department_is_a_body_of_its_own(extract):
    ments, rels, _ = extract("商务部外资司副司长王海介绍，工信部原材料工业司也派员出席。")
    assert {("商务部外资司", "Organization"), ("工信部原材料工业司", "Organization")} <= ments
    assert ("王海", "worksFor", "商务部外资司") in rels
    # 司 after no known ministry names no department
    ments, _, _ = extract("他向上司汇报，该公司总经理李振出席。")
    assert not any(t.endswith("司") and typ == "Organization" for t, typ in ments)


def test_a_groups_short_name_before_a_place_leads_its_units_legal_name(extract):
    # 北港 is the short name of 北港集团: the unit's name starts with it, not at 钦州
    ments, _, _ = extract("广西北港钦州冷链物流有限公司揭牌。")
    assert ("广西北港钦州冷链物流有限公司", "Company") in ments
    # a long run with an unknown lead still starts at the place inside it
    ments, _, _ = extract("他说根本没有武汉市华安纸业集团有限公司。")
    assert ("武汉市华安纸业集团有限公司", "Company") in ments


def test_a_known_firm_whose_name_ends_like_a_works_is_no_project(extract):
    # 中电工程 is a known firm (China Power Engineering Consulting Group): a
    # firm's name ending in 工程 after its parent names no works
    ments, _, _ = extract("中国能建中电工程与百色市签约建设光伏基地。")
    assert ("中电工程", "Company") in ments
    assert not any(typ == "Project" and t.endswith("中电工程") for t, typ in ments)
    ments, _, _ = extract("中国能源建设集团与百色市签约。")
    assert ("中国能源建设集团", "Company") in ments


def test_a_place_name_that_begins_a_lakes_or_hills_name_is_no_place(extract):
    # 金秀 is a county's short name; 金秀湖 is a lake's name the zone is named after
    ments, _, _ = extract("在钦州市金秀湖创新产业园内，项目加快推进。")
    assert ("钦州市", "Region") in ments
    assert not any(typ == "Region" and t.startswith("金秀") for t, typ in ments)
    # a place written after a place in an address is still a place (广西|河池市)
    ments, _, _ = extract("仪式在广西河池市大化产业园举行。")
    assert ("河池市", "Region") in ments


def test_a_state_ministry_named_with_its_country_is_one_name(extract):
    ments, rels, _ = extract("中国财政部副部长王海说，中國教育部也派员出席。")
    assert ("中国财政部", "Organization") in ments and ("中国教育部", "Organization") in ments
    assert ("王海", "worksFor", "财政部") in rels
    # a province's department keeps its own name
    ments, _, _ = extract("自治区商务厅厅长李振说。")
    assert not any(t.startswith("中国") for t, _ in ments)


def test_an_outlet_a_sentence_cites_is_a_body(extract):
    ments, _, _ = extract("据光明日报报道，梧州六堡茶出口增长。")
    assert ("光明日报", "Organization") in ments


def test_a_kind_of_project_counted_after_its_name_names_no_project(extract):
    ments, _, _ = extract("园区今年签约入园五金制品生产项目12个，在谈的家具加工项目三批。")
    assert not {t for t, typ in ments if typ == "Project"}
    ments, _, _ = extract("金田五金制品项目12月投产。")
    assert ("金田五金制品项目", "Project") in ments


def test_light_industry_sectors_are_industries(extract):
    ments, _, _ = extract("钦州加快发展鞋业、箱包和小家电产业，贵港做强木业产业，玉林打造香料产业。")
    assert {("鞋业", "Industry"), ("箱包", "Industry"), ("小家电产业", "Industry"),
            ("木业产业", "Industry"), ("香料产业", "Industry")} <= ments
    # a firm's trade word before 产业 names the sector, and a verb is no brand
    assert not {t for t, typ in ments if typ == "Company"}


def test_a_doubled_dash_inside_a_known_name(mention_keys):
    keys = mention_keys("珠江——西江經濟帶沿線城市加快布局。")
    assert "珠江—西江经济带" in keys


def test_diesel_engines_are_a_sector_of_engines(extract):
    from kg.resources import load_resources
    ments, rels, _ = extract("该厂是国内柴油機行业的龙头，也在内燃机领域布局氢能。")
    assert {("柴油机行业", "Industry"), ("内燃机", "Industry")} <= ments
    assert load_resources().gazetteer.entries["柴油机"].parent == "内燃机"


def test_a_transliterated_name_before_a_rank_or_a_day_and_an_adviser(extract):
    ments, rels, _ = extract("万象商会资深顾问宋迪·西拉翁上将表示，愿意合作。")
    assert ("宋迪·西拉翁", "Person") in ments
    assert ("宋迪·西拉翁", "worksFor", "万象商会") in rels
    ments, _, _ = extract("商会顾问宋迪·西拉翁3日在玉林出席推介会。")
    assert ("宋迪·西拉翁", "Person") in ments


def test_the_pan_beibu_gulf_written_short_is_the_cooperation_zone(extract):
    ments, _, _ = extract("贵港处于泛珠三角和泛北部湾两个经济圈的交汇处。")
    assert ("泛北部湾", "Region") in ments


def test_guangdong_hong_kong_and_macao_written_alone_are_a_region(extract):
    ments, _, _ = extract("贺州东接粤港澳，西连大西南。粤港澳大湾区的企业纷纷来投资。")
    assert {("粤港澳", "Region"), ("粤港澳大湾区", "Region")} <= ments


def test_the_home_citys_government_written_bare_needs_the_city_named(extract):
    ments, _, _ = extract("近年来，贵港林业发展迅速，市政府高度重视家具产业。")
    assert not {t for t, typ in ments if typ == "Organization"}
    ments, _, _ = extract("柳州汽车产业发展迅速，市政府高度重视。")
    assert ("市政府", "Organization") in ments


def test_a_trade_word_before_enterprises_names_the_sector(extract):
    ments, _, _ = extract("今年钦州规上鞋业企业达120家，五金企业增长较快。")
    assert ("鞋业", "Industry") in ments
    assert not {t for t, typ in ments if typ == "Company"}


def test_a_party_department_named_bare_is_the_committees(extract):
    ments, rels, _ = extract("贺州市委常委、统战部部长韦明表示，欢迎港商投资。")
    assert not any(t.endswith("统战部") for t, _ in ments)
    assert ("韦明", "worksFor", "贺州市委") in rels


def test_listed_parts_before_firms_and_a_verb_before_a_descriptor_are_no_firms(extract):
    ments, _, _ = extract("贵港吸引电芯、电机、电控等核心企业落户，通过做实科技赋能推动升级。")
    assert not {t for t, typ in ments if typ == "Company"}
    ments, _, _ = extract("园区引进天宏电池、南方电机等配套企业。")
    assert {("天宏电池", "Company"), ("南方电机", "Company")} <= ments


def test_a_figure_before_a_joined_line_break_names_no_firm(extract):
    ments, _, _ = extract("營業收入及變化:2025年前9月突破29.5億元,同比大增45.2%\n公司近年業績呈現快速增長態勢。")
    assert not {t for t, typ in ments if typ == "Company"}


def test_the_last_sector_of_a_headless_list_ends_at_its_word_for_sector(extract):
    ments, _, _ = extract("贵州工业基础雄厚，纺织、机械及造船工业实力突出。")
    assert ("造船工业", "Industry") in ments
    assert not any(t.startswith("造船工业实力") for t, _ in ments)


def test_a_determiner_before_a_suffix_names_nothing(extract):
    ments, _, _ = extract("鼎丰集团计划年出口发动机5万台，占该集团年销售总量的三成，成就大型跨国企业集团。")
    assert {t for t, typ in ments if typ == "Company"} == {"鼎丰集团"}


def test_a_listed_short_name_of_everyday_words_is_a_firm_where_its_shares_are_spoken_of(extract):
    ments, _, _ = extract("受消息带动，概念股長江電力漲停，白云电器股价走高。")
    assert {("长江电力", "Company"), ("白云电器", "Company")} <= ments
    # the same words without a word for shares are no firm
    ments, _, _ = extract("长江电力供应充足。")
    assert ("长江电力", "Company") not in ments


def test_a_list_of_sectors_ends_before_a_thing_of_another_kind_joined_to_it(extract):
    ments, _, _ = extract("东岭工业集中区重点引进厨卫电器、纺织、玩具产业和废旧物资回收利用工程项目。")
    assert ("厨卫电器", "Industry") in ments


def test_each_places_bodies_and_a_verb_before_a_suffix_name_nothing(extract):
    ments, _, _ = extract("各市台协会要积极作为，当地部门积极支援帮助台协发挥作用。")
    assert not {t for t, typ in ments if typ == "Organization"}


def test_a_verb_of_writing_after_a_titled_name_is_not_part_of_it(extract):
    ments, _, _ = extract("自治区主席韦立写给湖南省委的信引起关注。")
    assert ("韦立", "Person") in ments


def test_a_former_officers_employer_ends_before_the_word_former(extract):
    ments, rels, _ = extract("论坛上，远恒联合党前主席李明表示欢迎。远恒联合党主席王强也表示欢迎。")
    assert not any(t.endswith("前") for t, _ in ments)
    assert ("李明", "worksFor", "远恒联合党") in rels


def test_a_two_character_name_before_de_does_not_take_it(extract):
    ments, _, _ = extract("论坛上，远恒科技董事长李明的发言引来掌声。")
    assert ("李明", "Person") in ments and not any(t == "李明的" for t, _ in ments)


def test_kinds_of_vehicle_and_farm_machine_are_sectors(extract):
    ments, _, _ = extract("作为国内微车领军企业，鼎丰汽车连续6年蝉联微型商用车行业销量冠军。东岭拖拉机厂生产的拖拉机销往各地。")
    assert {("微车", "Industry"), ("微型商用车行业", "Industry"), ("拖拉机", "Industry")} <= ments


def test_a_paper_named_in_book_title_marks_is_a_media_body(extract):
    ments, _, _ = extract("老挝《万象晨报》的记者表示，东岭的新能源汽车产业发展很快。")
    assert ("万象晨报", "Organization") in ments


def test_a_deputy_of_an_assembly_names_no_employer(extract):
    ments, rels, _ = extract("贵州人大代表姚一平说，要加快推进工程建设。")
    assert not {t for t, typ in ments if typ in ("Company", "Organization")}
    assert not any(r == "worksFor" for _, r, _ in rels)


def test_an_investors_name_before_a_time_word_keeps_its_last_character(extract):
    # (the former-officer rule trims 前 before a title only, not before 在…投资)
    ments, _, _ = extract("台湾恒达橡胶目前在柳州投资兴建轮胎工厂。")
    assert not any(t.endswith("目") for t, _ in ments)


def test_a_titled_name_before_zhi_or_zaoqian_ends_there(extract):
    ments, _, _ = extract("贵州省主席韦明指，省委书记陈立早前率团访港。")
    assert {("韦明", "Person"), ("陈立", "Person")} <= ments
    assert not any(t in ("韦明指", "陈立早") for t, _ in ments)


def test_the_digital_silk_road_and_digital_guangxi_are_initiatives(extract):
    ments, _, _ = extract("该市积极参与数字丝路建设，大力发展信息安全产业，加快数字广西建设。")
    assert {("数字丝路", "Initiative"), ("信息安全产业", "Industry")} <= ments
    assert any(t.startswith("数字广西") and typ == "Initiative" for t, typ in ments)


def test_the_cross_strait_framework_agreement_is_an_initiative_in_both_wordings(extract):
    ments, _, _ = extract("《海峽兩岸經濟合作架構協議》簽署後，兩岸經濟合作框架協議帶來商機。")
    assert sum(1 for _, typ in ments if typ == "Initiative") == 2


def test_onshore_wind_is_a_sector_of_wind_power(extract):
    ments, _, _ = extract("贵州大力发展陆上风电和海上风电产业。")
    assert ("陆上风电", "Industry") in ments


def test_quoted_names_marked_as_brands_are_products(extract):
    ments, _, _ = extract("馆里藏着第一台“飞燕”牌台式电风扇。如今，“金鹿”“长青”等名噪一时的家电品牌早已消失。")
    assert {("飞燕", "Product"), ("金鹿", "Product"), ("长青", "Product")} <= ments


def test_taiwans_word_for_artificial_intelligence_is_that_sector(extract):
    _, rels, _ = extract("柳州市積極發展人工智慧產業。")
    assert ("柳州", "inIndustry", "人工智能") in rels


def test_cross_strait_bodies_and_the_china_review_agency_are_known(extract):
    ments, _, _ = extract("據中評社報導，兩岸企業家峰會大陸方面理事長在開幕式上致詞。")
    assert {("两岸企业家峰会", "Organization"), ("中评社", "Organization")} <= ments


def test_taiwans_words_for_sectors_are_those_sectors(extract):
    _, rels, _ = extract("柳州市積極發展離岸風電、太陽光電等新能源產業。")
    assert {("柳州", "inIndustry", "海上风电"), ("柳州", "inIndustry", "光伏")} <= rels


def test_a_place_not_within_the_place_before_it_opens_a_firms_brand(extract):
    ments, _, _ = extract("湖南省长沙市嘉兴机械有限公司今年投产。")
    assert {("湖南省", "Region"), ("长沙市", "Region")} <= ments
    assert ("嘉兴", "Region") not in ments  # (嘉兴 lies in Zhejiang: the firm's brand)
    # an address of places each within the one before is mentioned whole
    ments, _, _ = extract("广西梧州市苍梧县鼎丰陶瓷有限公司今年投产。")
    assert {("广西", "Region"), ("梧州市", "Region"), ("苍梧县", "Region")} <= ments


def test_you_before_a_listed_firm_is_no_part_of_its_name(extract):
    ments, _, _ = extract("园区今年入园企业有远恒电子公司、鼎丰机械公司等。")
    assert not any(t.startswith("有") for t, _ in ments)


def test_items_counted_in_jia_before_a_described_firm_head_are_firms(extract):
    ments, _, _ = extract("这里已有鼎丰、远恒、宁昌3家行业排名靠前的企业入驻。")
    assert {("鼎丰", "Company"), ("远恒", "Company"), ("宁昌", "Company")} <= ments


def test_a_firm_and_a_zone_after_the_full_name_of_an_autonomous_region_are_keyed_without_the_address(extract):
    ments, rels, _ = extract("广西壮族自治区钦州市远恒机械有限公司落户广西壮族自治区钦州市临海工业园。")
    assert {("远恒机械", "locatedIn", "临海工业园"), ("临海工业园", "locatedIn", "钦州")} <= rels


def test_a_chief_economist_is_a_titled_officer(extract):
    ments, rels, _ = extract("钦州市发改委总经济师韦立新介绍了项目进展。")
    assert ("韦立新", "Person") in ments
    assert ("韦立新", "worksFor", "钦州市发改委") in rels


def test_a_date_before_zai_place_settling_is_no_investor(extract):
    ments, _, _ = extract("黔南鼎丰工业园区规划面积55平方公里。该园区于2012年在都匀市落户。")
    assert not any(ty == "Company" for _, ty in ments)


def test_a_country_before_a_latin_brand_is_the_firms_address(extract):
    ments, _, _ = extract("远恒科技、泰国Maxon集团等一批企业落户园区。")
    assert ("泰国", "Region") in ments and any(ty == "Company" and t.endswith("Maxon集团") for t, ty in ments)


def test_a_city_party_committee_named_with_its_government_is_a_body(extract):
    ments, _, _ = extract("这是中共都匀市委、市政府实施工业强市战略的重要举措。")
    assert ("中共都匀市委", "Organization") in ments


def test_an_assistant_to_a_vice_president_is_a_titled_officer(extract):
    _, rels, _ = extract("鼎丰集团副总裁助理韦立新介绍，工厂已全面复工。")
    assert ("韦立新", "worksFor", "鼎丰集团") in rels


def test_ji_namely_before_a_zone_is_no_part_of_its_name(extract):
    ments, _, _ = extract("构建“一区两园”格局，“两园”即鼎丰工业园区、远恒产业园。")
    assert ("鼎丰工业园区", "IndustrialPark") in ments
    assert not any("即" in t for t, _ in ments)


def test_model_codes_counted_in_kuan_are_products(extract):
    ments, rels, _ = extract("鼎丰动力集团推出Q05、Q09等多款产品。")
    assert {("Q05", "Product"), ("Q09", "Product")} <= ments
    assert ("鼎丰动力集团", "produces", "Q09") in rels


def test_the_mainland_named_bare_among_places_is_a_place(extract):
    ments, _, _ = extract("论坛吸引了大陆、香港和台湾的三百多家企业参加。")
    assert ("大陆", "Region") in ments
    ments, _, _ = extract("論壇吸引了大陸、香港和臺灣的三百多家企業參加。")
    assert ("大陆", "Region") in ments  # (mentions are read in simplified script)


def test_a_count_and_its_head_close_a_list_and_a_conjunction_opens_another(extract):
    # the zones before 三大工业园区 are cut short (no zone named), the crops after 和 are sectors
    ments, _, _ = extract("会上，该县介绍了东岭、石门、沙坪三大工业园区和茶叶、油茶、中药材等特色产业。")
    assert {("茶叶", "Industry"), ("油茶", "Industry"), ("中药材", "Industry")} <= ments
    assert not {t for t, typ in ments if t in ("东岭", "石门", "沙坪")}


def test_a_base_listed_among_zones_is_a_zone_and_a_name_cut_short_is_none(extract):
    ments, _, _ = extract("该市正加快滨海粮油加工基地、桂中食品产业园、东岭等园区建设。")
    assert {("滨海粮油加工基地", "IndustrialPark"), ("桂中食品产业园", "IndustrialPark")} <= ments
    assert ("东岭", "IndustrialPark") not in ments  # a zone's name cut short


def test_a_city_district_named_like_a_port_area_is_a_place(extract):
    ments, rels, _ = extract("新建的码头位于山东省日照市东港区，钦州港大榄坪港区也在扩建。")
    assert ("日照市东港区", "IndustrialPark") not in ments
    assert ("东港区", "partOf", "日照") in rels
    assert ("钦州港大榄坪港区", "IndustrialPark") in ments


def test_a_group_named_with_everyday_words_is_a_firm_where_it_acts_as_one(extract):
    ments, rels, _ = extract("总部位于厦门的远航国际集团落户钦州，远航国际集团董事长林志强出席仪式。")
    assert ("远航国际集团", "Company") in ments
    assert ("林志强", "worksFor", "远航国际集团") in rels
    ments, _, _ = extract("当地龙头集团纷纷转型。")
    assert not {t for t, typ in ments if typ == "Company"}


def test_a_titled_name_ends_before_yiji_and_a_conjunction_before_a_determiner_is_no_name(extract):
    ments, _, _ = extract("县长林涛以及多位企业家出席了开工仪式。")
    assert ("林涛", "Person") in ments and ("林涛以", "Person") not in ments
    ments, _, _ = extract("公司董事长和各部门负责人参加了会议。")
    assert not {t for t, typ in ments if typ == "Person"}


def test_a_projects_own_name_quoted_after_a_dash_names_it_too(extract):
    ments, _, _ = extract("华能集团正在建设的海上风电制氢示范工程项目——“华能蓝海号”明年投运。"
                          "“华能蓝海号”设计年制氢3000吨。")
    assert ("华能蓝海号", "Project") in ments


def test_a_projects_name_begins_after_a_verb_of_sending_to_it(extract):
    ments, _, _ = extract("一批风机叶片今天从钦州港起航发往广东湛江徐闻300兆瓦风电项目。")
    assert ("广东湛江徐闻300兆瓦风电项目", "Project") in ments
    assert not {t for t, typ in ments if t.startswith(("起航", "发往"))}


def test_a_site_named_by_a_hills_everyday_name_and_its_sector_is_a_project(extract):
    ments, _, _ = extract("华能集团计划建设凤凰风电项目和青山光伏项目。")
    assert {("凤凰风电项目", "Project"), ("青山光伏项目", "Project")} <= ments
    ments, _, _ = extract("该县将建设大型风电项目和新建光伏项目。")
    assert not {t for t, typ in ments if typ == "Project"}


def test_names_in_a_photos_caption_with_where_they_stand_are_people(extract):
    ments, _, _ = extract("项目年发电量约3000万度。\n王建国(前左)、李春生(右二)共同为项目揭幕。")
    assert {("王建国", "Person"), ("李春生", "Person")} <= ments


def test_a_demonstrative_before_a_township_word_names_no_place(extract):
    ments, _, _ = extract("鹿寨的这个乡镇去年建起了一座光伏电站。")
    assert not {t for t, typ in ments if typ == "Region" and t.startswith("这")}


def test_a_driver_or_an_inspector_named_after_the_job_is_a_person_of_the_firm(extract):
    _, rels, _ = extract("“加进去的是氢，排出来的是水。”来自东风柳汽的氢能货车司机王晓东介绍说。")
    assert ("王晓东", "worksFor", "东风柳汽") in rels
    ments, _, _ = extract("交警向司机和行人发放宣传单。")
    assert not {t for t, typ in ments if typ == "Person"}


def test_two_zones_joined_by_a_conjunction_are_two(extract):
    ments, _, _ = extract("二期将建设陶瓷产业园及家居产业园，总投资30亿元。")
    assert {("陶瓷产业园", "IndustrialPark"), ("家居产业园", "IndustrialPark")} <= ments
    assert ("陶瓷产业园及家居产业园", "IndustrialPark") not in ments


def test_consulates_embassies_and_councils_are_organisations(extract):
    ments, rels, _ = extract("老挝驻南宁总领事馆总领事西沙万出席。新加坡工商联合理事会主席黄山忠表示支持。")
    assert ("老挝驻南宁总领事馆", "Organization") in ments
    assert ("新加坡工商联合理事会", "Organization") in ments
    assert ("黄山忠", "worksFor", "新加坡工商联合理事会") in rels
    # a counsellor is a title
    ments, rels, _ = extract("马来西亚驻华大使馆参赞林志强到钦州考察。")
    assert ("马来西亚驻华大使馆", "Organization") in ments
    assert ("林志强", "worksFor", "马来西亚驻华大使馆") in rels
    # the consulates of several countries name none
    ments, _, _ = extract("泰国、越南等国驻南宁总领事馆官员出席。")
    assert not any(t == "Organization" for _, t in ments)
    # a mission is named by its country; a body's term is no name
    ments, _, _ = extract("两国同意互设总领事馆。商会新一届理事会今天成立。")
    assert not any(t == "Organization" for _, t in ments)


def test_a_numbered_term_of_a_body_is_no_name(extract):
    # 产生第七届|理事会: the body's seventh term, not a body named 产生第七届理事会
    ments, _, _ = extract("鹿寨县茶叶协会召开换届大会，选举产生第七届理事会和第三届监事会。")
    assert ("鹿寨县茶叶协会", "Organization") in ments
    assert not any(t == "Organization" and "届" in x for x, t in ments)


def test_an_association_before_its_members_is_named(extract):
    # 协会会员 is one word to jieba: the association's name still ends at 协会
    ments, _, _ = extract("第三届柳州市汽配行业协会会员代表大会在柳州召开。")
    assert ("柳州市汽配行业协会", "Organization") in ments
    ments, rels, _ = extract("柳州市汽配行业协会会长韦建新致辞。")
    assert ("韦建新", "worksFor", "柳州市汽配行业协会") in rels


def test_a_province_subregion_is_a_place_at_home(extract):
    ments, rels, _ = extract("柳州华成水泥有限公司的水泥出口越南、粤西。")
    assert ("粤西", "Region") in ments
    assert ("华成水泥", "exportsTo", "越南") in rels
    assert not any(r == "exportsTo" and t == "粤西" for h, r, t in rels)


def test_a_titled_name_taking_a_post_is_a_person(extract):
    ments, rels, _ = extract("大会推选柳州鸿翔电子公司董事长覃国栋任商会会长。")
    assert ("覃国栋", "Person") in ments
    assert ("覃国栋", "worksFor", "鸿翔电子") in rels
    # the verb of electing opens no employer's name; 电子公司 is a firm, not a ministry's 司
    ments, _, _ = extract("商会选举华成电子公司董事长韦建平为新一届会长。")
    assert not any(t == "Organization" and x.endswith("公司") for x, t in ments)


def test_a_list_headed_after_a_ranking_and_a_qualifier_is_typed(extract):
    # 等中国500强、知名民营企业: the ranking and the qualifier both stand before the head
    ments, _, _ = extract("引进远恒、鸿翔、桂华燃气等中国500强、知名民营企业。")
    assert {("远恒", "Company"), ("鸿翔", "Company"), ("桂华燃气", "Company")} <= ments


def test_each_kinds_bodies_name_none(extract):
    ments, rels, _ = extract("欢迎各个商协会来柳州考察洽谈。")
    assert not any(t == "Organization" for _, t in ments)


def test_a_site_after_an_unnamed_number_is_a_kind(extract):
    ments, _, _ = extract("鸿达水泥计划在贵港新建多个熟料基地。")
    assert not any(t == "Project" for _, t in ments)
    # a designation held by each base stays (新一批|X出口基地)
    ments, _, _ = extract("商务部公布新一批广西汽车出口基地。")
    assert ("广西汽车出口基地", "Project") in ments


def test_a_word_of_going_or_of_cause_is_no_part_of_a_name(extract):
    ments, _, _ = extract("园区北接贺州，南到黎湛铁路。")
    assert ("黎湛铁路", "Project") in ments
    assert not any(x.startswith("南到") for x, _ in ments)
    ments, _, _ = extract("员工们年中到医院做了体检。鹿寨县得益于铁路运输，发展很快。")
    assert not any(t in ("Organization", "Project") for _, t in ments)
    # nor a relative clause: 所建, 所属
    ments, _, _ = extract("这是鸿达集团在钦州所建项目中最大的一个。")
    assert not any(t == "Project" for _, t in ments)
    # a name that opens with the word keeps it
    ments, _, _ = extract("到家集团在柳州设立分公司。")
    assert ("到家集团", "Company") in ments


def test_a_list_headed_by_a_large_batch_of_firms_is_typed(extract):
    ments, _, _ = extract("华丰、鸿翔、远恒集团等一大批国内外知名企业落户园区。")
    assert {("华丰", "Company"), ("鸿翔", "Company")} <= ments


def test_a_rare_name_before_group_is_a_firm(extract):
    # 华丰 is a rare word jieba knows as a name: a brand before 集团
    ments, rels, _ = extract("华丰集团于2015年在鹿寨县投资建厂。")
    assert ("华丰集团", "Company") in ments
    assert ("华丰集团", "investsIn", "鹿寨县") in rels


def test_a_quoted_word_after_a_date_is_no_firm_settling(extract):
    ments, _, _ = extract("鸿远集团于2012年“南下”落户钦州港经济技术开发区。")
    assert not any(x == "南下" for x, _ in ments)
    ments, _, _ = extract("“青峰之星”和“绿岭树”已落户园区。")
    assert ("青峰之星", "Company") in ments


def test_a_citys_taiwan_investors_association_with_its_province(extract):
    ments, _, _ = extract("广西柳州市台湾同胞投资企业协会举行换届大会。")
    assert ("广西柳州市台湾同胞投资企业协会", "Organization") in ments
    # a verb or a body before 台协会 names no association
    ments, _, _ = extract("希望台协会多办实事。县台办对台协会的工作表示肯定。")
    assert not any(t == "Organization" and x.endswith(("台协", "台协会")) for x, t in ments)


def test_a_project_written_again_without_its_project_word_is_the_project(extract):
    ments, rels, _ = extract("青山湖生态旅游度假区项目总投资8亿元。今年，鹿寨县将建设青山湖生态旅游度假区。")
    assert ("青山湖生态旅游度假区", "Project") in ments
    assert ("鹿寨县", "develops", "青山湖生态旅游度假区项目") in rels
    # a zone's project: the zone written alone stays a zone
    ments, _, _ = extract("柳州汽车产业园项目开工。柳州汽车产业园发展迅速。")
    assert ("柳州汽车产业园", "IndustrialPark") in ments


def test_a_date_after_since_or_from_is_no_part_of_a_name(extract):
    ments, _, _ = extract("自2019年5月鸿远智能装备产业园投产以来，产值翻番。")
    assert ("鸿远智能装备产业园", "IndustrialPark") in ments
    assert not any(x.startswith("自") for x, _ in ments)
    # the start or the end of a month, too
    ments, _, _ = extract("10月初台湾五金公会来访。")
    assert ("台湾五金公会", "Organization") in ments


def test_a_verb_of_giving_before_a_zone_is_no_part_of_its_name(extract):
    ments, _, _ = extract("有关部门给予电子信息产业园相应补助。")
    assert not any("给予" in x for x, _ in ments)


def test_an_adverb_that_is_a_surname_after_a_title_names_nobody(extract):
    ments, _, _ = extract("董事长曾多次说过质量第一。总经理曾宏亮表示欢迎。村民曾投诉表示噪音太大。")
    assert ("曾宏亮", "Person") in ments
    assert not any(x in ("曾多次", "曾投诉") for x, _ in ments)


def test_two_bodies_joined_by_and_are_each_named(extract):
    ments, _, _ = extract("学校设立材料研究院和动力研究院，并新建部分实验室。")
    assert {("材料研究院", "Organization"), ("动力研究院", "Organization")} <= ments
    assert not any(x.startswith("部分") for x, _ in ments)


def test_one_more_of_a_kind_is_no_project_name(extract):
    ments, _, _ = extract("继鸿远电池基地项目投产以后，产业链加速成形。又一重量级医疗器械项目签约锦江开发区。")
    assert ("鸿远电池基地项目", "Project") in ments
    assert not any(x.startswith(("一", "继")) for x, _ in ments)


def test_a_model_before_a_sized_kind_of_machine_is_a_product(extract):
    ments, _, _ = extract("工人正在装配20吨级的XG8830E大型挖掘机的底盘。")
    assert ("XG8830E", "Product") in ments


def test_a_dateline_glued_to_a_name_is_no_part_of_it(extract):
    ments, _, _ = extract("本报南宁6月2日讯鸿远电子有限公司昨日宣布扩产。新华社电恒丰泰机械集团发布年报。")
    assert {("鸿远电子有限公司", "Company"), ("恒丰泰机械集团", "Company")} <= ments
    assert not any("讯" in x or "社电" in x for x, _ in ments)


def test_a_word_of_time_or_of_lying_somewhere_opens_no_name(extract):
    ments, _, _ = extract("近期恒丰泰控股集团宣布上市。新厂坐落于梧州市长洲区北岸片区。工人迅速赶往医院。")
    assert ("恒丰泰控股集团", "Company") in ments
    assert ("梧州市长洲区北岸片区", "IndustrialPark") in ments
    assert not any(x.startswith("近期") or "坐落" in x or "赶往" in x for x, _ in ments)


def test_a_name_between_an_institute_and_its_title_works_there(extract):
    ments, rels, _ = extract("广西科学院材料研究所黄立华研究员表示，新材料前景广阔。桂江大学吴立伟教授指出了问题。")
    assert ("黄立华", "Person") in ments
    assert ("吴立伟", "worksFor", "桂江大学") in rels


def test_a_known_bodys_institute_is_a_body_of_its_own(extract):
    ments, rels, _ = extract("工信部研究院林国栋研究员表示，合作前景广阔。商务部发改委联合发文。")
    assert ("工信部研究院", "Organization") in ments
    assert ("林国栋", "worksFor", "工信部研究院") in rels
    # two bodies side by side stay two
    assert not any(x == "商务部发改委" for x, _ in ments)


def test_a_project_listed_after_a_known_firms_project_is_the_firms(extract):
    ments, rels, _ = extract("近日，玉柴新能源动力总成基地项目、总部办公大楼项目开工仪式在梧州市龙圩工业园区举行。")
    assert ("总部办公大楼项目", "Project") in ments
    assert ("玉柴总部办公大楼项目", "locatedIn", "龙圩工业园区") in rels
    # a firm's name and the suffix alone make no project of the firm's
    ments, _, _ = extract("园区将涌现航天科技中心、太空体验基地等业态。")
    assert not any(x == "太空体验基地" for x, _ in ments)
    # an item named with a firm of its own is that firm's
    _, rels, _ = extract("万科商住综合体、碧桂园商住综合体落户柳州高新区。")
    assert ("碧桂园商住综合体", "locatedIn", "柳州高新区") in rels


def test_a_known_firms_companies_at_large_name_no_firm(extract):
    ments, _, _ = extract("该平台主要面向用户开放。玉柴全球公司员工超过两万人。柳工旗下企业也参与其中。")
    assert ("玉柴", "Company") in ments
    assert not any(x.startswith("面向") or x.endswith(("全球公司", "旗下企业")) for x, _ in ments)


def test_a_kind_of_government_department_is_no_ministry(extract):
    ments, _, _ = extract("各地财政部门和商务部门联合发文。")
    assert not any(t == "Organization" for _, t in ments)
    ments, _, _ = extract("商务部发布通知。")
    assert ("商务部", "Organization") in ments


def test_a_base_that_hosts_firms_is_a_zone(extract):
    ments, _, _ = extract("青山县建成华南电动工具生产基地，恒达、宏力等12家企业已入驻。")
    assert ("华南电动工具生产基地", "IndustrialPark") in ments
    ments, _, _ = extract("記者走進華南五金生產基地。該基地集聚了恒達、宏力等五金企業40家。")
    assert ("华南五金生产基地", "IndustrialPark") in ments
    ments, _, _ = extract("恒达五金去年入驻华南五金生产基地。")
    assert ("华南五金生产基地", "IndustrialPark") in ments


def test_a_firms_base_with_no_tenants_stays_a_project(extract):
    ments, _, _ = extract("恒达五金有限公司将在青山县建设华南电动工具生产基地，年产电钻200万台。")
    assert ("华南电动工具生产基地", "Project") in ments
    ments, _, _ = extract("恒达五金项目落户华南五金生产基地。")
    assert ("华南五金生产基地", "Project") in ments


def test_a_substation_is_named_without_its_voltage_class(extract):
    ments, _, _ = extract("电网公司今年建成500千伏鹿寨变电站和±800千伏宾阳换流站。")
    assert {("鹿寨变电站", "Project"), ("宾阳换流站", "Project")} <= ments
    ments, _, _ = extract("全县實現220千伏變電站全覆蓋。")
    assert not {t for t, typ in ments if typ == "Project"}


def test_a_firms_department_before_a_title_names_the_firm(extract):
    ments, rels, _ = extract("据中冶广西企划部部长周海涛介绍，基地已完成施工。")
    assert ("中冶广西", "Company") in ments and ("中冶广西企划部", "Organization") not in ments
    assert ("周海涛", "worksFor", "中冶广西") in rels
    ments, rels, _ = extract("據中冶廣西工程部經理周海濤介紹，工程進展順利。")
    assert ("周海涛", "worksFor", "中冶广西") in rels


def test_the_first_of_a_kind_is_no_part_of_a_name(extract):
    ments, rels, _ = extract("柳州首座白沙岭风电场建成投产。")
    assert ("白沙岭风电场", "Project") in ments
    assert ("白沙岭风电场", "locatedIn", "柳州") in rels
    ments, _, _ = extract("青山縣首條鹿寨大道建成通車。")
    assert ("鹿寨大道", "Project") in ments and not any("首条" in t for t, _ in ments)


def test_economic_circles_are_regions(extract):
    ments, _, _ = extract("廣西地處華南經濟圈、西南經濟圈與東盟經濟圈的結合部。")
    assert {("华南经济圈", "Region"), ("西南经济圈", "Region"), ("东盟经济圈", "Region")} <= ments


def test_a_fair_the_story_is_about_is_an_initiative(extract):
    ments, _, _ = extract("第20届东博会今日开幕\n本届博览会设展位6000个。")
    assert ("东博会", "Initiative") in ments
    ments, _, _ = extract("正文\n第二十屆中國—東盟博覽會在南寧開幕。本屆中國—東盟博覽會簽約項目逾百個。")
    assert ("中国—东盟博览会", "Initiative") in ments
    ments, _, _ = extract("正文\n华星集团依托东博会等平台开拓东盟市场。")
    assert not {t for t, typ in ments if typ == "Initiative"}


def test_machinery_sectors_are_known(extract):
    ments, rels, _ = extract("鹿寨高新区重点培育动力机械、机械装备产业集群。")
    assert {("动力机械", "Industry"), ("机械装备产业", "Industry")} <= ments
    assert ("鹿寨高新区", "inIndustry", "机械装备") in rels


def test_a_list_framed_by_ji_and_hou_opens_with_no_ji(extract):
    ments, _, _ = extract("这是继象山电子产业园、广西电子产业园总装基地后，华星集团承接的第三个项目。")
    assert ("象山电子产业园", "IndustrialPark") in ments
    assert not any(t.startswith("继") for t, _ in ments)


def test_a_site_for_firms_keeps_the_word_for_firms_in_its_name(extract):
    ments, _, _ = extract("占地120亩的宏远优谷企业园项目计划总投资5亿元。")
    assert ("宏远优谷企业园项目", "Project") in ments
    ments, _, _ = extract("華星、宏達等企業已入駐。")
    assert {("华星", "Company"), ("宏达", "Company")} <= ments


def test_a_developers_latin_brand_before_a_dash_opens_the_name(extract):
    ments, _, _ = extract("当天开工的宏远V谷-鹿寨国际企业港项目计划总投资5亿元。")
    assert ("宏远V谷-鹿寨国际企业港项目", "Project") in ments


def test_a_numbered_bureau_of_a_state_builder_is_a_firm(extract):
    ments, rels, _ = extract("由中国华建三局参建的鹿寨水电站开工。")
    assert ("中国华建三局", "Company") in ments
    assert ("华建三局", "develops", "鹿寨水电站") in rels
    ments, _, _ = extract("柳州市商务局局长王建国出席。")
    assert ("柳州市商务局", "Organization") in ments


def test_a_centre_of_a_phrase_or_a_village_names_nothing(extract):
    ments, _, _ = extract("公司建成以220千伏鹿寨站、雒容站为中心的环网，并完成中心村农网改造。")
    assert not {t for t, y in ments if t.endswith("中心") and y == "Project"}
    ments, _, _ = extract("电网公司提前完成农网中心村改造。")
    assert not {t for t, y in ments if "中心" in t}


def test_two_works_of_one_kind_joined_are_named_apart(extract):
    ments, _, _ = extract("华星玻璃在鹿寨生产基地与雒容生产基地新建两条加工线。")
    assert ("鹿寨生产基地与雒容生产基地", "Project") not in ments
    assert ("雒容生产基地", "Project") in ments


def test_strategic_investors_head_a_list_of_firms(extract):
    ments, rels, _ = extract("龙升集团与天衡资本、瑞丰资本、中泰证券3家战略投资者签订了合作协议。")
    assert {("天衡资本", "Company"), ("瑞丰资本", "Company")} <= ments
    assert ("天衡资本", "cooperatesWith", "龙升集团") in rels
    assert not {x for x in rels if x[1] == "investsIn"}  # (投资者 names who invests; nobody acts)


def test_world_famous_makers_head_a_list_of_firms(extract):
    ments, _, _ = extract("展会也有国外企业参加，如阿斯托、贝勒农机、塔维斯等世界知名农机生产企业。")
    assert {("阿斯托", "Company"), ("贝勒农机", "Company"), ("塔维斯", "Company")} <= ments


def test_a_verb_of_taking_part_in_building_opens_no_name(extract):
    ments, rels, _ = extract("确定由宏力电子科技有限公司等单位参建鹿寨智能装备创新中心。")
    assert ("鹿寨智能装备创新中心", "Project") in ments
    assert not {t for t, _ in ments if t.startswith("参建")}
    assert ("宏力电子科技", "develops", "鹿寨智能装备创新中心") in rels


def test_a_works_opening_with_a_word_of_scale_or_kind_names_none(extract):
    for text in ("鹿寨县将建设一座大容量钠电池储能电站。", "宏力集团打造现代化农机制造工厂。",
                 "雒容镇规划建设专业化智能家电产业基地。"):
        ments, _, _ = extract(text)
        assert not {t for t, y in ments if y == "Project"}, text


def test_a_firm_named_after_a_district_holds_no_place(extract):
    ments, rels, _ = extract("龙升集团与广西柳南集团有限公司签署合作协议。")
    assert ("柳南", "Region") not in ments
    assert not {x for x in rels if x[1] == "partOf"}


def test_verbs_of_a_notice_open_no_firms_name(extract):
    ments, _, _ = extract("本次权益变动不会导致公司控股股东发生变化，公司控股股东仍为龙升集团。")
    firms = {t for t, y in ments if y == "Company"}
    assert "龙升集团" in firms
    assert not {t for t in firms if "导致" in t or t.startswith("仍为")}


def test_a_year_with_ji_or_du_and_an_award_name_no_works(extract):
    ments, _, _ = extract("鹿寨大桥项目荣获2019年度广西真武阁杯优质工程。")
    assert {t for t, y in ments if y == "Project"} == {"鹿寨大桥项目"}
    ments, _, _ = extract("这是继2009年科学院、商务厅联合组织的考察后又一次活动。")
    assert not {t for t, _ in ments if "年" in t or t.startswith(("继", "繼"))}


def test_works_of_different_kinds_name_none(extract):
    ments, _, _ = extract("鹿寨供电局加快推进不同电压等级电网项目建设。")
    assert not {t for t, y in ments if y == "Project"}


def test_a_number_with_a_unit_of_strength_is_no_model(extract):
    for text in ("宏力钢缆公司研发的1960MPa级钢绞线投入使用。", "宏力钢缆公司的拉索承载力达到5000kN，出口越南。"):
        ments, _, _ = extract(text)
        assert not {t for t, y in ments if y == "Product"}, text


def test_a_list_of_kinds_before_a_projects_head_is_no_project_name(extract):
    ments, _, _ = extract("鹿寨木业有限公司年产20万立方米纤维板等行业高附加值产业项目加快实施。")
    assert not {m for m in ments if m[1] == "Project"}
    ments, _, _ = extract("鹿寨木业有限公司年产20万立方米纤维板项目加快实施。")
    assert ("鹿寨木业有限公司年产20万立方米纤维板项目", "Project") in ments


def test_associations_of_firms_are_named_in_full(extract):
    for name in ("中国五金工业企业管理协会", "广西外商投资企业协会", "广西企业联合会"):
        ments, _, _ = extract(f"{name}昨天在南宁召开年会。")
        assert (name, "Organization") in ments, name


def test_a_title_after_the_last_name_of_a_list_makes_each_a_person(extract):
    ments, _, _ = extract("报告会上，郭建新、徐海平、胡立峰、李德明院士分别作了专题报告。")
    assert {(n, "Person") for n in ("郭建新", "徐海平", "胡立峰", "李德明")} <= ments
    ments, _, _ = extract("报告会上，高温合金、轻量化材料、新能源院士工作站分别揭牌。")
    assert not {m for m in ments if m[1] == "Person"}
