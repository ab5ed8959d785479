import type { MentionOptions } from "@tiptap/extension-mention";

export interface MentionMember {
  id: string;
  name: string;
}

type Suggestion = NonNullable<MentionOptions["suggestion"]>;
type Props = Parameters<NonNullable<ReturnType<NonNullable<Suggestion["render"]>>["onStart"]>>[0];

/**
 * The @mention popup: board members whose name starts a word with what was typed, chosen with
 * ↑/↓ and Enter (or a click), closed with Esc. Plain DOM, positioned under the caret.
 */
export function createMentionSuggestion(members: () => MentionMember[], label: string): Suggestion {
  return {
    char: "@",
    items: ({ query }) => {
      const q = query.toLocaleLowerCase("sv");
      return members()
        .filter(
          (m) =>
            m.name
              .toLocaleLowerCase("sv")
              .split(/\s+/)
              .some((w) => w.startsWith(q)) || q === "",
        )
        .slice(0, 8)
        .map((m) => ({ id: m.id, label: m.name }));
    },
    render: () => {
      let list: HTMLUListElement | null = null;
      let props: Props | null = null;
      let active = 0;
      const draw = () => {
        if (!list || !props) return;
        const items = props.items as { id: string; label: string }[];
        list.replaceChildren(
          ...items.map((item, i) => {
            const li = document.createElement("li");
            li.setAttribute("role", "option");
            li.setAttribute("aria-selected", String(i === active));
            li.className = `cursor-pointer px-3 py-1 text-sm ${i === active ? "bg-accent-soft text-accent-strong" : ""}`;
            li.textContent = item.label;
            li.addEventListener("mousedown", (event) => {
              event.preventDefault();
              props?.command(item);
            });
            return li;
          }),
        );
        const rect = props.clientRect?.();
        if (rect) {
          list.style.left = `${rect.left + window.scrollX}px`;
          list.style.top = `${rect.bottom + window.scrollY + 4}px`;
        }
        list.hidden = items.length === 0;
      };
      return {
        onStart(next) {
          props = next;
          active = 0;
          list = document.createElement("ul");
          list.setAttribute("role", "listbox");
          list.setAttribute("aria-label", label);
          list.dataset.testid = "mention-list";
          list.className = "absolute z-50 min-w-40 rounded-md border border-slate-200 bg-white py-1 shadow-lg";
          document.body.append(list);
          draw();
        },
        onUpdate(next) {
          props = next;
          active = 0;
          draw();
        },
        onKeyDown({ event }) {
          const items = (props?.items ?? []) as { id: string; label: string }[];
          if (event.key === "Escape") {
            list?.remove();
            list = null;
            return true;
          }
          if (items.length === 0) return false;
          if (event.key === "ArrowDown" || event.key === "ArrowUp") {
            active = (active + (event.key === "ArrowDown" ? 1 : items.length - 1)) % items.length;
            draw();
            return true;
          }
          if (event.key === "Enter" || event.key === "Tab") {
            props?.command(items[active]);
            return true;
          }
          return false;
        },
        onExit() {
          list?.remove();
          list = null;
        },
      };
    },
  };
}
