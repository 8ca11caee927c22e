import t from 'tap'
import { dockerfile, makefile } from '../../src/insight/build-files.ts'

// The build files' recognisers (docs/detection.md, "Fortieth round"): what each takes for its file, the line its first-line injection is
// judged on, and the shapes a shell reads otherwise that make a value none. The verdicts on whole values are in detection.test.ts.

t.test('a Dockerfile: its first instruction\'s line, three instructions at least, no separator in an instruction holding data', async (t) => {
  t.equal(dockerfile('# base\nFROM alpine:3.19\nRUN apk add --no-cache curl && rm -rf /var/cache/apk/*\nCMD ["sh"]\n'), 'FROM alpine:3.19')
  t.equal(dockerfile('\nENV HOME /home/user\nRUN useradd --create-home user && chown -R user $HOME\nUSER user\n'), 'ENV HOME /home/user', 'a part cut from its middle')
  for (const v of ['FROM alpine:3.19\nRUN apk add --no-cache curl\n', 'FROM alpine\nENV a b & touch /tmp/p\nRUN make all\nCMD ["x"]', 'FROM alpine\nARG a=\\\n;id;\nRUN make all\nCMD ["x"]', 'FROM alpine\nRUN a \\\n# c\nid\nCMD ["x"]\n', 'from alpine\nenv x id; id\nrun a\ncmd b']) {
    t.equal(dockerfile(v), null, JSON.stringify(v))
  }
})

t.test('a Makefile: its first data line with its references blanked; shapes a shell runs make it none', async (t) => {
  t.equal(makefile('include $(INCLUDE_DIR)/package.mk\n\ndefine Package/restic\n  TITLE:=restic backup program\nendef\n\n$(eval $(call BuildPackage,restic))\n'), 'include _/package.mk')
  t.equal(makefile('## Lint code\ngo/lint: $(GO) go/vet\n\t$(call assert-set,GO)\n\tgolint ./...\n\ngo/vet: $(GO)\n\tgo vet ./...\n'), 'go/lint: _ go/vet')
  // (review) a shell function defined on a rule's line and called as a reference; a program named with capitals or a digit run as a
  // reference after exports that make it run code; a macro never closed; an assignment glued to `=` with a command after its value; a
  // subshell or `eval` as a rule's first word; a function's arguments in parentheses
  for (const v of [
    'PREFIX := /usr/local\nX() (touch /tmp/pwned_F : )\n$(eval $(X))\n',
    'PREFIX := /usr/local\nINSTALL() (sh -c id : )\nINSTALL ::\n$(eval $(INSTALL))\n',
    'PREFIX := /usr/local\nexport PERL5OPT=-d\nexport PERL5DB=\'BEGIN{system "touch /tmp/pwned_perl"}\'\n$(eval $(GET))\n',
    'PREFIX := /usr/local\nexport PYTHONWARNINGS=all:0:antigravity.x:0:0\nexport BROWSER=\'touch /tmp/pwned_py %s\'\n$(eval $(python3))\n',
    'PREFIX := /usr/local\n.PHONY: all\ndefine F\nid; cat /etc/hostname\ntouch /tmp/pwned_D; whoami\n',
    'PREFIX := /usr/local\n.PHONY: all\nCFLAGS= touch /tmp/pwned_N1\n',
    'PREFIX := /usr/local\n.PHONY: all\nX := $(if (touch /tmp/pwned_N2) then (:) fi)\n',
    'PREFIX := /usr/local\n.PHONY: all\n(touch /tmp/pwned_N3 : )\n',
    'PREFIX := /usr/local\n.PHONY: all\neval touch /tmp/pwned_N4 :\n',
    'PREFIX := /usr/local\n.PHONY: all\nX+= \\\n\tid\n',
    // (second review) a program as an assignment's name (GNU env reads a lone `=` as a setting, then runs the rest), a shell's expansion as
    // a rule's target
    'CC := gcc\nCFLAGS ?= -O2\nenv = sh -c "touch /tmp/rv/p1"\nall: build\n\t$(CC) -o app main.c\n',
    'CC := gcc\nCFLAGS ?= -O2\nenv ?= wget -q http://127.0.0.1:1/x -O /tmp/rv/p2\nall: build\n\t$(CC) -o app main.c\n',
    'CC := gcc\nCFLAGS ?= -O2\nenv += perl -e "system qq{touch /tmp/rv/p4}"\nall: build\n\t$(CC) -o app main.c\n',
    'CC := gcc\nCFLAGS ?= -O2\n${BASH: 0} -c "touch /tmp/rv/p3"\nall: build\n\t$(CC) -o app main.c\n',
    'CC := gcc\nCFLAGS ?= -O2\nGET = http://evil.example/x\nall: build\n\t$(CC) -o app main.c\n',
  ]) t.equal(makefile(v), null, `no Makefile (review): ${JSON.stringify(v)}`)
})

t.test('hostile shapes: the deepest, longest and most malformed values end in a verdict, bounded by the value and line caps', async (t) => {
  const head = 'CC := 1\nCFLAGS := 2\nLDFLAGS := '
  // references nested past what the blanking reads, or never closed, make no Makefile
  t.equal(makefile(head + '$(call '.repeat(300) + 'A' + ')'.repeat(300)), null, 'three hundred nested calls')
  t.equal(makefile(head + '$('.repeat(60_000)), null, 'sixty thousand unclosed references')
  t.equal(makefile(head + '$(call ((((('.repeat(20_000)), null, 'parentheses in a function\'s arguments')
  // many references, each small, and many lines: read to the caps (2,000 lines, 200,000 characters)
  t.equal(makefile(head + '$(A) '.repeat(39_000)), 'CC := 1', 'thirty-nine thousand references on one line')
  t.equal(makefile('CC := $(call a,$(B))\n'.repeat(9_000)), 'CC := _', 'nine thousand lines: the first 2,000 read')
  t.equal(makefile(head + '$(A) '.repeat(41_000)), null, 'over 200,000 characters: no Makefile read')
  // a line of backslashes: an even run continues nothing, an odd one continues into the end of the value
  t.equal(dockerfile('FROM a\nRUN b\nRUN ' + '\\'.repeat(150_000)), 'FROM a')
  t.equal(dockerfile('FROM a\nRUN b\nRUN ' + '\\'.repeat(150_001)), 'FROM a')
  t.equal(dockerfile('FROM a\n' + 'RUN a \\\n'.repeat(24_000)), null, 'over 200,000 characters')
})
