"""Consult's package data, installed as ``consult_app.resources``: the demo, the fonts, the translations.

Found with :func:`consult_app.paths.resource`, never relative to the source tree.
"""
