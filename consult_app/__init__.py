"""Consult: a desktop workbench for recurring bilateral ministerial dialogues."""

__version__ = "0.1.0"
