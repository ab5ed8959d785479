/**
 * Pasted HTML (Word, Google Docs, web pages) cut down to what the rich-text schema holds before
 * ProseMirror parses it: scripts, styles and other active or invisible elements are removed with
 * their content, comments (Word's conditional ones too) dropped, every attribute except a short
 * list removed (so no event handlers, classes or inline styles survive), links kept only to web
 * and mail addresses, unknown elements unwrapped to their text. Structure is kept: headings (h1 →
 * level 2, h4–h6 → level 3), lists, tables, bold/italic/underline written as inline styles.
 */
import { isAllowedLink } from "./extensions";

const REMOVE_WITH_CONTENT = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "iframe",
  "object",
  "embed",
  "applet",
  "meta",
  "link",
  "title",
  "head",
  "svg",
  "math",
  "canvas",
  "video",
  "audio",
  "form",
  "input",
  "button",
  "select",
  "textarea",
  "xml",
  "o:p",
  "w:sdt",
]);

const KEEP = new Set([
  "p",
  "br",
  "h2",
  "h3",
  "strong",
  "b",
  "em",
  "i",
  "u",
  "s",
  "strike",
  "del",
  "code",
  "pre",
  "blockquote",
  "ul",
  "ol",
  "li",
  "table",
  "thead",
  "tbody",
  "tfoot",
  "tr",
  "td",
  "th",
  "a",
  "hr",
  "span",
  "label",
  "div",
]);

const ATTRIBUTES: Record<string, string[]> = {
  a: ["href"],
  td: ["colspan", "rowspan"],
  th: ["colspan", "rowspan"],
  ol: ["start"],
  ul: ["data-type"],
  li: ["data-type", "data-checked"],
  span: ["data-type", "data-id", "data-label"],
};

const RENAME: Record<string, string> = { h1: "h2", h4: "h3", h5: "h3", h6: "h3" };

function rename(el: Element, tag: string): Element {
  const next = el.ownerDocument.createElement(tag);
  while (el.firstChild) next.append(el.firstChild);
  el.replaceWith(next);
  return next;
}

function unwrap(el: Element): void {
  el.replaceWith(...Array.from(el.childNodes));
}

/** Inline styles Word and Google Docs use for emphasis, turned into elements the schema knows. */
function wrapStyled(el: Element): void {
  const style = (el.getAttribute("style") ?? "").toLowerCase();
  const wrappers: string[] = [];
  if (/font-weight:\s*(bold|[6-9]00)/.test(style)) wrappers.push("strong");
  if (/font-style:\s*italic/.test(style)) wrappers.push("em");
  if (/text-decoration[^;]*underline/.test(style)) wrappers.push("u");
  for (const tag of wrappers) {
    const wrapper = el.ownerDocument.createElement(tag);
    while (el.firstChild) wrapper.append(el.firstChild);
    el.append(wrapper);
  }
}

function cleanAttributes(el: Element): void {
  const keep = ATTRIBUTES[el.tagName.toLowerCase()] ?? [];
  for (const attr of Array.from(el.attributes)) {
    if (!keep.includes(attr.name.toLowerCase())) el.removeAttribute(attr.name);
  }
  const href = el.getAttribute("href");
  if (href !== null && !isAllowedLink(href)) el.removeAttribute("href");
}

function cleanElement(el: Element): void {
  const tag = el.tagName.toLowerCase();
  if (REMOVE_WITH_CONTENT.has(tag) || tag.includes(":")) {
    // Word's namespaced elements (o:p, v:shape, w:…) carry layout or nothing.
    if (tag.includes(":") && !REMOVE_WITH_CONTENT.has(tag)) unwrap(el);
    else el.remove();
    return;
  }
  // Google Docs wraps the whole paste in <b style="font-weight:normal" id="docs-internal-guid-…">.
  if (
    tag === "b" &&
    (el.id.startsWith("docs-internal-guid") || /font-weight:\s*(normal|400)/i.test(el.getAttribute("style") ?? ""))
  ) {
    cleanChildren(el);
    unwrap(el);
    return;
  }
  const current = RENAME[tag] ? rename(el, RENAME[tag]) : el;
  if (tag === "span" || tag === "p" || tag === "li" || tag === "td" || tag === "th") wrapStyled(current);
  cleanChildren(current);
  if (!KEEP.has(current.tagName.toLowerCase())) {
    unwrap(current);
    return;
  }
  cleanAttributes(current);
}

function cleanChildren(parent: ParentNode): void {
  for (const child of Array.from(parent.childNodes)) {
    if (child.nodeType === 8 /* comment */ || child.nodeType === 7 /* processing instruction */) child.remove();
    else if (child.nodeType === 1) cleanElement(child as Element);
  }
}

/**
 * Sanitises pasted HTML to the rich-text schema. `parse` turns HTML into a Document (the browser's
 * DOMParser; tests pass another DOM implementation).
 */
export function sanitizePastedHtml(html: string, parse: (html: string) => Document): string {
  const doc = parse(html);
  for (const el of Array.from(doc.querySelectorAll("head"))) el.remove();
  cleanChildren(doc.body);
  return doc.body.innerHTML;
}
