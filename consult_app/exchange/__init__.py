"""File formats in and out: interchange JSON (and later packets, CSV, XLSX, ICS)."""
