"""The catalogues kept as data are well formed and the generated docs are current."""

from pathlib import Path

import yaml

from pipelines.catalogue import HERE
from pipelines.data_dictionary import render_markdown
from pipelines.ingest.form_catalogue import forms
from pipelines.db.schema import table_specs

ROOT = Path(__file__).resolve().parents[1]


def test_every_column_has_name_type_and_labels():
    doc = yaml.safe_load((HERE / "tables.yaml").read_text(encoding="utf-8"))
    for table, spec in doc["tables"].items():
        for col in spec["columns"]:
            assert isinstance(col.get("name"), str), (table, col)
            assert isinstance(col.get("zh"), str) and isinstance(col.get("en"), str), (table, col)
            assert set(col) <= {"name", "type", "zh", "en", "nullable", "key"}, (table, col)


def test_contract_tables_and_columns_exist():
    """The fixed names of the data contract (../shared/docs/data-contract.md)."""
    contract = {
        "hospitals": ["hospital_id", "name", "level", "grade", "category", "province", "city", "county", "county_code"],
        "hospital_aliases": ["alias", "hospital_id"],
        "pairings": ["pairing_id", "support_hospital_id", "recipient_hospital_id", "programme", "start_date", "end_date", "agreement_date"],
        "deployments": ["deployment_id", "person_id", "support_hospital_id", "recipient_hospital_id", "department", "title",
                        "title_rank", "staff_category", "position_at_recipient", "start_date", "end_date", "years_of_service", "paid_by_recipient"],
        "trainees": ["trainee_id", "person_id", "recipient_hospital_id", "host_hospital_id", "department", "start_date", "end_date", "fee_charged", "completed"],
        "techniques": ["technique_id", "recipient_hospital_id", "support_hospital_id", "name", "department", "first_performed_date", "cases", "fills_county_gap"],
        "activities": ["activity_id", "recipient_hospital_id", "support_hospital_id", "activity_date", "activity_type", "participants"],
        "hospital_monthly_stats": ["recipient_hospital_id", "year", "month", "outpatient_visits", "discharges", "surgeries",
                                   "referrals_out", "referrals_up_received", "referrals_down_received"],
        "county_inpatient_stats": ["county_code", "year", "resident_admissions", "resident_admissions_outside_county"],
        "staff_monthly_assessments": ["person_id", "recipient_hospital_id", "year", "month", "score", "spot_checks", "spot_checks_present"],
        "submissions": ["submission_id", "file_name", "file_sha256", "sheet_name", "form_type", "reporting_hospital_id", "period",
                        "ingested_at", "rows_read", "rows_curated", "rows_quarantined", "superseded_by"],
        "quarantine": ["submission_id", "source_row", "raw", "reason_code", "reason"],
        "validation_results": ["run_id", "profile", "rule_id", "citation", "table_name", "hospital_id", "period", "success", "observed", "expected"],
    }
    specs = table_specs()
    for table, cols in contract.items():
        have = [c["name"] for c in specs[table]["columns"]]
        assert set(cols) <= set(have), (table, set(cols) - set(have))


def test_form_labels_are_unambiguous():
    for form in forms().values():  # forms() raises on a label used by two fields of one form
        assert form.fields and form.label_index


def test_data_dictionary_is_current():
    assert (ROOT / "docs" / "data-dictionary.md").read_text(encoding="utf-8") == render_markdown()
