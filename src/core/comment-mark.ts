/**
 * How the project's own review comments and notes are told apart from a person's, in every host:
 * the text starts with MARK (the Excel add-in's threads and notes, and the notes the command line
 * writes). A person's comment or note is never changed; a finding on such a cell goes to the
 * Temuan sheet only.
 */
export const MARK = '[Capaian PK]';

/** The marker line of notes written by earlier command-line versions (the person's text above it). */
export const LEGACY_NOTE_MARKER = '--- Capaian PK ---';

/** Longest text the project puts in one comment (Excel keeps far more; longer is unreadable). */
export const MAX_COMMENT_TEXT = 8000;

export function markText(text: string): string {
  const t = `${MARK}\n${text}`;
  return t.length > MAX_COMMENT_TEXT ? `${t.slice(0, MAX_COMMENT_TEXT - 1)}…` : t;
}

/**
 * Whose a note is: 'ours' (starts with MARK, after the `Author:` line Excel puts in front of notes
 * made in its interface), 'legacy' (an earlier command line's note: `person` is the text above its
 * marker, '' when none), else 'person'.
 */
export function noteOwner(text: string): { owner: 'ours' | 'person' } | { owner: 'legacy'; person: string } {
  const body = text.replace(/^\uFEFF/, '');
  if (body.startsWith(MARK) || /^[^\n]{1,80}:\r?\n/.test(body) && body.replace(/^[^\n]{1,80}:\r?\n/, '').startsWith(MARK)) return { owner: 'ours' };
  const lines = body.split(/\r?\n/);
  const i = lines.findIndex((l) => l.trim() === LEGACY_NOTE_MARKER);
  if (i >= 0) return { owner: 'legacy', person: lines.slice(0, i).join('\n').replace(/\s+$/, '') };
  return { owner: 'person' };
}
