# ruff: noqa: RUF001, RUF002 - quoted text keeps its own letters and punctuation
"""Round 2 of test_reply_kinds.py: more real auto-reply texts and real human reply texts,
each in a plain message without the telling headers (the messages, labels and score are
round 1's, imported from it): is the kind right when only the body and a "Re:" subject are
left?

Collection rule (written and committed before any page was read): round 1's rule (see
test_reply_kinds.py), with these changes.

- Auto-replies (group ``a``): real texts quoted on public pages, as in round 1: out of
  office with a return date, parental or sick leave, conference or travel, "no longer with
  the company", "this mailbox is not monitored", ticket and help-desk acknowledgements,
  "your message has been received", a changed address, QQ / 163 / Foxmail auto-replies.
  Published templates (texts offered for copying) count only when the page shows them as
  received or used; none is written by us.
- Human replies (group ``h``): replies written by people, quoted on public pages, that use
  the same vocabulary (being away, back from holiday, received your mail, will reply later,
  a new address); about as many as auto-replies if they can be found.
- Sources: the ``issues`` search corpus (GitHub issue and pull-request threads where
  reply-by-email posted an auto-reply or a person's e-mailed answer) and the ``pages``
  corpus (list archives, forums, blogs quoting auto-replies their authors received).
  Queries are varied over the categories above and over languages: English, Chinese,
  German, French, Spanish, Dutch, Portuguese, Italian, Japanese, Russian, Polish.
- Texts are taken as they come in result order, at most 2 per thread or page, not chosen
  by how hard they look. Target 30–60 texts.
- Nothing used by round 1 (test_reply_kinds.py), test_localized_kinds.py, any other
  tests/inbound/test_*.py or the corpus (tests/data/inbound/, its README's source lists
  included): each candidate URL is grepped for first, and each text is checked for near
  copies (normalised: lower case, non-alphanumeric runs to one space, addresses, IDs and IPs
  removed; a near copy when one contains the other and the shorter is at least 60% of the
  longer) against all of those; near copies are left out and named below.
- Nothing from Sisimai, its set-of-emails, bounceHammer or pages copying their samples.
- Each text carries its source URL in a comment; quoted as the page shows it, shortened
  only at a paragraph boundary (noted); addresses anonymised to example.org / example.net /
  outreach.example, phone numbers to 555 numbers, private persons' names to placeholders.
- Messages as in round 1 (``raw_message``): no Auto-Submitted, X-Autoreply, Precedence or
  other telling header; From a person, To our sender, Subject "Re: " and a plausible
  subject; an auto-reply whose page shows its own subject is also tried with it
  (``page_subject``).
- Labels by tests/data/inbound/README.md and round 1: an auto-reply is kind ``autoreply``,
  reason ``vacation`` (also a left-the-company, closed-mailbox or ticket acknowledgement); a
  person's reply is kind ``human``. Labels and texts are committed before the classifier is
  run on any of them; KNOWN_MISSES stays empty until the lead's first pass.

Decisions taken while collecting (before the classifier ran on any text):

- Sources found: GitHub threads (``issues``) for the Chinese auto-replies (QQ Mail, 163 Mail
  and owner-written acknowledgements) and for nearly all people's replies (en, ja, fr, pt,
  zh, de); blog, column and news pages (``pages``) for the de, nl, es, it, pt and one en
  auto-reply. English auto-replies in GitHub threads and on blogs came back almost only as
  threads and pages round 1 or the corpus already used; no received auto-reply in Polish,
  Russian, Japanese or French was found (those queries returned help pages and templates).
- Left out as used by round 1 or the corpus (URL found, or a near copy): Hello-World #173,
  phw198 #1260, rust-bio #254, francistao #124, Python-100-Days #294, wisdompeak #22,
  cocodibu.de (pasted25), ucr-cs100 #1814, react-universally #168, KSChart #10 (near copy
  of pasted/python100-qq-vacation), creativecommons/internal #47, righttoknow #702,
  DeepLearning-500-questions #530, temp-test-ioccc #239, exercism/discussions #138,
  team-compass #332, pmc-notes #1, newmanpr.com (pasted11), stevekrause.org (pasted25),
  react-demos #87 (both texts near copies of pasted25 files), the first text of
  Yixiaohan/show-me-the-code #57 (near copy of a round-1 text), the QQ text of
  googlehosts #532 (near copy of pasted25/googlehosts554-...); MLEveryday #102 and
  hc0d3r/C #8, named in the corpus README as read and left out, were dropped whole.
- Not taken: templates and how-to pages (basicthinking.de, press-n-relations, cadremploi,
  vice es/pt, netymedia, nikkei, Dutch and Japanese template pages), translations of
  someone else's auto-reply (tn.com.ar, kany.hatenablog, courrier.jp), fragments
  (warmbly #470, prestige-business.ch, observador.pt, ilfoglio), broadcast notices that
  address no one, and people's comments without the vocabulary ("Have fun!", "Enjoy").
- Arguable labels, kept as read: pt "fui" (the blogger's one-word out-of-office); the
  Italian text won a contest for out-of-office messages (the page does not say it was set);
  the diarimes.com texts are a columnist's examples of the replies his mails got; the
  fischundfleisch text keeps its "Ab XX" placeholder as received; short Chinese
  acknowledgements ("您的邮件已收到！", "已经收到你的规划！！！...") are labelled
  ``autoreply`` as posted into threads by mail, though a person could type them; the
  hackforla reply is a person's answer in the out-of-office form the project asked for
  (``human``); the react-brasil comment is a recruiter's note to applicants (``human``).

Run ``PYTHONPATH=src:. python -m tests.inbound.test_reply_kinds_2`` for the score.
"""

from __future__ import annotations

import sys

import pytest

from .test_reply_kinds import Case, check, params, score

# --- (a) auto-replies ------------------------------------------------------------------
AUTO: list[Case] = [
    # https://github.com/googlehosts/hosts/issues/512
    Case(
        "a",
        "zh",
        "https://github.com/googlehosts/hosts/issues/512",
        "Re: [googlehosts/hosts] a (Issue #512)",
        "已收到，正在处理中。",
        "autoreply",
    ),
    # https://github.com/XiangLinPro/IT_book/issues/30
    # (name anonymised)
    Case(
        "a",
        "zh",
        "https://github.com/XiangLinPro/IT_book/issues/30",
        "Re: [XiangLinPro/IT_book] 感谢分享 (Issue #30)",
        "      您好！您的邮件我已收到，我会尽快阅读并予以回复……      祝好！                "
        "                                                   —XX",
        "autoreply",
    ),
    # https://github.com/XiangLinPro/IT_book/issues/30
    Case(
        "a",
        "zh",
        "https://github.com/XiangLinPro/IT_book/issues/30",
        "Re: [XiangLinPro/IT_book] 感谢分享 (Issue #30)",
        "这是来自QQ邮箱的自动回复邮件。\n \n您好，您发的邮件已收到！",
        "autoreply",
    ),
    # https://github.com/hehonghui/awesome-english-ebooks/pull/12
    Case(
        "a",
        "zh",
        "https://github.com/hehonghui/awesome-english-ebooks/pull/12",
        "Re: [hehonghui/awesome-english-ebooks] 测试 (PR #12)",
        "您的邮件我已收到。谢谢~~",
        "autoreply",
    ),
    # https://github.com/hehonghui/awesome-english-ebooks/pull/12
    Case(
        "a",
        "zh",
        "https://github.com/hehonghui/awesome-english-ebooks/pull/12",
        "Re: [hehonghui/awesome-english-ebooks] 测试 (PR #12)",
        "您的邮件已收到！",
        "autoreply",
    ),
    # https://bibliophase.blog/2016/07/07/seht-her-ich-kann-zwar-nicht-hier-unter-euch/
    # (a collection of auto-replies received in a service unit; names anonymised)
    Case(
        "a",
        "de",
        "https://bibliophase.blog/2016/07/07/seht-her-ich-kann-zwar-nicht-hier-unter-euch/",
        "Re: Ihre Anfrage",
        "Ich bin bis inklusive 26.7. nicht in meinem Büro und kann auch Nachrichten nur "
        "sporadisch abrufen.\nIn dringenden Fällen wenden Sie sich bitte an Herrn A. "
        "Person unter der DW 5555 zwischen dem 1.und 15. Juni, sollte er nicht erreichbar "
        "sein und zwischen 7. Und 15. Juni ist seine Vertretung in der Zeit B. Person "
        "unter der DW 4444, im Nebenzimmer.\nZwischen 15. Und 20. Juni schreiben Sie uns "
        "bitte gar nicht, da alle auf Urlaub sind und auch das allgemeine Sekretariat "
        "keine Anfragen entgegennehmen kann.\nWir bitten um Ihr Verständnis.",
        "autoreply",
    ),
    # https://bibliophase.blog/2016/07/07/seht-her-ich-kann-zwar-nicht-hier-unter-euch/
    Case(
        "a",
        "de",
        "https://bibliophase.blog/2016/07/07/seht-her-ich-kann-zwar-nicht-hier-unter-euch/",
        "Re: Ihre Anfrage",
        "Ich bin bis inklusive 27. 6. zu Forschungszwecken auf Papua Neuguinea.",
        "autoreply",
    ),
    # https://fischundfleisch.com/alphaaffairs/bin-dann-mal-weg-oder-irgendwie-so-50070
    # (received by the author's agency; its typos and placeholders as shown)
    Case(
        "a",
        "de",
        "https://fischundfleisch.com/alphaaffairs/bin-dann-mal-weg-oder-irgendwie-so-50070",
        "Re: Newsletter August",
        "Wer nicht erhohlt ist macht Fehlr.\nDeswgen bin ich jetz im Urlaub.\nAb XX bin "
        "ich wiedr da.\nIn dirngenden Fälllen wendne Sie sich\nbitte an Max Mustermann (DW "
        "000).",
        "autoreply",
    ),
    # https://fischundfleisch.com/alphaaffairs/bin-dann-mal-weg-oder-irgendwie-so-50070
    Case(
        "a",
        "de",
        "https://fischundfleisch.com/alphaaffairs/bin-dann-mal-weg-oder-irgendwie-so-50070",
        "Re: Newsletter August",
        "Ich bin derzeit nicht im Büro. In Notfällen twittern Sie mir Ihr Anliegen mit dem "
        "Hashtag #IchStöreIhrenUrlaubNurUngernAber",
        "autoreply",
    ),
    # https://www.kreiszeitung.de/leben/karriere/rufen-a-team-mitarbeiter-urlaub-abwesenheitsnotiz-sorgt-lacher-zr-8456110.html
    # (cut before the A-Team paragraph (the article's two quotes of the first paragraph joined))
    Case(
        "a",
        "de",
        "https://www.kreiszeitung.de/leben/karriere/rufen-a-team-mitarbeiter-urlaub-abwesenheitsnotiz-sorgt-lacher-zr-8456110.html",
        "Re: Rückfrage",
        "Hallo, ich werde am 10. Juli wieder im Büro zu erreichen sein. Wenn Sie Fragen "
        "über das Leben im Allgemeinen haben, sprechen Sie mit Siri, Cortana oder Alexa. "
        "Wenn es ein Notfall ist, dann wählen Sie die 112. Wenn Sie mit einem "
        "Hotline-Mitarbeiter sprechen wollen, so wählen Sie die Ihnen bekannte Nummer. "
        "Wenn Sie wissen wollen, wer JFK erschossen hat, rufen Sie das "
        "Dallas-Police-Department an.",
        "autoreply",
    ),
    # https://mantasticpursuits.com/best-out-of-office-email-ever/
    # (an investor's own auto-reply as the page quotes it (run-together sentences kept); address
    # and name anonymised)
    Case(
        "a",
        "en",
        "https://mantasticpursuits.com/best-out-of-office-email-ever/",
        "Re: Intro call",
        "I am currently out of the office on vacation.I know I’m supposed to say that I’ll "
        "have limited access to email and won’t be able to respond until I return — but "
        "that’s not true. My Blackberry will be with me and I can respond if I need to. "
        "And I recognize that I’ll probably need to interrupt my vacation from time to "
        "time to deal with something urgent.That said, I promised my wife that I am going "
        "to try to disconnect, get away and enjoy our vacation as much as possible. So, "
        "I’m going to experiment with something new. I’m going to leave the decision in "
        "your hands:\n\n"
        "  • If your email truly is urgent and you need a response while I’m on vacation, "
        "please resend it to interruptyourvacation@example.org and I’ll try to respond to "
        "it promptly.\n  • If you think someone else at [the company] might be able to "
        "help you, feel free to email my assistant, and she’ll try to point you in the "
        "right direction.\n\n"
        "Otherwise, I’ll respond when I return…Warm regards, A.",
        "autoreply",
    ),
    # https://www.demorgen.be/meningen/het-is-weer-tijd-voor-mijn-favoriete-tekstgenre-het-out-of-office-bericht~b083c84f/
    # (a columnist quoting the out-of-office replies in her inbox)
    Case(
        "a",
        "nl",
        "https://www.demorgen.be/meningen/het-is-weer-tijd-voor-mijn-favoriete-tekstgenre-het-out-of-office-bericht~b083c84f/",
        "Re: Voorstel nieuwe datum",
        "Ik ben er niet, 1 augustus weer op post.",
        "autoreply",
    ),
    # https://www.demorgen.be/meningen/het-is-weer-tijd-voor-mijn-favoriete-tekstgenre-het-out-of-office-bericht~b083c84f/
    Case(
        "a",
        "nl",
        "https://www.demorgen.be/meningen/het-is-weer-tijd-voor-mijn-favoriete-tekstgenre-het-out-of-office-bericht~b083c84f/",
        "Re: Voorstel nieuwe datum",
        "Terwijl u dit leest wieg ik in een hangmat en heb ik mijn inbox ingeruild voor "
        "een koelbox",
        "autoreply",
    ),
    # https://diarimes.com/es/opinion/190805/out-the-office_62668.html
    # (a columnist's study of the automatic answers his August mails got)
    Case(
        "a",
        "es",
        "https://diarimes.com/es/opinion/190805/out-the-office_62668.html",
        "Re: Propuesta de colaboración",
        "Gracias por tu email. Estaré fuera hasta el 19 de agosto. Si necesitas algo "
        "urgente contacta con marketing",
        "autoreply",
    ),
    # https://diarimes.com/es/opinion/190805/out-the-office_62668.html
    Case(
        "a",
        "es",
        "https://diarimes.com/es/opinion/190805/out-the-office_62668.html",
        "Re: Propuesta de colaboración",
        "estaré en la oficina el 25 de agosto",
        "autoreply",
    ),
    # https://www.flooxernow.com/viral/vacaciones-deja-respuesta-programada-correo-mas-epica-historia_202208226303749c1d9fe00001b9855e.html
    # (a company head's auto-reply as set; the page quotes its second and third paragraphs (the
    # first, 'on holiday until 22 August', only paraphrased))
    Case(
        "a",
        "es",
        "https://www.flooxernow.com/viral/vacaciones-deja-respuesta-programada-correo-mas-epica-historia_202208226303749c1d9fe00001b9855e.html",
        "Re: Pedido de bicicletas",
        "Para evitar que mi bandeja de entrada sea un caos cuando vuelva borraré todos los "
        "emails que haya recibido durante mis vacaciones sin excepción.\n\n"
        "Eso significa que el email que me acabas de mandar no lo voy a abrir y se perderá "
        "en el tiempo como lágrimas en la lluvia.",
        "autoreply",
    ),
    # https://www.apogeonline.com/articoli/sono-in-vacanza-fino-al-alice-avallone/
    # (the Italian winner of a tourism board's contest for out-of-office messages (arguable:
    # entered in a contest; the page does not say it was set))
    Case(
        "a",
        "it",
        "https://www.apogeonline.com/articoli/sono-in-vacanza-fino-al-alice-avallone/",
        "Re: Consegna lavori",
        "Avete ragione… so che dovrei finire di fare quei lavori in ufficio, dovevo farlo "
        "entro ieri e io sono scappato in vacanza… ma facciamo un gioco… sono su una delle "
        "1.244 splendide isole della Croazia… se mi trovate, giuro che ritorno… "
        "#tantononcelafate #outofoffice",
        "autoreply",
    ),
    # https://lugaresmesmocomuns.blogs.sapo.pt/?tag=internet&skip=10
    # (the blogger's own one-word out-of-office ('gone'))
    Case(
        "a",
        "pt",
        "https://lugaresmesmocomuns.blogs.sapo.pt/?tag=internet&skip=10",
        "Re: Reunião de setembro",
        "fui",
        "autoreply",
    ),
    # https://github.com/nailperry-zd/The-Economist/issues/26
    Case(
        "a",
        "zh",
        "https://github.com/nailperry-zd/The-Economist/issues/26",
        "Re: [nailperry-zd/The-Economist] ： (Issue #26)",
        "这是来自QQ邮箱自动回复邮件。\n \n您好，我已经收到您的邮件。我将尽快给您回复。",
        "autoreply",
    ),
    # https://github.com/nailperry-zd/The-Economist/issues/26
    Case(
        "a",
        "zh",
        "https://github.com/nailperry-zd/The-Economist/issues/26",
        "Re: [nailperry-zd/The-Economist] ： (Issue #26)",
        "您发给我的邮件已收到！",
        "autoreply",
    ),
    # https://github.com/FmLiu/repo1/issues/31
    # (a 163 Mail auto-reply with the provider's tip, opened as an issue; its subject line 'XX
    # 自动回复: ...' not taken)
    Case(
        "a",
        "zh",
        "https://github.com/FmLiu/repo1/issues/31",
        "Re: [FmLiu/repo1] A new comment of Issue A (#31)",
        "您发给我的信件已经收到。 \n \n-------------------------------------------- \n"
        "祝好！\nThis is an automatic reply, confirming that your e-mail was \n"
        "received.Thank you\n 邮箱使用小提示\n"
        '想让对方更及时看到你的邮件，可以试试发到"对方手机号@163.com"。\n \n'
        "无需事先开通，还有短信提醒。了解网易手机邮箱详情",
        "autoreply",
        "XX 自动回复: 您有一个新的Issue",
    ),
    # https://github.com/Yixiaohan/show-me-the-code/issues/57
    # (the thread's first text ('这是一封自动回复邮件。已经收到您的来信...') is a near copy of
    # a round-1 text)
    Case(
        "a",
        "zh",
        "https://github.com/Yixiaohan/show-me-the-code/issues/57",
        "Re: [Yixiaohan/show-me-the-code] Star (Issue #57)",
        "您发的邮件已收到，等待处理！！！",
        "autoreply",
    ),
    # https://github.com/xingshaocheng/architect-awesome/pull/165
    Case(
        "a",
        "zh",
        "https://github.com/xingshaocheng/architect-awesome/pull/165",
        "Re: [xingshaocheng/architect-awesome] feat: 分布式-幂等 (PR #165)",
        "你发的邮件我已经收到。会在近期内查看。",
        "autoreply",
    ),
    # https://github.com/xingshaocheng/architect-awesome/pull/165
    Case(
        "a",
        "zh",
        "https://github.com/xingshaocheng/architect-awesome/pull/165",
        "Re: [xingshaocheng/architect-awesome] feat: 分布式-幂等 (PR #165)",
        "已经收到你的规划！！！祝你生活愉快！！！学习进步！！！天天开心！！！",
        "autoreply",
    ),
    # https://github.com/alex000kim/nsfw_data_scraper/pull/54
    # (an owner testing the holiday auto-reply)
    Case(
        "a",
        "zh",
        "https://github.com/alex000kim/nsfw_data_scraper/pull/54",
        "Re: [alex000kim/nsfw_data_scraper] Added more classes from reddit (PR #54)",
        "你好，如果你收到这封邮件。可能 只是因为我想测试一下假期自动回复功能。。",
        "autoreply",
    ),
    # https://github.com/alex000kim/nsfw_data_scraper/pull/54
    # (name anonymised)
    Case(
        "a",
        "zh",
        "https://github.com/alex000kim/nsfw_data_scraper/pull/54",
        "Re: [alex000kim/nsfw_data_scraper] Added more classes from reddit (PR #54)",
        "您好，我是XX，您的邮件已经收到。",
        "autoreply",
    ),
    # https://github.com/googlehosts/hosts/issues/532
    # (the thread's QQ 'received' text is a near copy of pasted25/googlehosts554-qq-auto-reply-
    # prefix-received.eml)
    Case(
        "a",
        "zh",
        "https://github.com/googlehosts/hosts/issues/532",
        "Re: [googlehosts/hosts] Web development (Issue #532)",
        "你好，邮件已收到，谢谢！",
        "autoreply",
    ),
    # https://github.com/apachecn/ailearning/issues/628
    Case(
        "a",
        "zh",
        "https://github.com/apachecn/ailearning/issues/628",
        "Re: [apachecn/ailearning] it is excellent project,thanks to all guys. (Issue #628)",
        "您好，您的邮件已收到，我将尽快给您回复。",
        "autoreply",
    ),
    # https://github.com/apachecn/ailearning/issues/628
    # (its typo (受到 for 收到) kept)
    Case(
        "a",
        "zh",
        "https://github.com/apachecn/ailearning/issues/628",
        "Re: [apachecn/ailearning] it is excellent project,thanks to all guys. (Issue #628)",
        "你的邮件我受到非常感谢配合",
        "autoreply",
    ),
]

# --- (h) human replies -----------------------------------------------------------------
HUMAN: list[Case] = [
    # https://github.com/Simplero/Roadmap/issues/282
    # (a customer's reply by e-mail with the quoted notification; name anonymised)
    Case(
        "h",
        "en",
        "https://github.com/Simplero/Roadmap/issues/282",
        "Re: [Simplero/Roadmap] Auto-responder for tickets (#282)",
        "Hi. See the email when I respond to your email - it says Simplero/Roadmap - is "
        "that set up by us? the way the words look - could it be SIBO SOS™ or …\n\n"
        "Thanks \n\n"
        "Did you get back to me on the money for the concierge service? Did I miss it? "
        "TY.. we are ready to sign!\n> On Feb 24, 2018, at 10:22 AM, A. Person "
        "<notifications@example.org> wrote:\n> \n> Go to Settings > Support tickets, and "
        "you can write the subject and body for the email that goes out.\n>",
        "human",
    ),
    # https://github.com/mittwald/feature-requests/issues/157
    # (a support person's answer; name anonymised)
    Case(
        "h",
        "de",
        "https://github.com/mittwald/feature-requests/issues/157",
        "Re: [mittwald/feature-requests] Auto-Reply bei Eingang eines neuen "
        "Support-Tickets per E-Mail (#157)",
        "Hallo A., \n\n"
        "besten Dank für dein Feedback. \nWir stimmen intern einen Text für eine "
        "Eingangsbestätigung ab und richten dann ein Auto-reply ein. \nAm schnellsten "
        "können wir deine Anfragen allerdings immer bearbeiten, wenn du sie direkt über "
        "unser Ticketsystem einreichst 🙂 \nLiebe Grüße.",
        "human",
    ),
    # https://github.com/rainforestapp/tester-chrome-extension/issues/648
    Case(
        "h",
        "en",
        "https://github.com/rainforestapp/tester-chrome-extension/issues/648",
        "Re: [tester-chrome-extension] Issue : 21 day ticket id #16685 not get response. "
        "Help please ! (#648)",
        "It's weekend so wait for the next working day.",
        "human",
    ),
    # https://github.com/rainforestapp/tester-chrome-extension/issues/648
    # (handle anonymised)
    Case(
        "h",
        "en",
        "https://github.com/rainforestapp/tester-chrome-extension/issues/648",
        "Re: [tester-chrome-extension] Issue : 21 day ticket id #16685 not get response. "
        "Help please ! (#648)",
        "@person you should see a response to your ticket now :)",
        "human",
    ),
    # https://github.com/kangarko/ChatControl/issues/1828
    # (the maintainer answering under his own notice)
    Case(
        "h",
        "en",
        "https://github.com/kangarko/ChatControl/issues/1828",
        "Re: [ChatControl] SICK LEAVE UNTIL APRIL 4TH (#1828)",
        "Recovered, thanks for waiting!",
        "human",
    ),
    # https://github.com/orangecoding/fredy/issues/326
    Case(
        "h",
        "en",
        "https://github.com/orangecoding/fredy/issues/326",
        "Re: [fredy] Information: im in the hospital at the moment (#326)",
        "Get well soon!",
        "human",
    ),
    # https://github.com/orangecoding/fredy/issues/326
    Case(
        "h",
        "en",
        "https://github.com/orangecoding/fredy/issues/326",
        "Re: [fredy] Information: im in the hospital at the moment (#326)",
        "All the best. Hope you recover soon.",
        "human",
    ),
    # https://github.com/ProgrammingDaisukiClub/WPCS2/pull/297
    # (handle anonymised)
    Case(
        "h",
        "ja",
        "https://github.com/ProgrammingDaisukiClub/WPCS2/pull/297",
        "Re: [WPCS2] Change the e-mail address of the sender (#297)",
        "@person \n\n"
        "そういえば、退職されたんでした。\n\n"
        "というか、そもそもこのアドレスどうにかしません？\n"
        "なんでこのアドレスにしてたんでしたっけ？",
        "human",
    ),
    # https://github.com/ProgrammingDaisukiClub/WPCS2/pull/297
    Case(
        "h",
        "ja",
        "https://github.com/ProgrammingDaisukiClub/WPCS2/pull/297",
        "Re: [WPCS2] Change the e-mail address of the sender (#297)",
        "特に理由はなく、窓口用のメールアドレスとして使ってるだけかな。メーリスを作って、そ"
        "れを指定するのが一番良いと思う。",
        "human",
    ),
    # https://github.com/fjordllc/bootcamp/issues/7234
    # (handle anonymised)
    Case(
        "h",
        "ja",
        "https://github.com/fjordllc/bootcamp/issues/7234",
        "Re: [bootcamp] 退会処理完了メールにあるメアドをlokkaに更新したい。 (#7234)",
        "@person 退会処理が本番であったら僕が確認しますのでこちらに連絡します〜",
        "human",
    ),
    # https://github.com/fjordllc/bootcamp/issues/7234
    # (handle and address anonymised)
    Case(
        "h",
        "ja",
        "https://github.com/fjordllc/bootcamp/issues/7234",
        "Re: [bootcamp] 退会処理完了メールにあるメアドをlokkaに更新したい。 (#7234)",
        "@person info@example.org にメールが来ることを確認しました〜。",
        "human",
    ),
    # https://github.com/MIT-LCP/physionet-build/issues/1396
    Case(
        "h",
        "en",
        "https://github.com/MIT-LCP/physionet-build/issues/1396",
        "Re: [physionet-build] Decommission email address (#1396)",
        "Decommissioning the email address sounds like a good idea. The email address is "
        "still occasionally used by people, so we will need to work out how to set up a "
        "bounce/autoreply that provides people with the new contact details.",
        "human",
    ),
    # https://github.com/thom4parisot/detour.studio/issues/5
    Case(
        "h",
        "fr",
        "https://github.com/thom4parisot/detour.studio/issues/5",
        "Re: [detour.studio] une semaine de 7 semaines (#5)",
        "Hé bien, c'est pas clair mais j'ai vraiment décidé de commencer la semaine en "
        "m'accordant 2 semaines de repos !\n\n"
        "Je vais clarifier qu'il s'agit d'une décision :-)\n\n"
        "Merci de m'avoir pointé du doigt ce bout de texte !",
        "human",
    ),
    # https://github.com/thom4parisot/detour.studio/issues/5
    Case(
        "h",
        "fr",
        "https://github.com/thom4parisot/detour.studio/issues/5",
        "Re: [detour.studio] une semaine de 7 semaines (#5)",
        "aaaah oooh ! J'ai peut-être besoin de repos aussi ^^",
        "human",
    ),
    # https://github.com/sparckles/Robyn/issues/51
    # (the maintainer under his own notice)
    Case(
        "h",
        "en",
        "https://github.com/sparckles/Robyn/issues/51",
        "Re: [Robyn] Away with limited internet access till 1st August (#51)",
        "I am back! 🔥",
        "human",
    ),
    # https://github.com/hackforla/website/issues/6034
    # (a volunteer's reply in the form the project asked for)
    Case(
        "h",
        "en",
        "https://github.com/hackforla/website/issues/6034",
        "Re: [hackforla/website] Pre-work Checklist (#6034)",
        "Hello, I need to take some time off from the team.  I believe I will be back on "
        "November 30th.",
        "human",
    ),
    # https://github.com/fouber/blog/issues/49
    # (a person answering the flood of auto-replies ('so many auto-replies'))
    Case(
        "h",
        "zh",
        "https://github.com/fouber/blog/issues/49",
        "Re: [fouber/blog] 私人博客，请勿私自发起 Issue (Issue #49)",
        "？？？\n\n这么多自动回复",
        "human",
    ),
    # https://github.com/fouber/blog/issues/49
    # ('those with auto-replies, please set them up; my mailbox never stops')
    Case(
        "h",
        "zh",
        "https://github.com/fouber/blog/issues/49",
        "Re: [fouber/blog] 私人博客，请勿私自发起 Issue (Issue #49)",
        "真服了 有自动回复的设置一下啊，邮箱一直不停",
        "human",
    ),
    # https://github.com/udacity/frontend-nanodegree-mobile-portfolio/issues/2
    Case(
        "h",
        "en",
        "https://github.com/udacity/frontend-nanodegree-mobile-portfolio/issues/2",
        "Re: [frontend-nanodegree-mobile-portfolio] Small corrections you should make. (#2)",
        "Sorry for the delay! (Why so late? Long story short, I've had some bad "
        "notification settings on GH for the last few... years.)\n\n"
        "Thanks for your suggestions! I just pushed fixes for all the remaining issues.",
        "human",
    ),
    # https://github.com/haberdashPI/Alert.jl/pull/10
    Case(
        "h",
        "en",
        "https://github.com/haberdashPI/Alert.jl/pull/10",
        "Re: [Alert.jl] Fixing zenity notification (PR #10)",
        "First of all. SO sorry for the delayed reply. I am crawling out from under a huge "
        "pile of github notifications, and recovering from a very long winter with many "
        "deadlines and sick children, and I JUST saw your post from November 😬 \n\n"
        "Thanks for this contribution. LGTM.",
        "human",
    ),
    # https://github.com/ndaversa/hubot-github-bot/pull/3
    Case(
        "h",
        "en",
        "https://github.com/ndaversa/hubot-github-bot/pull/3",
        "Re: [hubot-github-bot] Fix typo: notifcations => notifications (#3)",
        "This has been fixed, thanks for this, sorry again for missing it for so long.",
        "human",
    ),
    # https://github.com/Totodore/socketioxide/issues/54
    Case(
        "h",
        "en",
        "https://github.com/Totodore/socketioxide/issues/54",
        "Re: [socketioxide] Vacations: I'm completly out from the 5th of july until the "
        "24th. (#54)",
        "Ouch, sounds like I need to speed up my game :smile: Thanks for letting us know "
        "and enjoy your vacation! :palm_tree:",
        "human",
    ),
    # https://github.com/Totodore/socketioxide/issues/54
    # (the maintainer under his own notice)
    Case(
        "h",
        "en",
        "https://github.com/Totodore/socketioxide/issues/54",
        "Re: [socketioxide] Vacations: I'm completly out from the 5th of july until the "
        "24th. (#54)",
        "I'm back :)",
        "human",
    ),
    # https://github.com/gestaolegalufmg/gestaolegal/issues/21
    # (names anonymised)
    Case(
        "h",
        "pt",
        "https://github.com/gestaolegalufmg/gestaolegal/issues/21",
        "Re: [gestaolegal] Obter resposta da Informática (#21)",
        "Já obtivemos a resposta do A., ele enviou o código do Minha DAJ para o Prof. B.",
        "human",
    ),
    # https://github.com/hc3/essencial-js-padroes-de-projeto/pull/6
    Case(
        "h",
        "pt",
        "https://github.com/hc3/essencial-js-padroes-de-projeto/pull/6",
        "Re: [essencial-js-padroes-de-projeto] Melhorias na tradução (#6)",
        "ownn manoo vlww, desculpa a demora, meio que me peguei trabalhando tanto q nem "
        "entrava mais no github... valeu aee, bons estudos.",
        "human",
    ),
    # https://github.com/reamat/PreCalculo/pull/20
    Case(
        "h",
        "pt",
        "https://github.com/reamat/PreCalculo/pull/20",
        "Re: [PreCalculo] Erro de português (#20)",
        "Muito obrigada!\nDesculpa a demora, acabei vendo sua sugestão somente agora.",
        "human",
    ),
    # https://github.com/react-brasil/vagas/issues/617
    # (cut after the third paragraph; name anonymised)
    Case(
        "h",
        "pt",
        "https://github.com/react-brasil/vagas/issues/617",
        "Re: [react-brasil/vagas] [Remoto ou São Paulo] React Dev (#617)",
        "Fala, pessoal, muitas pessoas entratam em contato sobre dúvidas acerca da "
        "ausência de respostas.\n\n"
        "Conversei há pouco com o A. pra alinhar com todos vocês.\n\n"
        "Ele não será capaz de responder a todos em tempo hábil como usualmente faz - e "
        "sim, também está relacionado a sobrecarga pelas ações para conter a pandemia.",
        "human",
    ),
    # https://github.com/concretesolutions/desafio-android/pull/1
    # (name anonymised)
    Case(
        "h",
        "pt",
        "https://github.com/concretesolutions/desafio-android/pull/1",
        "Re: [desafio-android] 1° commit (#1)",
        "Boa tarde A.,\n\n"
        "Nos desculpe a demora. O seu desafio já foi avaliado e assim que possível "
        "entraremos em contato com você para passar o feedback.\n\n"
        "Att",
        "human",
    ),
    # https://github.com/concretesolutions/desafio-android/pull/1
    # (a reply sent by e-mail with its quote header; names anonymised)
    Case(
        "h",
        "pt",
        "https://github.com/concretesolutions/desafio-android/pull/1",
        "Re: [desafio-android] 1° commit (#1)",
        "Nada, B. Agradeço a atenção.\n\n"
        "Um forte abraço,\nA. Person\n\n"
        "Em seg, 10 de set de 2018 14:02, B. Person <notifications@example.org>\nescreveu:",
        "human",
    ),
]

CASES: list[Case] = AUTO + HUMAN

# Measured misses left alone, kept visible: (case index, variant tag) -> why. Empty until
# the first pass.
# The first pass (session-start code 65cf388, BENCHMARKS.md "Session 13") missed 16 of the 58;
# the session's rules turned 5 right. The rest, each with why no general rule reads it:
KNOWN_MISSES: dict[tuple[int, str], str] = {
    (0, "re"): "a two-clause receipt ('已收到，正在处理中'): as short as a person's 'got it'",
    (6, "re"): "absent until a date, somewhere ('bis inklusive 27. 6. ... auf Papua "
    "Neuguinea'): no word of how mail is handled",
    (7, "re"): "a joke spelt wrong on purpose ('Ab XX bin ich wiedr da', 'dirngenden "
    "Fälllen'): the words a rule reads are misspelt",
    (11, "re"): "'Ik ben er niet, 1 augustus weer op post': absence and return, no word "
    "of how mail is handled",
    (12, "re"): "a joke (a hammock, an inbox traded for a cool box): no absence phrase",
    (14, "re"): "a bare return date ('estaré en la oficina el 25 de agosto')",
    (16, "re"): "a joke ('find me on one of 1,244 Croatian islands'): no absence phrase "
    "a rule could read without reading persons' turns too",
    (17, "re"): "a one-word note ('fui', 'gone')",
    (23, "re"): "a playful receipt ('已经收到你的规划！！！祝你生活愉快'): as a person writes",
    (28, "re"): "a receipt misspelt ('你的邮件我受到')",
    (30, "re"): "a person's reply in a thread whose topic is an auto-reply: the subject "
    "'Re: [..] Auto-Reply bei Eingang ...' reads as an auto-reply's subject",
}


@pytest.mark.parametrize(("index", "tag", "subject"), params(CASES))
def test_reply_kind_2(index: int, tag: str, subject: str) -> None:
    check(CASES, KNOWN_MISSES, index, tag, subject)


if __name__ == "__main__":  # PYTHONPATH=src:. python -m tests.inbound.test_reply_kinds_2
    print(score(CASES))
    sys.exit(0)
