import t from 'tap'
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { FileError, readBoundedFile, readServerTls, tlsProblems } from '../../src/config/files.ts'

t.test('readBoundedFile reads a regular file under its ceiling, and refuses anything else with the reason', async (t) => {
  const dir = t.testdir({ 'small.txt': 'hello', 'big.txt': 'x'.repeat(1025) })
  t.equal(readBoundedFile(join(dir, 'small.txt'), 5).toString(), 'hello', 'exactly the ceiling is read')
  t.throws(() => readBoundedFile(join(dir, 'big.txt'), 1024), { name: 'FileError', message: `${join(dir, 'big.txt')}: larger than the 1024 bytes allowed`, tooLarge: true })
  t.throws(() => readBoundedFile('/dev/zero', 1024), { message: '/dev/zero: not a regular file (a character device)' }, 'a device is never read (it grew the process by 1.5 GB)')
  t.throws(() => readBoundedFile(dir, 1024), { message: `${dir}: not a regular file (a directory)` })
  t.throws(() => readBoundedFile(join(dir, 'nope'), 1024), { message: `${join(dir, 'nope')}: ENOENT` })
  const fifo = join(dir, 'fifo')
  execFileSync('mkfifo', [fifo])
  t.throws(() => readBoundedFile(fifo, 1024), { message: `${fifo}: not a regular file (a FIFO)` }, 'a FIFO with no writer does not block')
  t.ok(new FileError('a', 'b') instanceof Error)
})

t.test('tlsProblems names the file at fault: garbage certificate, encrypted key, a key of another certificate', async (t) => {
  const dir = t.testdir({})
  const pair = (name: string, extra: string[] = ['-nodes']) =>
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', ...extra, '-keyout', join(dir, `${name}-key.pem`), '-out', join(dir, `${name}-cert.pem`), '-days', '1', '-subj', '/CN=localhost'], { stdio: 'ignore' })
  pair('a')
  pair('b')
  pair('enc', ['-passout', 'pass:secret'])
  const read = (f: string) => readFileSync(join(dir, f))
  t.same(tlsProblems({ cert: read('a-cert.pem'), key: read('a-key.pem') }), [], 'a matching pair')
  t.match(tlsProblems({ cert: Buffer.from('garbage'), key: read('a-key.pem') }), [{ key: 'cert', reason: /^not a usable PEM certificate chain: / }])
  t.match(tlsProblems({ cert: read('a-cert.pem'), key: read('enc-key.pem') }), [{ key: 'key', reason: /encrypted/ }])
  t.match(tlsProblems({ cert: read('a-cert.pem'), key: read('b-key.pem') }), [{ key: 'key', reason: /^does not go with the certificate/ }])
  t.match(tlsProblems({ ca: Buffer.from('garbage') }), [{ key: 'ca', reason: /^not a usable PEM CA bundle/ }])
  writeFileSync(join(dir, 'garbage.pem'), 'garbage')
  t.throws(() => readServerTls({ cert: join(dir, 'garbage.pem'), key: join(dir, 'a-key.pem') }), { code: 'CONFIG_INVALID', details: [/^listen\.tls\.cert: .*garbage\.pem: not a usable PEM certificate chain/] })
  t.throws(() => readServerTls({ cert: join(dir, 'a-cert.pem'), key: join(dir, 'missing.pem') }), { code: 'CONFIG_INVALID', details: [/^listen\.tls\.key: cannot read .*missing\.pem: ENOENT/] })
  t.same(Object.keys(readServerTls({ cert: join(dir, 'a-cert.pem'), key: join(dir, 'a-key.pem') })), ['cert', 'key'])
})
