/** Table classes shared by the print pages of the signed PDF (plan, agreement, catalogue). */
export const printCell = "border border-slate-300 px-1 py-0.5";
export const printHead = "border border-slate-300 bg-slate-100 px-1 py-0.5 text-left font-semibold";
