"""Report text in Chinese (default, for hospitals and officials) and English."""

LABELS = {
    "zh": {
        "title": "{year}年度城乡医院对口支援工作评估报告",
        "synthetic": "本报告基于合成数据生成，其中的省份、医院与人员均为虚构 / SYNTHETIC DATA — fictional province, hospitals and people",
        "params": "报告年度 {year} · 项目方案 {profile} · 生成时间 {generated}",
        "summary": "一、主要指标",
        "referral": "二、外转率",
        "referral_county": "县域外转率（县域外住院人次 / 常住居民住院总人次）",
        "referral_recipient": "受援医院外转率（外转人次 / 出院人数）",
        "training": "三、人员进修",
        "trainees_title": "{year}年各受援医院进修人数（虚线为方案要求）",
        "techniques": "四、新技术新业务",
        "techniques_title": "{year}年各受援医院新技术新业务项数（虚线为方案要求）",
        "quality": "五、数据质量与规则核查",
        "no_validation": "尚未对方案 {profile} 运行规则核查。请先运行 duikou validate --profile {profile}。",
        "no_violations": "未发现不符合规则的情况。",
        "methods": "附录：指标定义",
        "rate": "外转率（%）", "count_people": "人数", "count_items": "项数", "year": "年份",
        "hospital": "医院", "county": "县", "value": "数值", "note": "说明", "indicator": "指标",
        "requirement": "方案要求",
    },
    "en": {
        "title": "Counterpart-support programme evaluation, {year}",
        "synthetic": "SYNTHETIC DATA — fictional province, hospitals and people / 本报告基于合成数据",
        "params": "Year {year} · profile {profile} · generated {generated}",
        "summary": "1. Headline indicators",
        "referral": "2. Outward referral",
        "referral_county": "County outward referral rate (admissions outside the county / all residents' admissions)",
        "referral_recipient": "Recipient outward referral rate (referrals out / discharges)",
        "training": "3. Staff trained",
        "trainees_title": "Staff trained per recipient in {year} (dashed: programme requirement)",
        "techniques": "4. New techniques",
        "techniques_title": "New techniques per recipient in {year} (dashed: programme requirement)",
        "quality": "5. Data quality and rule compliance",
        "no_validation": "No validation run for profile {profile} yet. Run duikou validate --profile {profile} first.",
        "no_violations": "No rule violations found.",
        "methods": "Appendix: indicator definitions",
        "rate": "rate (%)", "count_people": "people", "count_items": "items", "year": "year",
        "hospital": "hospital", "county": "county", "value": "value", "note": "note", "indicator": "indicator",
        "requirement": "requirement",
    },
}


def labels(lang: str) -> dict[str, str]:
    return LABELS.get(lang, LABELS["zh"])
