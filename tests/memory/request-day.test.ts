import { requestDay } from '../../lambda/handlers/workout-context';
import { dayOf } from '../../lambda/time/days';
import { envelopeAt, launch } from '../support/skill';

/** The day a request stores its session under: far-future or unparsable timestamps never reach a stored record. */
describe('the day a session is stored under', () => {
  const now = Date.parse('2026-12-02T10:00:00Z');
  const at = (timestamp: string) => {
    const envelope = envelopeAt(launch(), now);
    envelope.request.timestamp = timestamp;
    return requestDay(envelope, now);
  };

  test.each([
    ['the request\'s own day', '2026-12-02T09:59:00Z', '2026-12-02'],
    ['a past day (a replay of an old request, or a test\'s clock)', '2025-03-03T08:00:00Z', '2025-03-03'],
    ['a timestamp a little ahead, within Alexa\'s 150 s', '2026-12-02T10:02:00Z', '2026-12-02'],
  ])('is %s', (_label, timestamp, day) => {
    expect(at(timestamp)).toBe(day);
  });

  test.each(['2099-01-01T00:00:00Z', '2026-12-03T10:00:00Z', 'yesterday', '', '9'.repeat(30)])('is today for %j', (timestamp) => {
    expect(at(timestamp)).toBe(dayOf(now));
  });
});
