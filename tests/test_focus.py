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
