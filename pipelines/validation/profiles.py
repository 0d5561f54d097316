"""Old import path of the programme profiles, kept because code outside this package imports
it (pipelines/templates/build.py, pipelines/cli.py, researchers' notebooks). The profiles live
in pipelines/programme/profiles.py, below every stage."""

from pipelines.programme.profiles import (  # noqa: F401
    SANITY_CITATION,
    SCOPE_KEYS,
    SEVERITIES,
    TRAINING_TYPES,
    Profile,
    Rule,
    check_scope,
    expectations_dir,
    list_profiles,
    load_profile,
    make_rule,
    rule_templates,
)
