import type { DiffMasker } from '../model/masker.js';
import { maskChecksumPair } from './doppler-secret.js';
import { maskSecretPair } from './mask.js';

/** What every diff kubesync shows hides: Secret values, then the checksum of Doppler values. */
export const SECRET_MASKERS: readonly DiffMasker[] = [maskSecretPair, maskChecksumPair];
