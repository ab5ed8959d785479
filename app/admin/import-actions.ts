"use server";

import { requireOrgAdmin } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { type PeopleImportAnswer, refusalToErrors } from "@/lib/server/admin/form-state";
import { importPeople, type PeopleImportRow } from "@/lib/server/admin/import-people";

/** Checks mapped rows (`dryRun`) or imports them; every problem names its row and field, and nothing is stored while any remains. */
export async function importPeopleAction(rows: PeopleImportRow[], dryRun: boolean): Promise<PeopleImportAnswer> {
  const actor = await requireOrgAdmin();
  const result = await importPeople(await getDb(), actor, { rows, dryRun });
  if (result.ok) return { ok: true, count: result.value.count, errors: [] };
  return { ok: false, count: 0, errors: await refusalToErrors(result.error) };
}
