"""Campaign CRUD and recipients."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Select, delete, func, select, update
from sqlalchemy.orm import Session

from outreach.campaigns import state
from outreach.db.models import (
    Campaign,
    CampaignMailbox,
    CampaignRecipient,
    CampaignStep,
    Lead,
    Mailbox,
    Message,
    Template,
)
from outreach.errors import InvalidState, NotFound, ValidationFailed
from outreach.kit.pagination import Page, paginate
from outreach.tenancy.auth import AuthContext
from outreach.tenancy.scope import get_owned, owned_ids, scoped

MAX_RECIPIENTS_PER_CALL = 10_000


def _check_name(name: Any) -> str:
    text = str(name or "").strip()
    if not text:
        raise ValidationFailed(
            "campaign name is required", code="CAMPAIGN_NAME_REQUIRED", field="name"
        )
    if len(text) > 255:
        raise ValidationFailed("campaign name is longer than 255 characters", field="name")
    return text


def _check_mailboxes(session: Session, auth: AuthContext, ids: list[int]) -> list[int]:
    unique = list(dict.fromkeys(ids))
    missing = sorted(set(unique) - owned_ids(session, Mailbox, unique, auth))
    if missing:
        raise ValidationFailed(
            f"mailboxes not found: {missing}", code="MAILBOX_NOT_FOUND", field="mailbox_ids"
        )
    return unique


def _set_mailboxes(session: Session, campaign: Campaign, ids: list[int]) -> None:
    session.execute(delete(CampaignMailbox).where(CampaignMailbox.campaign_id == campaign.id))
    session.add_all(
        CampaignMailbox(campaign_id=campaign.id, mailbox_id=i, org_id=campaign.org_id) for i in ids
    )


def create_campaign(
    session: Session, auth: AuthContext, *, data: dict[str, Any], now: datetime
) -> Campaign:
    """Create a draft campaign with one email step using ``template_id``."""
    auth.require("edit")
    name = _check_name(data.get("name"))
    template_id = data.get("template_id")
    if template_id is None:
        raise ValidationFailed("template_id is required", field="template_id")
    get_owned(session, Template, int(template_id), auth)
    mailbox_ids = _check_mailboxes(session, auth, list(data.get("mailbox_ids") or []))
    campaign = Campaign(
        org_id=auth.org_id,
        name=name,
        description=str(data.get("description") or ""),
        template_id=int(template_id),
        timezone=str(data.get("timezone") or "UTC"),
        settings=dict(data.get("settings") or {}),
        scheduled_at=data.get("scheduled_at"),
        created_by_id=auth.user_id,
    )
    session.add(campaign)
    session.flush()
    session.add(
        CampaignStep(
            org_id=auth.org_id,
            campaign_id=campaign.id,
            position=1,
            template_id=campaign.template_id,
        )
    )
    _set_mailboxes(session, campaign, mailbox_ids)
    session.flush()
    return campaign


def get_campaign(session: Session, auth: AuthContext, campaign_id: int) -> Campaign:
    """One campaign of the caller's organization (not deleted)."""
    return get_owned(session, Campaign, campaign_id, auth)


def mailbox_ids(session: Session, campaign: Campaign) -> list[int]:
    """The ids of the mailboxes a campaign sends from."""
    return mailbox_ids_for(session, [campaign.id])[campaign.id]


def mailbox_ids_for(session: Session, campaign_ids: list[int]) -> dict[int, list[int]]:
    """The mailbox ids of several campaigns in one query (for list pages)."""
    found: dict[int, list[int]] = {cid: [] for cid in campaign_ids}
    if not campaign_ids:
        return found
    rows = session.execute(
        select(CampaignMailbox.campaign_id, CampaignMailbox.mailbox_id)
        .where(CampaignMailbox.campaign_id.in_(campaign_ids))
        .order_by(CampaignMailbox.campaign_id, CampaignMailbox.mailbox_id)
    )
    for campaign_id, mailbox_id in rows:
        found[campaign_id].append(mailbox_id)
    return found


def update_campaign(
    session: Session, auth: AuthContext, campaign_id: int, *, data: dict[str, Any]
) -> Campaign:
    """Change name, description, template, mailboxes or settings of an editable campaign."""
    auth.require("edit")
    campaign = get_owned(session, Campaign, campaign_id, auth)
    if campaign.status not in state.EDITABLE:
        raise InvalidState(
            f"cannot update a campaign that is {campaign.status}", code="CAMPAIGN_NOT_EDITABLE"
        )
    if "name" in data and data["name"] is not None:
        campaign.name = _check_name(data["name"])
    if data.get("description") is not None:
        campaign.description = str(data["description"])
    if data.get("template_id") is not None:
        get_owned(session, Template, int(data["template_id"]), auth)
        campaign.template_id = int(data["template_id"])
        step = session.scalar(
            select(CampaignStep).where(
                CampaignStep.campaign_id == campaign.id, CampaignStep.position == 1
            )
        )
        if step is not None:
            step.template_id = campaign.template_id
    if data.get("mailbox_ids") is not None:
        _set_mailboxes(session, campaign, _check_mailboxes(session, auth, data["mailbox_ids"]))
    if data.get("settings") is not None:
        campaign.settings = {**campaign.settings, **data["settings"]}
    if data.get("timezone") is not None:
        campaign.timezone = str(data["timezone"])
    session.flush()
    return campaign


def delete_campaign(
    session: Session, auth: AuthContext, campaign_id: int, *, now: datetime
) -> None:
    """Soft-delete a campaign that is not sending; its queued messages are cancelled."""
    auth.require("edit")
    campaign = get_owned(session, Campaign, campaign_id, auth)
    if campaign.status not in state.DELETABLE:
        raise InvalidState(
            f"cannot delete a campaign that is {campaign.status}; pause it first",
            code="CAMPAIGN_NOT_DELETABLE",
        )
    campaign.deleted_at = now
    session.execute(
        update(Message)
        .where(Message.campaign_id == campaign.id, Message.status == "queued")
        .values(status="cancelled")
    )
    session.flush()


def _live(auth: AuthContext) -> Select[Any]:
    return scoped(Campaign, auth).where(Campaign.deleted_at.is_(None))


def list_campaigns(
    session: Session,
    auth: AuthContext,
    *,
    cursor: str | None,
    limit: int | None,
    status: str | None = None,
    newest_first: bool = False,
) -> Page[Campaign]:
    """A page of campaigns, optionally of one status."""
    stmt = _live(auth)
    if status:
        stmt = stmt.where(Campaign.status == status)
    return paginate(
        session, stmt, Campaign.id, cursor=cursor, limit=limit, newest_first=newest_first
    )


def campaigns_named(
    session: Session, auth: AuthContext, names: list[str]
) -> dict[str, list[Campaign]]:
    """The caller's live campaigns called exactly one of ``names``, by name, oldest first.

    Campaign names may repeat, so a name can have several campaigns; one query for all names.
    """
    auth.require("read")
    if not names:
        return {}
    found: dict[str, list[Campaign]] = {}
    for row in session.scalars(_live(auth).where(Campaign.name.in_(names)).order_by(Campaign.id)):
        found.setdefault(row.name, []).append(row)
    return found


def live_campaign_ids(session: Session, auth: AuthContext, campaign_ids: list[int]) -> set[int]:
    """The ids among ``campaign_ids`` of the caller's live (not deleted) campaigns."""
    auth.require("read")
    if not campaign_ids:
        return set()
    live = _live(auth).with_only_columns(Campaign.id)
    return set(session.scalars(live.where(Campaign.id.in_(campaign_ids))))


def add_recipients(
    session: Session, auth: AuthContext, campaign_id: int, *, lead_ids: list[int]
) -> dict[str, Any]:
    """Enroll leads; returns counts of added, already present and not found."""
    auth.require("edit")
    campaign = get_owned(session, Campaign, campaign_id, auth)
    if campaign.status not in state.ACCEPTS_RECIPIENTS:
        raise InvalidState(
            f"cannot add recipients to a campaign that is {campaign.status}",
            code="CAMPAIGN_NOT_EDITABLE",
        )
    if len(lead_ids) > MAX_RECIPIENTS_PER_CALL:
        raise ValidationFailed(
            f"at most {MAX_RECIPIENTS_PER_CALL} lead_ids per call", field="lead_ids"
        )
    wanted = list(dict.fromkeys(int(i) for i in lead_ids))
    leads = session.execute(
        scoped(Lead, auth)
        .with_only_columns(Lead.id, Lead.email)
        .where(Lead.id.in_(wanted), Lead.deleted_at.is_(None))
    ).all()
    found = {row.id: row.email for row in leads}
    present = set(
        session.scalars(
            select(CampaignRecipient.lead_id).where(
                CampaignRecipient.campaign_id == campaign.id,
                CampaignRecipient.lead_id.in_(list(found)),
            )
        )
    )
    new = [i for i in wanted if i in found and i not in present]
    session.add_all(
        CampaignRecipient(org_id=auth.org_id, campaign_id=campaign.id, lead_id=i, email=found[i])
        for i in new
    )
    session.flush()
    return {
        "added": len(new),
        "already_present": len(present),
        "not_found": [i for i in wanted if i not in found],
    }


def list_recipients(
    session: Session,
    auth: AuthContext,
    campaign_id: int,
    *,
    cursor: str | None,
    limit: int | None,
    status: str | None = None,
) -> Page[CampaignRecipient]:
    """A page of a campaign's recipients."""
    return page_of_campaign(
        session, auth, CampaignRecipient, campaign_id, cursor=cursor, limit=limit, status=status
    )


def page_of_campaign(
    session: Session,
    auth: AuthContext,
    model: Any,
    campaign_id: int,
    *,
    cursor: str | None,
    limit: int | None,
    status: str | None = None,
) -> Page[Any]:
    """A page of the rows of ``model`` that belong to one campaign, optionally of one status."""
    campaign = get_owned(session, Campaign, campaign_id, auth)
    stmt = scoped(model, auth).where(model.campaign_id == campaign.id)
    if status:
        stmt = stmt.where(model.status == status)
    return paginate(session, stmt, model.id, cursor=cursor, limit=limit)


def remove_recipient(
    session: Session, auth: AuthContext, campaign_id: int, recipient_id: int
) -> None:
    """Remove a recipient who has not been sent anything yet."""
    auth.require("edit")
    campaign = get_owned(session, Campaign, campaign_id, auth)
    recipient = get_owned(session, CampaignRecipient, recipient_id, auth, what="recipient")
    if recipient.campaign_id != campaign.id:
        raise NotFound(f"recipient {recipient_id} not found", code="RECIPIENT_NOT_FOUND")
    sent = session.scalar(
        select(func.count())
        .select_from(Message)
        .where(Message.recipient_id == recipient.id, Message.status.in_(("sending", "sent")))
    )
    if sent:
        raise InvalidState("recipient was already emailed", code="RECIPIENT_ALREADY_SENT")
    session.delete(recipient)
    session.flush()
