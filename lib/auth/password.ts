import bcrypt from "bcryptjs";

const ROUNDS = 11;

/** Hashes a password with bcrypt (never store or log the plain text). */
export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, ROUNDS);
}

/** Compares a password with a bcrypt hash in constant time. */
export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

// A fixed hash to compare against when the account does not exist, so that a wrong e-mail takes
// as long as a wrong password and response times do not reveal which accounts exist.
let dummyHash: Promise<string> | undefined;

/** Spends the same time as a real comparison, for unknown accounts. */
export async function verifyDummyPassword(password: string): Promise<false> {
  dummyHash ??= bcrypt.hash("not-a-real-password", ROUNDS);
  await bcrypt.compare(password, await dummyHash);
  return false;
}
