// Needs Review (second slice): demo interviews with transcripts, in each territory's language
// and one in English. EVERY INTERVIEW, NOTE AND TRANSCRIPT BELOW IS INVENTED for the demo; no
// real person said any of it. Participants are the demo participants (all with consent).

export type DemoInterview = {
  conductedOn: string;
  interviewerEmail: string;
  language: string;
  participants: string[];
  notes: string;
  transcript: string;
};

export const DEMO_INTERVIEWS: Record<string, DemoInterview[]> = {
  offenbach: [
    {
      conductedOn: "2021-04-12",
      interviewerEmail: "partner.offenbach@eccipa.example",
      language: "de",
      participants: ["CS-01"],
      notes: "Erfundenes Demo-Interview. Im Besprechungsraum der Behörde, 40 Minuten.",
      transcript: [
        "I: Wie erleben Sie die Gespräche mit Drittstaatsangehörigen am Schalter?",
        "CS-01: Oft fehlt uns eine gemeinsame Sprache. Wir haben keinen Dolmetscherdienst, also helfen Kolleginnen aus, wenn sie gerade Zeit haben.",
        "I: Gab es dazu eine Fortbildung?",
        "CS-01: Zu interkultureller Kommunikation nie. Ich würde mir Schulungen zu einfacher Sprache wünschen, und klare Merkblätter in mehreren Sprachen.",
      ].join("\n"),
    },
    {
      conductedOn: "2021-04-20",
      interviewerEmail: "coordinator.offenbach@eccipa.example",
      language: "de",
      participants: ["TCN-01"],
      notes: "Erfundenes Demo-Interview. Per Video, auf Wunsch ohne Aufzeichnung, Mitschrift.",
      transcript: [
        "I: Wie war Ihr erster Termin bei der Ausländerbehörde?",
        "TCN-01: Ich habe drei Monate auf den Termin gewartet. Die Briefe waren nur auf Deutsch und sehr kompliziert.",
        "I: Was hätte Ihnen geholfen?",
        "TCN-01: Eine Person, die erklärt, welche Unterlagen ich brauche. Und dass man nicht jedes Mal von vorne anfängt.",
      ].join("\n"),
    },
    {
      conductedOn: "2021-05-03",
      interviewerEmail: "partner.offenbach@eccipa.example",
      language: "en",
      participants: ["NGO-01"],
      notes: "Invented demo interview, held in English at the association's office.",
      transcript: [
        "I: How does your association cooperate with the county's offices?",
        "NGO-01: Mostly informally. We accompany newcomers to appointments, but nobody at the office knows we exist unless we introduce ourselves.",
        "I: What would improve that?",
        "NGO-01: A contact person in each department, and a regular meeting where we can bring up recurring problems.",
      ].join("\n"),
    },
  ],
  ravenna: [
    {
      conductedOn: "2021-04-14",
      interviewerEmail: "partner.ravenna@eccipa.example",
      language: "it",
      participants: ["CS-01"],
      notes: "Intervista inventata per la demo. Ufficio anagrafe, durata circa 35 minuti.",
      transcript: [
        "I: Quali difficoltà incontra allo sportello con i cittadini di paesi terzi?",
        "CS-01: La modulistica cambia spesso e noi non riceviamo un aggiornamento sulla normativa. A volte diamo informazioni diverse da quelle della questura.",
        "I: Che tipo di formazione le sarebbe utile?",
        "CS-01: Un corso pratico sul diritto dell'immigrazione e qualche incontro con le associazioni del territorio.",
      ].join("\n"),
    },
    {
      conductedOn: "2021-04-27",
      interviewerEmail: "coordinator.ravenna@eccipa.example",
      language: "it",
      participants: ["TCN-01", "NGO-01"],
      notes: "Intervista inventata per la demo. Presso la sede dell'associazione, con mediatrice presente.",
      transcript: [
        "I: Come ha saputo dei servizi del Comune?",
        "TCN-01: Tramite l'associazione. Da sola non avrei capito dove andare per la residenza.",
        "NGO-01: Molte persone arrivano da noi dopo essere state rimandate indietro due o tre volte dagli uffici.",
        "I: Cosa cambierebbe per prima cosa?",
        "TCN-01: Un punto informativo unico, con orari anche il sabato mattina.",
      ].join("\n"),
    },
    {
      conductedOn: "2021-05-06",
      interviewerEmail: "partner.ravenna@eccipa.example",
      language: "en",
      participants: ["TCN-02"],
      notes: "Invented demo interview, in English at the participant's request, about the harbour workers' permits.",
      transcript: [
        "I: What was the hardest part of renewing your permit?",
        "TCN-02: Understanding which office was responsible. The port employer, the police headquarters and the municipality each sent me somewhere else.",
        "I: Did anyone explain the procedure in a language you understand?",
        "TCN-02: Only a volunteer at the harbour chaplaincy, never the offices themselves.",
      ].join("\n"),
    },
  ],
  cartagena: [
    {
      conductedOn: "2021-04-19",
      interviewerEmail: "partner.cartagena@eccipa.example",
      language: "es",
      participants: ["CS-01"],
      notes: "Entrevista inventada para la demo. En el centro de servicios sociales, 45 minutos.",
      transcript: [
        "I: ¿Cómo atienden a las personas que no hablan español?",
        "CS-01: Con mucha buena voluntad y el traductor del móvil. No tenemos mediadores interculturales en plantilla.",
        "I: ¿Qué formación echa en falta?",
        "CS-01: Sobre todo, saber qué derechos tiene cada persona según su situación administrativa, para no dar información equivocada.",
      ].join("\n"),
    },
    {
      conductedOn: "2021-05-10",
      interviewerEmail: "coordinator.cartagena@eccipa.example",
      language: "es",
      participants: ["TCN-01", "NGO-01"],
      notes: "Entrevista inventada para la demo. En la sede de la asociación, con ambas participantes.",
      transcript: [
        "I: ¿Cómo fue empadronarse al llegar a Cartagena?",
        "TCN-01: Me pidieron un contrato de alquiler que no tenía. Estuve meses sin poder pedir la tarjeta sanitaria.",
        "NGO-01: Es un caso muy frecuente; acompañamos a muchas familias a las mismas ventanillas.",
        "I: ¿Qué propondrían?",
        "NGO-01: Una guía clara, en varios idiomas, y una persona de referencia en el ayuntamiento.",
      ].join("\n"),
    },
  ],
};
