"use server";

import { and, eq } from "drizzle-orm";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { createEmptyBoard } from "@/lib/board/empty-board";
import { getDb } from "@/lib/db/client";
import { recordAudit } from "@/lib/db/queries/audit";
import { createBoard } from "@/lib/db/queries/boards";
import { units } from "@/lib/db/schema";

const newBoardInput = z.object({
  name: z.string().trim().min(2, "name").max(120, "name"),
  unitId: z.uuid("unit"),
  period: z.coerce.number().int("period").min(2000, "period").max(2100, "period"),
  level: z.enum(["strategic", "tactical", "operational"], "level"),
  years: z
    .string()
    .transform((text) => (text === "" ? 1 : Number(text)))
    .pipe(z.number().int("period").min(1, "period").max(4, "period")),
});

export type NewBoardState = {
  errors: Partial<Record<"name" | "unitId" | "period" | "level", string>>;
  values?: Record<string, string>;
};

/** Creates a board from the form; the creator becomes its owner. Field errors are message keys. */
export async function createBoardAction(_prev: NewBoardState, formData: FormData): Promise<NewBoardState> {
  const user = await requireUser();
  const raw = Object.fromEntries(
    ["name", "unitId", "period", "level", "years"].map((k) => [k, String(formData.get(k) ?? "")]),
  );
  const parsed = newBoardInput.safeParse(raw);
  if (!parsed.success) {
    const errors: NewBoardState["errors"] = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as keyof NewBoardState["errors"];
      errors[field] ??= field === "unitId" ? "unit" : field;
    }
    return { errors, values: raw };
  }
  const db = await getDb();
  const [unit] = await db
    .select()
    .from(units)
    .where(and(eq(units.id, parsed.data.unitId), eq(units.organisationId, user.organisationId)))
    .limit(1);
  if (!unit) return { errors: { unitId: "unit" }, values: raw };
  const data = createEmptyBoard({
    name: parsed.data.name,
    unit: unit.name,
    level: parsed.data.level,
    year: parsed.data.period,
    years: parsed.data.years,
  });
  const board = await createBoard(db, {
    organisationId: user.organisationId,
    unitId: unit.id,
    name: parsed.data.name,
    period: String(parsed.data.period),
    level: parsed.data.level,
    data,
    ownerId: user.id,
  });
  await recordAudit(db, {
    organisationId: user.organisationId,
    userId: user.id,
    action: "board.created",
    targetType: "board",
    targetId: board.id,
    details: { name: board.name },
  });
  redirect(`/boards/${board.id}`);
}
