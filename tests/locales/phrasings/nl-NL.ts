import type { PainPhrasings } from './types';

export const phrasings: PainPhrasings = {
  pain: [
    'mijn bovenrug doet pijn', 'au mijn rug', 'auw mijn nek', 'mijn schouder doet zeer', 'mijn nek doet echt pijn',
    'ik heb pijn in mijn onderrug', 'ik heb pijn aan mijn knie', 'het schoot in mijn rug', 'mijn rug speelt op',
    'mijn rug schoot vast', 'mijn nek zit vast', 'ik heb een steek in mijn schouder', 'er schiet iets in mijn onderrug',
    'het trekt in mijn nek', 'mijn schouders doen pijn', 'mijn knieën doen zeer', 'mijn pols doet ineens pijn',
    'ik heb last van mijn onderrug', "m'n rug doet pijn", "au m'n schouder", 'er knapte iets in mijn rug',
    'er kraakte iets in mijn nek', 'mijn rug klikte', 'ik heb mijn nek verrekt', 'ik heb mijn schouder bezeerd',
    'mijn heup zeurt', 'mijn schouderblad steekt', 'het steekt in mijn bovenrug', 'ik voel pijn in mijn heup',
    'pijn in de onderrug', 'ik heb pijn in de nek', 'het schiet in de rug', 'ik heb een pijnlijke rug',
    'ik heb een zere nek', 'mijn elleboog doet pijn', 'mijn kuit doet pijn', 'oei mijn knie', 'ai mijn rug',
    'oh mijn schouder', 'mijn rug doet weer pijn', 'mijn nek begint pijn te doen', 'mijn ribben doen pijn',
    'het doet pijn in mijn schouder', 'ik heb iets verrekt in mijn rug', 'ik heb een scherpe pijn in mijn nek',
    'pijn aan de onderkant van mijn rug', 'ik heb pijn in het midden van mijn rug', 'mijn stuitje doet pijn',
    'mijn hoofd doet pijn', 'mijn rug deed net pijn', 'scherp', 'het is zeurend', 'stekend', 'mijn lies doet pijn',
  ],
  redFlag: [
    'pijn op de borst', 'mijn borst doet pijn', 'ik heb pijn in mijn borst', 'mijn hart doet pijn', 'druk op de borst',
    'benauwd', 'ik krijg geen lucht', 'kortademig', 'een doof gevoel', 'tintelingen', 'krachtverlies', 'ik voel me flauw',
    'duizelig', 'misselijk', 'een scheurende pijn', 'ik kan mijn plas niet ophouden',
  ],
  urgent: ['ik ben gevallen', 'ik heb een ongeluk gehad', 'ik heb koorts', "ik heb 's nachts pijn", 'ik ben afgevallen', 'koorts', 'ik heb verhoging'],
  unsure: ['ik weet het niet', 'geen idee', 'weet ik niet', 'misschien', 'moeilijk te zeggen', 'ik weet het niet zeker', 'zou kunnen'],
};
