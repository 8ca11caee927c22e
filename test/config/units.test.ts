import t from 'tap'
import { MAX_TIMER_MS, parseDuration, parseSize } from '../../src/config/units.ts'

t.test('parseDuration: units to milliseconds', async (t) => {
  t.equal(parseDuration('250ms'), 250)
  t.equal(parseDuration('10s'), 10_000)
  t.equal(parseDuration('30m'), 1_800_000)
  t.equal(parseDuration('24h'), 86_400_000)
  t.equal(parseDuration('7d'), 604_800_000)
  t.equal(parseDuration('0s'), 0)
  t.equal(parseDuration('0ms'), 0)
  t.equal(parseDuration('1.5s'), 1500, 'decimals')
  t.equal(parseDuration('0.25h'), 900_000)
  t.equal(parseDuration('1.0005s'), 1001, 'rounded to whole milliseconds')
  t.equal(parseDuration('0.4ms'), 0)
  t.equal(parseDuration('  10s  '), 10_000, 'surrounding blanks ignored')
  t.equal(parseDuration('10 s'), 10_000, 'a blank before the unit is allowed')
  t.equal(parseDuration('007s'), 7000, 'leading zeros')
})

t.test('parseDuration: numbers are milliseconds', async (t) => {
  t.equal(parseDuration(0), 0)
  t.equal(parseDuration(5000), 5000)
  t.equal(parseDuration('5000'), 5000, 'a string of digits too (as ${ENV} interpolation gives)')
  t.equal(parseDuration(1.6), 2, 'rounded')
  t.equal(parseDuration(-1), undefined, 'negative')
  t.equal(parseDuration(Number.NaN), undefined)
  t.equal(parseDuration(Number.POSITIVE_INFINITY), undefined)
  t.equal(parseDuration(1e300), undefined, 'beyond safe integers')
  t.equal(parseDuration(Number.MAX_SAFE_INTEGER), Number.MAX_SAFE_INTEGER)
})

t.test('parseDuration: unreadable strings are undefined', async (t) => {
  for (const bad of ['', ' ', '10x', 's', '-5s', '+5s', '10S', '10 sec', '10min', '1h30m', '1e3ms', '.5s', '5.s', '10s10', 'ten s', '10ms ms', '1_000ms']) {
    t.equal(parseDuration(bad), undefined, JSON.stringify(bad))
  }
  t.equal(parseDuration(`${'9'.repeat(400)}ms`), undefined, 'a number too large to be exact (Infinity) is refused')
  t.equal(parseDuration('200000000000d'), undefined, 'beyond Number.MAX_SAFE_INTEGER ms')
})

t.test('MAX_TIMER_MS is the longest delay a node timer keeps', async (t) => {
  t.equal(MAX_TIMER_MS, 2_147_483_647)
  t.equal(parseDuration('24d')! <= MAX_TIMER_MS, true)
  t.equal(parseDuration('25d')! > MAX_TIMER_MS, true)
})

t.test('parseSize: units to bytes', async (t) => {
  t.equal(parseSize('4096'), 4096, 'no unit: bytes')
  t.equal(parseSize('0'), 0)
  t.equal(parseSize('10B'), 10)
  t.equal(parseSize('64KiB'), 65_536)
  t.equal(parseSize('1MiB'), 1_048_576)
  t.equal(parseSize('2GiB'), 2_147_483_648)
  t.equal(parseSize('1KB'), 1000, 'decimal units are powers of 1000')
  t.equal(parseSize('5MB'), 5_000_000)
  t.equal(parseSize('1GB'), 1_000_000_000)
  t.equal(parseSize(' 8 KiB '), 8192, 'blanks around and before the unit')
})

t.test('parseSize: numbers are bytes', async (t) => {
  t.equal(parseSize(0), 0)
  t.equal(parseSize(65_536), 65_536)
  t.equal(parseSize(1.5), undefined, 'whole bytes only')
  t.equal(parseSize(-1), undefined)
  t.equal(parseSize(Number.NaN), undefined)
  t.equal(parseSize(Number.POSITIVE_INFINITY), undefined)
  t.equal(parseSize(2 ** 53), undefined, 'beyond safe integers')
})

t.test('parseSize: unreadable strings are undefined', async (t) => {
  for (const bad of ['', ' ', '1.5KiB', '64kib', '64kb', '64K', '64k', '1 MiB MiB', '-1', '+1', 'KiB', '1e3', '0x10', '1TiB', '64 KiBs']) {
    t.equal(parseSize(bad), undefined, JSON.stringify(bad))
  }
  t.equal(parseSize('9999999999GiB'), undefined, 'a string beyond safe integers is refused like the number')
  t.equal(parseSize('9'.repeat(20)), undefined)
})
