"""`duikou export`: the year's published tables for officials, as CSV (UTF-8 with BOM, so Excel
shows Chinese correctly) and one Excel workbook (a sheet per table and a 说明 sheet).

The tables are exactly the published ones: the publishing step (pipelines/published/publish.py)
computes and stores them in schema ``published`` (as ``duikou report`` does), and the export
writes what is stored, the same values the report renders and its manifest hashes, with the
small-number mask (``*``) in the cells it suppressed: patient-derived counts below province
level carry small-number suppression, staff, trainee and technique counts are exact. Every text cell
that a spreadsheet could read as a formula (starting with = + - @, a tab or a carriage
return) is written with a leading apostrophe, and the workbook is written with formula and
URL conversion switched off.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from pipelines.errors import UserError
from pipelines.programme.defaults import DEFAULT_PROFILE
from pipelines.safe_text import neutralise

FORMATS = ("csv", "xlsx")

# Chinese headers for the columns indicator tables share; the machine name follows in brackets.
HEADERS = {
    "recipient_hospital_id": "医院代码", "hospital_id": "医院代码", "hospital_name": "医院名称", "category": "机构类别",
    "city": "市", "county": "县（市、区）", "county_name": "县（市、区）", "county_code": "行政区划代码",
    "year": "年份", "month": "月份", "numerator": "分子", "denominator": "分母", "value": "数值",
    "months_reported": "报送月数", "uncovered_days": "无人驻点天数", "activity_type": "活动类型", "participants": "参加人数",
    "pass_score": "合格分", "support_hospital_id": "支援医院代码", "support_name": "支援医院", "recipient_name": "受援医院",
    "pairing_id": "对口关系编号", "violations": "不符合数", "warnings": "警告数", "rules_failed": "未符合的规则",
    "profile": "项目方案", "region": "地区", "period": "数据年份", "indicator_id": "指标", "met": "是否达标",
    "outcome": "结局指标", "method": "估计方法", "estimate": "估计值",
}

# sheet titles of the published tables that are not one catalogue indicator
TITLES = {"pooled_rates": "汇总比率", "summary_values": "主要指标汇总", "within_county_by_region": "县域内就诊率（按地区）",
          "workload_by_region": "医疗服务量（按地区）", "discharges_month_by_region": "月出院人数（按地区）",
          "compliance_by_region": "规则符合率（按地区）", "judged_recipients": "受援医院达标判定", "effect_estimates": "效果估计",
          "effect_results": "效果估计说明", "event_study": "事件研究", "before_after": "对口前后对比",
          "before_after_cohorts": "对口前后对比（按批次）", "pairings_in_year": "年内对口关系", "county_pairing_start": "县开始对口时间",
          "records_within_county": "县域内住院率（病案首页）", "records_vs_forms": "报表与病案首页对比",
          "records_excluded": "未计入指标的病案记录"}


@dataclass
class ExportResult:
    files: list[Path]
    tables: int


def safe_frame(df: pd.DataFrame) -> pd.DataFrame:
    """Headers in Chinese (with the column name), counts as whole numbers, other floats to 4
    decimals, every text cell neutralised."""
    out = df.copy()
    for col in out.columns:
        if pd.api.types.is_float_dtype(out[col]):
            whole = out[col].dropna()
            # counts carried as floats (to allow missing values) are written as whole numbers
            out[col] = out[col].astype("Int64") if len(whole) and (whole == whole.round()).all() else out[col].round(4)
        elif not pd.api.types.is_numeric_dtype(out[col]) and not pd.api.types.is_datetime64_any_dtype(out[col]):
            # text (object or str dtype), or mixed counts and "*" after suppression
            out[col] = out[col].astype(object).map(lambda v: round(v, 4) if isinstance(v, float) else neutralise(v))
    out.columns = [neutralise(f"{HEADERS[c]}（{c}）" if c in HEADERS else str(c)) for c in out.columns]
    return out


def _sheet_name(i: int, title: str, used: set[str]) -> str:
    name = re.sub(r"[\[\]:*?/\\]", "", f"{i:02d} {title}")[:31]
    while name in used:
        name = name[:-1]
    used.add(name)
    return name


def definitions_table(tables: dict[str, pd.DataFrame], sheets: dict[str, str] | None = None) -> pd.DataFrame:
    from pipelines.indicators.catalogue import definitions

    d = definitions()
    d = d[d["id"].isin(tables)].copy()
    d["patient_derived"] = d["patient_derived"].fillna(False).map({True: "是 yes（小单元格抑制 small-cell suppression）", False: "否 no"})
    # citations by document (title, issuing body, 文号, date, article), not by source file
    from pipelines.catalogue.citations import cite
    from pipelines.indicators.catalogue import catalogue

    d["rationale"] = d["rationale"].map(cite)
    d["citation"] = d["id"].map(lambda k: cite((catalogue()[k].get("target") or {}).get("citation")))
    if sheets:
        d.insert(1, "sheet", d["id"].map(sheets))
    return d


def title(name: str) -> str:
    """A published table's Chinese title (its indicator's name; ``…（历年）`` for its years)."""
    from pipelines.indicators.catalogue import catalogue
    from pipelines.published.publish import BY_YEAR

    if name in catalogue():
        return catalogue()[name]["zh"]
    if name.endswith(BY_YEAR) and name[: -len(BY_YEAR)] in catalogue():
        return catalogue()[name[: -len(BY_YEAR)]]["zh"] + "（历年）"
    return TITLES.get(name, name)


def export_indicators(db, year: int, out_dir, profile: str = DEFAULT_PROFILE, region: str | None = None,
                      formats=FORMATS) -> ExportResult:
    """Publish the year's tables (profile, region) and write exactly those stored."""
    from pipelines.db.connection import connect
    from pipelines.derived import data_years
    from pipelines.privacy.suppression import Policy
    from pipelines.programme.profiles import load_profile
    from pipelines.published.context import resolve_region, slug
    from pipelines.published.publish import publish, stored_tables
    from pipelines.published.store import display

    bad = [f for f in formats if f not in FORMATS]
    if bad or not formats:
        raise UserError(f"未知导出格式 {bad}（可用 csv、xlsx） / unknown export format {bad} (csv, xlsx)")
    load_profile(profile)
    con = connect(db, read_only=False)
    try:
        years = data_years(con)
        if year not in years:
            raise UserError(f"数据库中没有 {year} 年的数据（已有：{years}） / no data for {year} in the database (years present: {years})")
        scope = resolve_region(con, region)
        publish(con, int(year), profile, scope.region)
        mask = Policy.default().mask
        tables = {k: display(v, mask, keys=True) for k, v in stored_tables(con, int(year), profile, scope.region).items()}
    finally:
        con.close()

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    stem = f"duikou-{year}" + (f"-{slug(scope.region)}" if scope.region else "")
    files: list[Path] = []
    if "csv" in formats:
        for key, df in tables.items():
            path = out / f"{stem}-{key}.csv"
            safe_frame(df).to_csv(path, index=False, encoding="utf-8-sig")
            files.append(path)
        path = out / f"{stem}-definitions.csv"
        safe_frame(definitions_table(tables)).to_csv(path, index=False, encoding="utf-8-sig")
        files.append(path)
    if "xlsx" in formats:
        path = out / f"{stem}-indicators.xlsx"
        used: set[str] = {"说明"}
        sheets = {key: _sheet_name(i, title(key), used) for i, key in enumerate(tables, 1)}
        options = {"strings_to_formulas": False, "strings_to_urls": False}
        with pd.ExcelWriter(path, engine="xlsxwriter", engine_kwargs={"options": options}) as xw:
            safe_frame(definitions_table(tables, sheets)).to_excel(xw, sheet_name="说明", index=False)
            for key, df in tables.items():
                safe_frame(df).to_excel(xw, sheet_name=sheets[key], index=False)
        files.append(path)
    return ExportResult(files, len(tables))
