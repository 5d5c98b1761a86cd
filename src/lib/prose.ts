// The running text of a document as a reader meets it: for LIX and word counts.
import { proseFromMarkdown } from './lix.ts';

interface WithText {
  title: string;
  summary?: string;
  steps?: { title: string; guide?: string; question?: string }[];
}

/** Body prose plus the texts that live in front matter (a manus' step guides and questions). */
export function documentProse(data: WithText, body: string): string {
  const steps = (data.steps ?? []).flatMap((s) => [s.title, s.guide ?? '', s.question ?? '']);
  return [data.summary ?? '', ...steps, proseFromMarkdown(body)].filter(Boolean).join('\n\n');
}
