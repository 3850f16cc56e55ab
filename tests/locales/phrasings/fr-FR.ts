import type { PainPhrasings } from './types';

export const phrasings: PainPhrasings = {
  pain: [
    "Aïe, mon dos !", 'Ouille, ma nuque.', "J'ai mal aux cervicales.", "J'ai mal en bas du dos.", "J'ai mal entre les omoplates.",
    'Mon épaule me fait mal.', 'Mes genoux me font mal.', "J'ai très mal au cou.", "J'ai vraiment mal à la hanche.",
    "J'ai une douleur dans le bas du dos.", "J'ai une douleur à l'épaule.", "Ça me lance dans le dos.", "Ça tire dans la nuque.",
    "Je me suis bloqué le dos.", "Je me suis coincée le cou.", "J'ai le dos bloqué.", "J'ai la nuque bloquée.",
    "J'ai mal aux reins.", "J'ai mal aux lombaires.", "Aïe aïe aïe, mon genou.", "Ouille ouille, l'épaule !",
    "Mon dos a craqué.", "Ça a craqué dans mon épaule.", "Quelque chose a craqué dans le dos.",
    "J'ai senti un craquement dans le genou.", "J'ai un mal de chien au dos.", "Mon cou me fait un mal de chien.",
    "Mon poignet me fait souffrir.", "Ma hanche est douloureuse.", "Le dos me fait vraiment mal.", "J'ai encore mal à l'épaule.",
    "J'ai de nouveau mal au dos.", "Mon dos recommence à me faire mal.", "Ma nuque commence à me faire mal.",
    "Ça fait mal au niveau des omoplates.", "J'ai mal au niveau du cou.", "Douleur au genou.", "Mal au dos.",
    "Ça fait très mal à la cheville.", "J'ai une crampe au mollet.", "J'ai des élancements dans le bras.",
    "Je me suis fait mal au poignet.", "Je crois que je me suis fait mal à la hanche.", "J'ai le dos en compote.",
    "Oh, mon dos.", "Ça me pince dans l'épaule.", "Je me suis tordu la cheville.", "Ça fait super mal au dos.", "Aïe, ça fait mal à la nuque.",
    "Mes épaules me font mal.", 'Aïe, la tête.', "Coup de poignard",
    "J'ai une douleur vive dans le haut du dos.",
  ],
  redFlag: [
    'Douleur thoracique.', "J'ai mal à la poitrine.", 'Une douleur dans la poitrine.', "Du mal à respirer.", "Je manque d'air.",
    'Des fourmillements.', 'Un engourdissement.', "J'ai les jambes engourdies.", 'Un malaise.', 'Des sueurs froides.',
    "J'ai la nausée.", 'Une douleur déchirante entre les omoplates.', "J'ai mal au cœur.", 'Oppression thoracique.',
    "Je n'arrive plus à me retenir.",
  ],
  urgent: ["J'ai fait une chute.", "Je suis tombée.", "J'ai de la fièvre.", "Ça me réveille la nuit.", "J'ai perdu du poids.", "Un accident de voiture."],
  unsure: ['Je ne sais pas.', 'Je sais pas trop.', 'Peut-être.', 'Aucune idée.', 'Pas sûr.', "C'est difficile à dire.", 'Je ne suis pas sûre.'],
};
