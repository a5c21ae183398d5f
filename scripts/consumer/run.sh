#!/usr/bin/env bash
# The consumer check: publish the packages to a local registry (Verdaccio) the way a release does
# (changesets), then install them from it with npm in a project outside the workspace and use them as
# insurers' and municipalities' software would: ESM on Node 20 and 24, require() on Node 20, the CLI
# on Node 20, TypeScript (nodenext and bundler, strict, without skipLibCheck), an esbuild bundle in
# Chromium; and publint and attw on the published tarballs. Every evaluation must give the rule-set
# hash that the workspace computes from the rule files. Stops at the first check that fails.
#
# Run from anywhere: bash scripts/consumer/run.sh (the CI runs it). Needs the workspace installed
# (its Node 24, changesets, tsc, esbuild, publint, attw, playwright-core), Node 20.19+ as `node` on
# PATH (or NODE20=/path/to/node) and npm. The repository itself is not changed: the release happens
# in a temporary copy.
set -euo pipefail
begin=$SECONDS

repo=$(cd "$(dirname "$0")/../.." && pwd)
here="$repo/scripts/consumer"
bin="$repo/node_modules/.bin"
# The real Node 24 binary, not pnpm's shell wrapper around it: the registry started with it can then
# be stopped by its process id.
node24=$("$bin/node" -p process.execPath)
node20=${NODE20:-$(command -v node)}
PNPM=(npx -y pnpm@10.34.8)
PEILDATUM=2026-11-23
VOORBEELD=voorbeelden/ggz-wijk-spuk.json
# The workspace's own source condition (.npmrc) must not reach the consumer.
unset NODE_OPTIONS

step() { printf '\n--> [%ss] %s\n' "$((SECONDS - begin))" "$*"; }
fail() {
  printf '\n✖ Consumentencontrole mislukt: %s\n' "$*" >&2
  exit 1
}
# Run a command quietly; on failure show its output and stop.
quiet() {
  local what=$1 log
  shift
  log=$(mktemp -p "$work")
  "$@" >"$log" 2>&1 || {
    cat "$log" >&2
    fail "$what"
  }
}

"$node20" -e '
  const [major, minor] = process.versions.node.split(".").map(Number);
  process.exit(major === 20 && minor >= 19 ? 0 : 1);
' || fail "$node20 is $("$node20" --version); deze controle vraagt Node 20.19 of nieuwer in de 20-reeks (NODE20=...)"

work=$(mktemp -d)
registry_pid=
cleanup() {
  if [[ -n $registry_pid ]]; then kill "$registry_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

step "Verdaccio 6.8.0 installeren (npm; node-fetch 2.7.0, anders installeert het niet)"
mkdir "$work/verdaccio"
cat >"$work/verdaccio/package.json" <<'JSON'
{ "private": true, "dependencies": { "verdaccio": "6.8.0" }, "overrides": { "node-fetch": "2.7.0" } }
JSON
cp "$here/verdaccio.yaml" "$work/verdaccio/config.yaml"
quiet "Verdaccio installeren" npm install --prefix "$work/verdaccio" --prefer-offline --no-audit --no-fund \
  --ignore-scripts

round_trip=$SECONDS
step "Register starten op Node 24"
port=$("$node24" -e '
  const server = require("node:net").createServer().listen(0, "127.0.0.1", () => {
    console.log(server.address().port);
    server.close();
  });')
registry="http://127.0.0.1:$port/"
"$node24" "$work/verdaccio/node_modules/verdaccio/bin/verdaccio" \
  --config "$work/verdaccio/config.yaml" --listen "127.0.0.1:$port" >"$work/verdaccio.log" 2>&1 &
registry_pid=$!
# Wait until it answers (or has died): readiness, not a time limit on the check itself.
"$node24" -e '
  const [url, pid] = process.argv.slice(1);
  const alive = () => { try { process.kill(Number(pid), 0); return true; } catch { return false; } };
  (async () => {
    for (let i = 0; i < 600 && alive(); i++) {
      if (await fetch(`${url}-/ping`).then((r) => r.ok, () => false)) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    process.exit(1);
  })();' "$registry" "$registry_pid" || {
  cat "$work/verdaccio.log" >&2
  fail "Verdaccio start niet"
}
# A user with a token, as a release publishes with one.
token=$("$node24" -e '
  fetch(`${process.argv[1]}-/user/org.couchdb.user:ci`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name: "ci", password: "alleen-voor-deze-controle" }),
  }).then((r) => r.json()).then((body) => {
    if (!body.token) throw new Error(JSON.stringify(body));
    console.log(body.token);
  });' "$registry")
echo "Verdaccio op $registry (pid $registry_pid)"

step "Uitgeven zoals een release, in een kopie: changeset version --snapshot ci, changeset publish --tag ci"
release="$work/release"
mkdir "$release"
(cd "$repo" && git ls-files -co --exclude-standard -z | xargs -0 cp --parents -t "$release")
printf '@iza-regels:registry=%s\n//127.0.0.1:%s/:_authToken=%s\n' "$registry" "$port" "$token" >>"$release/.npmrc"
cd "$release"
# Not the site: it is not released, and its dependencies are most of the workspace's.
quiet "pnpm install in de kopie" "${PNPM[@]}" install --frozen-lockfile --offline \
  --filter '!@iza-regels/site'
echo "[$((SECONDS - begin))s] geïnstalleerd"
quiet "changeset version --snapshot" "${PNPM[@]}" exec changeset version --snapshot ci
echo "[$((SECONDS - begin))s] versies gezet"
# prepack builds each package (dist/, and the prebuilt rule set with the snapshot version).
quiet "changeset publish" "${PNPM[@]}" exec changeset publish --tag ci --no-git-tag
version=$("$node24" -p 'require("./packages/engine/package.json").version')
echo "Gepubliceerd: @iza-regels/rules, @iza-regels/engine, @iza-regels/cli $version (tag ci)"

step "De regelset-hash van de werkruimte (uit de regelbestanden, CLI vanuit de bronnen)"
cd "$repo"
expected=$("$node24" --conditions=@iza-regels/source packages/cli/src/main.ts evaluate \
  "rules/$VOORBEELD" --peildatum "$PEILDATUM" --detail samenvatting |
  "$node24" -p 'JSON.parse(require("node:fs").readFileSync(0, "utf8")).regelset.hash')
echo "$expected"

step "Consument buiten de werkruimte: npm install uit het register (Node 20)"
consumer="$work/consument"
mkdir "$consumer"
cp "$here/project/"* "$consumer/"
echo '{ "name": "iza-consument", "private": true, "type": "module" }' >"$consumer/package.json"
echo "@iza-regels:registry=$registry" >"$consumer/.npmrc"
cd "$consumer"
npm install --prefer-offline --no-audit --no-fund --loglevel=error \
  "@iza-regels/engine@$version" "@iza-regels/cli@$version" "@types/node@24"
round_trip=$((SECONDS - round_trip))

step "Tarballs zoals gepubliceerd (bestanden en grootte in bytes)"
mkdir "$work/tarballs"
cd "$work/tarballs"
for package in rules engine cli; do
  npm pack --silent "--@iza-regels:registry=$registry" "@iza-regels/$package@$version" >/dev/null
done
for tarball in *.tgz; do
  printf '\n%s: %s bytes, %s bestanden, %s bytes uitgepakt\n' "$tarball" "$(wc -c <"$tarball")" \
    "$(tar tzf "$tarball" | wc -l)" "$(tar tvzf "$tarball" | awk '{ sum += $3 } END { print sum }')"
  tar tvzf "$tarball" | awk '{ printf "  %9d  %s\n", $3, $6 }' | sort -k2
done

matrix=()
# check NAME COMMAND...: every line the command prints ends in a rule-set hash, which must be $expected.
check() {
  local name=$1 out line
  shift
  out=$("$@") || fail "$name: de opdracht faalde"
  [[ -n $out ]] || fail "$name: geen uitvoer"
  printf '%s\n' "$out"
  while read -r line; do
    [[ $line == *" $expected" ]] || fail "$name: $line (verwacht $expected)"
  done <<<"$out"
  matrix+=("✔ $name")
}
hash_of_receipt() { "$node20" -p 'JSON.parse(require("node:fs").readFileSync(0, "utf8")).regelset.hash'; }
cli_evaluate() {
  local hash
  hash=$(npx --no-install @iza-regels/cli evaluate "node_modules/@iza-regels/rules/$VOORBEELD" \
    --peildatum "$PEILDATUM" --detail samenvatting | hash_of_receipt)
  echo "cli $("$node20" --version) npx @iza-regels/cli evaluate $hash"
}

# A batch as a region's system runs one: 1,200 rows (over 1 MB, so worker threads from the first
# row), one line out per row, in input order, each with the same rule set.
cli_batch() {
  "$node20" -e '
    const plan = JSON.parse(require("node:fs").readFileSync(process.argv[1], "utf8"));
    const rows = Array.from({ length: 1200 }, (_, index) =>
      JSON.stringify({ plan: { ...plan, naam: `${plan.naam} ${index}` }, peildatum: process.argv[2] }));
    process.stdout.write(rows.join("\n") + "\n");
  ' "node_modules/@iza-regels/rules/$VOORBEELD" "$PEILDATUM" >batch.ndjson
  npx --no-install @iza-regels/cli evaluate batch.ndjson --werkers 2 2>/dev/null |
    "$node20" -e '
      const lines = require("node:fs").readFileSync(0, "utf8").trimEnd().split("\n").map(JSON.parse);
      const hashes = new Set(lines.map((line) => line.regelset.hash));
      const inOrder = lines.every((line, index) => line.rij === index + 1 && line.geldig);
      if (lines.length !== 1200 || !inOrder || hashes.size !== 1) process.exit(1);
      console.log(`cli ${process.version} batch ${lines.length} rijen, 2 werkers ${[...hashes][0]}`);
    '
}

cd "$consumer"
step "ESM op Node 20 en Node 24, require() op Node 20"
check "import op Node 20 ($("$node20" --version))" "$node20" esm.mjs
check "import op Node 24 ($("$node24" --version))" "$node24" esm.mjs
check "require op Node 20" "$node20" require.cjs

step "De geïnstalleerde CLI op Node 20"
npx --no-install @iza-regels/cli --version
check "npx @iza-regels/cli evaluate op Node 20" cli_evaluate
check "npx @iza-regels/cli evaluate, batch met worker threads, op Node 20" cli_batch

step "TypeScript: nodenext en bundler, exactOptionalPropertyTypes, zonder skipLibCheck"
# Side by side: each takes a while, as it checks all published types (and zod's) itself.
PATH="$bin:$PATH" tsc -p tsconfig.nodenext.json >tsc-nodenext.log 2>&1 &
nodenext=$!
PATH="$bin:$PATH" tsc -p tsconfig.bundler.json >tsc-bundler.log 2>&1 &
bundler=$!
for config in nodenext bundler; do
  wait "${!config}" || {
    cat "tsc-$config.log" >&2
    fail "tsc met tsconfig.$config.json"
  }
  matrix+=("✔ TypeScript $(PATH="$bin:$PATH" tsc --version | cut -d' ' -f2), $config")
done
echo "geen fouten"

step "Browser: esbuild-bundel (platform browser) in Chromium"
PATH="$bin:$PATH" esbuild browser.js --bundle --platform=browser --format=iife \
  --outfile=browser.bundle.js --log-level=warning || fail "esbuild"
echo "bundel: $(wc -c <browser.bundle.js) bytes"
check "esbuild-bundel in Chromium" "$node24" "$here/browser.ts" "$consumer/browser.bundle.js"

step "publint (strict) en attw (profiel esm-only) op de gepubliceerde tarballs"
cd "$work/tarballs"
for tarball in *.tgz; do
  PATH="$bin:$PATH" publint run --strict "$tarball" || fail "publint $tarball"
  matrix+=("✔ publint --strict $tarball")
done
# attw checks type entry points: the CLI has none (no API, only a bin).
for package in engine rules; do
  tarball=$(echo iza-regels-"$package"-*.tgz)
  PATH="$bin:$PATH" attw --profile esm-only --format table-flipped "$tarball" || fail "attw $tarball"
  matrix+=("✔ attw --profile esm-only $tarball")
done

step "Uitslag"
printf '%s\n' "${matrix[@]}"
echo "Regelset-hash overal: $expected"
echo "Registerronde (Verdaccio starten, uitgeven, installeren): ${round_trip}s"
echo "Duur van deze controle: $((SECONDS - begin))s"
