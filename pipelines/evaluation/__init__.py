"""Programme-effect evaluation: did pairing lower outward referral and raise county
hospitals' workload?

* ``panel`` — the hospital-month and county-year panels, with each unit's pairing start;
* ``did`` — two-way fixed effects with cluster-robust standard errors (absorbed, exact);
* ``effects`` — DiD estimates for the standard outcomes (two-way fixed effects and stacked);
* ``event_study`` — leads and lags relative to the pairing's start, with a pre-trend test;
* ``before_after`` — per-recipient before/after comparison against the comparison group;
* ``records_outcome`` — the same estimator on the records' county-month within-county rate
  (``records_county_month``, issue 21);
* ``methods`` — the assumptions (parallel trends, no anticipation, staggered adoption and
  heterogeneity) as report text.

    from pipelines import connect
    from pipelines.evaluation import effects
    effects.effects(connect("data/curated/demo.duckdb"))
"""
