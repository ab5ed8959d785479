// `npm run seed`: creates the demo organisation when the database has no boards yet.
import { databaseOptionsFromEnv, openDatabase } from "@/lib/db/client";
import { seedDemo } from "@/lib/db/seed";

async function main() {
  const force = process.argv.includes("--force");
  const database = await openDatabase(databaseOptionsFromEnv());
  try {
    const result = await seedDemo(database.db, { force });
    console.log(
      result.seeded
        ? `Seeded Region Exempel with ${result.boardIds.length} board(s) in ${database.location}`
        : "The database already has boards; nothing seeded (use --force to add the demo anyway).",
    );
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  console.error(`seed failed: ${(error as Error).message}`);
  process.exit(1);
});
