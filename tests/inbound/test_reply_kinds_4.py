# ruff: noqa: RUF001 - quoted text keeps its own letters and punctuation
"""Round 4 of test_reply_kinds.py: more real auto-reply texts and real human reply texts,
each in a plain message without the telling headers (the messages, labels and score are
round 1's, imported from it): is the kind right when only the body and a "Re:" subject are
left?

Collection rule (written and committed before any page was read): round 3's rule (see
test_reply_kinds_3.py), with these changes.

- Emphasis: the languages rounds 2-3 found little or nothing in: Japanese, Korean,
  Russian, Ukrainian, Polish, Czech, Portuguese (Brazil), Spanish (Latin America), Turkish,
  Swedish, Norwegian, Danish, Finnish, Vietnamese, Indonesian, Hebrew, Arabic.
- Auto-replies (group ``a``): received automatic replies in those languages (out of
  office, vacation, 不在 / 休暇 notices, 자동응답, автоответ, receipt acknowledgements,
  help-desk tickets, "no longer with the company") quoted on public pages and in GitHub
  issue and pull-request threads (the ``pages`` and ``issues`` corpora). Published
  templates (texts offered for copying) are not taken (round 1's rule: only when the page
  shows them as received or used); none is written by us.
- Human replies (group ``h``): people's e-mailed replies in the same languages, in the
  same threads and pages, that talk about being away, back, or having received a message;
  about as many as auto-replies where they can be found.
- Texts are taken as they come in result order, at most 2 per thread or page, not chosen
  by how hard they look. Target 25-50 texts.
- Nothing used by rounds 1-3 (test_reply_kinds.py, test_reply_kinds_2.py,
  test_reply_kinds_3.py), test_localized_kinds.py, any other tests/inbound/test_*.py or the
  corpus (tests/data/inbound/, its README's source lists included): each candidate URL (and
  a GitHub thread's "owner/repo #N" form) is grepped for first, and each text is checked
  for near copies (normalised: lower case, non-alphanumeric runs to one space, addresses,
  IDs and IPs removed; a near copy when one contains the other and the shorter is at least
  60% of the longer) against all of those and against this round's own texts; near copies
  are left out and named below.
- Nothing from Sisimai, its set-of-emails, bounceHammer or pages copying their samples.
- Each text carries its source URL in a comment; quoted as the page shows it, shortened
  only at a paragraph boundary (noted); addresses anonymised to example.org / example.net /
  outreach.example, phone numbers to 555 numbers, private persons' names to placeholders.
- Messages as in round 1 (``raw_message``): no Auto-Submitted, X-Autoreply, Precedence or
  other telling header; From a person, To our sender, Subject "Re: " and a plausible
  subject; an auto-reply whose page shows its own subject is also tried with it
  (``page_subject``).
- Labels by tests/data/inbound/README.md and rounds 1-3: an auto-reply is kind
  ``autoreply``, reason ``vacation`` (also a left-the-company, closed-mailbox or ticket
  acknowledgement); a person's reply is kind ``human``. Labels and texts are committed
  before the classifier is run on any of them; KNOWN_MISSES stays empty until the lead's
  first pass.

Decisions taken while collecting (before the classifier ran on any text):

- Counts: 25 texts, 5 auto-replies (ru 2, fi 1, no 1, ko 1) and 20 people's replies
  (ru 5, uk 2, pt 2, es 1, ja 2, ko 2, pl 2, tr 3, sv 1). No auto-reply in Japanese,
  Ukrainian, Polish, Czech, Portuguese, Spanish, Turkish, Swedish, Danish, Vietnamese,
  Indonesian, Hebrew or Arabic qualified. 102 look-ups (75 on ``issues``, 26 on
  ``pages``, 1 ``find_string``).
- The ``issues`` corpus answers auto-reply queries in nearly every language (Japanese,
  Korean, Russian, Polish, Czech, Portuguese, Spanish, Turkish, Swedish, Norwegian, Finnish,
  Vietnamese, Indonesian, Ukrainian wordings) with the same QQ Mail threads and the
  Hello-World / openETCS / pmc-notes / channels threads rounds 1-3 and the corpus used; only
  formal Russian wording found new auto-replies. Chinese texts in those results were not
  taken (outside this round's languages). The ``pages`` corpus returned providers' help
  pages and templates to copy in every language (Japanese, Russian, Polish, Czech, Slovak,
  Swedish, Norwegian, Korean, Portuguese, Spanish, Finnish how-to pages), none taken.
- People's replies were far easier to find than auto-replies (GitHub threads in Russian,
  Ukrainian, Korean, Polish, Turkish, Portuguese; a Japanese and a Swedish page). Past the
  first one or two per language, further ones were left out for balance: MastersAcademy
  #763 and #737/#738/#740 (the same student, the same words), iForum #452, #404, #516, #394
  and the second replies of #411 and #589, yandex-praktikum #35 (a complaint about
  notification mail), FeliciLab/isus-app #439, diogocezar/dctb-utfpr-2019-1-web #48,
  hurbcom/challenge-bravo #173, braziljs/weekly #302, RD101/dotori #1337's second reply,
  uotalkie/dol-kr #80's second reply, Webschool-io #1021 (no away word).
- Left out as used by the corpus (URL found): kahun/awesome-sysadmin #597 (the Russian
  planned-leave notice is pasted14/awesomesysadmin-ru-planned-leave-colleague.eml; the
  person's English follow-up in the same thread went with it), BonnierNews/
  react-native-3d-model-view #15 (a Slovak/English leave notice already in the corpus),
  podivilov/nginx-blackout #1 (in the corpus, and a non-delivery notice, not a reply),
  andrew--r/channels #103, octocat/Hello-World, openETCS, Python-100-Days and the other QQ
  threads named by rounds 1-3. No text failed the near-copy check.
- Not taken: templates and how-to pages (nikkei xtech's 'こんな感じだ' example,
  blastmail, mediatalk, techhaps ru, unikresurs, sprakkonsulterna, vingestrahle,
  nlsnorwegian, utdannet, eway-crm, tyden, active24, everydayenglisher, gabia), texts
  offered for download (ct24 / respekt.cz 'Automatická odpověď' project), translations of
  someone else's auto-reply (tech-en.netlify.app's translated Habr article, publimetro /
  BBC Mundo, tn.com.ar, computerworld.dk's Welsh sign, kany.hatenablog), a sample set up
  for a site (ULTRA-SPORTS-KIMINO #10), a quoted one-line fragment of a confirmation mail
  (iForum #174, Ukrainian) and an automatic 'request processed' notice (iForum #101), a
  bureaucrat's out-of-office the nr116 blogger invents ('Normalt ville det sett slik ut'),
  team broadcasts addressing no one (SBProX #509, kokids/kisti #42, MastersAcademy course
  notes) and other projects' test fixtures found by ``find_string``.
- Arguable labels, kept as read: the Finnish dentist's 'Hei, olen lomalla, palaan 3.7.' is
  her first draft, the page does not say it went out unchanged; the Nynorsk politician's
  note is quoted by a blogger as the kind such people set, not traced to one mail; the
  Korean columnist's note may come from a translated column; the yandex acknowledgement is
  a support account's automatic GitHub comment, not an e-mail (labelled ``autoreply`` as
  round 3 labelled a Typeform confirmation); the pyneng notice (an address about to be
  closed, 'просьба отправлять письма на адрес ...') is ``autoreply`` as the corpus labels
  closed-mailbox notices, though a person could write it once; the Japanese absence mail
  to a boss and the boss's answer are a writer's experiment, real mails between people
  (``human``); the Polish and Turkish replies by e-mail keep their quote headers (Gmail,
  Outlook 'Gönderen/Gönderildi/Kime/Konu').

Run ``PYTHONPATH=src:. python -m tests.inbound.test_reply_kinds_4`` for the score.
"""

from __future__ import annotations

import sys

import pytest

from .test_reply_kinds import Case, check, params, score

# --- (a) auto-replies ------------------------------------------------------------------
AUTO: list[Case] = [
    # https://github.com/natenka/pyneng-examples-exercises/pull/12
    # (a reply by e-mail to the PR's notification: the address is being closed; name and
    # new address anonymised)
    Case(
        "a",
        "ru",
        "https://github.com/natenka/pyneng-examples-exercises/pull/12",
        "Re: [natenka/pyneng-examples-exercises] Task update jan 2021 (PR #12)",
        "Добрый день,\n\n"
        "В ближайшее время данных почтовый адрес будет деактивирован. Для контакта со мной "
        "просьба отправлять письма на адрес kim@example.org\n\n"
        "С уважением,\nA. Person.",
        "autoreply",
    ),
    # https://github.com/yandexmobile/yandex-ads-unity-plugin/issues/115
    # (the support account's automatic acknowledgement, posted as a comment; the issue asks
    # to reword this very 'шаблон ответа')
    Case(
        "a",
        "ru",
        "https://github.com/yandexmobile/yandex-ads-unity-plugin/issues/115",
        "Re: [yandexmobile/yandex-ads-unity-plugin] Переделайте шаблон ответа (Issue #115)",
        "Спасибо за Ваше обращение, для разбора создана задача с номером PCODESUP-3686. Мы "
        "ознакомимся и вернемся с ответом в течение 2 дней, возможно запросим "
        "дополнительную информацию.\n\n"
        "Thank you for your message, a task with the number PCODESUP-3686 has been created "
        "for analysis. We will get acquainted and return with the answer within 2 days, we "
        "may request additional information.",
        "autoreply",
    ),
    # https://hammastemonen.com/2020/06/10/ei-sittenkaan-mika-tahansa-hammaslaakarin-sahkopostin-lomaviesti/
    # (a public-health dentist's own out-of-office as she first wrote it for setting)
    Case(
        "a",
        "fi",
        "https://hammastemonen.com/2020/06/10/ei-sittenkaan-mika-tahansa-hammaslaakarin-sahkopostin-lomaviesti/",
        "Re: Ajanvaraus",
        "Hei, olen lomalla, palaan 3.7.",
        "autoreply",
    ),
    # https://nr116.blogspot.com/2013/07/jeg-er-pa-ferie.html
    # (a blogger quoting a commuting politician's out-of-office, in Nynorsk)
    Case(
        "a",
        "no",
        "https://nr116.blogspot.com/2013/07/jeg-er-pa-ferie.html",
        "Re: Innspel til høyring",
        "fuck Oslo. Eg lovar å sjekka e-post kvar gong eg er i eit område med dekning",
        "autoreply",
    ),
    # https://m.vingle.net/posts/142852
    # (a columnist's own out-of-office as she set it; her aside '(이 부분에 밑줄을 쳤다)',
    # 'I underlined this', left out)
    Case(
        "a",
        "ko",
        "https://m.vingle.net/posts/142852",
        "Re: 인터뷰 요청",
        "저는 2주 동안 휴가를 갑니다. 이메일이 오더라도 절대로 답하지 않을 겁니다.",
        "autoreply",
    ),
]

# --- (h) human replies -----------------------------------------------------------------
HUMAN: list[Case] = [
    # https://github.com/MastersAcademy/js-course-2018/pull/742
    Case(
        "h",
        "ru",
        "https://github.com/MastersAcademy/js-course-2018/pull/742",
        "Re: [MastersAcademy/js-course-2018] Create homework_5 (#742)",
        "Я тот, который пропустил 2 недели из-за отпуска.",
        "human",
    ),
    # https://github.com/e-government-ua/iForum/issues/411
    # (a support volunteer's answer about a mail already sent)
    Case(
        "h",
        "ru",
        "https://github.com/e-government-ua/iForum/issues/411",
        "Re: [e-government-ua/iForum] Уточнение по обработке заявки (#411)",
        "вам 20 минут назад уже ответили по этой заявке. поищите письмо в спаме, если не увидели",
        "human",
    ),
    # https://github.com/e-government-ua/iForum/issues/589
    # (handle and address anonymised)
    Case(
        "h",
        "ru",
        "https://github.com/e-government-ua/iForum/issues/589",
        "Re: [e-government-ua/iForum] Звернення № 0-452087329 (#589)",
        "@person Вам на почту kim@example.org должно было прийти письмо с подтверждением "
        "визита, адресом для явки, реквизитами для оплаты админсбора и списком необходимых "
        "документов, а также формами заявлений для печати. Возможно оно находится в папке "
        '"Спам". Если на почте письма нет, напишите, пожалуйста, - я отправлю его ещё раз.',
        "human",
    ),
    # https://github.com/SBProX/SBProX-Dev/issues/1731
    # (a reply by e-mail with its Gmail quote header; names anonymised, the provider's
    # mailer-daemon address kept)
    Case(
        "h",
        "ru",
        "https://github.com/SBProX/SBProX-Dev/issues/1731",
        "Re: [SBProX/SBProX-Dev] Предложения по B/A и рейтингу. (#1731)",
        "A.! Письмо получил. Отправил тебе, но mailer-daemon@corp.mail.ru пишет,\n"
        "что указан несуществующий ящик ))))\n\n"
        "пн, 30 нояб. 2020 г. в 20:05, B. Person <notifications@example.org>:",
        "human",
    ),
    # https://github.com/yandexmobile/yandex-ads-unity-plugin/issues/115
    # (a support person's answer after the automatic acknowledgement above)
    Case(
        "h",
        "ru",
        "https://github.com/yandexmobile/yandex-ads-unity-plugin/issues/115",
        "Re: [yandexmobile/yandex-ads-unity-plugin] Переделайте шаблон ответа (Issue #115)",
        "Добрый день! Мы поменяли автоматическое сообщение на предложенный вами вариант. "
        "Спасибо за проявленную инициативу!",
        "human",
    ),
    # https://github.com/e-government-ua/iForum/issues/453
    # (handle anonymised)
    Case(
        "h",
        "uk",
        "https://github.com/e-government-ua/iForum/issues/453",
        "Re: [e-government-ua/iForum] Звернення № 0-303631959 (#453)",
        "@person Доброго дня. Перевірте будь-ласка папку Спам, можливо лист знаходиться "
        "там. Якщо його немає, то вкажіть послугу, яку Ви замовляли, і в який підрозділ "
        "державного органу звертались. Дякую.",
        "human",
    ),
    # https://github.com/e-government-ua/iForum/issues/453
    Case(
        "h",
        "uk",
        "https://github.com/e-government-ua/iForum/issues/453",
        "Re: [e-government-ua/iForum] Звернення № 0-303631959 (#453)",
        "Дякую. Сьогодні отримав (і не в спамі :-)).",
        "human",
    ),
    # https://github.com/gustavoguanabara/git-github/issues/108
    Case(
        "h",
        "pt",
        "https://github.com/gustavoguanabara/git-github/issues/108",
        "Re: [gustavoguanabara/git-github] Grande Dia! (#108)",
        "Chegando atrasado por causa da Semana Santa. Mas, já tô pondo os estudos em dias.",
        "human",
    ),
    # https://github.com/kyriosdata/oo/issues/179
    Case(
        "h",
        "pt",
        "https://github.com/kyriosdata/oo/issues/179",
        "Re: [kyriosdata/oo] Meu repositório (#179)",
        "Peço desculpas, eu passei por uma fase muito complicada com mudanças e falta de "
        "internet la em casa, acabou que me atrasei no conteúdo e estou tentando correr "
        "atrás, att",
        "human",
    ),
    # https://github.com/AlejandroDiBattista/TUP25-P3/pull/286
    Case(
        "h",
        "es",
        "https://github.com/AlejandroDiBattista/TUP25-P3/pull/286",
        "Re: [AlejandroDiBattista/TUP25-P3] 61579 Recuperación del TP2 y TP3 (PR #286)",
        "Hola profesor, disculpe la demora, estuve teniendo inconvenientes familiares y por "
        "eso no pude subir los trabajos a tiempo, desde ya muchas gracias por otra "
        "oportunidad.",
        "human",
    ),
    # https://biz-journal.jp/skill/post_561_2.html
    # (a writer tries absence mails on his boss; the boss's answer, name anonymised)
    Case(
        "h",
        "ja",
        "https://biz-journal.jp/skill/post_561_2.html",
        "Re: 本日のお休みについて",
        "A.さん。大丈夫ですか?\n水のトラブルって大変ですよね。\n業者に頼みましたか?\n"
        "いまどんな状況でしょうか?",
        "human",
    ),
    # https://biz-journal.jp/skill/post_561_2.html
    # (the writer's own absence mail to his boss)
    Case(
        "h",
        "ja",
        "https://biz-journal.jp/skill/post_561_2.html",
        "Re: 本日のお休みについて",
        "メールで失礼致します。\n"
        "急なご連絡で大変恐縮ではございますが、人生に疲れきってしまったため、本日はお休み"
        "を取らせて頂きたいと存じます。\n"
        "仕事で急用等ございましたら、お手数ですが代わりに対応いただけますと助かります。\n"
        "ご迷惑をおかけして大変申し訳ございません。",
        "human",
    ),
    # https://github.com/RD101/dotori/pull/1337
    # (a reviewer back from a long holiday)
    Case(
        "h",
        "ko",
        "https://github.com/RD101/dotori/pull/1337",
        "Re: [RD101/dotori] pt-5에서 pt-3으로 변경 (#1337)",
        "휴가가 길었죠. 협업하는 입장에서 너무 기다리게 해서 미안해요\n"
        "다음에는 휴가일정이 있으면 공유하고, 진행이 느려지지 않도록 대안도 같이 "
        "마련할게요.\n"
        "기다려줘서 고마워요! 덕분에 코드 흐름을 계속 공유할 수 있었어요:)",
        "human",
    ),
    # https://github.com/uotalkie/dol-kr/pull/80
    # (handle anonymised)
    Case(
        "h",
        "ko",
        "https://github.com/uotalkie/dol-kr/pull/80",
        "Re: [uotalkie/dol-kr] Update events.twee (#80)",
        "@person 이번에 연휴준비에 회사일이 겹쳐서 도저히 작업을 진행할 시간이 나지 "
        "않는군요. 다음 주에 작업하겠습니다. 정말 죄송합니다.",
        "human",
    ),
    # https://github.com/pbiecek/InterpretableMachineLearning2018S/pull/110
    # (a student's reply by e-mail with its Gmail quote header; name anonymised)
    Case(
        "h",
        "pl",
        "https://github.com/pbiecek/InterpretableMachineLearning2018S/pull/110",
        "Re: [pbiecek/InterpretableMachineLearning2018S] late homework 4 (#110)",
        "Przepraszam, nie wyrobiłam się w terminie z powodu natłoku innych\n"
        "projektów. Wydawało mi się, że mimo to powinnam skończyć i wysłać pracę.\n\n"
        "W dniu czw., 25.04.2019 o 23:47 A. Person <notifications@example.org>\n"
        "napisał(a):",
        "human",
    ),
    # https://github.com/mbebe/blomqvist/issues/556
    # (the maintainer answering users worried by his silence)
    Case(
        "h",
        "pl",
        "https://github.com/mbebe/blomqvist/issues/556",
        "Re: [mbebe/blomqvist] Zaniepokojony (#556)",
        "Spokojnie. Wszystko w miare ok.\nWracam powoli do normalnosci.\n:roll_eyes:",
        "human",
    ),
    # https://github.com/abbaselmas/cen215DataStructureLab/pull/224
    # (a student's reply by e-mail; names anonymised; cut before the quoted notification)
    Case(
        "h",
        "tr",
        "https://github.com/abbaselmas/cen215DataStructureLab/pull/224",
        "Re: [abbaselmas/cen215DataStructureLab] Homework (#224)",
        "Hocam merhaba, ders kaydı sisteminde sorun olduğu için ders kaydım çok geç\n"
        "yapıldı, bu sebeple ödevden de geç haberim oldu. Aynı zamanda şehir\n"
        "dışından bir iş teklifi aldığım için Ankara'ya gittim ve bilgisayara dün\n"
        "erişebildim. Anca yetiştirebildim.\n\n"
        "Nasıl takdir ederseniz benim için uygundur hocam, geç gönderdiğim için\n"
        "kusura bakmayın.\n\n"
        "Teşekkürler.\n\n"
        "On Tue, Oct 27, 2020, 6:18 PM A. Person <notifications@example.org> wrote:",
        "human",
    ),
    # https://github.com/abbaselmas/cen215DataStructureLab/pull/226
    # (a student's reply by e-mail with its Turkish Outlook quote header; names and the
    # personal address anonymised, GitHub's own addresses kept)
    Case(
        "h",
        "tr",
        "https://github.com/abbaselmas/cen215DataStructureLab/pull/226",
        "Re: [abbaselmas/cen215DataStructureLab] homework (#226)",
        "hocam evet biraz gecikme oldu çünkü hata verdi git e-postası bir türlü benim "
        "e-postamla eşleşmedi biraz onu değiştirmekle uğraştım.\n\n"
        "________________________________\n"
        "Gönderen: A. Person <notifications@example.org>\n"
        "Gönderildi: 27 Ekim 2020 Salı 18:20\n"
        "Kime: abbaselmas/cen215DataStructureLab "
        "<cen215DataStructureLab@noreply.github.com>\n"
        "Bilgi: kim <kim@example.org>; Author <author@noreply.github.com>\n"
        "Konu: Re: [abbaselmas/cen215DataStructureLab] homework (#226)\n\n"
        "Doğru göndermişsin ama sen de 6 dk ile deadline ı kaçırmışsın.",
        "human",
    ),
    # https://github.com/halilkocaoz/learn-go-with-tests/pull/32
    # (handle anonymised)
    Case(
        "h",
        "tr",
        "https://github.com/halilkocaoz/learn-go-with-tests/pull/32",
        "Re: [halilkocaoz/learn-go-with-tests] translate di section (#32)",
        "Hızına yetişemiyorum @person 😅 biraz geç dönüş yapabilirim. Şimdiden özür dilerim.",
        "human",
    ),
    # https://lotten.se/etikett/lan
    # (a blogger quoting the car-hire person's e-mailed answer)
    Case(
        "h",
        "sv",
        "https://lotten.se/etikett/lan",
        "Re: Presentkort – lån av bil",
        "Om du bokar bilen som du ska ha, mailar mig bokningsbekräftelsen så ska jag ordna "
        "så det löser sig.",
        "human",
    ),
]

CASES: list[Case] = AUTO + HUMAN

# Measured misses left alone, kept visible: (case index, variant tag) -> why. Empty until
# the first pass.
# The first pass (session-start code 65cf388, BENCHMARKS.md "Session 13") missed 4 of the 25,
# all auto-replies; the session's rules turned the Russian and Korean ones right. The rest:
KNOWN_MISSES: dict[tuple[int, str], str] = {
    (2, "re"): "Finnish 'olen lomalla, palaan 3.7.' (on holiday, back 3.7.): the groups hold "
    "no Finnish words, and an absence with a return says nothing of how mail is handled",
    (3, "re"): "a Nynorsk joke ('fuck Oslo', e-mail checked wherever there is coverage)",
}


@pytest.mark.parametrize(("index", "tag", "subject"), params(CASES))
def test_reply_kind_4(index: int, tag: str, subject: str) -> None:
    check(CASES, KNOWN_MISSES, index, tag, subject)


if __name__ == "__main__":  # PYTHONPATH=src:. python -m tests.inbound.test_reply_kinds_4
    print(score(CASES))
    sys.exit(0)
