"""Focus: the zone and the city a story is about."""


def test_a_country_is_no_story_city():
    from kg.focus import story_focus
    from kg.model import Mention
    from kg.resources import load_resources

    g = load_resources().gazetteer
    ms = [Mention("d", i, i + 2, "德国", "Region", "lexicon", key="德国") for i in range(0, 6, 2)]
    assert story_focus(ms, g)["Region"] is None
    ms.append(Mention("d", 10, 12, "广西", "Region", "lexicon", key="广西"))
    assert story_focus(ms, g)["Region"] == "广西"


def test_a_zone_named_in_the_lead_and_once_more_is_the_storys_zone(extract):
    text = ("桂湘(富川)经济合作园区莲花大道开工建设。\n"
            "该道路是园区的骨干道路，总投资3亿元，标志着桂湘(富川)经济合作园区进入建设阶段。\n"
            "园区按功能分区布局，拟建生态铝产业区、农产品加工产业区。贺州市相关负责人表示，贺州将全力支持。")
    _, rels, _ = extract(text)
    assert ("桂湘(富川)经济合作园区", "inIndustry", "农产品加工") in rels
    assert ("贺州", "inIndustry", "农产品加工") not in rels
