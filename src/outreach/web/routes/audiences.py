"""A campaign's audience page: the seed-002 filters, a preview of who is in and why others are
not, and saving the audience to the campaign (enrolling the included leads)."""

from __future__ import annotations

import re
from typing import Any

from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from outreach.audiences import service as audiences
from outreach.campaigns import launch
from outreach.campaigns import service as campaigns
from outreach.db.models import Campaign
from outreach.db.models.campaigns import ACCEPTS_RECIPIENTS
from outreach.errors import InvalidState, ValidationFailed
from outreach.web import forms
from outreach.web.pages import Page, page, redirect, show
from outreach.web.render import NavItem
from outreach.web.routes.leads import MENU_LISTS, menu_lists

# Human words for the first reason that excluded a lead (audiences.filters.REASON_ORDER).
REASONS = {
    "excluded_list": "in an excluded list",
    "unsubscribed": "unsubscribed",
    "bounced": "bounced",
    "suppressed": "suppressed",
    "stopped": "stopped",
    "in_campaign": "in an excluded campaign",
    "recently_emailed": "emailed recently",
    "missing_vars": "missing a required variable",
    "duplicate_domain": "another lead of the same company domain",
}
DEFAULTS: dict[str, Any] = {
    "lists": [],
    "exclude_lists": [],
    "require_vars": [],
    "exclude_suppressed": True,
    "exclude_recent_days": 14,
    "one_per_domain": False,
    "exclude_campaigns": [],
}


def _campaign(p: Page) -> Campaign:
    return campaigns.get_campaign(p.db, p.auth, forms.path_id(p, "campaign_id", what="campaign"))


def _posted_filters(p: Page) -> dict[str, Any]:
    days = p.field("exclude_recent_days")
    if days and not days.isdigit():
        raise ValidationFailed("exclude recent days must be a whole number", field="days")
    return {
        "lists": forms.form_ids(p, "lists"),
        "exclude_lists": forms.form_ids(p, "exclude_lists"),
        "require_vars": [v for v in re.split(r"[,\s]+", p.field("require_vars")) if v],
        "exclude_suppressed": forms.checked(p, "exclude_suppressed"),
        "exclude_recent_days": int(days) if days else None,
        "one_per_domain": forms.checked(p, "one_per_domain"),
        "exclude_campaigns": forms.form_ids(p, "exclude_campaigns"),
    }


def _page(
    p: Page,
    campaign: Campaign,
    chosen: dict[str, Any],
    *,
    result: dict[str, Any] | None = None,
    error: str | None = None,
) -> Response:
    others = campaigns.list_campaigns(p.db, p.auth, cursor=None, limit=MENU_LISTS).items
    context = {
        "campaign": campaign,
        "chosen": chosen,
        "result": result,
        "error": error,
        "reasons": REASONS,
        "lists": menu_lists(p),
        "campaigns": [c for c in others if c.id != campaign.id],
        "can_save": p.auth.can("edit") and campaign.status in ACCEPTS_RECIPIENTS,
        "accepts": campaign.status in ACCEPTS_RECIPIENTS,
    }
    return show(p, "audiences/campaign.html", context)


@page
def audience_form(p: Page) -> Response:
    """The filter form with the default choices."""
    return _page(p, _campaign(p), DEFAULTS)


@page
def audience_post(p: Page) -> Response:
    """Preview the posted filters, or save them to the campaign."""
    campaign = _campaign(p)
    try:
        chosen = _posted_filters(p)
        if p.field("action") == "save":
            return _save(p, campaign, chosen)
        result = audiences.preview(p.db, p.auth, data=chosen, now=p.now)
    except (ValidationFailed, InvalidState) as exc:
        p.db.rollback()
        return _page(p, campaign, _posted_or_defaults(p), error=exc.message)
    return _page(p, campaign, chosen, result=result)


def _posted_or_defaults(p: Page) -> dict[str, Any]:
    try:
        return _posted_filters(p)
    except ValidationFailed:
        return DEFAULTS


def _save(p: Page, campaign: Campaign, chosen: dict[str, Any]) -> Response:
    saved = audiences.save_to_campaign(p.db, p.auth, campaign.id, data=chosen, now=p.now)
    # Leads enrolled into a running campaign are queued now, as the API does.
    queued = launch.enqueue_if_running(p.db, p.auth, campaign.id, now=p.now)
    text = (
        f"Audience saved: {saved['enrolled']} lead(s) added"
        f" ({saved['already_enrolled']} were already recipients)."
    )
    if queued:
        text += f" {queued} queued for sending."
    return redirect(p, f"/campaigns/{campaign.id}", flash=("ok", text))


routes: list[BaseRoute] = [
    Route("/campaigns/{campaign_id:int}/audience", audience_form, methods=["GET"]),
    Route("/campaigns/{campaign_id:int}/audience", audience_post, methods=["POST"]),
]
nav: list[NavItem] = []
