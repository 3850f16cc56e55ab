import { applyChanges, sessionChanges, statsFrom } from '../memory/history';
import { historyOf } from '../memory/store';
import { intentHandler } from './intent-handler';
import { storedSession } from './respond';
import { requestDay } from './workout-context';

/** "How am I doing" and "delete my history". */
export const memoryHandler = intentHandler({
  ProgressIntent: async (input) => {
    const history = historyOf(input);
    const record = history === null ? null : await history.load(input);
    if (record === null) return { type: 'progress', stats: null };
    // This session counts too, saved or not.
    const today = requestDay(input.requestEnvelope);
    const { session } = storedSession(input);
    const changes = sessionChanges(session, input.requestEnvelope.session?.sessionId ?? 'current', today);
    return { type: 'progress', stats: statsFrom(applyChanges(record, changes), today) };
  },
  ForgetDataIntent: () => ({ type: 'forget' }),
});
