"""All models, imported here so metadata is complete for Alembic and create_all."""

from outreach.db.models.campaigns import (
    Campaign,
    CampaignAudience,
    CampaignMailbox,
    CampaignRecipient,
    CampaignStep,
)
from outreach.db.models.content import Mailbox, SendingDomain, Template
from outreach.db.models.leads import ImportJob, Lead, LeadList, LeadTag, ListMember, Tag
from outreach.db.models.messages import Event, Message, SinkMessage
from outreach.db.models.suppression import Suppression
from outreach.db.models.tenancy import ApiKey, Organization, User

__all__ = [
    "ApiKey",
    "Campaign",
    "CampaignAudience",
    "CampaignMailbox",
    "CampaignRecipient",
    "CampaignStep",
    "Event",
    "ImportJob",
    "Lead",
    "LeadList",
    "LeadTag",
    "ListMember",
    "Mailbox",
    "Message",
    "Organization",
    "SendingDomain",
    "SinkMessage",
    "Suppression",
    "Tag",
    "Template",
    "User",
]
