"""Launch, pause and resume; launching queues step 1 for every pending recipient."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, case, func, insert, literal, select, update
from sqlalchemy.orm import Session

from outreach.campaigns import service, state
from outreach.db.base import UTCDateTime
from outreach.db.models import Campaign, CampaignRecipient, CampaignStep, Lead, Message, Template
from outreach.errors import ValidationFailed
from outreach.templates import render
from outreach.tenancy.auth import AuthContext
from outreach.tenancy.scope import get_owned

MAX_REPORTED_LEADS = 20


def _first_step(session: Session, campaign: Campaign) -> CampaignStep:
    step = session.scalar(
        select(CampaignStep)
        .where(CampaignStep.campaign_id == campaign.id)
        .order_by(CampaignStep.position)
        .limit(1)
    )
    if step is None or step.template_id is None:
        raise ValidationFailed(
            "campaign has no template", code="CAMPAIGN_NO_TEMPLATE", field="template_id"
        )
    return step


def leads_missing_variables(
    session: Session, campaign: Campaign, template: Template
) -> list[dict[str, Any]]:
    """Pending recipients whose lead lacks a variable the template needs (first few)."""
    needed = render.required_variables(template.subject, template.html, template.text)
    if not needed:
        return []
    rows = session.scalars(
        select(Lead)
        .join(CampaignRecipient, CampaignRecipient.lead_id == Lead.id)
        .where(CampaignRecipient.campaign_id == campaign.id, CampaignRecipient.status == "pending")
        .execution_options(yield_per=1000)
    )
    report: list[dict[str, Any]] = []
    for lead in rows:
        context = render.lead_context(lead)
        missing = sorted(needed - context.keys())
        if not missing:
            continue
        # A name can be absent yet handled (``default`` filter, ``is defined``): render to know.
        try:
            render.render(template.subject, template.html, template.text, context)
        except render.TemplateRenderError as exc:
            report.append(
                {"lead_id": lead.id, "email": lead.email, "missing": missing, "error": exc.message}
            )
            if len(report) >= MAX_REPORTED_LEADS:
                break
    return report


def enqueue_pending(session: Session, campaign: Campaign, *, now: datetime) -> int:
    """Give pending recipients a sticky mailbox (round-robin) and queue their first step."""
    step = _first_step(session, campaign)
    boxes = service.mailbox_ids(session, campaign)
    if not boxes:
        raise ValidationFailed(
            "campaign has no mailbox", code="CAMPAIGN_NO_MAILBOXES", field="mailbox_ids"
        )
    pending = (CampaignRecipient.campaign_id == campaign.id) & (
        CampaignRecipient.status == "pending"
    )
    # Round-robin by id keeps the assignment deterministic and done in one statement.
    pick = case(
        {i: literal(box) for i, box in enumerate(boxes)}, value=CampaignRecipient.id % len(boxes)
    )
    session.execute(update(CampaignRecipient).where(pending).values(mailbox_id=pick))
    send_after = max(campaign.scheduled_at or now, now)
    at = bindparam("at", value=send_after, type_=UTCDateTime())
    created = bindparam("created", value=now, type_=UTCDateTime())
    source = select(
        CampaignRecipient.org_id,
        CampaignRecipient.campaign_id,
        CampaignRecipient.id,
        literal(step.id),
        CampaignRecipient.lead_id,
        CampaignRecipient.mailbox_id,
        literal("queued"),
        at,
        CampaignRecipient.email,
        literal(0),
        created,
    ).where(pending)
    pending_count = session.scalar(
        select(func.count()).select_from(CampaignRecipient).where(pending)
    )
    session.execute(
        insert(Message).from_select(
            [
                "org_id",
                "campaign_id",
                "recipient_id",
                "step_id",
                "lead_id",
                "mailbox_id",
                "status",
                "send_after",
                "to_email",
                "attempts",
                "created_at",
            ],
            source,
        )
    )
    session.execute(update(CampaignRecipient).where(pending).values(status="queued"))
    session.flush()
    return int(pending_count or 0)


def enqueue_if_running(
    session: Session, auth: AuthContext, campaign_id: int, *, now: datetime
) -> int | None:
    """Queue step 1 for recipients just added to a running campaign (None when not running)."""
    campaign = get_owned(session, Campaign, campaign_id, auth)
    if campaign.status != "running":
        return None
    return enqueue_pending(session, campaign, now=now)


def launch(
    session: Session, auth: AuthContext, campaign_id: int, *, now: datetime
) -> dict[str, Any]:
    """Start sending: check recipients, mailboxes and template variables, then queue step 1."""
    auth.require("send")
    campaign = get_owned(session, Campaign, campaign_id, auth)
    target = state.next_status(campaign.status, "launch")
    recipients = session.scalar(
        select(func.count())
        .select_from(CampaignRecipient)
        .where(CampaignRecipient.campaign_id == campaign.id)
    )
    if not recipients:
        raise ValidationFailed(
            "cannot launch a campaign with 0 recipients", code="CAMPAIGN_NO_CONTACTS"
        )
    if not service.mailbox_ids(session, campaign):
        raise ValidationFailed(
            "campaign has no mailbox", code="CAMPAIGN_NO_MAILBOXES", field="mailbox_ids"
        )
    step = _first_step(session, campaign)
    template = get_owned(session, Template, int(step.template_id or 0), auth)
    missing = leads_missing_variables(session, campaign, template)
    if missing:
        raise ValidationFailed(
            f"{len(missing)}+ recipients lack variables the template needs",
            code="TEMPLATE_MISSING_VARIABLES",
            details=missing,
        )
    queued = enqueue_pending(session, campaign, now=now)
    campaign.status = target
    campaign.started_at = campaign.started_at or now
    session.flush()
    return {"status": campaign.status, "queued": queued}


def pause(session: Session, auth: AuthContext, campaign_id: int) -> Campaign:
    """Stop claiming this campaign's messages until resumed."""
    auth.require("send")
    campaign = get_owned(session, Campaign, campaign_id, auth)
    campaign.status = state.next_status(campaign.status, "pause")
    session.flush()
    return campaign


def resume(session: Session, auth: AuthContext, campaign_id: int, *, now: datetime) -> Campaign:
    """Continue a paused campaign; recipients added while paused are queued now."""
    auth.require("send")
    campaign = get_owned(session, Campaign, campaign_id, auth)
    campaign.status = state.next_status(campaign.status, "resume")
    if campaign.started_at is not None:
        enqueue_pending(session, campaign, now=now)
    session.flush()
    return campaign
