/** Small readers of remark nodes: offsets, plain text, word count. */
import type { Nodes } from 'mdast';

export function start(node: Nodes): number {
  return node.position?.start.offset ?? 0;
}
export function end(node: Nodes): number {
  return node.position?.end.offset ?? 0;
}

export function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string' && node.type !== 'html') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('');
  return '';
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
