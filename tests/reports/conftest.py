"""The documents of the untouched demo, each rendered once per test process: many tests read the same ones."""

from __future__ import annotations

import pytest

from consult_app.store import Workspace

from .. import documents as services
from ..conftest import copy_of_demo, private_home


class DemoDocuments:
    """``tests.documents``' minutes_pdf, tracker_pdf and brief_pdf on one untouched demo workspace, open read-only.

    A document asked for again with the same arguments is the same bytes: it is
    not laid out twice (and tests.reports.test_documents.pages, which caches on
    the bytes, does not read it twice either). A test that changes the demo
    before printing uses its own ``demo`` instead.
    """

    def __init__(self, ws: Workspace):
        self.ws, self.made = ws, {}

    def _pdf(self, kind: str, args: tuple, kwargs: dict) -> bytes:
        key = repr((kind, args, sorted(kwargs.items())))  # lists of languages among them: not hashable
        if key not in self.made:
            self.made[key] = getattr(services, f"{kind}_pdf")(self.ws, *args, **kwargs)
        return self.made[key]

    def minutes(self, *args, **kwargs) -> bytes:
        return self._pdf("minutes", args, kwargs)

    def tracker(self, *args, **kwargs) -> bytes:
        return self._pdf("tracker", args, kwargs)

    def brief(self, *args, **kwargs) -> bytes:
        return self._pdf("brief", args, kwargs)


@pytest.fixture(scope="session")
def demo_pdf(demo_template, tmp_path_factory) -> DemoDocuments:
    """``demo_pdf.tracker("ML-FR", dt.date(2003, 6, 1), lang="en")``: a document of the demo, rendered once per process."""
    with private_home(tmp_path_factory):
        ws = Workspace.open(copy_of_demo(demo_template, tmp_path_factory.mktemp("demo-pdf") / "demo.consult"), readonly=True)
    yield DemoDocuments(ws)
    ws.close()
