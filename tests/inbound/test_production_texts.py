"""Remote servers' replies from public lists of replies seen in production, each in a
minimal bounce.

A fresh table of the *frequent* real wordings: replies that senders logged in production
and published as lists (for example ActiveCampaign's smtp-field-manual `data/codes/*.json`,
grouped by reply code, and comment lines of real replies in other mail software's bounce
lists). It is kept apart from any change to the classifier; its first pass is recorded
exactly in BENCHMARKS-prod5.md.

Collection rule, fixed and committed before any source was read:
- only lists of replies observed in production (not a program's own wording, not a guide's
  invented example); the source list is named in a `# ---` comment above its cases;
- replies already used by an earlier table are left out: every tests/inbound/test_*texts*.py
  table is grepped for each candidate by normalised text (lower case, runs of other
  characters than letters and digits as one space, anonymised parts ignored); the same text
  or a near copy (one contains the other and the shorter is at least 60% of the longer's
  length) is not taken again. In particular the 57 smtp-field-manual replies and the ZoneMTA
  config/bounces.txt comment lines already in test_quoted_texts_4.py are not taken again;
- the rest are taken in the list's own order (file by file, entry by entry), not picked by
  how hard they look, up to about 200 cases; an entry is skipped only when it is not a
  remote server's reply (empty, a bare code, the sender's own note) or repeats a reply
  already taken with only a different id, address or number;
- only the server's reply is taken (reply code, enhanced status code if given, text);
  addresses are anonymised to example.org / outreach.example and IPs to 192.0.2.x; queue
  ids and tracking tokens are kept as they are unless they carry an address;
- nothing from Sisimai's repositories, set-of-emails or bounceHammer, nor from pages that
  copy their samples.

Each case is labelled with the reason in our vocabulary (Sisimai's, by its public reason
documentation; conventions in tests/data/inbound/README.md, docs/inbound.md "Reasons and
Sisimai's published definitions" and the label-decision comments of the earlier tables)
*before* the classifier was run on any of them. Uncertain labels say so in a comment. Each
case becomes the two bounces of replytable.py: a Postfix RFC 3464 report and an Exim-style
plain-text notice.
"""

from __future__ import annotations

import pytest

from .replytable import Case, check, main, params

# (source family, SMTP reply code, enhanced status code or None, reply text, reason)
CASES: list[Case] = []

# Cases the classifier misses, with the first-pass answer; a case right in every format now
# must leave this list (replytable.check fails it).
KNOWN_MISSES: dict[str, str] = {}

PARAMS = params(CASES)


@pytest.mark.parametrize(("variant", "case"), PARAMS)
def test_production_text(variant: str, case: Case) -> None:
    check(variant, case, KNOWN_MISSES)


if __name__ == "__main__":  # PYTHONPATH=src:. python -m tests.inbound.test_production_texts [N]
    main(CASES)
