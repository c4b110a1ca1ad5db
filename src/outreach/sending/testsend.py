"""Send a campaign's first step to one address right away, outside the queue."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from email_validator import EmailNotValidError, validate_email
from sqlalchemy import select
from sqlalchemy.orm import Session

from outreach.campaigns import service as campaigns
from outreach.db.models import Campaign, CampaignStep, Lead, Mailbox, Template
from outreach.errors import ValidationFailed
from outreach.sending.compose import OutgoingEmail, compose, make_message_id
from outreach.sending.mailboxes import smtp_password
from outreach.sending.transport import SmtpConfig, Transport, TransportError
from outreach.templates.render import lead_context, render
from outreach.tenancy.auth import AuthContext
from outreach.tenancy.scope import get_owned

TEST_PREFIX = "[TEST] "


def _first_template(session: Session, auth: AuthContext, campaign: Campaign) -> Template:
    template_id = session.scalar(
        select(CampaignStep.template_id)
        .where(CampaignStep.campaign_id == campaign.id)
        .order_by(CampaignStep.position)
        .limit(1)
    )
    if template_id is None:
        raise ValidationFailed("campaign has no template", code="CAMPAIGN_NO_TEMPLATE")
    return get_owned(session, Template, template_id, auth)


def _first_mailbox(session: Session, auth: AuthContext, campaign: Campaign) -> Mailbox:
    ids = campaigns.mailbox_ids(session, campaign)
    if not ids:
        raise ValidationFailed("campaign has no mailbox", code="CAMPAIGN_NO_MAILBOXES")
    return get_owned(session, Mailbox, ids[0], auth)


def send_test(
    session: Session,
    auth: AuthContext,
    campaign_id: int,
    *,
    to_email: str,
    lead_id: int | None,
    transport: Transport,
    secret_key: str,
    now: datetime,
) -> dict[str, Any]:
    """Render step 1 for ``lead_id`` (or just the address) and send it via the first mailbox."""
    auth.require("send")
    try:
        to_email = validate_email(to_email, check_deliverability=False).normalized
    except EmailNotValidError as exc:
        raise ValidationFailed(f"email: {exc}", code="INVALID_EMAIL", field="email") from exc
    campaign = get_owned(session, Campaign, campaign_id, auth)
    template = _first_template(session, auth, campaign)
    box = _first_mailbox(session, auth, campaign)
    context = (
        lead_context(get_owned(session, Lead, lead_id, auth))
        if lead_id is not None
        else {"email": to_email, "lead": {"email": to_email}}
    )
    rendered = render(template.subject, template.html, template.text, context)
    mail = OutgoingEmail(
        from_email=box.from_email,
        from_name=box.from_name,
        reply_to=box.reply_to,
        to_email=to_email,
        subject=TEST_PREFIX + rendered.subject,
        html=rendered.html,
        text=rendered.text,
        message_id=make_message_id(box.from_email),
        date=now,
    )
    smtp = SmtpConfig(
        box.smtp_host,
        box.smtp_port,
        box.smtp_security,
        box.smtp_username or None,
        smtp_password(box, secret_key),
    )
    try:
        transport.send(smtp, mail_from=box.from_email, rcpt_to=[to_email], data=compose(mail))
    except TransportError as exc:
        raise ValidationFailed(
            f"the mailbox's SMTP server refused the test: {exc}",
            code="TEST_SEND_FAILED",
            details={"permanent": exc.permanent},
        ) from exc
    finally:
        transport.close()
    return {
        "sent": True,
        "to": to_email,
        "message_id": mail.message_id,
        "subject": mail.subject,
        "mailbox_id": box.id,
    }
