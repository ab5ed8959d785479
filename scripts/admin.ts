// `npm run admin -- create-admin --email … --name … --password … [--organisation …]`: for
// scripted installs. On an empty database it creates the organisation and its first
// administrator (as the setup page does); on a set-up one it adds another administrator.
import { parseArgs } from "node:util";
import { databaseOptionsFromEnv, openDatabase } from "@/lib/db/client";
import { refusalFields } from "@/lib/server/command";
import { completeSetup } from "@/lib/server/setup/complete-setup";

const USAGE =
  "usage: npm run admin -- create-admin --email ADDRESS --name NAME --password PASSWORD [--organisation NAME]";

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      email: { type: "string" },
      name: { type: "string" },
      password: { type: "string" },
      organisation: { type: "string" },
    },
  });
  if (positionals[0] !== "create-admin") throw new Error(USAGE);
  if (!values.email || !values.name || !values.password) throw new Error(USAGE);
  const database = await openDatabase(databaseOptionsFromEnv());
  try {
    const result = await completeSetup(
      database.db,
      {
        organisationName: values.organisation ?? "Min region",
        name: values.name,
        email: values.email,
        password: values.password,
      },
      { via: "cli" },
    );
    if (!result.ok) {
      const lines = refusalFields(result.error).map((i) => `${i.field}: ${describeIssue(i.code)}`);
      throw new Error(lines.join("; "));
    }
    console.log(`Created administrator ${result.value.user.email} in ${database.location}`);
  } finally {
    await database.close();
  }
}

const MESSAGES: Record<string, string> = {
  emailTaken: "a person with this e-mail address already exists",
  email: "not a valid e-mail address",
  name: "give a name of 2–120 characters",
  organisationName: "give an organisation name of 2–120 characters",
  passwordTooShort: "the password must have at least 10 characters",
  passwordTooLong: "the password is too long",
  passwordCommon: "the password is one of the most common passwords; choose another",
};

function describeIssue(code: string): string {
  const short = code.replace(/^admin\.errors\./, "");
  return MESSAGES[short] ?? short;
}

main().catch((error) => {
  console.error(`admin: ${(error as Error).message}`);
  process.exit(1);
});
