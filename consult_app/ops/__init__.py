"""One entrance for every intent: what the window and the command line ask of a workspace.

Each public function is one intent — one transaction, one change event heard
by the workspace's listeners — takes ids (never codes, never widgets),
returns domain objects, and raises the narrow errors of
:mod:`consult_app.domain.errors` with messages a person can act on (no
command-line flags in them). The command line resolves codes to ids and calls
these; the window calls these for every write. Reads go straight to the store.

    workspaces.py  create (with the demo), save a copy, import an interchange bundle, check, repair
    dialogues.py   new dialogues, classification markings
    parties.py     the parties' plain and protocol names ("Pour la République française")
    sessions.py    the next session with its proposed agenda (carry-over linked), session details, delegations
                   (copied, attendance), agenda items, breaks, lunches and days
    records.py     what a dialog edits whole: people of the directory, follow-up actions, indicators
    minutes.py     the texts of the minutes, their state, amendments
    register.py    commitments through their life (made, edited with history, reaffirmed, withdrawn, superseded, deleted when junk), status, measurements
    documents.py   the three printed documents (renderers), by ids; the brief recorded when generated
    exports.py     CSV, XLSX, DOCX, ICS and interchange JSON files
    exchange.py    field copies, change packets, partners and their keys
    backups.py     snapshots and restore
"""
