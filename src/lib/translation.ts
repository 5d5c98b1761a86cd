// Which version of the Swedish source a translation translates, and what that means for the reader.
import { createHash } from 'node:crypto';

export type TranslationStatus = 'source' | 'machine' | 'reviewed' | 'outdated' | 'missing';

interface Translatable {
  title: string;
  summary?: string;
  slides?: { id: string; title: string; points?: string[]; notes: string; picture?: { alt: string } }[];
  ordlista?: { term: string; explanation: string }[];
  steps?: { id: string; title: string; guide?: string; question?: string }[];
}

/** Hash of the text a translator translates: titles, slides, ordlista, steps and body — not dates or sources. */
export function sourceHash(data: Translatable, body: string): string {
  const canonical = {
    title: data.title.trim(),
    summary: data.summary?.trim() ?? '',
    // A picture's alt text is text to translate; slides without a picture hash as they always did.
    slides: (data.slides ?? []).map((s) => [s.id, s.title.trim(), (s.points ?? []).map((p) => p.trim()), s.notes.trim(), ...(s.picture ? [s.picture.alt.trim()] : [])]),
    ordlista: (data.ordlista ?? []).map((o) => [o.term.trim(), o.explanation.trim()]),
    steps: (data.steps ?? []).map((s) => [s.id, s.title.trim(), s.guide?.trim() ?? '', s.question?.trim() ?? '']),
    body: body.replace(/\r\n/g, '\n').trim(),
  };
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex').slice(0, 12);
}

export function translationStatus(
  translation: { status: 'machine' | 'reviewed'; sourceHash: string } | undefined,
  currentSourceHash: string,
  isSource: boolean,
): TranslationStatus {
  if (isSource) return 'source';
  if (!translation) return 'missing';
  if (translation.sourceHash !== currentSourceHash) return 'outdated';
  return translation.status;
}
