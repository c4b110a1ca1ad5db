"""Auto-replies (out-of-office, vacation, auto-acknowledgements), RFC 3834 and beyond."""

from __future__ import annotations

import re
from email.message import Message

from . import words_away as away
from .parse import header
from .phrases import Caseless, Indexed, lowered

# Headers that by themselves mark an automatic reply.
_STRONG_HEADERS = (
    "X-Autoreply",
    "X-Autorespond",
    "X-Autoresponder",
    "X-Auto-Reply",
    "X-Mail-Autoreply",
    "X-Vacation",
    "X-Autoreply-From",
    "X-FC-MachineGenerated",
)
_AUTOGEN_VALUE = re.compile(r"(?i)^\s*(?:reply|auto[-_ ]?reply|yes|true|1)\b")

# Subjects of automatic replies in EN, DE, FR, ES, NL, PT, IT, JA (and PL): Outlook's,
# Gmail's, Exchange's and common clients' defaults and their usual variants; and
# "automatic reply" / "out of office" / "away until" in the other languages KDE's vacation
# editor and Outlook ship (CA, GL, DA, NB, SV, FI, ET, CS, SK, SL, HR, SR, HU, BG, RU, UK,
# TR, EL, ZH, KO).
_SUBJECT = re.compile(
    r"(?i)^\s*(?:auto(?:matic)?[ _-]?(?:reply|response|answer|antwort)\b|autoreply\b|"
    r"auto(?:mated)? ?(?:reply|response)\b|auto:|autom\. antwort|out of (?:the )?office|"
    r"\booo\b|away from (?:the |my )?(?:office|desk)|on vacation|on holiday|"
    r"automatische antwort|\babwesenheitsnotiz|nicht im b[üu]ro|"
    r"au[ßs]er haus|"
    r"r[ée]ponse automatique|absente? du bureau|absence du bureau|hors du bureau|"
    r"message d'absence|"
    r"respuesta autom[áa]tica|fuera de (?:la )?oficina|"
    r"automatisch antwoord|buiten kantoor|"
    r"resposta autom[àáa]tica|fora do escrit[óo]rio|"
    r"risposta automatica|fuori (?:ufficio|sede)|"
    r"\[?automatyczna odpowied|autoodpowied|poza biurem|\[auto[ _-]?generated\]|"
    r"fora de l'oficina|f[óo]ra da oficina|autosvar|automatiskt? svar|ikke til stede|"
    # Session 13 (our own probes): Outlook's automatic-reply subject in more languages.
    r"odpowied[źz] automatyczna|r[ăa]spuns automat|balasan otomatis|tr[ảa] l[ờo]i t[ựu] [đd][ộo]ng|"
    r"ตอบกลับอัตโนมัติ|תשובה אוטומטית|رد تلقائي|"
    r"ikke p[åa] kontoret|borta till|fr[åa]nvar|automaattinen vastaus|poissa (?:t[öo]ist[äa]|toimistolta)|"
    r"automaatvastus|[äa]ra kuni|automatick[áa] odpov|mimo kancel[áa]|samodejni odgovor|ni me v pisarni|"
    r"automatski odgovor|izvan ureda|van kancelarije|ван канцеларије|automatikus v[áa]lasz|"
    r"h[áa]zon k[íi]v[üu]l|irod[áa]n k[íi]v[üu]l|автоматичен отговор|извън офиса|автоответ|"
    r"автоматический ответ|отсутствую|автовідповідь|автоматична відповідь|за межами установи|"
    r"otomatik (?:yanit|cevap)|ofis di[şs]inda|αυτόματη απάντηση|εκτός γραφείου|"
    r"自動応答|自動返信|自動送信|自动回复|自动答复|自動回覆|外出时的自动|郵件答錄機|자동 회신|부재|"
    r"不在|休暇|外出|お休み)"
    r"|(?i:\b(?:out of (?:the )?office|automatic reply|auto[- ]?reply|auto[- ]?response|"
    r"abwesenheitsnotiz|r[ée]ponse automatique|respuesta autom[áa]tica|automatisch antwoord|"
    r"resposta autom[áa]tica|risposta automatica)\b)|自動応答|自動返信|不在"
)

# Words a person also puts first in a subject ("Vacation schedule for August",
# "Abwesenheit im August - Vertretung"): they mark an automatic reply only when they are
# the whole subject, or are followed by a separator, a date or "until" ("Vacation: Our
# offer", "Abwesend bis 12.08.", "Afwezig tot 3 mei").
_SUBJECT_WEAK = re.compile(
    r"(?i)^\s*(?:vacation|on leave|annual leave|abwesenheit|abwesend|absence|absente?|"
    r"en cong[ée]s?|ausente|de vacaciones|ausencia|afwezig|niet aanwezig|afwezigheid|"
    r"met vakantie|de f[ée]rias|aus[êe]ncia|assente|in ferie|assenza)"
    r"\s*(?:$|[-:/|(,.!\u2013\u2014]|\d|until\b|till\b|bis\b|jusqu|hasta\b|tot\b|at[ée]\b|fino\b)"
)

# Body phrases that only an automatic reply uses. Indexed: few bodies hold a literal of
# them, and one automaton pass costs less than this alternation at every position.
_BODY_AUTOMATIC = Indexed(
    r"(?i)this is an? (?:automatic|automated|auto-generated)(?:ally generated)? "
    r"(?:reply|response|message|e-?mail|notification)|"
    # Bare, only as a notice's own label ("Automatic reply: ...", "[Automatic reply]",
    # "automatic reply to your message"), not where a person talks about one ("The
    # automated reply seems to be malfunctioning").
    r"(?:automatic|automated) (?:reply|response)(?:\s*[:\]\-\u2013\u2014)]| to your| from )|"
    r"diese (?:nachricht|e-?mail|antwort) wurde automatisch|automatisch (?:generiert|erstellt|erzeugt)|"
    r"dies ist eine automatische|"
    r"ceci est (?:un|une) (?:message|réponse|r[ée]ponse) automatique|r[ée]ponse automatique|"
    r"este es un (?:mensaje|correo) autom[áa]tico|respuesta autom[áa]tica|"
    r"dit is een automatisch|automatisch (?:gegenereerd|antwoord)|"
    r"esta [ée] uma (?:mensagem|resposta) autom[áa]tica|resposta autom[áa]tica|"
    r"questo [èe] un messaggio automatico|risposta automatica|"
    r"自動応答|自動返信|自動送信|"
    # Chinese (unseen-8): QQ Mail's "这是来自QQ邮箱的假期自动回复邮件", "【自动回复】". Only as
    # the notice's own label (session 13, test_reply_kinds_2.py): not a person's "这么多自动
    # 回复" ("so many auto-replies") or "有自动回复的设置一下" in a thread.
    r"(?:自动回复|自动答复|自動回覆)(?:邮件|郵件|信|功能|[：:】\]）)])|[【\[（(](?:自动回复|自动答复|自動回覆)|"  # noqa: RUF001
    # Session 9 (unseen-23): the list manager answering for itself ("Hi! This is the ezmlm
    # program. I'm managing the ... mailing list."); its refusals come as qmail bounces,
    # which the bounce rules take first.
    r"this is the ezmlm program",
)

# Acknowledgement subjects ("Thank you for your e-mail"); a person could write them,
# so they count only with a supporting header (Precedence: bulk/junk, ...).
_SUBJECT_ACK = re.compile(
    r"(?i)^\s*(?:thank(?:s| you) for (?:your|the) (?:e-?mail|message|mail|letter|enquiry|inquiry)|"
    r"(?:we|i) (?:have )?received your (?:e-?mail|message)|"
    r"(?:vielen )?dank f[üu]r ihre (?:e-?mail|nachricht|anfrage)|"
    r"merci (?:pour|de) votre (?:message|e-?mail|courriel)|"
    r"gracias por (?:su|tu) (?:mensaje|correo|e-?mail)|"
    r"bedankt voor (?:uw|je) (?:bericht|e-?mail)|"
    r"obrigad[oa] pel[ao] (?:sua )?(?:mensagem|e-?mail|contato)|"
    r"grazie per (?:la (?:sua|tua)|il (?:suo|tuo)) (?:messaggio|e-?mail)|"
    r"お問い合わせありがとう|ご連絡ありがとう|メールありがとう|"
    r"(?:感谢|谢谢|感謝|謝謝)(?:您|你)(?:发来|發來|寄来|寄來)?的(?:来信|來信|邮件|郵件))"
)


class _Group:
    """One group of words as several gated regexes, tried in order: its main words (an
    English group, and the same words in the other languages, words_away.py, each behind
    its own gate) and its CJK words, which hold no gate's literal of 3+ characters: tried
    apart, only where the text is not ASCII, as each needs a CJK character (a gate-less
    alternation would be tried at every position of every text; session 12)."""

    def __init__(self, *main: Caseless | Indexed, cjk: str = "") -> None:
        self.main = main
        self.cjk = Caseless("(?i)" + cjk) if cjk else None

    def search(self, text: str, low: str | None) -> bool:
        """True when one of the main regexes or the CJK words occurs in text."""
        if any(rx.search(text, low) for rx in self.main):
            return True
        return self.cjk is not None and not text.isascii() and self.cjk.search(text, low)


# Out-of-office phrases; a human reply may also say these, so they count only with
# a supporting header or subject.
_BODY_AWAY_MAIN = Indexed(
    r"(?i)out of (?:the )?office|(?:i am|i'm|i will be|i'll be) (?:currently )?"
    r"(?:away|out|on (?:annual |parental |maternity |sick )?leave|on vacation|on holiday|travell?ing|"
    r"off)|limited access to (?:my )?e-?mail|(?:when|upon) (?:i|my) return|"
    r"nicht im b[üu]ro|abwesend|im urlaub|au[ßs]er haus|nicht erreichbar|"
    # Session 12 (unseen-29): "nicht im Hause", "keinen Zugriff auf meine E-Mails".
    r"nicht im hause?\b|keinen zugriff auf meine e-?mails|"
    r"je (?:suis|serai) (?:actuellement )?(?:absente?|en cong[ée]s?|en vacances)|"
    r"absente? du bureau|de retour le|"
    r"estoy (?:fuera|ausente|de vacaciones)|estar[ée] (?:fuera|ausente|de vacaciones)|"
    r"me encuentro (?:fuera|ausente|de vacaciones)|fuera de (?:la )?oficina|"
    r"ik ben (?:momenteel |tot en met .{1,20} |tot .{1,20} )?(?:afwezig|niet aanwezig|op vakantie|"
    r"met vakantie|niet op kantoor)|afwezig|"
    r"estou (?:fora|ausente|de f[ée]rias)|estarei (?:fora|ausente|de f[ée]rias)|"
    r"fora do escrit[óo]rio|"
    r"(?:sono|sar[òo]) (?:fuori ufficio|assente|in ferie)|fuori ufficio|"
    r"(?:(?:i|we) will|i'll|we'll) (?:endeavou?r to |try to |do my best to )?"
    r"(?:reply|respond|get back to you|write back)"
    r"(?: to (?:you|your (?:e-?mail|message)))? as soon as (?:possible|i can)|"
    # The return announced ("I'll be back at the office on June 17th", "Ich bin am
    # 17. Juli wieder im Büro") and a closed mailbox ("no longer monitored", unseen-9).
    r"(?:i will|i'll|i shall) be back (?:in|at|to) (?:the|my) (?:office|desk)|"
    r"wieder im b[üu]ro|"
    r"(?:mailbox|inbox|e-?mail address|account) (?:is |has been )?(?:closed|no longer (?:monitored|in use))|"
    r"is no longer monitored|"
    r"(?:ich werde|werde ich) (?:ihre nachricht|mich) .{0,40}(?:beantworten|melden)|"
    r"je (?:vous )?r[ée]pondrai (?:d[èe]s|au plus vite)|"
    r"(?:le |les )?responder[ée] (?:lo antes posible|a la mayor brevedad)|"
    r"(?:zo )?spoedig mogelijk (?:beantwoorden|reageren)|"
    r"responderei (?:assim que|o mais breve)|risponder[òo] (?:al più presto|appena)|"
    r"fora de l'oficina|f[óo]ra d[ao] (?:oficina|traballo)|v[æae]k fra kontoret|jeg er borte|"
    r"[äa]r borta|olen poissa|poissa (?:t[öo]ist[äa]|toimistolta)|olen [äa]ra|poza biurem|"
    r"mimo kancel[áa]|(?:som|jsem|budem|budu) na dovolen|na urlopie|nedosegljiv|izvan ureda|van kancelarije|ван канцеларије|irod[áa]n k[íi]v[üu]l|"
    r"h[áa]zon k[íi]v[üu]l|отсутствую|мене зараз немає|кеңседе болмаймын|ofis di[şs]inda|"
    r"εκτός γραφείου|휴가 중|부재 중",
)
_BODY_AWAY = _Group(
    _BODY_AWAY_MAIN,
    cjk=r"不在|休暇|外出|出張|"
    # "我会尽快回复", "尽快查看并回复" (unseen-9): a promise to answer soon.
    r"尽快[^。\uff01!\uff0c,]{0,6}(?:答复|回复)|盡快[^。\uff01!\uff0c,]{0,6}(?:答覆|回覆)",
)

# A stand-in for urgent matters: with an absence phrase, what an out-of-office notice says
# and a reply written by a person rarely does, so the two mark an automatic reply even
# without any header. (Indexed: as _BODY_AUTOMATIC.)
_BODY_URGENT = Indexed(
    r"(?i)in urgent cases|for urgent (?:matters|enquiries|inquiries|requests|cases)|"
    r"in (?:case of )?(?:an )?emergency|if (?:your matter|it) is urgent|"
    # fix9 (unseen-19): the matter named ("if the question is urgent", a translation of
    # Russian "если вопрос срочный") or left out ("if urgent, call ...").
    r"if (?:the|your|this) (?:question|matter|issue|request|case|problem|enquiry|inquiry) "
    r"is urgent|if urgent\b|"
    r"in dringenden? (?:f[äa]llen|angelegenheiten)|bei dringenden (?:anliegen|fragen|angelegenheiten|mitteilungen|f[äa]llen)|"
    r"en cas d'urgen(?:ce|cia)|en cas d'urgència|pour toute urgence|"
    r"en caso de urgencia|para (?:asuntos|temas) urgentes|se [ée] unha urxencia|"
    r"in (?:dringende|urgente) gevallen|voor dringende zaken|"
    r"em casos? de urg[êe]ncia|para assuntos urgentes|in caso di urgenza|per (?:urgenze|questioni urgenti)|"
    r"vid br[åa]dskande [äa]renden|i br[åa]dskande [äa]renden|i viktige saker|i hastesaker|"
    r"i akutte tilf[æae]lde|kiireellisiss[äa] asioissa|kiireisiss[äa] tapauksissa|"
    r"edasil[üu]kkamatute asjade korral|w nag[łl]ych przypadkach|w pilnych sprawach|"
    r"v naliehav[ýy]ch pr[íi]padoch|v nal[ée]hav[ýy]ch p[řr][íi]padech|v nujnih primerih|"
    r"u hitnim slu[čc]ajevima|у хитним случајевима|s[üu]rg[őo]s (?:esetben|[üu]gyekben)|"  # noqa: RUF001
    r"по срочным вопросам|в срочных случаях|если (?:вопрос|дело) срочн|если срочно|"
    r"з термінових питань|acil bir durum|"
    r"σε επείγουσες περιπτώσεις|төтенше жағдайда|위급할 때|급한 용무|"
    r"如有緊急|如果有緊急|如有紧急|如果有紧急|お急ぎの場合|緊急の場合",
)


# An absence stated with its return date or its cut-off ("will not return until
# 06/08/2015", "I won't have email access during this period"): the announcement an
# out-of-office notice makes; a person's reply about an absence names a weekday or asks
# when to talk.
_BODY_PERIOD = Caseless(
    r"(?i)(?:will not|won't|shall not) (?:be )?(?:back|return(?:ing)?) (?:to (?:the|my) office )?"
    r"(?:until|before|till)\s+(?:\w+,? )?\d|"
    r"(?:will not|won't|shall not) have (?:any )?(?:e-?mail|internet) access "
    r"(?:during (?:this|that|the) (?:period|time)|while (?:i am|i'm) away)",
)

# A receipt acknowledgement ("您所发邮件已收到", "your e-mail has been received"): the
# whole of many automatic replies, said without a question.
# fix9 (unseen-19): "your letter" (English from Russian "ваше письмо", also British
# usage), and "has been delivered" said of the sender's message arriving ("Your letter has
# been delivered", not "... delivered to <someone>", a forwarding or a delivery report).
_BODY_RECEIVED = _Group(
    Indexed(
        r"(?i)your (?:e-?mail|message|mail|letter) (?:has been|was) "
        r"(?:received|delivered(?![ \t]+(?:to|in|into|at|by)\b))|"
        r"ваше (?:письмо|сообщение) (?:было )?(?:получено|доставлено)"
    ),
    cjk=r"(?:邮件|郵件|来信|來信|信件)(?:我)?(?:已经|已經|已)(?:收到|收悉)|"
    r"(?:已经|已經|已)收到(?:您|你)的(?:邮件|郵件|来信|來信)",
)

# --- A notice without any header: what the whole message does -------------------------
# People paste only the body of an auto-reply; self-written out-of-office notes, closed
# mailboxes and help-desk acknowledgements then carry no header, no subject and often no
# urgent-matters stand-in. A notice *announces* the mailbox's state: the owner is away or a
# period is named, and it says how mail is handled (access to e-mail, a promise to reply,
# the sender's message, a stand-in). A person's reply that mentions an absence talks about
# the matter at hand ("I'm on PTO until Wednesday, I'll look when I get back") and turns
# back to the thread (quotes it, apologises for answering late, says they are back).


def _each(words: str, tail: str) -> str:
    """ "a|b" and a tail as "a<tail>|b<tail>": alternatives that begin with a literal,
    which regexlits.factored groups by their first characters (a group tried at a position
    only when its first character is there)."""
    return "|".join(word + tail for word in words.split("|"))


# The owner away (or the organisation closed): "out of the office", "I am currently
# travelling", "I'm off until", "we are closed from".
_ABSENT_EN = Caseless(
    r"(?i)out[- ]of[- ](?:the |my )?office|"
    + _each(
        "i am|i'm|i will be|i'll be|i shall be",
        r"(?: \w+){0,2} (?:away|travell?ing|offline|unavailable|"
        r"on (?:\w+ ){0,3}(?:leave|vacation|holidays?|sabbatical|pto)\b)",
    )
    + "|"
    + _each(" am|'m", r" off (?:until|till|on (?:holiday|vacation|leave)|for)\b")
    + "|"
    + _each(" is| are| will be", r" (?:officially )?closed (?:for|from|until|till|between|over)\b")
    + r"| on (?:annual|parental|maternity|paternity|sick|research|study) leave\b| on sabbatical\b"
    # Russian (unseen-14): "я нахожусь в (плановом) отпуске" (I am on (planned) leave).
    + r"|нахожусь в (?:\w+ )?(?:отпуске|командировке)"
)
# A period or a return: "until 06/08", "till Monday", "from May 21-June 6", "between August
# 1st - 16th", "I'll be back", "when I return", "upon my return", "we re-open in".
# A day or a date after "until", "till", "through": a digit, a weekday, a month.
_DAY = r"(?:\d|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
# (Alternatives begin with a literal where they can: regexlits.factored groups those.)
# Indexed: as _BODY_AUTOMATIC.
_RETURN_EN = Indexed(
    r"(?i)until (?:the )?(?:" + _DAY + r"|next|tomorrow|end of)|"
    r"\btill " + _DAY + r"|thru " + _DAY + r"|through " + _DAY + r"|"
    r"from [^.\n]{0,30}\d[^.\n]{0,12}(?: to | until | till | through |-|\u2013|\u2014)|"
    # Session 9 (unseen-23): a dotted date ("from 29.4.2019 to 10.5.2019").
    r"from \d{1,2}\.\d{1,2}\.(?:\d{2,4})? ?(?:to |until |till |through |-|\u2013|\u2014)|"
    r"between [^.\n]{0,25}\d[^.\n]{0,12}(?: and |-|\u2013)|"
    r"i'll be back\b|i will be back\b|i shall be back\b|we'll be back\b|we will be back\b|"
    r"will not return until|won't be back|won't return|"
    r"when (?:i|we) (?:return|re-?open|get back|am back|are back|'m back|'re back)|"
    r"once (?:i|we) (?:return|re-?open|get back|am back|are back|'m back|'re back)|"
    r"upon (?:i|we|my|our) (?:return|re-?open|get back)|on my return|on our return|"
    r"after my return|after (?:i|we) (?:return|re-?open|get back)|"
    r"reopen(?:s|ing)? (?:in|on)\b|re-open(?:s|ing)? (?:in|on)\b"
)
# E-mail access limited: a statement of the mailbox's state by itself.
_ACCESS_EN = Caseless(
    r"(?i)(?:limited|sporadic|intermittent|spotty|patchy|occasional|little|no|without) "
    r"(?:e-?mail )?access to (?:my |the )?e-?mail|"
    r"access to (?:my )?e-?mails? (?:may|will|is|are) (?:be )?(?:sporadic|limited|spotty|patchy|"
    r"intermittent)|"
    r"e-?mail access\b[^.\n]{0,60}\b(?:spotty|sporadic|limited|intermittent|patchy)|"
    r"without (?:e-?mail|internet and e-?mail) access|"
    # Russian (unseen-14): "доступ к почте может быть ограничен" (access to mail may be
    # limited), "ограниченный доступ к почте" (limited access to mail).
    r"доступ к (?:электронной )?почте (?:может быть |будет )?(?:ограничен|затруднен)|"
    r"ограниченн\w* доступ\w* к (?:электронной )?почте"
)
# How mail is handled: reading it, a promise to answer, an apology for delays, the
# sender's message acknowledged, a stand-in or an urgent channel.
_MAIL_EN = Caseless(
    "(?i)"
    + _each(
        "won't|will not|shan't|shall not|not|never",
        r" (?:be )?(?:checking|reading|monitoring|answering|accepting|responding to) "
        r"(?:my |any |work |old )?(?:e-?mails?|mail|messages|inbox|mailbox)",
    )
    + "|"
    + _each(
        "checking|check|reading|read|answering|answer|accepting",
        r"(?: \w+){0,2} (?:my |any |work |old )?(?:e-?mails?|mail|messages)\b",
    )
    + "|"
    + _each(
        "i'll|i will|i shall|we'll|we will|we shall",
        r"(?: \w+){0,3} (?:reply|respond|answer|get back to you|write back|be in touch)",
    )
    + r"|respond\w* (?:to (?:you|your \w+) )?(?:when|once|after|upon) (?:i|we) |"
    r"delays? in (?:my )?(?:correspondence|response|responding|reply|replying)|"
    + _each("apologize for|apologise for|apologies for|forgive", " any delay")
    + r"|thank(?:s| you) for your (?:patience|understanding|consideration)|"
    r"thank(?:s| you) for (?:your (?:e-?mail|message|mail|note)|writing|contacting|"
    r"getting in touch|reaching out)|"
    r"your (?:e-?mail|message|mail)\b|您的(?:邮件|郵件|来信|來信)|你的(?:邮件|郵件|来信|來信)|"
    + _each("contact|get in touch with|reach out to|e-mail|email", r" (?:my|our)\b")
    + "|during my absence|in my absence|"
    + _each("while i'm|while i am", " (?:away|out)")
    + "|"
    + _each("try|call|reach|text", " me (?:on|at|via) (?:my )?(?:mobile|cell|phone)")
    + r"|if (?:it|this|your matter) is (?:\w+ )?(?:urgent|life-threatening)|"
    r"immediate assistance|time-sensitive|"
    # fix9 (unseen-19): the reading promised ("I will read it shortly", "will be read
    # shortly"), as the promise to answer above.
    r"(?:will|shall) (?:be )?read (?:it |them |your \w+ )?(?:shortly|soon|as soon as)|"
    # Session 9 (unseen-23): the handling promised in Chinese ("我会及时处理", I will deal
    # with it promptly), as the promise to answer above.
    r"我(?:会|會)(?:尽快|盡快|及时|及時|马上|馬上)?(?:处理|處理|回复|回覆|答复|答覆)"
)
# Back at the desk on a named day: absence and return in one ("I'll be back in the office on
# Monday").
_BACK_AT_DESK = Caseless(
    r"(?i)(?:i|we)(?:'ll| will| shall) be back (?:in|at|to) (?:the|my|our) (?:office|desk)"
)
# A promise to answer within a stated time ("I'll be responding within 12 hours",
# "在12小时内处理"): an acknowledgement when it names the sender's message.
_WITHIN = _Group(
    Indexed(
        "(?i)"
        + _each(
            "reply|respond|get back to you|be in touch|answer|process|handle",
            r"\w*(?: to (?:you|your \w+))? within (?:\d+|one|two|three|a few) "
            r"(?:hours?|business days?|working days?|days?)",
        )
    ),
    cjk=r"\d+\s*(?:小时|小時|个工作日|個工作日|天)内.{0,4}(?:处理|回复|答复|處理|回覆)",
)
# A closed or unmonitored mailbox, a person who left: the whole point of the notice.
# (Indexed: as _BODY_AUTOMATIC.)
_CLOSED = Indexed(
    "(?i)"
    + _each(
        "mailbox|inbox|e-mail address|email address|e-mail account|email account|account|address",
        r" (?:is |has been )?(?:closed|no longer (?:active|monitored|in use|in service|checked|"
        r"being monitored|valid))",
    )
    # fix7 (unseen-16): the same said of now or of soon ("This mailbox is now closed",
    # "this email address will no longer be monitored soon").
    + "|"
    + _each(
        "mailbox|inbox|e-mail address|email address|account|address",
        r" (?:is now closed|will (?:no longer|not) be (?:monitored|checked|read|in use|active)"
        r"|will (?:be closed|close)\b)",
    )
    + "|"
    + _each(
        "mailbox|inbox|address",
        r" (?:that )?(?:isn't|is not|is no longer) "
        r"(?:monitored|checked|active|read)",
    )
    + "|"
    + _each(
        "messages|e-mails|emails",
        r" sent to this (?:e-?mail )?address (?:will not|won't|are not|aren't|will no longer)",
    )
    + r"|not (?:be )?reachable at this (?:e-?mail )?address|"
    r"no longer (?:working|employed) (?:at|for|with|by)\b|"
    + _each(" is| am| are", r" no longer with\b")
    + "|"
    + _each("has|have", " left (?:the company|the organi[sz]ation|the firm)")
    # Session 13 (test_reply_kinds_3.py): a departed owner ("This employee can no longer
    # access email on this account").
    + r"|(?:can|could) no longer access (?:e-?mails?|this (?:mailbox|account|inbox))|"
    r"no longer (?:has|have) access to (?:this|the|my|their|his|her) (?:e-?mail|mailbox|inbox)|"
    # test_reply_kinds_4.py: Russian "данный почтовый адрес будет деактивирован" (this
    # address will be deactivated), "ящик закрыт".
    r"(?:адрес|ящик) (?:будет |был )?(?:деактивирован|закрыт|отключ[её]н|удал[её]н)"
)
# A receipt or a help-desk acknowledgement: "your support request has been submitted",
# "we have received your request", "your ticket reference is #681".
_RECEIPT = _Group(
    Indexed(
        r"(?i)your (?:\w+ ){0,2}(?:request|message|e-?mail|enquiry|inquiry|application|resume|cv|"
        r"ticket|submission) (?:has been|was|is being|have been) (?:received|submitted|forwarded|"
        r"logged|created|recorded)|"
        + _each(
            "we've|we have|i've|i have",
            r" received your (?:\w+ )?(?:request|message|e-?mail|enquiry|inquiry|application)",
        )
        + r"|your e-?mail arrived safely|ticket (?:reference|number|id)(?: is)? #?\w*\d|"
        # Session 12 (unseen-28): the message named with where it went ("Your message to the
        # moderated group comp.compilers has been received").
        r"your (?:message|e-?mail|submission|post(?:ing)?)\s+(?:to|for)\s(?:.|\n){1,80}?\s"
        r"(?:has been|was)\s+(?:received|submitted|forwarded)"
    ),
    cjk=_each("来信|來信|邮件|郵件", "(?:收到|收悉)"),
)
# A person turning back to the thread: quoting it, apologising for a late answer, being
# back, giving a heads-up in advance, reporting what someone else said.
_HUMAN_TURN_EN = Caseless(
    r"(?im)^>|wrote:|a écrit :|schrieb:|"
    r"sorry (?:for|about) (?:the|my) (?:late|slow|delayed|belated) (?:reply|response|answer)|"
    r"late reply\b|sorry,? (?:it|i|this) took|sorry for taking|sorry,? i missed|"
    r"took (?:me )?(?:so|this|too) long to (?:reply|respond|answer|get back)|"
    # "I'm back." but not "when I'm back", which a notice says.
    + "|".join(
        f"{who}(?<!when {who})(?<!once {who})(?<!until {who})(?<!till {who})(?<!after {who})"
        r" (?:kind of |finally |now )?back(?:!|\.|,| from| as of| and|$)"
        for who in ("i'm", "i am", "we're", "we are")
    )
    + r"|back as of\b|i was (?:away|out|on|off)\b|i've been (?:away|out|on|off)\b|"
    r"heads[- ]up|fyi\b|"
    + "|".join(f"{w}(?<![a-z]{w}) (?:said|says|wrote|writes)\\b" for w in ("he", "she", "they"))
    + "|"
    + _each("don't|do not|didn't", " (?:respond|reply|answer)")
)


# A notice opening by thanking for the message (after a bare greeting): "Hi, Thanks for
# contacting me.", "您好, 感谢您的来信" (a Chinese greeting, then thanks for the letter).
_ACK_OPEN = re.compile(
    r"(?i)^\W*(?:(?:hi|hello|dear|good (?:morning|afternoon|day))\b[^\n,!.]{0,30}[,!.]?\W*|"
    r"您好\W*|你好\W*)?"
    r"(?:thank(?:s| you) for (?:your |the )?(?:e-?mail|message|mail|letter|note|writing|contacting|"
    r"getting in touch|reaching out)|(?:感谢|谢谢|感謝|謝謝)(?:您|你)(?:发来|發來|寄来|寄來)?的"
    r"(?:来信|來信|邮件|郵件))"
)


# A person engaging with the matter: proposing, agreeing, declining, asking without a
# question mark, acting on it ("does Tuesday work for you", "let's talk when I'm back",
# "send me the deck", "got it, I'll forward this to our CTO"). A notice only announces.
_ENGAGED_EN = Caseless(
    r"(?i)let's\b|let us (?:talk|meet|chat|schedule|set up|catch up)|"
    r"sounds (?:good|great|interesting)|looks (?:good|great|interesting)|works for me|"
    r"does (?:\w+ ){0,2}work\b|how about\b|"
    + _each("can|could|shall", r" we\b")
    + r"|set up a (?:call|meeting|time)|send me\b|interested|got it\b|"
    + _each("i'll|i will", r" (?:forward|pass|share|send) (?:this|it)\b")
    + "|"
    + _each(
        "i'd|i would|we'd|we would",
        " (?:like|love) to (?:talk|meet|chat|see|learn|hear|try|schedule)",
    )
)


# Each English group beside the same words in the other languages (ADR 0020): the
# Latin-script words behind one Aho-Corasick pass over their literals (joined into the
# English regexes they cost 2-3 points of the speed ratio).
_ABSENT = _Group(_ABSENT_EN, Indexed("(?i)" + away.ABSENT), cjk=away.ABSENT_CJK)
_RETURN = _Group(_RETURN_EN, Indexed("(?i)" + away.RETURN), cjk=away.RETURN_CJK)
_ACCESS = _Group(_ACCESS_EN, Indexed("(?i)" + away.ACCESS), cjk=away.ACCESS_CJK)
_MAIL = _Group(_MAIL_EN, Indexed("(?i)" + away.MAIL), cjk=away.MAIL_CJK)
_HUMAN_TURN = _Group(_HUMAN_TURN_EN, Indexed("(?i)" + away.HUMAN_TURN))
_ENGAGED = _Group(_ENGAGED_EN, Indexed("(?i)" + away.ENGAGED))

# A greeting that names the addressee ("Hi Sam,"): a person answering, not a notice sent
# to whoever wrote ("Hi there,", "Dear sender").
_NAMED_GREETING = re.compile(
    r"^\W*(?i:hi|hello|hey|dear|good (?:morning|afternoon|evening))\s+"
    r"(?!(?i:there|all|everyone|everybody|team|sir|madam|friends?|colleagues?|customers?|"
    r"senders?|folks|valued)\b)[A-Z][\w'-]*\s*[,!\n]"
)


def _reads_as_notice(head: str, low: str | None) -> bool:
    """No header and no subject tell it: does the whole message read as a notice?

    The notice's own signs are looked for first; only a message that has them is then
    weighed against a person's turn (most replies have none, and pay for no more)."""
    text = head.strip()
    if len(text) <= 12:
        return _BODY_AWAY.search(head, low)  # "我不在", "Away.": nothing but the absence
    if _CLOSED.search(head, low) or _RECEIPT.search(head, low):
        return not _HUMAN_TURN.search(head, low)
    if not _notice_signs(head, low, len(text)):
        return False
    return not _person_turn(head, low)


def _person_turn(head: str, low: str | None) -> bool:
    """A person's turn in the thread: quoting it, engaging with the matter, greeting the
    addressee by name."""
    return bool(
        _HUMAN_TURN.search(head, low)
        or _ENGAGED.search(head, low)
        or _NAMED_GREETING.match(head) is not None
    )


def _notice_signs(head: str, low: str | None, size: int) -> bool:
    """An absence or period together with how mail is handled, or a sign that is both."""
    ack = _ACK_OPEN.match(head)
    if ack:
        # Thanks for the message, then how it will be handled ("I'll reply as soon as
        # possible", "I spend less time reading e-mails").
        rest = head[ack.end() :]
        rest_low = lowered(rest)
        if _MAIL.search(rest, rest_low) or _BODY_AWAY.search(rest, rest_low):
            return True
    if _ACCESS.search(head, low) or _BACK_AT_DESK.search(head, low):
        return True
    absent = _ABSENT.search(head, low)
    period = _RETURN.search(head, low)
    if (absent or period or _WITHIN.search(head, low)) and _MAIL.search(head, low):
        return True
    # An absence that opens by acknowledging "your e-mail" or states its period.
    if (_SUBJECT_ACK.match(head) or _BODY_PERIOD.search(head, low)) and _BODY_AWAY.search(
        head, low
    ):
        return True
    # The classic "out of the office until ..." note, nothing else to weigh.
    return size < 400 and period and "office" in (low or head.lower())


# A question: a question mark ending a sentence (not one inside a URL or a mangled
# character, "m?0?2glich"), or the full-width one.
_QUESTION = re.compile(r"[?](?=\s|$|[)\"'\u201d])|\uff1f")


def _header_verdict(msg: Message) -> tuple[bool, bool]:
    """Return (strong, weak) header evidence of an automatic reply."""
    auto = header(msg, "Auto-Submitted").lower()
    if auto and not auto.startswith("no"):
        return True, True
    for name in _STRONG_HEADERS:
        value = header(msg, name)
        if value and not value.lower().startswith(("no", "false", "0")):
            return True, True
    if _AUTOGEN_VALUE.match(header(msg, "X-Autogenerated")):
        return True, True
    prec = (header(msg, "Precedence") or header(msg, "X-Precedence")).lower()
    if "auto_reply" in prec or "auto-reply" in prec:
        return True, True
    weak = prec in ("bulk", "junk", "list") or bool(header(msg, "X-Auto-Response-Suppress"))
    return False, weak


def is_autoreply(msg: Message, subject: str, body: str) -> bool:
    """True when headers, subject or body mark the message as an automatic reply."""
    strong, weak = _header_verdict(msg)
    if strong:
        return True
    if _SUBJECT.search(subject) or _SUBJECT_WEAK.search(subject):
        return True
    head = body[:3000]
    if "\u2019" in head:
        head = head.replace("\u2019", "'")  # typographic apostrophes ("I\u2019m away")
    low = lowered(head)  # the body regexes run over it (see phrases.Caseless)
    if _BODY_AUTOMATIC.search(head, low):
        return True
    if weak:
        return bool(_SUBJECT_ACK.search(subject)) or _BODY_AWAY.search(head, low)
    # No header at all: an absence that names a stand-in for urgent matters; or, in a
    # notice that asks nothing (a person's reply that mentions an absence asks when to
    # talk), a receipt acknowledgement, or a message that reads as a notice as a whole.
    if _BODY_URGENT.search(head, low):
        # fix9 (unseen-19): or a receipt acknowledgement that names the stand-in ("Your
        # letter has been delivered, if the question is urgent, please duplicate it").
        # Session 9 (unseen-23): or any absence _ABSENT reads ("I am on the vacation"),
        # unless a person is answering ("let's talk on the 14th; in case of an
        # emergency ...").
        return bool(
            _BODY_AWAY.search(head, low)
            or _ABSENT.search(head, low)
            or _BODY_RECEIVED.search(head, low)
        ) and not _person_turn(head, low)
    if _QUESTION.search(head):
        return False
    if _BODY_RECEIVED.search(head, low):
        # Session 13 (test_reply_kinds_3.py): unless a person goes on with the matter ("your
        # mail was received ... Let's discuss there").
        return not _person_turn(head, low)
    return _reads_as_notice(head, low)


def is_relayed_autoreply(msg: Message, subject: str) -> bool:
    """An auto-reply header and an auto-reply subject together ("Out of Office Re: ...",
    X-Autoreply / Auto-Submitted): enough to call a daemon-sent message an auto-reply
    when nothing in it is a delivery notice (Exim's bounces carry the header only)."""
    return _header_verdict(msg)[0] and bool(_SUBJECT.search(subject))
