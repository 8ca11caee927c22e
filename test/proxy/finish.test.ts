import t from 'tap'
import { outcomeOf } from '../../src/proxy/finish.ts'

t.test('one rule for every record\'s outcome, whoever ends the exchange', async (t) => {
  t.equal(outcomeOf(null, false, false), 'ok')
  t.equal(outcomeOf(null, true, false), 'client_aborted', 'the client left first')
  t.equal(outcomeOf('UPSTREAM_TIMEOUT', false, false), 'timeout')
  t.equal(outcomeOf('UPSTREAM_CONNECT_TIMEOUT', false, false), 'timeout', 'a connect timeout is a timeout over HTTP and over WebSocket alike')
  t.equal(outcomeOf('UPSTREAM_REFUSED', false, false), 'upstream_error')
  t.equal(outcomeOf('UPSTREAM_RESET', true, false), 'upstream_error', 'an upstream failure outranks a client that then left')
  t.equal(outcomeOf('BAD_REQUEST', false, false), 'client_aborted', 'a body shorter than its Content-Length is the client\'s doing')
  t.equal(outcomeOf('DENIED', false, true), 'denied')
  t.equal(outcomeOf('TUNNELS_FULL', false, true), 'denied')
})
