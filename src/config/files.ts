/**
 * The files a config names (the config itself, OpenAPI specs, TLS PEM files), read with a ceiling:
 * only a regular file, and no more than its kind may hold. Read whole with no check, /dev/zero grew
 * the process by 1.5 GB in 3 s, a FIFO blocked it for ever and a 67 MB PEM stalled a reload (an
 * audit's findings). And a TLS certificate and key that cannot make a secure context are said so
 * here, with the reason, before they reach a server.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs'
import { createSecureContext } from 'node:tls'
import { SensorError } from '../errors.ts'

const MiB = 1024 * 1024
/** the config file */
export const MAX_CONFIG_BYTES = 4 * MiB
/** an OpenAPI spec, every file its `$ref`s reach counted together */
export const MAX_SPEC_BYTES = 16 * MiB
/** a PEM file (certificate chain, key, CA bundle) */
export const MAX_PEM_BYTES = 1 * MiB

/** A file that cannot be read as asked: "path: why" (the caller names the YAML path). */
export class FileError extends Error {
  override name = 'FileError'
  readonly tooLarge: boolean
  constructor(path: string, reason: string, tooLarge = false) {
    super(`${path}: ${reason}`)
    this.tooLarge = tooLarge
  }
}

const KINDS: [string, (s: ReturnType<typeof fstatSync>) => boolean][] = [
  ['a directory', (s) => s.isDirectory()],
  ['a FIFO', (s) => s.isFIFO()],
  ['a character device', (s) => s.isCharacterDevice()],
  ['a block device', (s) => s.isBlockDevice()],
  ['a socket', (s) => s.isSocket()],
]

const size = (n: number): string => (n >= MiB ? `${(n / MiB).toFixed(1)} MiB` : `${n} bytes`)

/**
 * The whole of a regular file of at most `maxBytes`. Opened without blocking (a FIFO would wait
 * for a writer), then checked on the open descriptor, so that what is read is what was checked.
 */
export function readBoundedFile(path: string, maxBytes: number): Buffer {
  let fd: number
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK)
  } catch (err) {
    throw new FileError(path, (err as NodeJS.ErrnoException).code ?? String(err))
  }
  try {
    const stat = fstatSync(fd)
    if (!stat.isFile()) throw new FileError(path, `not a regular file (${KINDS.find(([, is]) => is(stat))?.[0] ?? 'a special file'})`)
    const tooLarge = () => new FileError(path, `larger than the ${size(maxBytes)} allowed`, true)
    if (stat.size > maxBytes) throw tooLarge()
    // the file may grow while it is read: read one byte past the ceiling at most
    const buf = Buffer.allocUnsafe(Math.min(maxBytes + 1, Math.max(stat.size + 1, 64 * 1024)))
    let length = 0
    for (;;) {
      if (length === buf.length) {
        if (length > maxBytes) throw tooLarge()
        throw new FileError(path, 'grew while it was read')
      }
      const n = readSync(fd, buf, length, buf.length - length, null)
      if (n === 0) break
      length += n
    }
    if (length > maxBytes) throw tooLarge()
    return buf.subarray(0, length)
  } catch (err) {
    if (err instanceof FileError) throw err
    throw new FileError(path, (err as NodeJS.ErrnoException).code ?? String(err))
  } finally {
    closeSync(fd)
  }
}

/** Why OpenSSL refuses a PEM: its reason without the library's prefix ("error:1E08010C:DECODER routines::unsupported" → "unsupported"). */
function openSslReason(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err)
  const reason = message.replace(/^error:[0-9A-F]+:[^:]*:[^:]*:/, '')
  return reason || message
}

export interface TlsFiles {
  cert?: Buffer
  key?: Buffer
  ca?: Buffer
}

/**
 * What is wrong with TLS files, by the key that names them (`cert`, `key`, `ca`): each tried alone,
 * then the certificate with its key (a mismatch is the key's). Empty when a secure context can be made.
 */
export function tlsProblems(files: TlsFiles): { key: keyof TlsFiles; reason: string }[] {
  const problems: { key: keyof TlsFiles; reason: string }[] = []
  const tryWith = (key: keyof TlsFiles, options: Parameters<typeof createSecureContext>[0], what: string): boolean => {
    try {
      createSecureContext(options)
      return true
    } catch (err) {
      problems.push({ key, reason: `${what}: ${openSslReason(err)}` })
      return false
    }
  }
  const certOk = files.cert === undefined || tryWith('cert', { cert: files.cert }, 'not a usable PEM certificate chain')
  // an encrypted key would need a passphrase the config has no place for: say so instead of OpenSSL's "bad decrypt"
  const keyOk =
    files.key === undefined ||
    (/-----BEGIN ENCRYPTED PRIVATE KEY-----|Proc-Type: 4,ENCRYPTED/.test(files.key.toString('latin1'))
      ? (problems.push({ key: 'key', reason: 'the private key is encrypted (a passphrase is not supported): give it unencrypted' }), false)
      : tryWith('key', { key: files.key }, 'not a usable PEM private key'))
  // OpenSSL skips what is not a certificate in a CA bundle without a word: at least one must be there
  if (files.ca !== undefined && tryWith('ca', { ca: files.ca }, 'not a usable PEM CA bundle') && !files.ca.includes('-----BEGIN CERTIFICATE-----')) {
    problems.push({ key: 'ca', reason: 'not a usable PEM CA bundle: no certificate in it' })
  }
  if (certOk && keyOk && files.cert !== undefined && files.key !== undefined) tryWith('key', { cert: files.cert, key: files.key }, 'does not go with the certificate')
  return problems
}

/**
 * listen.tls's certificate and key, read again (a reload, a worker's start) and checked: a
 * CONFIG_INVALID naming the YAML path and the reason when they cannot serve.
 */
export interface ServerTls {
  readonly cert: Buffer
  readonly key: Buffer
}
export function readServerTls(tls: { cert: string; key: string }): ServerTls {
  const details: string[] = []
  const read = (key: 'cert' | 'key'): Buffer | undefined => {
    try {
      return readBoundedFile(tls[key], MAX_PEM_BYTES)
    } catch (err) {
      details.push(`listen.tls.${key}: cannot read ${(err as Error).message}`)
      return undefined
    }
  }
  const cert = read('cert')
  const key = read('key')
  if (cert === undefined || key === undefined) throw new SensorError('CONFIG_INVALID', details.join('; '), { details })
  for (const p of tlsProblems({ cert, key })) details.push(`listen.tls.${p.key}: ${p.key === 'cert' ? tls.cert : tls.key}: ${p.reason}`)
  if (details.length > 0) throw new SensorError('CONFIG_INVALID', details.join('; '), { details })
  return { cert, key }
}
