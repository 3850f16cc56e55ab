/**
 * The fr-CA words: France's model (models/locales/fr-FR.ts) plus what Quebecers say that people in France
 * do not. Everything else (exercise names, yoga vocabulary, the way Alexa is asked things) is shared;
 * what Quebec's speech changes (nine one one, Info-Santé, "physiothérapeute") lives in
 * lambda/i18n/languages/fr.ts.
 */
import type { LocaleModel, LocaleSamples } from '../locale-model';
import { frFR } from './fr-FR';

const samples: LocaleSamples = {
  ...frFR.samples,
  // "Ayoye" is Quebec's "ouch", and English "ouch" is just as common there; "de la douleur" is how
  // Quebecers say "some pain" where France says "une douleur"; "ça m'élance" is a throbbing, shooting
  // pain; "ben" is "really" ("ça fait ben mal"); a back that locks is "barré". Kept clean: the swearing
  // that often comes with it ("en maudit") is left out.
  PainIntent: [
    ...frFR.samples.PainIntent,
    'ayoye', 'ouch', 'ayoye ayoye', 'ouch ouch', 'ayoye ça fait mal', 'ouch ça fait mal', "ayoye j'ai mal", "ouch j'ai mal",
    'ayoye ça me fait mal', 'ayoye stop', "j'ai de la douleur", "j'ai ben de la douleur", "ça m'élance", "ça m'élance ben gros",
    'ça fait ben mal', 'ça me fait ben mal', "j'ai ben mal", 'ça fait full mal', "j'ai le dos barré", "je me suis barré le dos",
    'ayoye {bodyPart}', 'ouch {bodyPart}', 'ayoye ayoye {bodyPart}', 'ayoye ça fait mal {bodyPart}', 'ouch ça fait mal {bodyPart}', "ayoye j'ai mal {bodyPart}", "ouch j'ai mal {bodyPart}",
    "j'ai de la douleur {bodyPart}", "j'ai de la douleur dans {bodyPart}", "j'ai ben de la douleur dans {bodyPart}",
    "j'ai ben mal {bodyPart}", 'ça me fait ben mal {bodyPart}', "ça m'élance dans {bodyPart}", "{bodyPart} m'élance",
    "{bodyPart} m'élance ben gros", "j'ai des élancements {bodyPart}", "j'ai {bodyPart} barré", "j'ai {bodyPart} barrée",
    '{bodyPart} est barré', '{bodyPart} est barrée', 'je me suis barré {bodyPart}',
  ],
  // "Je file pas" is Quebec's "I feel unwell", the counterpart of France's "je me sens mal".
  RedFlagIntent: [
    ...frFR.samples.RedFlagIntent,
    'je file pas', 'je file pas pantoute', "j'ai de la misère à respirer", 'de la misère à respirer',
    "j'ai ben de la misère à respirer",
  ],
  // An accident is "un accident d'auto", a fall on the ice "une débarque", and fever is "faire de la fièvre".
  UrgentSignIntent: [
    ...frFR.samples.UrgentSignIntent,
    "j'ai eu un accident d'auto", "un accident d'auto", "après un accident d'auto", "j'ai pris une débarque",
    'une débarque', "j'ai glissé sur la glace", 'je fais de la fièvre', 'je fais de la fièvre depuis hier',
  ],
  UnsureIntent: [
    ...frFR.samples.UnsureIntent,
    'je le sais pas', 'je le sais pas trop', 'je le sais pas pantoute', 'peut être ben', 'je suis pas certain', 'je suis pas certaine', 'ça se peut ben',
  ],
  // "C'est beau" is Quebec's "all good": how many there answer "Vous êtes en place ?".
  'AMAZON.NextIntent': [
    ...(frFR.samples['AMAZON.NextIntent'] ?? []),
    "c'est beau", "c'est beau je suis prêt", "c'est beau je suis prête", "c'est beau je suis en place",
  ],
  'AMAZON.YesIntent': [...(frFR.samples['AMAZON.YesIntent'] ?? []), 'ben oui', 'oui oui', 'certain', 'oui certain'],
  'AMAZON.NoIntent': [...(frFR.samples['AMAZON.NoIntent'] ?? []), 'ben non', 'non pantoute', 'pantoute'],
};

// The store text is France's: it names no number and no profession that differ in Quebec.
export const frCA: LocaleModel = { ...frFR, samples };
