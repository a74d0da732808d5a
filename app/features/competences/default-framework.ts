// The competence framework a programme starts from: what civil servants who serve third-country
// nationals (front desks, registration office, social services, job centre) should value, feel,
// be able to do and know. Written for Eccipa in four languages, in the spirit of the Council of
// Europe's Reference Framework of Competences for Democratic Culture and its Intercultural Cities
// training work, not copied from them. `key` is stable: modules, self-assessments and copies of
// the framework in other programmes are matched by it, so never rename one.
// No ESCO URI is set: we link none we could not check (decision 014); admins may add them.
import type { CompetenceGroup } from "~/db/enums";
import type { Language } from "~/i18n/languages";

type Localised = Record<Language, string>;
export type DefaultCompetence = {
  key: string;
  group: CompetenceGroup;
  name: Localised;
  description: Localised;
  /** Descriptors of levels 1 (basic), 2 (intermediate) and 3 (advanced). */
  levels: [Localised, Localised, Localised];
  escoUri?: string;
};

export const DEFAULT_FRAMEWORK: DefaultCompetence[] = [
  {
    key: "valuing-human-dignity",
    group: "values",
    name: {
      en: "Valuing human dignity and human rights",
      de: "Menschenwürde und Menschenrechte wertschätzen",
      it: "Valorizzare la dignità umana e i diritti umani",
      es: "Valorar la dignidad humana y los derechos humanos",
    },
    description: {
      en: "Seeing every person who comes to the office as the holder of equal rights, whatever her status, origin or language, and letting this guide everyday decisions.",
      de: "Jede Person, die ins Amt kommt, als Trägerin gleicher Rechte sehen – unabhängig von Aufenthaltsstatus, Herkunft oder Sprache – und die tägliche Arbeit danach ausrichten.",
      it: "Vedere in ogni persona che si rivolge all'ufficio una titolare di pari diritti, qualunque siano il suo status, la sua origine o la sua lingua, e farsene guidare nelle decisioni di ogni giorno.",
      es: "Ver en cada persona que acude a la oficina a una titular de los mismos derechos, sea cual sea su situación, su origen o su lengua, y guiarse por ello en las decisiones diarias.",
    },
    levels: [
      {
        en: "Treats people at the counter courteously and with respect, and knows that human rights apply to third-country nationals as to everyone.",
        de: "Begegnet Menschen am Schalter höflich und respektvoll und weiß, dass die Menschenrechte für Drittstaatsangehörige ebenso gelten wie für alle anderen.",
        it: "Tratta le persone allo sportello con cortesia e rispetto e sa che i diritti umani valgono per i cittadini di paesi terzi come per tutti.",
        es: "Trata a las personas en la ventanilla con cortesía y respeto, y sabe que los derechos humanos valen para los nacionales de terceros países como para todos.",
      },
      {
        en: "Protects dignity in difficult moments too – long waits, refusals, personal questions – for example by explaining a negative decision in private and in plain words.",
        de: "Wahrt die Würde auch in schwierigen Momenten – lange Wartezeiten, Ablehnungen, persönliche Fragen –, etwa indem ein ablehnender Bescheid ungestört und in einfachen Worten erklärt wird.",
        it: "Tutela la dignità anche nei momenti difficili – lunghe attese, dinieghi, domande personali –, per esempio spiegando un esito negativo in un luogo riservato e con parole semplici.",
        es: "Protege la dignidad también en los momentos difíciles – esperas largas, denegaciones, preguntas personales –, por ejemplo explicando una resolución negativa en privado y con palabras sencillas.",
      },
      {
        en: "Notices practices of the office that wear down people's dignity (queues outdoors, forms that ask more than the law requires) and proposes and argues for changes.",
        de: "Erkennt Abläufe im Amt, die die Würde der Menschen verletzen (Warteschlangen im Freien, Formulare, die mehr abfragen, als das Gesetz verlangt), und setzt sich mit Vorschlägen für Änderungen ein.",
        it: "Riconosce le prassi dell'ufficio che ledono la dignità delle persone (code all'aperto, moduli che chiedono più di quanto richieda la legge) e propone e sostiene dei cambiamenti.",
        es: "Detecta prácticas de la oficina que menoscaban la dignidad de las personas (colas a la intemperie, formularios que piden más de lo que exige la ley) y propone y defiende cambios.",
      },
    ],
  },
  {
    key: "openness-to-cultural-otherness",
    group: "attitudes",
    name: {
      en: "Openness to cultural otherness",
      de: "Offenheit für kulturelle Andersartigkeit",
      it: "Apertura verso l'alterità culturale",
      es: "Apertura a la alteridad cultural",
    },
    description: {
      en: "Curiosity about and willingness to engage with people whose habits, beliefs and ways of dealing with authorities differ from one's own, without judging them in advance.",
      de: "Neugier und Bereitschaft, sich auf Menschen einzulassen, deren Gewohnheiten, Überzeugungen und Umgang mit Behörden sich von den eigenen unterscheiden, ohne sie vorab zu bewerten.",
      it: "Curiosità e disponibilità verso persone le cui abitudini, convinzioni e modi di rapportarsi alle autorità sono diversi dai propri, senza giudicarle in anticipo.",
      es: "Curiosidad y disposición a tratar con personas cuyas costumbres, creencias y formas de relacionarse con las autoridades difieren de las propias, sin juzgarlas de antemano.",
    },
    levels: [
      {
        en: "Listens when a person's expectations of the office seem unusual, and asks rather than assumes.",
        de: "Hört zu, wenn die Erwartungen einer Person an das Amt ungewohnt erscheinen, und fragt nach, statt etwas zu unterstellen.",
        it: "Ascolta quando le aspettative di una persona verso l'ufficio sembrano insolite e fa domande invece di dare le cose per scontate.",
        es: "Escucha cuando las expectativas de una persona hacia la oficina parecen inusuales, y pregunta en lugar de suponer.",
      },
      {
        en: "Seeks out other points of view – colleagues with a migration background, cultural mediators, the people served themselves – to understand a situation before deciding.",
        de: "Holt andere Sichtweisen ein – von Kolleginnen und Kollegen mit Migrationsgeschichte, Kulturmittlerinnen und -mittlern, den Betroffenen selbst –, um eine Situation zu verstehen, bevor entschieden wird.",
        it: "Cerca altri punti di vista – colleghi con un vissuto migratorio, mediatori culturali, le persone stesse – per capire una situazione prima di decidere.",
        es: "Busca otros puntos de vista – colegas con experiencia migratoria, mediadores interculturales, las propias personas atendidas – para entender una situación antes de decidir.",
      },
      {
        en: "Treats cultural difference as a resource of the service and encourages the team to learn from the people it serves, for example by inviting migrant associations to team meetings.",
        de: "Versteht kulturelle Vielfalt als Ressource des Dienstes und ermutigt das Team, von den Menschen zu lernen, für die es arbeitet, etwa indem Migrantenorganisationen zu Teambesprechungen eingeladen werden.",
        it: "Considera la differenza culturale una risorsa del servizio e incoraggia il gruppo di lavoro a imparare dalle persone che serve, per esempio invitando le associazioni di migranti alle riunioni.",
        es: "Considera la diferencia cultural un recurso del servicio y anima al equipo a aprender de las personas a las que atiende, por ejemplo invitando a asociaciones de personas migrantes a sus reuniones.",
      },
    ],
  },
  {
    key: "intercultural-competence",
    group: "skills",
    name: { en: "Intercultural competence", de: "Interkulturelle Kompetenz", it: "Competenza interculturale", es: "Competencia intercultural" },
    description: {
      en: "Interacting appropriately and effectively with people of other cultural affiliations: reading a situation, adapting one's own behaviour and clearing up misunderstandings at the counter and in counselling.",
      de: "Angemessen und wirksam mit Menschen anderer kultureller Zugehörigkeit umgehen: Situationen deuten, das eigene Verhalten anpassen und Missverständnisse am Schalter und in der Beratung klären.",
      it: "Interagire in modo appropriato ed efficace con persone di altre appartenenze culturali: leggere la situazione, adattare il proprio comportamento e chiarire i malintesi allo sportello e nei colloqui.",
      es: "Interactuar de forma adecuada y eficaz con personas de otras pertenencias culturales: interpretar la situación, adaptar el propio comportamiento y aclarar malentendidos en la ventanilla y en la atención.",
    },
    levels: [
      {
        en: "Recognises that a misunderstanding may have cultural as well as linguistic causes (forms of address, gestures, the role of family members) and stays calm and polite.",
        de: "Erkennt, dass ein Missverständnis kulturelle wie sprachliche Ursachen haben kann (Anrede, Gesten, die Rolle von Familienangehörigen), und bleibt ruhig und höflich.",
        it: "Riconosce che un malinteso può avere cause culturali oltre che linguistiche (forme di cortesia, gesti, il ruolo dei familiari) e mantiene la calma e la cortesia.",
        es: "Reconoce que un malentendido puede tener causas culturales además de lingüísticas (formas de tratamiento, gestos, el papel de los familiares) y mantiene la calma y la cortesía.",
      },
      {
        en: "Adapts the conversation to the person – pace, order of topics, whom to address when a whole family comes – and checks that the essentials have been understood.",
        de: "Passt das Gespräch an die Person an – Tempo, Reihenfolge der Themen, wer angesprochen wird, wenn eine ganze Familie kommt – und vergewissert sich, dass das Wesentliche verstanden wurde.",
        it: "Adatta il colloquio alla persona – ritmo, ordine degli argomenti, a chi rivolgersi quando arriva un'intera famiglia – e verifica che l'essenziale sia stato compreso.",
        es: "Adapta la conversación a la persona – ritmo, orden de los temas, a quién dirigirse cuando acude toda una familia – y comprueba que se ha entendido lo esencial.",
      },
      {
        en: "Mediates in tense or conflictual encounters between staff and service users, and helps colleagues reflect on difficult cases, for example in case discussions.",
        de: "Vermittelt in angespannten oder konfliktreichen Begegnungen zwischen Beschäftigten und Kundschaft und hilft Kolleginnen und Kollegen, schwierige Fälle zu reflektieren, etwa in Fallbesprechungen.",
        it: "Media negli incontri tesi o conflittuali tra personale e utenti e aiuta i colleghi a riflettere sui casi difficili, per esempio nelle discussioni di caso.",
        es: "Media en encuentros tensos o conflictivos entre el personal y las personas usuarias, y ayuda a sus colegas a reflexionar sobre los casos difíciles, por ejemplo en sesiones de análisis de casos.",
      },
    ],
  },
  {
    key: "communication-across-languages",
    group: "skills",
    name: {
      en: "Communication across languages and cultures",
      de: "Kommunikation über Sprach- und Kulturgrenzen hinweg",
      it: "Comunicazione tra lingue e culture",
      es: "Comunicación entre lenguas y culturas",
    },
    description: {
      en: "Making oneself understood and understanding others when there is no common language: plain language, interpreters, translated material and visual aids.",
      de: "Sich verständlich machen und andere verstehen, wenn es keine gemeinsame Sprache gibt: einfache Sprache, Dolmetschende, übersetzte Materialien und visuelle Hilfen.",
      it: "Farsi capire e capire gli altri quando manca una lingua comune: linguaggio semplice, interpreti, materiali tradotti e supporti visivi.",
      es: "Hacerse entender y entender a los demás cuando no hay una lengua común: lenguaje claro, intérpretes, materiales traducidos y apoyos visuales.",
    },
    levels: [
      {
        en: "Speaks slowly in short sentences, avoids administrative jargon and uses the translated leaflets and forms the office has.",
        de: "Spricht langsam und in kurzen Sätzen, vermeidet Amtsdeutsch und nutzt die übersetzten Merkblätter und Formulare des Amtes.",
        it: "Parla lentamente e con frasi brevi, evita il linguaggio burocratico e usa i volantini e i moduli tradotti di cui l'ufficio dispone.",
        es: "Habla despacio y con frases cortas, evita la jerga administrativa y utiliza los folletos y formularios traducidos de los que dispone la oficina.",
      },
      {
        en: "Knows when an interpreter is needed and how to book one, works well with interpreters (speaking to the person, not to the interpreter) and never asks children to interpret.",
        de: "Weiß, wann Dolmetschende nötig sind und wie sie bestellt werden, arbeitet gut mit ihnen zusammen (spricht die Person an, nicht die dolmetschende Person) und lässt nie Kinder übersetzen.",
        it: "Sa quando serve un interprete e come richiederlo, lavora bene con gli interpreti (si rivolge alla persona, non all'interprete) e non fa mai tradurre i bambini.",
        es: "Sabe cuándo hace falta un intérprete y cómo solicitarlo, trabaja bien con intérpretes (se dirige a la persona, no al intérprete) y nunca recurre a menores para interpretar.",
      },
      {
        en: "Rewrites letters and notices of the office in plain language, and helps organise multilingual information and interpreting for the whole service.",
        de: "Überarbeitet Schreiben und Bescheide des Amtes in einfacher Sprache und hilft, mehrsprachige Informationen und Dolmetschleistungen für den ganzen Dienst zu organisieren.",
        it: "Riscrive in linguaggio semplice le lettere e gli avvisi dell'ufficio e contribuisce a organizzare informazioni multilingui e servizi di interpretariato per l'intero servizio.",
        es: "Reescribe en lenguaje claro las cartas y notificaciones de la oficina y ayuda a organizar información multilingüe e interpretación para todo el servicio.",
      },
    ],
  },
  {
    key: "self-reflection-on-bias",
    group: "skills",
    name: {
      en: "Self-reflection on bias",
      de: "Selbstreflexion über Vorurteile",
      it: "Autoriflessione sui pregiudizi",
      es: "Autorreflexión sobre los sesgos",
    },
    description: {
      en: "Becoming aware of one's own assumptions, stereotypes and routines, and of how they can shape decisions about the people who use the service.",
      de: "Sich der eigenen Annahmen, Stereotype und Routinen bewusst werden und erkennen, wie sie Entscheidungen über die Menschen beeinflussen können, die den Dienst nutzen.",
      it: "Prendere coscienza dei propri presupposti, stereotipi e abitudini e di come possono influenzare le decisioni sulle persone che si rivolgono al servizio.",
      es: "Tomar conciencia de los propios supuestos, estereotipos y rutinas, y de cómo pueden influir en las decisiones sobre las personas que usan el servicio.",
    },
    levels: [
      {
        en: "Accepts that everyone has biases, oneself included, and can name some common stereotypes about migrants heard at work.",
        de: "Akzeptiert, dass alle Menschen Vorurteile haben, auch man selbst, und kann einige verbreitete Stereotype über Zugewanderte benennen, die bei der Arbeit zu hören sind.",
        it: "Accetta che tutti hanno dei pregiudizi, compresi noi stessi, e sa nominare alcuni stereotipi diffusi sui migranti che si sentono sul lavoro.",
        es: "Acepta que todo el mundo tiene sesgos, también uno mismo, y sabe nombrar algunos estereotipos frecuentes sobre las personas migrantes que se oyen en el trabajo.",
      },
      {
        en: "Looks back at own cases to check whether similar situations were handled alike, and asks colleagues for feedback.",
        de: "Prüft im Rückblick auf eigene Fälle, ob vergleichbare Situationen gleich behandelt wurden, und bittet Kolleginnen und Kollegen um Rückmeldung.",
        it: "Ripercorre i propri casi per verificare se situazioni simili sono state trattate allo stesso modo e chiede un riscontro ai colleghi.",
        es: "Revisa sus propios casos para comprobar si situaciones parecidas se trataron igual, y pide opinión a sus colegas.",
      },
      {
        en: "Leads reflective practice in the team (case reviews, peer observation) and turns what it reveals into changed routines.",
        de: "Leitet Reflexion im Team an (Fallreviews, kollegiale Hospitation) und setzt die Erkenntnisse in geänderte Abläufe um.",
        it: "Guida momenti di riflessione nel gruppo di lavoro (revisione dei casi, osservazione tra colleghi) e traduce ciò che emerge in nuove prassi.",
        es: "Dinamiza la reflexión en el equipo (revisión de casos, observación entre pares) y convierte lo que se descubre en cambios de rutina.",
      },
    ],
  },
  {
    key: "countering-discrimination",
    group: "skills",
    name: {
      en: "Recognising and countering discrimination",
      de: "Diskriminierung erkennen und ihr entgegenwirken",
      it: "Riconoscere e contrastare la discriminazione",
      es: "Reconocer y combatir la discriminación",
    },
    description: {
      en: "Recognising direct, indirect and institutional discrimination in one's own service and acting against it through the proper channels.",
      de: "Unmittelbare, mittelbare und institutionelle Diskriminierung im eigenen Dienst erkennen und auf dem vorgesehenen Weg dagegen vorgehen.",
      it: "Riconoscere la discriminazione diretta, indiretta e istituzionale nel proprio servizio e contrastarla attraverso i canali previsti.",
      es: "Reconocer la discriminación directa, indirecta e institucional en el propio servicio y actuar contra ella por los cauces previstos.",
    },
    levels: [
      {
        en: "Knows the grounds of discrimination the law forbids and recognises obvious cases, such as refusing to serve someone because of an accent.",
        de: "Kennt die gesetzlich verbotenen Diskriminierungsmerkmale und erkennt offensichtliche Fälle, etwa wenn jemand wegen eines Akzents nicht bedient wird.",
        it: "Conosce i motivi di discriminazione vietati dalla legge e riconosce i casi evidenti, come il rifiuto di servire qualcuno per il suo accento.",
        es: "Conoce los motivos de discriminación prohibidos por la ley y reconoce los casos evidentes, como negarse a atender a alguien por su acento.",
      },
      {
        en: "Spots indirect discrimination in rules and routines (a document only some groups can obtain, appointments only online), reports it, and knows where to refer people who experienced discrimination.",
        de: "Erkennt mittelbare Diskriminierung in Regeln und Abläufen (ein Dokument, das nur manche Gruppen beschaffen können, Termine nur online), meldet sie und weiß, an welche Stellen Betroffene verwiesen werden können.",
        it: "Individua la discriminazione indiretta in regole e prassi (un documento che solo alcuni gruppi possono ottenere, appuntamenti solo online), la segnala e sa a chi indirizzare chi ha subito una discriminazione.",
        es: "Detecta la discriminación indirecta en normas y rutinas (un documento que solo algunos grupos pueden conseguir, citas solo por internet), la comunica y sabe a dónde derivar a quien ha sufrido discriminación.",
      },
      {
        en: "Intervenes when colleagues discriminate, supports complaint procedures and works with management to remove discriminatory practices.",
        de: "Schreitet ein, wenn Kolleginnen oder Kollegen diskriminieren, unterstützt Beschwerdeverfahren und arbeitet mit der Leitung daran, diskriminierende Praktiken abzuschaffen.",
        it: "Interviene quando dei colleghi discriminano, sostiene le procedure di reclamo e lavora con la dirigenza per eliminare le prassi discriminatorie.",
        es: "Interviene cuando algún colega discrimina, apoya los procedimientos de queja y colabora con la dirección para eliminar las prácticas discriminatorias.",
      },
    ],
  },
  {
    key: "cooperation-with-ngos",
    group: "skills",
    name: {
      en: "Cooperation with NGOs and migrant associations",
      de: "Zusammenarbeit mit NGOs und Migrantenorganisationen",
      it: "Cooperazione con ONG e associazioni di migranti",
      es: "Cooperación con ONG y asociaciones de personas migrantes",
    },
    description: {
      en: "Working with non-governmental organisations, migrant associations, volunteers and cultural mediators as partners: referring people to them and learning from them.",
      de: "Mit Nichtregierungsorganisationen, Migrantenorganisationen, Ehrenamtlichen und Kulturmittelnden partnerschaftlich zusammenarbeiten: Menschen an sie verweisen und von ihnen lernen.",
      it: "Collaborare da partner con organizzazioni non governative, associazioni di migranti, volontari e mediatori culturali: indirizzare loro le persone e imparare da loro.",
      es: "Colaborar como socios con organizaciones no gubernamentales, asociaciones de personas migrantes, voluntariado y mediadores interculturales: derivarles personas y aprender de ellos.",
    },
    levels: [
      {
        en: "Knows the main local organisations that support migrants and what they offer, and refers people to them.",
        de: "Kennt die wichtigsten Organisationen vor Ort, die Zugewanderte unterstützen, und ihr Angebot, und verweist Menschen an sie.",
        it: "Conosce le principali organizzazioni locali che sostengono i migranti e i loro servizi, e vi indirizza le persone.",
        es: "Conoce las principales organizaciones locales que apoyan a las personas migrantes y lo que ofrecen, y deriva a las personas hacia ellas.",
      },
      {
        en: "Keeps regular contact with NGO staff, shares information within data-protection rules and solves individual cases together, for example with an accompanied referral.",
        de: "Hält regelmäßigen Kontakt zu Mitarbeitenden von NGOs, teilt Informationen im Rahmen des Datenschutzes und löst Einzelfälle gemeinsam, etwa durch eine begleitete Weitervermittlung.",
        it: "Mantiene contatti regolari con gli operatori delle ONG, condivide informazioni nel rispetto della protezione dei dati e risolve insieme i singoli casi, per esempio con un invio accompagnato.",
        es: "Mantiene un contacto regular con el personal de las ONG, comparte información respetando la protección de datos y resuelve casos concretos en común, por ejemplo con una derivación acompañada.",
      },
      {
        en: "Builds lasting cooperation – agreements, joint information days, round tables – in which NGOs and migrant associations help shape the service.",
        de: "Baut dauerhafte Kooperationen auf – Vereinbarungen, gemeinsame Informationstage, Runde Tische –, in denen NGOs und Migrantenorganisationen den Dienst mitgestalten.",
        it: "Costruisce collaborazioni durature – accordi, giornate informative comuni, tavoli tematici – in cui ONG e associazioni di migranti contribuiscono a definire il servizio.",
        es: "Construye una cooperación duradera – acuerdos, jornadas informativas conjuntas, mesas redondas – en la que las ONG y las asociaciones de personas migrantes contribuyen a dar forma al servicio.",
      },
    ],
  },
  {
    key: "rights-based-migration-law",
    group: "knowledge",
    name: {
      en: "Rights-based handling of migration law and procedures",
      de: "Rechtebasierter Umgang mit Migrationsrecht und Verfahren",
      it: "Diritto dell'immigrazione e procedure applicati nel rispetto dei diritti",
      es: "Derecho de extranjería y procedimientos aplicados con enfoque de derechos",
    },
    description: {
      en: "Knowing the law on residence, work, family reunification and access to services that applies to third-country nationals, and applying it correctly, consistently and with the person's rights in view.",
      de: "Das für Drittstaatsangehörige geltende Recht zu Aufenthalt, Beschäftigung, Familiennachzug und Zugang zu Leistungen kennen und es richtig, einheitlich und mit Blick auf die Rechte der Person anwenden.",
      it: "Conoscere le norme su soggiorno, lavoro, ricongiungimento familiare e accesso ai servizi che valgono per i cittadini di paesi terzi, e applicarle in modo corretto, coerente e attento ai diritti della persona.",
      es: "Conocer la normativa sobre residencia, trabajo, reagrupación familiar y acceso a los servicios aplicable a los nacionales de terceros países, y aplicarla de forma correcta, coherente y atenta a los derechos de la persona.",
    },
    levels: [
      {
        en: "Knows the main residence permits and the entitlements attached to them in one's own field (registration, social benefits, employment), and where to check when unsure.",
        de: "Kennt die wichtigsten Aufenthaltstitel und die damit verbundenen Ansprüche im eigenen Arbeitsfeld (Meldewesen, Sozialleistungen, Beschäftigung) und weiß, wo im Zweifel nachzuschlagen ist.",
        it: "Conosce i principali permessi di soggiorno e i diritti che ne derivano nel proprio ambito (anagrafe, prestazioni sociali, lavoro) e sa dove verificare in caso di dubbio.",
        es: "Conoce los principales permisos de residencia y los derechos que conllevan en el propio ámbito (empadronamiento, prestaciones sociales, empleo), y sabe dónde consultar en caso de duda.",
      },
      {
        en: "Applies the rules to individual cases correctly and consistently, explains decisions and the available remedies in plain language, and follows changes in the law.",
        de: "Wendet die Regeln im Einzelfall richtig und einheitlich an, erklärt Entscheidungen und mögliche Rechtsbehelfe in einfacher Sprache und verfolgt Änderungen der Rechtslage.",
        it: "Applica le norme ai singoli casi in modo corretto e uniforme, spiega le decisioni e i rimedi disponibili con parole semplici e segue le modifiche normative.",
        es: "Aplica las normas a cada caso de forma correcta y coherente, explica las resoluciones y los recursos disponibles en lenguaje claro, y sigue los cambios normativos.",
      },
      {
        en: "Handles complex cases (families with different statuses, expiring permits, offices that apply the rules differently), uses discretion in the person's favour where the law allows, and keeps colleagues up to date.",
        de: "Bearbeitet komplexe Fälle (Familien mit unterschiedlichem Status, auslaufende Titel, Behörden, die die Regeln unterschiedlich anwenden), nutzt Ermessensspielräume, wo das Gesetz es erlaubt, zugunsten der Person und hält Kolleginnen und Kollegen auf dem Laufenden.",
        it: "Gestisce casi complessi (famiglie con status diversi, permessi in scadenza, uffici che applicano le norme in modo diverso), usa la discrezionalità a favore della persona dove la legge lo consente e tiene aggiornati i colleghi.",
        es: "Gestiona casos complejos (familias con situaciones administrativas distintas, permisos a punto de caducar, oficinas que aplican las normas de forma diferente), usa la discrecionalidad en favor de la persona cuando la ley lo permite y mantiene al día a sus colegas.",
      },
    ],
  },
  {
    key: "knowledge-of-migration-and-integration",
    group: "knowledge",
    name: {
      en: "Knowledge of migration and local integration",
      de: "Wissen über Migration und Integration vor Ort",
      it: "Conoscenza della migrazione e dell'integrazione locale",
      es: "Conocimiento de la migración y de la integración local",
    },
    description: {
      en: "Understanding why and how people migrate, what newcomers typically face in their first years, and who does what in the local integration landscape.",
      de: "Verstehen, warum und wie Menschen migrieren, womit Neuangekommene in den ersten Jahren typischerweise zu tun haben und wer in der lokalen Integrationslandschaft was tut.",
      it: "Capire perché e come le persone migrano, che cosa affrontano di solito i nuovi arrivati nei primi anni e chi fa che cosa nel sistema locale di integrazione.",
      es: "Comprender por qué y cómo migran las personas, a qué se enfrentan normalmente las personas recién llegadas en sus primeros años y quién hace qué en el sistema local de integración.",
    },
    levels: [
      {
        en: "Knows the main groups of third-country nationals in the territory, why they came and the first steps they must take with the administration.",
        de: "Kennt die wichtigsten Gruppen von Drittstaatsangehörigen im Gebiet, ihre Gründe für die Zuwanderung und die ersten Schritte, die sie bei der Verwaltung erledigen müssen.",
        it: "Conosce i principali gruppi di cittadini di paesi terzi presenti sul territorio, le ragioni del loro arrivo e i primi passi che devono compiere con l'amministrazione.",
        es: "Conoce los principales grupos de nacionales de terceros países del territorio, los motivos de su llegada y los primeros trámites que deben hacer con la administración.",
      },
      {
        en: "Understands how the steps of integration (residence, language, work, housing, school) depend on one another, and points people to the next step, also beyond one's own office.",
        de: "Versteht, wie die Schritte der Integration (Aufenthalt, Sprache, Arbeit, Wohnen, Schule) voneinander abhängen, und zeigt Menschen den nächsten Schritt, auch über das eigene Amt hinaus.",
        it: "Capisce come le tappe dell'integrazione (soggiorno, lingua, lavoro, casa, scuola) dipendono l'una dall'altra e orienta le persone verso il passo successivo, anche oltre il proprio ufficio.",
        es: "Entiende cómo dependen entre sí las etapas de la integración (residencia, lengua, trabajo, vivienda, escolarización) y orienta a las personas hacia el siguiente paso, también fuera de la propia oficina.",
      },
      {
        en: "Uses data and research on migration and integration to assess the local situation, and contributes to needs reviews and to the local integration strategy.",
        de: "Nutzt Daten und Forschung zu Migration und Integration, um die Lage vor Ort einzuschätzen, und wirkt an Bedarfsanalysen und an der lokalen Integrationsstrategie mit.",
        it: "Usa dati e ricerche su migrazione e integrazione per valutare la situazione locale e contribuisce all'analisi dei bisogni e alla strategia locale di integrazione.",
        es: "Utiliza datos e investigaciones sobre migración e integración para valorar la situación local y contribuye al análisis de necesidades y a la estrategia local de integración.",
      },
    ],
  },
  {
    key: "diversity-management",
    group: "knowledge",
    name: { en: "Diversity management", de: "Diversity Management", it: "Gestione della diversità", es: "Gestión de la diversidad" },
    description: {
      en: "Knowing the principles and tools of diversity management in public administration – diverse teams, accessible services, monitoring of equal access – and using them in one's own unit.",
      de: "Die Grundsätze und Instrumente des Diversity Managements in der öffentlichen Verwaltung kennen – vielfältige Teams, zugängliche Dienste, Beobachtung des gleichberechtigten Zugangs – und sie in der eigenen Organisationseinheit nutzen.",
      it: "Conoscere i principi e gli strumenti della gestione della diversità nella pubblica amministrazione – gruppi di lavoro eterogenei, servizi accessibili, monitoraggio della parità di accesso – e usarli nella propria unità.",
      es: "Conocer los principios y herramientas de la gestión de la diversidad en la administración pública – equipos diversos, servicios accesibles, seguimiento de la igualdad de acceso – y aplicarlos en la propia unidad.",
    },
    levels: [
      {
        en: "Knows what diversity management means for a public service and which diversity and equality policies of the administration apply to one's own work.",
        de: "Weiß, was Diversity Management für einen öffentlichen Dienst bedeutet und welche Vielfalts- und Gleichstellungsregelungen der Verwaltung für die eigene Arbeit gelten.",
        it: "Sa che cosa significa la gestione della diversità per un servizio pubblico e quali politiche dell'amministrazione su diversità e pari opportunità riguardano il proprio lavoro.",
        es: "Sabe qué significa la gestión de la diversidad para un servicio público y qué políticas de diversidad e igualdad de la administración afectan al propio trabajo.",
      },
      {
        en: "Draws on the diversity of the team (languages, backgrounds) in everyday work and suggests adjustments that make the service more accessible, such as opening hours or multilingual signs.",
        de: "Nutzt die Vielfalt im Team (Sprachen, Hintergründe) im Arbeitsalltag und schlägt Anpassungen vor, die den Dienst zugänglicher machen, etwa bei Öffnungszeiten oder mehrsprachiger Beschilderung.",
        it: "Valorizza nel lavoro quotidiano la diversità del gruppo (lingue, provenienze) e propone adattamenti che rendono il servizio più accessibile, come gli orari di apertura o la segnaletica multilingue.",
        es: "Aprovecha la diversidad del equipo (lenguas, orígenes) en el trabajo diario y propone ajustes que hacen el servicio más accesible, como los horarios de atención o la señalización multilingüe.",
      },
      {
        en: "Plans and evaluates diversity measures for a unit or department – recruitment, training, data on who is reached and who is not – and anchors them in the local integration strategy.",
        de: "Plant und bewertet Vielfaltsmaßnahmen für eine Abteilung – Personalgewinnung, Fortbildung, Daten dazu, wer erreicht wird und wer nicht – und verankert sie in der lokalen Integrationsstrategie.",
        it: "Pianifica e valuta misure per la diversità di un'unità o di un settore – reclutamento, formazione, dati su chi viene raggiunto e chi no – e le inserisce nella strategia locale di integrazione.",
        es: "Planifica y evalúa medidas de diversidad para una unidad o departamento – selección de personal, formación, datos sobre a quién se llega y a quién no – y las integra en la estrategia local de integración.",
      },
    ],
  },
];
