import t from 'tap'
import { razorBlockRefused, withoutRefusedRazorBlocks } from '../../src/insight/razor-block.ts'

const refused = (block: string) => razorBlockRefused(block, block.indexOf('{'))

t.test("what C#'s and Scala's compilers refuse, read for certain: a character literal of several characters", async (t) => {
  for (const b of ["@{ (' . $slot_access . ') }", "@{ var c = ' x'; }", "@{ f(' . ') }", "@{ var c = '\\q'; }"]) t.ok(refused(b), b)
})

t.test('a block that compiles, or that the reading is unsure of, is kept', async (t) => {
  for (const b of [
    '@{ System.Diagnostics.Process.Start("cmd.exe", "/c id"); }',
    "@{ var c = 'a'; var d = '\\n'; var e = '\\u0041'; var f = '\\''; Process.Start(\"id\"); }",
    '@{ var s = "$x"; var v = @"a ""$y"" b"; Process.Start("id"); }',
    '@{ // $x\n Process.Start("id"); }',
    '@{ /* $x */ Process.Start("id"); }',
    '@{ var @class = 1; }',
    // unsure: a name with `$` (Scala's, in Twirl's blocks), a quote before a name (Scala 2's symbol), an interpolated string's holes, a
    // directive hiding lines, markup written out, a transition
    '@{ $x; Process.Start("id"); }',
    '@{ x($_[0]); }',
    "@{ 'sym; Runtime.getRuntime().exec(\"id\") }",
    '@{ var s = $"{x}"; $y; }',
    '@{\n#if false\n$x\n#endif\nProcess.Start("id");\n}',
    '@{ <text>$x</text> Process.Start("id"); }',
    '@{ @:$x\n Process.Start("id"); }',
    // a block not closed within the reading's reach, or a string left open
    `@{ ${'x'.repeat(3000)} $x }`,
    '@{ var s = "open',
  ]) t.notOk(refused(b), b)
})

t.test('only the refused blocks are written apart, the rest as sent', async (t) => {
  t.equal(withoutRefusedRazorBlocks("map { $_ } @{ (' . $x . ') } and @{ Process.Start(\"id\"); }"), "map { $_ } @ { (' . $x . ') } and @{ Process.Start(\"id\"); }")
  t.equal(withoutRefusedRazorBlocks('no block'), 'no block')
  // at most 64 blocks are read: a value of many costs no more than that
  const many = "@{ ' . ' }".repeat(100)
  t.equal(withoutRefusedRazorBlocks(many).split('@ {').length - 1, 64)
})
