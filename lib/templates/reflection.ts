/**
 * The reflection after a schedule period: the seeds' own questions, verbatim (line breaks and runs
 * of spaces of the text extraction joined to single spaces; list markers dropped), each group under
 * its own heading. Where the seed gives the group no heading of its own (000 479–483, 325–328) the
 * heading names where the questions come from. Checked against the seeds by `reflection.test.ts`.
 */

/** A question, with the sub-questions the seed lists under it. */
export interface ReflectionQuestion {
  text: string;
  sub?: string[];
}

export interface ReflectionGroup {
  id: string;
  /** The group's heading (from the seed where it has one, see `headingFromSeed`). */
  heading: string;
  /** True when the heading is the seed's own line (the first line of the group's range). */
  headingFromSeed: boolean;
  /** A line the seed puts between the heading and the questions (003 392). */
  lead?: string;
  questions: ReflectionQuestion[];
  /** Where the group comes from: seed file prefix and `cat -n` line ranges. */
  source: { seed: "000" | "003" | "004"; lines: [number, number][] };
}

const q = (text: string, sub?: string[]): ReflectionQuestion => (sub ? { text, sub } : { text });

export const REFLECTION_GROUPS: ReflectionGroup[] = [
  {
    id: "outcome",
    heading: "Reflektera tillsammans utifrån utfallen",
    headingFromSeed: false,
    questions: [
      q("Hur blev schemaläggningen under den senaste perioden?"),
      q("Har utfallen utvecklats så som vi förväntat oss?"),
      q("Vad fungerade bra och vad kan vi göra bättre nästa gång?"),
    ],
    source: { seed: "000", lines: [[479, 483]] },
  },
  {
    id: "deviations",
    heading: "Vid avvikelser – vad beror de på?",
    headingFromSeed: true,
    questions: [
      q(
        "Vilka förklaringar finns till att patienter och medarbetare bokas in på ett annat sätt än vad som överenskommits?",
      ),
      q("Vilka spelregler behöver bli tydligare? Vilka interna överenskommelser behöver vi justera?"),
      q("Vilka faktaunderlag behöver vi för att stärka den gemensamma synen på prioriterade aktiviteter?"),
    ],
    source: {
      seed: "000",
      lines: [
        [670, 670],
        [672, 681],
      ],
    },
  },
  {
    id: "schedule-vs-plan",
    heading: "Följ upp hur väl schemat motsvarar produktionsplanen framåt:",
    headingFromSeed: true,
    questions: [
      q("Är det möjligt att uppnå produktionsplanen med schemat som ligger?"),
      q("Finns buffert för att klara sjukluckor o. dyl.?"),
    ],
    source: {
      seed: "000",
      lines: [
        [683, 684],
        [686, 689],
      ],
    },
  },
  {
    id: "easier",
    heading: "Diskutera hur det kan bli enklare att lägga schema utifrån produktionsplanen:",
    headingFromSeed: true,
    questions: [
      q("Kan planer/mål uttryckas på andra sätt för enklare översättning till schema?"),
      q("Behöver prognoser och balansering göras mer detaljerade för att säkerställa balans i alla perioder?"),
      q(
        "Hur kan vi säkerställa att schemaläggare informerar operativ ledning när pusslet inte går att lösa, och att taktisk nivå involveras vid behov?",
      ),
    ],
    source: {
      seed: "000",
      lines: [
        [691, 692],
        [694, 702],
      ],
    },
  },
  {
    id: "evaluate",
    heading: "Utvärdera efter en eller ett par schemaperioder:",
    headingFromSeed: true,
    questions: [
      q("Hur kan processen förbättras till nästa gång?"),
      q("Hur kan ledningen på taktisk nivå stödja en förbättrad process?"),
    ],
    source: {
      seed: "000",
      lines: [
        [704, 704],
        [706, 709],
      ],
    },
  },
  {
    id: "forward",
    heading: "Löpande uppföljning av schemat mot produktionsplanen",
    headingFromSeed: false,
    questions: [
      q("Kommer planen att kunna nås med det schema som ligger?"),
      q("Vilka potentiella obalanser mellan inflöde och bemanning ses?"),
    ],
    source: { seed: "000", lines: [[325, 328]] },
  },
  {
    id: "facts",
    heading: "Har vi en faktabaserad bild av verkliga behov och möjliga effekter?",
    headingFromSeed: true,
    lead: "Exempel på frågor att diskutera i verksamheten:",
    questions: [
      q("Är det tydligt för oss hur omfattande obalansen mellan kapacitetsbehov och tillgänglig kapacitet är idag?"),
      q(
        "Är det tydligt för oss vad obalansen består i? Har vi analyserat t.ex. förändringar i kapacitetsbehov eller tillgänglig kapacitet över tid?",
      ),
      q(
        "Har vi en faktabaserad bild av vårt resursnyttjande? Har vi jämfört t.ex. nyttjandegrad av resurser och resursåtgång för aktiviteter:",
        ["med andra jämförbara verksamheter?", "över tid?"],
      ),
      q(
        "Har vi en faktabaserad bild av hur vi handlägger våra patienter? Har vi jämfört t.ex. medelvårdtider, antal återbesök, och diagnostik:",
        ["med jämförbara verksamheter?", "över tid?"],
      ),
      q("Vet vi hur stor betydelse de förbättringsarbeten vi överväger kan ha?", [
        "Har vi räknat på hur mycket kapacitetsbehovet minskar om vi t.ex. reducerar antalet återbesök för vissa patienter med kronisk sjukdom eller övergår till videosamtal för några av våra besök?",
        "Har vi räknat på hur många vårddygn vi skulle kunna spara om vi t.ex. implementerade beprövade arbetssätt för egenvård och dagkirurgi? Och vad detta skulle innebära för vårt totala kapacitetsbehov?",
      ]),
    ],
    source: {
      seed: "003",
      lines: [
        [386, 386],
        [392, 392],
        [394, 404],
      ],
    },
  },
  {
    id: "next",
    heading: "Vad behöver vi för att gå vidare?",
    headingFromSeed: true,
    questions: [
      q("Vad i beskrivningen har vi bäst förutsättningar för och idéer kring att förändra?"),
      q(
        "Vad behöver vi för att i större utsträckning kunna lära av andra och ta till oss beprövade arbetssätt och metoder?",
      ),
      q(
        "Hur skulle vi i större utsträckning kunna använda de praktiska verktyg och medicintekniska produkter som vi ser skulle effektivisera arbetet?",
      ),
      q(
        "Finns det något som hindrar oss från att utveckla våra processer och arbetssätt? Vad kan vi göra för att förändra detta?",
      ),
    ],
    source: {
      seed: "003",
      lines: [
        [406, 406],
        [408, 414],
      ],
    },
  },
  {
    id: "balance-everyday",
    heading: "Balans och en levande plan",
    headingFromSeed: false,
    questions: [q("Har vi balans mellan behov och vår kapacitet?"), q("Hur blir planen levande i vår vardag?")],
    source: {
      seed: "004",
      lines: [
        [71, 74],
        [76, 79],
      ],
    },
  },
];
