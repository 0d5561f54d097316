"""Patient-level discharge records (住院病案首页 / 医保结算清单): issue 21, data contract *Records*.

``duikou records ingest PATH...`` runs, in the data's direction:

1. ``read``         — CSV (UTF-8 / GBK / GB18030) or Parquet, one file or a partitioned folder,
                      streamed in batches; headers mapped by ``column_map.yaml``.
2. ``pseudonymise`` — ID numbers and 病案号 become keyed pseudonyms in memory; free text masked.
3. ``facilities``   — where each hospital and receiving institution is (hospitals table, 机构字典).
4. ``clean``        — ``clean.sql`` on each batch: dates, codes, names; reject reasons as data
                      (``reject_reasons.yaml``).
5. ``store``        — Parquet partitioned by year/month under ``records/`` beside the database.
6. ``indicators``   — ``sql/*.sql``, one definition run by DuckDB (out of core) or by Spark
                      (``spark_engine``); materialised and exposed as views in the database
                      (diagnosis groups: ICD-10 chapters and ``expected_conditions.yaml``, via
                      ``conditions``).

``ingest.ingest_records`` ties the steps together and records the run (runs table, kind
"records"); ``cli.register`` adds the command. Downstream: ``catalogue_functions`` (the
``records_indicators`` of pipelines/catalogue/indicators.yaml) and ``publish.records_tables``
(what a report shows, small counts suppressed) and ``consistency.source_comparison`` (the
data-quality annex's form-vs-records check per county and year, a flag beyond a tolerance kept
as data). ``synthetic`` makes SYNTHETIC records with their
truth, from nothing (tests, benchmarks) or from a database's forms (``from_forms``: the demo);
``synthetic_panel`` makes SYNTHETIC records over several years with a planted pairing effect and
its truth (``duikou records generate``; the effect estimate on the records outcome is
pipelines/evaluation/records_outcome.py).
"""
