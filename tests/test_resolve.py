"""Resolution inside a document and across documents and scripts."""
import kg
from kg.config import Config


def _build(tmp_path, files):
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return kg.build([tmp_path], Config(jobs=1))


def test_parenthesised_alias_is_one_entity(tmp_path):
    G = _build(tmp_path, {"a.txt": "江南工业新区（江南科技新城）成立五周年。江南科技新城聚焦智能制造产业。"})
    parks = [n for n, a in G.nodes(data=True) if a["type"] == "IndustrialPark"]
    assert len(parks) == 1
    labels = {parks[0]} | {t for t, _ in G.nodes[parks[0]]["aliases"]}
    assert {"江南工业新区", "江南科技新城"} <= labels


def test_short_forms_of_a_company_merge(tmp_path):
    G = _build(tmp_path, {"a.txt": "柳州鑫达精工科技有限公司投产。鑫达精工科技产值增长。柳州鑫达精工的订单饱满。"})
    comps = [n for n, a in G.nodes(data=True) if a["type"] == "Company"]
    assert comps == ["鑫达精工科技"]
    aliases = {t for t, _ in G.nodes["鑫达精工科技"]["aliases"]}
    assert {"柳州鑫达精工科技有限公司", "柳州鑫达精工"} <= aliases


def test_two_firms_of_one_brand_with_legal_names_stay_two(tmp_path):
    # a parent and its subsidiary: one brand (恒睿), two legal names and two trades
    G = _build(tmp_path, {"a.txt": "贺州恒睿新材料有限公司今年投产。贺州恒睿公司是江苏常州恒睿电子股份有限公司"
                                   "设立的全资子公司，主要生产铜箔。"})
    comps = {n: {n} | {t for t, _ in a["aliases"]} for n, a in G.nodes(data=True) if a["type"] == "Company"}
    assert len(comps) == 2
    sub = next(n for n, labels in comps.items() if "贺州恒睿新材料有限公司" in labels)
    assert "贺州恒睿公司" in comps[sub]  # the short form written with 贺州 is 贺州's firm
    assert "江苏常州恒睿电子股份有限公司" in comps["恒睿电子"] and sub != "恒睿电子"
    assert G.has_edge("恒睿电子", sub, key="investsIn")
    # one legal name written with two cities is one firm
    G = _build(tmp_path, {"a.txt": "佛山市恒睿电器有限公司在柳州设厂。柳州恒睿电器有限公司今年投产。"})
    assert sorted(n for n, a in G.nodes(data=True) if a["type"] == "Company") == ["恒睿电器"]


def test_places_joined_into_a_firm_name_stay_in_its_name(tmp_path):
    # 中国—东盟, 中国·老挝: the joined places name the firm together; no key opens with the joiner
    G = _build(tmp_path, {"a.txt": "广西中国—东盟物流有限公司在南宁成立。"})
    assert "中国—东盟物流" in G.nodes and G.nodes["中国—东盟物流"]["type"] == "Company"
    # a firm named by its zone and its legal form runs the zone: it is no zone
    G = _build(tmp_path, {"a.txt": "中国·老挝磨憨经贸合作区有限公司总经理陈建明说，园区今年新增企业12家。"})
    comps = [n for n, a in G.nodes(data=True) if a["type"] == "Company"]
    assert comps == ["中国·老挝磨憨经贸合作区有限公司"]
    assert G.has_edge("陈建明", "中国·老挝磨憨经贸合作区有限公司", key="worksFor")
    assert not any(n.startswith(("·", "—")) for n in G.nodes)


def test_one_node_across_documents_and_scripts(tmp_path):
    G = _build(tmp_path, {
        "hans.txt": "优必选在柳州建设人形机器人工厂。",
        "hant.txt": "優必選科技在柳州擴大產能，人形機器人產業加速發展。",
    })
    assert "优必选" in G
    assert len([n for n in G if n.startswith("优必选") and G.nodes[n]["type"] == "Company"]) == 1
    langs = {(t, lang) for t, lang in G.nodes["优必选"]["aliases"]}
    assert ("優必選科技", "zh-Hant") in langs
    assert len(G.nodes["优必选"]["documents"]) == 2


def test_admin_prefix_is_dropped_from_zone_names(tmp_path):
    G = _build(tmp_path, {"a.txt": "广西柳州市柳东新区引进电池项目。柳东新区聚焦新能源汽车产业。"})
    assert "柳东新区" in G
    assert ("柳东新区", "柳州", "locatedIn") in set(G.edges(keys=True)) or "柳州" not in G


def test_abbreviation_in_parentheses(tmp_path):
    G = _build(tmp_path, {"a.txt": "国家新能源汽车质量检验中心（以下简称“新能源车检中心”）落户园区。新能源车检中心年内投用。"})
    orgs = [n for n, a in G.nodes(data=True) if "检" in n]
    assert len(orgs) == 1


def test_contracted_name_of_a_lab_is_its_full_name(tmp_path):
    G = _build(tmp_path, {"a.txt": "华南理工大学先进焊接技术重点实验室入驻园区。依托华工焊接实验室的科研资源，项目进展顺利。"})
    labs = [n for n in G.nodes if n.endswith("实验室")]
    assert len(labs) == 1
    labels = {labs[0]} | {t for t, _ in G.nodes[labs[0]]["aliases"]}
    assert {"华南理工大学先进焊接技术重点实验室", "华工焊接实验室"} <= labels


def test_two_universities_sharing_characters_stay_apart(tmp_path):
    G = _build(tmp_path, {"a.txt": "广西科技大学与广西大学签署合作协议。"})
    assert {"广西科技大学", "广西大学"} <= set(G.nodes)


def test_elliptic_sector_joins_the_story_sector_but_not_other_stories(tmp_path):
    G = _build(tmp_path, {
        "a.txt": "全市汽车零部件产业加快发展。园区汽车及零部件、新材料等重点产业加快集聚。",
        "b.txt": "当地机床及零部件、新材料等重点产业加快集聚。",
    })
    # a's 零部件 is its 汽车零部件; b's stays a sector of its own, in b alone
    assert len(G.nodes["汽车零部件"]["documents"]) == 1
    assert len(G.nodes["零部件"]["documents"]) == 1
    assert G.nodes["汽车零部件"]["documents"] != G.nodes["零部件"]["documents"]


def test_a_name_with_a_place_in_it_is_no_contraction_of_another(tmp_path):
    G = _build(tmp_path, {"a.txt": "柳州鸿远机器人超级智慧工厂加快推进。首台机器人在鸿远柳州智慧工厂下线。"})
    facilities = sorted(n for n in G.nodes if n.endswith("工厂"))
    assert len(facilities) == 2


def test_a_city_body_with_a_generic_name_keeps_its_city(tmp_path):
    G = _build(tmp_path, {"a.txt": "柳州市人民医院扩建新院区。", "b.txt": "南宁市人民医院扩建新院区。"})
    orgs = {n for n, a in G.nodes(data=True) if a["type"] == "Organization"}
    assert {"柳州市人民医院", "南宁市人民医院"} <= orgs


def test_a_known_companys_arm_abroad_is_a_subsidiary_of_its_own(tmp_path):
    G = _build(tmp_path, {"a.txt": "柳工印度有限公司投产，柳工与当地经销商签约。玉柴越南公司同期开业。"})
    comps = {n for n, a in G.nodes(data=True) if a["type"] == "Company"}
    assert {"柳工", "柳工印度"} <= comps
    assert "柳工印度有限公司" not in {t for t, _ in G.nodes["柳工"]["aliases"]}
    assert "玉柴越南" in comps and "玉柴" not in comps


def test_a_city_prefix_before_a_known_company_is_the_company(tmp_path):
    G = _build(tmp_path, {"a.txt": "柳州孔辉汽车科技有限公司扩产，孔辉科技与当地企业签约。"})
    comps = {n for n, a in G.nodes(data=True) if a["type"] == "Company"}
    assert "孔辉科技" in comps and not any(n.startswith("柳州孔辉") for n in comps)


def test_generic_short_forms_never_join_different_bodies_across_stories(tmp_path):
    G = _build(tmp_path, {
        "a.txt": "纽约商品交易所的原油期货价格上涨，纽约商品交易所表示交易量放大。",
        "b.txt": "芝加哥商品交易所的大豆期货价格下跌，芝加哥商品交易所公布了数据。",
        "c.txt": "西安电子科技大学与柳工签署合作协议。",
        "d.txt": "电子科技大学与柳钢签署合作协议。",
    })
    assert {"纽约商品交易所", "芝加哥商品交易所", "西安电子科技大学", "电子科技大学"} <= set(G.nodes)


def test_banks_of_different_cities_stay_apart_in_one_story(tmp_path):
    G = _build(tmp_path, {"a.txt": "北京银行股份有限公司与中国银行柳州分行签署合作协议，两家银行将共同支持园区企业。"})
    comps = {n for n, a in G.nodes(data=True) if a["type"] == "Company"}
    assert {"北京银行", "中国银行"} <= comps


def test_a_kind_name_is_no_contraction_of_one_thing_of_that_kind(tmp_path):
    G = _build(tmp_path, {"a.txt": "全市已建成广西新材料技术成果转化中试研究基地。广西技术成果转化中试研究基地建设加快推进。"})
    bases = sorted(n for n in G.nodes if n.endswith("中试研究基地"))
    assert bases == ["广西技术成果转化中试研究基地", "广西新材料技术成果转化中试研究基地"]


def test_a_known_name_under_a_country_prefix_is_the_known_company(extract):
    _, rels, _ = extract("由中国华电集团广西风电公司全额投资建设的鸿翔风电场项目开工。")
    assert ("华电", "investsIn", "鸿翔风电场项目") in rels


def test_project_named_with_and_without_xiangmu_or_its_owner_is_one():
    from kg.pipeline import process_document
    from kg.read import make_document

    text = ("鸿翔钢铁基地项目今年开工。鸿翔钢铁基地年产钢材500万吨。"
            "华电融安青山风电场项目并网发电，融安青山风电场项目由华电投资建设。")
    r = process_document(make_document("p.txt", text.encode(), text, "utf-8"))
    projects = {m.key for m in r.mentions if m.type == "Project" and m.rule != "nested"}
    assert len({k for k in projects if "钢铁基地" in k}) == 1
    assert len({k for k in projects if "风电场" in k}) == 1


def test_a_park_with_and_without_its_area_word_is_one_park(tmp_path):
    import kg
    from kg.config import Config
    (tmp_path / "a.txt").write_text("柳州鸿翔产业园区内，工人忙碌。鸿翔产业园讲解员蓝诗敏介绍生产线。", encoding="utf-8")
    G = kg.build([tmp_path], Config(jobs=1))
    parks = [n for n, d in G.nodes(data=True) if d["type"] == "IndustrialPark"]
    assert len(parks) == 1


def test_a_local_arm_in_one_story_joins_the_known_firm_of_another(tmp_path):
    import kg
    from kg.config import Config
    (tmp_path / "a.txt").write_text("与合肥国轩签约，动力电池生产基地落户新区。", encoding="utf-8")
    (tmp_path / "b.txt").write_text("柳州国轩电池有限公司等电芯企业加快扩产。", encoding="utf-8")
    (tmp_path / "c.txt").write_text("成立了柳钢新材料公司，布局碳酸钙产业；柳钢集团营业收入增长。", encoding="utf-8")
    G = kg.build([tmp_path], Config(jobs=1))
    firms = {n for n, d in G.nodes(data=True) if d["type"] == "Company"}
    assert "国轩高科" in firms and not any("国轩电池" in n for n in firms)
    assert {"柳钢集团", "柳钢新材料"} <= firms  # a subsidiary with a name of its own stays


def test_a_citys_taiwan_investors_association_is_one_with_or_without_its_province(tmp_path):
    G = _build(tmp_path, {"a.txt": "广西柳州市台湾同胞投资企业协会举行换届大会。"
                                   "柳州市台湾同胞投资企业协会成立于2001年。"})
    orgs = [n for n, d in G.nodes(data=True) if d["type"] == "Organization"]
    assert orgs == ["柳州台协"]


def test_a_common_word_is_no_firm_without_a_firm_context(extract):
    ments, _, _ = extract("春节前后东风吹来。")
    assert not any(ty == "Company" for _, ty in ments)
    ments, _, _ = extract("拥有一汽、东风、上汽等整车企业。")
    assert ("东风", "Company") in ments


def test_a_project_with_and_without_its_construction_words_is_one_project(tmp_path):
    import kg
    from kg.config import Config
    (tmp_path / "a.txt").write_text("鸿翔新能源汽车基地建设项目开工。", encoding="utf-8")
    (tmp_path / "b.txt").write_text("鸿翔新能源汽车基地年底投产。", encoding="utf-8")
    G = kg.build([tmp_path], Config(jobs=1))
    projects = [n for n, d in G.nodes(data=True) if d["type"] == "Project"]
    assert len(projects) == 1


def test_a_local_arm_named_with_its_place_in_brackets_is_its_parent(tmp_path):
    import kg
    from kg.config import Config
    (tmp_path / "a.txt").write_text("嘉宏科技(北海)有限公司的显示器出口东盟。嘉宏科技董事长林国华表示，订单充足。", encoding="utf-8")
    G = kg.build([tmp_path], Config(jobs=1))
    firms = [n for n, d in G.nodes(data=True) if d["type"] == "Company"]
    assert firms == ["嘉宏科技"]


def test_a_works_and_its_works_project_are_one_project(tmp_path):
    import kg
    from kg.config import Config
    (tmp_path / "a.txt").write_text("西津水利枢纽工程项目开工。", encoding="utf-8")
    (tmp_path / "b.txt").write_text("西津水利枢纽工程完工。", encoding="utf-8")
    G = kg.build([tmp_path], Config(jobs=1))
    assert len([n for n, d in G.nodes(data=True) if d["type"] == "Project"]) == 1


def test_a_known_firm_named_with_the_country_it_works_in_is_that_firm(extract):
    ments, rels, _ = extract("通用汽车中国副总裁李华表示，南宁拥有上汽、一汽、重汽等汽车集团的生产基地。")
    assert ("重汽", "Company") in ments
    assert ("李华", "worksFor", "通用汽车") in rels and ("中国重汽", "locatedIn", "南宁") in rels


def test_a_short_name_before_a_count_of_groups_is_no_country_arm(extract):
    ments, _, _ = extract("这座城市拥有东风、一汽、重汽中国三大汽车集团的基地。")
    assert ("重汽", "Company") in ments and ("重汽中国", "Company") not in ments


def test_a_group_named_with_a_descriptor_is_its_brand(tmp_path):
    import kg
    from kg.config import Config
    (tmp_path / "a.txt").write_text("台湾瑞仪科技集团去年在北海建厂。园区内瑞仪、冠德等企业发展良好。"
                                    "柳钢集团成立了柳钢新材料公司。", encoding="utf-8")
    G = kg.build([tmp_path], Config(jobs=1))
    firms = {n for n, d in G.nodes(data=True) if d["type"] == "Company"}
    assert len([n for n in firms if "瑞仪" in n]) == 1
    assert {"柳钢集团", "柳钢新材料"} <= firms


def test_a_provinces_sector_group_keeps_its_province(tmp_path):
    # 河南汽车集团 and 湖北汽车集团 are two firms, never one "汽车集团"
    import kg
    from kg.config import Config
    (tmp_path / "a.txt").write_text("河南汽车集团与湖北汽车集团签约合作。", encoding="utf-8")
    G = kg.build([tmp_path], Config(jobs=1))
    firms = sorted(n for n, d in G.nodes(data=True) if d["type"] == "Company")
    assert firms == ["河南汽车集团", "湖北汽车集团"]


def test_an_association_named_by_its_sector_keeps_its_city(tmp_path):
    import kg
    from kg.config import Config
    (tmp_path / "a.txt").write_text("柳州市汽车协会与南宁市汽车协会联合举办论坛。", encoding="utf-8")
    G = kg.build([tmp_path], Config(jobs=1))
    orgs = sorted(n for n, d in G.nodes(data=True) if d["type"] == "Organization")
    assert orgs == ["南宁市汽车协会", "柳州市汽车协会"]


def test_a_name_with_a_quoted_part_keeps_the_form_as_written(tmp_path):
    import kg
    from kg.config import Config
    (tmp_path / "a.txt").write_text("自治区印发《柳州工业发展“十五五”规划》。", encoding="utf-8")
    G = kg.build([tmp_path], Config(jobs=1))
    labels = {a for n, d in G.nodes(data=True) if d["type"] == "Initiative" for a, _ in d["aliases"]}
    assert "柳州工业发展“十五五”规划" in labels


def test_a_department_of_an_office_or_an_outlet_is_that_body(tmp_path):
    G = _build(tmp_path, {"a.txt": "南宁日报社采编部主任王立华介绍，南宁日报社将开设东盟专栏。"})
    orgs = [n for n, a in G.nodes(data=True) if a["type"] == "Organization"]
    assert orgs == ["南宁日报社"]
    assert ("王立华", "南宁日报社") in {(u, v) for u, v, r in G.edges(data="relation") if r == "worksFor"}


def test_a_bracketed_place_inside_a_firm_name_and_a_known_firms_local_unit(tmp_path):
    G = _build(tmp_path, {"a.txt": "华信光电(梧州)科技有限公司今年扩产。华信光电科技有限公司是龙头企业。"
                                   "冠捷科技(北海)有限公司同时投产。"})
    firms = sorted(n for n, a in G.nodes(data=True) if a["type"] == "Company")
    assert firms == ["冠捷", "华信光电科技"]


def test_a_citys_taiwan_investors_association_in_its_long_forms_is_one_body(tmp_path):
    G = _build(tmp_path, {"a.txt": "梧州市台协会会长李某表示，梧州台协将组织考察。梧州市台湾同胞投资企业协会成立于2001年。"})
    orgs = [n for n, a in G.nodes(data=True) if a["type"] == "Organization"]
    assert orgs == ["梧州台协"]


def test_a_firm_whose_name_opens_with_he_keeps_it_and_merges_with_its_full_name(tmp_path):
    # 和 opening a clause is no conjunction: 和而泰 is the firm's own name
    G = _build(tmp_path, {"a.txt": "和而泰智能控制股份公司的刘某说，和而泰公司今年将在柳州建厂。"})
    assert sorted(n for n, a in G.nodes(data=True) if a["type"] == "Company") == ["和而泰"]


def test_a_group_with_and_without_its_legal_ending_is_one_company(tmp_path):
    G = _build(tmp_path, {"a.txt": "广西恒峰集团有限公司今天签约。恒峰集团总经理杨义出席。"})
    firms = [n for n, a in G.nodes(data=True) if a["type"] == "Company"]
    assert len(firms) == 1 and firms[0].startswith("恒峰")
    # the legal ending 集团公司 took 集团 with it: the known group
    G = _build(tmp_path, {"a.txt": "金川集团公司决定在防城港建设冶炼基地。"})
    assert [n for n, a in G.nodes(data=True) if a["type"] == "Company"] == ["金川集团"]


def test_a_park_named_with_and_without_a_place_inside_is_one_park(tmp_path):
    G = _build(tmp_path, {"a.txt": "华信南宁电子产业园昨日开园。市领导参观了华信电子产业园的生产车间。"})
    parks = [n for n, a in G.nodes(data=True) if a["type"] == "IndustrialPark"]
    assert len(parks) == 1


def test_a_place_in_brackets_or_a_city_with_its_shi_names_one_project_or_park(tmp_path):
    G = _build(tmp_path, {"a.txt": "鸿翔(柳州)物流配送中心正式开工。鸿翔物流配送中心项目总投资5亿元。"})
    projects = [n for n, a in G.nodes(data=True) if a["type"] == "Project"]
    assert len(projects) == 1
    G = _build(tmp_path, {"a.txt": "钦州市石化产业园新签项目8个。钦州石化产业园管委会表示，将加快建设。"})
    parks = [n for n, a in G.nodes(data=True) if a["type"] == "IndustrialPark"]
    assert len(parks) == 1


def test_a_citys_standing_committee_keeps_its_city(tmp_path):
    G = _build(tmp_path, {"a.txt": "南宁市人大常委会副主任刘雄表示，合作成果丰硕。"})
    assert "南宁市人大常委会" in G


def test_a_dash_written_two_ways_names_one_body(tmp_path):
    G = _build(tmp_path, {"a.txt": "中国——东盟汽车产业协会与柳州市签约。",
                          "b.txt": "中国-东盟汽车产业协会在钦州举办培训。"})
    orgs = [n for n, a in G.nodes(data=True) if a["type"] == "Organization"]
    assert orgs == ["中国—东盟汽车产业协会"]
    labels = {t for t, _ in G.nodes[orgs[0]]["aliases"]}
    assert {"中国——东盟汽车产业协会", "中国-东盟汽车产业协会"} <= labels


def test_a_group_named_with_and_without_its_trade_is_one_group(tmp_path):
    G = _build(tmp_path, {"a.txt": "鑫荣环保集团在梧州投资建厂。鑫荣集团董事长周明说，工厂明年投产。"})
    comps = [n for n, a in G.nodes(data=True) if a["type"] == "Company"]
    assert len(comps) == 1
    labels = {comps[0]} | {t for t, _ in G.nodes[comps[0]]["aliases"]}
    assert {"鑫荣环保集团", "鑫荣集团"} <= labels


def test_a_firm_named_by_its_city_and_a_sector_keeps_its_city(mention_keys):
    keys = mention_keys("北海钢铁有限公司和梧州电子有限公司签约。")
    assert {"北海钢铁", "梧州电子"} <= keys


def test_a_port_group_with_and_without_its_province_is_one_firm(tmp_path):
    G = _build(tmp_path, {"a.txt": "广西北部湾港集团今年新开外贸航线12条。据介绍，北部湾港集团明年将继续扩大航线。"})
    firms = [n for n, a in G.nodes(data=True) if a["type"] == "Company" and "北部湾港" in n]
    assert firms == ["北部湾港集团"]


def test_a_projects_own_name_after_its_firms_legal_name_is_an_alias(tmp_path):
    G = _build(tmp_path, {"a.txt": "柳江区新开工项目包括中山市宏远电器有限公司年产50万台智能烤箱项目，以及柳州华达模具有限公司三期项目。"})
    projects = [n for n, a in G.nodes(data=True) if a["type"] == "Project"]
    labels = {t for n in projects for t, _ in G.nodes[n]["aliases"]} | set(projects)
    assert "年产50万台智能烤箱项目" in labels and "三期项目" not in labels  # (a phase names no project)
    assert any(lab.startswith("中山市宏远电器有限公司") for lab in labels)


def test_zones_named_by_their_place_and_kind_alone_stay_apart(tmp_path):
    G = _build(tmp_path, {"a.txt": "鹿寨县工业园区新开工项目3个。",
                          "b.txt": "柳州市鱼峰区工业园区二季度重大项目集中开工。"})
    parks = sorted(n for n, a in G.nodes(data=True) if a["type"] == "IndustrialPark")
    assert parks == ["鱼峰区工业园区", "鹿寨县工业园区"]


def test_an_autonomous_countys_full_name_before_a_zone_is_its_address(tmp_path):
    G = _build(tmp_path, {"a.txt": "环江毛南族自治县凤凰山工业园开园，首批企业入驻凤凰山工业园。"})
    parks = [n for n, a in G.nodes(data=True) if a["type"] == "IndustrialPark"]
    assert parks == ["凤凰山工业园"]


def test_a_regional_firms_old_and_short_names_are_one_node(tmp_path):
    # the railway group's former name (南宁铁路局) and its short name (国铁南宁局);
    # the alumina firm's legal name and its short name
    G = _build(tmp_path, {
        "a.txt": "南宁铁路局管内线路较多。记者从国铁南宁局获悉，中欧班列运量增长。",
        "b.txt": "廣西華銀鋁業有限公司擴產。华银铝业的氧化铝产量增长。"})
    comps = sorted(n for n, a in G.nodes(data=True) if a["type"] == "Company")
    assert comps == ["中国铁路南宁局集团", "华银铝"]


def test_a_body_named_by_its_level_is_the_one_named_with_its_place(tmp_path):
    # 省政协 after 广东省政协 in one story: one body; with two counties' 县政协 the bare one stays apart
    G = _build(tmp_path, {"a.txt": "广东省政协考察团抵达柳州。省政协副主席李明表示，两地合作空间广阔。",
                          "b.txt": "融安县政协和融水县政协联合召开会议。县政协副主席王刚出席。"})
    orgs = sorted(n for n, a in G.nodes(data=True) if a["type"] == "Organization")
    assert orgs == ["县政协", "省政协", "融安县政协", "融水县政协"]
    assert "广东省政协" in {t for t, _ in G.nodes["省政协"]["aliases"]}


def test_a_size_written_inside_a_zone_name_is_no_part_of_it(tmp_path):
    # X千亿产业集聚区 and X产业集聚区 in one story: one zone
    G = _build(tmp_path, {"a.txt": "贵港加快打造广西电动车千亿产业集聚区。目前，广西电动车产业集聚区已引进企业80家。"})
    parks = [n for n, a in G.nodes(data=True) if a["type"] == "IndustrialPark"]
    assert parks == ["广西电动车产业集聚区"]


def test_committees_named_by_their_work_keep_their_place(tmp_path):
    # without its place 规划委员会 or 管理委员会 names no one: two cities' committees are two bodies,
    # and a known economic region's committee makes no zone of the region
    G = _build(tmp_path, {"a.txt": "梧州市规划委员会主任张立说，方案已获批。",
                          "b.txt": "贺州市规划委员会召开会议。海西经济区管理委员会副主任刘伟出席。"})
    orgs = sorted(n for n, a in G.nodes(data=True) if a["type"] == "Organization")
    assert orgs == sorted(["梧州市规划委员会", "海西经济区管理委员会", "贺州市规划委员会"])
    assert not [n for n, a in G.nodes(data=True) if a["type"] == "IndustrialPark"]


def test_a_bureaus_contraction_is_the_bureau(tmp_path):
    # 投促局 keeps only the bureau's ending of 投资促进局: one body
    G = _build(tmp_path, {"a.txt": "贺州市投资促进局赴深圳招商。贺州市投促局局长陈立表示，已签约项目12个。"})
    orgs = [n for n, a in G.nodes(data=True) if a["type"] == "Organization"]
    assert len(orgs) == 1
    labels = {orgs[0]} | {t for t, _ in G.nodes[orgs[0]]["aliases"]}
    assert {"贺州市投资促进局", "贺州市投促局"} <= labels


def test_a_zones_kind_written_two_ways_is_one_zone(tmp_path):
    G = _build(tmp_path, {"a.txt": "贺州市旺高工业区新签约项目5个。目前，旺高工业园已入驻企业40家。"})
    parks = [n for n, a in G.nodes(data=True) if a["type"] == "IndustrialPark"]
    assert len(parks) == 1
    assert {"旺高工业区", "旺高工业园"} <= {parks[0]} | {t for t, _ in G.nodes[parks[0]]["aliases"]}


def test_a_park_with_its_place_written_before_or_inside_is_one_node(tmp_path):
    G = _build(tmp_path, {
        "a.txt": "南宁华星科技园去年投产，主要生产显示面板。",
        "b.txt": "華星南寧科技園擴建二期，引進配套企業。",
    })
    parks = [n for n, a in G.nodes(data=True) if a["type"] == "IndustrialPark"]
    assert len(parks) == 1, parks
    # a park of another city keeps its own node
    G = _build(tmp_path, {"c.txt": "柳州华星科技园同日开工。"})
    parks = [n for n, a in G.nodes(data=True) if a["type"] == "IndustrialPark"]
    assert len(parks) == 2, parks


def test_a_project_named_with_its_firm_first_has_the_rest_as_an_alias(tmp_path):
    G = _build(tmp_path, {"a.txt": "标题\n鼎丰集团西区厂房扩建工程日前竣工投产。\n",
                          "b.txt": "标题\n远恒集团西区厂房扩建工程也已开工建设。\n"})
    projects = sorted(n for n, a in G.nodes(data=True) if a.get("type") == "Project")
    assert projects == ["远恒集团西区厂房扩建工程", "鼎丰集团西区厂房扩建工程"]  # two firms' works stay apart
    for p in projects:
        assert "西区厂房扩建工程" in {t for t, _ in G.nodes[p]["aliases"]}


def test_a_project_named_with_the_word_project_has_its_name_without_it(tmp_path):
    G = _build(tmp_path, {"a.txt": "标题\n考察团还对东岭工业园区、“乐游城”项目进行了投资考察。\n"})
    projects = [n for n, a in G.nodes(data=True) if a.get("type") == "Project"]
    assert len(projects) == 1
    assert "乐游城" in {t for t, _ in G.nodes[projects[0]]["aliases"]}


def test_a_zone_written_with_yuanqu_also_has_its_name_with_yuan(tmp_path):
    G = _build(tmp_path, {"a.txt": "标题\n东岭智能家电产业园区位于柳江区，园区重点发展智能家电产业。\n"})
    parks = [n for n, a in G.nodes(data=True) if a.get("type") == "IndustrialPark"]
    assert len(parks) == 1
    labels = {parks[0]} | {t for t, _ in G.nodes[parks[0]]["aliases"]}
    assert {"东岭智能家电产业园区", "东岭智能家电产业园"} <= labels


def test_a_project_named_with_another_name_of_its_owner_is_one_project():
    from kg.resolve import _owner_canonical
    from kg.resources import Gazetteer, LexEntry
    g = Gazetteer([LexEntry("远航", "Company", "", "", ("远航集团", "广西远航机械股份有限公司"))])
    assert _owner_canonical("远航集团检测中心", g) == "远航检测中心"
    assert _owner_canonical("广西远航机械股份有限公司研究院", g) == "远航研究院"
    assert _owner_canonical("远航检测中心", g) == ""


def test_a_known_group_and_its_known_listed_arm_stay_two(tmp_path):
    # the lexicon knows 柳工集团 (the state group) and 柳工 (its listed arm) as two firms
    G = _build(tmp_path, {"a.txt": "标题\n柳工集团持有柳工约26%的股份。柳工集团董事长黄志明出席。\n"})
    assert {"柳工集团", "柳工"} <= set(G.nodes)
    assert G.has_edge("黄志明", "柳工集团")
    assert G.has_edge("柳工集团", "柳工")


def test_a_known_groups_name_with_gongsi_is_the_group(tmp_path):
    G = _build(tmp_path, {"a.txt": "标题\n柳工集团公司与鹿寨宏力机械有限公司签署战略合作协议。\n"})
    assert "柳工集团" in G.nodes and "柳工" not in G.nodes


def test_the_main_works_of_a_named_project_are_the_project(tmp_path):
    G = _build(tmp_path, {"a.txt": "标题\n雒容抽水蓄能电站主体工程今天开工。雒容抽水蓄能电站总投资80亿元。\n"})
    assert [n for n, a in G.nodes(data=True) if a.get("type") == "Project"] == ["雒容抽水蓄能电站"]


def test_a_firm_named_by_its_place_and_its_trade_keeps_the_place(tmp_path):
    G = _build(tmp_path, {"a.txt": "标题\n鹿寨木业有限公司与融安纸业有限公司签署供货协议。\n"})
    firms = {n for n, a in G.nodes(data=True) if a.get("type") == "Company"}
    assert firms == {"鹿寨木业", "融安纸业"}  # (木业, 纸业 alone name no firm)
