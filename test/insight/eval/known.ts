/**
 * The values every part of the evaluation already holds, as a digest kept in the repository
 * (known-values.bin): 48-bit keys of SHA-256 over each value's text, sorted, with a header naming the
 * parts they cover. A new fresh part drops any value an earlier part has (build.ts); with the digest
 * it can be built and measured from its own sources' snapshots alone (`--alone`), without fetching
 * the five hundred snapshots of the earlier parts again. No value's text is in the digest.
 *
 * At 48 bits, the chance that one new value's key meets one of 300,000 known keys is about 1 in 10⁹.
 */
import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'

const KEY_BYTES = 6

export interface KnownValues {
  /** the parts whose values (fragments included) the digest holds, in their order ("halves" first) */
  parts: readonly string[]
  has(value: string): boolean
  size: number
}

const keyOf = (value: string): number => createHash('sha256').update(value, 'utf8').digest().readUIntBE(0, KEY_BYTES)

/** The digest's bytes: a one-line JSON header, then the sorted distinct keys. */
export function encodeKnown(parts: readonly string[], values: Iterable<string>, earlier: Iterable<number> = []): Buffer {
  const keys = [...new Set([...earlier, ...[...values].map(keyOf)])].sort((a, b) => a - b)
  const body = Buffer.alloc(keys.length * KEY_BYTES)
  keys.forEach((k, i) => body.writeUIntBE(k, i * KEY_BYTES, KEY_BYTES))
  return Buffer.concat([Buffer.from(JSON.stringify({ parts, keys: keys.length, keyBytes: KEY_BYTES }) + '\n'), body])
}

export function decodeKnown(bytes: Buffer): KnownValues {
  const { parts, keys } = decodeKeys(bytes)
  return { parts, has: (value) => keys.has(keyOf(value)), size: keys.size }
}

function decodeKeys(bytes: Buffer): { parts: string[]; keys: Set<number> } {
  const eol = bytes.indexOf(0x0a)
  if (eol === -1) throw new Error('known values: no header line')
  const header = JSON.parse(bytes.subarray(0, eol).toString('utf8')) as { parts?: unknown; keys?: unknown; keyBytes?: unknown }
  if (!Array.isArray(header.parts) || !header.parts.every((p) => typeof p === 'string') || header.keyBytes !== KEY_BYTES || typeof header.keys !== 'number') {
    throw new Error('known values: the header is not {"parts": [...], "keys": n, "keyBytes": 6}')
  }
  const body = bytes.subarray(eol + 1)
  if (body.length !== header.keys * KEY_BYTES) throw new Error(`known values: ${header.keys} keys announced, ${body.length} bytes follow`)
  const keys = new Set<number>()
  for (let at = 0; at < body.length; at += KEY_BYTES) keys.add(body.readUIntBE(at, KEY_BYTES))
  return { parts: header.parts, keys }
}

/**
 * The digest with one more part's values added: the part built alone against this very digest (which
 * holds exactly the parts before it) has the values the whole build gives it, so parts can be folded
 * in one after another without the earlier parts' snapshots.
 */
export function extendKnown(bytes: Buffer, part: string, values: Iterable<string>): Buffer {
  const { parts, keys } = decodeKeys(bytes)
  if (parts.includes(part)) throw new Error(`known values: ${part} is already in the digest`)
  return encodeKnown([...parts, part], values, keys)
}

export const readKnown = (file: string): KnownValues => decodeKnown(readFileSync(file))
export const writeKnown = (file: string, parts: readonly string[], values: Iterable<string>): void => writeFileSync(file, encodeKnown(parts, values))
