import { hashPassword } from "@/lib/auth/password";
import { DEMO_PASSWORD, demoOrganisation } from "@/lib/demo/organisation";
import { createOrthoBoard, demoSeedDay, isoYearOf } from "@/lib/demo/ortho-board";
import type { Db } from "./client";
import { appendAuditEvent } from "./queries/audit";
import { countBoards } from "./queries/boards";
import { boardMembers, boards, organisations, units, users } from "./schema";

/** The demo user who administers the demo organisation. */
export const DEMO_ADMIN_KEY = "anders";

export interface SeedResult {
  seeded: boolean;
  boardIds: string[];
}

/**
 * Creates the demo organisation "Region Exempel" with its units, demo users (one per level,
 * password DEMO_PASSWORD) and the filled-in orthopaedic board. Does nothing when any board exists,
 * so it is safe on every start.
 */
export async function seedDemo(db: Db, options: { force?: boolean } = {}): Promise<SeedResult> {
  if (!options.force && (await countBoards(db)) > 0) return { seeded: false, boardIds: [] };
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.transaction(async (tx) => {
    const [org] = await tx.insert(organisations).values({ name: demoOrganisation.name }).returning();
    const orgId = org!.id;
    const unitIds = new Map<string, string>();
    for (const unit of demoOrganisation.units) {
      const [row] = await tx.insert(units).values({ organisationId: orgId, name: unit.name }).returning();
      unitIds.set(unit.key, row!.id);
    }
    const userIds = new Map<string, string>();
    for (const user of demoOrganisation.users) {
      const [row] = await tx
        .insert(users)
        .values({
          organisationId: orgId,
          email: user.email,
          name: user.name,
          title: user.title,
          level: user.level,
          passwordHash,
          locale: user.locale,
          // Anders Berg (strategisk) is the demo's organisationsadministratör.
          isOrgAdmin: user.key === DEMO_ADMIN_KEY,
        })
        .returning();
      userIds.set(user.key, row!.id);
    }
    const boardIds: string[] = [];
    for (const demo of demoOrganisation.boards) {
      // The plan year follows the seeding day; outcomes only for the weeks that have passed.
      const today = demoSeedDay();
      const data = createOrthoBoard({ today });
      const owner = demo.members.find((m) => m.role === "owner");
      const [board] = await tx
        .insert(boards)
        .values({
          organisationId: orgId,
          unitId: unitIds.get(demo.unitKey)!,
          name: data.board.name,
          period: String(isoYearOf(today)),
          level: demo.level,
          data,
          createdBy: owner ? userIds.get(owner.userKey) : null,
        })
        .returning();
      for (const member of demo.members) {
        await tx
          .insert(boardMembers)
          .values({ boardId: board!.id, userId: userIds.get(member.userKey)!, role: member.role });
      }
      await appendAuditEvent(
        tx,
        { organisationId: orgId, userId: null },
        { type: "board.seeded", data: { boardId: board!.id, name: demo.name } },
      );
      boardIds.push(board!.id);
    }
    return { seeded: true, boardIds };
  });
}
