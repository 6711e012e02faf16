"""hecha (核查): a consistency checker for the numbers in Chinese government reports."""

__version__ = "0.1.0"
