"""What the report needs from the database, in one place (the notebook stays thin)."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from pipelines import indicators
from pipelines.validation.profiles import load_profile


def is_synthetic(con) -> bool:
    row = con.execute("""SELECT EXISTS (SELECT 1 FROM nondata_rows WHERE text LIKE '%SYNTHETIC%')
                          OR EXISTS (SELECT 1 FROM submissions WHERE file_name LIKE 'SYNTHETIC%')""").fetchone()
    return bool(row[0])


def hospital_names(con) -> dict[str, str]:
    return dict(con.execute("SELECT hospital_id, name FROM hospitals").fetchall())


def rule_threshold(profile_name: str, rule_id: str, param: str, default: float | None = None) -> float | None:
    prof = load_profile(profile_name)
    rule = prof.rules.get(rule_id)
    if rule is None:
        return default
    return rule.params.get(param, default)


@dataclass
class Headline:
    label: str
    value: str
    note: str = ""


def headlines(con, year: int) -> list[Headline]:
    county = indicators.referral_rate_county_year(con, [year - 1, year])
    cur = county[county["year"] == year]
    prev = county[county["year"] == year - 1]
    out = []
    if len(cur):
        rate = 100.0 * cur["numerator"].sum() / cur["denominator"].sum()
        note = ""
        if len(prev):
            prev_rate = 100.0 * prev["numerator"].sum() / prev["denominator"].sum()
            note = f"{year - 1}: {prev_rate:.1f}%"
        out.append(Headline("县域外转率（全部县合计） / county outward referral rate", f"{rate:.1f}%", note))
        out.append(Headline("县域内就诊率 / within-county treatment rate", f"{100 - rate:.1f}%", "目标约 90% / target about 90%"))
    tr = indicators.trainees_recipient_year(con, [year])
    out.append(Headline("进修人数 / staff trained", f"{int(tr['numerator'].sum())}", f"{len(tr)} 家受援医院 / recipients"))
    te = indicators.techniques_recipient_year(con, [year])
    out.append(Headline("新技术新业务 / new techniques", f"{int(te['numerator'].sum())}", f"{int((te['numerator'] == 0).sum())} 家为 0 / recipients with none"))
    return out


def latest_violations(con, profile: str, year: int | None = None) -> pd.DataFrame:
    df = con.execute("""
        SELECT rule_id, hospital_id, period, observed, expected, severity, support_hospital_id, citation, description
        FROM validation_results
        WHERE run_id = (SELECT max(run_id) FROM validation_results WHERE profile = ?) AND success = false
        ORDER BY rule_id, hospital_id, period""", [profile]).df()
    if year is not None and len(df):
        df = df[df["period"].fillna("").str.startswith(str(year)) | ~df["period"].fillna("").str.match(r"^\d{4}")]
    return df
