"""The one-pass audience counts and the short sample scan give what the window classify gives."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy import func, insert, select

from outreach.audiences import service
from outreach.audiences.filters import REASON_ORDER, AudienceFilters, classify
from outreach.audiences.tally import sample_ids, tally
from outreach.db.models import (
    Campaign,
    CampaignRecipient,
    Lead,
    LeadList,
    ListMember,
    Message,
    Template,
)
from outreach.db.runtime import Runtime
from outreach.db.uow import unit_of_work
from outreach.sending.dispatcher import dispatch_batch
from outreach.sending.transport import SMTPTransport
from outreach.tenancy.auth import AuthContext
from tests.conftest import OrgFixture
from tests.support.seed import NOW, seed_campaign
from tests.support.smtp import SmtpServer


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    """An aiosmtpd server on a free local port."""
    with SmtpServer() as server:
        yield server


def _reference(session, f: AudienceFilters, org_id: int) -> tuple[Counter[str | None], list[int]]:  # type: ignore[no-untyped-def]
    """Counts and included ids from the row_number() window statement (the enrolment path)."""
    rows = session.execute(classify(f, org_id, NOW)).all()
    return Counter(r.reason for r in rows), sorted(r.lead_id for r in rows if r.reason is None)


def _world(session, org_id: int, seed: int) -> dict[str, list[int]]:  # type: ignore[no-untyped-def]
    """80 leads over 12 domains (and none), shared created_at values, every kind of exclusion."""
    rnd = random.Random(seed)
    stamps = [NOW - timedelta(days=d) for d in range(6)]  # few values: many ties
    rows = []
    for i in range(80):
        domain = rnd.choice([None, *(f"d{k}.com" for k in range(12))])
        rows.append(
            {
                "org_id": org_id,
                "email": f"l{i}@{domain or 'gmail.com'}",
                "company": rnd.choice(["Acme", "", None, "Beta"]),
                "company_domain": domain,
                "vars": rnd.choice([{}, {"pain": "seo"}, {"pain": " "}, {"pain": 3}]),
                "status": rnd.choice(["active"] * 6 + ["bounced", "unsubscribed", "suppressed"]),
                "stopped": rnd.random() < 0.1,
                "last_emailed_at": rnd.choice([None, None, NOW - timedelta(days=3), stamps[5]]),
                "deleted_at": NOW if rnd.random() < 0.05 else None,
                "created_at": rnd.choice(stamps),
                "updated_at": NOW,
            }
        )
    session.execute(insert(Lead), rows)
    ids = list(session.scalars(select(Lead.id).where(Lead.org_id == org_id).order_by(Lead.id)))
    lists = []
    for name in ("target", "block"):
        lst = LeadList(org_id=org_id, name=name, created_at=NOW, updated_at=NOW)
        session.add(lst)
        session.flush()
        lists.append(lst.id)
    members = [(lists[0], i) for i in ids if rnd.random() < 0.8]
    members += [(lists[1], i) for i in ids if rnd.random() < 0.1]
    session.execute(
        insert(ListMember), [{"list_id": lst, "lead_id": i, "org_id": org_id} for lst, i in members]
    )
    tpl = Template(org_id=org_id, name="t", subject="s", html="", text="x")
    session.add(tpl)
    session.flush()
    camp = Campaign(org_id=org_id, name="past", template_id=tpl.id, status="completed")
    session.add(camp)
    session.flush()
    session.execute(
        insert(CampaignRecipient),
        [
            {
                "org_id": org_id,
                "campaign_id": camp.id,
                "lead_id": i,
                "email": "x@x",
                "status": "sent",
            }
            for i in ids
            if rnd.random() < 0.15
        ],
    )
    return {"lists": lists, "campaigns": [camp.id]}


FILTER_SETS = [
    {},
    {"one_per_domain": True},
    {"exclude_suppressed": False, "exclude_recent_days": None, "one_per_domain": True},
    {"one_per_domain": True, "require_vars": ["pain", "company"]},
    {"lists": [0], "exclude_lists": [1], "exclude_campaigns": [0], "one_per_domain": True},
    {
        "lists": [0],
        "exclude_lists": [1],
        "require_vars": ["pain"],
        "exclude_suppressed": False,
        "exclude_recent_days": None,
        "one_per_domain": True,
        "exclude_campaigns": [0],
    },
]


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("chosen", FILTER_SETS)
def test_tally_and_sample_match_the_window_statement(
    runtime: Runtime, org: OrgFixture, seed: int, chosen: dict[str, object]
) -> None:
    with unit_of_work(runtime.session_factory) as session:
        world = _world(session, org.org_id, seed)
        f = AudienceFilters(
            **{
                **chosen,
                "lists": [world["lists"][i] for i in chosen.get("lists", [])],  # type: ignore[attr-defined]
                "exclude_lists": [world["lists"][i] for i in chosen.get("exclude_lists", [])],  # type: ignore[attr-defined]
                "exclude_campaigns": [
                    world["campaigns"][i]
                    for i in chosen.get("exclude_campaigns", [])  # type: ignore[attr-defined]
                ],
            }
        )
        counts, included = _reference(session, f, org.org_id)
        got = tally(session, f, org.org_id, NOW)
        assert got.included == counts[None] == len(included)
        assert got.excluded == {r: counts[r] for r in REASON_ORDER}
        assert got.total == sum(counts.values())
        assert sample_ids(session, f, org.org_id, NOW, 5) == included[:5]
        assert sample_ids(session, f, org.org_id, NOW, 100) == included


def test_the_oldest_eligible_lead_of_a_domain_is_kept(runtime: Runtime, org: OrgFixture) -> None:
    auth = AuthContext(org_id=org.org_id, role="owner")
    old, new = NOW - timedelta(days=9), NOW - timedelta(days=1)
    with unit_of_work(runtime.session_factory) as session:
        # the oldest lead of a.com is stopped, so the next eligible one (by created_at)
        # stays; b.com has two leads with the same created_at, so the smaller id stays
        rows = [
            ("stopped@a.com", "a.com", old - timedelta(days=1), True),
            ("late@a.com", "a.com", new, False),
            ("early@a.com", "a.com", old, False),
            ("first@b.com", "b.com", old, False),
            ("second@b.com", "b.com", old, False),
            ("solo@gmail.com", None, new, False),
        ]
        session.execute(
            insert(Lead),
            [
                {
                    "org_id": org.org_id,
                    "email": email,
                    "company_domain": domain,
                    "created_at": created,
                    "updated_at": NOW,
                    "stopped": stopped,
                    "vars": {},
                }
                for email, domain, created, stopped in rows
            ],
        )
    with unit_of_work(runtime.session_factory) as session:
        result = service.preview(session, auth, data={"one_per_domain": True}, now=NOW)
    assert (result["total"], result["included"]) == (6, 3)
    assert result["excluded"]["stopped"] == 1
    assert result["excluded"]["duplicate_domain"] == 2
    assert [s["email"] for s in result["sample"]] == [
        "early@a.com",
        "first@b.com",
        "solo@gmail.com",
    ]


def test_a_lead_emailed_by_the_send_path_counts_as_recently_emailed(
    runtime: Runtime, org: OrgFixture, smtp: SmtpServer
) -> None:
    """recently_emailed reads leads.last_emailed_at: the send path keeps it at the last sent_at."""
    seeded = seed_campaign(runtime, org.org_id, smtp_port=smtp.port, emails=["a@x.com", "b@y.com"])
    sent = dispatch_batch(
        runtime.session_factory,
        now=NOW,
        transport_factory=SMTPTransport,
        secret_key=runtime.secret_key,
        base_url="http://testserver",
        batch_size=10,
    )
    assert sent == 2
    auth = AuthContext(org_id=org.org_id, role="owner")
    with unit_of_work(runtime.session_factory) as session:
        last_sent = dict(
            session.execute(
                select(Message.lead_id, func.max(Message.sent_at)).group_by(Message.lead_id)
            ).all()
        )
        emailed = dict(
            session.execute(
                select(Lead.id, Lead.last_emailed_at).where(Lead.id.in_(seeded.lead_ids))
            ).all()
        )
        assert emailed == last_sent
        body = {"exclude_recent_days": 14}
        soon = service.preview(session, auth, data=body, now=NOW + timedelta(days=13))
        later = service.preview(session, auth, data=body, now=NOW + timedelta(days=15))
    assert soon["excluded"]["recently_emailed"] == 2 and soon["included"] == 0
    assert later["excluded"]["recently_emailed"] == 0 and later["included"] == 2
