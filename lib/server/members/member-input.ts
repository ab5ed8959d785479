import { z } from "zod";
import { BOARD_ROLES } from "@/lib/auth/roles";

/** Fields of the members page's forms; error messages are message keys (see `parseInput`). */
export const boardIdField = z.string();
export const memberIdField = z.uuid("members.errors.person");
export const roleField = z.enum(BOARD_ROLES, "members.errors.role");
