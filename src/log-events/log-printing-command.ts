// A typed command that prints log lines (`tail -n 5 data/node*/node.log`, `grep -h leader node*.log`, `docker logs
// kv2`, `journalctl -u kv@1`, PowerShell's `Get-Content`): its output shows a log again from where the command
// chooses, so a node's time in it may start before the lines an earlier command printed.
import { readPrintingPipelines } from './process-actions.js';

// A pipeline's program (after `sudo`, `command`, `env VAR=…`) that prints files or a log stream.
const LOG_PRINTER =
  /^\s*(?:(?:sudo|command|env|nice|stdbuf|time)\s+(?:-\S+\s+|\w+=\S*\s+)*)*(?:tail|cat|head|tac|less|more|zcat|bat|grep|egrep|fgrep|zgrep|rg|ag|sed|awk|gawk|sort|uniq|cut|nl|multitail|lnav|journalctl|Get-Content|gc|type|Select-String|sls|findstr|(?:docker|podman|kubectl|oc|nerdctl)(?:\s+compose|-compose)?\s+(?:\S+\s+)*?logs)\b/i;

/** Whether the typed command line `command` (a prompt before it may stay) prints log lines: one of its pipelines does. */
export function isLogPrintingCommand(command: string): boolean {
  return readPrintingPipelines(command).some((pipeline) => LOG_PRINTER.test(pipeline));
}

// A log file's path in a command (`data/node2/node.log`, `logs/n1.txt`).
const LOG_FILE_PATH = /[^\s'"|;&<>]+\.(?:log|txt|out|err|jsonl?)\b/gi;

/**
 * The one log file the typed command line `command` prints (`tail -n 1 data/node1/node.log`, `grep ECONNRESET
 * data/node2/node.log`), or undefined when it prints none or several: what follows it is that one file's lines.
 */
export function readOnlyPrintedFile(command: string): string | undefined {
  if (!isLogPrintingCommand(command)) return undefined;
  const paths = command.match(LOG_FILE_PATH);
  return paths !== null && paths.length === 1 && !paths[0]!.includes('*') ? paths[0] : undefined;
}
