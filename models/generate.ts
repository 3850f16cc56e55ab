/**
 * Writes skill-package/interactionModels/custom/<locale>.json for every locale of models/build.ts, and
 * skill-package/skill.json.
 * Run with `npm run models` after changing models/; tests/models fail while the files are out of date.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { LOCALES, interactionModelFileText, interactionModelPath } from './build';
import { MANIFEST_PATH, manifestFileText } from './manifest';

const root = join(__dirname, '..');

for (const locale of LOCALES) {
  const file = join(root, interactionModelPath(locale));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, interactionModelFileText(locale));
  console.log(`wrote ${interactionModelPath(locale)}`);
}

writeFileSync(join(root, MANIFEST_PATH), manifestFileText());
console.log(`wrote ${MANIFEST_PATH}`);
