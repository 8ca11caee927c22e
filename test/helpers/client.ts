/** Clients for tests: a raw socket that sends exact bytes and reads everything back. */
import net from 'node:net'
import { once } from 'node:events'
import { Client } from 'undici'
import type { Tap } from './sensor.ts'

/** Send `bytes`, read until the server closes (or `until` matches), return what came back. */
export async function rawRequest(port: number, bytes: string | Buffer, until?: (text: string) => boolean): Promise<string> {
  const socket = net.connect(port, '127.0.0.1')
  await once(socket, 'connect')
  const chunks: Buffer[] = []
  return new Promise((resolve, reject) => {
    socket.on('data', (d) => {
      chunks.push(d)
      if (until && until(Buffer.concat(chunks).toString('latin1'))) {
        socket.destroy()
        resolve(Buffer.concat(chunks).toString('latin1'))
      }
    })
    socket.on('error', reject)
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('latin1')))
    socket.write(bytes)
  })
}

/** A raw socket to the proxy on loopback, connected, destroyed in teardown. */
export async function connectTo(t: Tap, port: number): Promise<net.Socket> {
  const socket = net.connect(port, '127.0.0.1')
  t.teardown(() => socket.destroy())
  await once(socket, 'connect')
  return socket
}

/** What arrives on `socket` (latin1) until `until` holds of all of it. */
export async function readUntil(socket: net.Socket, until: (text: string) => boolean): Promise<string> {
  let text = ''
  while (!until(text)) {
    const [chunk] = (await once(socket, 'data')) as [Buffer]
    text += chunk.toString('latin1')
  }
  return text
}

/** Status code of the first response in raw text. */
export function statusOf(raw: string): number {
  return Number(/^HTTP\/1\.[01] (\d{3})/.exec(raw)?.[1] ?? 0)
}

/** The JSON body of a raw single response with content-length. */
export function jsonBodyOf(raw: string): unknown {
  const at = raw.indexOf('\r\n\r\n')
  return JSON.parse(raw.slice(at + 4))
}

/** An undici client (keep-alive) to the sensor, destroyed in teardown. */
export function httpClient(t: Tap, url: string): Client {
  const client = new Client(url)
  t.teardown(() => client.destroy())
  return client
}
