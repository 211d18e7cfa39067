/**
 * Ids derived from Gloss's own ids, the same on every export: a re-export keeps each block id and
 * annotation id, so links to them in the user's notes keep working. No crypto here (common/ runs
 * anywhere): cyrb53, a well-mixed 53-bit string hash, is plenty to tell apart an article's
 * highlights, and three seeds give the 128 bits a UUID needs.
 */
function cyrb53(s: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

const hex = (n: number, digits: number): string => n.toString(16).padStart(14, '0').slice(-digits);

/**
 * An Obsidian block id: its ids may hold only letters, digits and dashes, so a record id (which may
 * hold "_" and both cases) is hashed rather than used as is.
 */
export const blockId = (highlightId: string): string => `gloss-${cyrb53(highlightId, 0).toString(36)}`;

/**
 * A UUID (RFC 9562 layout, version 8: "custom") from a name: Logseq's `id::` block references and
 * the W3C export's `urn:uuid:` ids both need one, and both must stay the same across exports.
 */
export function stableUuid(name: string): string {
  const a = hex(cyrb53(name, 1), 12);
  const b = hex(cyrb53(name, 2), 12);
  const c = hex(cyrb53(name, 3), 12);
  const variant = ((parseInt(c[0]!, 16) & 0x3) | 0x8).toString(16);
  return `${a.slice(0, 8)}-${a.slice(8, 12)}-8${b.slice(0, 3)}-${variant}${c.slice(1, 4)}-${b.slice(3, 12)}${c.slice(4, 7)}`;
}
