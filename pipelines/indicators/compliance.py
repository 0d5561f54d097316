"""Rule compliance (规则符合率) from validation_results, per pairing and per support hospital.

Computed from the latest validation run of a programme profile: every evaluation of a
programme rule (R01–R21; the data-sanity checks S.. are not programme rules) about the
pairing or support hospital counts once. numerator = evaluations passed, denominator =
evaluations, value = share passed in %. ``violations`` and ``warnings`` count the failures
by severity. A year filter keeps evaluations whose period (2023 or 2023-05) is in those
years, plus findings about a whole programme cycle ("cycle" or a date range), which belong
to every year.
"""

from __future__ import annotations

import pandas as pd

from pipelines.db.runs import latest_run_id
from pipelines.indicators._common import rate
from pipelines.programme.defaults import DEFAULT_PROFILE

# one row per rule evaluation and support hospital (a recipient-year row lists its support
# hospitals comma-separated when the recipient has more than one)
_ROWS = """
    SELECT v.rule_id, v.success, v.severity, v.period, v.recipient_hospital_id,
           trim(s.support) AS support_hospital_id
    FROM validation_results v,
         unnest(string_split(coalesce(v.support_hospital_id, ''), ',')) AS s(support)
    WHERE v.profile = ? AND v.run_id = ? AND v.rule_id LIKE 'R%' AND trim(s.support) <> ''
      AND (? IS NULL OR NOT regexp_matches(coalesce(v.period, ''), '^\\d{4}(-\\d{2})?$')
           OR TRY_CAST(substr(v.period, 1, 4) AS INTEGER) IN (SELECT unnest(?)))"""

_AGG = """count(*) FILTER (WHERE success) AS numerator, count(*) AS denominator,
          count(*) FILTER (WHERE NOT success AND severity = 'violation') AS violations,
          count(*) FILTER (WHERE NOT success AND coalesce(severity, '') <> 'violation') AS warnings,
          string_agg(DISTINCT rule_id, ',' ORDER BY rule_id) FILTER (WHERE NOT success) AS rules_failed"""


def _params(con, profile: str, years) -> list:
    ys = None if years is None else ([years] if isinstance(years, int) else list(years))
    return [profile, latest_run_id(con, "validate", profile), ys, ys or []]


def compliance_rate_pairing(con, years=None, profile: str = DEFAULT_PROFILE) -> pd.DataFrame:
    """规则符合率 per pairing (support hospital → recipient). Empty when the profile has not been validated."""
    df = con.execute(f"""
        WITH r AS ({_ROWS})
        SELECT r.support_hospital_id, sh.name AS support_name, r.recipient_hospital_id, rh.name AS recipient_name,
               rh.city, rh.county, rh.county_code,
               (SELECT string_agg(p.pairing_id, ',' ORDER BY p.start_date) FROM pairings p
                 WHERE p.support_hospital_id = r.support_hospital_id AND p.recipient_hospital_id = r.recipient_hospital_id) AS pairing_id,
               {_AGG}
        FROM r LEFT JOIN hospitals sh ON sh.hospital_id = r.support_hospital_id
        LEFT JOIN hospitals rh ON rh.hospital_id = r.recipient_hospital_id
        WHERE r.recipient_hospital_id IS NOT NULL
        GROUP BY ALL ORDER BY r.support_hospital_id, r.recipient_hospital_id""", _params(con, profile, years)).df()
    df["value"] = rate(df["numerator"], df["denominator"], 100.0)
    return df


def compliance_rate_support(con, years=None, profile: str = DEFAULT_PROFILE) -> pd.DataFrame:
    """规则符合率 per support hospital: every programme-rule evaluation naming it, including
    rules judged on the support hospital itself (R19, recipients per support hospital)."""
    df = con.execute(f"""
        WITH r AS ({_ROWS})
        SELECT r.support_hospital_id, sh.name AS support_name, sh.city, {_AGG}
        FROM r LEFT JOIN hospitals sh ON sh.hospital_id = r.support_hospital_id
        GROUP BY ALL ORDER BY r.support_hospital_id""", _params(con, profile, years)).df()
    df["value"] = rate(df["numerator"], df["denominator"], 100.0)
    return df
