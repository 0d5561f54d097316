def f():
    from pipelines.report.context import ReportContext
    from . import run
