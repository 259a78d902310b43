// A command retyped in a word processor (Pages, Word, Google Docs, a wiki) comes back with smart punctuation: `--`
// as an em or en dash, quotes curled (`pkill —signal TERM -f ‘kv_node —id 3’`). A shell never ran those characters
// as options or quotes, so a command line is read with their ASCII forms (`pkill --signal TERM -f 'kv_node --id 3'`).

// A dash opening an option (after a blank, a quote or the line's start, before a letter or digit), and curly quotes.
const SMART_PUNCTUATION = /(?<=^|[\s'"‘’“”=])[\u2013\u2014\u2212](?=[A-Za-z0-9])|[\u2018\u2019\u201c\u201d]/g;
const HAS_SMART_PUNCTUATION = /[\u2013\u2014\u2018\u2019\u201c\u201d\u2212]/;

/**
 * `command` with smart punctuation as the ASCII it was typed as: a dash opening an option is `--` before a long option
 * (`—signal`, `—id`) and `-` before a one-character one (`—9`, `–s`); curly quotes are straight. `command` itself when
 * it holds none.
 */
export function readSmartPunctuation(command: string): string {
  if (!HAS_SMART_PUNCTUATION.test(command)) return command;
  return command.replace(SMART_PUNCTUATION, (mark, at: number) => {
    const c = mark.charCodeAt(0);
    if (c === 0x2018 || c === 0x2019) return "'";
    if (c === 0x201c || c === 0x201d) return '"';
    return /^[A-Za-z0-9][A-Za-z0-9_-]/.test(command.slice(at + 1, at + 3)) ? '--' : '-';
  });
}
