/** IP addresses and CIDR ranges: parsing once at start-up into node's BlockList. */
import { BlockList, isIP } from 'node:net'

export interface Cidr {
  readonly address: string
  readonly prefix: number
  readonly family: 'ipv4' | 'ipv6'
}

/** "10.0.0.0/8", "::1", "2001:db8::/32" → a range; undefined when not an address or range. */
export function parseCidr(text: string): Cidr | undefined {
  const slash = text.indexOf('/')
  const address = slash === -1 ? text : text.slice(0, slash)
  const version = isIP(address)
  if (version === 0) return undefined
  const max = version === 4 ? 32 : 128
  let prefix = max
  if (slash !== -1) {
    const p = text.slice(slash + 1)
    if (!/^\d{1,3}$/.test(p)) return undefined
    prefix = Number(p)
    if (prefix > max) return undefined
  }
  return { address, prefix, family: version === 4 ? 'ipv4' : 'ipv6' }
}

/** Node's BlockList for a list of ranges already validated by the config schema. */
export function toBlockList(ranges: readonly string[]): BlockList {
  const list = new BlockList()
  for (const text of ranges) {
    const cidr = parseCidr(text)
    if (cidr) list.addSubnet(cidr.address, cidr.prefix, cidr.family)
  }
  return list
}

/** The family BlockList.check needs, and "::ffff:1.2.3.4" seen as the IPv4 address it carries. */
export function normaliseIp(address: string): string {
  if (address.includes(':')) {
    const lower = address.toLowerCase()
    return lower.startsWith('::ffff:') && isIP(lower.slice(7)) === 4 ? lower.slice(7) : lower
  }
  return address
}

/** Whether a client IP (as received: `::ffff:1.2.3.4` is the IPv4 address it carries) is in a list's ranges. */
export function inBlockList(list: BlockList, address: string): boolean {
  const ip = normaliseIp(address)
  const family = ipFamily(ip)
  return family !== undefined && list.check(ip, family)
}

export function ipFamily(address: string): 'ipv4' | 'ipv6' | undefined {
  const v = isIP(address)
  return v === 4 ? 'ipv4' : v === 6 ? 'ipv6' : undefined
}

/**
 * An IP or range in one spelling, `address/prefix`: `::FFFF:1.2.3.4/128`, `1.2.3.4/32` and `1.2.3.4`
 * are one (an IPv4-mapped IPv6 range counts its prefix over the IPv4 address it carries); undefined
 * when not an address or range.
 */
export function rangeKey(value: string): string | undefined {
  const cidr = parseCidr(value)
  if (cidr === undefined) return undefined
  const address = normaliseIp(cidr.address)
  const max = address.includes(':') ? 128 : 32
  const prefix = cidr.family === 'ipv6' && max === 32 ? Math.max(0, cidr.prefix - 96) : cidr.prefix
  return `${address}/${prefix}`
}

const DOTTED_TAIL = /(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/
/**
 * An IPv6 address's eight 16-bit words (`::7f00:1` and `::127.0.0.1` alike), or undefined when node's parser does not take it as one.
 * Bounded: at most 45 characters.
 */
export function ipv6Words(address: string): number[] | undefined {
  if (address.length > 45 || isIP(address) !== 6) return undefined
  // a zone (`fe80::1%eth0`) scopes the address, it is no part of it
  const zone = address.indexOf('%')
  let text = zone === -1 ? address : address.slice(0, zone)
  const dotted = DOTTED_TAIL.exec(text)
  if (dotted !== null) {
    const o = dotted.slice(1).map(Number)
    text = `${text.slice(0, dotted.index)}${((o[0]! << 8) | o[1]!).toString(16)}:${((o[2]! << 8) | o[3]!).toString(16)}`
  }
  const gap = text.indexOf('::')
  const read = (part: string) => (part === '' ? [] : part.split(':').map((w) => parseInt(w, 16)))
  if (gap === -1) return read(text)
  const head = read(text.slice(0, gap))
  const tail = read(text.slice(gap + 2))
  return [...head, ...Array<number>(8 - head.length - tail.length).fill(0), ...tail]
}
