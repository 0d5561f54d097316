"""The records indicators (the ``records_indicators`` block of pipelines/catalogue/indicators.yaml),
in the catalogue's shape (``fn(con, years=None)`` → grain keys, numerator, denominator, value),
reading the views ``records_county_month``, ``records_hospital_month`` and
``records_hospital_diagnosis_month`` of the database. Year figures are sums of the months' exact
counts (stay days and cost in fen too), never averages of monthly rates. A database without
records (no ``duikou records ingest`` yet) gives each an empty table with its columns."""

from __future__ import annotations

import pandas as pd


def has_records(con, view: str = "records_hospital_month") -> bool:
    """Whether the database has the records view (a records ingest has run; the diagnosis view
    since the ingest that added it)."""
    return bool(con.execute("""SELECT count(*) FROM information_schema.tables
                               WHERE table_name = ? AND table_catalog = current_database()""", [view]).fetchone()[0])


def _empty(*keys: str) -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype="object" if c.endswith(("code", "id", "kind")) else "float64")
                         for c in (*keys, "numerator", "denominator", "value")})


def _years(column: str, years) -> tuple[str, list]:
    if years is None:
        return "TRUE", []
    years = [int(years)] if isinstance(years, int) else [int(y) for y in years]
    if not years:
        return "FALSE", []
    return f"{column} IN ({', '.join('?' * len(years))})", years


def _rate(num: pd.Series, den: pd.Series, factor: float | None) -> pd.Series:
    v = num.astype("float64") / den.where(den > 0).astype("float64")
    return v * factor if factor else v


def within_county_rate_county_month(con, years=None) -> pd.DataFrame:
    if not has_records(con):
        return _empty("county_code", "year", "month")
    where, params = _years("year", years)
    df = con.execute(f"""SELECT county_code, year, month, resident_discharges_in_county AS numerator,
                                resident_discharges AS denominator
                         FROM records_county_month WHERE {where} AND resident_discharges > 0
                         ORDER BY county_code, year, month""", params).df()
    df["value"] = _rate(df["numerator"], df["denominator"], 100.0)
    return df


def within_county_rate_county_year(con, years=None) -> pd.DataFrame:
    if not has_records(con):
        return _empty("county_code", "year", "months_reported")
    where, params = _years("year", years)
    df = con.execute(f"""SELECT county_code, year, CAST(sum(resident_discharges_in_county) AS BIGINT) AS numerator,
                                CAST(sum(resident_discharges) AS BIGINT) AS denominator, count(*) AS months_reported
                         FROM records_county_month WHERE {where} AND resident_discharges > 0
                         GROUP BY county_code, year ORDER BY county_code, year""", params).df()
    df["value"] = _rate(df["numerator"], df["denominator"], 100.0)
    return df


def outward_transfers_county_year(con, years=None) -> pd.DataFrame:
    if not has_records(con):
        return _empty("county_code", "year")
    where, params = _years("year", years)
    df = con.execute(f"""SELECT county_code, year, CAST(sum(outward_transfers) AS BIGINT) AS numerator
                         FROM records_county_month WHERE {where}
                         GROUP BY county_code, year ORDER BY county_code, year""", params).df()
    df["denominator"] = pd.NA
    df["value"] = df["numerator"]
    return df


def _hospital_year(con, years, num_sql: str, den_sql: str) -> pd.DataFrame:
    if not has_records(con):
        return _empty("hospital_code", "hospital_id", "year", "months_reported")
    where, params = _years("year", years)
    return con.execute(f"""SELECT hospital_code, any_value(hospital_id) AS hospital_id, year,
                                  {num_sql} AS numerator, {den_sql} AS denominator, count(*) AS months_reported
                           FROM records_hospital_month WHERE {where}
                           GROUP BY hospital_code, year ORDER BY hospital_code, year""", params).df()


def transfer_rate_hospital_year(con, years=None) -> pd.DataFrame:
    df = _hospital_year(con, years, "CAST(sum(transfers_out) AS BIGINT)", "CAST(sum(discharges) AS BIGINT)")
    df["value"] = _rate(df["numerator"], df["denominator"], 100.0)
    return df


def discharges_hospital_year(con, years=None) -> pd.DataFrame:
    df = _hospital_year(con, years, "CAST(sum(discharges) AS BIGINT)", "NULL")
    df["value"] = df["numerator"]
    return df


def avg_length_of_stay_hospital_year(con, years=None) -> pd.DataFrame:
    df = _hospital_year(con, years, "CAST(sum(stay_days) AS BIGINT)", "CAST(sum(discharges_with_stay) AS BIGINT)")
    df["value"] = _rate(df["numerator"], df["denominator"], None)
    return df


def avg_total_cost_hospital_year(con, years=None) -> pd.DataFrame:
    """Yuan per discharge: the exact sum of 总费用 (kept in fen) over the discharges with a cost."""
    df = _hospital_year(con, years, "CAST(sum(total_cost_fen) AS DOUBLE) / 100", "CAST(sum(discharges_with_cost) AS BIGINT)")
    df["value"] = _rate(df["numerator"], df["denominator"], None)
    return df


def downward_transfers_received_hospital_year(con, years=None) -> pd.DataFrame:
    """Downward transfers received (入院途径 3 from a higher-level hospital, hospital_month.sql)."""
    df = _hospital_year(con, years, "CAST(sum(downward_transfers_in) AS BIGINT)", "NULL")
    df["value"] = df["numerator"]
    return df


def _diagnosis_year(con, years, kind_filter: str) -> pd.DataFrame:
    keys = ("hospital_code", "hospital_id", "year", "group_kind", "group_code")
    if not has_records(con, "records_hospital_diagnosis_month"):
        return _empty(*keys)
    where, params = _years("d.year", years)
    df = con.execute(f"""
        WITH totals AS (SELECT hospital_code, year, CAST(sum(discharges) AS BIGINT) AS discharges
                        FROM records_hospital_month GROUP BY hospital_code, year)
        SELECT d.hospital_code, any_value(d.hospital_id) AS hospital_id, d.year, d.group_kind, d.group_code,
               CAST(sum(d.discharges) AS BIGINT) AS numerator, any_value(t.discharges) AS denominator
        FROM records_hospital_diagnosis_month d
        JOIN totals t ON t.hospital_code = d.hospital_code AND t.year = d.year
        WHERE {where} AND {kind_filter}
        GROUP BY d.hospital_code, d.year, d.group_kind, d.group_code
        ORDER BY d.hospital_code, d.year, d.group_kind, d.group_code""", params).df()
    df["value"] = _rate(df["numerator"], df["denominator"], 100.0)
    return df


def diagnosis_group_share_hospital_year(con, years=None) -> pd.DataFrame:
    """Per hospital, year and diagnosis group (each ICD-10 chapter; each expected condition and
    '*' for any of them): the group's discharges / all the hospital's discharges × 100."""
    return _diagnosis_year(con, years, "TRUE")


def expected_conditions_share_hospital_year(con, years=None) -> pd.DataFrame:
    """Share of a hospital's discharges whose main diagnosis is any of the conditions a county
    hospital is expected to treat (pipelines/records/expected_conditions.yaml); 0 for a hospital
    with none of them."""
    if not has_records(con, "records_hospital_diagnosis_month"):
        return _empty("hospital_code", "hospital_id", "year", "months_reported")
    where, params = _years("h.year", years)
    df = con.execute(f"""
        WITH anyc AS (SELECT hospital_code, year, month, discharges FROM records_hospital_diagnosis_month
                      WHERE group_kind = 'condition' AND group_code = '*')
        SELECT h.hospital_code, any_value(h.hospital_id) AS hospital_id, h.year,
               CAST(coalesce(sum(a.discharges), 0) AS BIGINT) AS numerator, CAST(sum(h.discharges) AS BIGINT) AS denominator,
               count(*) AS months_reported
        FROM records_hospital_month h
        LEFT JOIN anyc a ON a.hospital_code = h.hospital_code AND a.year = h.year AND a.month = h.month
        WHERE {where}
        GROUP BY h.hospital_code, h.year ORDER BY h.hospital_code, h.year""", params).df()
    df["value"] = _rate(df["numerator"], df["denominator"], 100.0)
    return df
