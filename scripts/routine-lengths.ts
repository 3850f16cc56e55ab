// Run by scripts/build.mjs: every routine's length in every locale under the default settings, measured
// on the speech timeline exactly as the skill measures it, for the bundle to know from its first request.
import { ROUTINES, ROUTINE_IDS } from '../lambda/catalog/routines';
import { SUPPORTED_LOCALES } from '../lambda/i18n/load';
import { voiceFor } from '../lambda/i18n/voice';
import type { RoutineLengths } from '../lambda/workout/built-lengths';
import { pacerFor } from '../lambda/speech/render';
import { routineEstimator } from '../lambda/workout/estimate';
import { DEFAULT_SETTINGS } from '../lambda/workout/types';

export function measureRoutines(): RoutineLengths {
  return Object.fromEntries(SUPPORTED_LOCALES.map((locale) => {
    const estimator = routineEstimator(pacerFor(voiceFor(locale)));
    return [locale, Object.fromEntries(ROUTINE_IDS.map((id) => [id, estimator.seconds(ROUTINES[id], DEFAULT_SETTINGS)]))];
  }));
}
