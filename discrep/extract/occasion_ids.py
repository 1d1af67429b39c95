"""How an event id names another occasion of a kind of event (event_occasions.py reads them).

Kept apart from the readers so that the checks, which only compare ids, load no grammar.
"""

from __future__ import annotations

NEXT_OCCASION = " (next)"  # "the next summit could be in Moscow": "summit (next)"
EARLIER_OCCASION = " (earlier)"  # "their previous summit in Geneva": "summit (earlier)"
