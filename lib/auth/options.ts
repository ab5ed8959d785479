import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { isLoginRateLimited, recordLoginFailure } from "@/lib/db/queries/login-failures";
import { findUserByEmail, normaliseEmail } from "@/lib/db/queries/users";
import { recordSignIn } from "@/lib/server/profile/record-sign-in";
import { provisionOidcPerson, provisionSettingsFromEnv } from "@/lib/server/setup/provision-oidc-person";
import { CLIENT_IP_HEADER } from "./client-ip";
import { verifyDummyPassword, verifyPassword } from "./password";
import { safeReturnUrl } from "./safe-return-url";

/** Error codes the sign-in page turns into messages; one generic code for any wrong credential. */
export const SIGN_IN_ERRORS = { invalid: "CredentialsSignin", rateLimited: "RateLimited" } as const;

const credentialsInput = z.object({ email: z.string().trim().min(1).max(320), password: z.string().min(1).max(1000) });

function clientIp(headers: Record<string, unknown> | undefined): string {
  const value = headers?.[CLIENT_IP_HEADER];
  return typeof value === "string" && value ? value : "unknown";
}

async function authorizeCredentials(raw: unknown, headers: Record<string, unknown> | undefined) {
  const parsed = credentialsInput.safeParse(raw);
  if (!parsed.success) return null;
  const email = normaliseEmail(parsed.data.email);
  const ip = clientIp(headers);
  const db = await getDb();
  if (await isLoginRateLimited(db, email, ip)) throw new Error(SIGN_IN_ERRORS.rateLimited);
  const user = await findUserByEmail(db, email);
  const ok =
    user?.passwordHash && !user.deactivatedAt
      ? await verifyPassword(parsed.data.password, user.passwordHash)
      : await verifyDummyPassword(parsed.data.password);
  if (!user || !ok) {
    await recordLoginFailure(db, email, ip);
    return null;
  }
  await recordSignIn(db, user);
  return { id: user.id, name: user.name, email: user.email };
}

/** The OpenID Connect provider, when OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are set. */
function oidcProvider(env: NodeJS.ProcessEnv) {
  if (!env.OIDC_ISSUER || !env.OIDC_CLIENT_ID || !env.OIDC_CLIENT_SECRET) return [];
  return [
    {
      id: "oidc",
      name: env.OIDC_NAME || "Single sign-on",
      type: "oauth" as const,
      wellKnown: `${env.OIDC_ISSUER.replace(/\/$/, "")}/.well-known/openid-configuration`,
      clientId: env.OIDC_CLIENT_ID,
      clientSecret: env.OIDC_CLIENT_SECRET,
      authorization: { params: { scope: "openid email profile" } },
      idToken: true,
      checks: ["pkce", "state"] as ("pkce" | "state")[],
      profile(profile: { sub: string; email?: string; name?: string; preferred_username?: string }) {
        return { id: profile.sub, email: profile.email ?? profile.preferred_username ?? "", name: profile.name ?? "" };
      },
    },
  ];
}

/** True when single sign-on is configured (the login page shows its button). */
export function isOidcEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return oidcProvider(env).length > 0;
}

/** next-auth configuration: e-mail + password, and OpenID Connect when configured. JWT sessions. */
export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      name: "E-post och lösenord",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      authorize: (credentials, req) => authorizeCredentials(credentials, req?.headers as Record<string, unknown>),
    }),
    ...oidcProvider(process.env),
  ],
  callbacks: {
    // Every callbackUrl next-auth follows (sign-in, sign-out, OIDC return) stays on our origin.
    async redirect({ url, baseUrl }) {
      return new URL(safeReturnUrl(url, baseUrl) ?? "/", baseUrl).toString();
    },
    // Single sign-on admits people of the organisation (matched by e-mail); with
    // OIDC_AUTO_PROVISION=1 a first sign-in creates the person, otherwise they are sent to a page
    // that tells them to ask their administrator.
    async signIn({ user, account, profile }) {
      if (account?.provider !== "oidc") return true;
      const claims = { ...(profile as Record<string, unknown> | undefined), email: user.email, name: user.name };
      const result = await provisionOidcPerson(await getDb(), claims, provisionSettingsFromEnv());
      if (result.ok) return true;
      // The page takes the short code of the refusal ("deactivated", "noAccount", "setupRequired").
      const reason = result.error.code?.replace(/^admin\.errors\./, "") ?? "noAccount";
      return `/login/no-account?reason=${encodeURIComponent(reason)}`;
    },
    async jwt({ token, user, account }) {
      if (user && account) {
        if (account.provider === "oidc") {
          const existing = await findUserByEmail(await getDb(), user.email ?? "");
          token.uid = existing?.id;
        } else {
          token.uid = user.id;
        }
      }
      return token;
    },
    async session({ session, token }) {
      if (session.user) (session.user as { id?: string }).id = token.uid as string | undefined;
      return session;
    },
  },
};
