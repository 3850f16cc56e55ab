/**
 * Writes skill-package/interactionModels/custom/<locale>.json for every locale of models/build.ts, and
 * skill-package/skill.json.
 * Run with `npm run models` after changing models/; tests/models fail while the files are out of date.
 * `npm run models -- de-DE fr-FR` writes only those locales' models (and no manifest).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { LOCALES, interactionModelFileText, interactionModelPath } from './build';
import { MANIFEST_PATH, manifestFileText } from './manifest';

const root = join(__dirname, '..');

const only = process.argv.slice(2);
for (const locale of only.length > 0 ? only : LOCALES) {
  const file = join(root, interactionModelPath(locale));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, interactionModelFileText(locale));
  console.log(`wrote ${interactionModelPath(locale)}`);
}

if (only.length === 0) {
  writeFileSync(join(root, MANIFEST_PATH), manifestFileText());
  console.log(`wrote ${MANIFEST_PATH}`);
}
