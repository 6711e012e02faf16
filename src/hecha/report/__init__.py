"""Views of the findings: every format renders the same `Report` built once."""

GATE_FORMATS = ("sarif", "junit", "github")  # the CI formats, rendered by gate.py
