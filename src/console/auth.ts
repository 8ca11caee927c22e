/**
 * Console authentication: `Authorization: Bearer <token>`, compared in constant time against every
 * configured token (digests of equal length, every token compared, so timing tells nothing).
 */
import { createHash, timingSafeEqual } from 'node:crypto'
import type { Config } from '../config/schema.ts'

export type Role = Config['console']['tokens'][number]['role']
export interface Principal {
  readonly name: string
  readonly role: Role
}

export const READERS: ReadonlySet<Role> = new Set(['admin', 'analyst', 'viewer'])
export const WRITERS: ReadonlySet<Role> = new Set(['admin', 'analyst'])

const digest = (s: string) => createHash('sha256').update(s).digest()

export function createAuthenticator(tokens: Config['console']['tokens']): (authorization: string | undefined) => Principal | undefined {
  const known = tokens.map((t) => ({ digest: digest(t.token), principal: { name: t.name, role: t.role } }))
  return (authorization) => {
    if (authorization === undefined || authorization.slice(0, 7).toLowerCase() !== 'bearer ') return undefined
    const given = digest(authorization.slice(7).trim())
    let found: Principal | undefined
    for (const k of known) if (timingSafeEqual(k.digest, given) && found === undefined) found = k.principal
    return found
  }
}
