cd /work/wt-speed && npx esbuild .prof/parts.ts --bundle --platform=node --format=esm --packages=external --outfile=.prof/parts.mjs --log-level=warning && node .prof/parts.mjs "$@"
