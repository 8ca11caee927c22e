/**
 * The values a record's `attacks` field may hold today (docs/redis.md, versioning): the attack types
 * the detector finds (insight/attacks.ts) and the abuse kinds of per-session behaviour
 * (insight/abuse.ts). Here, with the record, because readers need them too: the console offers them
 * as filters and reads the per-type indexes by them. A new value is an addition (`v` stays).
 */
export const ATTACK_TYPES = ['sqli', 'xss', 'path_traversal', 'rce', 'ssrf', 'nosqli', 'ldapi', 'xxe', 'jndi', 'ssti', 'ssi', 'crlf', 'open_redirect', 'scanner'] as const

export const ABUSE_KINDS = ['security_crawler', 'scraping', 'account_takeover', 'api_abuse'] as const
