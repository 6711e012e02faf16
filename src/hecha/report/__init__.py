"""Views of the findings: every format renders the same `Report` built once."""
