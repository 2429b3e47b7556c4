// What a hostile build script, test file or app would try. Its targets come from probe-targets.json beside it;
// it prints one line "PROBE-RESULTS <json>" and writes the same to probe-results.json in the working folder.
const fs = require('fs');
const net = require('net');
const path = require('path');

const targets = JSON.parse(fs.readFileSync(path.join(__dirname, 'probe-targets.json'), 'utf8'));

function attempt(fn) {
  try {
    const value = fn();
    return { reached: true, detail: String(value).slice(0, 200) };
  } catch (e) {
    return { reached: false, detail: e.code || e.message };
  }
}

function connect(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    const done = (reached, detail) => { socket.destroy(); resolve({ reached, detail }); };
    socket.setTimeout(2000, () => done(false, 'timeout'));
    socket.on('connect', () => done(true, 'connected'));
    socket.on('error', (e) => done(false, e.code || e.message));
  });
}

async function main() {
  const results = {
    uid: process.getuid(),
    keyset: attempt(() => fs.readFileSync(targets.keyset, 'utf8')),
    database: attempt(() => fs.readFileSync(targets.database).length),
    otherRepositories: attempt(() => fs.readdirSync(targets.repositories).join(',')),
    dataDirectory: attempt(() => fs.readdirSync(targets.dataDir).join(',')),
    trueCodingEnvironment: attempt(() => fs.readFileSync('/proc/' + targets.trueCodingPid + '/environ', 'utf8')),
    javaProcesses: fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p)).filter((p) => {
      try { return fs.readFileSync('/proc/' + p + '/cmdline', 'utf8').includes('java'); } catch (e) { return false; }
    }).length,
    writeDependencies: attempt(() => { fs.appendFileSync(path.join(targets.modules, targets.moduleFile), '\n// planted\n'); return 'written'; }),
    plantDependency: attempt(() => { fs.writeFileSync(path.join(targets.modules, 'planted-' + targets.mark + '.js'), 'x'); return 'written'; }),
    mark: targets.mark,
    writeDataDirectory: attempt(() => { fs.writeFileSync(path.join(targets.dataDir, 'planted-' + targets.mark), 'x'); return 'written'; }),
    writeSystem: attempt(() => { fs.writeFileSync('/usr/planted-' + targets.mark, 'x'); return 'written'; }),
    trueCodingPort: targets.port ? await connect(targets.port) : { reached: false, detail: 'not asked' },
  };
  const line = JSON.stringify(results);
  try { fs.writeFileSync('probe-results.json', line); } catch (e) { /* a read-only working folder */ }
  console.log('PROBE-RESULTS ' + line);
}

main();
