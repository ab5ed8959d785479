/**
 * The vårdtjänstkatalog: what it holds, in the seed's words (`001_…` 2560–2564, verbatim, line
 * breaks joined), shown above it. Checked against the seed by `production-goals.test.ts`.
 */
export const CARE_CATALOGUE_PURPOSE =
  "Detta är ett dokument som inkluderar information om det fördelade behovet, var vården ska utföras, utlovad tillgänglig kapacitet, eventuella begränsningar och förväntad väntetid. Dokumentet innehåller alla gällande beslut om vilken vård som ges inom vilken verksamhet och hålls uppdaterad utifrån nya beslut.";

/** The free text's headings beside the rows. */
export const CARE_CATALOGUE_HEADINGS = ["Gällande beslut", "Övrigt"] as const;
