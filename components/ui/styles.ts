/** Shared Tailwind class names, so forms and buttons look the same everywhere. */
export const ui = {
  button:
    "inline-flex items-center justify-center gap-2 whitespace-nowrap rounded-md bg-accent px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-accent-strong disabled:opacity-60 min-h-10",
  buttonSecondary:
    "inline-flex items-center justify-center gap-2 whitespace-nowrap rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50 min-h-10",
  buttonDanger:
    "inline-flex items-center justify-center gap-2 rounded-md border border-deficit px-3 py-1.5 text-sm font-medium text-deficit hover:bg-deficit-soft min-h-9",
  buttonDangerSolid:
    "inline-flex items-center justify-center gap-2 whitespace-nowrap rounded-md bg-deficit px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-orange-800 min-h-10",
  input:
    "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 shadow-sm focus:border-accent focus:ring-2 focus:ring-accent-soft aria-[invalid=true]:border-deficit",
  label: "block text-sm font-medium text-slate-800",
  help: "mt-1 text-sm text-slate-600",
  fieldError: "mt-1 text-sm font-medium text-deficit",
  card: "rounded-lg border border-slate-200 bg-white p-5 shadow-sm",
  h1: "text-2xl font-semibold text-slate-900",
  h2: "text-lg font-semibold text-slate-900",
} as const;
