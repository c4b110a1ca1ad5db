"""A campaign's audience page: the seed-002 filters, a preview of who is in and why others are
not, and saving the audience to the campaign (enrolling the included leads).

Lists and campaigns are typed by name (one field per name, the newest offered as suggestions)
and resolved here, so an organization with any number of them can use every one."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from outreach.audiences import service as audiences
from outreach.campaigns import launch
from outreach.campaigns import service as campaigns
from outreach.db.models import Campaign
from outreach.db.models.campaigns import ACCEPTS_RECIPIENTS
from outreach.errors import STATUS_FOR_KIND, InvalidState, ValidationFailed
from outreach.leads import lists
from outreach.web import forms
from outreach.web.pages import Page, page, redirect, show
from outreach.web.render import NavItem
from outreach.web.routes.leads import HINT_LISTS, hint_lists

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
# A form never needs more names; a crafted post gets no further.
MAX_NAMES = 100
# Name fields shown per box: the chosen names, then blanks up to this (always at least one).
NAME_SLOTS = 3
# "#12" names campaign 12: campaign names, unlike list names, need not be unique.
CAMPAIGN_ID = re.compile(r"#(\d{1,18})")


def _campaign(p: Page) -> Campaign:
    return campaigns.get_campaign(p.db, p.auth, forms.path_id(p, "campaign_id", what="campaign"))


def _posted(p: Page) -> dict[str, Any]:
    """The form as posted, names and the number of days as typed (shown again as they were)."""
    return {
        "lists": forms.form_texts(p, "lists"),
        "exclude_lists": forms.form_texts(p, "exclude_lists"),
        "require_vars": [v for v in re.split(r"[,\s]+", p.field("require_vars")) if v],
        "exclude_suppressed": forms.checked(p, "exclude_suppressed"),
        "exclude_recent_days": p.field("exclude_recent_days"),
        "one_per_domain": forms.checked(p, "one_per_domain"),
        "exclude_campaigns": forms.form_texts(p, "exclude_campaigns"),
    }


def _list_ids(p: Page, names: list[str]) -> dict[str, int | str]:
    """Each typed list name: its list's id, or why it names none."""
    # By name only, never as an id: a list may be called "2024", and another org's id is no
    # name.
    ids = lists.list_ids_by_name(p.db, p.auth, [name.strip() for name in names])
    return {name: ids.get(name.strip(), f"no list is called '{name}'") for name in names}


def _campaign_ids(p: Page, names: list[str]) -> dict[str, int | str]:
    """Each typed campaign name or "#id": its campaign's id, or why it names none."""
    numbered = {name: int(m.group(1)) for name in names if (m := CAMPAIGN_ID.fullmatch(name))}
    live = campaigns.live_campaign_ids(p.db, p.auth, list(numbered.values()))
    named = campaigns.campaigns_named(p.db, p.auth, [n for n in names if n not in numbered])
    found: dict[str, int | str] = {}
    for name in names:
        if name in numbered:
            number = numbered[name]
            found[name] = number if number in live else f"no campaign is numbered {name}"
        else:
            found[name] = _one_named(name, named.get(name, []))
    return found


def _one_named(name: str, found: list[Campaign]) -> int | str:
    if not found:
        return f"no campaign is called '{name}'"
    if len(found) > 1:
        numbers = " or ".join(f"#{c.id}" for c in found[:5])
        return f"{len(found)} campaigns are called '{name}': type {numbers} instead"
    return found[0].id


# The name fields and how their typed names become ids (or the reason one names nothing).
RESOLVERS: dict[str, Callable[[Page, list[str]], dict[str, int | str]]] = {
    "lists": _list_ids,
    "exclude_lists": _list_ids,
    "exclude_campaigns": _campaign_ids,
}


def _filters(p: Page, chosen: dict[str, Any]) -> dict[str, Any]:
    """The audience service's input: ids for the typed names; unknown names raise, all named."""
    days = chosen["exclude_recent_days"]
    if days and not days.isdigit():
        raise ValidationFailed("exclude recent days must be a whole number", field="days")
    data = {**chosen, "exclude_recent_days": int(days) if days else None}
    unknown: dict[str, dict[str, str]] = {}
    for field, resolve in RESOLVERS.items():
        if len(chosen[field]) > MAX_NAMES:
            raise ValidationFailed(f"at most {MAX_NAMES} names in one box", field=field)
        resolved = resolve(p, chosen[field])
        data[field] = [found for found in resolved.values() if isinstance(found, int)]
        missing = {name: found for name, found in resolved.items() if isinstance(found, str)}
        if missing:
            unknown[field] = missing
    if unknown:
        messages = [text for found in unknown.values() for text in found.values()]
        raise ValidationFailed(
            "; ".join(dict.fromkeys(messages)),
            code="AUDIENCE_NAME_NOT_FOUND",
            details={field: sorted(found) for field, found in unknown.items()},
        )
    return data


def _slots(chosen: dict[str, Any]) -> dict[str, list[str]]:
    """Values of the name fields: the chosen names, then blank fields to type more."""
    return {f: [*chosen[f], *[""] * max(1, NAME_SLOTS - len(chosen[f]))] for f in RESOLVERS}


def _campaign_hints(p: Page, campaign: Campaign) -> list[str]:
    newest = campaigns.list_campaigns(
        p.db, p.auth, cursor=None, limit=HINT_LISTS + 1, newest_first=True
    ).items
    return list(dict.fromkeys(c.name for c in newest if c.id != campaign.id))[:HINT_LISTS]


def _page(
    p: Page,
    campaign: Campaign,
    chosen: dict[str, Any],
    *,
    result: dict[str, Any] | None = None,
    error: ValidationFailed | InvalidState | None = None,
) -> Response:
    invalid = error.details if error is not None and isinstance(error.details, dict) else {}
    context = {
        "campaign": campaign,
        "chosen": chosen,
        "slots": _slots(chosen),
        "invalid": invalid,
        "result": result,
        "error": error.message if error is not None else None,
        "reasons": REASONS,
        "list_hints": hint_lists(p),
        "campaign_hints": _campaign_hints(p, campaign),
        "can_save": p.auth.can("edit") and campaign.status in ACCEPTS_RECIPIENTS,
        "accepts": campaign.status in ACCEPTS_RECIPIENTS,
    }
    status = STATUS_FOR_KIND[error.kind] if error is not None else 200
    return show(p, "audiences/campaign.html", context, status_code=status)


@page
def audience_form(p: Page) -> Response:
    """The filter form with the default choices."""
    return _page(p, _campaign(p), DEFAULTS)


@page
def audience_post(p: Page) -> Response:
    """Preview the posted filters, or save them to the campaign."""
    campaign = _campaign(p)
    chosen = _posted(p)
    try:
        data = _filters(p, chosen)
        if p.field("action") == "save":
            return _save(p, campaign, data)
        result = audiences.preview(p.db, p.auth, data=data, now=p.now)
    except (ValidationFailed, InvalidState) as exc:
        p.db.rollback()
        return _page(p, campaign, chosen, error=exc)
    return _page(p, campaign, chosen, result=result)


def _save(p: Page, campaign: Campaign, data: dict[str, Any]) -> Response:
    saved = audiences.save_to_campaign(p.db, p.auth, campaign.id, data=data, now=p.now)
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
