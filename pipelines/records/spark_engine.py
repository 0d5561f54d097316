"""The records indicators on Apache Spark: the same ``sql/*.sql`` texts as DuckDB, run by Spark
SQL over the same Parquet store.

Configuration: ``--engine spark`` or ``DUIKOU_RECORDS_ENGINE=spark``; the master URL from
``--spark-master`` or ``DUIKOU_SPARK_MASTER`` (default ``local[2]``; a cluster is
``spark://host:7077`` or ``yarn``, and the records folder must then be on storage every executor
can read (a shared file system mounted at the same path), given as ``--records-dir``). Spark needs Java (Debian:
``apt-get install default-jre-headless``; scripts/install-system-deps.sh does it).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pyarrow as pa

from pipelines.records import conditions
from pipelines.records.indicators import (
    SCHEMAS,
    VIEWS,
    reject_files,
    sql_text,
    stored_files,
    tidy,
)
from pipelines.records.store import REJECTS, STORED

DEFAULT_MASTER = "local[2]"


class SparkUnavailable(Exception):
    """Spark cannot start on this machine (no Java, or pyspark missing); the message says what to install."""


def java_available() -> bool:
    return bool(os.environ.get("JAVA_HOME") and Path(os.environ["JAVA_HOME"], "bin", "java").exists()) or bool(shutil.which("java"))


def session(master: str | None = None):
    if not java_available():
        raise SparkUnavailable("Spark 需要 Java：请安装 default-jre-headless（scripts/install-system-deps.sh） / Spark needs Java: "
                               "install default-jre-headless (scripts/install-system-deps.sh), or use --engine duckdb")
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise SparkUnavailable("未安装 pyspark / pyspark is not installed: run `make install`") from None
    master = master or os.environ.get("DUIKOU_SPARK_MASTER") or DEFAULT_MASTER
    spark = (SparkSession.builder.master(master).appName("duikou-records")
             .config("spark.ui.enabled", "false")
             .config("spark.ui.showConsoleProgress", "false")
             .config("spark.sql.session.timeZone", "UTC")
             .config("spark.sql.shuffle.partitions", os.environ.get("DUIKOU_SPARK_SHUFFLE_PARTITIONS", "8"))
             .config("spark.driver.memory", os.environ.get("DUIKOU_SPARK_DRIVER_MEMORY", "2g"))
             .getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def _spark_schema(schema: pa.Schema):
    from pyspark.sql import types as T

    kinds = {pa.string(): T.StringType(), pa.int64(): T.LongType(), pa.int32(): T.IntegerType(),
             pa.date32(): T.DateType(), pa.float64(): T.DoubleType()}
    return T.StructType([T.StructField(f.name, kinds[f.type], True) for f in schema])


def run_spark(root: Path, master: str | None = None, spark=None) -> dict[str, pa.Table]:
    """The indicator tables computed by Spark SQL (the results are small: collected to the driver)."""
    spark = spark or session(master)
    if stored_files(root):
        # Spark discovers the year=/month= partitions and skips files starting with '.' or '_'
        spark.read.parquet(str(root)).createOrReplaceTempView("records")
    else:
        schema = STORED.append(pa.field("year", pa.int32())).append(pa.field("month", pa.int32()))
        spark.createDataFrame([], _spark_schema(schema)).createOrReplaceTempView("records")
    if reject_files(root):
        spark.read.parquet(*[str(f) for f in reject_files(root)]).createOrReplaceTempView("rejects_by_file")
    else:
        spark.createDataFrame([], _spark_schema(REJECTS)).createOrReplaceTempView("rejects_by_file")
    lookup = conditions.table()
    spark.createDataFrame(lookup.to_pylist(), _spark_schema(lookup.schema)).createOrReplaceTempView("expected_conditions")
    out = {}
    for name in VIEWS:
        rows = [r.asDict() for r in spark.sql(sql_text(name)).collect()]
        out[name] = tidy(name, pa.Table.from_pylist(rows, schema=SCHEMAS[name]))
    return out
