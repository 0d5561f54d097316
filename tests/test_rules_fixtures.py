"""Synthetic databases shared by the rule, DQR and scorecard tests, each built once per session.

A case is the generator's truth for some years with a set of planted violations (or none),
written as the spreadsheets hospitals send and ingested like real submissions. Validation
runs are cached per (case, profile). The default demo (conftest's demo_truth / demo_db /
validated_db, DEFAULT_PLANTS) is shared with the end-to-end tests.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

MODERN = (2022, 2023, 2024)
CYCLE = (2011, 2012, 2013, 2014)   # changchun-2011's cycle; henan-2014 and xingan-2014 judge 2014
CASES = {
    "modern_clean": (MODERN, ()),
    "modern_r17": (MODERN, ("R17",)),
    "cycle_planted": (CYCLE, ("R11", "R12", "R19", "R20", "R21", "DQR_CONSISTENCY")),
    "cycle_clean": (CYCLE, ()),
    "liaoning": ((2005, 2006, 2007), ("R01", "R02", "R04", "R07", "R08", "R18")),
}


@dataclass
class Case:
    name: str
    truth: object
    db: Path
    runs: dict[str, pd.DataFrame] = field(default_factory=dict)


_built: dict[str, Case] = {}


def synthetic(name: str, tmp_path_factory) -> Case:
    from pipelines.ingest.run import ingest
    from pipelines.synthetic.generate import generate
    from pipelines.synthetic.render_standard import write_standard

    if name not in _built:
        years, plants = CASES[name]
        truth = generate(years=years, plants=plants)
        root = tmp_path_factory.mktemp(name)
        write_standard(truth, root / "raw")
        rep = ingest([str(root / "raw")], root / "db.duckdb", show_progress=False)
        assert not rep.failed, [f.error for f in rep.failed]
        _built[name] = Case(name, truth, root / "db.duckdb")
    return _built[name]


def validated(name: str, profile: str, tmp_path_factory, out_dir: Path | None = None) -> pd.DataFrame:
    """validation_results of the case's run of the profile (run once per session)."""
    from pipelines.validation.run import validate

    case = synthetic(name, tmp_path_factory)
    if profile not in case.runs:
        run = validate(case.db, profile=profile, out_dir=out_dir, quiet=True)
        case.runs[profile] = run.results
    return case.runs[profile]


def cycle_label(profile: str, truth) -> str:
    """The period label the views give a cycle-long result: the profile's cycle, or the data years."""
    from pipelines.programme.profiles import load_profile

    cyc = load_profile(profile).scope["cycle"]
    if cyc:
        return f"{cyc['start']}~{cyc['end']}"
    return f"{min(truth.years)}-01-01~{max(truth.years)}-12-31"


def test_cases_plant_what_they_say(tmp_path_factory):
    """The planted cases record one violation per plant asked for; the clean cases none."""
    for name in ("cycle_planted", "cycle_clean"):
        case = synthetic(name, tmp_path_factory)
        assert sorted(p.rule_id for p in case.truth.planted) == sorted(CASES[name][1])
