import { ALEXA_PREFIX, wrap } from '../../local/simulator/transcript';

describe('wrapping what Alexa says', () => {
  it('wraps at the width, indenting continuation lines under the prefix', () => {
    const lines = wrap('one two three four five six seven eight nine ten', ALEXA_PREFIX.length + 20);
    expect(lines).toEqual(['alexa> one two three four', '       five six seven eight', '       nine ten']);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(ALEXA_PREFIX.length + 20);
  });

  it('never splits a pause label over two lines', () => {
    const lines = wrap('Sit up tall now. [1 s] Reach', ALEXA_PREFIX.length + 20);
    expect(lines).toEqual(['alexa> Sit up tall now.', '       [1 s] Reach']);
  });
});
