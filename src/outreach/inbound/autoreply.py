"""Auto-replies (out-of-office, vacation, auto-acknowledgements), RFC 3834 and beyond."""

from __future__ import annotations

import re
from email.message import Message

from .parse import header
from .phrases import factored

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
# Gmail's, Exchange's and common clients' defaults and their usual variants.
_SUBJECT = re.compile(
    r"(?i)^\s*(?:auto(?:matic)?[ _-]?(?:reply|response|answer|antwort)\b|autoreply\b|"
    r"auto(?:mated)? ?(?:reply|response)\b|auto:|autom\. antwort|out of (?:the )?office|"
    r"\booo\b|away from (?:the |my )?(?:office|desk)|on vacation|on holiday|on leave\b|"
    r"vacation\b|annual leave|"
    r"abwesenheit|abwesend|automatische antwort|\babwesenheitsnotiz|nicht im b[üu]ro|"
    r"au[ßs]er haus|"
    r"r[ée]ponse automatique|absence|absent(?:e)?\b|en cong[ée]s?|hors du bureau|"
    r"message d'absence|"
    r"respuesta autom[áa]tica|fuera de (?:la )?oficina|ausente|de vacaciones|ausencia|"
    r"automatisch antwoord|afwezig|niet aanwezig|afwezigheid|buiten kantoor|met vakantie|"
    r"resposta autom[áa]tica|fora do escrit[óo]rio|de f[ée]rias|aus[êe]ncia|"
    r"risposta automatica|fuori (?:ufficio|sede)|assente|in ferie|assenza|"
    r"\[?automatyczna odpowied|poza biurem|\[auto[ _-]?generated\]|"
    r"自動応答|自動返信|自動送信|不在|休暇|外出|お休み)"
    r"|(?i:\b(?:out of (?:the )?office|automatic reply|auto[- ]?reply|autoresponse|"
    r"abwesenheitsnotiz|r[ée]ponse automatique|respuesta autom[áa]tica|automatisch antwoord|"
    r"resposta autom[áa]tica|risposta automatica)\b)|自動応答|自動返信|不在"
)

# Body phrases that only an automatic reply uses.
_BODY_AUTOMATIC = factored(
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
    r"自動応答|自動返信|自動送信",
    loose=True,
)

# Acknowledgement subjects ("Thank you for your e-mail"); a person could write them,
# so they count only with a supporting header (Precedence: bulk/junk, ...).
_SUBJECT_ACK = re.compile(
    r"(?i)^\s*(?:thank(?:s| you) for (?:your|the) (?:e-?mail|message|mail|enquiry|inquiry)|"
    r"(?:we|i) (?:have )?received your (?:e-?mail|message)|"
    r"(?:vielen )?dank f[üu]r ihre (?:e-?mail|nachricht|anfrage)|"
    r"merci (?:pour|de) votre (?:message|e-?mail|courriel)|"
    r"gracias por (?:su|tu) (?:mensaje|correo|e-?mail)|"
    r"bedankt voor (?:uw|je) (?:bericht|e-?mail)|"
    r"obrigad[oa] pel[ao] (?:sua )?(?:mensagem|e-?mail|contato)|"
    r"grazie per (?:la (?:sua|tua)|il (?:suo|tuo)) (?:messaggio|e-?mail)|"
    r"お問い合わせありがとう|ご連絡ありがとう|メールありがとう)"
)

# Out-of-office phrases; a human reply may also say these, so they count only with
# a supporting header or subject.
_BODY_AWAY = factored(
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
    r"(?:i|we) will (?:endeavou?r to |try to |do my best to )?(?:reply|respond|get back to you)"
    r"(?: to (?:you|your (?:e-?mail|message)))? as soon as (?:possible|i can)|"
    r"(?:ich werde|werde ich) (?:ihre nachricht|mich) .{0,40}(?:beantworten|melden)|"
    r"je (?:vous )?r[ée]pondrai (?:d[èe]s|au plus vite)|"
    r"(?:le |les )?responder[ée] (?:lo antes posible|a la mayor brevedad)|"
    r"(?:zo )?spoedig mogelijk (?:beantwoorden|reageren)|"
    r"responderei (?:assim que|o mais breve)|risponder[òo] (?:al più presto|appena)",
    loose=True,
)


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
    if _SUBJECT.search(subject):
        return True
    head = body[:3000]
    if _BODY_AUTOMATIC.search(head):
        return True
    if not weak:
        return False
    return bool(_SUBJECT_ACK.search(subject)) or bool(_BODY_AWAY.search(head))
