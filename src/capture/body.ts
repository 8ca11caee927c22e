/**
 * Captured bodies: decoded (gzip, deflate, br) within a byte bound, parsed once by content type
 * (JSON, form-urlencoded, multipart fields), and only when some parameter asks. A truncated or
 * broken body simply yields no values.
 */
import zlib from 'node:zlib'
import { boundedCounts } from './bounds.ts'
import { parseJson, TOO_DEEP } from './json.ts'

export type ParsedBody =
  | { readonly kind: 'json'; readonly value: unknown }
  | { readonly kind: 'fields'; readonly fields: ReadonlyMap<string, string> }

/** Decompress per Content-Encoding, never past `max` bytes; truncated input gives what it can. */
export function decodeBody(body: Buffer, encoding: string | undefined, max: number): Buffer | undefined {
  if (encoding === undefined || encoding === '' || encoding === 'identity') return body
  const enc = encoding.trim().toLowerCase()
  try {
    switch (enc) {
      case 'gzip':
      case 'x-gzip':
        return zlib.gunzipSync(body, { maxOutputLength: max, finishFlush: zlib.constants.Z_SYNC_FLUSH })
      case 'deflate':
        // "deflate" is zlib-wrapped per RFC 9110, but some servers send it raw
        try {
          return zlib.inflateSync(body, { maxOutputLength: max, finishFlush: zlib.constants.Z_SYNC_FLUSH })
        } catch {
          return zlib.inflateRawSync(body, { maxOutputLength: max, finishFlush: zlib.constants.Z_SYNC_FLUSH })
        }
      case 'br':
        return zlib.brotliDecompressSync(body, { maxOutputLength: max, finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH })
      default:
        return undefined // stacked or unknown encodings: not worth guessing
    }
  } catch (err) {
    // past the bound: keep nothing rather than a cut document
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return undefined
    return undefined
  }
}

function mediaType(contentType: string | undefined): string {
  if (contentType === undefined) return ''
  const semi = contentType.indexOf(';')
  return (semi === -1 ? contentType : contentType.slice(0, semi)).trim().toLowerCase()
}

export function parseBody(body: Buffer, contentType: string | undefined): ParsedBody | undefined {
  const type = mediaType(contentType)
  if (type === 'application/json' || type.endsWith('+json') || type === 'application/graphql-response+json' || (type === '' && looksLikeJson(body))) {
    const value = parseJson(body.toString('utf8'))
    if (value === TOO_DEEP) {
      boundedCounts.json_depth++
      return undefined
    }
    return value === undefined ? undefined : { kind: 'json', value }
  }
  if (type === 'application/x-www-form-urlencoded') {
    const fields = new Map<string, string>()
    for (const [k, v] of new URLSearchParams(body.toString('utf8'))) if (!fields.has(k)) fields.set(k, v)
    return { kind: 'fields', fields }
  }
  if (type === 'multipart/form-data') {
    const boundary = /boundary=(?:"([^"]{1,70})"|([^\s;]{1,70}))/i.exec(contentType ?? '')
    const b = boundary?.[1] ?? boundary?.[2]
    return b === undefined ? undefined : { kind: 'fields', fields: multipartFields(body, b) }
  }
  return undefined
}

function looksLikeJson(body: Buffer): boolean {
  for (const byte of body) {
    if (byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09) continue
    return byte === 0x7b || byte === 0x5b // { or [
  }
  return false
}

/** Text fields of a multipart body (file parts skipped); the first of a name wins. */
function multipartFields(body: Buffer, boundary: string): Map<string, string> {
  const fields = new Map<string, string>()
  const delimiter = Buffer.from(`--${boundary}`)
  let at = body.indexOf(delimiter)
  while (at !== -1) {
    const start = at + delimiter.length
    if (body[start] === 0x2d && body[start + 1] === 0x2d) break // closing delimiter
    const headEnd = body.indexOf('\r\n\r\n', start)
    if (headEnd === -1) break
    const next = body.indexOf(delimiter, headEnd + 4)
    const head = body.subarray(start, headEnd).toString('latin1')
    const disposition = /content-disposition:[^\r\n]*/i.exec(head)?.[0] ?? ''
    const name = /\bname="([^"]*)"/i.exec(disposition)?.[1]
    if (name !== undefined && !/\bfilename\*?=/i.test(disposition) && !fields.has(name)) {
      // a part cut by the capture bound has no next delimiter: its value is incomplete, skip it
      if (next !== -1) fields.set(name, body.subarray(headEnd + 4, next - 2).toString('utf8'))
    }
    at = next
  }
  return fields
}
