/** The logger: pino JSON lines on stdout (or a given stream, for tests that read what was logged). */
import { pino, type DestinationStream, type Logger } from 'pino'

export type { Logger }

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { svc: 'api-sessions' },
      // an error's stack is kept, never the request bodies or headers that may carry secrets
      serializers: { err: pino.stdSerializers.err },
    },
    destination ?? pino.destination({ dest: 1, sync: false }),
  )
}
