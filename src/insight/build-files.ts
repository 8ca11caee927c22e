/**
 * A build's own files sent as data (a build service's, a package's, a template's): a Dockerfile and a Makefile, recognised line by
 * line so that their command lines (`RUN …`, a recipe) are judged as a whole shell program's are (docs/detection.md, "Fortieth round").
 * Each recogniser returns the line its first-line injection is judged on, or null for a value that is no such file; a line a shell
 * would read otherwise than the build tool (a continuation, a comment, a data line holding a separator) makes it none.
 */

/**
 * a Dockerfile's instruction, opening its line, in capitals as Dockerfiles write them (in small letters `env x id` runs `id` in a shell;
 * `ENV` is no program there)
 */
const DOCKER_INSTRUCTION = /^[ \t]{0,8}(?:FROM|RUN|CMD|LABEL|MAINTAINER|EXPOSE|ENV|ADD|COPY|ENTRYPOINT|VOLUME|USER|WORKDIR|ARG|ONBUILD|STOPSIGNAL|HEALTHCHECK|SHELL)(?:[ \t]|$)/
/** the instructions whose arguments are a command line (`HEALTHCHECK CMD …`, `ONBUILD RUN …`); the others' hold data */
const DOCKER_RUNS = /^[ \t]{0,8}(?:RUN|CMD|ENTRYPOINT|SHELL|HEALTHCHECK|ONBUILD)(?:[ \t]|$)/
/**
 * (fortieth round) a shell's separator or substitution, never in an instruction holding data (`ARG a=\⏎;id;` runs `id` in a shell;
 * review: nor `&`, `ENV a b & touch /tmp/p` runs in bash and dash)
 */
const DOCKER_SHELL_SIGN = /[;|&`]|\$\(/
/** (review) a continuation as a shell reads one too: an odd run of backslashes right at the line's end (not `\ ` nor `\⏎` after CR, nor `\\`) */
const CONTINUED = /(?<!\\)(?:\\\\)*\\$/
/** (review) a comment or a blank line by a shell's blanks (a `\r`, a form feed or a no-break space before `#` opens a word there), in both files */
const COMMENT_LINE = /^[ \t]*#/
/** (sixtieth round's review) a line continued after a blank, its `\\` no part of a word */
// (second review: a blank right before it, not a line of the backslash alone, which a shell joins to the word before it; and no quote
// in the comment line, which may close a string the line before opened, `echo 'a \\⏎# x';id`)
const BLANK_CONTINUED = /[ \t]\\$/
const QUOTE = /['"`]/
const BLANK_LINE = /^[ \t]*$/
/**
 * (thirty-ninth round) A Dockerfile sent as data (a build service's, a template's): every line an instruction, a comment, or the rest of
 * an instruction continued by `\`; three instructions at least. Its `RUN apt-get update && apt-get install -y …` is its own command
 * line, judged as a shell program's are. Read in the value's own case. (fortieth round) A part of one too, cut from its middle as a
 * document quotes it (`ENV HOME /home/user⏎RUN useradd … && chown …⏎USER user`): its first instruction need not be `FROM`, whose
 * strict shape only ever made an injection on the first line stand out — its first instruction's line is still judged for one
 * (programHeadInjection; review: that line, not the value's first, which a blank or a comment line took). Its first instruction's line,
 * or null for no Dockerfile.
 */
export function dockerfile(v: string): string | null {
  if (v.length < 40 || v.length > 200_000) return null
  let instructions = 0
  let head: string | null = null
  /** the instruction being read holds data (a name, a path, a variable's value), no command line */
  let data = false
  let continued = false
  let start = 0
  let line = ''
  for (let lines = 0; start < v.length && lines < 2000; lines++) {
    let end = v.indexOf('\n', start)
    if (end === -1) end = v.length
    const last = line
    line = v.slice(start, end)
    start = end + 1
    if (continued) {
      // (review: a comment inside a continuation ends at its line for a shell, whose next line is then a command of its own)
      // (sixtieth round, the spent hundred-and-forty-second part's: but inside a `RUN` instruction's, Docker's own comment between its
      // command lines, `apt-get clean && \⏎    # Install dulwich from pip …⏎    pip3 install dulwich`, Docker dropping the line and a
      // shell reading the line after it as a command: either way one of the build's own command lines; a data instruction's still ends it)
      // (review: only after a blank and the `\\`, `apt-get clean && \\`; glued to a word, `RUN npm ci\\⏎#;id`, a shell joins the two lines
      // into one word, `ci#;id`, and runs `id`)
      if (COMMENT_LINE.test(line)) {
        if (data || !BLANK_CONTINUED.test(last) || QUOTE.test(line)) return null
        continue
      }
      if (data && DOCKER_SHELL_SIGN.test(line)) return null
      continued = CONTINUED.test(line)
      continue
    }
    if (BLANK_LINE.test(line) || COMMENT_LINE.test(line)) continue
    if (!DOCKER_INSTRUCTION.test(line)) return null
    data = !DOCKER_RUNS.test(line)
    if (data && DOCKER_SHELL_SIGN.test(line)) return null
    head ??= line
    instructions++
    continued = CONTINUED.test(line)
  }
  return instructions >= 3 ? head : null
}
/** a recipe's line: a tab opens it (make's own rule; the build's commands, as a Dockerfile's `RUN` lines are) */
const MAKE_RECIPE = /^\t/
/**
 * a rule's line, its references blanked: one target glued to its `:` or `::` (not an assignment's `:=`), its prerequisites (review: a
 * shell runs a line's first word, `eval touch /tmp/p :` was a rule of two targets)
 */
// (second review: no `$` or brace in it, `${BASH: 0} -c "touch /tmp/p"` was a target glued to its colon and ran in bash)
const MAKE_RULE = /^[\w.%\/@+-]{1,200}::?(?!=)(?:[ \t][^\n=#]{0,400})?$/
/**
 * an assignment, make's own operators or a plain `=` (`export JENKINS_HOST ?= localhost`, `CONFIGURE_ARGS += \`), its references
 * blanked; a shell runs its first word, so a name without `export` or `override` before it has no small letter (second review: `env = sh
 * -c "touch /tmp/p"` ran `sh` through GNU env, which reads a lone `=` as a variable's setting) and is no capital-named program
 */
const MAKE_ASSIGN = /^[ ]{0,8}(?:(?:export|override)[ \t]{1,4}[\w.\/-]{1,80}|(?!(?:GET|HEAD|POST|PUT|DELETE|R|X|X11|MAKEDEV)[ \t:?+!=])(?=[\w.\/-]{0,79}[A-Z])[A-Z0-9_.\/-]{1,80})[ \t]{0,4}(?:[:?+!]|::)?=/
/** what only make writes: its assignment operators, a conditional, a macro's definition, a phony target */
const MAKE_OWN = /^[ ]{0,8}(?:(?:export|override|private)[ \t]{1,4})?[\w.$(){}\/-]{1,80}[ \t]{0,4}(?::|::|\?|\+|!)=|^[ ]{0,8}(?:ifeq|ifneq|ifdef|ifndef|define)[ \t]|^\.PHONY[ \t]{0,4}:/
/** a directive's line, a macro's start and end, a conditional's */
const MAKE_DIRECTIVE = /^[ ]{0,8}(?:-?include|sinclude|ifeq|ifneq|ifdef|ifndef|else|endif|define|endef|export|unexport|vpath|override|undefine)(?:[ \t]|$)/
/** a macro's definition opening, and closing */
const MAKE_DEFINE = /^[ ]{0,8}define[ \t]/
const MAKE_ENDEF = /^[ ]{0,8}endef\b/
/** a reference with none inside it, blanked pass by pass to read a function's arguments */
const MAKE_INNERMOST_REFERENCE = /\$\([^()]{0,400}\)/g
/** a line that only expands a macro (`$(eval $(call BuildPackage,acsccid))`) */
const MAKE_EXPANSION_LINE = /^\$\((?:eval|call)[ \t]/
/**
 * what a shell reads apart in a line that make reads as data: a separator, a pipe, a redirection, a background `&`, a backtick, `$$`
 * (make's `$` for the shell)
 */
const MAKE_SHELL_SIGN = /[;|&`<>]|\$\$/
/** make's functions whose names no program has (a shell runs `call`, `subst`… and finds nothing); `eval` is bash's own, see makeReference */
const MAKE_FUNCTION = /^(?:call|eval|shell|subst|patsubst|strip|findstring|filter|filter-out|word|words|wordlist|firstword|lastword|notdir|suffix|addsuffix|addprefix|wildcard|abspath|if|or|and|foreach|value|origin|flavor|error|warning)[ \t]/
/**
 * a variable's reference whose name no program has: no small letter in it (`$(INSTALL_DIR)`, `$(1)`, `$(@D)`; review: `$(python3)` ran
 * Python), and none of the few programs named in capitals (`$(GET)` ran libwww-perl's client)
 */
const MAKE_VARIABLE = /^(?!(?:GET|HEAD|POST|PUT|DELETE|R|X|X11|MAKEDEV)(?:$|:))[A-Z0-9_@<^*%?+|.-]{1,80}(?::[\w.%\/-]{0,40}=[\w.%\/-]{0,40})?$/
/** (review) a conditional's test, its references blanked: the one line make reads as data where parentheses may stand */
const MAKE_CONDITIONAL = /^[ ]{0,8}ifn?eq[ \t]{1,4}(?:\([^()]{0,400}\)|"[^"()]{0,200}"[ \t]{1,4}"[^"()]{0,200}"|'[^'()]{0,200}'[ \t]{1,4}'[^'()]{0,200}')[ \t]{0,4}$/
/**
 * (review) an assignment as a shell reads one too, the name glued to its `=` or `+=` (`CFLAGS= touch /tmp/p` runs `touch`): its value one
 * word, nothing after it
 */
const SHELL_ASSIGNMENT = /^[ ]{0,8}[A-Za-z_]\w{0,80}\+?=/
const SHELL_ASSIGNMENT_ALONE = /^[ ]{0,8}[A-Za-z_]\w{0,80}\+?=[^ \t]{0,400}[ \t]{0,4}$/
/**
 * A line make reads as data, its references blanked (a shell runs each as a command substitution and finds no program), or null when
 * it holds a shell's separator, pipe, redirection, `&`, backtick or `$$`, or a `$(…)` that is not make's: a variable's reference, or a
 * function of make's whose name no program has (`eval`, bash's builtin, given nothing but references).
 */
function makeData(line: string): string | null {
  if (MAKE_SHELL_SIGN.test(line)) return null
  let blanked = ''
  let from = 0
  for (let i = line.indexOf('$('); i !== -1; i = line.indexOf('$(', i + 2)) {
    let depth = 0
    let end = -1
    for (let j = i + 1; j < line.length && j < i + 600; j++) {
      const ch = line.charCodeAt(j)
      if (ch === 40) depth++
      else if (ch === 41 && --depth === 0) {
        end = j
        break
      }
    }
    if (end === -1) return null
    const inner = line.slice(i + 2, end)
    if (!MAKE_VARIABLE.test(inner)) {
      if (!MAKE_FUNCTION.test(inner)) return null
      // (review: no parenthesis in its arguments but its references', `$(if (touch /tmp/p) then (:) fi)` ran in bash)
      let args = inner
      for (let k = 0; k < 8 && args.includes('$('); k++) args = args.replace(MAKE_INNERMOST_REFERENCE, '_')
      if (args.includes('(') || args.includes(')')) return null
      // (bash's `eval` runs its words: only other references in them)
      if (inner.startsWith('eval') && args.slice(5).replaceAll('_', '').trim() !== '') return null
    }
    // every reference is checked, nested ones too; the outermost one is blanked
    if (i >= from) {
      blanked += `${line.slice(from, i)}_`
      from = end + 1
    }
  }
  blanked += line.slice(from)
  // (review: no parenthesis outside references but a conditional's, `X() (touch /tmp/p : )` defined a function `$(X)` then called)
  if ((blanked.includes('(') || blanked.includes(')')) && !MAKE_CONDITIONAL.test(blanked)) return null
  return blanked
}
/**
 * (fortieth round) A Makefile sent as data (a build service's, an OpenWrt package's, a build harness's): every line a rule, an assignment,
 * a directive, a macro's line, a recipe's line (a tab first) under a rule or inside a macro, a comment, or a line continued by `\`; three
 * such lines at least, one of them what only make writes (`:=`, `?=`, `+=`, a conditional, `define`, `.PHONY:`, `$(eval …)`, a rule's recipe).
 * Its recipes are its build's
 * own command lines, judged as a shell program's are (a reverse shell, a download run at once, an injection on its first line). A line make
 * reads as data holds no shell separator, pipe, redirection, `&`, backtick or `$$`, and every `$(…)` in it is make's (a variable's
 * reference, one of make's functions no program is named for): a shell reading the value runs those as command substitutions and finds
 * nothing to run (`$(call assert-set,NAME)`, `$(INSTALL_DIR)`), while `$(id)`, `$(sort /etc/passwd)` or `$(eval id)` stay read. Returns its
 * first line make reads as data, its references blanked (judged for an injection on the first line), or null for no Makefile.
 */
export function makefile(v: string): string | null {
  if (v.length < 40 || v.length > 200_000 || !v.includes('\n')) return null
  let lines = 0
  let own = false
  let rule = false
  let inMacro = false
  let recipe = false
  let continued = false
  let shellAssignment = false
  let head: string | null = null
  let start = 0
  for (let n = 0; start < v.length && n < 2000; n++) {
    let end = v.indexOf('\n', start)
    if (end === -1) end = v.length
    const line = v.slice(start, end)
    start = end + 1
    if (continued) {
      // a data line's continuation is data; a recipe's is the recipe's (review: and a shell's assignment's value ended on its line)
      if (!recipe && (makeData(line) === null || shellAssignment)) return null
      continued = CONTINUED.test(line)
      continue
    }
    if (BLANK_LINE.test(line) || COMMENT_LINE.test(line)) continue
    recipe = shellAssignment = false
    if (inMacro) {
      if (MAKE_ENDEF.test(line)) inMacro = false
      else recipe = true
    } else if (MAKE_RECIPE.test(line)) {
      if (!rule) return null
      // (a rule with its recipe is make's too)
      recipe = own = true
    } else {
      const data = makeData(line)
      if (data === null) return null
      const directive = MAKE_DIRECTIVE.test(data) || MAKE_ASSIGN.test(data) || MAKE_EXPANSION_LINE.test(line)
      if (!directive && !MAKE_RULE.test(data)) return null
      shellAssignment = SHELL_ASSIGNMENT.test(data)
      if (shellAssignment && !SHELL_ASSIGNMENT_ALONE.test(data)) return null
      head ??= data
      if (MAKE_DEFINE.test(line)) inMacro = true
      else if (!directive) rule = true
    }
    if (MAKE_OWN.test(line) || MAKE_EXPANSION_LINE.test(line)) own = true
    lines++
    continued = CONTINUED.test(line)
  }
  // (review: a macro never closed is no Makefile make reads; its lines were a shell's)
  return own && lines >= 3 && !inMacro ? head : null
}

/** The recognisers' patterns, for the ReDoS checks. */
export const BUILD_FILE_PATTERNS: readonly RegExp[] = [DOCKER_INSTRUCTION, DOCKER_RUNS, DOCKER_SHELL_SIGN, CONTINUED, COMMENT_LINE, BLANK_LINE, MAKE_RECIPE, MAKE_RULE, MAKE_ASSIGN, MAKE_OWN, MAKE_DIRECTIVE, MAKE_EXPANSION_LINE, MAKE_SHELL_SIGN, MAKE_FUNCTION, MAKE_VARIABLE, MAKE_CONDITIONAL, SHELL_ASSIGNMENT, SHELL_ASSIGNMENT_ALONE, MAKE_DEFINE, MAKE_ENDEF, MAKE_INNERMOST_REFERENCE, BLANK_CONTINUED, QUOTE]
