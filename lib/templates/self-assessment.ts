/**
 * Annex C (self-assessment support) and annex D (checklist) of Socialstyrelsen's "Stöd till
 * regioner för produktions- och kapacitetsstyrning", seed `001_…` lines 1024–1584, copied verbatim
 * (line breaks and double spaces of the text extraction joined to single spaces). Generated from
 * the seed file; `self-assessment.test.ts` checks every string against it.
 */

/** The four answers (seed lines 1055–1058), in the seed's order. */
export const SELF_ASSESSMENT_ANSWERS = [
  "Instämmer i hög grad",
  "Instämmer delvis",
  "Instämmer inte alls",
  "Vet ej/ej relevant",
] as const;
export type SelfAssessmentAnswer = (typeof SELF_ASSESSMENT_ANSWERS)[number];

export interface SelfAssessmentStatement {
  id: string;
  text: string;
}

export interface SelfAssessmentArea {
  id: string;
  heading: string;
  /** `cat -n` lines of the seed the area spans (heading to the end of its comment). */
  lines: [number, number];
  statements: SelfAssessmentStatement[];
  /** "Kommentar till området", read-only. */
  comment: string;
}

/** How to read the answers (seed lines 1060–1070), shown with the results. */
export const SELF_ASSESSMENT_READING_RULE =
  "Alla påståenden som inkluderas i självskattningsstödet beskriver aktiviteter eller egenskaper som Socialstyrelsen bedömer är viktiga att den strategiska nivån arbetar aktivt med för att möjliggöra systematisk PKS. Det innebär att påståenden som besvarats med ”Instämmer inte alls” eller ”Vet ej/ej relevant” är särskilt relevanta för fortsatt utvecklingsarbete. Där svaret på påståendet är ”Instämmer delvis” kan fördjupad analys behövas för att förstå hur fortsatt utvecklingsarbete bör inriktas, eftersom det är vanligt att organisationen kommit olika långt med PKS i olika verksamheter. Påståenden som besvarats med ”Instämmer i hög grad” visar att förutsättningarna för systematisk PKS är goda i dessa avseenden och fokus bör vara på att bibehålla dem.";

/** The eight areas with their 40 statements and comments (seed lines 1078–1459). */
export const SELF_ASSESSMENT_AREAS: SelfAssessmentArea[] = [
  {
    id: "c1",
    heading: "Hur systematisk och organisationsövergripande är PKS?",
    lines: [1078, 1133],
    statements: [
      {
        id: "c1.1",
        text: "Det finns ett tydligt och uttalat beslut om att alla verksamheter i organisationen ska bedriva ett systematiskt PKS-arbete som tar utgångspunkt i patienternas behov.",
      },
      {
        id: "c1.2",
        text: "Vi har en gemensam definition av vad PKS är och målsättningen för organisationens PKS. Dessa är förankrade i hela organisationen.",
      },
      {
        id: "c1.3",
        text: "Vi har organisationsövergripande vägledande principer för PKS-arbetet som är förankrade i hela organisationen.",
      },
      {
        id: "c1.4",
        text: "Det finns en roll- och ansvarsfördelning för PKS-arbetet som är förankrad i hela organisationen och inkluderar åtminstone den strategiska och taktiska nivån i organisationen.",
      },
      {
        id: "c1.5",
        text: "Vi har en regionövergripande modell för PKS inklusive processer och rutiner för alla steg.",
      },
      {
        id: "c1.6",
        text: "Vi samordnar de olika verksamheternas PKS för en tydligare överblick av hela systemet.",
      },
      {
        id: "c1.7",
        text: "Våra produktionsmål och -planer är balanserade, dvs. den prognostiserade tillgängliga kapaciteten täcker det prognostiserade kapacitetsbehovet.",
      },
    ],
    comment:
      "Påståendena beskriver strukturer och aktiviteter som behövs för att möjliggöra en systematisk PKS i organisationen. Genom att på den strategiska nivån definiera mål, uttala vägledande principer och upprätta en roll- och ansvarsfördelning skapas förutsättningar för att verksamheterna ska kunna bedriva ett utvecklingsarbete kring PKS på ett enhetligt sätt med gemensamma mål och utgångspunkter. För mer information om roller, ansvarsområden och vägledande principer, se stödmaterial Centrala roller, ansvarsområden och vägledande principer.",
  },
  {
    id: "c2",
    heading: "Hur tydligt kopplat är arbetet mellan de olika nivåerna?",
    lines: [1134, 1203],
    statements: [
      {
        id: "c2.1",
        text: "Verksamhetsspecifika behovsprognoser tas fram på taktisk nivå och sammanställs till en övergripande prognos för organisationen som helhet på strategisk nivå. Den strategiska nivån ser över innehållet, justerar vid behov i dialog med verksamheterna samt godkänner slutgiltig prognos.",
      },
      {
        id: "c2.2",
        text: "Verksamhetsspecifika prognoser av tillgänglig kapacitet tas fram på taktisk nivå och sammanställs till en övergripande prognos för organisationen som helhet på strategisk nivå. Den strategiska nivån ser över innehållet, justerar vid behov i dialog med verksamheterna samt godkänner slutgiltig prognos.",
      },
      {
        id: "c2.3",
        text: "Den strategiska nivån formulerar övergripande produktionsmål utifrån en balans mellan prognostiserade behov och prognostiserad tillgänglig kapacitet, för att säkerställa att de är realistiska att uppnå.",
      },
      {
        id: "c2.4",
        text: "Produktionsmålen diskuteras och godkänns av både strategisk och taktisk nivå.",
      },
      {
        id: "c2.5",
        text: "Verksamheternas produktionsplaner bygger på de balanserade produktionsmålen som tagits fram på strategisk nivå.",
      },
      {
        id: "c2.6",
        text: "Enheternas scheman bygger på en balanserad produktionsplan från taktisk nivå.",
      },
      {
        id: "c2.7",
        text: "Återkoppling av avvikelser från plan och oförutsedda händelser som påverkar produktionsplanen eller -målen sker mellan nivåerna.",
      },
    ],
    comment:
      "Kopplingen mellan strategisk, taktisk och operativ nivå är avgörande för att få till en systematisk PKS. Prognoser och produktionsmål som tas fram på strategisk nivå behöver bygga på underlag från taktisk och operativ nivå för att skapa samsyn mellan nivåerna. På samma sätt får de produktionsmål som tas fram på strategisk nivå bara genomslag i praktiken om de via den taktiska nivån resulterar i ett fungerande schema på operativ nivå. Planeringen behöver därmed göras både ”uppifrån och ned” och ”nedifrån och upp”, där länkarna mellan de olika nivåerna är en förutsättning. För mer information om prognoser, balansering och uppföljning på strategisk nivå, se stödmaterial Prognos av behov och tillgänglig kapacitet på strategisk nivå, Balansering av behov och tillgänglig kapacitet på strategisk nivå samt Uppföljning på strategisk nivå: processer och behov av data.",
  },
  {
    id: "c3",
    heading: "Hur styrande är PKS?",
    lines: [1204, 1262],
    statements: [
      {
        id: "c3.1",
        text: "Alla chefer och berörda medarbetare känner sig införstådda i vad PKS och målsättningen med PKS är, samt vad som förväntas av dem kopplat till PKS.",
      },
      {
        id: "c3.2",
        text: "Produktionsmålen och -planerna är förankrade i alla berörda verksamheter.",
      },
      {
        id: "c3.3",
        text: "På den taktiska nivån jämförs det lagda schemat mot produktionsplanen proaktivt för att kunna fånga avvikelser innan de sker, och större avvikelser rapporteras till strategisk nivå.",
      },
      {
        id: "c3.4",
        text: "Vi gör allt för att följa de fastställda produktionsmålen och -planerna.",
      },
      {
        id: "c3.5",
        text: "Medarbetarna förstår kopplingen mellan produktionsmålen/-planerna och schemat/de dagliga målen.",
      },
      {
        id: "c3.6",
        text: "PKS är en del av vår kultur och anses vara ett accepterat arbetssätt för grundläggande verksamhetsplanering.",
      },
      {
        id: "c3.7",
        text: "Särskilda uppdrag och avtal (exv. med privata vårdgivare och vårdgivare med specifika uppdrag) justeras vid behov för att öka möjligheterna att inkludera alla verksamheter i PKS-arbetet.",
      },
    ],
    comment:
      "I intervjuer beskriver flera region- och verksamhetsrepresentanter att det är en utmaning att uppnå en kultur där PKS betraktas och används som en central del av den dagliga styrningen. De beskriver att produktionsplaner ibland betraktas som prognoser som går att justera, snarare än överenskomna planer som verksamheten ska styras utifrån. Det kan finnas flera orsaker till detta, exempelvis att produktionsmålen inte har förankrats mellan nivåerna eller att målen inte upplevs som realistiska på verksamhets-/enhetsnivå. Att på ett framgångsrikt sätt implementera PKS innefattar arbete med kultur, attityder och beteenden i organisationen. Påståendena i det här området kan vara en hjälp i att förstå hur långt organisationen kommit i detta arbete.",
  },
  {
    id: "c4",
    heading: "Hur väl används uppföljning för styrning och förbättring?",
    lines: [1263, 1310],
    statements: [
      {
        id: "c4.1",
        text: "Vi har tydliga och fungerande rutiner för uppföljning på alla nivåer i organisationen med tydliga ansvar och mandat för att vidta åtgärder utifrån uppföljningens resultat.",
      },
      {
        id: "c4.2",
        text: "Vi har rutiner på alla nivåer i organisationen för att fånga upp variationer och avvikelser i inflöde och tillgänglig kapacitet så fort förändringar skett, eller innan de sker, och vid behov eskalera till högre ledningsnivå.",
      },
      {
        id: "c4.3",
        text: "Vi vidtar åtgärder utifrån uppföljningen för att återskapa balans mellan kapacitetsbehov och tillgänglig kapacitet.",
      },
      {
        id: "c4.4",
        text: "Vi har fungerande rutiner för att vid stora avvikelser som framkommer i uppföljningen justera produktionsmål och -planer, även utöver ordinarie framtagningsprocess av produktionsmål och -planer.",
      },
    ],
    comment:
      "Uppföljning är en viktig del av PKS och behöver ske på alla nivåer i organisationen. Den strategiska nivån kan genom sin uppföljning ge verksamheterna både rätt förutsättningar och styrning för att nå sina produktionsmål. Löpande uppföljning och dialog mellan den strategiska nivån och övriga nivåer är centrala delar för att säkerställa en samsyn kring framtagna produktionsmål och -planer, vilket i sin tur är en förutsättning för att PKS ska vara styrande. För mer information om uppföljning på strategisk nivå, se stödmaterial Uppföljning på strategisk nivå: processer och behov av data.",
  },
  {
    id: "c5",
    heading: "Finns nödvändig PKS-kompetens i organisationen?",
    lines: [1311, 1351],
    statements: [
      {
        id: "c5.1",
        text: "Chefer och medarbetare på alla nivåer, t.ex. koordinatorer och schemaläggare, som arbetar med PKS har tillräcklig kunskap om hur PKS ska genomföras i respektive funktion.",
      },
      {
        id: "c5.2",
        text: "Chefer och berörda medarbetare vet vart de kan vända sig för att få stöd i sitt PKS-arbete.",
      },
      {
        id: "c5.3",
        text: "Vi ser över behovet av PKS-kompetens (inkl. kunskap om hur PKS ska genomföras, kompetens i de IT-stöd som används samt kunskap om organisationen och arbetssätten som påverkar och påverkas av PKS) regelbundet och vidtar åtgärder om det behövs mer kompetens inom området.",
      },
    ],
    comment:
      "Alla som arbetar med PKS behöver ha en grundkompetens inom området. Medan vårdens chefer har ett viktigt ansvar för PKS har de sällan förutsättningar för att utveckla fördjupad och specialiserad kompetens på området, och behöver istället ha tillgång till sådan genom andra funktioner. Intervjuer med regioner och verksamheter som kommit långt i sitt PKS-arbete vittnar om att stödfunktioner varit avgörande för att stödja och driva på utvecklingsarbetet samt bidra till gemensamma arbetssätt, rutiner och processer. För mer information, se stödmaterial Centrala roller, ansvarsområden och vägledande principer.",
  },
  {
    id: "c6",
    heading: "Har chefer och medarbetare tillräckligt bra tillgång till data och IT-stöd?",
    lines: [1352, 1389],
    statements: [
      {
        id: "c6.1",
        text: "Chefer och berörda medarbetare har tillgång till data för att kunna göra de prognoser som behövs inom ramen för PKS.",
      },
      {
        id: "c6.2",
        text: "Vi har en etablerad process för att kvalitetssäkra data som används för PKS.",
      },
      {
        id: "c6.3",
        text: "Vi har etablerade registreringsrutiner för att skapa jämförbara data mellan olika verksamheter.",
      },
      {
        id: "c6.4",
        text: "Vi har ett tillräckligt IT-stöd för att kunna genomföra PKS (inklusive prognoser, balansering, planering och uppföljning).",
      },
    ],
    comment:
      "För att PKS ska fungera i praktiken är det viktigt att säkerställa att data speglar verksamheten på ett korrekt sätt och kan presenteras på ett sätt som underlättar planering och styrning. Ett IT-stöd för PKS behöver inte ha alla tänkbara funktionaliteter för att vara användbart och ändamålsenligt. Det viktigaste är att rätt funktionalitet, utifrån organisationens behov och mognadsgrad, finns tillgänglig. För mer information och tips kring faktorer att tänka på inför val av IT-stöd, se stödmaterial Tips kring val av IT-stöd för PKS.",
  },
  {
    id: "c7",
    heading: "Finns det några resultat av PKS-arbetet?",
    lines: [1390, 1424],
    statements: [
      {
        id: "c7.1",
        text: "Vi har sett att vårt PKS-arbete har gett resultat även om vi inte ännu kunnat mäta resultaten.",
      },
      {
        id: "c7.2",
        text: "Vi har kunnat mäta att vårt PKS-arbete har gett resultat genom en bättre tillgänglighet.",
      },
      {
        id: "c7.3",
        text: "Vi har kunnat mäta att vårt PKS-arbete har gett resultat genom snabbare patientflöden.",
      },
      {
        id: "c7.4",
        text: "Vi har kunnat mäta att vårt PKS-arbete har gett resultat genom en bättre arbetsmiljö.",
      },
      {
        id: "c7.5",
        text: "Vi har kunnat mäta att vårt PKS-arbete har gett resultat genom en bättre kostnadseffektivitet.",
      },
    ],
    comment:
      "Organisationer kan ha olika målsättningar med sin PKS, beroende på hur behoven ser ut just där. Som konsekvens av det kan resultatet av PKS-arbetet vara av olika karaktär. Påståendena ovan speglar målsättningar som generellt är viktiga att sträva efter och som PKS kan bidra till. Det är viktigt att som organisation definiera vad man avser att uppnå med sin PKS, och följa upp resultaten utifrån detta.",
  },
  {
    id: "c8",
    heading: "Finns ett kontinuerligt lärande och en vidareutveckling av kultur, arbetssätt och processer?",
    lines: [1425, 1459],
    statements: [
      {
        id: "c8.1",
        text: "Vi har etablerade forum för att löpande dela och diskutera erfarenheter och lärdomar utifrån PKS-arbetet.",
      },
      {
        id: "c8.2",
        text: "Vi har strukturer för att löpande vidareutveckla våra processer och arbetssätt kopplade till PKS, utifrån chefers och medarbetares erfarenheter och lärdomar.",
      },
      {
        id: "c8.3",
        text: "Vi arbetar aktivt och medvetet med förändringsledning för att uppnå de kulturförändringar vi ser behövs för att PKS ska få genomslag i hela organisationen.",
      },
    ],
    comment:
      "Att förändra arbetssätt kan vara utmanande och tidskrävande. I detta ligger förändringar av kultur, attityder och beteenden och intervjuer med verksamheter vittnar om att sådana ofta tar tid att realisera. Det är därför viktigt att säkerställa utrymme för löpande reflektion och processer som möjliggör ett kontinuerligt lärande.",
  },
];

export interface ChecklistActivity {
  id: string;
  heading: string;
  description: string;
}

/** Annex D's six activities (seed lines 1502–1584); they have no order of priority (1491–1492). */
export const CHECKLIST_ACTIVITIES: ChecklistActivity[] = [
  {
    id: "d1",
    heading: "Fatta beslut om att etablera systematisk PKS",
    description:
      "Att få till välfungerande systematisk PKS i hela organisationen underlättas av att det finns ett organisationsövergripande beslut om att det ska ske. Ett tydligt beslut som kommuniceras ut i hela organisationen är något som personer längre ner i organisationen kan stödja sig mot om deras arbete för att systematisera PKS blir ifrågasatt.",
  },
  {
    id: "d2",
    heading: "Formulera överenskommelser om vad systematisk PKS innebär",
    description:
      "Överenskomna målsättningar, vägledande principer samt ansvars- och rollbeskrivningar kan underlätta för att alla i organisationen ska ha samma bild av vad PKS innefattar, vad som ska uppnås och vilka effekter som förväntas. Allra mest välförankrade blir dessa skrivningar om de görs som överenskommelser mellan organisationens olika nivåer och verksamheter.",
  },
  {
    id: "d3",
    heading: "Se över uppdrag och avtal som påverkar möjligheten till organisationsövergripande PKS",
    description:
      "Att få till organisationsövergripande och systematisk PKS underlättas av en enhetlighet inom organisationen samt av uppdrag och avtal som möjliggör gemensam PKS. Även om arbetssätt, rutiner och/eller organisationsstruktur hos vissa vårdgivare kan skilja sig åt från de flesta andra verksamheter är det viktigt att inkludera alla verksamheterna i PKS. Detta inkluderar både privata vårdgivare och vårdgivare med särskilda uppdrag.",
  },
  {
    id: "d4",
    heading: "Säkerställ dedikerade resurser för PKS",
    description:
      "Utifrån de förutsättningar som finns i organisationen och den befintliga personalen kan det finnas behov av att komplettera med mer PKS-kompetens bland både chefer och berörda medarbetare, exempelvis koordinatorer och schemaläggare. Med PKS-kompetens menas kunskap om hur PKS ska genomföras, kompetens i de IT-stöd som används samt kunskap om organisationen och arbetssätten som påverkar och påverkas av PKS. Utöver att chefer och berörda medarbetare ska ha tillräcklig kunskap och kompetens behöver de också ha ett stöd de kan vända sig till vid behov.",
  },
  {
    id: "d5",
    heading: "Säkerställ datatillgång och tillräckligt IT-stöd för PKS",
    description:
      "En viktig del i PKS är prognostiseringen av vårdbehov och tillgänglig kapacitet. För att prognoserna ska vara tillförlitliga och prognoserna från olika verksamheter ska kunna jämföras mot varandra eller summeras ihop till mer övergripande prognoser, behöver det finnas tillräckligt god tillgång till data. Data behöver också registreras enhetligt för att kunna jämföras och datauttag behöver kunna göras på ett tillräckligt enkelt sätt för att befintliga data ska komma till användning. Ett särskilt IT-stöd är inte den viktigaste komponenten i systematisk PKS, men att kunna visualisera och visa på det data som finns och de jämförelser som görs, underlättar för gemensamma diskussioner och prioriteringar som behöver göras inom PKS.",
  },
  {
    id: "d6",
    heading: "Skapa förutsättningar för en välfungerande uppföljning inom ramen för PKS",
    description:
      "En viktig del i att etablera systematisk PKS är uppföljning. För att säkerställa att PKS är styrande krävs även tydliga rutiner som säkerställer att åtgärder vidtas utifrån uppföljningens resultat.",
  },
];

/** Annex D's guidance on "Vet ej" answers (seed lines 1497–1500). */
export const CHECKLIST_DONT_KNOW_GUIDANCE =
  "I de fall frågan besvaras med ”Vet ej”, kan det finnas behov av att undersöka ifall aktiviteten genomförts i tillräcklig utsträckning eller inte. Flera ”vet ej” tyder också på att det finns ett behov av att öka kommunikationen om PKS inom organisationen.";
