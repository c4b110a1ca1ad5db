"""Ask whatever classifier is on PYTHONPATH about texts: for reason_model_train's first pass.

Reads a JSON list from stdin: [code, enhanced, text] for a table's reply (built as the
tables' Postfix report) or a corpus path; writes one JSON object per item: the phrase
reason of the text, the classifier's reason, status and diagnostic (for a corpus file
also its kind, permanent, hard and recipient).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from tests.inbound.replytable import dsn_bounce, reply_line, status_of

from outreach.inbound import classify
from outreach.inbound.reasons import reason_from_text

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "inbound"


def probe(item: list | str) -> dict[str, object]:
    """The old classifier's view of one reply or corpus file."""
    if isinstance(item, str):
        got = classify((CORPUS / item).read_bytes())
        text = got.diagnostic or ""
        return {
            "text": text,
            "status": got.status,
            "today": got.reason,
            "kind": got.kind,
            "phrase": reason_from_text(text),
            "permanent": got.permanent,
            "hard": got.hard,
            "recipient": got.recipient,
        }
    code, enhanced, reply = item
    text = reply_line(code, enhanced, reply)
    got = classify(dsn_bounce(code, enhanced, reply))
    return {
        "text": text,
        "status": status_of(code, enhanced),
        "today": got.reason,
        "kind": got.kind,
        "phrase": reason_from_text(text),
    }


if __name__ == "__main__":
    print(json.dumps([probe(i) for i in json.load(sys.stdin)]))
