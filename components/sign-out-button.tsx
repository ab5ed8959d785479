"use client";

import { signOut } from "next-auth/react";

/** Signs out and returns to the login page. */
export function SignOutButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: "/login" })}
      className="rounded px-2 py-1 text-sm text-slate-700 hover:bg-slate-200"
    >
      {label}
    </button>
  );
}
