"""The published layer: what a report and ``duikou export`` publish, computed below the report."""
