/**
 * How deeply a YAML text nests, measured in one linear pass before the YAML reader sees it. The
 * reader recurses once per level: 20,000 nested `[` overflow the stack, and a regular expression
 * compiled that deep (V8 tiers one up to machine code when it runs often) aborts the whole process
 * instead of throwing. Text nested beyond `MAX_YAML_DEPTH` is refused before it is read.
 */
export const MAX_YAML_DEPTH = 256;

/**
 * The deepest nesting in `text`: flow collections (`[`, `{`) outside quotes and comments, plus
 * block nesting (deeper indentation, `- ` items on one line). An estimate from above for valid
 * YAML, exact enough to tell ten levels from thousands.
 */
export function yamlDepth(text: string): number {
  let max = 0;
  let flow = 0;
  const indents: number[] = [];
  let lineStart = true;
  let block = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (lineStart) {
      lineStart = false;
      let indent = 0;
      while (text.charCodeAt(i + indent) === 32) indent++;
      const next = text.charCodeAt(i + indent);
      if (next !== 10 && next !== 13 && next !== 35 && !Number.isNaN(next) && flow === 0) {
        while (indents.length > 0 && (indents[indents.length - 1] as number) >= indent) indents.pop();
        indents.push(indent);
        // "- - - x": every dash opens a level.
        let dashes = 0;
        for (let j = i + indent; text.charCodeAt(j) === 45 && text.charCodeAt(j + 1) === 32; j += 2) dashes++;
        block = indents.length + dashes;
      }
      i += indent - 1;
      continue;
    }
    if (c === 10 || c === 13) {
      lineStart = true;
    } else if (c === 35 && (i === 0 || [32, 9, 10, 13].includes(text.charCodeAt(i - 1)))) {
      // A comment: skip to the end of the line.
      while (i + 1 < text.length && text.charCodeAt(i + 1) !== 10 && text.charCodeAt(i + 1) !== 13) i++;
    } else if (c === 34 || c === 39) {
      // A quoted scalar: skip to its closing quote ('' and \" escape).
      for (i++; i < text.length; i++) {
        const q = text.charCodeAt(i);
        if (c === 34 && q === 92) i++;
        else if (q === c) {
          if (c === 39 && text.charCodeAt(i + 1) === 39) i++;
          else break;
        }
      }
    } else if (c === 91 || c === 123) {
      flow++;
    } else if ((c === 93 || c === 125) && flow > 0) {
      flow--;
    }
    max = Math.max(max, block + flow);
  }
  return Math.max(max, block);
}
