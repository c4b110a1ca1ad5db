# ruff: noqa: RUF001, RUF002 - quoted text keeps its own letters and punctuation
"""Round 3 of test_reply_kinds.py: more real auto-reply texts and real human reply texts,
each in a plain message without the telling headers (the messages, labels and score are
round 1's, imported from it): is the kind right when only the body and a "Re:" subject are
left?

Collection rule (written and committed before any page was read): round 2's rule (see
test_reply_kinds_2.py), with these changes.

- Emphasis: round 2 found almost only Chinese auto-replies, so this round looks for
  **English and European-language** texts as people received them.
- Auto-replies (group ``a``): out-of-office notes that reached public mailing lists and
  were archived there (the ``pages`` corpus: list archives such as mail-archive.com,
  marc.info, lists.*.org, lkml, gmane mirrors, Google Groups; an auto-reply sent to a list
  is archived whole); help-desk and ticket acknowledgements, "this mailbox is not
  monitored" and "no longer with the company" notes quoted in GitHub issues (the
  ``issues`` corpus) and forums. Published templates (texts offered for copying) count
  only when the page shows them as received or used; none is written by us.
- Human replies (group ``h``): people's e-mailed replies in the same archives and threads
  that talk about being away, back, travelling, or thank for a message; about as many as
  auto-replies where they can be found.
- Queries are varied over those categories and over languages: English, German, French,
  Spanish, Dutch, Portuguese, Italian, Japanese, Polish, Russian. Texts are taken as they
  come in result order, at most 2 per thread or page, not chosen by how hard they look.
  Target 30–60 texts.
- Nothing used by rounds 1 and 2 (test_reply_kinds.py, test_reply_kinds_2.py),
  test_localized_kinds.py, any other tests/inbound/test_*.py or the corpus
  (tests/data/inbound/, its README's source lists included): each candidate URL (and a
  GitHub thread's "owner/repo #N" form) is grepped for first, and each text is checked for
  near copies (normalised: lower case, non-alphanumeric runs to one space, addresses, IDs
  and IPs removed; a near copy when one contains the other and the shorter is at least 60%
  of the longer) against all of those and against this round's own texts; near copies are
  left out and named below.
- Nothing from Sisimai, its set-of-emails, bounceHammer or pages copying their samples.
- Each text carries its source URL in a comment; quoted as the page shows it, shortened
  only at a paragraph boundary (noted); addresses anonymised to example.org / example.net /
  outreach.example, phone numbers to 555 numbers, private persons' names to placeholders.
- Messages as in round 1 (``raw_message``): no Auto-Submitted, X-Autoreply, Precedence or
  other telling header; From a person, To our sender, Subject "Re: " and a plausible
  subject (for a list archive, the list thread's subject); an auto-reply whose page shows
  its own subject is also tried with it (``page_subject``).
- Labels by tests/data/inbound/README.md and rounds 1–2: an auto-reply is kind
  ``autoreply``, reason ``vacation`` (also a left-the-company, closed-mailbox or ticket
  acknowledgement); a person's reply is kind ``human``. Labels and texts are committed
  before the classifier is run on any of them; KNOWN_MISSES stays empty until the lead's
  first pass.

Decisions taken while collecting (before the classifier ran on any text):

- Counts: 41 texts, 19 auto-replies (en 10, de 5, fr 3, it 1) and 22 people's replies
  (en 19, de 1, fr 1, it 1). No Dutch, Spanish, Portuguese, Japanese, Polish or Russian text
  qualified. 92 look-ups (about 50 on ``issues``, 40 on ``pages``, 1 ``find_string``).
- Mailing-list archives: the ``pages`` corpus never returned an archived auto-reply. Every
  out-of-office, vacation and acknowledgement query (English, German and French wordings,
  list-subject and archive-header forms, "sorry for the autoreply" apologies) returned
  providers' help pages, templates or unrelated list posts; list posts about being away or
  back did not come up either. The ``find_string`` try returned only other projects' test
  fixtures (invented texts, not taken). So, as round 2's rule allows, the auto-replies come
  from blog, column and news pages quoting out-of-office notes their authors set or received
  (academicramblings, pzwei.at, sz-magazin, shrm.org, rechtboese.ch, polledemaagt,
  uksnowolf, infos.fr, atticusarmini, blog.libero.it) and from GitHub threads (nixpkgs,
  es-dependency-graph, N-blog, commons-stack); the people's replies come from GitHub threads
  (most of them comments typed on the web, as round 2 took them), a forum (pinkfishmedia),
  a newspaper's comment (morgenweb) and a blog (blog.libero.it).
- The ``issues`` corpus answers auto-reply queries in any language with the same threads
  rounds 1-2 and the corpus used (Hello-World, openETCS, channels #103, moodle-mod_booking
  #87) and the QQ Mail threads; Chinese texts in those results were not taken (outside this
  round's languages: wasabeef/awesome-android-ui #315, knadh/listmonk #1225,
  SamyPesse/How-to-Make-a-Computer-Operating-System #173 and the like).
- A person's reply was taken when it uses the auto-replies' vocabulary (away, back,
  travelling, busy, "your mail was received", thanks for a message or report, a changed or
  dead address); replies without it were passed over. Once people's replies outnumbered
  auto-replies, further ones were left out for balance (h2o #3279's second reply,
  harborstremio/harbor #905, guzzle/psr7 #870, continuedev/continue #10901,
  ietf-wg-httpapi/ratelimit-headers #88, the TravelMapping #3 and jsdelivr #18456 replies).
- Left out as used by rounds 1-2, other tests or the corpus (URL found, or a near copy):
  microsoft/AI-System #257, notification-api #372, Show-Me-the-Code/python #455,
  Automattic/wp-calypso #56265, SythilTech/Odoo9 #14, cachethq/cachet #1235,
  hyphacoop/organizing #381/#473/#484, onrr.gov-site #1022, unelma #31, ucr-cs100 #1814,
  creativecommons/internal #47, waylau/github-help #18, overreacted.io #832,
  ics-jku/wal #19, jupyterhub/team-compass #332, szabgab/perlweekly #513,
  ploeh.github.com #202, CoolThink/StatusBarAdapt #10 (named in the corpus README),
  AutumnWhj/ChatGPT-wechat-bot #262 and ivmm/Student-resources #76 (near copies of round-1
  texts), vowe.net, oldartguy.com, jonathanslaght.com, peacefulcitylife, newmanpr,
  stevekrause.org, mag.uchicago.edu, demorgen.be, diarimes.com, apogeonline,
  lugaresmesmocomuns, kreiszeitung, bibliophase, cocodibu; cope.es (the same Ismael text as
  round 2's flooxernow page); mattermost-plugin-email-reply #24 (the same person's notice
  with the same dates as the corpus' pasted29/emailreplyplugin23 file, which the
  near-copy check missed only because of its signature lines).
- Not taken: templates and how-to pages (cadremploi, vice pt/es, keurigonline, personio,
  glowi, indeed, 1and1, intum, bvo.nl, Japanese and Polish pages), spoofs and jokes not
  shown as set (onehotmessalaska, dhadvisors, williamsonhomepage, fleeingmuses,
  toastmasters, somersetclive), fragments or texts cut by the excerpt (seths.blog,
  morgenweb's own notice, nrc.nl, observador, mjandersen.medium, farrapovelho, toddiedowns),
  a second-hand florilège (hrsquare.be), a translation (tn.com.ar), texts proposed for
  setting up (carpentries/amy #1490, hackforla/spare #93, creativecommons/internal #6,
  B3Software #554), broadcast notices addressing no one (bearclaw #27, MattFaz/actuali #90,
  dotnet/docs-aspire #63, jupyterhub/team-compass #762) and web forum posts not sent by mail
  (crosswordsolver).
- Arguable labels, kept as read: "Got,Thankyou!" (N-blog #499) is ``autoreply`` as round 2
  labels one-line receipts posted by mail next to QQ holiday replies; the Typeform
  confirmation (commons-stack #325) is ``autoreply`` though it answers a form, not a mail;
  the rechtboese.ch and atticusarmini texts are shown as typical of what arrives, not traced
  to one sender; the sz-magazin and rechtboese texts are one or two sentences; the
  councillor's form answer (pinkfishmedia) is ``human`` ("passed to me for response"),
  though it could be a stock acknowledgement; the LeetCode and AlDente support answers read
  like help-desk acknowledgements but are people's comments (``human``); the blog.libero.it
  boss's "lo so, ti ho autorizzato io" is a person's answer to an auto-reply (``human``).

Run ``PYTHONPATH=src:. python -m tests.inbound.test_reply_kinds_3`` for the score.
"""

from __future__ import annotations

import sys

import pytest

from .test_reply_kinds import Case, check, params, score

# --- (a) auto-replies ------------------------------------------------------------------
AUTO: list[Case] = [
    # https://github.com/NixOS/nixpkgs/issues/231863
    # (a former employee's auto-reply, From 'Auto-reply: No longer at MIRI', quoted in the
    # issue; the organisation's contact address anonymised)
    Case(
        "a",
        "en",
        "https://github.com/NixOS/nixpkgs/issues/231863",
        "Re: maintainers: update chkno",
        "Greetings,\n\n"
        "I no longer work at MIRI, and this email address is no longer in use. \n\n"
        "For MIRI matters, please email contact@example.net. For personal matters, "
        "contact me at my personal email address.\n\n"
        "Best.",
        "autoreply",
    ),
    # https://academicramblingsnet.wordpress.com/out-of-office/
    # (an academic's own out-of-office message as set, 5 May 2017, from his page collecting
    # them)
    Case(
        "a",
        "en",
        "https://academicramblingsnet.wordpress.com/out-of-office/",
        "Re: Module review",
        "Thank you so very, very much for your email.  I am thrilled and excited that "
        "you have sent chosen to converse with me today.  Problem is though, I’m not "
        "around to read it just at the mo’.\n\n"
        "No, this weekend I’m on the march with Ronko’s army.  If that means nothing to "
        "you, then shame on you.  Go and write “LE4 4EL” 500 times, and maybe Google it "
        "once to learn from your mistake.\n\n"
        "Anyhoooo, regardless of what you may or may not know about Premiership manager "
        "nicknames and postcodes, the end result is that I’m in South Wales for the "
        "weekend.  I’ll be back in the land of email on Monday morning.  See you then.\n\n"
        "Tara a bit.",
        "autoreply",
    ),
    # https://academicramblingsnet.wordpress.com/out-of-office/
    # (the same author's message of 30 April 2017)
    Case(
        "a",
        "en",
        "https://academicramblingsnet.wordpress.com/out-of-office/",
        "Re: Module review",
        "Thank you for your email.  Having just witnessed the complete capitulation of "
        "Everton Football Club at the hands of the next Premier League Champions, I will "
        "now spend the next five hours driving, in abject misery, from the north west of "
        "England to Dorset, whereupon I will be welcomed into the bosom of my family "
        "with platitudes, clichés and vapidities such as “it’s only a game”, “next time, "
        "eh?” and “where have you been all day?” (the latter being from my wife).  "
        "Monday will be spent chasing a Beagle along a windswept, rainy beach, writing a "
        "diplomatic response to a set of completely unreasonable criticisms from a "
        "journal reviewer, and trying to assist with GCSE Chemistry revision.",
        "autoreply",
    ),
    # https://www.pzwei.at/die-abwesenheit-des-sommers-oder-der-sommer-der-abwesenheiten/
    # (an agency blog's best-of of the out-of-office notes in its inbox; the colleague's name
    # and number are the page's own placeholders)
    Case(
        "a",
        "de",
        "https://www.pzwei.at/die-abwesenheit-des-sommers-oder-der-sommer-der-abwesenheiten/",
        "Re: Presseaussendung Juni",
        "Einen schönen guten Tag, ich sehe mich augenblicklich aufgrund einer "
        "kurzfristig und dringlich eingeschobenen Sinnsuche im Land des Dolce Vita "
        "außerstande, auf ihr - lobenswerterweise! - gesendetes Email standesgemäß zu "
        "reagieren. Dieser Zustand dauert bis exklusive 13.6. In der Zwischenzeit wird "
        "sich mein geschätzter Kollege XXX aber rührend um ihre Anliegen kümmern! Er "
        "steht gerne und jederzeit unter xxx zu ihren Diensten! Arrivederci e buona "
        "giornata,",
        "autoreply",
    ),
    # https://www.pzwei.at/die-abwesenheit-des-sommers-oder-der-sommer-der-abwesenheiten/
    Case(
        "a",
        "de",
        "https://www.pzwei.at/die-abwesenheit-des-sommers-oder-der-sommer-der-abwesenheiten/",
        "Re: Presseaussendung Juni",
        "Danke, für den Versuch mich zu erreichen. Er ist vergebens. Ich bin im Urlaub.",
        "autoreply",
    ),
    # https://sz-magazin.sueddeutsche.de/internet/re-ihre-mail-76551
    # (quoted in a magazine essay on out-of-office replies as one the author received (its typo
    # '2099' kept))
    Case(
        "a",
        "de",
        "https://sz-magazin.sueddeutsche.de/internet/re-ihre-mail-76551",
        "Re: Ihre Mail",
        "Vielen Dank für Ihre Nachricht. Ich werde am 10. August 2099 wieder im Büro sein.",
        "autoreply",
    ),
    # https://shrm.org/hr-today/news/hr-news/Pages/Out-of-the-Office-Say-It-with-Humor-.aspx
    # (a sales manager's out-of-office as set, quoted in a news article (the cat video link not
    # shown there); address anonymised)
    Case(
        "a",
        "en",
        "https://shrm.org/hr-today/news/hr-news/Pages/Out-of-the-Office-Say-It-with-Humor-.aspx",
        "Re: Venue options for September",
        "Hi there! Hate to break it to you, but I'm onsite at an event today, Friday, "
        "July 27, and will not be checking e-mails. I'm sure you probably don't want to "
        "hear this, since you're working yourself, so here's a cat video to cheer you "
        "up:\n\n"
        "I'll be back in the office on Monday, July 31. Please reach out to "
        "info@example.org with any urgent requests. Have a great weekend!",
        "autoreply",
    ),
    # https://shrm.org/hr-today/news/hr-news/Pages/Out-of-the-Office-Say-It-with-Humor-.aspx
    # (another out-of-office of the same person, as the article quotes it)
    Case(
        "a",
        "en",
        "https://shrm.org/hr-today/news/hr-news/Pages/Out-of-the-Office-Say-It-with-Humor-.aspx",
        "Re: Venue options for September",
        "WHAT ARE YOUUUU doing e-mailing me on YOUR day off?",
        "autoreply",
    ),
    # https://github.com/juandopazo/es-dependency-graph/pull/7
    # (a departed employee's notice posted by reply-by-email; the company's and the personal
    # addresses anonymised)
    Case(
        "a",
        "en",
        "https://github.com/juandopazo/es-dependency-graph/pull/7",
        "Re: [es-dependency-graph] Remove unnecessary dependency (#7)",
        "Hello, \n\n"
        "This employee can no longer access email on this account.  Your email will not "
        "be forwarded.\n\n"
        "If you have a sales inquiry, please contact sales@example.net\n\n"
        "If you require assistance with a legal matter, please contact "
        "legal-notices@example.net\n\n"
        "If this is a personal matter, please send your mail to: kim@example.org\n\n"
        "Thank you!",
        "autoreply",
    ),
    # http://rechtboese.ch/2013/08/30/
    # (a Swiss blog quoting the kind of holiday notice it often gets in answer to a mail
    # (arguable: shown as typical of what arrives, ellipsis as on the page))
    Case(
        "a",
        "de",
        "http://rechtboese.ch/2013/08/30/",
        "Re: Ihre Anfrage",
        "Vielen Dank für Ihre Nachricht. Ich bin vom 1. bis zum 21. September nicht "
        "anwesend. Bei dringenden Angelegenheiten, bitte wenden Sie sich an…",
        "autoreply",
    ),
    # http://rechtboese.ch/2013/08/30/
    # (the same page's example of a notice left on for two months)
    Case(
        "a",
        "de",
        "http://rechtboese.ch/2013/08/30/",
        "Re: Ihre Anfrage",
        "Momentan nehme ich bis 02.05. keine Mails entgegen. Bei dringenden Mitteilungen "
        "bitte ich um Geduld.",
        "autoreply",
    ),
    # https://www.polledemaagt.com/2018/06/21/out-of-office-polle-tries-to-live-a-life-he-doesnt-need-a-vacation-from/
    # (the blogger's own out-of-office reply as set; his family name and blog host anonymised)
    Case(
        "a",
        "en",
        "https://www.polledemaagt.com/2018/06/21/out-of-office-polle-tries-to-live-a-life-he-doesnt-need-a-vacation-from/",
        "Re: Workshop in July",
        "This email is automagically generated.\n\n"
        "Although I try to live a life I don’t need a vacation from … I was in need of a "
        "vacation.\n"
        "So I’m having one right now and I won’t be back until the 15th of July.\n\n"
        "It just turned out that some things I like to do are hard to combine. "
        "Especially the important things in life.\n\n"
        "For years, I was looking forward to hike the legendary Laugavegur trail in "
        "Iceland, going on a zodiac trip to watch whales and to spend some time in a "
        "natural hot spring until my fingers get all wrinkly. Situations that have a "
        "negative impact on my email, conference call or Whatsapp performance. So, no "
        "Whatsapp but wrinkly fingers.\n\n"
        "Also, my training efforts to win the annual A. Person pillow fighting "
        "championships -held on a remote holiday location in The Netherlands over the "
        "course of two weeks this July- were taking a toll on my PowerPoint skills. I "
        "was caught using more than 10 bullet points on a slide, adding emoji, quoting "
        "Simon Sinek, using Uber, Apple and AirBnB as an example (on one and the same "
        "slide) and writing hollow phrases like “the speed of change is changing” and "
        "“putting back the social into social media”. So, no PowerPoints, but pillow "
        "fights.\n\n\n"
        "  • No Whatsapp but wrinkly fingers. No Powerpoints but pillow fights. I will "
        "be back July 15th\n"
        "  • Follow my Iceland trip on my blog example.org or Instagram\n"
        "  • Do not follow my quality time with my family (as we’ll be mostly fully "
        "disconnected)\n\n"
        "Looking forward to speak to you later!",
        "autoreply",
    ),
    # http://uksnowolf.blogspot.com/2008/07/one-that-wants-to-bow-out-in-style-like.html
    # (a departed civil servant's out-of-office as a colleague received it ('sanitised' by the
    # blogger, XXXXX as shown))
    Case(
        "a",
        "en",
        "http://uksnowolf.blogspot.com/2008/07/one-that-wants-to-bow-out-in-style-like.html",
        "Re: Team meeting notes",
        "Fortunately I no longer work for XXXXX. I have escaped the Peoples' Socialist "
        "Republic of Britain and will be enjoying the benefits of a civilised country.",
        "autoreply",
    ),
    # https://github.com/nswbmw/N-blog/issues/499
    # (a one-line receipt posted by mail the same day as two QQ Mail holiday replies (arguable:
    # a person could type it; labelled as round 2 labels such receipts))
    Case(
        "a",
        "en",
        "https://github.com/nswbmw/N-blog/issues/499",
        "Re: [nswbmw/N-blog] blog issue (Issue #499)",
        "Got,Thankyou!",
        "autoreply",
    ),
    # https://github.com/commons-stack/iteration0/issues/325
    # (the form service's confirmation as the team quoted what applicants received (blanks and
    # quote marks as the poster left them; arguable: a form confirmation, not an answer to a
    # mail))
    Case(
        "a",
        "en",
        "https://github.com/commons-stack/iteration0/issues/325",
        "Re: Trusted Seed application",
        "Hello _____,\n\n"
        "We’ve received your submission. The Commons Stack team will review your "
        "application and get back to you.\n\n"
        "Thank you very much & have a nice day!\n\n"
        "Below you can find your answers: \n"
        "__\n"
        "__\n"
        "__",
        "autoreply",
        "Typeform: Thank you for filling out ______",
    ),
    # https://infos.fr/en-direct/2024/07/14/il-est-toujours-inapproprie-de-laisser-des-messages-dabsence/amp
    # (the out-of-office a federation director's correspondents received, quoted in a column)
    Case(
        "a",
        "fr",
        "https://infos.fr/en-direct/2024/07/14/il-est-toujours-inapproprie-de-laisser-des-messages-dabsence/amp",
        "Re: Rendez-vous de septembre",
        "En vertu des lois du 20 juin 1936, du 27 mars 1956 (3e semaine), du 17 mai 1969 "
        "(4e semaine) et de l’ordonnance du 13 janvier 1982 (5e semaine), je suis "
        "actuellement hors du bureau pour mes congés.",
        "autoreply",
    ),
    # https://atticusarmini.wordpress.com/2011/05/08/gestionnaire-dabsence-du-bureau/
    # (a blogger's examples of out-of-office notes people set ('y'en a qu'ont essayé'; arguable:
    # the page does not say where each came from))
    Case(
        "a",
        "fr",
        "https://atticusarmini.wordpress.com/2011/05/08/gestionnaire-dabsence-du-bureau/",
        "Re: Point projet",
        "Je prendrai connaissance de votre message le 17 août",
        "autoreply",
    ),
    # https://atticusarmini.wordpress.com/2011/05/08/gestionnaire-dabsence-du-bureau/
    Case(
        "a",
        "fr",
        "https://atticusarmini.wordpress.com/2011/05/08/gestionnaire-dabsence-du-bureau/",
        "Re: Point projet",
        "Hello les loulous, je suis actuellement absente du bureau pour des vacances "
        "bien méritées au soleil (piscine et cocktails : trop fun !). Je prendrai "
        "connaissance de votre gentil message le 2 septembre ; Kiss kiss tout le monde",
        "autoreply",
    ),
    # https://blog.libero.it/MOMENTIdiME/amp/13444513.html
    # (a blogger's own out-of-office for colleagues, as she quotes it (the return date elided by
    # her))
    Case(
        "a",
        "it",
        "https://blog.libero.it/MOMENTIdiME/amp/13444513.html",
        "Re: Riunione di settembre",
        "sono in ferie, torno in ufficio il.... ciao",
        "autoreply",
    ),
]

# --- (h) human replies -----------------------------------------------------------------
HUMAN: list[Case] = [
    # https://github.com/wxWidgets/wxwidgets.github.io/issues/92
    # (a maintainer's comment; handles anonymised)
    Case(
        "h",
        "en",
        "https://github.com/wxWidgets/wxwidgets.github.io/issues/92",
        "Re: [wxwidgets.github.io] Email broken for core maintainer Paul (#92)",
        "@person Could you please update this (or remove it if you don't want to be "
        "contacted by email, of course).\n\n"
        "@person I did get your email but won't be able to answer it until tomorrow, "
        "sorry.",
        "human",
    ),
    # https://github.com/docker/compose/pull/1034
    # (the former maintainer's answer; handle anonymised)
    Case(
        "h",
        "en",
        "https://github.com/docker/compose/pull/1034",
        "Re: [compose] Remove @d11wtq as a maintainer (#1034)",
        "@person Ah, so sorry I missed your email. I think I must have accidentally "
        "deleted it when cleaning out my inbox. Agree I should not be on the maintainers "
        "list anymore as I'm not involved in any way and I'm not currently using "
        "Compose. Thanks for checking in with me anyway :)",
        "human",
    ),
    # https://github.com/ReviewNB/support/issues/108
    # (the vendor's answer (its screenshot left out); handle anonymised)
    Case(
        "h",
        "en",
        "https://github.com/ReviewNB/support/issues/108",
        "Re: [ReviewNB/support] No response to problem reported by email to support (#108)",
        "@person Sorry about that. Your email (both to team@ & support@) went into the "
        "spam box for some reason. Regardless, I apologise for the poor experience.\n\n"
        "We're looking at it now & will respond to you as soon as possible.",
        "human",
    ),
    # https://github.com/LeetCode-Feedback/LeetCode-Feedback/issues/8069
    # (a support person's typed answer, in the help-desk's own words)
    Case(
        "h",
        "en",
        "https://github.com/LeetCode-Feedback/LeetCode-Feedback/issues/8069",
        "Re: [LeetCode-Feedback] Can you please reply to the request 118361 that I sent "
        "to support@leetcode.com ? (#8069)",
        "Thank you for reaching out to us. We are sorry to hear that your issue still "
        "not solved. \n"
        " I've relayed the issue to our Zendesk Support team to investigate, they will "
        "reach out to you soon. \n"
        "Github platform is for content-related issue, if you have any content-related "
        "issue, please do not hesitate to let us know!\n\n"
        "We appreciate your time and support.\n\n"
        "Best,\n\n"
        "Github Support Team",
        "human",
    ),
    # https://github.com/sendgrid/docs/issues/6240
    # (handle anonymised)
    Case(
        "h",
        "en",
        "https://github.com/sendgrid/docs/issues/6240",
        'Re: [sendgrid/docs] Where is the support when "Your account is temporarily '
        'under review." ??? ( Request #5043135) (#6240)',
        "Hello @person \n\n"
        "We are sorry for the trouble. We have contacted support, and they will be in "
        "touch.",
        "human",
    ),
    # https://github.com/Purelymail/purelymail-issues/issues/267
    # (the operator's answer to a customer waiting for a support reply)
    Case(
        "h",
        "en",
        "https://github.com/Purelymail/purelymail-issues/issues/267",
        "Re: [purelymail-issues] Unknown wait for support replies (#267)",
        "I think that specific verbiage has been around for like 6 years. It's outdated, "
        "so I'll remove it.\n"
        "In general I get way too many support questions to guarantee that fast a "
        "turnaround, but I try to clear out all questions within a couple days.",
        "human",
    ),
    # https://github.com/david-yoon/multimodal-speech-emotion/issues/4
    # (names anonymised)
    Case(
        "h",
        "en",
        "https://github.com/david-yoon/multimodal-speech-emotion/issues/4",
        "Re: [multimodal-speech-emotion] application of a visiting Ph.D (#4)",
        "Hi A., \n"
        "I have already sent for your e-mail, and I am keen to receive your reply. "
        "Thanks very much.\n"
        "Best wishes!\n\n"
        "A.",
        "human",
    ),
    # https://github.com/david-yoon/multimodal-speech-emotion/issues/4
    # (the author's answer; names anonymised)
    Case(
        "h",
        "en",
        "https://github.com/david-yoon/multimodal-speech-emotion/issues/4",
        "Re: [multimodal-speech-emotion] application of a visiting Ph.D (#4)",
        "Hi A.,\n\nI received and replied to your mail.\n\nThank you,\nB.",
        "human",
    ),
    # https://github.com/programminghistorian/jekyll/issues/2277
    # (an editor answering the issue about her sabbatical; cut after the third paragraph (the
    # rest names other tickets); name anonymised)
    Case(
        "h",
        "fr",
        "https://github.com/programminghistorian/jekyll/issues/2277",
        "Re: [programminghistorian/jekyll] Marie-Christine Boucher sabbatical (#2277)",
        "Merci A.! Je reprends ici la checklist du wiki:\n\n"
        "- [x] Please make sure that you communicate with the rest of the team how long "
        "your sabbatical will last. This should include a specific date at which you "
        "intend to return.\n"
        "- [x] Indicate whether your sabbatical will mean you will be completely away "
        "from the project, or if you plan to participate in board meetings, or otherwise "
        "continue certain tasks.\n"
        "- [x] Close out all open reviews and issues before you start your sabbatical, "
        "or (where possible) find someone to cover for you.\n"
        "- [x] Set a reminder for yourself to check in with the rest of the editing team "
        "as your sabbatical comes to a close.\n"
        "- [x] Issue #2297, pull request #2305 \n\n"
        "Pour répondre au deuxième point: Je préfère m'absenter complètement du projet "
        "pendant ma sabbatique, afin de me concentrer pleinement sur ma thèse.",
        "human",
    ),
    # https://github.com/kpp/2tox/issues/8
    Case(
        "h",
        "en",
        "https://github.com/kpp/2tox/issues/8",
        "Re: [2tox] question about email (#8)",
        "Well, I do. I was in the train and I could not reply.",
        "human",
    ),
    # https://github.com/madwyn/libcube2cyl/issues/2
    # (the author's answer; the spelt-out address anonymised)
    Case(
        "h",
        "en",
        "https://github.com/madwyn/libcube2cyl/issues/2",
        "Re: [libcube2cyl] contact information (#2)",
        "I'm sorry about that, the email in the code comments was indeed wrong.\n\n"
        "If you have any questions, you can raise an issue here or drop me an email at "
        "(kim+src at example.org).\n\n"
        "I will also update the contact in the code accordingly.",
        "human",
    ),
    # https://github.com/SythilTech/Odoo9/issues/9
    # (the author's reply sent by e-mail; the quoted request below the quote line cut; names
    # anonymised)
    Case(
        "h",
        "en",
        "https://github.com/SythilTech/Odoo9/issues/9",
        "Re: [SythilTech/Odoo9] Send email to sender (#9)",
        "Hello,\n\n"
        "I have released a new version of the module which now send at auto \n"
        "response email back to the customer right after a ticket is submitted.\n\n"
        "Regards\n\n"
        "A.\n\n"
        "On 10/11/2016 9:32 PM, B. wrote:",
        "human",
    ),
    # https://www.morgenweb.de/schwetzinger-zeitung_artikel,-kommentar-keine-sorge-wir-sind-da-_arid,1347418.html
    # (a reader's e-mail answering the newsroom's mistaken out-of-office notice, quoted in the
    # paper's comment)
    Case(
        "h",
        "de",
        "https://www.morgenweb.de/schwetzinger-zeitung_artikel,-kommentar-keine-sorge-wir-sind-da-_arid,1347418.html",
        "Re: Leserbrief",
        "Liebe Redaktion, eine nette Abwesenheitsnotiz! Das hat uns jetzt aber doch sehr erheitert",
        "human",
    ),
    # https://github.com/rust-lang/this-week-in-rust/pull/245
    # (an editor answering a colleague who will be away on vacation)
    Case(
        "h",
        "en",
        "https://github.com/rust-lang/this-week-in-rust/pull/245",
        "Re: [this-week-in-rust] CotW + notable changes (#245)",
        "Thanks!\nI'll pick this up for next week. Enjoy your vacation!",
        "human",
    ),
    # https://github.com/saiyam1814/DevOpsRoadmap2022/pull/238
    Case(
        "h",
        "en",
        "https://github.com/saiyam1814/DevOpsRoadmap2022/pull/238",
        "Re: [DevOpsRoadmap2022] Create day 27-28.md (#238)",
        "This weekend I have decided to study because on Monday and Tuesday I'll be on a trip 😅.",
        "human",
    ),
    # https://github.com/BYU-IS-Media/independent_study/issues/158
    # (the web team's answer to a request about holiday-closure notices; name anonymised)
    Case(
        "h",
        "en",
        "https://github.com/BYU-IS-Media/independent_study/issues/158",
        "Re: [independent_study] Holiday closure - Website (#158)",
        "Hi A.,\n\n"
        "This has been completed - sorry for the delay! Please re-open this issue and "
        "let me know if there are any more changes you would like to see.",
        "human",
    ),
    # https://github.com/h2o/h2o/issues/3279
    # (the maintainer answering a reporter who had no answer to an e-mailed report)
    Case(
        "h",
        "en",
        "https://github.com/h2o/h2o/issues/3279",
        "Re: [h2o] Question about security report (#3279)",
        "Hey, thank you for sending us the report, I believe you've received our "
        "response sometime before you resent your email?",
        "human",
    ),
    # https://github.com/solana-labs/solana/issues/20477
    Case(
        "h",
        "en",
        "https://github.com/solana-labs/solana/issues/20477",
        "Re: [solana] Are you checking security email? (#20477)",
        "Hey thanks for pinging. Yes your mail was received and will be responded too "
        "soon. Let's discuss there, thanks!",
        "human",
    ),
    # https://github.com/yiisoft-contrib/yiiframework.com/issues/1112
    # (the maintainer's second answer in the thread)
    Case(
        "h",
        "en",
        "https://github.com/yiisoft-contrib/yiiframework.com/issues/1112",
        "Re: [yiiframework.com] Security issue report update (#1112)",
        "Yes. Got it. Thanks! Busy till the end of the week then will try to reproduce/fix it.",
        "human",
    ),
    # https://github.com/AppHouseKitchen/AlDente-Battery_Care_and_Monitoring/issues/1396
    # (a vendor's typed answer; handle and name anonymised)
    Case(
        "h",
        "en",
        "https://github.com/AppHouseKitchen/AlDente-Battery_Care_and_Monitoring/issues/1396",
        "Re: [AlDente-Battery_Care_and_Monitoring] No Confirmation of Vulnerability "
        "Submission After 5 Days (#1396)",
        "Hi @person,\n\n"
        "Thank you for your vulnerability submission. We have already responded a couple "
        "of days ago but it seems you haven't gotten the reply. Anyway, we have replied "
        "again. Let us know if you are still not getting the emails.\n\n"
        "Best,\n"
        "A.",
        "human",
    ),
    # https://pinkfishmedia.net/forum/threads/councils-and-email.245839/
    # (a councillor's answer to a resident's e-mail, quoted in a forum (arguable: a form text,
    # but 'passed to me for response' reads as a person's answer))
    Case(
        "h",
        "en",
        "https://pinkfishmedia.net/forum/threads/councils-and-email.245839/",
        "Re: Parking on Station Road",
        "Thank you for your enquiry which has been passed for me for response.\n\n"
        "In common with other councils, comments and objections are required by post to "
        "ensure that all correspondence is correctly received and recorded. It is "
        "imperative that no correspondence is lost in electronic transmission which can "
        "occur with spam and content filters.",
        "human",
    ),
    # https://blog.libero.it/MOMENTIdiME/amp/13444513.html
    # (her boss's e-mailed answer to that out-of-office, as she quotes it)
    Case(
        "h",
        "it",
        "https://blog.libero.it/MOMENTIdiME/amp/13444513.html",
        "Re: sono in ferie",
        "lo so, ti ho autorizzato io",
        "human",
    ),
]

CASES: list[Case] = AUTO + HUMAN

# Measured misses left alone, kept visible: (case index, variant tag) -> why. Empty until
# the first pass.
# The first pass (session-start code 65cf388, BENCHMARKS.md "Session 13") missed 16 of the 41
# (15 auto-replies, 2 people's replies, one text in two variants); the session's rules
# turned 4 right. The rest, each with why no general rule reads it:
KNOWN_MISSES: dict[tuple[int, str], str] = {
    (2, "re"): "a joke about a football defeat and a drive home: no absence or mail word",
    (3, "re"): "a joke in mannered German ('Sinnsuche im Land des Dolce Vita', "
    "'außerstande ... zu reagieren', 'bis exklusive 13.6.'): no phrase a rule reads",
    (4, "re"): "'Ich bin im Urlaub' alone after a joke: an absence without period or mail word",
    (7, "re"): "a one-line joke ('WHAT ARE YOUUUU doing e-mailing me on YOUR day off?')",
    (11, "re"): "a long joke ('automagically generated', a trek in Iceland): its return "
    "('won't be back until the 15th') stands without a word of how mail is handled",
    (12, "re"): "a joke about leaving a job and a country: no mailbox or absence phrase",
    (13, "re"): "'Got,Thankyou!': as a person writes",
    (14, "re"): "a web form's confirmation ('We've received your submission'), as a support "
    "agent writes",
    (14, "page"): "the same confirmation with Typeform's own subject",
    (15, "re"): "'je suis actuellement hors du bureau pour mes congés' after a joke list of "
    "laws: an absence without period or mail word",
    (16, "re"): "'Je prendrai connaissance de votre message le 17 août': a date alone, as a "
    "person names a meeting day",
    (18, "re"): "'sono in ferie, torno in ufficio il....': an absence and a return, no word "
    "of how mail is handled (as a person says 'back in the office Monday, then I call')",
    (19, "re"): "a person's GitHub comment ('I did get your email but won't be able to answer "
    "it until tomorrow, sorry'): a promise and a period, as a notice says",
}


@pytest.mark.parametrize(("index", "tag", "subject"), params(CASES))
def test_reply_kind_3(index: int, tag: str, subject: str) -> None:
    check(CASES, KNOWN_MISSES, index, tag, subject)


if __name__ == "__main__":  # PYTHONPATH=src:. python -m tests.inbound.test_reply_kinds_3
    print(score(CASES))
    sys.exit(0)
