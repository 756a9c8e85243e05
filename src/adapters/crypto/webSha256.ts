// The Sha256Hex port over the browser's Web Crypto, for the web parts (Node's crypto is not in the
// SPFx bundle). Web Crypto's digest is async, so callers await it.
import type { Sha256Hex } from '../../core/ports/digest';

export const webSha256: Sha256Hex = async (text) => {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
};
