"use server";

import { redirect } from "next/navigation";
import { presentFormError } from "@/app/actions/present";
import { requireUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { type FormState, formValues } from "@/lib/forms/form-state";
import { createBoard } from "@/lib/server/boards/create-board";

/** Creates a board from the form and opens it; the creator becomes its owner. */
export async function createBoardAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const values = formValues(formData, ["name", "unitId", "period", "level", "years"]);
  const result = await createBoard(await getDb(), user, values);
  if (!result.ok) return presentFormError(result.error, values);
  redirect(`/boards/${result.value.id}`);
}
