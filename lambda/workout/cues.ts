import { message, type MessageKey, type ParamsArgument } from './messages';
import type { Cue } from './types';

/** A sentence to say: its parameters are checked against the message catalogue (workout/messages.ts). */
export const say = <K extends MessageKey>(key: K, ...params: ParamsArgument<K>): Cue => ({ type: 'say', message: message(key, ...params) });
