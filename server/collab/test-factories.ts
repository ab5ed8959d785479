/** The shared database factories, re-exported for the collaboration server's tests. */
export * from "@/lib/db/test-factories";
