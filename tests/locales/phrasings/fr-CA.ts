import type { PainPhrasings } from './types';

export const phrasings: PainPhrasings = {
  pain: [
    'Ayoye, mon dos !', 'Ouch, mon cou.', 'Ayoye ayoye, mon genou.', "Ayoye, j'ai mal à l'épaule.", "Ouch, j'ai mal au dos.",
    "J'ai de la douleur dans le cou.", "J'ai de la douleur au genou.", "J'ai de la douleur dans le bas du dos.",
    "Ça m'élance dans l'épaule.", "Ça m'élance dans le dos.", "Mon genou m'élance.", "Mon dos m'élance ben gros.",
    "J'ai le cou barré.", "Mon dos est barré.", "J'ai ben mal au dos.", "Ça me fait ben mal à la hanche.",
    "J'ai ben de la douleur dans les épaules.", "J'ai des élancements dans la jambe.", "J'ai mal dans le dos.",
    "J'ai mal entre les deux omoplates.", 'Mon cou me fait mal.', 'Mes épaules me font mal.', "J'ai mal aux reins.",
    "J'ai mal en bas du dos.", "Je me suis fait mal au dos.", "Je me suis bloqué le dos.", "Ça tire dans le cou.",
    "Ça me lance dans la jambe.", "J'ai une douleur dans le haut du dos.", "Quelque chose a craqué dans mon dos.",
    'Mon dos a craqué.', "Mon poignet me fait vraiment mal.", "J'ai encore mal au genou.", "Ma cheville me fait mal.",
    "J'ai très mal à la nuque.", "Le bas de mon dos me fait mal.", "Ouch, le genou.", "Ayoye, ça fait mal au cou.",
    "Ça fait mal au niveau des épaules.", "J'ai une crampe dans le mollet.", "Mon coude me fait souffrir.",
    "Ma hanche commence à me faire mal.", "J'ai vraiment mal au poignet.", "Je me suis tordu le poignet.",
    "Aïe, mes épaules.", "Ayoye j'ai mal aux genoux.", 'Douleur au cou.',
  ],
  redFlag: [
    "J'ai de la misère à respirer.", "J'ai de la douleur dans la poitrine.", 'Douleur thoracique.', "J'ai mal à la poitrine.",
    "Je file pas.", 'Des fourmillements.', 'Un engourdissement.', 'Un malaise.',
    "J'ai des sueurs froides.", "Je manque d'air.", "J'ai la tête qui tourne.",
  ],
  urgent: ["J'ai eu un accident d'auto.", "J'ai pris une débarque.", 'Je fais de la fièvre.', "J'ai glissé sur la glace.", "J'ai perdu du poids.", "Je suis tombé."],
  unsure: ['Je le sais pas.', 'Je sais pas trop.', 'Peut-être ben.', 'Aucune idée.', 'Je suis pas certain.', 'Ça se peut.'],
};
