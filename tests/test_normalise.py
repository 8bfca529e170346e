"""Normalisation: offsets back to the original, scripts, spaces, wrapped lines, bylines."""
from kg.normalise import norm_key, normalise, to_simplified


def test_spaces_between_chinese_characters_are_removed():
    n = normalise("柳 州 高 新 区 2020 年产值增长")
    assert n.text == "柳州高新区2020年产值增长"


def test_spaces_inside_latin_names_are_kept():
    assert normalise("宏光 MINI EV 热销").text == "宏光 MINI EV 热销"


def test_wrapped_lines_are_joined_but_headings_are_not():
    text = "今年以来，开发区引进新能源电池配套企业十余家，带动零\n\n部件产业集聚。\n\n发展有质量\n\n全年产值增长。"
    n = normalise(text)
    assert "带动零部件产业集聚。" in n.text
    assert "发展有质量\n" in n.text


def test_a_mirror_sites_pinyin_glosses_are_dropped_and_offsets_skip_them():
    n = normalise("該廠位於工業(yè)園區(q\nū)內，產(chǎn)品銷往東盟，型號(a)不變。")
    assert n.text == "该厂位于工业园区内,产品销往东盟,型号(a)不变。"
    i = n.text.index("工业园区")
    assert n.original_text(i, i + 4) == "工業(yè)園區"
    assert n.original_text(n.text.index("东盟"), n.text.index("东盟") + 2) == "東盟"


def test_a_gloss_lets_the_name_it_broke_be_read(extract):
    ments, rels, _ = extract("柳州的汽車產(chǎn)業(yè)快速發(fā)展。")
    assert ("汽车产业", "Industry") in ments and ("柳州", "inIndustry", "汽车") in rels


def test_traditional_is_converted_and_maps_back():
    src = "柳州市重點發展新能源汽車產業，優必選科技落戶北部生態新區。"
    n = normalise(src)
    assert n.traditional
    i = n.text.index("优必选科技")
    assert n.original_text(i, i + 5) == "優必選科技"
    assert "新能源汽车" in n.text


def test_offsets_map_every_character_back():
    src = "（全媒体记者 张三）\r\n柳 工 出口\n\n东盟。ＡＢＣ１２３"
    n = normalise(src)
    assert len(n.offsets) == len(n.text) + 1
    for i, ch in enumerate(n.text):
        o = src[n.offsets[i]]
        assert ch == o or ch in to_simplified(o) or ch.lower() in o.lower() or ord(o) > 0xFF00


def test_bylines_and_photo_credits_are_masked():
    src = "新厂房建成投产。(王小明 摄)\n\n（全媒体记者 李华、通讯员 陈刚）近日，园区新签约项目5个。"
    n = normalise(src)
    masked = [n.text[s:e] for s, e in n.masked]
    assert "(王小明摄)" in masked
    assert any("李华" in m and "陈刚" in m for m in masked)
    assert not any("园区" in m for m in masked)


def test_norm_key_matches_the_referee():
    assert norm_key("宏光 MINI EV") == norm_key("宏光MINIEV")
    assert norm_key("優必選") == "优必选"


def test_datelines_in_both_scripts_are_masked():
    for src, masked in (("〔記者張謙／南寧報導〕第21屆博覽會開幕。", "〔记者张谦/南宁报导〕"),
                        ("記者 梁嘉豪 廣州報道：雙方簽署協議。", "记者梁嘉豪广州报道:")):
        n = normalise(src)
        assert [n.text[s:e] for s, e in n.masked] == [masked]


def test_agency_datelines_and_photo_sources_are_masked():
    from kg.normalise import normalise
    for raw, masked in [("新華社南寧6月12日電題:桂港物流協作持續升溫", "新华社南宁6月12日电题:"),
                        ("人民网柳州9月3日电 8月30日至31日，柳州召开大会", "人民网柳州9月3日电"),
                        ("广西日报柳州讯(记者/韦晓明)5月16日，首批新车驶下生产线", "广西日报柳州讯"),
                        ("开幕式现场。（圖源：新華社）据新华社报导，展会开幕", "(图源:新华社)")]:
        n = normalise(raw)
        assert masked in [n.text[a:b] for a, b in n.masked], raw
    n = normalise("包括人民日报、新华社在内的媒体纷纷报道柳州。")
    assert not n.masked  # media that act in the story stay


def test_words_ending_in_xun_are_no_datelines():
    from kg.normalise import normalise
    for raw in ("柳州移动网络通讯服务公司成立。", "工业互联网通讯模组出货。"):
        assert not normalise(raw).masked, raw
    n = normalise("本报柳州讯（记者 莫韦）11月6日，新厂奠基。")
    assert "本报柳州讯" in [n.text[a:b] for a, b in n.masked]


def test_variant_characters_opencc_leaves_are_folded():
    n = normalise("陜西的企業在柳州投資。")
    assert n.text.startswith("陕西")
    assert n.original_text(0, 2) == "陜西"


def test_a_caption_credit_ending_its_line_is_masked():
    n = normalise("工人在总装线上调试新车。贺州市委宣传部供图\n贺州市委宣传部供图片给展览。")
    masked = [n.text[s:e] for s, e in n.masked]
    assert masked == ["贺州市委宣传部供图"]
    n = normalise("工人在總裝線上調試新車。贺州市委宣傳部供圖")
    assert [n.text[s:e] for s, e in n.masked] == ["贺州市委宣传部供图"]


def test_an_agency_named_as_its_reporters_employer_is_a_byline():
    n = normalise("新华社记者潘某报道。他接受中新社记者专访时表示，新华社发布了消息。")
    masked = [n.text[s:e] for s, e in n.masked]
    assert masked[0].startswith("新华社记者") and "中新社" in masked
    # the agency as an actor is no byline
    assert not any(s <= n.text.rfind("新华社") < e for s, e in n.masked)


def test_any_outlet_opening_a_credit_is_masked():
    n = normalise("【華南商報訊】柳工新廠投產。（圖為現場。華南商報記者林某攝）\n海峡财经记者 陈某某 梧州报道\n"
                  "《湾区经济周刊》记者获悉，该项目将落户钦州。")
    masked = [n.text[s:e] for s, e in n.masked]
    assert "华南商报讯" in masked and "华南商报" in masked and "海峡财经" in masked and "《湾区经济周刊》" in masked
    assert not any(s <= n.text.find("柳工") < e or s <= n.text.find("钦州") < e for s, e in n.masked)
    n = normalise("【明報專訊】北海出口加工区扩容。【南海日報報道】钦州港开通新航线。")
    assert [n.text[s:e] for s, e in n.masked] == ["明报专讯", "南海日报报道"]


def test_an_outlet_opening_a_sentence_as_its_source_is_masked():
    n = normalise("中新社報導，梧州新能源产业提速。新华社报道，北部湾港吞吐量增长。")
    masked = [n.text[s:e] for s, e in n.masked]
    assert masked == ["中新社报导", "新华社报道"]
    n = normalise("新华社与梧州日报社签署合作协议，各方将联合报道东博会。")
    assert not n.masked  # an outlet that acts is no source line


def test_bylines_are_the_matches_of_one_alternation():
    # the merge of each pattern's own matches gives what finditer of the
    # patterns joined by | gives: leftmost first, the earlier pattern on a
    # tie (本报 and 记者 patterns both start at 本), then on from its end
    import re

    from kg.normalise import _BYLINE_PATTERNS, _bylines
    alternation = re.compile("|".join(f"(?:{p})" for p in _BYLINE_PATTERNS), re.M)
    for text in ("本报记者王小明柳州报道：园区新签约项目5个。（陈刚 摄）",
                 "新华社南宁3月2日电（记者 李华）据柳州日报报道，编辑：张强",
                 "(图源：新华社) 本报综合消息 工厂投产。罗秋宁/摄",
                 "園區簽約。〔記者張謙／南寧報導〕", "两岸合作深化。(海峡网南宁台办通讯员 韦明)",
                 "工人调试新车。贺州市委宣传部供图\n（李华 摄）园区签约。"):
        simp = to_simplified(text)
        assert [m.span() for m in _bylines(simp)] == [m.span() for m in alternation.finditer(simp)]
    assert [m.group() for m in _bylines("本报记者王小明柳州报道：园区签约。（陈刚 摄）")] == \
        ["本报记者王小明柳州报道：", "（陈刚 摄）"]


def test_an_outlet_with_the_day_of_its_issue_is_a_masthead():
    for raw, masked in (("南方财经网 2022年3月4日\n玉柴新厂投产。", "南方财经网"),
                        ("  桂林晚报2019年5月6日报道 柳钢扩产。", "  桂林晚报"),
                        ("本报记者 林某 《 西江商报 》( 2020年7月8日 第 03 版)\n园区签约。", "《 西江商报 》"),
                        ("2018-02-03   《梧州日报》   记者 韦某某\n新厂开工。", "《梧州日报》"),
                        ("   中新社 北海5月2日电(记者 何某)港口扩建。", "中新社北海5月2日电(记者何某)")):
        n = normalise(raw)
        assert masked in [n.text[a:b] for a, b in n.masked], raw
    # an outlet in the story, or a year without a day, is no masthead
    for raw in ("桂林晚报社2019年投资新楼。", "他在《西江商报》2020年7月发表文章。"):
        assert not normalise(raw).masked, raw


def test_an_outlet_a_sentence_cites_is_no_byline():
    # 据X报道: the outlet is named inside the story's sentence; readers count it
    n = normalise("据南海日报报道，钦州港开通新航线。")
    assert not n.masked


def test_a_dateline_in_chinese_numerals_and_a_pages_outlet_lines_are_masked():
    n = normalise("中新社南宁三月五日电 (记者 韦华)钦州港开通新航线。")
    assert [n.text[s:e] for s, e in n.masked][0] == "中新社南宁三月五日电"
    n = normalise("2015年03月02日 10:15 桂东日报 浏览次数:12\n钦州港开通新航线。")
    assert [n.text[s:e] for s, e in n.masked] == ["桂东日报"]
    n = normalise("钦州港开通新航线\n南国早报\n航线每周两班。")
    assert [n.text[s:e] for s, e in n.masked] == ["南国早报"]
    n = normalise("南国早报与钦州港签署合作协议。")
    assert not n.masked  # an outlet that acts in a sentence stays


def test_a_names_traditional_form_is_kept_without_the_glosses_inside_it(tmp_path):
    import kg
    f = tmp_path / "a.txt"
    f.write_text("標題\n華藍電(diàn)力集團落戶工業(yè)園區(qū)，該項目總投資10億元。\n", encoding="utf-8")
    g = kg.build([f])
    labels = {lab for _, a in g.nodes(data=True) for lab, _ in a.get("aliases", ())}
    assert "華藍電力集團" in labels
    assert not any("(" in lab for lab in labels)


def test_datelines_without_a_city_or_a_day_are_masked():
    for text, line in (("中新网4月13日电恒丰泰集团发布年报。", "中新网4月13日电"),
                       ("新华社电恒丰泰集团发布年报。", "新华社电"),
                       ("本报南宁6月2日讯恒丰泰集团发布年报。", "本报南宁6月2日讯")):
        n = normalise(text)
        assert [n.text[s:e] for s, e in n.masked] == [line]


def test_a_reporter_at_a_place_is_no_byline():
    n = normalise("记者在华泰电力公司看到，机组运行平稳。")
    assert n.masked == ()
