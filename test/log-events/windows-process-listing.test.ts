import { describe, expect, it } from 'vitest';
import { indexLines } from '../../src/log-events/paste-lines.js';
import { scanLines } from '../../src/log-events/scan-lines.js';
import { isWindowsProcessListing, readWindowsListing } from '../../src/log-events/windows-process-listing.js';

function rowsOf(text: string) {
  const lines = indexLines(text);
  return readWindowsListing(lines, scanLines(lines).kinds, 0);
}

describe('isWindowsProcessListing', () => {
  it.each([
    [`Get-CimInstance Win32_Process -Filter "Name='kv_node.exe'" | Select-Object ProcessId,CommandLine`, true],
    ['gwmi win32_process | select ProcessId,CommandLine', true],
    ['Get-Process kv_node | Select-Object Id,CommandLine', true],
    [`wmic process where "name='kv_node.exe'" get ProcessId,CommandLine`, true],
    ['Get-Process kv_node', false],
    ['tasklist /FI "IMAGENAME eq kv_node.exe"', false],
    ['wmic os get localdatetime', false],
  ])('%s: %s', (command, expected) => {
    expect(isWindowsProcessListing(command)).toBe(expected);
  });
});

describe('readWindowsListing', () => {
  it("reads PowerShell's table under its blank line: pid first, the rule skipped, to the next blank line (adv26)", () => {
    const rows = rowsOf(
      [
        `PS C:\\kv> Get-CimInstance Win32_Process -Filter "Name='kv_node.exe'" | Select-Object ProcessId,CommandLine`,
        '',
        'ProcessId CommandLine',
        '--------- -----------',
        '     5120 "C:\\kv\\kv_node.exe" --id 1 --port 7001',
        '     5184 "C:\\kv\\kv_node.exe" --id 2 --port 7002',
        '',
        '     5236 "C:\\kv\\kv_node.exe" --id 3 --port 7003',
      ].join('\n'),
    );
    expect(rows).toEqual([
      { pid: '5120', command: '"C:\\kv\\kv_node.exe" --id 1 --port 7001' },
      { pid: '5184', command: '"C:\\kv\\kv_node.exe" --id 2 --port 7002' },
    ]);
  });

  it("reads wmic's alphabetical columns (the pid last), its rows spaced by single blank lines, to the next command", () => {
    const rows = rowsOf(
      [
        `C:\\kv>wmic process where "name='kv_node.exe'" get ProcessId,CommandLine`,
        'CommandLine                                  ProcessId',
        '"C:\\kv\\kv_node.exe" --id 1 --port 7001      6120',
        '',
        '"C:\\kv\\kv_node.exe" --id 2 --port 7002      6188  ',
        'C:\\kv>kv_node.exe --id 3 --port 7003',
      ].join('\n'),
    );
    expect(rows).toEqual([
      { pid: '6120', command: '"C:\\kv\\kv_node.exe" --id 1 --port 7001' },
      { pid: '6188', command: '"C:\\kv\\kv_node.exe" --id 2 --port 7002' },
    ]);
  });

  it('drops the word PowerShell cut to the console width (`--id 1...` may have been `--id 12`)', () => {
    const rows = rowsOf(['PS C:\\kv> Get-Process kv_node | Select-Object Id,CommandLine', '', '  Id CommandLine', '  -- -----------', '7640 C:\\kv\\kv_node.exe --port 7001 --id 1...', '7698 C:\\kv\\kv_node.exe --port 7002 --id 2…'].join('\n'));
    expect(rows.map((r) => r.command)).toEqual(['C:\\kv\\kv_node.exe --port 7001 --id', 'C:\\kv\\kv_node.exe --port 7002 --id']);
  });

  it('reads no table without a two-column pid / CommandLine header right under the command (near misses)', () => {
    expect(rowsOf(['PS C:\\kv> Get-CimInstance Win32_Process | Select-Object Name,ProcessId,CommandLine', '', 'Name ProcessId CommandLine', '---- --------- -----------', 'kv_node.exe 5120 C:\\kv\\kv_node.exe --id 1'].join('\n'))).toEqual([]);
    expect(rowsOf(['PS C:\\kv> Get-CimInstance Win32_Process | Select-Object ProcessId,CommandLine', '', '', '', 'ProcessId CommandLine', '5120 C:\\kv\\kv_node.exe --id 1'].join('\n'))).toEqual([]);
  });
});

describe('scanLines: a Windows pid table names the node a kill of its pid ends', () => {
  it('gives each listed pid its row\'s `--id` node and port', () => {
    const table = scanLines(indexLines(['PS C:\\kv> Get-Process kv_node | Select-Object Id,CommandLine', '', '  Id CommandLine', '  -- -----------', '7640 C:\\kv\\kv_node.exe --id 1 --port 7001', '7712 C:\\kv\\kv_node.exe --id 3 --port 7003', '', 'PS C:\\kv> taskkill /PID 7712 /F'].join('\n')));
    expect(table.launchNames?.get('7640')).toBe('node1');
    expect(table.launchNames?.get('7712')).toBe('node3');
  });
});
