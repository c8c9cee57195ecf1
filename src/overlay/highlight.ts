import type { Finding } from '../engine/types';

/** Highlight names registered in `CSS.highlights`, one per severity. */
const NAMES = { warn: 'nolan-warn', block: 'nolan-block' } as const;

const STYLE_ID = 'nolan-highlight-style';
/** `::highlight()` styles must live in the page's document (highlights paint the page's text). */
const STYLE = `::highlight(${NAMES.warn}){text-decoration:underline wavy #b36b00;text-decoration-thickness:2px;text-underline-offset:3px;background-color:rgb(255 221 0 / 28%)}
::highlight(${NAMES.block}){text-decoration:underline wavy #b3261e;text-decoration-thickness:2px;text-underline-offset:3px;background-color:rgb(179 38 30 / 14%)}`;

/** Is the CSS Custom Highlight API available (Chrome 105+, Safari 17.2+, Firefox 140+)? */
export function canHighlight(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/**
 * Maps offsets in the adapter's body text to DOM positions in the editor's text nodes. The
 * adapter's text may have newlines where the DOM has block boundaries, so the two are
 * aligned character by character, skipping whitespace that only one side has. Linear.
 */
export function mapBodyOffsets(editor: Node, body: string): (offset: number) => { node: Text; offset: number } | null {
  const nodes: Text[] = [];
  const walker = editor.ownerDocument!.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  const positions: Array<{ node: Text; offset: number } | null> = new Array(body.length + 1).fill(null);
  let nodeIndex = 0;
  let charIndex = 0;
  const current = () => nodes[nodeIndex]?.data[charIndex];
  const advanceDom = () => {
    charIndex += 1;
    while (nodes[nodeIndex] && charIndex >= nodes[nodeIndex]!.data.length) {
      nodeIndex += 1;
      charIndex = 0;
    }
  };
  while (nodes[nodeIndex] && nodes[nodeIndex]!.data.length === 0) nodeIndex += 1;
  let i = 0;
  while (i < body.length && nodeIndex < nodes.length) {
    const want = body[i]!;
    const have = current()!;
    if (want === have || (isSpace(want) && isSpace(have))) {
      positions[i] = { node: nodes[nodeIndex]!, offset: charIndex };
      i += 1;
      advanceDom();
    } else if (isSpace(want)) {
      positions[i] = { node: nodes[nodeIndex]!, offset: charIndex };
      i += 1;
    } else if (isSpace(have) || have === '\u200b' || have === '\ufeff') {
      advanceDom();
    } else {
      positions[i] = { node: nodes[nodeIndex]!, offset: charIndex };
      i += 1;
      advanceDom();
    }
  }
  const last = nodes[nodes.length - 1];
  return (offset) => {
    if (offset >= i && last) return { node: last, offset: last.data.length };
    return positions[offset] ?? null;
  };
}

function isSpace(char: string): boolean {
  return char === ' ' || char === '\n' || char === '\t' || char === '\r' || char === '\u00a0';
}

/** Makes the DOM ranges for a draft's body findings (empty where the text no longer matches). */
export function rangesFor(editor: HTMLElement, body: string, findings: Finding[]): Map<'warn' | 'block', Range[]> {
  const ranges = new Map<'warn' | 'block', Range[]>([
    ['warn', []],
    ['block', []],
  ]);
  const bodyFindings = findings.filter((f) => f.field === 'body' && f.end > f.start && f.severity !== 'info');
  if (bodyFindings.length === 0) return ranges;
  const locate = mapBodyOffsets(editor, body);
  for (const finding of bodyFindings) {
    const start = locate(finding.start);
    const end = locate(finding.end - 1);
    if (!start || !end) continue;
    const range = editor.ownerDocument.createRange();
    try {
      range.setStart(start.node, start.offset);
      range.setEnd(end.node, Math.min(end.offset + 1, end.node.data.length));
    } catch {
      continue;
    }
    ranges.get(finding.severity === 'block' ? 'block' : 'warn')!.push(range);
  }
  return ranges;
}

/**
 * Underlines risky spans in one editor without touching its DOM. Each editor gets its own
 * ranges; the shared `Highlight` objects hold the union.
 * @example
 * const highlighter = createHighlighter(editor); highlighter.update(draft.body, findings); highlighter.clear();
 */
export function createHighlighter(editor: HTMLElement) {
  const isEnabled = canHighlight() && editor.isContentEditable;
  let own: Range[] = [];
  const clear = () => {
    if (!isEnabled) return;
    for (const range of own) {
      for (const name of Object.values(NAMES)) CSS.highlights.get(name)?.delete(range);
    }
    own = [];
  };
  return {
    update(body: string, findings: Finding[]) {
      if (!isEnabled) return;
      clear();
      ensureStyle(editor.ownerDocument);
      for (const [severity, ranges] of rangesFor(editor, body, findings)) {
        const name = NAMES[severity];
        let highlight = CSS.highlights.get(name);
        if (!highlight) {
          highlight = new Highlight();
          CSS.highlights.set(name, highlight);
        }
        for (const range of ranges) highlight.add(range);
        own.push(...ranges);
      }
    },
    clear,
  };
}

function ensureStyle(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = STYLE;
  (doc.head ?? doc.documentElement).append(style);
}
