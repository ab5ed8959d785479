// @vitest-environment happy-dom
/**
 * The shared rich-text schema: pasted Word/Google Docs HTML keeps its structure but loses scripts,
 * styles, event handlers and unknown nodes; the plain-text projection and its hash.
 */
import { getSchema } from "@tiptap/core";
import { DOMParser as PmDOMParser } from "@tiptap/pm/model";
import { prosemirrorJSONToYXmlFragment } from "@tiptap/y-tiptap";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { richTextExtensions } from "./extensions";
import { hashPlainText, projectPlainText } from "./plain-text";
import { sanitizePastedHtml } from "./sanitize-paste";

const schema = getSchema(richTextExtensions());
const parseHtml = (html: string) => new DOMParser().parseFromString(html, "text/html");

function pasteToDoc(html: string) {
  const clean = sanitizePastedHtml(html, parseHtml);
  const container = document.createElement("div");
  container.innerHTML = clean;
  return { clean, doc: PmDOMParser.fromSchema(schema).parse(container) };
}

const WORD = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{color:red}</style>
<script>window.stolen = document.cookie</script></head><body>
<!--[if gte mso 9]><xml><o:OfficeDocumentSettings/></xml><![endif]-->
<h1 class="MsoTitle" style="mso-fareast-font-family:Calibri">Mål för uppstart</h1>
<p class="MsoNormal" onclick="alert(1)" style="margin:0">Vad ska <span style="font-weight:bold">åstadkommas</span>?<o:p></o:p></p>
<ul><li onmouseover="steal()">Kortare väntetid</li><li>Jämlik planering</li></ul>
<table class="MsoTableGrid" border="1"><tr><td style="width:100px">Mått</td><td>Andel</td></tr><tr><td>Nybesök</td><td>80 %</td></tr></table>
<p><a href="javascript:alert(1)">farlig</a> och <a href="https://www.socialstyrelsen.se" onclick="x()">Socialstyrelsen</a></p>
<blink>okänd</blink><iframe src="https://evil.example"></iframe>
</body></html>`;

const GOOGLE_DOCS = `<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1234"><h2 dir="ltr"><span style="font-size:16pt">Tidplan</span></h2><p dir="ltr"><span style="font-weight:700">Start</span> <span style="font-style:italic">vecka 12</span></p><ol><li dir="ltr"><p dir="ltr"><span>Första steget</span></p></li></ol></b>`;

describe("sanitizePastedHtml", () => {
  it("drops scripts, styles, event handlers, unsafe links and unknown nodes from Word HTML", () => {
    const { clean, doc } = pasteToDoc(WORD);
    expect(clean).not.toMatch(
      /script|stolen|<style|color:red|onclick|onmouseover|iframe|javascript:|class=|style=|mso|<o:p/i,
    );
    const text = doc.textContent;
    expect(text).not.toContain("stolen");
    expect(text).toContain("okänd");
    const types: string[] = [];
    doc.descendants((node) => {
      types.push(node.type.name);
    });
    expect(types).toEqual(
      expect.arrayContaining(["heading", "bulletList", "listItem", "table", "tableRow", "tableCell"]),
    );
    expect(doc.firstChild?.type.name).toBe("heading");
    expect(doc.firstChild?.attrs.level).toBe(2);
    const links: string[] = [];
    doc.descendants((node) => {
      for (const mark of node.marks) if (mark.type.name === "link") links.push(mark.attrs.href);
    });
    expect(links).toEqual(["https://www.socialstyrelsen.se"]);
    const bold: string[] = [];
    doc.descendants((node) => {
      if (node.isText && node.marks.some((m) => m.type.name === "bold")) bold.push(node.text ?? "");
    });
    expect(bold).toEqual(["åstadkommas"]);
  });

  it("keeps the structure of Google Docs HTML without making everything bold", () => {
    const { doc } = pasteToDoc(GOOGLE_DOCS);
    expect(doc.firstChild?.type.name).toBe("heading");
    expect(doc.firstChild?.textContent).toBe("Tidplan");
    const marked: Record<string, string[]> = { bold: [], italic: [] };
    doc.descendants((node) => {
      for (const mark of node.marks) marked[mark.type.name]?.push(node.text ?? "");
    });
    expect(marked).toEqual({ bold: ["Start"], italic: ["vecka 12"] });
    expect(doc.lastChild?.type.name).toBe("orderedList");
  });
});

describe("projectPlainText", () => {
  it("projects headings, tasks, tables and mentions to lines, and hashes the text", async () => {
    const json = {
      type: "doc",
      content: [
        { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Uppföljning" }] },
        {
          type: "taskList",
          content: [
            {
              type: "taskItem",
              attrs: { checked: true },
              content: [{ type: "paragraph", content: [{ type: "text", text: "Boka möte" }] }],
            },
          ],
        },
        {
          type: "paragraph",
          content: [
            { type: "text", text: "Ansvarig: " },
            { type: "mention", attrs: { id: "u1", label: "Anna Berg" } },
          ],
        },
        {
          type: "table",
          content: [
            {
              type: "tableRow",
              content: [
                { type: "tableCell", content: [{ type: "paragraph", content: [{ type: "text", text: "Nybesök" }] }] },
                { type: "tableCell", content: [{ type: "paragraph", content: [{ type: "text", text: "80 %" }] }] },
              ],
            },
          ],
        },
      ],
    };
    const doc = new Y.Doc();
    const fragment = doc.getXmlFragment("default");
    prosemirrorJSONToYXmlFragment(schema, json, fragment);
    const text = projectPlainText(fragment);
    expect(text).toBe("Uppföljning\n[x] Boka möte\nAnsvarig: @Anna Berg\nNybesök\t80 %");
    expect(await hashPlainText(text)).toMatch(/^[0-9a-f]{64}$/);
    expect(await hashPlainText(text)).toBe(await hashPlainText(`${text}`));
    expect(await hashPlainText(text)).not.toBe(await hashPlainText(`${text}.`));
  });
});
