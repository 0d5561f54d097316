"""`duikou validate --profile NAME`: check a programme's rules and store the findings.

Flow: load the profile and its committed GX suites -> build the derived views in DuckDB ->
fetch each view into pandas -> validate with GX -> one validation_results row per rule x
hospital x period; from those, the compliance scorecard per pairing and support hospital
(scorecard.py); the data quality review of routine reporting (dqr.py) -> all three tables
written in one transaction, one set of rows per run (run_id) -> print a summary, write an
offline HTML summary, the raw GX results and GX Data Docs (<out>/gx-data-docs/).
Exit code 0 whenever it ran: violations are findings, not failures.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from pipelines.db.runs import finish_run, new_run_id, start_run
from pipelines.db.runs import latest_run_id as _latest_run_id
from pipelines.db.schema import qualified
from pipelines.derived import hospital_names, is_synthetic
from pipelines.programme.defaults import DEFAULT_PROFILE
from pipelines.programme.profiles import Profile, load_profile
from pipelines.validation import dqr
from pipelines.validation.results import RESULT_COLUMNS, aggregate
from pipelines.validation.scorecard import SCORECARD_COLUMNS, scorecard
from pipelines.validation.suites import stored_suites
from pipelines.validation.views import create_views, window

# rules judged once the data reach the end of the profile's cycle
_CYCLE_END_RULES = ("R11", "R20")


@dataclass
class ValidationRun:
    run_id: str
    profile: Profile
    results: pd.DataFrame
    window: tuple
    notes: list[str] = field(default_factory=list)
    html: Path | None = None
    gx_json: Path | None = None
    data_docs: Path | None = None
    seconds: float = 0.0
    scorecard: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=SCORECARD_COLUMNS))
    dqr: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=dqr.DQR_COLUMNS))
    hospital_names: dict[str, str] = field(default_factory=dict)
    synthetic: bool = False

    def summary_table(self) -> pd.DataFrame:
        r = self.results
        if r.empty:
            return pd.DataFrame(columns=["rule_id", "severity", "checked", "failing", "hospitals_failing", "worst", "citation"])
        rows = []
        for rid, g in r.groupby("rule_id", sort=True):
            fails = g[g["success"] == False]  # noqa: E712 - pandas nullable boolean
            checked = g["success"].notna().sum()
            worst = fails.iloc[0]["observed"] if len(fails) else ""
            if len(fails):
                worst = f"{fails.iloc[0]['hospital_id']} {fails.iloc[0]['period']}: {worst}"
            elif checked == 0:
                worst = g.iloc[0]["observed"]
            rows.append({"rule_id": rid, "severity": g.iloc[0]["severity"], "checked": int(checked), "failing": int(len(fails)),
                         "hospitals_failing": fails["hospital_id"].nunique(), "worst": worst,
                         "description": g.iloc[0]["description"].split(" / ")[0], "citation": g.iloc[0]["citation"]})
        return pd.DataFrame(rows)

    def summary_text(self) -> str:
        p = self.profile
        lines = [f"规则核查 / validation — {p.name}: {p.title_zh}", f"run {self.run_id}; 核查期间 window {self.window[0]} ~ {self.window[1]}"]
        lines += [f"注意 / note: {n}" for n in self.notes]
        st = self.summary_table()
        lines.append(f"{'规则':<5} {'级别':<9} {'核查':>5} {'不符合':>6} {'医院':>4}  最严重 / worst case")
        for _, r in st.iterrows():
            mark = "✗" if r["failing"] else ("·" if r["checked"] == 0 else "✓")
            lines.append(f"{mark} {r['rule_id']:<4} {r['severity']:<9} {r['checked']:>5} {r['failing']:>6} {r['hospitals_failing']:>4}  {str(r['worst'])[:90]}")
        fails = int((self.results["success"] == False).sum()) if len(self.results) else 0  # noqa: E712
        lines.append(f"共 {fails} 项不符合 / {fails} findings. 明细见 validation_results 表 (run_id='{self.run_id}')")
        lines += self._scorecard_lines() + self._dqr_lines()
        if self.html:
            # the page to open (offline, with rule ids and citations); not the GX Data Docs, which
            # load their styles from CDNs and render unstyled offline (the page links them)
            lines.append(f"HTML: {self.html}")
        return "\n".join(lines)

    def _scorecard_lines(self) -> list[str]:
        sc = self.scorecard
        sup = sc[(sc["level"] == "support_hospital") & (sc["period"] == self.window[2])] if len(sc) else sc
        if sup.empty:
            return []
        lines = ["", "合规评分（适用规则中符合的比例） / compliance scorecard (share of applicable rules met), compliance_scorecard 表:"]
        for r in sup.itertuples():
            share = "—" if pd.isna(r.share_rules_met) else f"{100 * r.share_rules_met:.0f}%"
            failed = f"  不符合 failed: {r.rules_failed}" if isinstance(r.rules_failed, str) else ""
            lines.append(f"  {r.support_hospital_id} {self.hospital_names.get(r.support_hospital_id, '')}: "
                         f"{r.rules_met}/{r.rules_applicable} = {share}{failed}")
        return lines

    def _dqr_lines(self) -> list[str]:
        sm = dqr.summary(self.dqr)
        if sm.empty:
            return []
        lines = ["", "数据质量审查（WHO DQR；✗ 未达标准或有标记项） / data quality review (✗ below threshold or items flagged), dqr_results 表:"]
        for (metric, what), g in sm.assign(what=sm["indicator"].where(sm["indicator"] != "", sm["form_type"])).groupby(
                ["metric", "what"], sort=False):
            label = dqr.METRIC_LABELS.get(metric, (metric,))[0]
            cells = []
            for r in g.itertuples():
                value = "—" if pd.isna(r.value) else f"{r.value:.1f}%"
                cells.append(f"{r.period} {value}{' ✗' if r.flagged is True else ''}")
            unjudged = g[g["value"].isna()]
            why = f"  — {unjudged.iloc[0]['note'].split(' / ')[0]}" if len(unjudged) else ""
            lines.append(f"  {label} {what} ({g.iloc[0]['expected']}): " + " · ".join(cells) + why)
        items = self.dqr[(self.dqr["level"] == "item") & (self.dqr["flagged"] == True)  # noqa: E712
                         & self.dqr["metric"].isin(["completeness", "timeliness", "outlier_extreme", "consistency_internal"])]
        cols = [items[c].tolist() for c in ("metric", "hospital_id", "period", "indicator", "form_type", "note")]
        for metric, hospital_id, period, indicator, form_type, note in zip(*cols):
            what = indicator if isinstance(indicator, str) else form_type
            lines.append(f"    ✗ {dqr.METRIC_LABELS[metric][0]} {hospital_id} {period} {what}: {note[:90]}")
        return lines


def _insert(con, table: str, df: pd.DataFrame, columns: list[str]) -> None:
    """Append rows to the table in its layer (connect() has brought the database's tables
    up to date with catalogue/tables.yaml)."""
    if len(df):
        con.register("_rows", df[columns])
        con.execute(f"INSERT INTO {qualified(table)} ({', '.join(columns)}) SELECT {', '.join(columns)} FROM _rows")
        con.unregister("_rows")


# columns results.aggregate reads from every view
_RESULT_KEYS = {"entity_id", "hospital_id", "period", "support_hospital_id", "recipient_hospital_id"}


def _view_columns(con, view: str, prof: Profile, suite: dict) -> str:
    """The SELECT list of the view's columns the run reads (GX and results.aggregate): the
    national views have wide rows of text that nothing here reads."""
    from pipelines.validation.gx_runner import suite_columns

    columns = [r[0] for r in con.execute(f"DESCRIBE {view}").fetchall()]
    used = _RESULT_KEYS | set(suite_columns(suite, columns))
    for rule in prof.rules.values():
        if rule.view == view:
            used |= {c for c in (rule.observed, rule.period_column) if c}
    return ", ".join(f'"{c}"' for c in columns if c in used)


class _Laps:
    """Seconds spent per named step (a step named twice adds up)."""

    def __init__(self):
        self.totals: dict[str, float] = {}
        self._t = time.perf_counter()

    def __call__(self, name: str) -> None:
        now = time.perf_counter()
        self.totals[name] = self.totals.get(name, 0.0) + now - self._t
        self._t = now


def validate(db, profile: str = DEFAULT_PROFILE, out_dir: Path | None = Path("reports"), quiet: bool = False,
             data_docs: bool = True) -> ValidationRun:
    """Run a profile's rules and the data quality review; ``out_dir`` None writes no files
    (``data_docs`` False: no GX Data Docs). The GX suites run in this process (a child process
    importing GX meanwhile was measured slower on this 2-core machine and was removed:
    benchmarks/README.md, "Validation")."""
    from pipelines.validation.gx_runner import GxRunner

    t0 = time.perf_counter()
    lap = _Laps()
    prof = load_profile(profile)
    dqr.config()  # a broken dqr.yaml is reported before any work
    suites, current = stored_suites(prof)
    notes = []
    if not current:
        notes.append(f"expectations/suites/{prof.name}/ 与方案文件不一致或不存在，已按方案重新生成；请运行 `duikou suites --write` 并提交 / "
                     f"suite files are missing or older than the profile; rendered from the profile (run `duikou suites --write` and commit them)")
    now = dt.datetime.now().replace(microsecond=0)
    run_id = new_run_id("validate", now)
    out_dir = Path(out_dir) if out_dir is not None else None
    runner = GxRunner(out_dir / "gx-data-docs" if out_dir is not None and data_docs else None)
    runner.forget_results(prof.name)
    lap("setup")
    return _validate(db, prof, suites, notes, run_id, now, out_dir, quiet, runner, lap, t0)


def _validate(db, prof: Profile, suites: dict, notes: list[str], run_id: str, now, out_dir: Path | None, quiet: bool, runner,
              lap: "_Laps", t0: float) -> ValidationRun:
    from pipelines.db.connection import connect
    from pipelines.validation.gx_runner import run_suites

    con = connect(db, read_only=False)
    try:
        start_run(con, "validate", prof.name, {"rules": sorted(prof.rules), "out_dir": str(out_dir) if out_dir else None},
                  run_id=run_id, started_at=dt.datetime.now())  # to the microsecond: an ingest that ended this second came before
        create_views(con, prof, names=sorted(set(suites) | {"v_pairing"}))
        win = window(con)
        if win is None or win[0] is None or win[0] > win[1]:
            notes.append("数据期间与方案周期没有重叠，没有可核查的数据 / the data do not overlap the profile's cycle: nothing to check")
        elif not win[3] and set(_CYCLE_END_RULES) & set(prof.rules):
            which = ", ".join(r for r in _CYCLE_END_RULES if r in prof.rules)
            notes.append(f"数据未到方案周期结束（{win[2]}），{which} 暂不核查 / the data end before the cycle does ({win[2]}): {which} not judged yet")
        lap("views")
        frames = {view: con.execute(f"SELECT {_view_columns(con, view, prof, suites[view])} FROM {view}").df()
                  for view in sorted(suites)}
        lap("fetch")
        review = dqr.review(con, run_id, prof.name, now)  # before the suites: it does not need GX
        lap("dqr")
        outcomes, gx_results, counts = run_suites(runner, suites, frames)
        lap("gx")
        if not quiet:
            for view in sorted(suites):
                print(f"  {view}: {len(frames[view])} 行 rows, {counts[view]} 条期望 expectations", file=sys.stderr)
        rows = aggregate(prof, run_id, frames, outcomes, now)
        results = pd.DataFrame(rows, columns=RESULT_COLUMNS)
        lap("results")
        pairings = con.execute("SELECT entity_id AS pairing_id, support_hospital_id, recipient_hospital_id FROM v_pairing").df()
        score = scorecard(results, pairings, run_id, prof.name, (win or (None, None, ""))[2] or "", now)
        lap("scorecard")
        names = hospital_names(con)
        synthetic = is_synthetic(con)
        con.begin()
        try:
            _insert(con, "validation_results", results, RESULT_COLUMNS)
            _insert(con, "compliance_scorecard", score, SCORECARD_COLUMNS)
            _insert(con, "dqr_results", review, dqr.DQR_COLUMNS)
            finish_run(con, run_id, "ok")
            con.commit()
        except BaseException:
            con.rollback()
            raise
        lap("write")
    except BaseException:
        finish_run(con, run_id, "failed")
        raise
    finally:
        con.close()
    run = ValidationRun(run_id, prof, results, win or (None, None, None, None), notes, scorecard=score, dqr=review,
                        hospital_names=names, synthetic=synthetic)
    if out_dir is not None:
        from pipelines.validation.html_summary import write_html

        out_dir.mkdir(parents=True, exist_ok=True)
        run.gx_json = out_dir / f"gx-results-{prof.name}.json"
        run.gx_json.write_text(json.dumps(gx_results, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
        lap("gx_json")
        run.data_docs = runner.build_data_docs()
        lap("data_docs")
        run.html = write_html(run, out_dir / f"validation-{prof.name}.html", names=names, synthetic=synthetic)
        lap("html")
    run.seconds = time.perf_counter() - t0
    if not quiet:
        print("  用时 / seconds: " + ", ".join(f"{k} {v:.1f}" for k, v in lap.totals.items()), file=sys.stderr)
    return run


def latest_run_id(con, profile: str) -> str | None:
    """The id of the latest successful validation run of a profile (None if it never ran)."""
    return _latest_run_id(con, "validate", profile)


def _latest(con, table: str, profile: str, order: str) -> pd.DataFrame:
    return con.execute(f"SELECT * FROM {table} WHERE run_id = ? ORDER BY {order}", [latest_run_id(con, profile)]).df()


def latest_results(con, profile: str) -> pd.DataFrame:
    """The validation_results rows of the latest run of a profile."""
    return _latest(con, "validation_results", profile, "rule_id, hospital_id, period")


def latest_scorecard(con, profile: str) -> pd.DataFrame:
    """The compliance_scorecard rows of the latest run of a profile."""
    return _latest(con, "compliance_scorecard", profile, "level, period, support_hospital_id NULLS FIRST, recipient_hospital_id NULLS FIRST")


def latest_dqr(con, profile: str) -> pd.DataFrame:
    """The dqr_results rows of the latest run of a profile."""
    return _latest(con, "dqr_results", profile, "metric, form_type, indicator, level, hospital_id, period")
