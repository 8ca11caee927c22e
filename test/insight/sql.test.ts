import t from 'tap'
import { DEFINITION_LITERAL, literalSpans, sqlProgram } from '../../src/insight/sql.ts'

// The SQL reader's helpers that are not a verdict of their own (the verdicts are tested in detection.test.ts).

const spansOf = (v: string) => [...v.matchAll(DEFINITION_LITERAL)].flatMap((m) => [m.index, m.index + m[0].length])

t.test("a SQL text's literals are where the pattern finds them, read in one pass (fifty-first round)", async (t) => {
  t.same(literalSpans("ALTER TABLE t ADD c text DEFAULT 'en' COMMENT 'it''s';"), [33, 37, 46, 53], 'two literals, a doubled quote inside the second')
  t.same(literalSpans("'ab''⏎".replace('⏎', '\n')), [0, 4], 'a line ending inside: the literal ends at its last doubled quote, as the pattern backtracks to')
  t.same(literalSpans("x 'a\\'b' y"), [2, 8], 'a backslash escapes the quote after it')
  t.same(literalSpans("'" + "\\'".repeat(8000)), [], 'a line of escaped quotes never closed: no literal (the pattern read it again from each of its 8,000 quotes)')
  // every string of up to 12 characters from a small alphabet, at random: the same spans as the pattern's matches
  const alphabet = ["'", "'", "'", '\\', '\n', 'a', '\r', '\u2028']
  let differ = 0
  for (let i = 0; i < 50_000; i++) {
    let v = ''
    for (let n = Math.floor(Math.random() * 13); n > 0; n--) v += alphabet[Math.floor(Math.random() * alphabet.length)]
    if (literalSpans(v).join() !== spansOf(v).join() && differ++ < 5) t.fail(`${JSON.stringify(v)}: ${literalSpans(v).join()} for ${spansOf(v).join()}`)
  }
  t.equal(differ, 0, '50,000 random texts read alike')
})

t.test("(review) a table definition's end read past only where it holds a key no query's expression takes", async (t) => {
  // each ran in MariaDB 10.11, PostgreSQL 15 and SQLite 3 spliced after `WHERE id = ` or into `IN (…)`: all rows, then the table made
  for (const v of ['case "id" when "id" then id end or (1=1\n);\ncreate table pwned (a int);', 'select "id" from users\n);\ncreate table pwned (a int);\nselect (1',
    '_binary "x" or (1=1\n);\ncreate table pwned (a int);', '"id" "x"\n);\ncreate table pwned (a int);\nselect (1', '    "name" text not null\n);\ndrop table users;',
    'case "id" when "primary key" then id end or (1=1\n);\ncreate table pwned (a int);', 'x int primary key" or (1=1 or "a\n);\nupdate t set a = ") or (1=1);\ncreate table pwned (a int);\nselect "']) t.notOk(sqlProgram(v), v)
  t.ok(sqlProgram('    constraint "gradings_pkey" primary key ("id")\n);\n\n-- addforeignkey\nalter table "gradings" add constraint "gradings_traceid_fkey" foreign key ("traceid") references "traces"("id") on delete cascade on update cascade;\n'), "Prisma's")
})
