// Last-resort cleanup: when the supervising process exits or is told to stop (SIGINT/SIGTERM) while nodes are
// still running, SIGKILL their process groups. (A SIGKILLed supervisor runs no code at all; kv_node's
// --parent-pid watch covers that case.)

type Killer = () => void;

const killers = new Set<Killer>();
let installed = false;

function killAll(): void {
  for (const kill of killers) {
    try {
      kill();
    } catch {
      // best effort: the process may be gone already
    }
  }
}

function onSignal(signal: NodeJS.Signals): void {
  // Someone else handles the signal (the CLI aborts its commands, which stop their clusters gracefully).
  if (process.listenerCount(signal) > 1) return;
  // We only listen to clean up: do that, then restore the default and die by the signal.
  killAll();
  uninstall();
  process.kill(process.pid, signal);
}

const onExit = (): void => killAll();

function install(): void {
  if (installed) return;
  installed = true;
  process.on('exit', onExit);
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}

function uninstall(): void {
  if (!installed) return;
  installed = false;
  process.off('exit', onExit);
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
}

// Registers a synchronous killer; the returned function unregisters it (and the hooks when none are left).
export function registerCleanup(kill: Killer): () => void {
  killers.add(kill);
  install();
  return () => {
    killers.delete(kill);
    if (killers.size === 0) uninstall();
  };
}
