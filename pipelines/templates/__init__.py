"""Fillable .xlsx templates for the submission forms (``duikou template``).

``write_template(form, out_path, *, profile=None, db=None, support=None, recipient=None)``
writes one; ``template_info(path)`` reads back the hidden template id and version;
``add_template_parser`` / ``cmd_template`` are the command line. Text and layout are data in
``templates.yaml``; column headers are the intake's standard labels (catalogue/forms.yaml).
"""

from pipelines.templates.build import columns, template_forms, template_info, write_template
from pipelines.templates.cli import add_template_parser, cmd_template

__all__ = ["add_template_parser", "cmd_template", "columns", "template_forms", "template_info", "write_template"]
