import t from 'tap'
import { constantTemplate } from '../../src/insight/template-expression.ts'

t.test('a template expression computing on constants only is a probe', async (t) => {
  for (const v of ['${{ 7*7 }}', '${{ (7 | float) * 7 }}', '{{(7 | float) * 7}}', '#{ 7 | multiply: 7 }', '#{Math.pow(7, 2)}', '${len([7]*7)}', "#{'49'.zfill(2)}", '{{[7+7 for i in range(3)]}}', '#{[49][0]}', '{% 7 ** 2 %}', '${ 0x7*0x7 }', "x#{''.join(map(str, [7*7]))}", '@{(7)*7}']) {
    t.ok(constantTemplate(v), v)
  }
})

t.test("a page's placeholders name its data: not a probe", async (t) => {
  for (const v of ['${{ github.run_number * 2 }}', '{{ item.qty * 2 }}', '{{ price | currency }}', '{{ page + 1 }}', '${ total * 1.2 }', '{{ 2024 }}', '{{ 50 | percent }}', "{{ 'Save' | translate }}", 'Hello {{ user.name }}, 3 items', '{{ loop.index + 1 }}', '#{ count } of 10']) {
    t.notOk(constantTemplate(v), v)
  }
})

t.test('bounded: an unclosed or long expression, many delimiters', async (t) => {
  t.notOk(constantTemplate('{{ 7*7'), 'no closing delimiter')
  t.notOk(constantTemplate(`{{ ${'7*'.repeat(100)}7 }}`), 'longer than an expression a probe writes')
  t.notOk(constantTemplate('{{'.repeat(20_000)), 'a run of openings')
  t.notOk(constantTemplate('{{ a }} {{ b }} {{ c }} {{ d }} {{ 7*7 }}'), 'four delimiters looked at, no more (the arithmetic pattern sees the fifth)')
  t.notOk(constantTemplate(`{{ '${'a'.repeat(30)}' * 7 }}`), 'a string longer than a probe writes')
})
