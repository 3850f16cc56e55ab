/**
 * The fr-CA words: France's model (models/locales/fr-FR.ts) plus what Quebecers say that people in France
 * do not. Everything else (exercise names, yoga vocabulary, the way Alexa is asked things) is shared;
 * what Quebec's speech changes (nine one one, "physiothérapeute") lives in lambda/i18n/languages/fr.ts.
 */
import type { LocaleModel, LocaleSamples } from '../locale-model';
import { frFR } from './fr-FR';

const samples: LocaleSamples = {
  ...frFR.samples,
  // "Ayoye" is Quebec's "ouch", and English "ouch" is just as common there; "de la douleur" is how
  // Quebecers say "some pain" where France says "une douleur".
  PainIntent: [
    ...frFR.samples.PainIntent,
    'ayoye', 'ouch', 'ayoye ça fait mal', 'ouch ça fait mal', "ayoye j'ai mal", "j'ai de la douleur",
    "j'ai de la douleur dans le dos", 'ça fait mal en maudit',
  ],
  // "Je file pas" is Quebec's "I feel unwell", the counterpart of France's "je me sens mal".
  RedFlagIntent: [...frFR.samples.RedFlagIntent, "j'ai de la douleur dans la poitrine", 'je file pas pantoute'],
  'AMAZON.YesIntent': [...(frFR.samples['AMAZON.YesIntent'] ?? []), 'ben oui', 'oui oui', 'certain', 'oui certain'],
  'AMAZON.NoIntent': [...(frFR.samples['AMAZON.NoIntent'] ?? []), 'ben non', 'non pantoute', 'pantoute'],
};

// The store text is France's: it names no number and no profession that differ in Quebec.
export const frCA: LocaleModel = { ...frFR, samples };
