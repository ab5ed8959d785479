/**
 * "Överenskommelse inför uppstart av PKS-arbete" (Region Jönköping's example), seed `000_…` lines
 * 494–546, copied verbatim (line breaks of the text extraction joined to single spaces; the five
 * headings with a capital first letter). Checked against the seed by `start-agreement.test.ts`.
 */

/** The parties (seed line 545: "Överenskommelse mellan sjukvårdsdirektör och verksamhetschef …"). */
export const START_AGREEMENT_PARTIES = ["Sjukvårdsdirektör", "Verksamhetschef"] as const;

/** The seed's source line for the parties (545, with the year of 546), shown under them. */
export const START_AGREEMENT_SOURCE =
  "Källa: Region Jönköping, Överenskommelse mellan sjukvårdsdirektör och verksamhetschef på aktuellt verksamhetsområde, daterad 2021";

/** The five things the agreement specifies (seed lines 509–513), the document's headings. */
export const START_AGREEMENT_HEADINGS = [
  "Mål",
  "Förväntningar",
  "Klinikens/enhetens arbetsgrupp",
  "Tidplan",
  "Uppföljning",
] as const;

/** The prompt of seed line 518 and its six examples (519–528), shown as placeholder text. */
export const START_AGREEMENT_CHANGE_PROMPT =
  "Vad ska vara annorlunda när PKS-programmet går in i styrning/förvaltning?";
export const START_AGREEMENT_CHANGE_EXAMPLES = [
  "Att patienternas behov styr våra besökstider",
  "Att vi har likvärdiga krav på alla medarbetare, jämlikt för alla yrkeskategorier",
  "Att vi kan använda våra kompetenser på bästa sätt för att optimera vår kliniks kapacitet",
  "Att medarbetare ska ha en förståelse för helheten",
  "Individuell planering för varje patient. Ta ställning till uppföljning gällande behov, kontaktsätt och frekvens",
  "Att klinikens medarbetare aktivt arbetar med förändrings- och förbättringsarbete",
];

/** The prompt of seed line 530 and its three example goals (531–541), shown as placeholder text. */
export const START_AGREEMENT_GOAL_PROMPT = "Vad ska åstadkommas (mål)?";
export const START_AGREEMENT_GOAL_EXAMPLES = [
  "80 % av nybesöken till sjuksköterska ska få en bokad kontakt inom 60 dagar. Detta ska som första delmål vara uppnått 1 juni 2022. Till 1 juni 2023 ska 90 % vara uppfyllt.",
  "90 % av planerade återbesök till läkare ska få en bokad kontakt inom medicinskt måldatum. Detta ska vara uppnått 1 juni 2022.",
  "85 % av patienter/närstående som söker kontakt via Tele Q ska få en uppringningstid inom 60 minuter under mottagningens öppettider. Detta ska vara uppnått 1 juni 2022.",
];
