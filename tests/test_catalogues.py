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
            assert set(col) <= {"name", "type", "zh", "en", "nullable", "key", "default"}, (table, col)


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


def test_indicator_catalogue_is_one_file_with_one_definition_per_indicator():
    """Form-based and records indicators live in indicators.yaml (two blocks, the records block
    apart because frozen snapshots hold only the first); no id is defined twice and no other
    catalogue file defines indicators."""
    from pipelines.indicators.catalogue import catalogue, records_catalogue, spec

    text = (HERE / "indicators.yaml").read_text(encoding="utf-8")
    doc = yaml.safe_load(text)
    assert set(doc) == {"indicators", "records_indicators", "suppression"}
    forms, records = doc["indicators"], doc["records_indicators"]
    assert not set(forms) & set(records)
    # a key repeated inside a block would be silently merged by YAML: count the keys as written
    import re
    written = re.findall(r"^  ([a-z0-9_]+):\s*$", text, flags=re.M)
    assert len(written) == len(set(written)) == len(forms) + len(records)
    assert not (HERE / "records_indicators.yaml").exists()
    for f in HERE.glob("*.yaml"):
        if f.name != "indicators.yaml":
            assert "records_indicators" not in yaml.safe_load(f.read_text(encoding="utf-8")), f.name
    assert catalogue() == forms and records_catalogue() == records
    assert all(spec(k) == records[k] for k in records) and all(spec(k) == forms[k] for k in forms)


def test_records_indicators_are_well_formed():
    from pipelines.catalogue.citations import cite
    from pipelines.indicators.catalogue import catalogue, function, records_catalogue

    sql_dir = ROOT / "pipelines" / "records" / "sql"
    views = {"records_county_month", "records_hospital_month", "records_hospital_diagnosis_month"}
    for key, s in records_catalogue().items():
        for field in ("zh", "en", "numerator", "grain", "source", "sql", "function", "rationale"):
            assert s.get(field), (key, field)
        assert "factor" in s and "denominator" in s and isinstance(s.get("patient_derived"), bool), key
        assert s["source"] in views and (sql_dir / s["sql"]).is_file(), key
        assert s["function"].startswith("pipelines.records.catalogue_functions.") and callable(function(key)), key
        assert "卫医政发〔2011〕84号" in s["rationale"], key
        assert ".txt" not in cite(s["rationale"]), key      # every seed reference resolves to its document
        compare = s.get("compare_with")
        if compare and " " not in compare:                 # a form-based indicator by id
            assert compare in catalogue(), (key, compare)


def test_records_standard_is_a_catalogued_document():
    """The 病案首页 standard the records indicators cite by 文号 is catalogued, among the
    standards (not a seed collection: `documents` holds only those)."""
    from pipelines.catalogue import load_yaml
    from pipelines.catalogue.citations import document_text, documents

    std = load_yaml("documents.yaml")["standards"]
    doc = std["卫医政发〔2011〕84号"]
    assert doc["number"] == "卫医政发〔2011〕84号" and doc["issuer_zh"] == "卫生部"
    assert document_text(doc) == "《卫生部关于修订住院病案首页的通知》（卫生部，卫医政发〔2011〕84号，2011年）"
    assert not set(std) & set(documents())


def test_expected_conditions_are_data_with_a_citation():
    from pipelines.catalogue.citations import cite
    from pipelines.records import conditions

    data = conditions.load()
    assert ".txt" not in cite(data["citation"]) and data["citation"].startswith(data["source"])
    quoted = data["citation"].split("：", 1)[1].split("……")
    seed = (ROOT.parent / "shared" / "seeds" / data["source"])
    if seed.exists():   # the quoted words are the source's own
        text = seed.read_text(encoding="utf-8")
        assert all(q in text for q in quoted), quoted
    cats = dict(conditions.categories())
    assert conditions.expand("I60-I64") == ["I60", "I61", "I62", "I63", "I64"]
    assert conditions.expand("C00-D48")[-1] == "D48" and len(conditions.expand("C00-D48")) == 149
    assert cats.get("O80") == "maternal" and "Z51" not in cats
    import pytest
    for bad in ("I6", "I64-I60", "160-164"):
        with pytest.raises(conditions.ConditionListError):
            conditions.expand(bad)
