"""Data quality review (DQR) of routine reporting, WHO style; thresholds in expectations/dqr.yaml.

Five families, each giving rows of the dqr_results table:

* completeness — expected reports (from the pairings, see dqr.yaml) against reports received;
  one ``item`` row per missing report, a rate per hospital-year and overall per year.
* timeliness — of the expected reports received, those with a 填报日期 no later than
  ``due_days`` after the period; one ``item`` row per late report, rates as above. Reports
  without a date are counted apart (a row with flagged NULL).
* outliers — each monthly value against the hospital's own series: moderate (>2 SD), extreme
  (>3 SD), modified z-score (>3.5); a hospital with 2+ moderate outliers for an indicator in a
  year is flagged (``hospital_year`` row).
* consistency_time — the year's monthly mean against the mean of up to 3 prior years.
* consistency_internal — related figures of one hospital-month (a <= b x 1.1).

Rows: ``level`` is item (one report or value), hospital_year or overall; ``flagged`` is true
when the threshold is not met, false when it is, NULL when it cannot be judged (the note says
why). Rate rows carry the percentage in ``value`` and the threshold in ``expected``; ``score``
is the z-score, modified z-score or ratio (a count-free figure a published report can show).
"""

from __future__ import annotations

import datetime as dt
import math
from functools import lru_cache

import numpy as np
import pandas as pd
import yaml

from pipelines.derived import data_years_sql
from pipelines.errors import UserError
from pipelines.programme.profiles import expectations_dir

DQR_COLUMNS = ["run_id", "profile", "metric", "form_type", "indicator", "level", "hospital_id", "period", "value",
               "reference", "score", "expected", "flagged", "note", "validated_at"]
SOURCES = {"paired_recipient_months", "unpaired_reporting_months", "paired_support_years"}
MONTHLY_COLUMNS = ["outpatient_visits", "discharges", "surgeries", "referrals_out", "referrals_up_received",
                   "referrals_down_received"]
METRIC_LABELS = {
    "completeness": ("报告完整性", "completeness of reporting"),
    "indicator_completeness": ("指标数据完整性", "completeness of indicator data"),
    "timeliness": ("报告及时性", "timeliness of reporting"),
    "outlier_extreme": ("极端异常值（>3SD）", "extreme outliers (>3 SD)"),
    "outlier_moderate": ("中度异常值（2–3SD）", "moderate outliers (2-3 SD)"),
    "outlier_modified_z": ("修正Z分数异常值", "modified z-score outliers"),
    "consistency_time": ("时间一致性", "consistency over time"),
    "consistency_internal": ("相关指标一致性", "consistency between related figures"),
}


# ---------------------------------------------------------------------------- config
@lru_cache(maxsize=None)
def _load(path: str) -> dict:
    try:
        with open(path, encoding="utf-8") as fh:
            cfg = yaml.safe_load(fh)
    except (OSError, yaml.YAMLError) as exc:
        raise UserError(f"数据质量配置无法读取 / cannot read the DQR configuration {path}: {exc}") from None
    return check_config(cfg, path)


def config() -> dict:
    return _load(str(expectations_dir() / "dqr.yaml"))


def _number(cfg: dict, section: str, key: str, path: str) -> float:
    v = (cfg.get(section) or {}).get(key)
    if not isinstance(v, (int, float)) or isinstance(v, bool) or v < 0:
        raise UserError(f"{path}: {section}.{key} 应为非负数 / must be a non-negative number, got {v!r}")
    return v


def check_config(cfg, path: str = "dqr.yaml") -> dict:
    if not isinstance(cfg, dict):
        raise UserError(f"{path}: 应为 YAML 映射 / must be a YAML mapping")
    for section, key in [("completeness", "threshold_pct"), ("timeliness", "threshold_pct"), ("outliers", "moderate_sd"),
                         ("outliers", "extreme_sd"), ("outliers", "modified_z"), ("outliers", "moderate_per_year_flag"),
                         ("outliers", "min_months"), ("consistency_over_time", "prior_years"),
                         ("consistency_over_time", "max_deviation_pct"), ("consistency_internal", "tolerance_pct")]:
        _number(cfg, section, key, path)
    forms = (cfg["completeness"].get("forms") or {})
    for form, spec in forms.items():
        if form not in ("hospital_monthly_stats", "deployments"):
            raise UserError(f"{path}: completeness.forms.{form}: 只支持 hospital_monthly_stats、deployments / only these forms are supported")
        if spec.get("frequency") not in ("month", "year"):
            raise UserError(f"{path}: completeness.forms.{form}.frequency 应为 month 或 year / must be month or year")
        bad = set(spec.get("expected") or []) - SOURCES
        if bad or not spec.get("expected"):
            raise UserError(f"{path}: completeness.forms.{form}.expected: 未知来源 {sorted(bad)} / sources must be among {sorted(SOURCES)}")
        _number(forms, form, "due_days", path)
    for section in ("outliers", "consistency_over_time"):
        bad = set(cfg[section].get("indicators") or []) - set(MONTHLY_COLUMNS)
        if bad:
            raise UserError(f"{path}: {section}.indicators: 未知指标 {sorted(bad)} / unknown columns (hospital_monthly_stats has {MONTHLY_COLUMNS})")
    for rel in cfg["consistency_internal"].get("relations") or []:
        if not {"id", "a", "b"} <= set(rel) or {rel["a"], rel["b"]} - set(MONTHLY_COLUMNS):
            raise UserError(f"{path}: consistency_internal.relations: 每项需 id、a、b（月报列名） / each needs id, a, b (monthly columns): {rel}")
    return cfg


# ---------------------------------------------------------------------------- data
def data_window(con) -> tuple[dt.date, dt.date] | None:
    """First and last day of the data's years (d_data_years, pipelines/derived/)."""
    row = con.execute(f"SELECT min(year), max(year) FROM ({data_years_sql()})").fetchone()
    if row is None or row[0] is None:
        return None
    return dt.date(int(row[0]), 1, 1), dt.date(int(row[1]), 12, 31)


def expected_reports(con, form: str, spec: dict, window: tuple[dt.date, dt.date]) -> pd.DataFrame:
    """(hospital_id, period) of every expected report of the form, with the sources that expect it."""
    w0, w1 = window
    parts = []
    for source in spec["expected"]:
        if source == "paired_recipient_months":
            sql = """
                SELECT DISTINCT p.recipient_hospital_id AS hospital_id, strftime(m, '%Y-%m') AS period
                FROM pairings p, (SELECT unnest(generate_series(DATE '{w0}', DATE '{w1}', INTERVAL 1 MONTH))::DATE AS m) months
                WHERE p.start_date <= last_day(m) AND coalesce(p.end_date, DATE '9999-12-31') >= m"""
        elif source == "unpaired_reporting_months":
            sql = """
                SELECT DISTINCT s.recipient_hospital_id AS hospital_id, s.year || '-' || lpad(CAST(mm.month AS VARCHAR), 2, '0') AS period
                FROM hospital_monthly_stats s, (SELECT unnest(range(1, 13)) AS month) mm
                WHERE make_date(s.year, mm.month, 1) BETWEEN DATE '{w0}' AND DATE '{w1}'
                  AND NOT EXISTS (SELECT 1 FROM pairings p WHERE s.recipient_hospital_id IN (p.recipient_hospital_id, p.support_hospital_id))"""
        else:  # paired_support_years
            sql = """
                SELECT DISTINCT p.support_hospital_id AS hospital_id, CAST(y AS VARCHAR) AS period
                FROM pairings p, (SELECT unnest(range({y0}, {y1} + 1)) AS y) yy
                WHERE p.start_date <= make_date(y, 12, 31) AND coalesce(p.end_date, DATE '9999-12-31') >= make_date(y, 1, 1)"""
        df = con.execute(sql.format(w0=w0, w1=w1, y0=w0.year, y1=w1.year)).df()
        parts.append(df.assign(source=source))
    out = pd.concat(parts, ignore_index=True)
    if out.empty:
        return pd.DataFrame(columns=["hospital_id", "period", "source"])
    # one row per report, sorted by (hospital_id, period), its sources sorted and comma-joined
    out = out.drop_duplicates().sort_values("source", kind="stable")
    first = out.groupby(["hospital_id", "period"], as_index=False, sort=True)["source"].first()
    sources: dict[tuple, list[str]] = {}
    for key, src in zip(zip(out["hospital_id"].tolist(), out["period"].tolist()), out["source"].tolist()):
        sources.setdefault(key, []).append(src)
    first["source"] = [",".join(sources[k]) for k in zip(first["hospital_id"].tolist(), first["period"].tolist())]
    return first


def received_reports(con, form: str, frequency: str) -> pd.DataFrame:
    """(hospital_id, period, reported_date): reports received, with the earliest 填报日期 (the
    first submission counts for timeliness; a later correction does not make it late)."""
    if frequency == "month":
        sql = """
            WITH rows AS (
                SELECT m.recipient_hospital_id AS hospital_id, m.year || '-' || lpad(CAST(m.month AS VARCHAR), 2, '0') AS period,
                       s.reported_date
                FROM hospital_monthly_stats m LEFT JOIN submissions s USING (submission_id)),
            subs AS (
                SELECT reporting_hospital_id AS hospital_id, period, reported_date FROM submissions
                WHERE form_type = 'hospital_monthly_stats' AND reporting_hospital_id IS NOT NULL AND period IS NOT NULL)
            SELECT r.hospital_id, r.period, least(min(r.reported_date), (SELECT min(reported_date) FROM subs
                   WHERE subs.hospital_id = r.hospital_id AND subs.period = r.period)) AS reported_date
            FROM rows r GROUP BY r.hospital_id, r.period"""
    else:  # an annual roster: a submission of the form for the hospital and year, rows or not
        sql = """
            WITH subs AS (
                SELECT reporting_hospital_id AS hospital_id, left(period, 4) AS period, reported_date FROM submissions
                WHERE form_type = '{form}' AND reporting_hospital_id IS NOT NULL AND period IS NOT NULL
                UNION ALL
                SELECT DISTINCT d.support_hospital_id, coalesce(left(s.period, 4), CAST(year(d.start_date) AS VARCHAR)), s.reported_date
                FROM {form} d LEFT JOIN submissions s USING (submission_id))
            SELECT hospital_id, period, min(reported_date) AS reported_date FROM subs GROUP BY 1, 2"""
    return con.execute(sql.format(form=form)).df()


def monthly_values(con) -> pd.DataFrame:
    return con.execute(f"""
        SELECT recipient_hospital_id AS hospital_id, year, month, {', '.join(MONTHLY_COLUMNS)}
        FROM hospital_monthly_stats ORDER BY 1, 2, 3""").df()


# ---------------------------------------------------------------------------- helpers
def _row(metric: str, level: str, hospital_id=None, period=None, value=None, reference=None, expected=None,
         flagged=None, note="", form_type=None, indicator=None, score=None) -> dict:
    def num(v):
        return None if v is None or (isinstance(v, float) and math.isnan(v)) else float(v)
    return {"metric": metric, "form_type": form_type, "indicator": indicator, "level": level, "hospital_id": hospital_id,
            "period": period, "value": num(value), "reference": num(reference), "score": num(score), "expected": expected,
            "flagged": flagged if flagged is None else bool(flagged), "note": note}


@lru_cache(maxsize=4096)
def _period_end(period: str, frequency: str) -> dt.date:
    y = int(period[:4])
    if frequency == "year":
        return dt.date(y, 12, 31)
    m = int(period[5:7])
    return (dt.date(y + m // 12, m % 12 + 1, 1) - dt.timedelta(days=1))


def _rate_rows(metric: str, form: str, df: pd.DataFrame, ok: str, threshold: float, unit_note: str) -> list[dict]:
    """Per hospital-year and overall per year: share of rows where column ``ok`` is true."""
    rows = []
    df = df.assign(year=df["period"].str[:4])
    counts = df.groupby(["hospital_id", "year"], sort=True)[ok].agg(["sum", "size"])
    for (hid, year), n_ok, n in zip(counts.index, counts["sum"], counts["size"]):
        pct = 100.0 * n_ok / n
        rows.append(_row(metric, "hospital_year", hid, year, pct, n, f"≥ {threshold:g}%", pct < threshold,
                         f"{int(n_ok)}/{n} {unit_note}", form))
    for year, g in df.groupby("year", sort=True):
        pct = 100.0 * g[ok].sum() / len(g)
        rows.append(_row(metric, "overall", None, year, pct, len(g), f"≥ {threshold:g}%", pct < threshold,
                         f"{int(g[ok].sum())}/{len(g)} {unit_note}; {g['hospital_id'].nunique()} 家医院 / hospitals", form))
    return rows


# ---------------------------------------------------------------------------- the five families
def completeness_and_timeliness(con, cfg: dict, window: tuple[dt.date, dt.date], today: dt.date) -> list[dict]:
    rows: list[dict] = []
    c_thr = cfg["completeness"]["threshold_pct"]
    t_thr = cfg["timeliness"]["threshold_pct"]
    for form, spec in cfg["completeness"]["forms"].items():
        freq = spec["frequency"]
        due = int(spec["due_days"])
        exp = expected_reports(con, form, spec, window)
        if exp.empty:
            continue
        exp["due_date"] = [_period_end(p, freq) + dt.timedelta(days=due) for p in exp["period"].tolist()]
        exp = exp[exp["due_date"] <= today]  # reports not yet due are not expected yet
        rec = received_reports(con, form, freq)
        m = exp.merge(rec, on=["hospital_id", "period"], how="left", indicator=True)
        m["received"] = m["_merge"] == "both"
        missing = m[~m["received"]]
        for hid, period, source in zip(missing["hospital_id"].tolist(), missing["period"].tolist(), missing["source"].tolist()):
            rows.append(_row("completeness", "item", hid, period, 0, 1, "已报送 / received", True,
                             f"未收到{spec.get('zh', form)}（应报依据 {source}） / {spec.get('en', form)} not received (expected by {source})", form))
        rows += _rate_rows("completeness", form, m, "received", c_thr, "份已收到 / reports received")
        got = m[m["received"]].copy()
        got["reported_date"] = pd.to_datetime(got["reported_date"]).dt.date
        dated = got[got["reported_date"].notna()].copy()
        undated = got[got["reported_date"].isna()]
        dated["days_after"] = [(r - _period_end(p, freq)).days for r, p in zip(dated["reported_date"].tolist(), dated["period"].tolist())]
        dated["on_time"] = dated["days_after"] <= due
        late = dated[~dated["on_time"]]
        for hid, period, days_after, reported in zip(late["hospital_id"].tolist(), late["period"].tolist(),
                                                     late["days_after"].tolist(), late["reported_date"].tolist()):
            rows.append(_row("timeliness", "item", hid, period, days_after, due, f"≤ {due} 天 / days", True,
                             f"填报日期 {reported}，期末后 {days_after} 天 / reported {days_after} days after the period", form))
        if len(dated):
            rows += _rate_rows("timeliness", form, dated, "on_time", t_thr, "份按时 / on time")
        if len(undated):
            for year, g in undated.assign(year=undated["period"].str[:4]).groupby("year"):
                rows.append(_row("timeliness", "overall", None, year, None, len(g), f"≥ {t_thr:g}%", None,
                                 f"{len(g)} 份报表无填报日期，无法判断及时性 / {len(g)} reports without 填报日期: timeliness unknown", form))
    return rows


def indicator_completeness(monthly: pd.DataFrame, cfg: dict) -> list[dict]:
    """Reported is not present (WHO DQR, completeness of indicator data): of the monthly
    reports received, the share that carry a value for each indicator. A month whose cell was
    blank or "—" is a received report without that indicator; rates over the year use only the
    months where their parts are present (indicators/referral.py)."""
    if monthly.empty:
        return []
    thr = cfg["completeness"]["threshold_pct"]
    base = monthly.assign(period=monthly["year"].astype(str) + "-" + monthly["month"].astype(int).astype(str).str.zfill(2))
    rows = []
    for col in MONTHLY_COLUMNS:
        df = base[["hospital_id", "period"]].assign(present=base[col].notna())
        for r in _rate_rows("indicator_completeness", "hospital_monthly_stats", df, "present", thr,
                            "个已收月报填有该项 / monthly reports received carry it"):
            r["indicator"] = col
            rows.append(r)
    return rows


def _median(x: np.ndarray):
    """np.median of a 1-D float array without NaN, bit for bit (the middle value, or the two
    middle values added and halved), without np.median's overhead (it runs ~10^4 times)."""
    n = len(x)
    if n == 0:
        return np.median(x)
    s = np.sort(x)
    h = n // 2
    return s[h] if n % 2 else (s[h - 1] + s[h]) / 2


def _hospital_groups(monthly: pd.DataFrame) -> list[tuple[str, np.ndarray]]:
    """(hospital_id, row positions) per hospital, hospitals sorted, rows in their order (as
    ``monthly.groupby("hospital_id", sort=True)`` gives them)."""
    codes, uniques = pd.factorize(monthly["hospital_id"], sort=True)
    order = np.argsort(codes, kind="stable")
    order = order[codes[order] >= 0]  # a missing hospital_id forms no group
    bounds = np.searchsorted(codes[order], np.arange(len(uniques) + 1))
    return [(uniques[k], order[bounds[k]:bounds[k + 1]]) for k in range(len(uniques))]


def outliers(monthly: pd.DataFrame, cfg: dict) -> list[dict]:
    """Per indicator and hospital: the hospital's statistics with numpy on its own series,
    then only the flagged months are turned into rows."""
    o = cfg["outliers"]
    rows: list[dict] = []
    groups = _hospital_groups(monthly)
    periods_all = np.array([f"{y}-{m:02d}" for y, m in zip(monthly["year"], monthly["month"])], dtype=object)
    for col in o["indicators"]:
        present = monthly[col].notna().to_numpy()
        values = monthly[col].to_numpy(dtype=float, na_value=np.nan)
        extreme_items: set[tuple[str, str]] = set()
        for hid, pos in groups:
            pos = pos[present[pos]]
            x = values[pos]
            periods = periods_all[pos]
            if len(x) < o["min_months"]:
                rows.append(_row("outlier_extreme", "hospital_year", hid, None, None, len(x), f"≥ {o['min_months']} 个月",
                                 None, f"仅 {len(x)} 个月数据，不判断异常值 / only {len(x)} months: outliers not judged",
                                 "hospital_monthly_stats", col))
                continue
            mean, sd = x.mean(), x.std(ddof=1)
            med = _median(x)
            mad = _median(np.abs(x - med))
            z = (x - mean) / sd if sd > 0 else np.zeros_like(x)
            mz = 0.6745 * (x - med) / mad if mad > 0 else np.zeros_like(x)
            az, amz = np.abs(z), np.abs(mz)
            hit = np.flatnonzero((az > o["moderate_sd"]) | (az > o["extreme_sd"]) | (amz > o["modified_z"]))
            if not len(hit):
                continue
            moderate_by_year: dict[str, int] = {}
            ref = f"均值 {mean:.1f}，标准差 {sd:.1f}，中位数 {med:.1f} / mean, SD, median of {len(x)} months"
            for i in hit:
                p = periods[i]
                if az[i] > o["extreme_sd"]:
                    rows.append(_row("outlier_extreme", "item", hid, p, x[i], mean, f"|z| ≤ {o['extreme_sd']:g}", True,
                                     f"z = {z[i]:.2f}; {ref}", "hospital_monthly_stats", col, z[i]))
                    extreme_items.add((hid, p))
                elif az[i] > o["moderate_sd"]:
                    rows.append(_row("outlier_moderate", "item", hid, p, x[i], mean, f"|z| ≤ {o['moderate_sd']:g}", True,
                                     f"z = {z[i]:.2f}; {ref}", "hospital_monthly_stats", col, z[i]))
                    moderate_by_year[p[:4]] = moderate_by_year.get(p[:4], 0) + 1
                if amz[i] > o["modified_z"]:
                    rows.append(_row("outlier_modified_z", "item", hid, p, x[i], med, f"|修正z| ≤ {o['modified_z']:g}", True,
                                     f"modified z = {mz[i]:.2f}; MAD {mad:.1f}", "hospital_monthly_stats", col, mz[i]))
            for year, n in sorted(moderate_by_year.items()):
                if n >= o["moderate_per_year_flag"]:
                    rows.append(_row("outlier_moderate", "hospital_year", hid, year, n, None,
                                     f"< {o['moderate_per_year_flag']:g} 个中度异常值 / moderate outliers", True,
                                     f"{year} 年 {n} 个中度异常值 / {n} moderate outliers in the year", "hospital_monthly_stats", col))
        ext_years: dict[str, int] = {}
        for _, p in extreme_items:
            ext_years[p.partition("-")[0]] = ext_years.get(p.partition("-")[0], 0) + 1
        for year, gy in monthly[monthly[col].notna()].groupby("year"):
            n_ext = ext_years.get(str(year), 0)
            rows.append(_row("outlier_extreme", "overall", None, str(year), 100.0 * n_ext / len(gy), len(gy), "0%", n_ext > 0,
                             f"{n_ext}/{len(gy)} 个月值为极端异常值 / monthly values are extreme outliers",
                             "hospital_monthly_stats", col))
    return rows


def consistency_over_time(monthly: pd.DataFrame, cfg: dict) -> list[dict]:
    c = cfg["consistency_over_time"]
    k, dev = int(c["prior_years"]), c["max_deviation_pct"]
    rows: list[dict] = []
    for col in c["indicators"]:
        means = monthly[monthly[col].notna()].groupby(["hospital_id", "year"])[col].mean()
        by_key = dict(zip(means.index, means.to_numpy()))
        first = len(rows)
        for (hid, year), cur in means.items():
            prior = [by_key[(hid, y)] for y in range(year - k, year) if (hid, y) in by_key]
            if not prior:
                rows.append(_row("consistency_time", "hospital_year", hid, str(year), cur, None, f"±{dev:g}%", None,
                                 "无往年数据，不判断 / no prior year in the data: not judged", "hospital_monthly_stats", col))
                continue
            ref = float(np.mean(prior))
            ratio = cur / ref if ref else math.inf
            note = f"本年月均 {cur:.1f}，前 {len(prior)} 年月均 {ref:.1f}，比值 {ratio:.2f} / year's monthly mean vs prior years' mean, ratio {ratio:.2f}"
            if len(prior) < k:
                note += f"；仅有 {len(prior)} 年往年数据（应为 {k} 年） / only {len(prior)} of {k} prior years available"
            rows.append(_row("consistency_time", "hospital_year", hid, str(year), cur, ref, f"±{dev:g}%",
                             abs(ratio - 1) * 100 > dev, note, "hospital_monthly_stats", col, ratio))
        judged_by_year: dict[str, list[dict]] = {}
        for r in rows[first:]:
            if r["flagged"] is not None:
                judged_by_year.setdefault(r["period"], []).append(r)
        for year in sorted(judged_by_year):
            ry = judged_by_year[year]
            n_bad = sum(r["flagged"] for r in ry)
            rows.append(_row("consistency_time", "overall", None, year, 100.0 * (len(ry) - n_bad) / len(ry), len(ry),
                             f"±{dev:g}%", n_bad > 0, f"{len(ry) - n_bad}/{len(ry)} 家医院在 ±{dev:g}% 内 / hospitals within ±{dev:g}%",
                             "hospital_monthly_stats", col))
    return rows


def consistency_internal(monthly: pd.DataFrame, cfg: dict) -> list[dict]:
    c = cfg["consistency_internal"]
    tol = c["tolerance_pct"] / 100.0
    rows: list[dict] = []
    for rel in c.get("relations") or []:
        a, b = rel["a"], rel["b"]
        g = monthly[monthly[a].notna() & monthly[b].notna()]
        bad = g[g[a] > g[b] * (1 + tol)]
        for r in bad.itertuples():
            va, vb = getattr(r, a), getattr(r, b)
            rows.append(_row("consistency_internal", "item", r.hospital_id, f"{r.year}-{r.month:02d}", va, vb,
                             f"{a} ≤ {b} × {1 + tol:g}", True,
                             f"{rel.get('zh', rel['id'])}：{a} {va} > {b} {vb} × {1 + tol:g} / {rel.get('en', rel['id'])}",
                             "hospital_monthly_stats", rel["id"], va / vb if vb else math.inf))
        for year, gy in g.groupby("year"):
            n_bad = int((gy[a] > gy[b] * (1 + tol)).sum())
            pct = 100.0 * (len(gy) - n_bad) / len(gy)
            rows.append(_row("consistency_internal", "overall", None, str(year), pct, len(gy), "100%", n_bad > 0,
                             f"{len(gy) - n_bad}/{len(gy)} 个医院月份一致 / hospital-months consistent", "hospital_monthly_stats", rel["id"]))
    return rows


def review(con, run_id: str, profile: str, now: dt.datetime) -> pd.DataFrame:
    """The whole review as dqr_results rows (nothing is written)."""
    cfg = config()
    window = data_window(con)
    rows: list[dict] = []
    if window is not None:
        monthly = monthly_values(con)
        rows += completeness_and_timeliness(con, cfg, window, now.date())
        rows += indicator_completeness(monthly, cfg)
        rows += outliers(monthly, cfg)
        rows += consistency_over_time(monthly, cfg)
        rows += consistency_internal(monthly, cfg)
    df = pd.DataFrame(rows, columns=[c for c in DQR_COLUMNS if c not in ("run_id", "profile", "validated_at")])
    df.insert(0, "profile", profile)
    df.insert(0, "run_id", run_id)
    df["validated_at"] = now
    return df[DQR_COLUMNS]


def summary(dqr: pd.DataFrame) -> pd.DataFrame:
    """One row per overall rate (metric, form, indicator, year) with the number of flagged
    items and of hospitals with any flagged row under it."""
    cols = ["metric", "form_type", "indicator", "period", "value", "expected", "flagged", "items_flagged", "hospitals_flagged", "note"]
    if dqr.empty:
        return pd.DataFrame(columns=cols)
    key = ["metric", "form_type", "indicator", "year"]
    d = dqr.assign(year=dqr["period"].str[:4], indicator=dqr["indicator"].fillna(""), form_type=dqr["form_type"].fillna(""))
    flagged = d[(d["flagged"] == True) & (d["level"] != "overall")]  # noqa: E712
    items = flagged[flagged["level"] == "item"].groupby(key).size().rename("items_flagged")
    hospitals = flagged.groupby(key)["hospital_id"].nunique().rename("hospitals_flagged")
    overall = d[d["level"] == "overall"].set_index(key)
    out = overall.join(items).join(hospitals).reset_index()
    out[["items_flagged", "hospitals_flagged"]] = out[["items_flagged", "hospitals_flagged"]].fillna(0).astype(int)
    return out.rename(columns={"year": "period_year"}).assign(period=lambda x: x["period_year"])[cols]
