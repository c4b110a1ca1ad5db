"""Campaign pages: the list with headline numbers, one campaign with its stats and controls."""

from __future__ import annotations

from collections.abc import Callable

from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from outreach.campaigns import launch as launching
from outreach.campaigns import service, state, stats
from outreach.errors import InvalidState, NotFound, ValidationFailed
from outreach.web.pages import Page, page, redirect, refused, show
from outreach.web.render import NavItem

PAGE_SIZE = 50

# Which buttons a campaign in a given status offers (the state machine has the final say).
ACTIONS = ("launch", "pause", "resume")


def _available(status: str) -> list[str]:
    return [a for a in ACTIONS if status in state.TRANSITIONS[a][0]]


DONE = {"launch": "launched", "pause": "paused", "resume": "resumed"}
MAX_ID = 2**63 - 1


def _campaign_id(p: Page) -> int:
    value = int(p.request.path_params["campaign_id"])
    # Ids beyond BIGINT would be a database error, not the "not found" they are.
    if value > MAX_ID:
        raise NotFound(f"campaign {value} not found", code="CAMPAIGN_NOT_FOUND")
    return value


@page
def campaign_list(p: Page) -> Response:
    """Every campaign of the organization with recipients, sent and rates."""
    cursor = p.request.query_params.get("cursor") or None
    result = service.list_campaigns(p.db, p.auth, cursor=cursor, limit=PAGE_SIZE)
    numbers = stats.stats_for_campaigns(p.db, p.auth, result.items)
    rows = [(c, numbers[c.id]) for c in result.items]
    return show(p, "campaigns/list.html", {"rows": rows, "next_cursor": result.next_cursor})


@page
def campaign_detail(p: Page) -> Response:
    """One campaign: its numbers and the actions its status and the user's role allow."""
    campaign = service.get_campaign(p.db, p.auth, _campaign_id(p))
    numbers = stats.campaign_stats(p.db, p.auth, campaign.id)
    actions = _available(campaign.status) if p.auth.can("send") else []
    return show(
        p, "campaigns/detail.html", {"campaign": campaign, "stats": numbers, "actions": actions}
    )


def _act(p: Page, verb: str, run: Callable[[], object]) -> Response:
    campaign = service.get_campaign(p.db, p.auth, _campaign_id(p))
    back = f"/campaigns/{campaign.id}"
    p.auth.require("send")
    try:
        run()
    except (InvalidState, ValidationFailed) as exc:
        return refused(p, back, f"Could not {verb}", exc)
    return redirect(p, back, flash=("ok", f"Campaign {DONE[verb]}."))


@page
def campaign_launch(p: Page) -> Response:
    """Launch: queue the first step for every recipient."""
    return _act(p, "launch", lambda: launching.launch(p.db, p.auth, _campaign_id(p), now=p.now))


@page
def campaign_pause(p: Page) -> Response:
    """Pause sending."""
    return _act(p, "pause", lambda: launching.pause(p.db, p.auth, _campaign_id(p)))


@page
def campaign_resume(p: Page) -> Response:
    """Resume sending."""
    return _act(p, "resume", lambda: launching.resume(p.db, p.auth, _campaign_id(p), now=p.now))


@page
def home(p: Page) -> Response:
    """The dashboard opens on the campaigns."""
    return redirect(p, "/campaigns")


routes: list[BaseRoute] = [
    Route("/", home, methods=["GET"]),
    Route("/campaigns", campaign_list, methods=["GET"]),
    Route("/campaigns/{campaign_id:int}", campaign_detail, methods=["GET"]),
    Route("/campaigns/{campaign_id:int}/launch", campaign_launch, methods=["POST"]),
    Route("/campaigns/{campaign_id:int}/pause", campaign_pause, methods=["POST"]),
    Route("/campaigns/{campaign_id:int}/resume", campaign_resume, methods=["POST"]),
]
nav = [NavItem("Campaigns", "/campaigns", order=10)]
