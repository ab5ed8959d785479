// `npm run db:migrate`: applies the migrations in drizzle/ (the server also does this at start).
import { databaseOptionsFromEnv, openDatabase } from "@/lib/db/client";

openDatabase({ ...databaseOptionsFromEnv(), migrate: true })
  .then(async (database) => {
    console.log(`Migrations applied to ${database.location}`);
    await database.close();
  })
  .catch((error) => {
    console.error(`migrate failed: ${(error as Error).message}`);
    process.exit(1);
  });
