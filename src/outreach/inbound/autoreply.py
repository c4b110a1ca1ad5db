"""Auto-replies (out-of-office, vacation, auto-acknowledgements), RFC 3834 and beyond."""

from __future__ import annotations

import re
from email.message import Message

from .parse import header
from .phrases import Caseless, lowered

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
    r"fora de l'oficina|f[óo]ra da oficina|autosvar|automatiskt svar|ikke til stede|"
    r"ikke p[åa] kontoret|borta till|fr[åa]nvar|automaattinen vastaus|poissa (?:t[öo]ist[äa]|toimistolta)|"
    r"automaatvastus|[äa]ra kuni|automatick[áa] odpov|mimo kancel[áa]|samodejni odgovor|ni me v pisarni|"
    r"automatski odgovor|izvan ureda|van kancelarije|ван канцеларије|automatikus v[áa]lasz|"
    r"h[áa]zon k[íi]v[üu]l|irod[áa]n k[íi]v[üu]l|автоматичен отговор|извън офиса|автоответ|"
    r"автоматический ответ|отсутствую|автовідповідь|автоматична відповідь|за межами установи|"
    r"otomatik (?:yanit|cevap)|ofis di[şs]inda|αυτόματη απάντηση|εκτός γραφείου|"
    r"自動応答|自動返信|自動送信|自动回复|自动答复|自動回覆|外出时的自动|郵件答錄機|자동 회신|부재|"
    r"不在|休暇|外出|お休み)"
    r"|(?i:\b(?:out of (?:the )?office|automatic reply|auto[- ]?reply|autoresponse|"
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

# Body phrases that only an automatic reply uses.
_BODY_AUTOMATIC = Caseless(
    r"(?i)this is an? (?:automatic|automated|auto-generated)(?:ally generated)? "
    r"(?:reply|response|message|e-?mail|notification)|automatic reply|automatic response|"
    r"automated reply|automated response|"
    r"diese (?:nachricht|e-?mail|antwort) wurde automatisch|automatisch (?:generiert|erstellt|erzeugt)|"
    r"dies ist eine automatische|"
    r"ceci est (?:un|une) (?:message|réponse|r[ée]ponse) automatique|r[ée]ponse automatique|"
    r"este es un (?:mensaje|correo) autom[áa]tico|respuesta autom[áa]tica|"
    r"dit is een automatisch|automatisch (?:gegenereerd|antwoord)|"
    r"esta [ée] uma (?:mensagem|resposta) autom[áa]tica|resposta autom[áa]tica|"
    r"questo [èe] un messaggio automatico|risposta automatica|"
    r"自動応答|自動返信|自動送信|"
    # Chinese (unseen-8): QQ Mail's "这是来自QQ邮箱的假期自动回复邮件", "【自动回复】".
    r"自动回复|自动答复|自動回覆",
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

# Out-of-office phrases; a human reply may also say these, so they count only with
# a supporting header or subject.
_BODY_AWAY = Caseless(
    r"(?i)out of (?:the )?office|(?:i am|i'm|i will be|i'll be) (?:currently )?"
    r"(?:away|out|on (?:annual |parental |maternity |sick )?leave|on vacation|on holiday|travell?ing|"
    r"off)|limited access to (?:my )?e-?mail|(?:when|upon) (?:i|my) return|"
    r"nicht im b[üu]ro|abwesend|im urlaub|au[ßs]er haus|nicht erreichbar|"
    r"je (?:suis|serai) (?:actuellement )?(?:absente?|en cong[ée]s?|en vacances)|"
    r"absente? du bureau|de retour le|"
    r"estoy (?:fuera|ausente|de vacaciones)|estar[ée] (?:fuera|ausente|de vacaciones)|"
    r"me encuentro (?:fuera|ausente|de vacaciones)|fuera de (?:la )?oficina|"
    r"ik ben (?:momenteel |tot en met .{1,20} |tot .{1,20} )?(?:afwezig|niet aanwezig|op vakantie|"
    r"met vakantie|niet op kantoor)|afwezig|"
    r"estou (?:fora|ausente|de f[ée]rias)|estarei (?:fora|ausente|de f[ée]rias)|"
    r"fora do escrit[óo]rio|"
    r"(?:sono|sar[òo]) (?:fuori ufficio|assente|in ferie)|fuori ufficio|"
    r"不在|休暇|外出|出張|"
    r"(?:(?:i|we) will|i'll|we'll) (?:endeavou?r to |try to |do my best to )?"
    r"(?:reply|respond|get back to you|write back)"
    r"(?: to (?:you|your (?:e-?mail|message)))? as soon as (?:possible|i can)|"
    # "我会尽快回复", "尽快查看并回复" (unseen-9): a promise to answer soon.
    r"尽快[^。\uff01!\uff0c,]{0,6}(?:答复|回复)|盡快[^。\uff01!\uff0c,]{0,6}(?:答覆|回覆)|"
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
    r"mimo kancel[áa]|nedosegljiv|izvan ureda|van kancelarije|ван канцеларије|irod[áa]n k[íi]v[üu]l|"
    r"h[áa]zon k[íi]v[üu]l|отсутствую|мене зараз немає|кеңседе болмаймын|ofis di[şs]inda|"
    r"εκτός γραφείου|휴가 중|부재 중",
)

# A stand-in for urgent matters: with an absence phrase, what an out-of-office notice says
# and a reply written by a person rarely does, so the two mark an automatic reply even
# without any header.
_BODY_URGENT = Caseless(
    r"(?i)in urgent cases|for urgent (?:matters|enquiries|inquiries|requests|cases)|"
    r"in (?:case of )?(?:an )?emergency|if (?:your matter|it) is urgent|"
    r"in dringenden (?:f[äa]llen|angelegenheiten)|bei dringenden (?:anliegen|fragen|angelegenheiten)|"
    r"en cas d'urgen(?:ce|cia)|en cas d'urgència|pour toute urgence|"
    r"en caso de urgencia|para (?:asuntos|temas) urgentes|se [ée] unha urxencia|"
    r"in (?:dringende|urgente) gevallen|voor dringende zaken|"
    r"em casos? de urg[êe]ncia|para assuntos urgentes|in caso di urgenza|per (?:urgenze|questioni urgenti)|"
    r"vid br[åa]dskande [äa]renden|i br[åa]dskande [äa]renden|i viktige saker|i hastesaker|"
    r"i akutte tilf[æae]lde|kiireellisiss[äa] asioissa|kiireisiss[äa] tapauksissa|"
    r"edasil[üu]kkamatute asjade korral|w nag[łl]ych przypadkach|w pilnych sprawach|"
    r"v naliehav[ýy]ch pr[íi]padoch|v nal[ée]hav[ýy]ch p[řr][íi]padech|v nujnih primerih|"
    r"u hitnim slu[čc]ajevima|у хитним случајевима|s[üu]rg[őo]s (?:esetben|[üu]gyekben)|"  # noqa: RUF001
    r"по срочным вопросам|в срочных случаях|з термінових питань|acil bir durum|"
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
_BODY_RECEIVED = Caseless(
    r"(?i)your (?:e-?mail|message|mail) (?:has been|was) received|"
    r"(?:邮件|郵件|来信|來信|信件)(?:我)?(?:已经|已經|已)(?:收到|收悉)|"
    r"(?:已经|已經|已)收到(?:您|你)的(?:邮件|郵件|来信|來信)",
)

_QUESTION = re.compile(r"[?\uff1f]")  # and the full-width question mark


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
    low = lowered(head)  # the body regexes run over it (see phrases.Caseless)
    if _BODY_AUTOMATIC.search(head, low):
        return True
    if weak:
        return bool(_SUBJECT_ACK.search(subject)) or _BODY_AWAY.search(head, low)
    # No header at all: an absence that names a stand-in for urgent matters; or, in a
    # notice that asks nothing (a person's reply that mentions an absence asks when to
    # talk), a receipt acknowledgement, or an absence that opens by acknowledging "your
    # e-mail" or states its period.
    if _BODY_URGENT.search(head, low):
        return _BODY_AWAY.search(head, low)
    if _QUESTION.search(head):
        return False
    if _BODY_RECEIVED.search(head, low):
        return True
    if _SUBJECT_ACK.match(head) or _BODY_PERIOD.search(head, low):
        return _BODY_AWAY.search(head, low)
    return False
