// Text of one direction inside text of the other: a Swedish step title in an Arabic note, the kit's Latin name in a
// Persian heading. First-strong isolates (U+2068 … U+2069) keep it from reordering its neighbours, wherever the
// string ends up: HTML, the presenter view's notes, a PDF's text layer.
export const isolate = (text: string): string => `\u2068${text}\u2069`;
