"""The one-pass audience counts and the short sample scan give what the window classify gives,
and both agree with a plain-Python model of the seed 002 rules."""

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


def _first_reason(f: AudienceFilters, lead, in_lists, in_campaigns) -> str | None:  # type: ignore[no-untyped-def]
    """The seed 002 rules, one lead at a time (duplicate_domain aside)."""
    since = NOW - timedelta(days=f.exclude_recent_days or 0)
    missing = [v for v in f.require_vars if not _text(lead, v).strip(" ")]
    tests = [
        (bool(in_lists & set(f.exclude_lists)), "excluded_list"),
        *((f.exclude_suppressed and lead.status == s, s) for s in REASON_ORDER[1:4]),
        (f.exclude_suppressed and lead.stopped, "stopped"),
        (bool(in_campaigns & set(f.exclude_campaigns)), "in_campaign"),
        (
            bool(f.exclude_recent_days and lead.last_emailed_at and lead.last_emailed_at >= since),
            "recently_emailed",
        ),
        (bool(missing), "missing_vars"),
    ]
    return next((reason for hit, reason in tests if hit), None)


def _text(lead, name: str) -> str:  # type: ignore[no-untyped-def]
    value = getattr(lead, name) if hasattr(Lead, name) else lead.vars.get(name)
    return "" if value is None else str(value)


def _model(session, f: AudienceFilters, org_id: int) -> tuple[Counter[str | None], list[int]]:  # type: ignore[no-untyped-def]
    """Counts and included ids computed in Python from the stored rows."""
    lists: dict[int, set[int]] = {}
    for list_id, lead_id in session.execute(select(ListMember.list_id, ListMember.lead_id)):
        lists.setdefault(lead_id, set()).add(list_id)
    campaigns: dict[int, set[int]] = {}
    for camp_id, lead_id in session.execute(
        select(CampaignRecipient.campaign_id, CampaignRecipient.lead_id)
    ):
        campaigns.setdefault(lead_id, set()).add(camp_id)
    leads = session.scalars(select(Lead).where(Lead.org_id == org_id, Lead.deleted_at.is_(None)))
    reasons: dict[int, str | None] = {}
    eligible = []
    for lead in sorted(leads, key=lambda x: (x.created_at, x.id)):
        if f.lists and not lists.get(lead.id, set()) & set(f.lists):
            continue
        reason = _first_reason(f, lead, lists.get(lead.id, set()), campaigns.get(lead.id, set()))
        if reason is None and f.one_per_domain and lead.company_domain:
            if lead.company_domain in eligible:
                reason = "duplicate_domain"
            eligible.append(lead.company_domain)
        reasons[lead.id] = reason
    return Counter(reasons.values()), sorted(i for i, r in reasons.items() if r is None)


def _world(session, org_id: int, seed: int) -> dict[str, list[int]]:  # type: ignore[no-untyped-def]
    """200 leads over 12 domains (and none), shared created_at values, every kind of exclusion."""
    rnd = random.Random(seed)
    stamps = [NOW - timedelta(days=d) for d in range(6)]  # few values: many ties
    rows = []
    for i in range(200):
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
            if rnd.random() < 0.3
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
        assert _model(session, f, org.org_id) == (counts, included)
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
