// Text of one direction inside text of the other: a Swedish step title in an Arabic note, the kit's Latin name in a
// Persian heading. First-strong isolates (U+2068 … U+2069) keep it from reordering its neighbours, wherever the
// string ends up: HTML, the presenter view's notes, a PDF's text layer.
export const isolate = (text: string): string => `\u2068${text}\u2069`;

// A Latin (or Cyrillic) word, with digits and punctuation inside it and further words after spaces: "Skatteverket",
// "15-punktsprogrammet", "Mina sidor", "1177.se". A run of digits alone is left to the bidi algorithm.
const latinRun = /[\p{Script=Latin}\p{Script=Cyrillic}\d]+(?:[\s\-.:/_@&'’]+[\p{Script=Latin}\p{Script=Cyrillic}\d]+)*/gu;
const hasLetter = /[\p{Script=Latin}\p{Script=Cyrillic}]/u;

/** Text in runs, Latin-script runs marked: in right-to-left text each is isolated (`<bdi>`) so it keeps its order. */
export function latinRuns(text: string): { text: string; latin: boolean }[] {
  const runs: { text: string; latin: boolean }[] = [];
  let last = 0;
  for (const match of text.matchAll(latinRun)) {
    if (!hasLetter.test(match[0])) continue;
    if (match.index > last) runs.push({ text: text.slice(last, match.index), latin: false });
    runs.push({ text: match[0], latin: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), latin: false });
  return runs;
}
