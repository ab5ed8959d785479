/**
 * Demo organisation "Region Exempel": units, one demo user per PKS level and the board
 * memberships of the orthopaedic demo board. Plain data only — the seed script turns it into rows
 * (hashing DEMO_PASSWORD) and builds the board document with `createOrthoBoard()`.
 *
 * Demo sign-in (all users share the password DEMO_PASSWORD = "demo1234"):
 *
 * | nivå       | namn           | e-post                      | roll på ortopedtavlan |
 * |------------|----------------|-----------------------------|-----------------------|
 * | politisk   | Eva Lindqvist  | eva.politisk@exempel.se     | viewer                |
 * | strategisk | Anders Berg    | anders.strategisk@exempel.se| editor                |
 * | taktisk    | Maria Svensson | maria.taktisk@exempel.se    | owner                 |
 * | operativ   | Johan Nilsson  | johan.operativ@exempel.se   | viewer                |
 *
 * Never use these accounts outside demo and test environments.
 */

/** Password of every demo user. Documented on purpose: demo and test environments only. */
export const DEMO_PASSWORD = "demo1234";

/** PKS levels as stored on users (matches the `user_level` enum in lib/db/schema.ts). */
export type DemoUserLevel = "politisk" | "strategisk" | "taktisk" | "operativ";

/** Board roles (matches the `board_role` enum in lib/db/schema.ts). */
export type DemoBoardRole = "owner" | "editor" | "commenter" | "viewer";

export interface DemoUnit {
  /** Stable key for fixtures and tests. */
  key: string;
  name: string;
}

export interface DemoUser {
  key: string;
  name: string;
  email: string;
  title: string;
  level: DemoUserLevel;
  /** Key of the user's home unit, when the user belongs to one. */
  unitKey?: string;
  locale: "sv";
}

export interface DemoBoardMembership {
  userKey: string;
  role: DemoBoardRole;
}

export interface DemoBoard {
  key: string;
  /** Same as the board document's `board.name`. */
  name: string;
  /** Planning period as shown to people. */
  period: string;
  level: "strategic" | "tactical";
  unitKey: string;
  /** Which demo generator builds the board's `pks-board` document. */
  /** The board document is built on seeding; its plan year follows the seeding day. */
  data: { generator: "ortho" };
  members: DemoBoardMembership[];
}

export interface DemoOrganisation {
  name: string;
  units: DemoUnit[];
  users: DemoUser[];
  boards: DemoBoard[];
}

export const demoOrganisation: DemoOrganisation = {
  name: "Region Exempel",
  units: [
    { key: "ortopedi", name: "Ortopedkliniken" },
    { key: "kirurgi", name: "Kirurgkliniken" },
    { key: "vc-norrby", name: "Vårdcentralen Norrby" },
    { key: "medicin", name: "Medicinkliniken" },
  ],
  users: [
    {
      key: "eva",
      name: "Eva Lindqvist",
      email: "eva.politisk@exempel.se",
      title: "Ordförande i hälso- och sjukvårdsnämnden",
      level: "politisk",
      locale: "sv",
    },
    {
      key: "anders",
      name: "Anders Berg",
      email: "anders.strategisk@exempel.se",
      title: "Sjukhusdirektör",
      level: "strategisk",
      locale: "sv",
    },
    {
      key: "maria",
      name: "Maria Svensson",
      email: "maria.taktisk@exempel.se",
      title: "Verksamhetschef ortopedi",
      level: "taktisk",
      unitKey: "ortopedi",
      locale: "sv",
    },
    {
      key: "johan",
      name: "Johan Nilsson",
      email: "johan.operativ@exempel.se",
      title: "Enhetschef ortopedmottagningen",
      level: "operativ",
      unitKey: "ortopedi",
      locale: "sv",
    },
    {
      key: "karin",
      name: "Karin Ek",
      email: "karin.taktisk@exempel.se",
      title: "Verksamhetschef kirurgi",
      level: "taktisk",
      unitKey: "kirurgi",
      locale: "sv",
    },
    {
      key: "lars",
      name: "Lars Öberg",
      email: "lars.operativ@exempel.se",
      title: "Produktionsplanerare ortopedi",
      level: "operativ",
      unitKey: "ortopedi",
      locale: "sv",
    },
  ],
  boards: [
    {
      key: "ortopedi-2027",
      name: "Ortopedkliniken — produktionsplan 2027",
      period: "2027",
      level: "tactical",
      unitKey: "ortopedi",
      data: { generator: "ortho" },
      members: [
        { userKey: "maria", role: "owner" },
        { userKey: "anders", role: "editor" },
        // The operational manager carries the plan out and comments on it (seed 002: the levels
        // work iteratively, "uppifrån och ner" and "nerifrån och upp").
        { userKey: "johan", role: "commenter" },
        { userKey: "eva", role: "viewer" },
      ],
    },
  ],
};

/** The demo user with the given key (throws for an unknown key: a fixture bug). */
export function demoUser(key: string): DemoUser {
  const user = demoOrganisation.users.find((u) => u.key === key);
  if (!user) throw new Error(`no demo user "${key}"`);
  return user;
}
