// `npm run package`: the deployable zip of the Lambda bundle, dist/back-stretches.zip (index.js at its root,
// as the Node.js runtime's `index.handler` expects). A minimal zip writer keeps the project free of a
// zip tool or library for one file.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { deflateRawSync } from 'node:zlib';

const SOURCE = 'dist/lambda';
const TARGET = 'dist/back-stretches.zip';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(data) {
  let crc = 0xffffffff;
  for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const locals = [];
const centrals = [];
let offset = 0;
for (const path of files(SOURCE).filter((file) => !file.endsWith('.map')).sort()) {
  const name = Buffer.from(relative(SOURCE, path).split('\\').join('/'));
  const data = readFileSync(path);
  const packed = deflateRawSync(data, { level: 9 });
  const crc = crc32(data);
  // Fixed date (1980-01-01): the same bundle gives the same zip, so a redeploy of unchanged code changes nothing.
  const header = (signature, extra) => {
    const b = Buffer.alloc(extra);
    b.writeUInt32LE(signature, 0);
    return b;
  };
  const local = header(0x04034b50, 30);
  local.writeUInt16LE(20, 4); local.writeUInt16LE(0, 6); local.writeUInt16LE(8, 8);
  local.writeUInt16LE(0, 10); local.writeUInt16LE(0x21, 12);
  local.writeUInt32LE(crc, 14); local.writeUInt32LE(packed.length, 18); local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(name.length, 26); local.writeUInt16LE(0, 28);
  const central = header(0x02014b50, 46);
  central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6); central.writeUInt16LE(0, 8); central.writeUInt16LE(8, 10);
  central.writeUInt16LE(0, 12); central.writeUInt16LE(0x21, 14);
  central.writeUInt32LE(crc, 16); central.writeUInt32LE(packed.length, 20); central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(name.length, 28); central.writeUInt32LE((0o100644 * 0x10000) >>> 0, 38); central.writeUInt32LE(offset, 42);
  locals.push(local, name, packed);
  centrals.push(central, name);
  offset += local.length + name.length + packed.length;
}
const directory = Buffer.concat(centrals);
const end = Buffer.alloc(22);
end.writeUInt32LE(0x06054b50, 0);
end.writeUInt16LE(centrals.length / 2, 8); end.writeUInt16LE(centrals.length / 2, 10);
end.writeUInt32LE(directory.length, 12); end.writeUInt32LE(offset, 16);
mkdirSync('dist', { recursive: true });
writeFileSync(TARGET, Buffer.concat([...locals, directory, end]));
console.log(`wrote ${TARGET} (${statSync(TARGET).size} bytes, ${centrals.length / 2} files)`);
