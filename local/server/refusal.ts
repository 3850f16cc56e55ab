/**
 * A request the endpoint turns away, with the one short sentence its answer says. The message is
 * shown to the caller as it is, so it names what was wrong and never carries an internal detail.
 */
export class Refusal extends Error {
  constructor(sentence: string) {
    super(sentence);
    this.name = 'Refusal';
  }
}
