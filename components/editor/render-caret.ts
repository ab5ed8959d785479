/** Another person's caret in rich text: a line in their colour with their name above it. */
export function renderCaret(user: Record<string, unknown>): HTMLElement {
  const caret = document.createElement("span");
  caret.className = "collab-caret";
  caret.style.borderColor = String(user.color ?? "#1d4ed8");
  const label = document.createElement("span");
  label.className = "collab-caret__label";
  label.style.backgroundColor = String(user.color ?? "#1d4ed8");
  label.textContent = String(user.name ?? "");
  caret.append(label);
  return caret;
}
