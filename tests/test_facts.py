from decimal import Decimal

from kg.facts import parse_amount


def test_amounts_in_base_units():
    assert parse_amount("2.5", "亿元") == (Decimal("250000000"), "元")
    assert parse_amount("3.5", "万辆套") == (Decimal("35000"), "辆套")
    assert parse_amount("12", "吉瓦时") == (Decimal("12"), "吉瓦时")


def test_fact_attached_to_the_company_before_the_metric(extract):
    _, _, facts = extract("2024年，柳州鑫达精工科技有限公司营业收入达3.2亿元。")
    assert ("鑫达精工科技", "营业收入", "320000000", "元", 2024) in facts


def test_export_volume_with_unit(extract):
    _, _, facts = extract("去年，上汽通用五菱出口量达到12万辆。")
    assert ("上汽通用五菱", "出口量", "120000", "辆", None) in facts


def test_zone_coreference_in_facts(extract):
    _, _, facts = extract("北部生态新区成立八年。北部生态新区引进企业200家。北部生态新区将加快发展。"
                          "今年以来，新区推进重点项目58个，计划总投资360.96亿元。")
    assert ("北部生态新区", "总投资", "36096000000", "元", None) in facts


def test_relative_years_count_from_the_story_date(extract):
    _, _, facts = extract("2024年5月8日，记者从柳工获悉。去年，柳工实现营业收入275亿元，今年一季度营收同比增长10%。")
    assert ("柳工", "营业收入", "27500000000", "元", 2023) in facts
    assert ("柳工", "增速", "10", "%", 2024) in facts


def test_no_story_date_no_relative_year(extract):
    _, _, facts = extract("去年柳州螺蛳粉出口额达到1.2亿元。")
    assert ("柳州", "出口额", "120000000", "元", None) in facts


def test_the_nearer_metric_owns_the_amount(extract):
    # 规模|以上工业总产值: 规模 is no metric of its own there; 营收|同比增长10%: a rate
    _, _, facts = extract("2023年，鹿寨县木材加工业完成规模以上工业总产值58亿元，营收同比增长10%。")
    assert {(m, v, u) for _, m, v, u, _ in facts} == {("工业总产值", "5800000000", "元"), ("增速", "10", "%")}
