// PLACEHOLDER written by the lead so the sensor imports resolve while the real detector is being
// written. The detector's author replaces this file wholesale.
export const ATTACK_TYPES = ['sqli', 'xss', 'path_traversal', 'rce', 'ssrf', 'nosqli', 'ldapi', 'xxe', 'jndi', 'scanner'] as const
export type AttackType = (typeof ATTACK_TYPES)[number]
export interface AttackInputs {
  readonly path: string
  readonly query: string
  readonly headers: Readonly<Record<string, string | string[] | undefined>>
  readonly body: Buffer | null
}
export const ATTACK_PATTERNS: readonly RegExp[] = []
export class AttackDetector {
  constructor(_options?: { maxInspectBytes?: number }) {}
  detect(_inputs: AttackInputs): AttackType[] {
    return []
  }
}
