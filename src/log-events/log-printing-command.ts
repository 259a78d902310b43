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
