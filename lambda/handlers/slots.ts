import { getSlot } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import { isExerciseId, type ExerciseId } from '../catalog/exercises';
import { isRoutineId, type RoutineId } from '../catalog/routines';
import { SLOT_TYPES } from '../alexa/intents';
import type { PainKind } from '../workout/types';

/**
 * The canonical id Alexa's entity resolution matched for a slot, or null: a slot is read by id only, never
 * by the raw words, so nothing the user said is ever spoken back or trusted.
 */
function resolvedId(envelope: RequestEnvelope, slotName: string): string | null {
  const slot = getSlot(envelope, slotName);
  for (const authority of slot?.resolutions?.resolutionsPerAuthority ?? []) {
    if (authority.status?.code !== 'ER_SUCCESS_MATCH') continue;
    const id = authority.values?.[0]?.value?.id;
    if (typeof id === 'string') return id;
  }
  return null;
}

export function exerciseSlot(envelope: RequestEnvelope): ExerciseId | null {
  const id = resolvedId(envelope, 'exercise');
  return isExerciseId(id) ? id : null;
}

/** A routine the user named, or null when none was named or it matched nothing. */
export function routineSlot(envelope: RequestEnvelope): RoutineId | null {
  const id = resolvedId(envelope, 'routine');
  return isRoutineId(id) ? id : null;
}

export function bodyPartSlot(envelope: RequestEnvelope): (typeof SLOT_TYPES.BodyPartType)[number] | null {
  const id = resolvedId(envelope, 'bodyPart');
  return SLOT_TYPES.BodyPartType.find((part) => part === id) ?? null;
}

export function painKindSlot(envelope: RequestEnvelope): PainKind | null {
  const id = resolvedId(envelope, 'painKind');
  return SLOT_TYPES.PainKindType.find((kind) => kind === id) ?? null;
}
