// The Sha256Hex port over Node's crypto, for the bot and the other Node hosts.
import { createHash } from 'node:crypto';
import type { Sha256Hex } from '../core/ports/digest';

export const nodeSha256: Sha256Hex = async (text) => createHash('sha256').update(text, 'utf8').digest('hex');
