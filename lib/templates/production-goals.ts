/**
 * "Överenskommelse om produktionsmål" between strategic and tactical level. Its guidance is the
 * seeds' own words, copied verbatim (line breaks of the text extraction joined to single spaces):
 * seed `001_…` 1808–1811, 1813–1827, 1829–1833 and 2531–2535, seed `002_…` 296 (without its
 * list marker) and 263. Checked against the seeds by `production-goals.test.ts`.
 */

/** The parties: decisions on balance are taken "i samråd mellan strategisk och taktisk nivå" (001 1814). */
export const PRODUCTION_GOALS_PARTIES = ["Strategisk nivå", "Taktisk nivå"] as const;

/** The document's headings; the figures under them come from the engine (live, or frozen once decided). */
export const PRODUCTION_GOALS_HEADINGS = [
  "Produktionsmål",
  "Beslutade åtgärder",
  "Kvarvarande gap",
  "Uppföljning",
] as const;

/** Seed `001_…` 1808–1833 (three paragraphs) and 2531–2535: what balancing between the levels decides. */
export const PRODUCTION_GOALS_GUIDANCE = [
  "Verksamheternas kapacitetsbehov (slutresultatet av behovsprognosen) balanseras mot den prognostiserade tillgängliga kapaciteten. Om dessa inte är i balans behöver åtgärder vidtas innan PKS tas vidare på taktisk nivå. Att uppnå balans kan innefatta åtgärder både på kapacitets- och behovssidan.",
  "Besluten om åtgärder för att säkerställa balans mellan kapacitetsbehov och tillgänglig kapacitet tas i samråd mellan strategisk och taktisk nivå. Beslut som fattas på strategisk nivå kan inkludera bland annat att utöka en verksamhets personalbudget eller köpa vård från andra utförare, medan beslut på taktisk nivå exempelvis omfattar verksamhetsutveckling och justerade arbetssätt som kan minska kapacitetsbehovet och i vissa fall även frigöra tid hos personalen och därmed öka den tillgängliga kapaciteten. Den strategiska nivån har dock ett ansvar för att inte fördela ett större vårdbehov per sjukhus/verksamhet än vad sjukhuset/verksamheten uppger att det finns tillgänglig kapacitet till. En situation med kapacitetsbrist som inte hanteras på strategisk nivå utan släpps ner till taktisk och operativ nivå skapar ofta dagliga prioriteringsdiskussioner och ökar arbetsbelastningen längre ner i organisationen. Eventuell påverkan på kapacitetsbehovet eller den tillgängliga kapaciteten som uppnås genom att förändra arbetssätt bör därför inte räknas in i planeringen förrän effekterna realiseras i verksamheterna.",
  "En välgjord balansering resulterar i balanserade produktionsmål som möter prognostiserade vårdbehov och som går att utföra i verkligheten. Målet är att ledningen på strategisk och taktisk nivå ska vara överens om verksamheternas produktionsmål, så att dessa kan användas som utgångspunkt för fortsatt planering och styrning i verksamheterna.",
  "Beslut om åtgärder för att säkerställa balans mellan kapacitetsbehov och tillgänglig kapacitet tas i samråd mellan strategisk och taktisk nivå. Besluten tas utifrån en iteration av beräkningar och diskussioner med medicinska företrädare och sjukhus- eller verksamhetsledningar. Diskussionerna tar tid, och behöver ta tid, för att leda till en optimal lösning.",
] as const;

/** Seed `002_…` 296 without its list marker ("- ▶ **Balansering:** "). */
export const PRODUCTION_GOALS_RESULT =
  "balanseringen på strategisk nivå innebär att kapacitetsbehovet och prognosen av tillgänglig kapacitet (som arbetats fram tillsammans med taktisk nivå) jämförs med varandra och åtgärder vidtas för att täcka eventuella gap. Resultatet av balanseringen är en överenskommelse mellan samtliga chefsnivåer gällande budget och mål kopplade till produktionen på strategisk nivå, som i sin tur sätter ramarna för balanserade produktionsplaner på taktisk nivå och balanserade scheman på operativ nivå.";

/** Seed `002_…` 263 (without its list marker): why decided figures are frozen, not re-forecast. */
export const PRODUCTION_PLAN_STEERS = "innebär att produktionsplanen är styrande och därmed inte endast en prognos";
