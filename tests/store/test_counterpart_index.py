"""The other secretariat's packets, imported in place, leave each search index as a full rebuild would."""

from .test_counterpart import agreed, pair  # noqa: F401  (France and Mali, session 3 agreed through packets both ways)
from .test_import_index import assert_index_as_rebuilt


def test_minutes_settled_by_the_other_secretariats_packets_leave_each_index_as_a_rebuild_would(agreed):
    """A counterpart's import also settles the minutes (re-indexing the items it freezes) in the same transaction."""
    for path in agreed:
        assert_index_as_rebuilt(path)
