/**
 * The schedule build order of seed `000_…` 650–664, verbatim. Lines 663–664 of the text file
 * splice a side remark into step 3; step 3 is given whole and the remark on its own.
 */
export const BUILD_ORDER_HEADING = "Generell önskvärd ordning för schemaläggning:";

export const BUILD_ORDER_STEPS = [
  "Börja med det verksamhets- och tidskritiska; det som inte går att flytta på eller som är tidskritiskt för andra yrkesgrupper eller aktiviteter i flödet. Detta handlar ofta om jourer och schemarader för akuta besök utifrån prognosen av patientinflödet, men kan också vara en viss utbildning eller forskningsaktivitet som bara finns tillgänglig vid ett tillfälle.",
  "Lägg därefter in de aktiviteter som utifrån patienternas behov är högst prioriterade men inte lika tidskritiska. Det kan exempelvis vara operation och mottagningsbesök utifrån produktionsplanen.",
  "Lägg därefter in aktiviteter som är viktiga för verksamheten men inte tidskritiska ur patienternas perspektiv, t.ex. forskning, administration, möten, utbildningar, frånvaro samt tid för verksamhetsutveckling och dylikt.",
] as const;

export const BUILD_ORDER_REMARK =
  "Spelregler av den här typen kan förändra planeringen på taktisk nivå. Eftersom de påverkar den tillgängliga kapaciteten behöver de beaktas i balanseringen.";

/** Seed `000_…` 612–617: why the rules come first. */
export const BUILD_ORDER_INTRO_HEADING = "Ge förutsättningar för att bygga schemat i rätt ordning";
export const BUILD_ORDER_INTRO =
  "Det som rent praktiskt läggs in i schemat först kommer att få störst vikt i hur tiden optimeras. För att schemaläggaren ska kunna börja med de aktiviteter som är mest prioriterade utifrån patienternas behov behöver ledningen säkerställa gemensamma spelregler.";

/** The discussion questions of seed `000_…` 621–637, one per topic, verbatim. */
export const CATEGORY_QUESTIONS: Partial<Record<string, string>> = {
  meetings: "Hur mycket tid får gå till möten? Vilka dagar och tider kan de hållas?",
  administration:
    "Hur mycket tid behöver gå till administration? Hur mycket ingår i mottagningstid och vad kan samlas ihop till samlade tider där patientinflödet är lägre?",
  education: "Vad gäller för utbildningar – hur fattas beslut om när i tid de kan läggas och hur många som kan delta?",
  absence:
    "Vad gäller för semester och annan frånvaro? Hur får vi till en balans mellan önskemål och verksamhetens behov som medarbetarna är nöjda med? När ska ledighetsansökningar senast skickas in och när ska ansvarig chef ta ställning till dem?",
  "lead-time":
    "Framförhållning och stabilitet – hur lång tid i förväg ska scheman fastställas för att ge god framförhållning (inte för kort tid) och samtidigt vara stabilt utan förändringar (inte för lång tid)? Vem agerar om schemat är försenat?",
};

/** Which build-order step (1–3) a category's rules belong to; schedule level and other rules frame all steps. */
export const CATEGORY_STEP: Record<string, 1 | 2 | 3 | null> = {
  meetings: 3,
  administration: 3,
  education: 3,
  absence: 3,
  "lead-time": null,
  "schedule-level": 2,
  other: null,
};
