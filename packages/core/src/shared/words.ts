/**
 * A text's words and numbers alone: lowercase, every run of other characters (punctuation,
 * bullets, spaces, symbols) read as one space, and none at either end. Two texts with the same
 * words in the same order have the same key however they are punctuated or formatted ("- Build
 * models." and "build models" both give "build models").
 */
export function wordsOnly(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
