"""Printed documents (reportlab): the only package that imports reportlab."""
