import type { ExerciseTexts } from '../exercise-text';

/**
 * French texts for the fourteen exercises, for France and Quebec alike: read aloud to someone on the
 * floor, so short sentences, one action each, no digits or symbols.
 *
 * Conventions, on top of the English ones (lambda/i18n/exercises/en.ts):
 * - The user is "vous", as Alexa speaks to people in French, and nothing agrees with their gender:
 *   no "assis", "allongé", "prêt" about the user. Positions are said as "sur une chaise", "à plat
 *   ventre", "sur le dos", which fit everyone.
 * - `name` carries its article ("le cobra", "la posture de l'enfant") because French cannot drop it
 *   mid-sentence; the messages that take a name never put "à" or "de" before it, so "au" and "du"
 *   are never needed.
 * - Names are the ones French yoga classes use (le cobra, la sauterelle, la posture de l'enfant, le
 *   pont, la posture du chat); the slot synonyms in models/locales/fr.ts add the other ways people say them.
 * - Words are shared by France and Quebec: "tapis de sol", "par terre", "au sol" (not "plancher"),
 *   "omoplates", "fessiers".
 */
export const fr: ExerciseTexts = {
  seated_spinal_twist: {
    name: 'la torsion assise',
    title: 'Torsion assise',
    position: 'sur une chaise',
    needs: 'Il vous faut une chaise solide. Vous pouvez aussi vous asseoir par terre, en tailleur.',
    steps: [
      'Asseyez-vous bien droit sur une chaise solide, les pieds à plat au sol. Ou asseyez-vous par terre, en tailleur.',
      'Inspirez et grandissez-vous par le sommet du crâne. Entre chaque maintien, vous reviendrez au centre.',
      'Expirez et tournez le buste vers la droite.',
      'Posez la main gauche sur le genou droit. Placez la main droite sur la chaise ou au sol, derrière vous.',
      "Tournez seulement jusqu'à sentir un léger étirement au milieu du dos. Gardez les deux fesses bien posées.",
      'Tenez la position et respirez.',
    ],
    caution:
      "Tournez à partir des côtes, pas du cou, et ne vous aidez pas des bras pour tourner plus loin. Si vous avez mal, relâchez un peu.",
    gentler: [
      'Asseyez-vous bien droit sur une chaise solide, les pieds à plat au sol.',
      'Croisez les bras sur la poitrine, au lieu de vous servir des mains.',
      "Tournez le buste juste un peu, jusqu'à sentir un léger étirement.",
      'Tenez la position et respirez.',
    ],
    sides: {
      right: "D'abord, tournez vers la droite.",
      left: 'Maintenant, tournez vers la gauche. La main droite va sur le genou gauche, et la main gauche derrière vous.',
    },
  },

  locust: {
    name: 'la sauterelle',
    title: 'Sauterelle',
    position: 'à plat ventre',
    needs: 'Il vous faut un tapis de sol, ou une couverture pliée.',
    steps: [
      'Allongez-vous sur le ventre, le front posé sur le tapis. Entre chaque montée, vous redescendrez vous reposer.',
      'Gardez les jambes tendues, écartées de la largeur des hanches. Posez les bras le long du corps, paumes vers le sol.',
      'Appuyez le dessus des pieds et les hanches dans le sol.',
      'Inspirez et décollez un peu la tête, la poitrine et les bras du sol. Servez-vous des muscles entre les omoplates.',
      'Gardez le regard vers le sol. Tenez la position et respirez.',
    ],
    caution:
      'Montez seulement tant que ça ne force pas. Évitez cet exercice si vous êtes enceinte, ou si la position sur le ventre vous fait mal.',
    gentler: [
      'Allongez-vous sur le ventre, le front sur le tapis et les bras le long du corps.',
      'Gardez les mains à plat au sol et les hanches posées.',
      'Inspirez et soulevez seulement la poitrine, juste un peu.',
      'Tenez la position et respirez.',
    ],
  },

  revolved_triangle: {
    name: 'le triangle inversé',
    title: 'Triangle inversé',
    position: 'debout',
    needs: "Il vous faut de la place pour vous tenir debout. Une chaise solide devant vous, pour l'équilibre, c'est une bonne idée.",
    steps: [
      "Tenez-vous debout, le pied droit devant, les pieds écartés d'environ une longueur de jambe. Tournez un peu le pied arrière vers l'intérieur, et gardez les hanches face à l'avant.",
      'Mettez les mains sur les hanches. Inspirez et allongez la colonne.',
      'Expirez et penchez-vous en avant à partir des hanches. Gardez le dos long. Pliez un peu le genou avant si besoin.',
      "Posez la main gauche sur le tibia droit, ou sur l'assise de la chaise. Tournez la poitrine vers la droite. Levez le bras droit vers le plafond, ou laissez-le sur la hanche.",
      'Pour sortir de la posture, remontez lentement en gardant le dos long.',
      'Tenez la position et respirez.',
    ],
    caution:
      'Cette posture combine flexion et torsion, ce qui ne convient pas à tous les dos. Allez-y doucement, et évitez-la si votre équilibre est précaire, ou si votre bas du dos se réveille.',
    gentler: [
      "Tenez-vous face à une chaise solide, un pied un petit pas devant l'autre.",
      "Penchez-vous en avant à partir des hanches, et posez les deux mains sur l'assise de la chaise. Pliez un peu le genou avant.",
      'Tournez la poitrine juste un peu vers la jambe avant. Gardez les deux mains sur la chaise.',
      'Tenez la position et respirez.',
    ],
    sides: {
      right: 'Commencez avec le pied droit devant, en tournant vers la droite.',
      left: 'Maintenant, le pied gauche devant. Posez la main droite sur le tibia gauche ou sur la chaise, et tournez la poitrine vers la gauche.',
    },
  },

  standing_forward_bend: {
    name: 'la flexion avant',
    title: 'Flexion avant debout',
    position: 'debout',
    needs: "Vous n'avez besoin de rien, mais une chaise devant vous permet de poser les mains.",
    steps: [
      'Tenez-vous debout, les pieds écartés de la largeur des hanches, les genoux souples.',
      'Inspirez et grandissez-vous. Expirez et penchez-vous en avant à partir des hanches, en gardant la colonne longue.',
      'Pliez les genoux autant que vous voulez. Posez les mains sur les cuisses, les tibias, une chaise ou le sol.',
      'Laissez pendre la tête et la nuque, bien relâchées.',
      'Pour sortir de la posture, pliez les genoux, posez les mains sur les cuisses et déroulez le dos lentement. La tête remonte en dernier.',
      'Tenez la position et respirez.',
    ],
    caution:
      "Remontez lentement, car la tête peut vous tourner. Gardez les mains sur les cuisses si vous faites de l'hypertension, ou si vous avez un problème de disque vertébral que la flexion aggrave.",
    gentler: [
      'Tenez-vous debout, les pieds écartés de la largeur des hanches, les genoux bien pliés.',
      "Penchez-vous en avant juste un peu, à partir des hanches. Posez les mains sur les cuisses ou sur le dossier d'une chaise.",
      'Laissez pendre la tête. Pour remonter, gardez les mains sur les cuisses et redressez-vous lentement.',
      'Tenez la position et respirez.',
    ],
  },

  eagle_arms: {
    name: "les bras de l'aigle",
    title: "Bras de l'aigle",
    position: 'sur une chaise ou debout',
    needs: "Vous n'avez besoin de rien.",
    steps: [
      'Asseyez-vous ou tenez-vous debout, bien droit, les épaules relâchées.',
      "Tendez les deux bras devant vous, à hauteur d'épaules.",
      'Croisez le bras droit par-dessus le bras gauche, au niveau des coudes.',
      "Pliez les coudes et joignez les paumes. Si elles ne se touchent pas, mettez le dos des mains l'un contre l'autre.",
      "Montez un peu les coudes, et éloignez-les doucement de la poitrine. Sentez l'étirement entre les omoplates.",
      'Tenez la position et respirez dans le haut du dos.',
    ],
    caution: 'Si une épaule coince, croisez plutôt les bras et tenez vos épaules, comme pour vous faire un câlin.',
    gentler: [
      'Asseyez-vous ou tenez-vous debout, bien droit, les épaules relâchées.',
      'Croisez les bras devant la poitrine et attrapez les épaules opposées, comme pour vous faire un câlin.',
      "Laissez les omoplates s'écarter.",
      'Tenez la position et respirez dans le haut du dos.',
    ],
    sides: {
      right: 'Commencez avec le bras droit au-dessus.',
      left: "Maintenant, croisez dans l'autre sens, avec le bras gauche au-dessus.",
    },
  },

  puppy_pose: {
    name: 'la posture du chiot',
    title: 'Posture du chiot',
    position: 'à genoux au sol',
    needs: 'Il vous faut un tapis de sol, et si vous voulez, un coussin pour les genoux ou le front.',
    steps: [
      'Mettez-vous à quatre pattes, les genoux sous les hanches.',
      'Avancez les mains de quelques pas. Gardez les hanches au-dessus des genoux.',
      'Laissez la poitrine descendre lentement vers le sol. Posez le front au sol ou sur un coussin.',
      'Laissez faire la gravité.',
      'Pour sortir de la posture, ramenez les mains vers vous et asseyez-vous sur les talons.',
      'Restez là, tout simplement, et respirez.',
    ],
    caution:
      "Si les épaules ou les genoux protestent, reculez les fesses vers les talons, en posture de l'enfant. Mettez un coussin sous les genoux.",
    gentler: [
      'Mettez-vous à quatre pattes, avec un coussin sous les genoux.',
      'Avancez les mains juste un peu.',
      'Laissez les hanches reculer vers les talons, pour que la poitrine descende juste un peu.',
      'Relâchez la tête et respirez.',
    ],
  },

  thread_the_needle: {
    name: "la posture de l'aiguille",
    title: "Posture de l'aiguille",
    position: 'à quatre pattes',
    needs: 'Il vous faut un tapis de sol, et un coussin pour la tête si vous voulez.',
    steps: [
      'Mettez-vous à quatre pattes, les mains sous les épaules et les genoux sous les hanches.',
      "Inspirez. Si c'est confortable, levez le bras droit vers le plafond.",
      'Expirez et glissez le bras droit sous le bras gauche, paume vers le haut.',
      "Posez l'épaule droite et le côté de la tête au sol, ou sur un coussin. Gardez les hanches au-dessus des genoux.",
      'Pour sortir de la posture, appuyez sur la main gauche pour remonter.',
      'Tenez la position et respirez.',
    ],
    caution:
      "Ne mettez pas tout votre poids sur la nuque. Arrêtez si vous avez mal à l'épaule, ou des fourmis dans le bras.",
    gentler: [
      'Mettez-vous à quatre pattes, avec un coussin au sol devant vous.',
      'Glissez le bras sous le corps, juste à moitié, paume vers le haut.',
      "Posez la tête sur le coussin. Gardez l'essentiel de votre poids sur l'autre main et sur les genoux.",
      'Tenez la position et respirez.',
    ],
    sides: {
      right: 'Le bras droit passe dessous en premier.',
      left: 'Maintenant, glissez le bras gauche sous le bras droit. Appuyez sur la main droite pour remonter.',
    },
  },

  childs_pose: {
    name: "la posture de l'enfant",
    title: "Posture de l'enfant",
    position: 'à genoux au sol',
    needs: 'Il vous faut un tapis de sol, et un oreiller si vos genoux en ont besoin.',
    steps: [
      'Mettez-vous à quatre pattes. Vous reviendrez dans cette position entre chaque maintien.',
      'Gardez les mains où elles sont. Reculez lentement les fesses vers les talons.',
      'Laissez les bras tendus devant vous, posés au sol.',
      "Descendez le front vers le sol, si c'est confortable.",
      'Arrêtez-vous quand vous sentez un léger étirement le long du dos. Tenez la position et respirez.',
    ],
    caution: 'Si vos genoux sont sensibles, écartez-les, ou glissez un oreiller entre les fesses et les talons.',
    gentler: [
      'Mettez-vous à quatre pattes, les genoux bien écartés.',
      'Placez un oreiller entre les fesses et les talons.',
      "Reculez les fesses seulement à moitié, jusqu'à un léger étirement.",
      'Posez le front sur les mains ou sur un oreiller, et respirez.',
    ],
  },

  sitting_rotation: {
    name: 'la rotation du buste',
    title: 'Rotation du buste',
    position: 'sur une chaise avec accoudoirs',
    needs: 'Il vous faut une chaise solide, avec des accoudoirs.',
    steps: [
      'Asseyez-vous bien droit sur une chaise solide avec accoudoirs. Gardez les pieds à plat au sol.',
      "Posez les deux mains sur l'accoudoir gauche.",
      'Tournez doucement le haut du corps vers la gauche.',
      "Gardez la tête dans l'axe de la poitrine. Ce n'est pas le cou qui mène le mouvement.",
      'Entre chaque maintien, vous reviendrez au centre.',
      'Tenez la position et respirez.',
    ],
    caution: "Tournez seulement jusqu'à un étirement confortable. Ne tirez pas avec les bras pour tourner plus loin.",
    gentler: [
      'Asseyez-vous bien droit, les pieds à plat et les mains posées sur les cuisses.',
      "Tournez le haut du corps juste un peu, jusqu'à un léger étirement.",
      "Gardez la tête dans l'axe de la poitrine.",
      'Tenez la position et respirez.',
    ],
    sides: {
      left: "Tournez vers la gauche, les deux mains sur l'accoudoir gauche.",
      right: "Maintenant, tournez vers la droite, les deux mains sur l'accoudoir droit.",
    },
  },

  head_stretch: {
    name: "l'étirement de la nuque",
    title: 'Étirement de la nuque',
    position: 'sur une chaise',
    needs: 'Il vous faut une chaise.',
    steps: [
      'Asseyez-vous sur une chaise, le dos droit et les épaules relâchées.',
      'Croisez les doigts derrière la tête.',
      "Continuez à respirer calmement. Laissez vos mains amener doucement la tête vers l'avant.",
      "Descendez lentement le menton vers la poitrine, jusqu'à sentir un étirement au milieu du dos.",
      'Entre chaque maintien, relevez lentement la tête et reposez les mains.',
      'Tenez la position et respirez.',
    ],
    caution:
      'Guidez la tête, ne tirez jamais dessus : le poids des mains suffit. Arrêtez si vous sentez des fourmillements ou un engourdissement dans les bras.',
    gentler: [
      'Asseyez-vous bien droit, les mains posées sur les cuisses.',
      "Laissez le menton descendre lentement vers la poitrine, sans l'aide des mains.",
      'Arrêtez-vous à un léger étirement dans le haut du dos.',
      'Tenez la position et respirez.',
    ],
  },

  cat_stretch: {
    name: 'la posture du chat',
    title: 'Posture du chat',
    position: 'à quatre pattes',
    needs: 'Il vous faut un tapis de sol, ou une couverture pliée.',
    steps: [
      'Mettez-vous à quatre pattes, les poignets sous les épaules et les genoux sous les hanches.',
      'Gardez le dos plat.',
      'En expirant, arrondissez le dos vers le plafond, comme un chat qui fait le gros dos. Laissez la tête descendre doucement.',
      'En inspirant, laissez le dos redescendre et le ventre se creuser un peu vers le sol. Levez le regard.',
      'Bougez lentement, une respiration par mouvement. Je vous annoncerai chaque mouvement.',
    ],
    caution:
      "Restez dans une amplitude confortable, et ne creusez qu'un peu si le bas du dos est sensible. Si vos poignets font mal, appuyez-vous sur les poings ou sur les avant-bras.",
    gentler: [
      'Mettez-vous à quatre pattes. Si vos poignets font mal, posez plutôt les avant-bras.',
      'En expirant, arrondissez le dos juste un peu.',
      'En inspirant, ramenez le dos à plat, sans le creuser.',
      'Faites de petits mouvements, bien lents. Je vous annoncerai chaque mouvement.',
    ],
    cues: {
      round: 'Expirez, et arrondissez le dos.',
      arch: 'Inspirez, et laissez le dos redescendre.',
    },
  },

  passive_backbend: {
    name: "l'extension sur serviette",
    title: 'Extension sur serviette',
    position: 'sur le dos',
    needs: 'Il vous faut une serviette de bain ou un oreiller ferme, et un autre oreiller pour la tête si vous voulez.',
    steps: [
      'Roulez une serviette de bain en un rouleau bien ferme. Un oreiller ferme convient aussi.',
      'Asseyez-vous au sol, les genoux pliés et les pieds à plat.',
      'Allongez-vous lentement sur le dos, pour que le rouleau passe en travers du dos, juste sous les omoplates.',
      'Posez la tête sur un oreiller si la nuque tire. Laissez les bras reposer de chaque côté.',
      'Pour sortir de la posture, roulez sur le côté et redressez-vous en poussant avec les mains.',
      "Détendez-vous, et laissez le haut du dos s'ouvrir sur le rouleau. Respirez lentement.",
    ],
    caution:
      "Retirez le rouleau si vous sentez une douleur vive ou des fourmillements. Si vous avez de l'ostéoporose, demandez l'avis de votre médecin avant d'essayer cet exercice.",
    gentler: [
      'Prenez un rouleau plus fin, ou une serviette pliée à plat.',
      'Allongez-vous dessus, les genoux pliés et un oreiller sous la tête.',
      "Restez seulement tant que c'est confortable. Vous pouvez rouler sur le côté et sortir de la posture à tout moment.",
      'Détendez-vous et respirez lentement.',
    ],
  },

  cobra_stretch: {
    name: 'le cobra',
    title: 'Cobra',
    position: 'à plat ventre',
    needs: 'Il vous faut un tapis de sol, ou une couverture pliée.',
    steps: [
      'Allongez-vous sur le ventre. Placez les mains sous les épaules, comme pour faire une pompe. Gardez les coudes près du corps.',
      'Appuyez les hanches et le dessus des pieds dans le sol.',
      'Inspirez et décollez lentement la tête et les épaules, avec les muscles du dos. Les mains sont là seulement pour vous soutenir.',
      'Gardez les hanches au sol, et les épaules loin des oreilles.',
      'Entre chaque maintien, vous redescendrez lentement.',
      'Tenez la position et respirez.',
    ],
    caution: 'Arrêtez si ça pince dans le bas du dos. Évitez cet exercice si vous êtes enceinte, ou si vous avez une hernie.',
    gentler: [
      'Allongez-vous sur le ventre, les coudes sous les épaules et les avant-bras à plat au sol.',
      'Appuyez les hanches dans le sol.',
      'Soulevez doucement la poitrine, en appui sur les avant-bras. Gardez les épaules loin des oreilles.',
      'Tenez la position et respirez.',
    ],
  },

  bridge_stretch: {
    name: 'le pont',
    title: 'Pont',
    position: 'sur le dos',
    needs: 'Il vous faut un tapis de sol, ou une couverture pliée.',
    steps: [
      'Allongez-vous sur le dos, les genoux pliés et les pieds à plat au sol, écartés de la largeur des hanches. Posez les bras le long du corps.',
      'Contractez doucement le ventre et les fessiers.',
      "Expirez et montez les hanches, jusqu'à ce que les épaules, les hanches et les genoux forment une ligne droite. Ne cambrez pas trop le dos.",
      "Restez en appui sur les épaules et les pieds. Si c'est confortable, joignez les mains au sol, sous vous.",
      'Entre chaque maintien, redescendez lentement, vertèbre par vertèbre, et reposez les mains le long du corps.',
      'Tenez la position et respirez.',
    ],
    caution:
      "Gardez le poids sur les épaules, pas sur la nuque, et ne tournez pas la tête quand les hanches sont en l'air. Redescendez si vous avez une crampe à l'arrière des cuisses.",
    gentler: [
      'Allongez-vous sur le dos, les genoux pliés et les pieds à plat. Gardez les bras le long du corps, paumes vers le sol.',
      'Appuyez doucement les pieds et les mains dans le sol.',
      'Décollez les hanches du sol, juste un peu.',
      'Tenez la position et respirez.',
    ],
  },
};
