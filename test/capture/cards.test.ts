import t from 'tap'
import { luhn, maskCards } from '../../src/capture/cards.ts'

t.test('card numbers keep the first 6 and last 4 digits', async (t) => {
  t.equal(maskCards('4111111111111111'), '411111******1111')
  t.equal(maskCards('pan=4111 1111 1111 1111&x=1'), 'pan=411111******1111&x=1', 'grouped by spaces')
  t.equal(maskCards('card=4111-1111-1111-1111'), 'card=411111******1111', 'grouped by dashes')
  t.equal(maskCards('card=4111%201111%201111%201111'), 'card=411111******1111', 'spaces as a query string carries them')
  t.equal(maskCards('card=4111+1111+1111+1111'), 'card=411111******1111')
  t.equal(maskCards('/pay/378282246310005/confirm'), '/pay/378282*****0005/confirm', 'a 15-digit Amex in a path')
  t.equal(maskCards('a 5555555555554444 and 6011111111111117'), 'a 555555******4444 and 601111******1117', 'each one')
})

t.test('numbers that are not card numbers stay as they are', async (t) => {
  t.equal(maskCards('4111111111111112'), '4111111111111112', 'fails the Luhn check')
  t.equal(maskCards('order 123456789012'), 'order 123456789012', '12 digits')
  t.equal(maskCards('ts=1732345678901'), 'ts=1732345678901', 'a millisecond timestamp failing Luhn')
  const same = 'no digits here at all, a long plain value'
  t.equal(maskCards(same), same)
  t.equal(maskCards('12345678901234567890123'), '12345678901234567890123', 'a 23-digit run: no Luhn-valid 13-19 window at its start')
})

t.test('a card next to other numbers is found (an audit found each of these kept whole)', async (t) => {
  t.equal(maskCards('card=4111111111111111+5555555555554444'), 'card=411111******1111+555555******4444', 'two cards joined by +')
  t.equal(maskCards('x=4111111111111111%205555555555554444'), 'x=411111******1111%20555555******4444', 'joined by %20')
  t.equal(maskCards('note=1+4111111111111111'), 'note=1+411111******1111', 'a digit before it')
  t.equal(maskCards('note=qty+2+4111+1111+1111+1111'), 'note=qty+2+411111******1111', 'grouped, a number before it')
  t.equal(maskCards('4111 1111 1111 1111 5'), '411111******1111 5', 'grouped, a number after it')
  t.equal(maskCards('3782 822463 10005'), '378282*****0005', 'an Amex grouped 4-6-5')
  t.equal(maskCards('ref 2024-11-30 4111-1111-1111-1111'), 'ref 2024-11-30 411111******1111', 'a date before it')
  t.equal(maskCards('2024-11-30 12:00'), '2024-11-30 12:00', 'a date alone')
  t.equal(maskCards('4111111111111112+5555555555554444'), '4111111111111112+555555******4444', 'only the one that passes Luhn')
})

t.test('luhn', async (t) => {
  t.ok(luhn('79927398713'))
  t.notOk(luhn('79927398710'))
})

t.test('a long hostile run of digits and separators is handled in linear time', async (t) => {
  const hostile = '1 '.repeat(50_000) + 'x'
  t.type(maskCards(hostile), 'string')
  t.type(maskCards('9'.repeat(100_000)), 'string')
})
