"""The panels the programme-effect evaluation runs on, built from the curated database.

Hospital-month panel: every hospital that reports monthly statistics (recipients and the
comparison hospitals that are never paired), one row per month reported. A hospital is
*treated* from the first month whose first day is on or after the start of its first
pairing as a recipient (a pairing starting 1 March treats March; one starting 15 March
treats April on). Hospitals never paired are the never-treated comparison group; hospitals
paired later serve as not-yet-treated comparisons until they are paired.

County-year panel: every county in county_inpatient_stats. A county is exposed from the
first start of a pairing whose recipient is a county general hospital (综合医院) in that
county; ``exposure`` is the share of the year's days on or after that date (0 before, 1
for a whole year paired), because the county statistics are annual.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

# categories that are primary care, not county hospitals (县级医院)
PRIMARY_CARE = ("乡镇卫生院", "社区卫生服务中心", "村卫生室")


def hospital_month(con) -> pd.DataFrame:
    df = con.execute("""
        WITH first_pairing AS (
            SELECT recipient_hospital_id, min(start_date) AS start_date FROM pairings GROUP BY 1
        )
        SELECT m.recipient_hospital_id AS hospital_id, h.name AS hospital_name, h.category, h.level, h.city, h.county,
               h.county_code, m.year, m.month, m.referrals_out, m.discharges, m.outpatient_visits, m.surgeries,
               f.start_date AS paired_from
        FROM hospital_monthly_stats m
        LEFT JOIN hospitals h ON h.hospital_id = m.recipient_hospital_id
        LEFT JOIN first_pairing f ON f.recipient_hospital_id = m.recipient_hospital_id
        ORDER BY 1, m.year, m.month""").df()
    y0 = int(df["year"].min()) if len(df) else 0
    df["t"] = (df["year"] - y0) * 12 + df["month"] - 1
    start = pd.to_datetime(df["paired_from"])
    # first treated month: the start month if the pairing starts on its first day, else the next
    first = (start.dt.year - y0) * 12 + start.dt.month - 1 + (start.dt.day > 1).astype(int)
    df["first_treated_t"] = first.where(start.notna())
    df["treated"] = (df["t"] >= df["first_treated_t"]).astype(float)   # NaN >= x is False: never treated
    df["ever_treated"] = df["first_treated_t"].notna()
    df["county_hospital"] = ~df["category"].isin(PRIMARY_CARE)
    with np.errstate(divide="ignore", invalid="ignore"):
        df["referral_rate"] = 100.0 * df["referrals_out"] / df["discharges"].where(df["discharges"] > 0)
        df["log_discharges"] = np.log(df["discharges"].where(df["discharges"] > 0).astype("float64"))
    return df


def county_year(con) -> pd.DataFrame:
    df = con.execute("""
        WITH paired AS (
            SELECT h.county_code, min(p.start_date) AS paired_from
            FROM pairings p JOIN hospitals h ON h.hospital_id = p.recipient_hospital_id
            WHERE h.category = '综合医院'
            GROUP BY 1
        )
        SELECT c.county_code, coalesce(c.county_name, (SELECT any_value(county) FROM hospitals h WHERE h.county_code = c.county_code)) AS county_name,
               (SELECT any_value(city) FROM hospitals h WHERE h.county_code = c.county_code) AS city,
               c.year, c.resident_admissions AS admissions, c.resident_admissions_outside_county AS outside, p.paired_from,
               CASE WHEN p.paired_from IS NULL OR p.paired_from > make_date(c.year, 12, 31) THEN 0.0
                    ELSE (date_diff('day', greatest(p.paired_from, make_date(c.year, 1, 1)), make_date(c.year, 12, 31)) + 1)
                         / (date_diff('day', make_date(c.year, 1, 1), make_date(c.year, 12, 31)) + 1) END AS exposure
        FROM county_inpatient_stats c LEFT JOIN paired p USING (county_code)
        ORDER BY c.county_code, c.year""").df()
    df["ever_treated"] = df["paired_from"].notna()
    # the first year with any exposure (the staggered estimator's cohort; that year is partly paired)
    df["first_treated_year"] = pd.to_datetime(df["paired_from"]).dt.year.astype("float64")
    df["outside_share"] = 100.0 * df["outside"] / df["admissions"].where(df["admissions"] > 0)
    return df
