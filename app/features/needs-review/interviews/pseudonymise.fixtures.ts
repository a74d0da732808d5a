// A labelled set of invented interview excerpts in the four languages, to measure how much of what
// identifies people the pseudonymiser proposes. EVERY PERSON, ADDRESS, E-MAIL ADDRESS AND PHONE
// NUMBER BELOW IS INVENTED; any likeness to real people is chance. The numbers use the ranges
// reserved for fiction where countries have them (UK 07700 900xxx, 020 7946 0xxx).
//
// Each identifier is marked ⟦category|text⟧:
//   self    a name the speaker gives herself ("Ich heiße …", "me llamo …")
//   person  another person's name, after a form of address or a word of family or acquaintance
//   address a street address with its house number
//   email   an e-mail address
//   phone   a phone number
// Cities, countries, organisations, dates, amounts and German nouns are left unmarked: they are
// what the tool must not take for people.

export type LabelCategory = "self" | "person" | "address" | "email" | "phone";
export type LabelledTranscript = { language: "de" | "it" | "es" | "en"; text: string };

export const LABELLED_TRANSCRIPTS: LabelledTranscript[] = [
  // ------------------------------------------------------------------ German
  {
    language: "de",
    text: `I: Guten Tag, bitte stellen Sie sich kurz vor.
TCN-11: Ich heiße ⟦self|Fatou Diallo⟧ und komme aus Senegal. Seit 2019 wohne ich in Offenbach, in der ⟦address|Bahnhofstraße 12⟧.
I: Wie sind Sie zur Ausländerbehörde gekommen?
TCN-11: Meine Nachbarin ⟦person|Ingrid Pohl⟧ hat mich begleitet. Die Briefe waren alle auf Deutsch, Termine gab es erst nach drei Wochen.
I: Kann man Sie erreichen, falls wir Fragen haben?
TCN-11: Ja, unter ⟦phone|0171 2345678⟧ oder per Mail an ⟦email|f.diallo@beispiel.de⟧.`,
  },
  {
    language: "de",
    text: `I: Erzählen Sie von Ihrem ersten Besuch im Jobcenter.
TCN-12: Mein Name ist ⟦self|Ahmad Rahimi⟧. Beim Jobcenter hat mich Frau ⟦person|Keller⟧ beraten, sehr freundlich. Herr Dr. ⟦person|Brandt⟧ vom Gesundheitsamt war streng.
I: Und Ihre Familie?
TCN-12: Mein Bruder ⟦person|Karim⟧ wohnt in Frankfurt, ⟦address|Hauptstr. 5a⟧, meine Schwester ⟦person|Leyla⟧ noch in Kabul. Am Montag um 10.30 Uhr hatte ich den Termin, am 12.05.2021.
I: Wie viel kostet die Wohnung?
TCN-12: 850 Euro warm. Die Nummer vom Vermieter ist ⟦phone|+49 69 1234567⟧.`,
  },
  {
    language: "de",
    text: `NGO-11: Ich bin ⟦self|Hanna Wolters⟧ vom Verein Miteinander. Unser Büro ist in der ⟦address|Frankfurter Straße 88⟧ in Dietzenbach, Sie erreichen uns unter ⟦phone|06074 123456⟧ oder ⟦email|kontakt@miteinander-verein.example⟧.
I: Wer kommt zu Ihnen?
NGO-11: Viele Frauen aus Eritrea und Syrien. Gestern war Frau ⟦person|Haile⟧ da, mit ihrem Sohn ⟦person|Yonas⟧. Die Beratung dauert oft zwei Stunden. Zwischen 2020 und 2023 hatten wir 1.200 Beratungen.
NGO-11: Wohnungen sind das größte Problem. Am ⟦address|Marktplatz 3⟧ gibt es jetzt eine Sprechstunde.`,
  },
  {
    language: "de",
    text: `CS-11: Ich arbeite seit zwölf Jahren in der Ausländerbehörde. Mein Kollege ⟦person|Stefan Roth⟧ und ich teilen uns die Buchstaben A bis K.
I: Was würde Ihnen helfen?
CS-11: Dolmetscher am Telefon. Die Hotline hat die Nummer ⟦phone|069 / 98 76 54 32⟧, aber sie ist oft besetzt. Schreiben Sie mir ruhig an ⟦email|s.weidner@kreis-beispiel.de⟧, ich heiße übrigens ⟦self|Sabine Weidner⟧.`,
  },
  // ------------------------------------------------------------------ Italian
  {
    language: "it",
    text: `I: Buongiorno, come si chiama?
TCN-21: Mi chiamo ⟦self|Amina Keita⟧, vengo dal Mali. Abito a Ravenna, in ⟦address|Via Roma 10⟧, vicino alla stazione.
I: Chi l'ha aiutata all'inizio?
TCN-21: La signora ⟦person|Bianchi⟧ della Caritas, e poi mia sorella ⟦person|Mariam⟧. In Questura ho aspettato sei mesi per il permesso.
I: Possiamo richiamarla?
TCN-21: Sì, il mio numero è ⟦phone|333 1234567⟧, oppure scrivete a ⟦email|amina.keita@esempio.it⟧.`,
  },
  {
    language: "it",
    text: `CS-21: Il mio nome è ⟦self|Paolo Gentili⟧, lavoro all'anagrafe del Comune dal 2010.
I: Quali sono le difficoltà più frequenti?
CS-21: La lingua, soprattutto. Il dottor ⟦person|Ferri⟧ ha organizzato un corso di italiano, e la dottoressa ⟦person|Elena Conti⟧ fa da mediatrice il martedì.
CS-21: Lo sportello è in ⟦address|Piazza Garibaldi 3⟧, telefono ⟦phone|+39 0544 123456⟧. Nel 2022 abbiamo avuto 3.400 richieste.`,
  },
  {
    language: "it",
    text: `NGO-21: Sono ⟦self|Chiara Mancini⟧, dell'associazione Porte Aperte. Siamo in ⟦address|Via XX Settembre 4/B⟧ a Ravenna.
I: Con chi collaborate?
NGO-21: Con la cooperativa e con il signor ⟦person|Ricci⟧ del Centro per l'impiego. Mio marito ⟦person|Davide⟧ fa il volontario il sabato.
NGO-21: Un ragazzo, ⟦person|Ibrahim Sow⟧, è arrivato da Lampedusa nel 2021; ora abita in ⟦address|Corso Garibaldi, 21⟧. Per informazioni ⟦email|info@porteaperte.example⟧ o ⟦phone|0544 987654⟧.`,
  },
  // ------------------------------------------------------------------ Spanish
  {
    language: "es",
    text: `I: Buenos días, ¿puede presentarse?
TCN-31: Me llamo ⟦self|María López⟧ y soy de Colombia. Vivo en Cartagena, en la ⟦address|Calle Mayor 7⟧, desde 2018.
I: ¿Quién le ayudó con los papeles?
TCN-31: Mi vecina ⟦person|Rosa⟧ y la señora ⟦person|Gómez⟧ del ayuntamiento. En la oficina de extranjería esperé tres meses.
I: ¿Cómo podemos contactarla?
TCN-31: Mi móvil es ⟦phone|612 34 56 78⟧ y mi correo ⟦email|maria.lopez@ejemplo.es⟧.`,
  },
  {
    language: "es",
    text: `CS-31: Mi nombre es ⟦self|Javier Ruiz Sánchez⟧, trabajo en servicios sociales desde hace quince años.
I: ¿Qué necesitaría?
CS-31: Formación en interculturalidad. Doña ⟦person|Carmen Ortiz⟧ dio un taller en 2021, muy útil. El centro está en ⟦address|C/ Real 15⟧, teléfono ⟦phone|968 12 34 56⟧.
CS-31: Mi compañera ⟦person|Pilar⟧ atiende por la tarde. Atendimos a 2.500 personas el año pasado.`,
  },
  {
    language: "es",
    text: `NGO-31: Soy ⟦self|Fatima Benali⟧, de la asociación Puentes. Estamos en la ⟦address|Avenida de la Constitución, 22⟧, y el teléfono es ⟦phone|+34 612 345 678⟧.
I: ¿Cómo llegan las personas a ustedes?
NGO-31: Por el boca a boca. El señor ⟦person|Hernández⟧ de la parroquia nos manda familias, y mi hermano ⟦person|Youssef⟧ traduce del árabe. Escriban a ⟦email|puentes@asociacion.example⟧.
NGO-31: Una familia de Venezuela vive ahora en ⟦address|Plaza de España 3⟧, en Murcia.`,
  },
  // ------------------------------------------------------------------ English
  {
    language: "en",
    text: `I: Thank you for coming. Could you introduce yourself?
TCN-41: My name is ⟦self|Grace Okafor⟧, I'm from Nigeria. I live at ⟦address|12 High Street⟧ in Leeds with my daughter ⟦person|Ada⟧.
I: Who helped you when you arrived?
TCN-41: Mrs ⟦person|Patel⟧ at the council office. She gave me the number of a lawyer, Mr ⟦person|Evans⟧. On Monday I waited four hours.
TCN-41: You can call me on ⟦phone|07700 900123⟧ or email ⟦email|grace.okafor@example.co.uk⟧.`,
  },
  {
    language: "en",
    text: `NGO-41: I'm ⟦self|Tom Bradley⟧ from the Welcome Centre. We moved to ⟦address|221B Baker Street⟧ last year; the phone is ⟦phone|(020) 7946 0958⟧.
I: What do newcomers ask for most?
NGO-41: English classes and housing. My colleague ⟦person|Sarah Mitchell⟧ runs the drop-in on Tuesdays. In 2022 we saw 1,800 people from Syria, Afghanistan and Ukraine.
NGO-41: Write to ⟦email|hello@welcome-centre.example⟧ or call ⟦phone|+44 20 7946 0321⟧.`,
  },
  // ------------------------------------------------------------------ a second round, written after the first passed
  {
    language: "de",
    text: `TCN-13: Guten Tag, ich bin die ⟦self|Olena Kovalenko⟧ aus Charkiw. Meine Tochter heißt ⟦person|Sofia⟧. Wir wohnen in der ⟦address|Goethestr. 17 b⟧, 63065 Offenbach.
TCN-13: Telefon: ⟦phone|0176-12345678⟧, E-Mail: ⟦email|olena_k@web.example⟧. Herr ⟦person|Schneider⟧ vom Amt sagte, ich soll Frau Dr. ⟦person|Yıldız⟧ anrufen, unter ⟦phone|069 12 34 56 78⟧.
I: Was war am schwierigsten?
TCN-13: Die Anerkennung meines Diploms. Das heißt Monate Warten. Die Sachbearbeiterin Frau ⟦person|Lange⟧ war freundlich, aber die Unterlagen Seite für Seite übersetzen kostet Geld. Dann kam ⟦person|Natalia Hrytsenko⟧ aus der Gemeinde und hat geholfen.
TCN-13: Deutsche Behörden schicken alles per Post. Im Integrationskurs Montag bis Freitag, Sprachniveau B1, dann Prüfung.`,
  },
  {
    language: "it",
    text: `TCN-22: Piacere, sono ⟦self|Abdoulaye Ndiaye⟧, ho 34 anni. Vivo in ⟦address|viale Randi 45⟧ con mio cugino ⟦person|Moussa⟧. La mia amica ⟦person|Fatoumata⟧ abita in ⟦address|via Cavour n. 8⟧.
TCN-22: Il mio cellulare: ⟦phone|347 765 4321⟧, fisso ⟦phone|0544-765432⟧. Scrivetemi: ⟦email|a.ndiaye@posta.example⟧. Ho parlato con l'avvocato ⟦person|Rossi⟧ e con la signora ⟦person|Maria Grazia De Luca⟧.
I: E in Prefettura?
TCN-22: Lunghe attese. A Bologna, a Milano, dappertutto uguale.`,
  },
  {
    language: "es",
    text: `TCN-32: Hola, me llamo ⟦self|Luis Fernando Quispe Mamani⟧. Vivo en ⟦address|Avda. Reina Victoria 34⟧, 2º B. Mi esposa ⟦person|Rocío⟧ trabaja en la ⟦address|Calle San Fernando nº 12⟧.
TCN-32: Llámeme al ⟦phone|650 123 456⟧ o al ⟦phone|968 50 60 70⟧. Correo: ⟦email|luisq@correo.example⟧. Hablé con el Sr. ⟦person|Martínez⟧ y con la doctora ⟦person|Núñez⟧. Mi hija se llama ⟦person|Valentina⟧.
CS-32: Soy la trabajadora social, me llamo ⟦self|Ana Belén Pérez⟧. En 2021 llegaron 300 familias. La Sra. ⟦person|García⟧ me derivó a don ⟦person|Antonio⟧.`,
  },
  {
    language: "en",
    text: `TCN-42: Hi, I am ⟦self|Daniel Mensah⟧, originally from Ghana. I'm staying with my uncle ⟦person|Kwame⟧ at ⟦address|45 Victoria Road⟧. My wife ⟦person|Abena⟧ is still in Accra.
TCN-42: Ring me on ⟦phone|+44 7700 900456⟧ or ⟦phone|0113 496 0123⟧. My email is ⟦email|d.mensah@mail.example⟧. I saw Dr ⟦person|Hughes⟧ and Ms ⟦person|O'Neill⟧ at the job centre. Her name is ⟦person|Comfort⟧.
I: How long did it take?
TCN-42: Eight months. The Home Office lost my papers twice.`,
  },
  // ------------------------------------------------------------------ a third round: adjectives of kinship, two-word street names, German names without a cue
  {
    language: "de",
    text: `TCN-14: Ich habe ⟦person|Olga Petrova⟧ im Kurs getroffen. Meine ältere Schwester ⟦person|Aisha⟧ lebt in Köln. Wir wohnen ⟦address|Am Alten Markt 5⟧.
TCN-14: Die Deutsche Bahn fährt selten. Im Integrationskurs lernen wir Deutsch, das Jobcenter Offenbach gibt Termine am Montag.`,
  },
  {
    language: "it",
    text: `TCN-23: Mia sorella maggiore ⟦person|Aisha⟧ vive a Roma, in ⟦address|Via dei Mille 12⟧. Tutti mi chiamano ⟦self|Beppe⟧, ma il mio nome è ⟦self|Giuseppe Russo⟧.`,
  },
  {
    language: "en",
    text: `NGO-42: People call me ⟦self|Jojo⟧. My little brother ⟦person|Kofi⟧ lives at ⟦address|3 Elm Grove⟧; call him on ⟦phone|+44 (0)113 496 0000⟧.`,
  },
];

export type Label = { category: LabelCategory; start: number; end: number; text: string };

/** The plain text of a labelled transcript and its labels, with offsets in the plain text. */
export function readLabels(marked: string): { text: string; labels: Label[] } {
  const labels: Label[] = [];
  let text = "";
  let last = 0;
  for (const m of marked.matchAll(/⟦(self|person|address|email|phone)\|([^⟧]+)⟧/gu)) {
    text += marked.slice(last, m.index);
    labels.push({ category: m[1] as LabelCategory, start: text.length, end: text.length + m[2].length, text: m[2] });
    text += m[2];
    last = m.index + m[0].length;
  }
  return { text: text + marked.slice(last), labels };
}
