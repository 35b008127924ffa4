import MarkdownIt from "markdown-it";
import type Token from "markdown-it/lib/token.mjs";
import sanitizeHtml from "sanitize-html";

/** Raw HTML in Markdown is shown as text, never passed through; bare addresses become links. */
const markdown = new MarkdownIt({ html: false, linkify: true });

/**
 * What may survive into a page: formatting, lists, tables, code, headings,
 * images and links; no scripts, styles, frames or event attributes, and only
 * http, https and mailto addresses. Sanitised after rendering, so a flaw in
 * the Markdown renderer cannot open a hole.
 */
const ALLOWED: sanitizeHtml.IOptions = {
  allowedTags: [
    "p",
    "br",
    "hr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "ul",
    "ol",
    "li",
    "strong",
    "em",
    "s",
    "code",
    "pre",
    "a",
    "img",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
  ],
  allowedAttributes: {
    a: ["href", "title", "rel"],
    img: ["src", "alt", "title"],
    ol: ["start"],
    th: ["style"],
    td: ["style"],
    code: ["class"],
  },
  allowedStyles: { th: { "text-align": [/^(left|right|center)$/] }, td: { "text-align": [/^(left|right|center)$/] } },
  allowedClasses: { code: [/^language-[a-z0-9-]+$/] },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: { img: ["http", "https"] },
  allowedSchemesAppliedToAttributes: ["href", "src"],
  allowProtocolRelative: false,
  transformTags: { a: sanitizeHtml.simpleTransform("a", { rel: "noopener noreferrer" }) },
};

/** HTML cut down to the allow-list above, with `rel="noopener noreferrer"` on every link. */
export function cleanHtml(html: string): string {
  return sanitizeHtml(html, ALLOWED);
}

/** A resource body (Markdown) as HTML that is safe to put in a page. */
export function renderMarkdown(source: string): string {
  return cleanHtml(markdown.render(source));
}

/** Tokens whose content is text a reader sees (inline text, code, and images' alt text through their children). */
const TEXT_TOKENS = new Set(["text", "code_inline", "code_block", "fence"]);

function collectText(tokens: Token[], into: string[]): void {
  for (const token of tokens) {
    if (token.children) collectText(token.children, into);
    else if (TEXT_TOKENS.has(token.type)) into.push(token.content);
    else if (token.type === "softbreak" || token.type === "hardbreak" || token.block) into.push(" ");
  }
}

/**
 * A resource body as plain text, for the search index: the words of every
 * block, read from the parsed Markdown rather than rendered and stripped
 * again, since reindexing runs this for every document.
 */
export function markdownToText(source: string): string {
  const parts: string[] = [];
  collectText(markdown.parse(source, {}), parts);
  return parts.join("").replace(/\s+/g, " ").trim();
}

/** The prefix of a list item as plain text: its number in an ordered list ("3. "), else a dash. */
const listMarker = (token: Token) => (token.markup === "." || token.markup === ")" ? `${token.info}. ` : "- ");

/**
 * The words of an inline run, keeping the author's line breaks. A link's address follows its words
 * in brackets (plain text cannot be clicked), unless the words are the address already.
 */
function inlineText(tokens: Token[]): string {
  let text = "";
  const links: { href: string; start: number }[] = [];
  for (const token of tokens) {
    if (token.type === "softbreak" || token.type === "hardbreak") text += "\n";
    else if (token.type === "link_open") links.push({ href: token.attrGet("href") ?? "", start: text.length });
    else if (token.type === "link_close") {
      const link = links.pop();
      const words = link ? text.slice(link.start) : "";
      if (link?.href && words !== link.href && !link.href.endsWith(`:${words}`)) text += ` (${link.href})`;
    } else if (token.children) text += inlineText(token.children);
    else if (TEXT_TOKENS.has(token.type)) text += token.content;
  }
  return text;
}

/**
 * Markdown as plain text that reads like it, for places that show no HTML (an event's description
 * in a calendar file, a page's meta description): headings and paragraphs separated by a blank
 * line, the items of one list on lines of their own with a dash or their number, marks dropped.
 */
export function markdownToPlainText(source: string): string {
  // Each block's text, with the list it belongs to (0 outside lists), to join a list's items tightly.
  const blocks: { text: string; list: number }[] = [];
  let lists = 0;
  let depth = 0;
  let line = "";
  const add = (text: string) => {
    if (text.trim()) blocks.push({ text: text.trim(), list: depth > 0 ? lists : 0 });
    line = "";
  };
  for (const token of markdown.parse(source, {})) {
    if (token.type === "bullet_list_open" || token.type === "ordered_list_open") {
      if (depth === 0) lists += 1;
      depth += 1;
    } else if (token.type === "bullet_list_close" || token.type === "ordered_list_close") depth -= 1;
    else if (token.type === "list_item_open") line = listMarker(token);
    else if (token.type === "inline") line += inlineText(token.children ?? []);
    else if (token.type === "code_block" || token.type === "fence") add(token.content);
    else if (token.type === "paragraph_close" || token.type === "heading_close") add(line);
  }
  return blocks
    .map((block, index) => {
      const previous = blocks[index - 1];
      if (!previous) return block.text;
      return `${block.list !== 0 && block.list === previous.list ? "\n" : "\n\n"}${block.text}`;
    })
    .join("");
}
