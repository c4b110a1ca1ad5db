"""Words of a header-less absence notice in the languages beside English that the issue
names (German, French, Spanish, Dutch, Portuguese, Italian, Japanese) and Polish and
Chinese: the owner away, the period or the return, e-mail access, how mail is handled,
and a person's turn in the thread. autoreply.py reads each beside its English group. Each
Latin-script group has a literal that every match contains (regexlits.anchors), so one
Aho-Corasick pass rules most texts out; the *_CJK groups run only on non-ASCII text.

Session 12: written from each language's usual out-of-office phrasing, not from any
corpus message (the English groups had been read alone, so a German or French notice
without a header counted only with an urgent-matters stand-in). Lower case, for Caseless.
"""

from __future__ import annotations

_WEEKDAYS_DE = "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag"
_MONTHS_DE = (
    "januar|februar|m[äa]rz|april|mai\\b|juni|juli|august|september|oktober|november|dezember"
)
_WEEKDAYS_FR = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
_WEEKDAYS_NL = "maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"
_WEEKDAYS_IT = "luned[ìi]|marted[ìi]|mercoled[ìi]|gioved[ìi]|venerd[ìi]|sabato|domenica"

# The owner away: "ich bin bis ... im Urlaub", "je suis absente", "estoy de vacaciones",
# "ik ben afwezig", "estou de férias", "sono fuori ufficio", "jestem na urlopie",
# "不在にしております", "我正在休假".
ABSENT = (
    r"ich bin (?:\w+ ){0,5}?(?:nicht im (?:b[üu]ro|hause?\b|office)|abwesend|im urlaub|"
    r"au[ßs]er haus|auf (?:dienst|gesch[äa]fts)?reise|in (?:elternzeit|mutterschutz)|"
    r"nicht erreichbar)|"
    # Session 13 (test_reply_kinds_2.py): the verb first after an adverb ("Deswegen bin ich
    # jetzt im Urlaub", "Zurzeit bin ich nicht im Büro").
    r"bin ich (?:\w+ ){0,3}?(?:nicht im (?:b[üu]ro|hause?\b)|abwesend|im urlaub|au[ßs]er haus|"
    r"nicht erreichbar)|"
    # Session 13 (test_reply_kinds_3.py): "ich bin vom 1. bis zum 21. September nicht
    # anwesend" (dates with their dots between); "nehme ich ... keine Mails entgegen".
    r"ich bin (?:[\w.]+ ){0,7}?nicht anwesend|(?:nehme|lese) ich (?:[\w.]+ ){0,4}?keine "
    r"(?:e-?)?mails\b|"
    r"befinde mich (?:\w+ ){0,4}?(?:im urlaub|auf (?:dienst|gesch[äa]fts)?reise|au[ßs]er haus|"
    r"in (?:elternzeit|mutterschutz))|nicht im hause?\b|"
    r"je (?:suis|serai) (?:\w+ ){0,2}?(?:absente?|en cong[ée]s?|en vacances|en d[ée]placement|"
    r"hors du bureau|en mission)|absente? du bureau|"
    r"(?:estoy|estar[ée]|me encuentro) (?:\w+ ){0,2}?(?:fuera de (?:la )?oficina|ausente|"
    r"de vacaciones|de viaje)|"
    r"ik ben (?:\w+ ){0,5}?(?:afwezig|niet aanwezig|op vakantie|met vakantie|niet op kantoor|"
    r"met verlof)|"
    r"(?:estou|estarei|encontro-me) (?:\w+ ){0,2}?(?:fora do escrit[óo]rio|ausente|de f[ée]rias|"
    r"em viagem)|"
    r"(?:sono|sar[òo]) (?:\w+ ){0,2}?(?:fuori (?:ufficio|sede)|assente|in ferie|in trasferta|"
    r"in vacanza)|"
    r"(?:jestem|b[ęe]d[ęe]) (?:\w+ ){0,2}?(?:na urlopie|poza biurem|nieobecn[yaą])"
)
ABSENT_CJK = (
    r"不在に(?:して|いた)|休暇を(?:いただ|頂|取)|出張(?:中|のため)|"
    r"(?:我|本人)(?:目前|现在|現在|正在|将|將)?(?:在)?(?:休假|出差|请假|請假)|不在办公室|不在辦公室|"
    # Session 13 (test_reply_kinds_4.py): Korean "휴가 중", "휴가를 갑니다", "부재 중".
    r"휴가\s?중|휴가를\s?(?:갑니다|떠납니다|가요)|부재\s?중|출장\s?중"
)

# A period or a return: "bis zum 3. Mai", "vom 12.10. bis", "nach meiner Rückkehr",
# "jusqu'au 3 mai", "à mon retour", "hasta el lunes", "a mi regreso", "tot en met 3 mei",
# "na mijn terugkomst", "até dia 3", "no meu regresso", "fino al 3", "al mio rientro",
# "po powrocie", "5月3日まで", "戻り次第", "回来后".
RETURN = (
    # Only the forms of a period: a bare "bis Montag" is as often "by Monday" (a deadline
    # in a person's reply); "hasta el lunes", "tot maandag", "até segunda" are sign-offs.
    r"\bbis (?:einschlie[ßs]lich|inklusive|inkl\.) (?:\d|"
    + _WEEKDAYS_DE
    + r")|\bbis zum \d|\b(?:bis ende|bis anfang|bis mitte) (?:"
    + _MONTHS_DE
    + r")|"
    r"\bvom \d{1,2}\.[^\n]{0,25}\bbis\b|(?:nach|bei) meiner r(?:ü|ue|u)ckkehr|"
    r"wieder (?:im b[üu]ro|erreichbar|im hause?\b|f[üu]r sie da)|"
    r"jusqu'(?:au|[àa]) (?:\d|" + _WEEKDAYS_FR + r"|la fin|fin)|"
    r"de retour (?:le|au bureau|[àa] partir|" + _WEEKDAYS_FR + r")|(?:[àa]|d[èe]s) mon retour|"
    r"hasta el \d|a mi (?:regreso|vuelta|retorno)|cuando (?:vuelva|regrese)\b|"
    r"(?:regresar[ée]|volver[ée]|me reincorporar[ée]) (?:el|a la oficina)|"
    r"\btot en met (?:\d|" + _WEEKDAYS_NL + r")|(?:na|bij) (?:mijn )?terug(?:komst|keer)|"
    r"ben ik (?:weer|terug) (?:aanwezig|op kantoor|bereikbaar)|"
    r"até (?:o dia |dia )?\d|ate o dia \d|ate dia \d|"
    r"(?:no|ap[óo]s o|ao) (?:meu )?(?:regresso|retorno)|"
    r"(?:quando|assim que) (?:regressar|retornar|voltar)|"
    r"\bfino (?:al|a) (?:\d|"
    + _WEEKDAYS_IT
    + r")|al mio rientro|rientrer[òo] (?:il|in ufficio|\d)|torno in ufficio|"
    r"torner[òo] (?:in ufficio|il \d)|"
    r"\bdo dnia \d|po (?:moim )?powrocie"
)
RETURN_CJK = (
    r"\d日(?:\([^)\n]{1,3}\)|（[^）\n]{1,3}）)?(?:まで|より|から)|戻り次第|"  # noqa: RUF001
    r"(?:回来|回來|返回)(?:后|後)|(?:假期|休假|出差)期[间間]|"
    r"복귀\s?(?:후|하면|예정)"
)

# E-mail access limited or none: "keinen Zugriff auf meine E-Mails", "sans accès à mes
# e-mails", "sin acceso al correo", "beperkt toegang tot mijn e-mail", "sem acesso ao
# e-mail", "senza accesso alla posta", "ograniczony dostęp do poczty",
# "メールを確認できません", "无法查看邮件".
ACCESS = (
    r"(?:keinen|kein|eingeschr[äa]nkten|nur eingeschr[äa]nkten|begrenzten) (?:oder nur "
    r"eingeschr[äa]nkten )?zugriff auf (?:meine |meinen |mein )?(?:e-?mails?|mails|postfach)|"
    r"(?:sans|pas d'|peu d')(?:accès à|acces a|accès a) (?:mes |ma )?(?:e-?mails|messagerie|"
    r"courriels|mails)|(?:accès limité|acces limite|accès restreint|acces restreint) [àa] "
    r"(?:mes |ma )?(?:e-?mails|messagerie|courriels)|"
    r"sin acceso (?:al|a mi|a) correo|acceso limitado (?:al|a mi|a) correo|"
    r"(?:beperkte?|geen) toegang tot (?:mijn |de )?e-?mail|"
    r"sem acesso (?:ao|ao meu|a) (?:e-?mail|correio)|(?:acesso limitado ao) (?:meu )?"
    r"(?:e-?mail|correio)|"
    r"senza (?:possibilit[àa] di )?accesso (?:alla|alle) (?:mia |mie )?(?:posta|e-?mail)|"
    r"accesso limitato (?:alla|alle) (?:posta|e-?mail)|"
    r"(?:ograniczony|bez) dost[ęe]p(?:u|em)? do (?:poczty|e-?maila|skrzynki)"
)
ACCESS_CJK = (
    r"メールを(?:確認|拝見)(?:でき|出来)(?:ません|ない)|メールの確認が(?:でき|出来)(?:ません|ない)|"
    r"无法(?:及时)?(?:查看|回复)邮件|無法(?:及時)?(?:查看|回覆)郵件"
)

# How mail is handled: "Ihre Nachricht wird nicht weitergeleitet", "wenden Sie sich an",
# "je vous répondrai", "su mensaje", "uw bericht", "a sua mensagem", "il suo messaggio",
# "odpowiem", "ご連絡いたします", "如有急事请联系".
MAIL = (
    r"ihre (?:e-?mail|nachricht|mail|anfrage)\b|(?:wird|werden) nicht weitergeleitet|"
    r"(?:werde|wird) (?:ich )?(?:\w+ ){0,4}?(?:beantworten|bearbeiten|bearbeitet|beantwortet|"
    r"gelesen)\b|wenden sie sich (?:bitte )?an|meine vertretung|"
    # Session 13 (test_reply_kinds_2.py): a stand-in or a way out for emergencies ("In
    # Notfällen ...", "Wenn es ein Notfall ist, ..."), as English "for urgent matters".
    r"\bnotf[äa]ll|in (?:dringenden|eiligen) f[äa]llen|"
    r"votre (?:message|e-?mail|courriel|mail|demande)\b|je (?:vous )?r[ée]pondrai|"
    r"je prendrai connaissance|(?:ne sera pas|ne seront pas) (?:transf[ée]r|lu)|"
    r"vous pouvez contacter|(?:su mensaje|su correo|su e-mail|su email|su consulta)\b|"
    r"(?:le |te )?responder[ée]\b|no (?:ser[áa]n?) reenviad|p[óo]ngase en contacto|"
    # Session 13 (test_reply_kinds_2.py): mail deleted unread while away.
    r"(?:borrar[ée]|eliminar[ée]) (?:todos )?(?:los |tus |sus )?(?:e-?mails|correos|mensajes)|"
    r"(?:uw e-mail|uw email|uw bericht|uw mail|uw vraag)\b|(?:wordt|worden) niet doorgestuurd|"
    r"(?:kunt u|neem) (?:\w+ ){0,3}?contact op|"
    r"(?:sua|a sua) mensagem|(?:seu e-mail|seu email)\b|responderei|"
    r"(?:il suo|la sua|il tuo|la tua) (?:messaggio|e-?mail|mail|richiesta)\b|risponder[òo]|"
    r"non (?:sar[àa]|verr[àa]) inoltrat|"
    r"(?:pana|pani|pa[ńn]stwa) wiadomo[śs][ćc]|odpowiem"
)
MAIL_CJK = (
    r"(?:返信|ご返信|お返事|ご連絡|対応)(?:は|が)?(?:遅れ|いたします|させていただきます|致します)|"
    r"お急ぎの(?:方|場合)|如有(?:急事|紧急|緊急)|请联系|請聯繫|请致电|請致電|"
    # Korean: no answer, or one later ("답하지 않을", "회신 드리겠습니다").
    r"(?:답|답장|회신|답변)(?:하지|을 하지|드리지)\s?(?:않|못)|(?:회신|답변|연락)\s?드리겠"
)

# A person turning back to the thread: a quoted reply's attribution line, an apology for a
# late answer ("Entschuldigung für die späte Antwort", "désolé pour le retard").
HUMAN_TURN = (
    r"escribi[óo]:|escreveu:|schreef:|ha scritto:|napisa[łl](?:\(a\))?:|"
    r"(?:entschuldig\w*|sorry) (?:f[üu]r )?die (?:sp[äa]te|versp[äa]tete) antwort|"
    r"d[ée]sol[ée]e? (?:pour|du) (?:le |ce )?retard|excusez(?:-moi)? (?:pour )?(?:le|ce) retard|"
    r"(?:perd[óo]n|disculpa\w*|siento) (?:por )?la demora|sorry voor (?:de|mijn) late|"
    r"scus\w* (?:per )?il ritardo|desculp\w* (?:pela|a) demora|"
    # An absence told in the past, as English "I was away": the person is back.
    r"ich (?:war|hatte) (?:\w+ ){0,3}?(?:im urlaub|unterwegs|krank|nicht im b[üu]ro|abwesend|"
    r"keinen (?:\w+ )?zugriff)|daher die versp[äa]tung|"
    r"j'[ée]tais (?:\w+ ){0,2}?(?:absente?|en cong[ée]s?|en vacances|en d[ée]placement)|"
    r"(?:yo )?estaba (?:\w+ ){0,2}?(?:de vacaciones|fuera de (?:la )?oficina|ausente|de viaje)|"
    r"ik was (?:\w+ ){0,3}?(?:afwezig|op vakantie|met vakantie|niet op kantoor)|"
    r"(?:eu )?estava (?:\w+ ){0,2}?(?:de f[ée]rias|fora do escrit[óo]rio|ausente|em viagem)|"
    r"\bero (?:\w+ ){0,2}?(?:in ferie|fuori ufficio|assente|in trasferta)"
)

# A person engaging with the matter: proposing, agreeing, asking for something.
ENGAGED = (
    r"(?:lass uns|lassen uns|lassen sie uns)\b|k[öo]nnen wir\b|wie w[äa]re es|"
    r"klingt (?:gut|interessant)|"
    r"schicken sie mir|on peut\b|pouvons-nous|[çc]a me va|envoyez-moi|"
    r"me parece bien|me interesa|(?:envíame|enviame)|kunnen we\b|klinkt goed|stuur me\b|"
    r"mi interessa|va bene per me|mandami|tenho interesse|envie-me"
)
